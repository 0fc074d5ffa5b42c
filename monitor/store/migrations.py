"""Append-only schema migrations for the SQLite store: never edit one once merged, add a new one.

Each migration runs in a transaction with the record of it, so an existing database is
upgraded in place and a failed step leaves it as it was.
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

migrations = Migrations("monitor")


@migrations()
def m001_core(db: Database) -> None:
    db["authors"].create(
        {
            "author_key": str, "source": str, "author_id": str, "handle": str, "name": str,
            "url": str, "first_seen_at": str, "last_seen_at": str,
        },
        pk="author_key",
    )
    db["mentions"].create(
        {
            "id": str, "source": str, "native_id": str, "brand": str, "author_key": str,
            "text": str, "text_hash": str, "lang": str, "created_at": str, "collected_at": str,
            "url": str, "raw_json": str, "repost_count": int,
            "category": str, "p_complaint": float, "p_disrespectful": float, "p_founded": float,
            "founded": int, "model_version": str, "scored_at": str, "assessed": int,
        },
        pk="id",
        defaults={"repost_count": 0, "assessed": 0},
        foreign_keys=[("author_key", "authors", "author_key")],
    )
    db["mentions"].create_index(["author_key", "created_at"])
    db["mentions"].create_index(["created_at"])
    db["mentions"].create_index(["collected_at"])
    db.execute("CREATE INDEX idx_mentions_unassessed ON mentions(author_key)"
               " WHERE assessed = 0 AND scored_at IS NOT NULL")
    db["mentions"].create_index(["text_hash"])
    db.execute("CREATE INDEX idx_mentions_unscored ON mentions(collected_at) WHERE scored_at IS NULL")
    db["reposts"].create(
        {"id": str, "original_id": str, "author_key": str, "created_at": str, "collected_at": str},
        pk="id",
    )
    db["reposts"].create_index(["original_id"])
    db["customers"].create(
        {
            "customer_id": str, "name": str, "email": str, "phone": str, "handles_json": str,
            "customer_since": str, "plan": str, "monthly_value": float, "overdue_balance": float,
            "days_overdue": int, "flags": str, "imported_at": str,
        },
        pk="customer_id",
    )
    db["author_links"].create(
        {
            "author_key": str, "customer_id": str, "method": str, "confidence": float,
            "status": str, "decided_by": str, "decided_at": str,
        },
        pk="author_key",
    )
    db["author_links"].create_index(["customer_id"])
    db["labels"].create(
        {"id": int, "mention_id": str, "text": str, "label": str, "lang": str,
         "labelled_by": str, "labelled_at": str},
        pk="id",
    )
    db["cursors"].create(
        {"collector": str, "cursor": str, "updated_at": str}, pk="collector"
    )
    db["alerts"].create(
        {"id": str, "kind": str, "subject": str, "title": str, "body": str,
         "created_at": str, "claimed_at": str, "sent_at": str, "attempts": int, "last_error": str},
        pk="id",
        defaults={"attempts": 0},
    )
    db["job_runs"].create(
        {"id": int, "job": str, "started_at": str, "finished_at": str, "status": str,
         "stored": int, "duplicates": int, "quarantined": int, "error": str},
        pk="id",
    )
    db["job_runs"].create_index(["job", "started_at"])
    db["quarantine"].create(
        {"id": int, "source": str, "native_id": str, "error": str, "raw": str, "created_at": str},
        pk="id",
    )
    db["verdicts"].create(
        {"subject_key": str, "subject_type": str, "verdict": str, "score": float,
         "figures_json": str, "evidence_json": str, "reasons_json": str,
         "verdict_since": str, "updated_at": str},
        pk="subject_key",
    )
    db["verdict_history"].create(
        {"id": int, "subject_key": str, "verdict": str, "previous": str, "score": float,
         "changed_at": str},
        pk="id",
    )
    db["verdict_history"].create_index(["subject_key", "changed_at"])
    db["coordinated_groups"].create(
        {"group_id": str, "members_json": str, "mention_ids_json": str, "first_at": str,
         "last_at": str, "occurrences": int, "sample_text": str, "updated_at": str},
        pk="group_id",
    )
    db["case_steps"].create(
        {"subject_key": str, "step_id": str, "done_at": str, "done_by": str},
        pk=("subject_key", "step_id"),
    )
    db["embeddings"].create(
        {"model": str, "text_hash": str, "vector": bytes}, pk=("model", "text_hash")
    )


@migrations()
def m002_case_work(db: Database) -> None:
    """A case's status and owner, and its timeline of notes, status changes and merges."""
    db["case_state"].create(
        {"subject_key": str, "status": str, "owner": str, "updated_at": str, "updated_by": str},
        pk="subject_key",
    )
    db["case_events"].create(
        {"id": int, "subject_key": str, "at": str, "by": str, "kind": str, "detail": str},
        pk="id",
    )
    db["case_events"].create_index(["subject_key", "at"])


