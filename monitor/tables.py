"""Reading tabular input files (CSV or JSONL) into records that keep their line numbers.

Used wherever a user hands us a file of rows (label files, files to score), so every such
error names the file and the 1-based line the same way.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

from monitor.errors import InputError

JSONL_SUFFIXES = (".jsonl", ".ndjson", ".json")


def read_records(path: Path, lower_keys: bool = False) -> list[tuple[int, dict[str, Any]]]:
    """(line, row) pairs of a CSV or JSONL file; InputError names the line of any problem."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(path, None, None, f"cannot read: {exc.strerror or exc}") from None
    try:
        content = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise InputError(path, line, None, f"not UTF-8 text (byte 0x{raw[exc.start]:02x})") from None
    if path.suffix.lower() in JSONL_SUFFIXES:
        records = _jsonl_records(path, content)
    else:
        records = _csv_records(path, content)
    if lower_keys:
        records = [(line, {str(k).strip().lower(): v for k, v in row.items()}) for line, row in records]
    return records


def _csv_records(path: Path, content: str) -> list[tuple[int, dict[str, Any]]]:
    reader = csv.reader(io.StringIO(content, newline=""))
    try:
        header = [h.strip() for h in next(reader)]
    except StopIteration:
        raise InputError(path, None, None, "empty file") from None
    except csv.Error as exc:
        raise InputError(path, 1, None, f"not a valid CSV ({exc})") from None
    records, line = [], reader.line_num
    try:
        for values in reader:
            start, line = line + 1, reader.line_num
            if not any(v.strip() for v in values):
                continue
            if len(values) != len(header):
                raise InputError(path, start, None,
                                 f"{len(values)} fields, the header has {len(header)}")
            records.append((start, dict(zip(header, values))))
    except csv.Error as exc:
        raise InputError(path, line + 1, None, f"not a valid CSV ({exc})") from None
    return records


def _jsonl_records(path: Path, content: str) -> list[tuple[int, dict[str, Any]]]:
    records = []
    for line_no, line in enumerate(content.splitlines(), 1):
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(path, line_no, None, f"not valid JSON ({exc.msg})") from None
        if not isinstance(value, dict):
            raise InputError(path, line_no, None, "each line must be a JSON object")
        records.append((line_no, {str(k): v for k, v in value.items()}))
    return records
