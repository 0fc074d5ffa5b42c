"""Files people hand us (mentions to import, label files, CRM exports, files to score).

One reader for CSV (comma, semicolon or tab, found from the header line), JSONL and XLSX: rows
keep their 1-based line number, so every error names the file, the row and, where it can, the
column. Problems with the file itself (wrong type, unreadable, empty, a header that is not
UTF-8 or names a column twice) raise InputError; a bad row (an invalid UTF-8 byte included:
it spoils its own row, never the rest of the file) is yielded with its error, so callers choose
between all-or-nothing (`read_records`) and keeping the good rows (the watched-folder import
quarantines the bad ones). Files are streamed: a million-row import is never held as text.
"""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator, Sequence

from monitor.errors import InputError

KINDS = {".csv": "csv", ".txt": "csv", ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl",
         ".xlsx": "xlsx", ".xlsm": "xlsx"}
DELIMITERS = ",;\t"


@dataclass(frozen=True)
class Row:
    """One data row: `values` by column (JSONL: by key), or the `error` that makes it unusable;
    `raw` is the row as read, kept for quarantine."""

    line: int
    values: dict[str, Any] = field(default_factory=dict)
    error: InputError | None = None
    raw: str = ""


def read_rows(path: str | Path, *, suffixes: Sequence[str] | None = None,
              label: str | None = None, required: Sequence[str] = ()) -> Iterator[Row]:
    """The rows of a CSV, JSONL or XLSX file (by extension; `suffixes` limits which are taken).

    `label` is how errors name the file (default: the path as given); a CSV or XLSX header
    without one of the `required` columns raises InputError naming it."""
    path = Path(path)
    label = str(path) if label is None else label
    suffix = path.suffix.lower()
    allowed = [s for s in (suffixes or KINDS) if s in KINDS]
    if suffix not in allowed:
        shown = list(dict.fromkeys(s for s in allowed if s not in (".txt", ".xlsm", ".ndjson", ".json")))
        raise InputError(label, None, None, f"unsupported file type (expected a {' or '.join(shown)} file)")
    kind = KINDS[suffix]
    if kind == "xlsx":
        yield from _xlsx_rows(path, label, required)
        return
    lines = _text_lines(path, label)
    yield from (_jsonl_rows(lines, label) if kind == "jsonl" else _csv_rows(lines, label, required))


def read_records(path: str | Path, lower_keys: bool = False, *, suffixes: Sequence[str] | None = None,
                 label: str | None = None) -> list[tuple[int, dict[str, Any]]]:
    """Every (line, values) pair of the file, or the first bad row's InputError raised."""
    records = []
    for row in read_rows(path, suffixes=suffixes, label=label):
        if row.error is not None:
            raise row.error
        values = row.values
        if lower_keys:
            values = {str(k).strip().lower(): v for k, v in values.items()}
        records.append((row.line, values))
    return records


def _text_lines(path: Path, label: str) -> Iterator[str]:
    """The file's lines as text (line endings kept, BOM dropped). A byte that is not UTF-8 is
    kept as a lone surrogate (surrogateescape), so it spoils only the row holding it: the
    row readers turn it into that row's error (`_undecodable`) and read on."""
    try:
        handle = path.open("rb")
    except OSError as exc:
        raise InputError(label, None, None, f"cannot read: {exc.strerror or exc}") from None
    with handle:
        for number, data in enumerate(handle, start=1):
            text = data.decode("utf-8", errors="surrogateescape")
            yield text.removeprefix("\ufeff") if number == 1 else text


def _undecodable(text: str, label: str, line: int) -> InputError | None:
    """The error for a row holding a byte that is not UTF-8, else None."""
    for char in text:
        if "\udc80" <= char <= "\udcff":
            return InputError(label, line, None, f"not UTF-8 text (byte 0x{ord(char) - 0xdc00:02x}; "
                              "save the file as UTF-8)")
    return None


def _printable(text: str) -> str:
    """`text` with undecodable bytes shown as U+FFFD, so a bad row can be stored for quarantine."""
    return text.encode("utf-8", errors="surrogateescape").decode("utf-8", errors="replace")


