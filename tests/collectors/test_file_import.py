"""Mention import files (JSONL/CSV): the reusable reader and the watched-directory collector."""

from __future__ import annotations

import json
import os
import shutil
from datetime import datetime, timezone
from pathlib import Path

import pytest

from monitor.collectors.file_import import FileImportCollector, read_mention_file
from monitor.errors import SourceError

from .helpers import FIXTURES, run, run_raising

DATA = FIXTURES / "file_import"


def test_jsonl_nested_and_flat_author_fields():
    mentions, errors = read_mention_file(DATA / "mentions.jsonl")
    assert errors == []
    kim, bia, sac = mentions
    assert (kim.source, kim.native_id, kim.author_id, kim.author_handle, kim.author_name) == (
        "x", "1897000000000000001", "2244994945", "kim_dev", "Kim")
    assert (kim.text, kim.lang, kim.url) == (
        "@Veloz three days and still no refund", "en", "https://x.com/kim_dev/status/1897000000000000001")
    assert kim.created_at == datetime(2026, 3, 4, 9, 59, tzinfo=timezone.utc)
    assert (bia.source, bia.native_id, bia.author_id, bia.author_handle, bia.lang) == (
        "instagram", "555", "ig-77", "bia.rj", "pt")
    assert bia.created_at == datetime(2026, 3, 4, 11, 0, tzinfo=timezone.utc)  # -03:00 converted to UTC
    assert (sac.text, sac.lang, sac.author_handle) == ("Me cobraron dos veces y nadie responde", "es", "")
    assert sac.created_at == datetime(2026, 3, 3, 15, 0, tzinfo=timezone.utc)  # no zone: taken as UTC
    assert bia.raw["author.id"] == "ig-77"


def test_csv_rows_including_multiline_text():
    mentions, errors = read_mention_file(DATA / "mentions.csv")
    assert errors == []
    assert [m.id for m in mentions] == ["x:1897000000000000005", "reclameaqui:RA-42", "sac:T-1002"]
    assert mentions[1].text == "Comprei e não recebi.\nJá faz 20 dias." and mentions[1].lang == "pt"
    assert (mentions[0].author_name, mentions[0].url, mentions[2].lang) == (
        "Bruno", "https://x.com/bruno_sp/status/1897000000000000005", "en")


def test_every_bad_row_is_reported_with_line_and_field():
    mentions, errors = read_mention_file(DATA / "bad.jsonl")
    assert [m.native_id for m in mentions] == ["1", "8"]  # good rows are returned; the caller decides
    path = str(DATA / "bad.jsonl")
    assert [(e.file, e.row, e.field) for e in errors] == [
        (path, 2, None), (path, 3, "text"), (path, 4, "created_at"), (path, 5, None), (path, 6, "author.id"),
        (path, 7, "author"),
    ]
    assert str(errors[0]).startswith(f"{path}, row 2: not valid JSON")
    assert str(errors[1]) == f"{path}, row 3, field 'text': is required and empty"
    assert str(errors[2]) == f"{path}, row 4, field 'created_at': not an ISO 8601 time: 'yesterday'"
    assert str(errors[4]) == f"{path}, row 6, field 'author.id': is missing"


def test_missing_csv_column_and_unsupported_files(tmp_path):
    _, errors = read_mention_file(DATA / "missing_column.csv")
    assert [(e.row, e.field) for e in errors] == [(1, "author.id")]
    assert "missing required column" in str(errors[0])
    other = tmp_path / "mentions.xlsx"
    other.write_bytes(b"PK")
    _, errors = read_mention_file(other)
    assert "unsupported file type" in str(errors[0])
    _, errors = read_mention_file(tmp_path / "absent.jsonl")
    assert "cannot read" in str(errors[0])


def build(directory: Path) -> FileImportCollector:
    return FileImportCollector.from_config({"directory": str(directory), "min_age_s": 0}, env={})


def test_collector_imports_each_file_once_and_picks_up_new_ones(tmp_path):
    shutil.copy(DATA / "mentions.jsonl", tmp_path)
    (tmp_path / "notes.txt").write_text("ignored")
    first = run(build(tmp_path))
    assert len(first.pages) == 1 and len(first.mentions) == 3
    assert list(json.loads(first.cursor)["files"]["done"]) == ["mentions.jsonl"]
    assert run(build(tmp_path), first.cursor).pages == []
    shutil.copy(DATA / "mentions.csv", tmp_path)
    second = run(build(tmp_path), first.cursor)
    assert [m.native_id for m in second.mentions] == ["1897000000000000005", "RA-42", "T-1002"]


