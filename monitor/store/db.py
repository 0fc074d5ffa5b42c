"""Opening the SQLite file and the base every table-group mixin of `Store` builds on.

One place decides how the database is opened (WAL, busy timeout, foreign keys, migrations
applied) and holds what all mixins share: the connection (`db`), its `path` and `_frame`.

Write transactions start `BEGIN IMMEDIATE`: a deferred transaction that reads before it
writes cannot upgrade its lock once another process has written (SQLite answers "database is
locked" at once, without waiting), while an immediate one takes the write lock first and so
waits its turn under the busy timeout.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from pathlib import Path
from typing import Any, Sequence

import pandas as pd
from sqlite_utils import Database

from monitor.errors import MonitorError
from monitor.store.migrations import migrations

BUSY_TIMEOUT_MS = 30_000


class ImmediateDatabase(Database):
    """sqlite-utils' Database whose outermost `atomic()` block is a `BEGIN IMMEDIATE`
    transaction (nested blocks stay savepoints), so two writers queue instead of failing."""

    @contextlib.contextmanager
    def atomic(self):
        if self.conn.in_transaction:
            with super().atomic():
                yield self
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self
        except BaseException:
            self.rollback()
            raise
        try:
            self.conn.execute("COMMIT")
        except BaseException:
            self.rollback()
            raise

    @contextlib.contextmanager
    def snapshot(self):
        """Reads that see one moment of the database (a deferred read transaction); inside a
        transaction already, that one."""
        if self.conn.in_transaction:
            yield self
            return
        self.conn.execute("BEGIN DEFERRED")
        try:
            yield self
        finally:
            self.conn.execute("COMMIT")

    def copy_rows(self, table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
        """Bulk load (`monitor migrate`), inside the caller's transaction."""
        self.conn.executemany(f"INSERT INTO {table} ({', '.join(columns)})"
                              f" VALUES ({', '.join('?' * len(columns))})", rows)

    def after_copy(self, table: str) -> None:
        """Nothing to do: SQLite's next rowid follows the highest one by itself."""

    def applied_migrations(self) -> list[str]:
        return [m.name for m in migrations.applied(self)]


def open_database(path: Path) -> Database:
    """Open (creating if needed) the SQLite file, in WAL mode with a busy timeout, migrated."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False,
                               isolation_level="IMMEDIATE")  # implicit transactions too
        db = ImmediateDatabase(conn)
        db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA synchronous = NORMAL")
        db.execute("PRAGMA foreign_keys = ON")
        _migrate(db)
    except (OSError, sqlite3.DatabaseError) as exc:
        raise MonitorError(f"{path}: cannot open the database ({exc})") from None
    return db


def _migrate(db: Database) -> None:
    """Apply pending migrations holding the write lock, so two processes starting on a new file
    do not both create the tables (the pending list is read again under the lock)."""
    table = db[migrations.migrations_table]
    if table.exists() and not migrations.pending(db):
        return
    with db.atomic():
        migrations.apply(db)


class StoreBase:
    """The open database and the helpers every table group uses."""

    def __init__(self, db: Database, path: Path | str):
        self.db = db
        self.path = path

    def close(self) -> None:
        self.db.close()

    def schema_version(self) -> list[str]:
        return self.db.applied_migrations()

    @property
    def backend(self) -> str:
        """"sqlite" or "postgresql": for the few places where the two engines differ in cost."""
        return "sqlite" if isinstance(self.db, Database) else "postgresql"

    def count(self, table: str = "mentions") -> int:
        return self.db[table].count

    def _frame(self, sql: str, args: Sequence[Any] = ()) -> pd.DataFrame:
        cur = self.db.execute(sql, list(args))
        columns = [d[0] for d in cur.description]
        return pd.DataFrame(cur.fetchall(), columns=columns)


def brand_filter(alias: str, brand: str | None) -> tuple[str, list[str]]:
    """` AND <alias>.brand = ?` (case-insensitive) when a brand is chosen, else nothing."""
    if not brand:
        return "", []
    return f" AND lower({alias}.brand) = lower(?)", [brand]


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
