"""Label files are validated with row numbers; training promotes only models that are not worse."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from monitor import model_registry, training
from monitor.embedding import MemoryCache
from monitor.errors import ConfigError, InputError

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "data" / "seed" / "labelled.csv"


def write(path: Path, content: str | bytes) -> Path:
    if isinstance(content, str):
        content = content.encode("utf-8")
    path.write_bytes(content)
    return path


@pytest.fixture(scope="module")
def cache() -> MemoryCache:
    return MemoryCache()


@pytest.fixture(scope="module")
def small_labels(tmp_path_factory) -> Path:
    seed = pd.read_csv(SEED, keep_default_na=False)
    rows = seed.groupby(["lang", "label"]).sample(8, random_state=1)
    path = tmp_path_factory.mktemp("labels") / "small.csv"
    rows.to_csv(path, index=False)
    return path


# ---- validation -----------------------------------------------------------------------------

def test_unknown_label_names_the_row(tmp_path):
    path = write(tmp_path / "l.csv", "text,label\nfine,other\nbad service,complaint\n")
    with pytest.raises(InputError) as caught:
        training.read_label_file(path)
    assert (caught.value.row, caught.value.field) == (3, "label")
    assert "l.csv, row 3, field 'label'" in str(caught.value)


def test_empty_text_names_the_row(tmp_path):
    path = write(tmp_path / "l.csv", 'text,label,lang\nok,other,en\n"  ",other,en\n')
    with pytest.raises(InputError) as caught:
        training.read_label_file(path)
    assert (caught.value.row, caught.value.field, caught.value.problem) == (3, "text", "empty text")


def test_non_utf8_bytes_name_the_row(tmp_path):
    path = write(tmp_path / "l.csv", b"text,label\nok,other\nok too,other\nna\xe7\xe3o chegou,founded_complaint\n")
    with pytest.raises(InputError) as caught:
        training.read_label_file(path)
    assert caught.value.row == 4
    assert "UTF-8" in caught.value.problem


def test_jsonl_errors_name_the_line(tmp_path):
    path = write(tmp_path / "l.jsonl", '{"text": "ok", "label": "other"}\n{"text": "x", "label": "spam"}\n')
    with pytest.raises(InputError) as caught:
        training.read_label_file(path)
    assert (caught.value.row, caught.value.field) == (2, "label")
    path = write(tmp_path / "m.jsonl", '{"text": "ok", "label": "other"}\n{not json\n')
    with pytest.raises(InputError, match="row 2"):
        training.read_label_file(path)


def test_missing_column_and_multiline_rows(tmp_path):
    with pytest.raises(InputError, match="field 'label'"):
        training.read_label_file(write(tmp_path / "a.csv", "text\nhello\n"))
    path = write(tmp_path / "b.csv", 'text,label\n"two\nlines",other\nnext,wrong\n')
    with pytest.raises(InputError) as caught:
        training.read_label_file(path)
    assert caught.value.row == 4


def test_later_files_and_corrections_override_earlier_labels(tmp_path):
    first = write(tmp_path / "a.csv", "text,label,lang\nPedido não chegou,other,pt\nhi,other,en\n")
    second = write(tmp_path / "b.jsonl", '{"text": "pedido  NÃO chegou", "label": "founded_complaint"}\n')
    corrections = pd.DataFrame({"text": ["hi"], "label": ["disrespectful"], "lang": ["en"]})
    labels = training.read_labels([first, second], corrections).set_index("key")["label"]
    assert labels["pedido não chegou"] == "founded_complaint"
    assert labels["hi"] == "disrespectful"
    with pytest.raises(InputError, match="board corrections, row 1, field 'label'"):
        training.read_labels([first], pd.DataFrame({"text": ["x"], "label": ["rude"]}))


# ---- training and promotion -----------------------------------------------------------------

def test_train_promotes_then_refuses_worse_then_forces(tmp_path, small_labels, cache):
    models = tmp_path / "models"
    first = training.train_model([small_labels], models, shared_datasets=None, eval_file=None, cache=cache)
    assert first.promoted and first.previous_version is None
    assert model_registry.current_version(models) == first.version
    assert (models / first.version / "README.md").is_file()
    assert "PROMOTED" in first.to_text() and "held-out macro-F1" in first.to_text()

    same = training.train_model([small_labels], models, shared_datasets=None, eval_file=None, cache=cache)
    assert same.promoted, same.reason  # equal is "not worse"
    assert same.previous_heldout["macro_f1"] == pytest.approx(first.heldout["macro_f1"])

    # Corrupt the training rows only; the held-out rows (and so the comparison) stay the same.
    rows = pd.read_csv(small_labels, keep_default_na=False)
    rows = rows[~rows["text"].map(training.is_heldout)]
    rotate = {"other": "disrespectful", "disrespectful": "founded_complaint", "founded_complaint": "other"}
    wrong = tmp_path / "wrong.csv"
    rows.assign(label=rows["label"].map(rotate), kind="")[["text", "label", "lang", "kind"]].to_csv(wrong, index=False)
    worse = training.train_model([small_labels, wrong], models, shared_datasets=None, eval_file=None, cache=cache)
    assert not worse.promoted
    assert worse.heldout["macro_f1"] < worse.previous_heldout["macro_f1"]
    assert model_registry.current_version(models) == same.version
    assert "NOT PROMOTED" in worse.to_text()

    forced = training.train_model([small_labels, wrong], models, shared_datasets=None, eval_file=None,
                                  cache=cache, force=True)
    assert forced.promoted and "forced" in forced.reason
    assert model_registry.list_versions(models) == sorted(
        [first.version, same.version, worse.version, forced.version])

    model_registry.use_version(models, first.version)
    assert model_registry.load_current(models).version == first.version
    with pytest.raises(ConfigError):
        model_registry.use_version(models, "no-such-version")


def test_train_with_public_corpus_folder_and_without(tmp_path, small_labels, cache):
    shared = tmp_path / "shared"
    shared.mkdir()
    told = pd.DataFrame({
        "text": ["vai se foder seu idiota", "que dia lindo hoje", "bando de lixo nojento", "bom dia a todos",
                 "cala a boca imbecil", "adorei o filme", "seu merda", "vamos ao jogo"] * 3,
        "label": ["abusive", "other"] * 12, "lang": "pt", "source": "test",
        "orig_label": ["toxic_votes=3/3;insult", "toxic_votes=0/3"] * 12,
    })
    told["text"] = [f"{t} {i}" for i, t in enumerate(told["text"])]
    told.to_csv(shared / "pt_toldbr.csv", index=False)
    report = training.train_model([small_labels], tmp_path / "m", shared_datasets=shared,
                                  eval_file=None, cache=cache)
    assert any("public abuse corpora" in note for note in report.notes)
    assert "ToLD-Br" in report.shared_heldout
    config = json.loads((tmp_path / "m" / report.version / "config.json").read_text(encoding="utf-8"))
    assert config["metrics"]["heldout"]["macro_f1"] == pytest.approx(report.heldout["macro_f1"])

    missing = training.train_model([small_labels], tmp_path / "n", shared_datasets=tmp_path / "absent",
                                   eval_file=None, cache=cache)
    assert missing.promoted and missing.rows["public abuse rows"] == 0