def _jsonl_rows(lines: Iterable[str], label: str) -> Iterator[Row]:
    for number, text in enumerate(lines, start=1):
        if not text.strip():
            continue
        error = _undecodable(text, label, number)
        if error is not None:
            yield Row(number, error=error, raw=_printable(text))
            continue
        try:
            value = json.loads(text)
        except json.JSONDecodeError as exc:
            yield Row(number, error=InputError(label, number, None,
                                               f"not valid JSON ({exc.msg}, column {exc.colno})"), raw=text)
            continue
        if not isinstance(value, dict):
            yield Row(number, error=InputError(label, number, None, "each line must be a JSON object"),
                      raw=text)
            continue
        yield Row(number, {str(k): v for k, v in value.items()}, raw=text)


def _csv_rows(lines: Iterator[str], label: str, required: Sequence[str]) -> Iterator[Row]:
    first = next(lines, None)
    if first is None:
        raise InputError(label, None, None, "the file is empty")
    delimiter = max(DELIMITERS, key=first.count)
    numbered = _LineCounter(_chain(first, lines))
    reader = csv.reader(numbered, delimiter=delimiter)
    try:
        header = [h.strip() for h in next(reader)]
        error = _undecodable("".join(header), label, numbered.line)
        if error is not None:
            raise error
        yield from _table_rows(header, numbered.line, _csv_values(reader, numbered, label), label,
                               required)
    except StopIteration:
        raise InputError(label, None, None, "the file is empty") from None
    except csv.Error as exc:
        raise InputError(label, numbered.line, None, f"not a readable CSV file ({exc})") from None


def _csv_values(reader: Any, numbered: "_LineCounter",
                label: str) -> Iterator[tuple[int, list[Any], str] | Row]:
    start = numbered.line + 1
    for values in reader:
        error = _undecodable("".join(values), label, start)
        yield Row(start, error=error, raw=_printable(_as_text(values))) if error else (
            start, values, _as_text(values))
        start = numbered.line + 1


def _as_text(values: Sequence[Any]) -> str:
    """A table row's cells as JSON text, kept with a bad row for quarantine."""
    return json.dumps(list(values), ensure_ascii=False, default=str)


def _xlsx_rows(path: Path, label: str, required: Sequence[str]) -> Iterator[Row]:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # noqa: BLE001 - openpyxl raises many types for a bad file
        raise InputError(label, None, None, f"not a readable XLSX file: {exc}") from None
    try:
        rows = enumerate(workbook.worksheets[0].iter_rows(values_only=True), start=1)
        first = next(rows, None)
        if first is None:
            raise InputError(label, None, None, "the file is empty")
        header = ["" if h is None else str(h).strip() for h in first[1]]
        values = ((n, list(v), _as_text(v)) for n, v in rows)
        yield from _table_rows(header, first[0], values, label, required)
    finally:
        workbook.close()


def _table_rows(header: list[str], header_line: int,
                rows: Iterable[tuple[int, list[Any], str] | Row],
                label: str, required: Sequence[str]) -> Iterator[Row]:
    """Rows of a headed table as dicts; blank rows skipped, short rows padded with None; a row
    already found bad (an invalid byte) passes through."""
    seen: set[str] = set()
    for name in header:
        if name and name in seen:
            raise InputError(label, header_line, name, "the column appears twice in the header")
        seen.add(name)
    for name in required:
        if name not in seen:
            raise InputError(label, header_line, name, "missing required column")
    width = len(header)
    for item in rows:
        if isinstance(item, Row):
            yield item
            continue
        line, values, raw = item
        if all(v is None or (isinstance(v, str) and not v.strip()) for v in values):
            continue
        if len(values) > width and any(v not in (None, "") for v in values[width:]):
            yield Row(line, error=InputError(label, line, None, "more values than columns in the header"),
                      raw=raw)
            continue
        padded = list(values[:width]) + [None] * (width - len(values))
        yield Row(line, {name: value for name, value in zip(header, padded) if name}, raw=raw)


class _LineCounter:
    """Counts the physical lines csv.reader has consumed (quoted cells may span lines)."""

    def __init__(self, lines: Iterator[str]):
        self._lines = lines
        self.line = 0

    def __iter__(self) -> "_LineCounter":
        return self

    def __next__(self) -> str:
        text = next(self._lines)
        self.line += 1
        return text


def _chain(first: str, rest: Iterator[str]) -> Iterator[str]:
    yield first
    yield from rest
