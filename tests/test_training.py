"""Label files are validated with row numbers; training gathers real and written rows and promotes
only models that are not worse on held-out real posts (or, without any, on written ones)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from monitor import corpora, labels, model_registry, training
from monitor.embedding import MemoryCache
from monitor.errors import ConfigError, InputError
from tests.conftest import make_shared_folder

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
        labels.read_label_file(path)
    assert (caught.value.row, caught.value.field) == (3, "label")
    assert "l.csv, row 3, field 'label'" in str(caught.value)


def test_empty_text_names_the_row(tmp_path):
    path = write(tmp_path / "l.csv", 'text,label,lang\nok,other,en\n"  ",other,en\n')
    with pytest.raises(InputError) as caught:
        labels.read_label_file(path)
    assert (caught.value.row, caught.value.field, caught.value.problem) == (3, "text", "empty text")


def test_non_utf8_bytes_name_the_row(tmp_path):
    path = write(tmp_path / "l.csv", b"text,label\nok,other\nok too,other\nna\xe7\xe3o chegou,founded_complaint\n")
    with pytest.raises(InputError) as caught:
        labels.read_label_file(path)
    assert caught.value.row == 4
    assert "UTF-8" in caught.value.problem


def test_jsonl_errors_name_the_line(tmp_path):
    path = write(tmp_path / "l.jsonl", '{"text": "ok", "label": "other"}\n{"text": "x", "label": "spam"}\n')
    with pytest.raises(InputError) as caught:
        labels.read_label_file(path)
    assert (caught.value.row, caught.value.field) == (2, "label")
    path = write(tmp_path / "m.jsonl", '{"text": "ok", "label": "other"}\n{not json\n')
    with pytest.raises(InputError, match="row 2"):
        labels.read_label_file(path)


def test_missing_column_and_multiline_rows(tmp_path):
    with pytest.raises(InputError, match="field 'label'"):
        labels.read_label_file(write(tmp_path / "a.csv", "text\nhello\n"))
    path = write(tmp_path / "b.csv", 'text,label\n"two\nlines",other\nnext,wrong\n')
    with pytest.raises(InputError) as caught:
        labels.read_label_file(path)
    assert caught.value.row == 4


def test_later_files_and_corrections_override_earlier_labels(tmp_path):
    first = write(tmp_path / "a.csv", "text,label,lang\nPedido não chegou,other,pt\nhi,other,en\n")
    second = write(tmp_path / "b.jsonl", '{"text": "pedido  NÃO chegou", "label": "founded_complaint"}\n')
    corrections = pd.DataFrame({"text": ["hi"], "label": ["disrespectful"], "lang": ["en"]})
    found = labels.read_labels([first, second], corrections).set_index("key")["label"]
    assert found["pedido não chegou"] == "founded_complaint"
    assert found["hi"] == "disrespectful"
    with pytest.raises(InputError, match="board corrections, row 1, field 'label'"):
        labels.read_labels([first], pd.DataFrame({"text": ["x"], "label": ["rude"]}))


# ---- training and promotion -----------------------------------------------------------------

def rotate_labels(path: Path, out: Path) -> Path:
    """The training rows of a label file with every label deliberately wrong."""
    rows = pd.read_csv(path, keep_default_na=False)
    rows = rows[~rows["text"].map(labels.is_heldout)]
    rotate = {"other": "disrespectful", "disrespectful": "founded_complaint", "founded_complaint": "other"}
    rows.assign(label=rows["label"].map(rotate), kind="")[["text", "label", "lang", "kind"]].to_csv(out, index=False)
    return out


def test_without_real_posts_the_written_held_out_rows_decide(tmp_path, small_labels, cache):
    models = tmp_path / "models"
    first = training.train_model(models, written_files=[small_labels], shared_datasets=None,
                                 written_eval=(), cache=cache)
    assert first.promoted and first.previous_version is None and first.real is None
    assert model_registry.current_version(models) == first.version
    assert (models / first.version / "README.md").is_file()
    assert "PROMOTED" in first.to_text() and "seed held-out" in first.to_text()

    same = training.train_model(models, written_files=[small_labels], shared_datasets=None,
                                written_eval=(), cache=cache)
    assert same.promoted, same.reason  # equal is "not worse"
    assert same.previous_written["seed held-out"]["macro_f1"] == pytest.approx(
        first.written["seed held-out"]["macro_f1"])

    wrong = rotate_labels(small_labels, tmp_path / "wrong.csv")
    worse = training.train_model(models, written_files=[small_labels, wrong], shared_datasets=None,
                                 written_eval=(), cache=cache)
    assert not worse.promoted and not worse.passed_gate
    assert worse.written["seed held-out"]["macro_f1"] < worse.previous_written["seed held-out"]["macro_f1"]
    assert model_registry.current_version(models) == same.version
    assert "NOT PROMOTED" in worse.to_text()

    forced = training.train_model(models, written_files=[small_labels, wrong], shared_datasets=None,
                                  written_eval=(), cache=cache, force=True)
    assert forced.promoted and "forced" in forced.reason
    assert model_registry.list_versions(models) == sorted(
        [first.version, same.version, worse.version, forced.version])

    model_registry.use_version(models, first.version)
    assert model_registry.load_current(models).version == first.version
    with pytest.raises(ConfigError):
        model_registry.use_version(models, "no-such-version")


@pytest.fixture(scope="module")
def shared_folder(tmp_path_factory) -> Path:
    return make_shared_folder(tmp_path_factory.mktemp("shared"))


def test_real_rows_split_stratified_and_fixed(shared_folder):
    rows = corpora.read_real_mentions(shared_folder)
    assert len(rows) == 126
    heldout = rows[rows["split"] == "heldout"]
    assert heldout.groupby(["lang", "category"]).size().eq(6).all()  # 40 % of 14 in every cell
    again = corpora.read_real_mentions(shared_folder)
    assert list(again["split"]) == list(rows["split"])
    public = corpora.read_public_corpora(shared_folder)
    complaint_rows = public[public["origin"] == "public:Brazilian bank app reviews"]
    assert complaint_rows.loc[complaint_rows["category"] == "founded_complaint", "disrespectful"].isna().all()
    abuse_rows = public[public["origin"] == "public:OffendES"]
    assert abuse_rows["complaint"].isna().all() and abuse_rows["founded"].isna().all()


def test_gate_refuses_a_model_worse_on_real_held_out_posts(tmp_path, shared_folder, small_labels, cache):
    models = tmp_path / "models"
    first = training.train_model(models, written_files=[small_labels], shared_datasets=shared_folder,
                                 written_eval=(), cache=cache)
    assert first.promoted and first.real is not None
    assert first.rows["real held out"] == 54 and 110 <= first.rows["public train"] <= 120
    assert set(first.real["per_lang"]) == {"pt", "es", "en"}
    assert first.tuning["n"] == 72  # the real training posts tuned it, out of fold
    card = (models / first.version / "README.md").read_text(encoding="utf-8")
    assert card.index("Real posts, held out") < card.index("Written sets")
    assert "OffendES" in card and "Brazilian bank app reviews" in card

    # Board corrections on other posts, all wrong and weighing like real posts: the new model
    # is worse on the same held-out real posts, so the gate keeps the current one.
    seed = pd.read_csv(SEED, keep_default_na=False)
    real_texts = set(pd.read_csv(shared_folder / corpora.REAL_MENTIONS_FILE)["text"])
    other = seed[~seed["text"].isin(real_texts) & ~seed["text"].map(labels.is_heldout)]
    other = other.groupby(["lang", "label"]).sample(40, random_state=5)
    rotate = {"other": "disrespectful", "disrespectful": "founded_complaint", "founded_complaint": "other"}
    corrections = other.assign(label=other["label"].map(rotate))[["text", "label", "lang"]]
    worse = training.train_model(models, written_files=[small_labels], shared_datasets=shared_folder,
                                 corrections=corrections, written_eval=(), cache=cache)
    assert not worse.promoted and not worse.passed_gate, worse.to_text()
    from monitor.evaluation import real_post_score
    assert real_post_score(worse.real) < real_post_score(worse.previous_real)
    assert model_registry.current_version(models) == first.version
    assert "real-post score" in worse.reason and "real held-out posts" in worse.to_text()

    candidate = training.train_model(models, written_files=[small_labels], shared_datasets=shared_folder,
                                     written_eval=(), cache=cache, auto_promote=False)
    assert candidate.passed_gate and not candidate.promoted and "candidate" in candidate.reason
    assert model_registry.current_version(models) == first.version
