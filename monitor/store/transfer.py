"""Copying a whole store into another one: `monitor migrate --to postgresql://...`.

A team that outgrows its SQLite file moves everything (mentions, people, cases, labels, the
alert outbox, the audit log) into PostgreSQL without loss. The target must be empty: a copy
into a store that already holds rows could not say which side is right. Each table is copied
in batches, in an order that satisfies its foreign keys, then counted on both sides; the counts
are the receipt.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable

from monitor.errors import MonitorError

if TYPE_CHECKING:
    from monitor.store import Store

BATCH = 5_000
FIRST = ("authors", "customers")
"""Tables other tables point at (mentions.author_key -> authors): copied first."""
SKIP = {"_sqlite_migrations"}


@dataclass(frozen=True)
class Copied:
    table: str
    rows: int


def table_order(store: "Store") -> list[str]:
    names = [n for n in store.db.table_names() if n not in SKIP and not n.startswith("sqlite_")]
    return [n for n in FIRST if n in names] + [n for n in names if n not in FIRST]


def copy_store(source: "Store", target: "Store",
               progress: Callable[[str, int], None] = lambda table, n: None) -> list[Copied]:
    """Copy every table of `source` into the empty, migrated `target`; returns the rows copied
    per table. Raises MonitorError when the target holds data, lacks a table or column, or
    ends with other counts than the source."""
    if source.schema_version() != target.schema_version():
        raise MonitorError(f"the two stores are at different schema versions "
                           f"({source.schema_version()[-1]} and {target.schema_version()[-1]}); "
                           "open both with this version of the monitor first")
    tables = table_order(source)
    missing = sorted(set(tables) - set(table_order(target)))
    if missing:
        raise MonitorError(f"the target has no table {', '.join(missing)}")
    full = {t: n for t in tables if (n := target.count(t))}
    if full:
        held = ", ".join(f"{n:,} rows in {t}" for t, n in full.items())
        raise MonitorError(f"the target already holds data ({held}); migrate copies into an empty database")
    copied = []
    for table in tables:
        cursor = source.db.execute(f"SELECT * FROM {table}")
        columns = [d[0] for d in cursor.description]
        total = 0
        with target.db.atomic():
            while rows := cursor.fetchmany(BATCH):
                target.db.copy_rows(table, columns, rows)
                total += len(rows)
                progress(table, len(rows))
            target.db.after_copy(table)
        if target.count(table) != total or source.count(table) != total:
            raise MonitorError(f"{table}: copied {total:,} rows but the stores now hold "
                               f"{source.count(table):,} and {target.count(table):,}; "
                               "stop every process writing to the source and run migrate again "
                               "into an empty database")
        copied.append(Copied(table, total))
    return copied
