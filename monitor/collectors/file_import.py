"""Mentions from files: `read_mention_file` for the `monitor import` command, and a collector that
imports new *.jsonl / *.csv files dropped into a watched directory.

Format: JSONL (nested {"author": {...}} or dotted "author.id" keys) or CSV with the columns
below. Rows keep their own `source`, so an exported X post and a collected one share an id.
"""

from __future__ import annotations

import json
import logging
import re
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from monitor import user_files
from monitor.collectors.base import Collector, CursorState, Page, Quarantined, Task
from monitor.collectors.options import REQUIRED
from monitor.errors import InputError, SourceError
from monitor.language import choose_language
from monitor.mention import Mention, parse_post_time
from monitor.user_files import Row

logger = logging.getLogger(__name__)

REQUIRED_FIELDS = ("source", "id", "author.id", "text", "created_at")
OPTIONAL_FIELDS = ("author.handle", "author.name", "url", "lang", "brand", "reposts_of")
SUFFIXES = (".jsonl", ".csv")
CHUNK_ROWS = 500
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
"""A JSON escape such as \\ud800 decodes to a character no UTF-8 database can store."""


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
        if _LONE_SURROGATE.search(values[field]):
            raise InputError(file, line, field, "holds a lone surrogate escape (\\ud800-\\udfff), not text")
    if _LONE_SURROGATE.search(json.dumps(row, ensure_ascii=False, default=str)):
        raise InputError(file, line, None, "holds a lone surrogate escape (\\ud800-\\udfff), not text")
    try:
        created_at = parse_post_time(values["created_at"])
    except ValueError as exc:
        raise InputError(file, line, "created_at", str(exc)) from None
    return Mention(
        source=values["source"], native_id=values["id"], author_id=values["author.id"],
        author_handle=values["author.handle"], author_name=values["author.name"], text=values["text"],
        created_at=created_at, url=values["url"], lang=choose_language(values["lang"], values["text"]),
        brand=values["brand"], reposts_of=values["reposts_of"], raw=row,
    )


def read_rows(path: Path) -> Iterator[Row]:
    """The rows of a .jsonl or .csv import file; a problem with the whole file comes as one bad
    row (line 0), so the watched-folder import quarantines it instead of stopping."""
    try:
        yield from user_files.read_rows(path, suffixes=SUFFIXES, required=REQUIRED_FIELDS)
    except InputError as error:
        yield Row(error.row or 0, error=error)


def iter_mention_file(path: str | Path) -> Iterator[Mention | InputError]:
    """The rows of an import file one at a time, streamed: a Mention for each good row, an
    InputError (naming file, row and field) for each bad one. Memory stays flat in file size."""
    for row in read_rows(Path(path)):
        try:
            if row.error is not None:
                raise row.error
            yield parse_row(row.values, str(path), row.line)
        except InputError as error:
            yield error


def read_mention_file(path: str | Path, skip_bad: bool = False) -> tuple[list[Mention], list[InputError]]:
    """Read a whole (small) import file: the good rows as Mentions and every bad row as an
    InputError. Both lists are complete; `skip_bad=True` only logs each skipped row. Large
    files go through `monitor.ingest.import_file`, which streams them."""
    mentions, errors = [], []
    for item in iter_mention_file(path):
        if isinstance(item, InputError):
            errors.append(item)
            if skip_bad:
                logger.warning("skipping %s", item)
        else:
            mentions.append(item)
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
        for row in read_rows(path):
            try:
                if row.error is not None:
                    raise row.error
                mentions.append(parse_row(row.values, str(path), row.line))
            except InputError as error:
                native_id = _LONE_SURROGATE.sub("\ufffd", str(row.values.get("id") or ""))
                raw_json = _LONE_SURROGATE.sub("\ufffd", json.dumps(
                    row.values or {"file": str(path), "line": row.line, "text": row.raw},
                    ensure_ascii=False, default=str))
                bad.append(Quarantined(self.name, native_id, str(error), raw_json))
            if len(mentions) + len(bad) >= CHUNK_ROWS:
                yield Page(mentions, state.dump(), bad)
                mentions, bad = [], []
        done[path.name] = signature
        yield Page(mentions, state.dump(), bad)
