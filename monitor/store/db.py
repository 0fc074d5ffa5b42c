"""Opening the SQLite file and the base every table-group mixin of `Store` builds on.

One place decides how the database is opened (WAL, busy timeout, foreign keys, migrations
applied) and holds what all mixins share: the connection (`db`), its `path` and `_frame`.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any, Sequence

import pandas as pd
from sqlite_utils import Database

from monitor.errors import MonitorError
from monitor.store.migrations import migrations

BUSY_TIMEOUT_MS = 30_000


def open_database(path: Path) -> Database:
    """Open (creating if needed) the SQLite file, in WAL mode with a busy timeout, migrated."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
        db = Database(conn)
        db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA synchronous = NORMAL")
        db.execute("PRAGMA foreign_keys = ON")
        migrations.apply(db)
    except (OSError, sqlite3.DatabaseError) as exc:
        raise MonitorError(f"{path}: cannot open the database ({exc})") from None
    return db


class StoreBase:
    """The open database and the helpers every table group uses."""

    def __init__(self, db: Database, path: Path):
        self.db = db
        self.path = path

    def close(self) -> None:
        self.db.close()

    def schema_version(self) -> list[str]:
        return [m.name for m in migrations.applied(self.db)]

    def count(self, table: str = "mentions") -> int:
        return self.db[table].count

    def _frame(self, sql: str, args: Sequence[Any] = ()) -> pd.DataFrame:
        cur = self.db.execute(sql, list(args))
        columns = [d[0] for d in cur.description]
        return pd.DataFrame(cur.fetchall(), columns=columns)


class Where:
    """AND-ed SQL conditions and their arguments, built one optional filter at a time."""

    def __init__(self) -> None:
        self.parts: list[str] = ["1=1"]
        self.args: list[Any] = []

    def add(self, condition: str, *args: Any) -> "Where":
        self.parts.append(condition)
        self.args.extend(args)
        return self

    def one_of(self, column: str, values: Sequence[Any]) -> "Where":
        """`column` is one of `values` (passed as one JSON argument, however many there are)."""
        return self.add(f"{column} IN (SELECT value FROM json_each(?))", json.dumps(list(values)))

    @property
    def sql(self) -> str:
        return " AND ".join(self.parts)
