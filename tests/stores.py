"""Which store each name means in the running test (set by conftest's `new_db` fixture), so
helpers that take no fixtures can name one: one module, whichever way a test imports it."""

from __future__ import annotations

import time

from pathlib import Path

CURRENT: dict[str, object] = {}


def store_at(name: str) -> Path | str:
    """The store called `name` in the running test: `tmp_path/name.db`, or its own PostgreSQL
    database under `--backend postgresql` (the same one for the same name)."""
    return CURRENT["new_db"](name)


def read(location: Path | str, sql: str, args: tuple | list = (), *, write: bool = False) -> list[tuple]:
    """Rows of one statement (SQLite's dialect) through a connection of its own, with no side
    effect of opening a store (no migration, no runs marked interrupted): what a test uses to
    look at a store another process is writing. A SQLite file is opened read-only unless
    `write`; a missing file or table reads as no rows."""
    if isinstance(location, str) and location.startswith("postgresql://"):
        from monitor.store.postgres import PostgresDatabase

        db = PostgresDatabase(location)
        try:
            cursor = db.execute(sql, list(args))
            return cursor.fetchall() if cursor.description else [(cursor.rowcount,)]
        finally:
            db.close()
    import sqlite3
    from contextlib import closing

    path = Path(location)
    if not path.exists():
        return []
    target = str(path) if write else f"file:{path}?mode=ro"
    with closing(sqlite3.connect(target, uri=not write, timeout=30)) as conn, conn:
        try:
            cursor = conn.execute(sql, tuple(args))
        except sqlite3.OperationalError as exc:
            if "no such table" in str(exc):
                return []
            raise
        return cursor.fetchall() if cursor.description else [(cursor.rowcount,)]


def stored_bytes(location: Path | str) -> bytes:
    """Everything the store holds, to search for what must never be stored (a secret): a
    SQLite file's bytes with its write-ahead log (free pages included), or every cell of every
    table of a PostgreSQL database."""
    if isinstance(location, Path):
        return b"".join(p.read_bytes() for p in location.parent.glob(location.name + "*"))
    from monitor.store.postgres import PostgresDatabase

    db = PostgresDatabase(location)
    try:
        chunks = []
        for table in db.table_names():
            for row in db.execute(f'SELECT * FROM "{table}"').fetchall():
                chunks.extend(bytes(v) if isinstance(v, (bytes, memoryview)) else str(v).encode()
                              for v in row if v is not None)
        return b"\n".join(chunks)
    finally:
        db.close()


def copy(source: Path | str, target: Path | str) -> None:
    """A second store holding what `source` holds: the file copied, or (PostgreSQL) every table
    copied into the target's empty database by `monitor migrate`'s own copy."""
    if isinstance(source, Path):
        import shutil

        shutil.copy(source, target)
        return
    from contextlib import closing

    from monitor.store import open_store
    from monitor.store.transfer import copy_store

    with closing(open_store(source)) as src, closing(open_store(target)) as dst:
        copy_store(src, dst)


def drop_database(admin, name: str) -> None:
    """DROP DATABASE ... WITH (FORCE) on an autocommit admin connection, waiting out a backend
    it may not end: our role cannot terminate the server's own autovacuum worker (a superuser
    process) when one happens to be working in the database, so try again until it is done."""
    import psycopg

    for attempt in range(100):
        try:
            admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
            return
        except psycopg.errors.InsufficientPrivilege:
            if attempt == 99:
                raise
            time.sleep(0.3)
