"""The one reader of files people hand us: CSV (any of , ; tab), JSONL, XLSX, errors by row."""

from __future__ import annotations

import pytest
from openpyxl import Workbook

from monitor.errors import InputError
from monitor.labels import read_label_file
from monitor.user_files import read_records, read_rows


def test_semicolon_csv_with_a_multiline_cell_keeps_line_numbers(tmp_path):
    path = tmp_path / "labels.csv"
    path.write_text('text;label\n"first line\nsecond line";other\n\nplain;disrespectful\n', encoding="utf-8")
    assert read_records(path) == [(2, {"text": "first line\nsecond line", "label": "other"}),
                                  (5, {"text": "plain", "label": "disrespectful"})]


def test_not_utf8_names_the_line(tmp_path):
    path = tmp_path / "latin.csv"
    path.write_bytes("text,label\nok,other\npéssimo,other\n".encode("latin-1"))
    with pytest.raises(InputError) as error:
        read_records(path)
    assert (error.value.row, error.value.field) == (3, None) and "not UTF-8" in str(error.value)


def test_a_row_wider_than_the_header_is_a_bad_row_not_a_bad_file(tmp_path):
    path = tmp_path / "rows.csv"
    path.write_text("text,label\na,other\nb,other,extra\nc,other\n", encoding="utf-8")
    rows = list(read_rows(path))
    assert [r.line for r in rows] == [2, 3, 4] and rows[1].error is not None
    assert "more values than columns" in str(rows[1].error) and rows[1].error.row == 3
    with pytest.raises(InputError, match="row 3"):
        read_records(path)


def test_missing_required_column_and_duplicate_header(tmp_path):
    path = tmp_path / "rows.csv"
    path.write_text("text,text\na,b\n", encoding="utf-8")
    with pytest.raises(InputError, match="appears twice"):
        read_records(path)
    path.write_text("body\na\n", encoding="utf-8")
    with pytest.raises(InputError) as error:
        list(read_rows(path, required=["text"]))
    assert (error.value.row, error.value.field, error.value.problem) == (1, "text", "missing required column")


def test_label_files_may_be_xlsx(tmp_path):
    path = tmp_path / "labels.xlsx"
    book = Workbook()
    sheet = book.active
    sheet.append(["text", "label", "lang"])
    sheet.append(["O pedido não chegou e ninguém explica", "founded_complaint", "pt"])
    sheet.append([None, None, None])
    sheet.append(["Que empresa lixo", "disrespectful", "pt"])
    book.save(path)
    frame = read_label_file(path)
    assert list(frame["label"]) == ["founded_complaint", "disrespectful"] and list(frame["row"]) == [2, 4]


def test_unsupported_type_names_what_is_expected(tmp_path):
    path = tmp_path / "notes.docx"
    path.write_bytes(b"PK")
    with pytest.raises(InputError, match=r"expected a \.csv or \.xlsx file"):
        list(read_rows(path, suffixes=(".csv", ".xlsx")))


def test_an_invalid_byte_mid_file_is_one_bad_row_and_every_other_row_is_read(tmp_path):
    for suffix, header, lines in (
        (".csv", "text,label\n", ["ok {},other\n", "caf\xe9 {},other\n"]),
        (".jsonl", "", ['{{"text": "ok {}", "label": "other"}}\n', '{{"text": "caf\xe9 {}"}}\n']),
    ):
        path = tmp_path / f"mixed{suffix}"
        good, bad = lines
        body = header.encode() + good.format(1).encode() + bad.format(2).encode("latin-1") + b"".join(
            good.format(n).encode() for n in range(3, 8))
        path.write_bytes(body)
        rows = list(read_rows(path))
        first_data_line = 2 if header else 1
        assert [r.line for r in rows] == list(range(first_data_line, first_data_line + 7)), suffix
        errors = [r for r in rows if r.error is not None]
        assert len(errors) == 1 and errors[0].line == first_data_line + 1, suffix
        assert "not UTF-8" in str(errors[0].error) and "0xe9" in str(errors[0].error), suffix
        assert f"row {first_data_line + 1}" in str(errors[0].error) and str(path) in str(errors[0].error)
        assert "\ufffd" in errors[0].raw and "\udce9" not in errors[0].raw  # storable in quarantine
        with pytest.raises(InputError, match=f"row {first_data_line + 1}"):
            read_records(path)


def test_an_invalid_byte_in_the_csv_header_rejects_the_file(tmp_path):
    path = tmp_path / "head.csv"
    path.write_bytes("text,lab\xe9l\nok,other\n".encode("latin-1"))
    with pytest.raises(InputError) as error:
        list(read_rows(path))
    assert error.value.row == 1 and "not UTF-8" in str(error.value)


def test_post_times_outside_the_plausible_range_are_refused():
    from datetime import datetime, timedelta, timezone

    from monitor.mention import check_post_time, parse_post_time

    now = datetime(2026, 12, 2, 12, 0, tzinfo=timezone.utc)
    assert parse_post_time("2026-12-03T11:00:00Z", now=now) == now + timedelta(hours=23)
    assert parse_post_time("2000-01-01T00:00:00Z", now=now).year == 2000
    for value in ("2026-12-03T13:00:00Z", "1999-12-31T23:59:59Z", "9999-12-31T23:00:00-05:00",
                  "0001-01-01T00:00:00+05:00", 1e20, "not a time"):
        with pytest.raises(ValueError):
            parse_post_time(value, now=now)
    with pytest.raises(ValueError, match="in the future"):
        check_post_time(now + timedelta(days=2), now=now)
