"""Run a collector into the store: each page's mentions and its cursor commit together.

A crash mid-run therefore loses nothing that was committed and, because the cursor moved
with the mentions, the next run neither skips nor duplicates anything.
"""

from __future__ import annotations

import dataclasses
import logging
from typing import Any, Iterable, Sequence

from monitor.alerts import failing_source_alert
from monitor.collectors.base import Quarantined
from monitor.mention import Mention, cut_text
from monitor.store import SaveResult, Store

logger = logging.getLogger(__name__)

def run_collector(store: Store, collector: Any, job: str | None = None,
                  max_text_chars: int | None = None) -> SaveResult:
    """Fetch everything new from one collector, page by page, recording the run.

    Failures are recorded in job_runs (and alerted after repeated failures), then re-raised
    so the caller can report them; pages committed before the failure stay committed. Texts
    longer than `max_text_chars` are stored cut (see `cut_texts`).
    """
    job = job or f"collect:{collector.name}"
    cursor_key = collector.name
    run_id = store.start_job(job)
    total = SaveResult()
    try:
        for page in collector.fetch(store.get_cursor(cursor_key)):
            total = total + store.save_page(
                cut_texts(page.mentions, max_text_chars), cursor_key, page.cursor,
                _quarantine_rows(page.quarantined)
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


def import_mentions(store: Store, mentions: Sequence[Mention], label: str,
                    max_text_chars: int | None = None) -> SaveResult:
    """Store already-parsed mentions (a file import) in one transaction, as one job run."""
    run_id = store.start_job(f"import:{label}")
    try:
        result = store.save_page(cut_texts(mentions, max_text_chars))
    except Exception as exc:
        store.finish_job(run_id, "failed", error=f"{type(exc).__name__}: {exc}")
        raise
    store.finish_job(run_id, "ok", result)
    return result


def cut_texts(mentions: Sequence[Mention], max_text_chars: int | None) -> list[Mention]:
    """The mentions with every text longer than `max_text_chars` cut (`mention.cut_text`): what is
    stored is what gets scored, so one huge post cannot stall scoring; `raw` keeps it whole."""
    if max_text_chars is None:
        return list(mentions)
    return [m if len(m.text) <= max_text_chars else dataclasses.replace(
        m, text=cut_text(m.text, max_text_chars)) for m in mentions]


def _quarantine_rows(items: Iterable[Quarantined]) -> list[dict[str, Any]]:
    """Quarantine table rows, bounded so one huge broken payload cannot bloat the database."""
    return [{"source": item.source, "native_id": item.native_id, "error": item.error[:2000],
             "raw": item.raw_json[:20000]} for item in items]
