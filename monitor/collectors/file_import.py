"""Mentions from files: `read_mention_file` for the `monitor import` command, and a collector that
imports new *.jsonl / *.csv files dropped into a watched directory.

Format: JSONL (nested {"author": {...}} or dotted "author.id" keys) or CSV with the columns
below. Rows keep their own `source`, so an exported X post and a collected one share an id.
"""

from __future__ import annotations

import csv
import json
import logging
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from monitor.collectors.base import Collector, CursorState, Page, Quarantined, Task
from monitor.collectors.options import REQUIRED
from monitor.errors import InputError, SourceError
from monitor.language import choose_language
from monitor.mention import Mention, parse_time

logger = logging.getLogger(__name__)

CSV_COLUMNS = ("source", "id", "author.id", "author.handle", "author.name", "text", "created_at", "url", "lang")
REQUIRED_FIELDS = ("source", "id", "author.id", "text", "created_at")
OPTIONAL_FIELDS = ("author.handle", "author.name", "url", "lang", "brand", "reposts_of")
SUFFIXES = (".jsonl", ".csv")
CHUNK_ROWS = 500


def parse_row(row: dict[str, Any], file: str, line: int) -> Mention:
    """One import row as a Mention; raises InputError naming file, line and field."""
    flat = {key: value for key, value in row.items() if key != "author"}
    author = row.get("author")
    if isinstance(author, dict):
        flat.update({f"author.{key}": value for key, value in author.items()})
    elif author is not None:
        raise InputError(file, line, "author", "must be an object with id, handle and name")
    values: dict[str, str] = {}
    for field in REQUIRED_FIELDS + OPTIONAL_FIELDS:
        value = flat.get(field)
        if isinstance(value, int) and not isinstance(value, bool) and field in ("id", "author.id"):
            value = str(value)
        if value is not None and not isinstance(value, str):
            raise InputError(file, line, field, f"must be a string, got {type(value).__name__}")
        values[field] = (value or "").replace("\r\n", "\n").strip()  # CRLF survives inside quoted CSV cells
        if field in REQUIRED_FIELDS and not values[field]:
            raise InputError(file, line, field, "is required and empty" if field in flat else "is missing")
    try:
        created_at = parse_time(values["created_at"])
    except ValueError:
        raise InputError(file, line, "created_at", f"not an ISO 8601 time: {values['created_at']!r}") from None
    return Mention(
        source=values["source"], native_id=values["id"], author_id=values["author.id"],
        author_handle=values["author.handle"], author_name=values["author.name"], text=values["text"],
        created_at=created_at, url=values["url"], lang=choose_language(values["lang"], values["text"]),
        brand=values["brand"], reposts_of=values["reposts_of"], raw=row,
    )


def read_rows(path: Path) -> Iterator[tuple[int, dict[str, Any] | InputError, str]]:
    """Yield (line number, row dict or the InputError that row is, raw text) for a .jsonl or .csv file."""
    file = str(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        yield 0, InputError(file, None, None, "unsupported file type (use .jsonl or .csv)"), ""
        return
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            yield from (_jsonl_rows if suffix == ".jsonl" else _csv_rows)(handle, file)
    except UnicodeDecodeError:
        yield 0, InputError(file, None, None, "not UTF-8 text"), ""
    except OSError as error:
        yield 0, InputError(file, None, None, f"cannot read: {error.strerror or error}"), ""


def _jsonl_rows(handle: Any, file: str) -> Iterator[tuple[int, dict[str, Any] | InputError, str]]:
    for number, text in enumerate(handle, start=1):
        if not text.strip():
            continue
        try:
            row = json.loads(text)
        except json.JSONDecodeError as error:
            yield number, InputError(file, number, None, f"invalid JSON ({error.msg}, column {error.colno})"), text
            continue
        yield number, row if isinstance(row, dict) else InputError(file, number, None, "not a JSON object"), text


def _csv_rows(handle: Any, file: str) -> Iterator[tuple[int, dict[str, Any] | InputError, str]]:
    reader = csv.DictReader(handle)
    missing = [column for column in REQUIRED_FIELDS if column not in (reader.fieldnames or [])]
    if missing:
        yield 1, InputError(file, 1, missing[0], f"missing column (header needs {', '.join(CSV_COLUMNS)})"), ""
        return
    start = reader.line_num + 1
    for row in reader:
        if None in row:
            yield start, InputError(file, start, None, "more fields than header columns"), ""
        else:
            yield start, row, json.dumps(row, ensure_ascii=False)
        start = reader.line_num + 1


def read_mention_file(path: str | Path, skip_bad: bool = False) -> tuple[list[Mention], list[InputError]]:
    """Read a whole import file: the good rows as Mentions and every bad row as an InputError.

    Both lists are always complete; the caller decides between all-or-nothing and keeping the
    good rows (`monitor import --skip-bad`). `skip_bad=True` only logs each skipped row.
    """
    mentions, errors = [], []
    for line, row, _ in read_rows(Path(path)):
        try:
            if isinstance(row, InputError):
                raise row
            mentions.append(parse_row(row, str(path), line))
        except InputError as error:
            errors.append(error)
            if skip_bad:
                logger.warning("skipping %s", error)
    return mentions, errors


class FileImportCollector(Collector):
    """Imports each new or changed *.jsonl / *.csv file in `directory` once; bad rows are quarantined."""

    name = "file_import"
    options_spec = {
        "directory": ("text", REQUIRED),
        "min_age_s": ("number", 5.0),
    }

    def plan(self) -> list[Task]:
        """A single task: the watched directory."""
        return [Task("files", Path(self.options["directory"]).expanduser())]

    def fetch_task(self, task: Task, state: CursorState) -> Iterator[Page]:
        """The cursor maps file name -> [size, mtime_ns]; a file is marked done on its last page."""
        directory: Path = task.target
        if not directory.is_dir():
            raise SourceError(f"{directory}: import directory does not exist")
        done = state.slot(task.key).setdefault("done", {})
        for path in sorted(directory.iterdir()):
            if path.suffix.lower() not in SUFFIXES or not path.is_file():
                continue
            stat = path.stat()
            signature = [stat.st_size, stat.st_mtime_ns]
            if done.get(path.name) == signature:
                continue
            if time.time() - stat.st_mtime < self.options["min_age_s"]:
                logger.info("file_import: %s changed moments ago, importing it next run", path.name)
                continue
            yield from self._import(path, signature, done, state)

    def _import(self, path: Path, signature: list[int], done: dict[str, Any], state: CursorState) -> Iterator[Page]:
        mentions: list[Mention] = []
        bad: list[Quarantined] = []
        for line, row, raw in read_rows(path):
            try:
                if isinstance(row, InputError):
                    raise row
                mentions.append(parse_row(row, str(path), line))
            except InputError as error:
                native_id = str(row.get("id") or "") if isinstance(row, dict) else ""
                raw_json = json.dumps(row, ensure_ascii=False, default=str) if isinstance(row, dict) else json.dumps(
                    {"file": str(path), "line": line, "text": raw}, ensure_ascii=False)
                bad.append(Quarantined(self.name, native_id, str(error), raw_json))
            if len(mentions) + len(bad) >= CHUNK_ROWS:
                yield Page(mentions, state.dump(), bad)
                mentions, bad = [], []
        done[path.name] = signature
        yield Page(mentions, state.dump(), bad)
