"""The store layer: every read and write of the monitor's tables.

SQL lives only in this package: `db` opens the SQLite file (`postgres` a PostgreSQL database
instead, running the same SQL), `migrations` holds the schema (append-only), `transfer` copies
one store into another, and one module per group of tables holds its reads and writes: `mentions`,
`counts` (hourly mention counts), `jobs`, `verdicts`, `customers`, `casework` (case status, owner, notes, merges), `outbox` and
`alert_signals` (alerts and what their rules count), `labels`, `audit` (the audit log),
`privacy` (a person's erasure and access export), `retention` (time-based anonymisation);
`queries` holds the board's read-only queries across them and `reporting` the weekly report's.
`Store` is one class made of those mixins, so callers see one object, whichever backend holds
the tables. Writes that must not be split (a page of mentions and its cursor) happen in one
transaction.
"""

from __future__ import annotations

from pathlib import Path

from monitor.store.customers import LINKED_STATUSES, MANUAL_LINK_STATUSES, Customers
from monitor.store.db import BUSY_TIMEOUT_MS, StoreBase, open_database
from monitor.store.jobs import Jobs
from monitor.store.labels import Labels
from monitor.store.mentions import Mentions, SaveResult
from monitor.store.migrations import migrations
from monitor.store.outbox import CLAIM_STALE_S, AlertMaker, Outbox
from monitor.store.postgres import is_postgres_url, open_postgres, redact_url
from monitor.store.queries import ReadQueries
from monitor.store.reporting import ReportQueries
from monitor.store.retention import Retention
from monitor.store.verdicts import Verdicts

__all__ = [
    "AlertMaker", "BUSY_TIMEOUT_MS", "CLAIM_STALE_S", "LINKED_STATUSES", "MANUAL_LINK_STATUSES",
    "SaveResult", "Store", "StoreBase", "display_location", "open_store", "store_location",
]


class Store(Mentions, Jobs, Verdicts, Outbox, Customers, Labels, ReadQueries, ReportQueries, Retention):
    """All persistence of mentions, authors, customers, links, labels, cursors, alerts and runs."""


def store_location(text: str | Path) -> Path | str:
    """Where the store lives, from the config or MONITOR_DB: a SQLite file (a path, or a
    `sqlite:///path` URL) or a `postgresql://user:password@host/db` URL (kept as text)."""
    if isinstance(text, Path):
        return text
    if is_postgres_url(text):
        return text
    if text.startswith("sqlite:///"):
        return Path(text[len("sqlite:///"):])
    return Path(text)


def display_location(location: str | Path) -> str:
    """The location to show or log: never a password."""
    return redact_url(location) if is_postgres_url(location) else str(location)


def open_store(location: str | Path) -> Store:
    """Open (creating if needed) the store, migrated: a SQLite file in WAL mode with a busy
    timeout, or a PostgreSQL database. Runs left 'running' by a process that is gone are
    marked interrupted (by whichever command opens the store next)."""
    location = store_location(location)
    if isinstance(location, str):
        store = Store(open_postgres(location, migrations), display_location(location))
    else:
        store = Store(open_database(location), location)
    store.mark_interrupted_runs()
    return store
