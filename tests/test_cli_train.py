"""`monitor train` and `monitor model`: corrections made on the board reach training, versions are kept."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from click.testing import CliRunner

from monitor.cli import cli
from monitor.store import open_store
from tests.conftest import make_mention, store_at

ROOT = Path(__file__).resolve().parent.parent


def test_train_with_board_corrections_and_a_label_file_then_switch_versions(tmp_path, monkeypatch):
    models = tmp_path / "models"
    current = (ROOT / "models" / "CURRENT").read_text().strip()
    shutil.copytree(ROOT / "models" / current, models / current)
    (models / "CURRENT").write_text(current + "\n")
    monkeypatch.setenv("MONITOR_MODEL_DIR", str(models))
    monkeypatch.setenv("MONITOR_MODEL_EMBEDDER", "use")  # an alias of the default: the setting reaches training
    db = store_at("m")
    store = open_store(db)
    store.save_page([make_mention(1, text="A Veloz é uma máfia de picaretas, vergonha", lang="pt")])
    store.save_label("x:1", "disrespectful", "agent@example")
    store.close()
    labels = tmp_path / "extra.csv"
    labels.write_text("text,label,lang\nMi pedido 7781 llegó roto y nadie responde,founded_complaint,es\n",
                      encoding="utf-8")

    runner = CliRunner()
    result = runner.invoke(cli, ["--db", str(db), "train", "--labels", str(labels), "--force",
                                 "--shared-datasets", str(tmp_path / "no-shared")], obj={})
    assert result.exit_code == 0, result.output
    assert "macro" in result.output.lower()
    listed = runner.invoke(cli, ["--db", str(db), "model", "list"], obj={}).output.split("\n")
    versions = [line[2:] for line in listed if line]
    assert len(versions) == 2 and current in versions
    new = next(v for v in versions if v != current)
    assert f"* {new}" in listed
    assert json.loads((models / new / "config.json").read_text(encoding="utf-8"))["embedder"] == "use"

    switched = runner.invoke(cli, ["--db", str(db), "model", "use", current], obj={})
    assert switched.exit_code == 0 and "1 mentions queued for re-scoring" in switched.output
    assert (models / "CURRENT").read_text().strip() == current


def test_bad_label_file_is_rejected_with_its_row(tmp_path, monkeypatch):
    monkeypatch.setenv("MONITOR_MODEL_DIR", str(tmp_path / "models"))
    labels = tmp_path / "bad.csv"
    labels.write_text("text,label\nok text,other\nother text,angry\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["--db", str(store_at("m")), "train", "--labels", str(labels)],
                                obj={})
    assert result.exit_code == 1
    assert "bad.csv, row 3, field 'label'" in result.output
    assert not (tmp_path / "models").exists()
