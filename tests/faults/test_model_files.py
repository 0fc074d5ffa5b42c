"""A damaged or missing model file: one clear line naming the file, and the version before it
still usable with `monitor model use`.

The shipped versions are copied to a temporary folder (the `model.dir` setting points there;
models/ itself is never touched), one file of the current version is damaged, and `monitor
classify` must stop with one line that names that file, exit 1, no traceback, and score
nothing. `monitor model list` still lists the versions; `monitor model use <previous>` switches,
and `monitor classify` then scores every mention with that version.
"""

from __future__ import annotations

import json
import random
import shutil

import pytest
from click.testing import CliRunner

from monitor import model_registry
from monitor.cli import cli
from monitor.store import open_store
from tests.conftest import make_mention, store_at
from tests.faults import helpers, ledger

MODELS = helpers.REPO / "models"


def _damage(version_dir, how: str, rng: random.Random) -> str:
    """Damage one file of a version; returns the name the error must give."""
    head, config = version_dir / "head.joblib", version_dir / "config.json"
    if how == "head truncated":
        head.write_bytes(head.read_bytes()[: head.stat().st_size // 2])
    elif how == "head overwritten":
        head.write_bytes(rng.randbytes(head.stat().st_size))
    elif how == "head zeroed":
        head.write_bytes(b"")
    elif how == "head missing":
        head.unlink()
    elif how == "config truncated":
        config.write_text(config.read_text(encoding="utf-8")[:500], encoding="utf-8")
    elif how == "config without its fields":
        config.write_text(json.dumps({"format": 1, "version": version_dir.name}), encoding="utf-8")
    elif how == "config not UTF-8":
        config.write_bytes(b"\xff\xfe" + rng.randbytes(64))
    elif how == "config missing":
        config.unlink()
        return version_dir.name
    elif how == "CURRENT names no version":
        (version_dir.parent / "CURRENT").write_text("20990101-000000\n", encoding="utf-8")
        return "20990101-000000"
    else:
        raise AssertionError(how)
    return (head if how.startswith("head") else config).name


def _invoke(db, config, *args):
    return CliRunner().invoke(cli, ["--db", str(db), "--config", str(config), *args], obj={})


@pytest.fixture(scope="module")
def models_copy(tmp_path_factory):
    """The current shipped version and the one before it, copied once (never the real models/)."""
    folder = tmp_path_factory.mktemp("models-original")
    versions = model_registry.list_versions(MODELS)
    current = model_registry.current_version(MODELS)
    previous = versions[versions.index(current) - 1]
    for version in (previous, current):
        shutil.copytree(MODELS / version, folder / version)
    (folder / "CURRENT").write_text(current + "\n", encoding="utf-8")
    return folder, current, previous


HOW = ["head truncated", "head overwritten", "head zeroed", "head missing", "config truncated",
       "config without its fields", "config not UTF-8", "config missing", "CURRENT names no version"]
SWITCH_BACK = {"head truncated", "config truncated"}
"""Where the switch to the previous version is driven to the end (it loads a model: seconds)."""


@pytest.mark.parametrize("how", HOW)
def test_a_damaged_model_file_is_named_and_the_previous_version_still_scores(tmp_path, models_copy, how,
                                                                             fault_seed):
    original, current, previous = models_copy
    models = tmp_path / "models"
    shutil.copytree(original, models)
    named = _damage(models / current, how, random.Random(fault_seed))
    ledger.fault(f"damaged model file: {how}")
    config = helpers.write_toml(tmp_path / "monitor.toml", f"[model]\ndir = {helpers.toml_text(models)}\n")
    db = store_at("m")
    store = open_store(db)
    store.save_page([make_mention(n) for n in range(5)])
    store.close()

    result = _invoke(db, config, "classify")
    assert result.exit_code == 1 and isinstance(result.exception, SystemExit), (how, result.output,
                                                                                repr(result.exception))
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: ") and named in lines[0], (how, result.output)
    assert "Traceback" not in result.output
    assert helpers.scalar(db, "SELECT COUNT(*) FROM mentions WHERE scored_at IS NOT NULL") == 0

    listed = _invoke(db, config, "model", "list")
    assert listed.exit_code == 0 and previous in listed.output, listed.output
    if how not in SWITCH_BACK:
        return
    switched = _invoke(db, config, "model", "use", previous)
    assert switched.exit_code == 0, switched.output
    scored = _invoke(db, config, "classify")
    assert scored.exit_code == 0 and "classified 5 mentions" in scored.output, scored.output
    versions = helpers.rows(db, "SELECT DISTINCT model_version FROM mentions")
    assert versions == [(previous,)], versions
