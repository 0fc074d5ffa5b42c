"""Run a collector into the store: each page's mentions and its cursor commit together.

A crash mid-run therefore loses nothing that was committed and, because the cursor moved
with the mentions, the next run neither skips nor duplicates anything.
"""

from __future__ import annotations

import dataclasses
import logging
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Sequence

from monitor.collectors.base import Quarantined, SourceResting
from monitor.errors import InputError, MonitorError
from monitor.mention import Mention, cut_text, iso
from monitor.store import SaveResult, Store

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class CollectResult(SaveResult):
    """A collector run's counts plus what it went through: retries, seconds waited, and the
    time the source rests until when the run ended 'resting' (or was `skipped` for resting)."""

    retries: int = 0
    waited_s: float = 0.0
    resting_until: str = ""
    skipped: bool = False


def run_collector(store: Store, collector: Any, job: str | None = None,
                  max_text_chars: int | None = None) -> CollectResult:
    """Fetch everything new from one collector, page by page, recording the run.

    Failures are recorded in job_runs (and alerted after repeated failures), then re-raised
    so the caller can report them; pages committed before the failure stay committed. A source
    that asks to wait past the run's budget (`SourceResting`) is no failure: the run ends
    'resting until T' and returns normally; its cursor already says where to resume. Every run
    records its retries and seconds waited. Texts longer than `max_text_chars` are stored cut
    (see `cut_texts`).
    """
    job = job or f"collect:{collector.name}"
    cursor_key = collector.name
    run_id = store.start_job(job)
    total = SaveResult()
    http = getattr(collector, "http", None)

    def waits() -> dict[str, Any]:
        return {"retries": getattr(http, "retries", 0), "waited_s": getattr(http, "waited_s", 0.0)}

    try:
        for page in collector.fetch(store.get_cursor(cursor_key)):
            total = total + store.save_page(
                cut_texts(page.mentions, max_text_chars), cursor_key, page.cursor,
                _quarantine_rows(page.quarantined)
            )
    except SourceResting as rest:
        until = iso(rest.until)
        message = http.mask(str(rest)) if http is not None else str(rest)
        logger.info("%s: resting until %s (%s); it resumes where it stopped", job, until, message)
        store.finish_job(run_id, "resting", total, f"resting until {until}: {message}",
                         resting_until=until, **waits())
        return CollectResult(*total.astuple(), resting_until=until, **waits())
    except Exception as exc:  # noqa: BLE001 - any source failure is recorded, then re-raised
        message = f"{type(exc).__name__}: {exc}"
        message = http.mask(message) if http is not None else message
        try:
            store.finish_job(run_id, "failed", total, message, **waits())
        except Exception:  # noqa: BLE001 - e.g. the write lock still held: the source's error matters
            logger.exception("could not record the failed run %s of %s", run_id, job)
        raise
    finally:
        close = getattr(collector, "close", None)
        if close:
            close()
    store.finish_job(run_id, "ok", total, **waits())
    return CollectResult(*total.astuple(), **waits())


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


IMPORT_BATCH = 5_000
ERRORS_SHOWN = 5


@dataclass
class FileImport:
    """What importing one file did: the counts, the bad rows skipped (the first few kept to
    show), and the authors it touched (to link them to customers)."""

    result: SaveResult
    bad_rows: int
    errors: list[InputError]
    author_keys: set[str]


def import_file(store: Store, path: Path, *, skip_bad: bool = False,
                max_text_chars: int | None = None, batch: int = IMPORT_BATCH) -> FileImport:
    """Import a mentions file all or nothing (with `skip_bad`, all good rows or nothing),
    streamed, so memory stays flat however large the file is.

    Pass 1 reads the file and checks every row; any bad row (without `skip_bad`) stops the
    import before anything is written, naming the first rows. Pass 2 reads it again and stores
    it in batches inside one transaction: a crash or a row that changed in between rolls the
    whole file back. Both passes show a progress bar on a terminal.
    """
    from monitor.collectors.file_import import iter_mention_file
    from monitor.progress import bar

    good, bad, errors = 0, 0, []
    with bar(None, f"checking {path.name}", "rows") as checking:
        for item in iter_mention_file(path):
            if isinstance(item, InputError):
                bad += 1
                if len(errors) < ERRORS_SHOWN:
                    errors.append(item)
            else:
                good += 1
            checking.update(1)
    if bad and not good:
        raise MonitorError(f"{errors[0]}. Nothing imported from {path}.")
    if bad and not skip_bad:
        shown = "; ".join(str(e) for e in errors)
        more = f" (and {bad - len(errors)} more)" if bad > len(errors) else ""
        raise MonitorError(f"{shown}{more}. Nothing imported from {path}; use --skip-bad "
                           "to import the good rows.")
    run_id = store.start_job(f"import:{path.name}")
    total, authors, pending = SaveResult(), set(), []
    try:
        with store.db.atomic(), bar(good, f"importing {path.name}") as importing:
            for item in iter_mention_file(path):
                if isinstance(item, InputError):
                    if not skip_bad:
                        raise MonitorError(f"{item}: {path} changed while it was imported; "
                                           "nothing imported")
                    continue
                pending.append(item)
                authors.add(item.author_key)
                if len(pending) >= batch:
                    total = total + store.save_page(cut_texts(pending, max_text_chars))
                    importing.update(len(pending))
                    pending = []
            total = total + store.save_page(cut_texts(pending, max_text_chars))
            importing.update(len(pending))
    except Exception as exc:
        store.finish_job(run_id, "failed", error=f"{type(exc).__name__}: {exc}")
        raise
    store.finish_job(run_id, "ok", total)
    return FileImport(total, bad, errors, authors)


def cut_texts(mentions: Sequence[Mention], max_text_chars: int | None) -> list[Mention]:
    """The mentions with every text longer than `max_text_chars` cut (`mention.cut_text`): what is
    stored is what gets scored, so one huge post cannot stall scoring; `raw` keeps it whole."""
    if max_text_chars is None:
        return list(mentions)
    return [m if len(m.text) <= max_text_chars else dataclasses.replace(
        m, text=cut_text(m.text, max_text_chars)) for m in mentions]


def _quarantine_rows(items: Iterable[Quarantined]) -> list[dict[str, Any]]:
    """Quarantine table rows, bounded so one huge broken payload cannot bloat the database, and
    storable: a lone surrogate (often why the item is here) is kept as U+FFFD."""
    return [{"source": item.source, "native_id": _storable(str(item.native_id)),
             "error": _storable(item.error[:2000]), "raw": _storable(item.raw_json[:20000])}
            for item in items]


def _storable(text: str) -> str:
    return re.sub("[\ud800-\udfff]", "\ufffd", text)