def test_a_changed_file_is_read_again(tmp_path):
    target = tmp_path / "feed.jsonl"
    shutil.copy(DATA / "mentions.jsonl", target)
    first = run(build(tmp_path))
    with target.open("a", encoding="utf-8") as handle:
        handle.write('{"source": "x", "id": "9", "author": {"id": "a9"}, "text": "Veloz!", '
                     '"created_at": "2026-03-04T12:00:00Z"}\n')
    second = run(build(tmp_path), first.cursor)
    assert "9" in [m.native_id for m in second.mentions]  # re-read whole; storage ignores known ids


def test_bad_rows_are_quarantined_with_file_and_line(tmp_path):
    shutil.copy(DATA / "bad.jsonl", tmp_path)
    result = run(build(tmp_path))
    assert [m.native_id for m in result.mentions] == ["1", "8"]
    assert len(result.quarantined) == 6
    broken, empty = result.quarantined[:2]
    assert broken.source == "file_import" and "bad.jsonl, row 2: not valid JSON" in broken.error
    assert json.loads(broken.raw_json)["line"] == 2
    assert empty.native_id == "3" and "row 3, field 'text'" in empty.error
    assert json.loads(empty.raw_json)["id"] == "3"


def test_files_still_being_written_wait_for_the_next_run(tmp_path):
    shutil.copy(DATA / "mentions.jsonl", tmp_path)
    collector = FileImportCollector.from_config({"directory": str(tmp_path), "min_age_s": 3600}, env={})
    assert run(collector).pages == []
    old = (tmp_path / "mentions.jsonl").stat().st_mtime - 7200
    os.utime(tmp_path / "mentions.jsonl", (old, old))
    assert len(run(collector).mentions) == 3


def test_missing_directory_is_a_source_error(tmp_path):
    run_raising(build(tmp_path / "nope"), SourceError, "import directory does not exist")


@pytest.mark.parametrize("rows", [1200])
def test_big_files_are_split_into_pages_and_marked_done_last(tmp_path, rows):
    lines = [json.dumps({"source": "x", "id": str(n), "author": {"id": "a"}, "text": f"Veloz {n}",
                         "created_at": "2026-03-04T09:00:00Z", "lang": "en"}) for n in range(rows)]
    (tmp_path / "big.jsonl").write_text("\n".join(lines), encoding="utf-8")
    result = run(build(tmp_path))
    assert [len(p.mentions) for p in result.pages] == [500, 500, 200]
    assert "big.jsonl" not in json.loads(result.pages[0].cursor)["files"]["done"]
    assert "big.jsonl" in json.loads(result.pages[-1].cursor)["files"]["done"]


def test_an_invalid_byte_quarantines_only_its_row_and_the_rest_is_imported(tmp_path):
    lines = [json.dumps({"source": "x", "id": str(n), "author": {"id": "a"}, "text": f"Veloz {n}",
                         "created_at": "2026-03-04T09:00:00Z", "lang": "en"}).encode() for n in range(1100)]
    lines[2] = lines[2].replace(b"Veloz", "Vel\xf6z".encode("latin-1"))
    (tmp_path / "mixed.jsonl").write_bytes(b"\n".join(lines) + b"\n")
    result = run(build(tmp_path))
    assert len(result.mentions) == 1099 and "2" not in result.ids
    (bad,) = result.quarantined
    assert "mixed.jsonl, row 3: not UTF-8" in bad.error and json.loads(bad.raw_json)["line"] == 3
    assert "mixed.jsonl" in json.loads(result.pages[-1].cursor)["files"]["done"]


def test_a_far_future_date_is_quarantined_and_does_not_block_the_folder(tmp_path):
    good = {"source": "x", "author": {"id": "a"}, "created_at": "2026-03-04T09:00:00Z"}
    (tmp_path / "a.jsonl").write_text("\n".join(json.dumps(dict(good, id=str(n), text=f"Veloz {n}",
                                                                created_at=when)) for n, when in (
        (1, "2026-03-04T09:00:00Z"), (2, "9999-12-31T23:00:00-05:00"), (3, "3000-01-01T00:00:00Z"))),
        encoding="utf-8")
    (tmp_path / "b.jsonl").write_text(json.dumps(dict(good, id="4", text="Veloz 4")), encoding="utf-8")
    result = run(build(tmp_path))
    assert result.ids == ["1", "4"]
    assert [q.native_id for q in result.quarantined] == ["2", "3"]
    assert all("field 'created_at'" in q.error for q in result.quarantined)
    assert sorted(json.loads(result.cursor)["files"]["done"]) == ["a.jsonl", "b.jsonl"]