@migrations()
def m003_customer_currency(db: Database) -> None:
    """Each customer's currency, so amounts are shown in it (blank: the playbook.currency setting)."""
    db["customers"].add_column("currency", str)


@migrations()
def m004_board_index(db: Database) -> None:
    """One covering index for the board's headline numbers, its per-day chart and its filters:
    they read a period of mentions without touching the table rows."""
    db.execute("CREATE INDEX idx_mentions_board ON mentions"
               "(created_at, category, lang, source, scored_at, p_disrespectful, founded)")
    db["authors"].create_index(["last_seen_at"])


@migrations()
def m005_sureness(db: Database) -> None:
    """How sure the model is of each scored mention (0 = on its bar), so the label tab finds the
    least sure ones through an index instead of sorting every mention."""
    db["mentions"].add_column("sureness", float)
    db.execute("UPDATE mentions SET sureness = min(abs(p_disrespectful - 0.5), abs(p_founded - 0.5))"
               " WHERE scored_at IS NOT NULL")
    db.execute("CREATE INDEX idx_mentions_sureness ON mentions(sureness) WHERE sureness IS NOT NULL")


@migrations()
def m006_facets(db: Database) -> None:
    """The distinct languages, sources and categories seen, kept as mentions are stored and
    scored, so the board's filters never scan the mentions table."""
    db["facets"].create({"kind": str, "value": str}, pk=("kind", "value"))
    for kind in ("lang", "source", "category"):
        db.execute(f"INSERT OR IGNORE INTO facets (kind, value) SELECT DISTINCT '{kind}', {kind}"
                   f" FROM mentions WHERE {kind} IS NOT NULL AND {kind} != ''")


@migrations()
def m007_alert_states(db: Database) -> None:
    """Each alert's state (pending, sent, digest: sent inside a digest, historic: about old
    evidence, never sent), the person it is about (so a person's alerts share cooldowns and a
    customer with two accounts gets one alert), when its evidence happened, and the digest that
    carried it. And the model's sureness by posting time, so the drift rule counts a week of
    unsure mentions from the index alone (20-30 ms instead of 0.3-8 s on 1,000,000 mentions)."""
    for column in ("state", "person", "evidence_at", "digest_id"):
        db["alerts"].add_column(column, str)
    db.execute("UPDATE alerts SET state = CASE WHEN sent_at IS NULL THEN 'pending' ELSE 'sent' END,"
               " person = subject, evidence_at = created_at")
    db.execute("CREATE INDEX idx_alerts_state ON alerts(state, created_at)")
    db.execute("CREATE INDEX idx_alerts_person ON alerts(person, kind, created_at)")
    db.execute("CREATE INDEX idx_mentions_sureness_time ON mentions(created_at, sureness)"
               " WHERE sureness IS NOT NULL")


