"""A maximum text length (model.max_text_chars): a 1 MB post took 167 s and 7.3 GB to score and
was accepted into training. Longer mentions are stored cut, with a marker (the full text stays
in the raw payload); longer label-file texts are refused naming file, row and field."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from monitor.cli import cli
from monitor.collectors.file_import import FileImportCollector
from monitor.errors import InputError
from monitor.ingest import run_collector
from monitor.labels import read_labels
from monitor.mention import TEXT_CUT_MARK, cut_text
from monitor.settings import ModelSettings
from monitor.store import open_store
from tests.conftest import store_at

HUGE = "Veloz atrasou meu pedido de novo. " * 30_000  # about 1 MB


def _row(n: int, text: str) -> str:
    return json.dumps({"source": "x", "id": str(n), "author": {"id": "a"}, "text": text,
                       "created_at": "2026-11-01T10:00:00Z", "lang": "pt"})


def _texts(db) -> dict[str, tuple[str, str]]:
    store = open_store(db)
    try:
        rows = store.db.execute("SELECT native_id, text, raw_json FROM mentions").fetchall()
        return {n: (text, raw) for n, text, raw in rows}
    finally:
        store.close()


def test_cut_text_keeps_short_texts_and_marks_cut_ones():
    assert cut_text("short", 10) == "short"
    cut = cut_text("x" * 50, 20)
    assert len(cut) == 20 and cut.endswith(TEXT_CUT_MARK)
    assert ModelSettings().max_text_chars == 5000


def test_import_stores_a_huge_text_cut_and_keeps_the_full_one_in_the_raw_payload(tmp_path):
    file = tmp_path / "m.jsonl"
    file.write_text(_row(1, HUGE) + "\n" + _row(2, "Veloz ok") + "\n", encoding="utf-8")
    db = store_at("m")
    result = CliRunner().invoke(cli, ["--db", str(db), "--config", str(tmp_path / "none.toml"),
                                      "import", str(file)], obj={})
    assert result.exit_code == 0, result.output
    texts = _texts(db)
    text, raw = texts["1"]
    assert len(text) == 5000 and text.endswith(TEXT_CUT_MARK) and text.startswith("Veloz atrasou")
    assert json.loads(raw)["text"] == HUGE
    assert texts["2"][0] == "Veloz ok"


def test_the_limit_is_a_setting_and_collectors_cut_too(tmp_path, monkeypatch):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "a.jsonl").write_text(_row(1, "Veloz " * 100) + "\n", encoding="utf-8")
    db = store_at("m")
    (tmp_path / "monitor.toml").write_text(
        f'[model]\nmax_text_chars = 120\n\n[collectors.file_import]\nenabled = true\n'
        f'directory = "{inbox}"\nmin_age_s = 0\n', encoding="utf-8")
    result = CliRunner().invoke(cli, ["--db", str(db), "--config", str(tmp_path / "monitor.toml"),
                                      "collect", "--source", "file_import"], obj={})
    assert "file_import: 1 new" in result.output, result.output
    assert len(_texts(db)["1"][0]) == 120
    store = open_store(store_at("direct"))
    try:
        collector = FileImportCollector.from_config({"directory": str(inbox), "min_age_s": 0}, env={})
        run_collector(store, collector, max_text_chars=50)
        assert len(store.db.execute("SELECT text FROM mentions").fetchone()[0]) == 50
    finally:
        store.close()


def test_a_label_file_text_over_the_limit_is_refused_naming_file_row_and_field(tmp_path):
    labels = tmp_path / "labels.csv"
    labels.write_text("text,label\nVeloz atrasou,founded_complaint\n\"" + "muito " * 40 + "\",other\n",
                      encoding="utf-8")
    with pytest.raises(InputError) as error:
        read_labels([labels], max_chars=100)
    assert (error.value.row, error.value.field) == (3, "text")
    assert "240 characters" in error.value.problem and "model.max_text_chars" in error.value.problem
    assert len(read_labels([labels], max_chars=1000)) == 2


def test_board_corrections_longer_than_the_limit_are_learnt_from_cut(tmp_path):
    import pandas as pd

    corrections = pd.DataFrame({"text": ["ok text", "y" * 300], "label": ["other", "other"],
                                "lang": ["en", "en"]})
    rows = read_labels([], corrections, max_chars=100)
    assert sorted(len(t) for t in rows["text"]) == [7, 100]
