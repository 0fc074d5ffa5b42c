"""Run a collector into the store: each page's mentions and its cursor commit together.

A crash mid-run therefore loses nothing that was committed and, because the cursor moved
with the mentions, the next run neither skips nor duplicates anything.
"""

from __future__ import annotations

import logging
from typing import Any, Iterable, Sequence

from monitor.alerts import failing_source_alert
from monitor.collectors.base import Quarantined
from monitor.mention import Mention
from monitor.store import SaveResult, Store

logger = logging.getLogger(__name__)

def run_collector(store: Store, collector: Any, job: str | None = None) -> SaveResult:
    """Fetch everything new from one collector, page by page, recording the run.

    Failures are recorded in job_runs (and alerted after repeated failures), then re-raised
    so the caller can report them; pages committed before the failure stay committed.
    """
    job = job or f"collect:{collector.name}"
    cursor_key = collector.name
    run_id = store.start_job(job)
    total = SaveResult()
    try:
        for page in collector.fetch(store.get_cursor(cursor_key)):
            total = total + store.save_page(
                page.mentions, cursor_key, page.cursor, _quarantine_rows(page.quarantined)
            )
    except Exception as exc:  # noqa: BLE001 - any source failure is recorded, then re-raised
        message = f"{type(exc).__name__}: {exc}"
        http = getattr(collector, "http", None)
        message = http.mask(message) if http is not None else message
        store.finish_job(run_id, "failed", total, message)
        failing_source_alert(store, job, message)
        raise
    finally:
        close = getattr(collector, "close", None)
        if close:
            close()
    store.finish_job(run_id, "ok", total)
    return total


def import_mentions(store: Store, mentions: Sequence[Mention], label: str) -> SaveResult:
    """Store already-parsed mentions (a file import) in one transaction, as one job run."""
    run_id = store.start_job(f"import:{label}")
    try:
        result = store.save_page(mentions)
    except Exception as exc:
        store.finish_job(run_id, "failed", error=f"{type(exc).__name__}: {exc}")
        raise
    store.finish_job(run_id, "ok", result)
    return result


def _quarantine_rows(items: Iterable[Quarantined]) -> list[dict[str, Any]]:
    """Quarantine table rows, bounded so one huge broken payload cannot bloat the database."""
    return [{"source": item.source, "native_id": item.native_id, "error": item.error[:2000],
             "raw": item.raw_json[:20000]} for item in items]