@migrations()
def m008_job_owner(db: Database) -> None:
    """Which process (pid on host) started each run, so a run whose process is gone (killed, or
    crashed past its own error handling) is told from one still under way and shown as
    interrupted, instead of 'running' for ever."""
    db["job_runs"].add_column("pid", int)
    db["job_runs"].add_column("host", str)
    db.execute("CREATE INDEX idx_job_runs_running ON job_runs(id) WHERE status = 'running'")

@migrations()
def m009_collect_progress(db: Database) -> None:
    """What each run went through and where collection rests. A run records its retries and the
    seconds it waited (a recovered fault is visible, not just 'ok') and, when a source asked to
    wait past the run's budget, the time it rests until (status 'resting'), which the scheduler
    respects. A repost whose original was never stored keeps that original's id apart, in
    `unresolved_original`, so `original_id` only ever names a stored mention; the original
    resolves it if it arrives later. Existing dangling reposts are moved there."""
    db["job_runs"].add_column("retries", int)
    db["job_runs"].add_column("waited_s", float)
    db["job_runs"].add_column("resting_until", str)
    db["reposts"].add_column("unresolved_original", str)
    db.execute("UPDATE reposts SET unresolved_original = original_id, original_id = NULL"
               " WHERE original_id NOT IN (SELECT id FROM mentions)")
    db.execute("CREATE INDEX idx_reposts_unresolved ON reposts(unresolved_original)"
               " WHERE unresolved_original IS NOT NULL")


@migrations()
def m010_audit_log(db: Database) -> None:
    """Who did what, when: every label, link decision, checklist step, case status, owner and
    note, model promotion, erasure, export and retention run (`store/audit.py`). A subject is
    named by its key, never by text; an erased subject by a one-way hash."""
    db["audit_log"].create(
        {"id": int, "at": str, "actor": str, "action": str, "target": str, "detail": str},
        pk="id",
    )
    db["audit_log"].create_index(["at"])
    db["audit_log"].create_index(["target"])


@migrations()
def m011_verdict_index(db: Database) -> None:
    """Verdicts by name, so counting people per verdict (the board's headline numbers) reads a
    small index instead of every verdict row with its figures: 0.27 s -> a few ms at 360,000."""
    db.execute("CREATE INDEX idx_verdicts_verdict ON verdicts(verdict)")


@migrations()
def m012_label_order(db: Database) -> None:
    """The label tab's order whole in one index (least sure first, then newest), so its first
    300 rows are read in order instead of sorting every mention that shares the lowest
    sureness: 4.0 s -> milliseconds on PostgreSQL with 5,000,000 mentions. It replaces the
    sureness-only index of m005."""
    db.execute("CREATE INDEX idx_mentions_label_order ON mentions(sureness, created_at DESC, id)"
               " WHERE sureness IS NOT NULL")
    db.execute("DROP INDEX idx_mentions_sureness")


@migrations()
def m013_mention_counts(db: Database) -> None:
    """Mention counts per UTC hour, source, brand, language and category (`store/counts.py`),
    and the signed changes writers append to them, counted once from the mentions stored so
    far: the board's per-day chart and per-source figures then read thousands of count rows
    instead of millions of mentions (1.5 s -> milliseconds on PostgreSQL at 5,000,000)."""
    key = {"hour": str, "source": str, "brand": str, "lang": str, "category": str}
    db["mention_counts"].create({**key, "mentions": int}, pk=tuple(key))
    db["mention_count_changes"].create({"id": int, **key, "change": int}, pk="id")
    db.execute("CREATE INDEX idx_mention_count_changes_hour ON mention_count_changes(hour)")
    db.execute("INSERT INTO mention_counts (hour, source, brand, lang, category, mentions)"
               " SELECT substr(created_at, 1, 13), source, COALESCE(brand, ''), COALESCE(lang, ''),"
               " COALESCE(category, ''), COUNT(*) FROM mentions GROUP BY 1, 2, 3, 4, 5")
