"""The store layer: every read and write of the monitor's tables.

SQL lives only in this package: `db` opens the SQLite file, `migrations` holds the schema
(append-only), and one module per group of tables holds its reads and writes: `mentions`,
`jobs`, `verdicts`, `customers`, `casework` (case status, owner, notes, merges), `outbox` and
`alert_signals` (alerts and what their rules count), `labels`, `audit` (the audit log),
`privacy` (a person's erasure and access export), `retention` (time-based anonymisation);
`queries` holds the board's read-only queries across them and `reporting` the weekly report's.
`Store` is one class made of those mixins, so callers see one object. A PostgreSQL backend
later means a second package (or class) with these same methods, not a rewrite. Writes that
must not be split (a page of mentions and its cursor) happen in one transaction.
"""

from __future__ import annotations

from pathlib import Path

from monitor.store.customers import LINKED_STATUSES, MANUAL_LINK_STATUSES, Customers
from monitor.store.db import BUSY_TIMEOUT_MS, StoreBase, open_database
from monitor.store.jobs import Jobs
from monitor.store.labels import Labels
from monitor.store.mentions import Mentions, SaveResult
from monitor.store.outbox import CLAIM_STALE_S, AlertMaker, Outbox
from monitor.store.queries import ReadQueries
from monitor.store.reporting import ReportQueries
from monitor.store.retention import Retention
from monitor.store.verdicts import Verdicts

__all__ = [
    "AlertMaker", "BUSY_TIMEOUT_MS", "CLAIM_STALE_S", "LINKED_STATUSES", "MANUAL_LINK_STATUSES",
    "SaveResult", "Store", "StoreBase", "open_store",
]


class Store(Mentions, Jobs, Verdicts, Outbox, Customers, Labels, ReadQueries, ReportQueries, Retention):
    """All persistence of mentions, authors, customers, links, labels, cursors, alerts and runs."""


def open_store(path: str | Path) -> Store:
    """Open (creating if needed) the SQLite file, in WAL mode with a busy timeout, migrated; runs
    left 'running' by a process that is gone are marked interrupted (by whichever command opens
    the store next)."""
    path = Path(path)
    store = Store(open_database(path), path)
    store.mark_interrupted_runs()
    return store
