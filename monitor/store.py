"""The store layer: every read and write of the monitor's tables.

SQL lives only here, in `store_queries.py` (read queries for the board and reports, mixed
into `Store`) and in `migrations.py` (the schema). A PostgreSQL backend later means a second
class with these same methods, not a rewrite.
Writes that must not be split (a page of mentions and its cursor) happen in one transaction.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence

import numpy as np
import pandas as pd
from sqlite_utils import Database

from monitor.errors import MonitorError
from monitor.mention import Mention, iso, utcnow
from monitor.migrations import migrations
from monitor.store_queries import LINKED_STATUSES, ReadQueries

BUSY_TIMEOUT_MS = 30_000
CLAIM_STALE_S = 300
AlertMaker = Callable[[dict[str, Any]], "dict[str, str] | None"]
MANUAL_LINK_STATUSES = ("manual", "confirmed", "rejected")


@dataclass(frozen=True)
class SaveResult:
    stored: int = 0
    duplicates: int = 0
    reposts: int = 0
    quarantined: int = 0

    def __add__(self, other: "SaveResult") -> "SaveResult":
        return SaveResult(*(a + b for a, b in zip(self.astuple(), other.astuple())))

    def astuple(self) -> tuple[int, int, int, int]:
        return (self.stored, self.duplicates, self.reposts, self.quarantined)


def text_hash(text: str) -> str:
    """Hash of the whitespace-normalised, case-folded text: repeated texts share one embedding."""
    return hashlib.sha1(" ".join(text.split()).casefold().encode("utf-8")).hexdigest()


def open_store(path: str | Path) -> "Store":
    """Open (creating if needed) the SQLite file, in WAL mode with a busy timeout, migrated."""
    path = Path(path)
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
    return Store(db, path)


class Store(ReadQueries):
    """All persistence of mentions, authors, customers, links, labels, cursors, alerts and runs."""

    def __init__(self, db: Database, path: Path):
        self.db = db
        self.path = path

    def close(self) -> None:
        self.db.close()

    def schema_version(self) -> list[str]:
        return [m.name for m in migrations.applied(self.db)]

    # ---- ingest -------------------------------------------------------------------------

    def save_page(
        self,
        mentions: Sequence[Mention],
        collector: str | None = None,
        cursor: str | None = None,
        quarantined: Iterable[dict[str, Any]] = (),
    ) -> SaveResult:
        """Store a page of mentions, its quarantined items and the collector's cursor atomically.

        Mentions already stored are skipped (their first collected time is kept); a repost
        is recorded once and counted as amplification of its original.
        """
        now = iso(utcnow())
        stored = duplicates = reposts = 0
        bad = list(quarantined)
        with self.db.atomic():
            for mention in mentions:
                self._upsert_author(mention, now)
                if mention.reposts_of:
                    reposts += self._save_repost(mention, now)
                    continue
                cur = self.db.execute(
                    "INSERT OR IGNORE INTO mentions (id, source, native_id, brand, author_key, text,"
                    " text_hash, lang, created_at, collected_at, url, raw_json, repost_count)"
                    " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,"
                    " (SELECT COUNT(*) FROM reposts WHERE original_id = ?))",
                    [mention.id, mention.source, mention.native_id, mention.brand,
                     mention.author_key, mention.text, text_hash(mention.text), mention.lang,
                     iso(mention.created_at), now, mention.url,
                     json.dumps(mention.raw, ensure_ascii=False, default=str), mention.id],
                )
                if cur.rowcount:
                    stored += 1
                else:
                    duplicates += 1
            for item in bad:
                self.db["quarantine"].insert({**item, "created_at": now})
            if collector is not None and cursor is not None:
                self.db["cursors"].upsert(
                    {"collector": collector, "cursor": cursor, "updated_at": now}, pk="collector"
                )
        return SaveResult(stored, duplicates, reposts, len(bad))

    def _upsert_author(self, mention: Mention, now: str) -> None:
        key = mention.author_key
        seen = iso(mention.created_at)
        self.db.execute(
            "INSERT INTO authors (author_key, source, author_id, handle, name, url, first_seen_at,"
            " last_seen_at) VALUES (?,?,?,?,?,?,?,?) ON CONFLICT(author_key) DO UPDATE SET"
            " handle = COALESCE(NULLIF(excluded.handle, ''), handle),"
            " name = COALESCE(NULLIF(excluded.name, ''), name),"
            " first_seen_at = MIN(first_seen_at, excluded.first_seen_at),"
            " last_seen_at = MAX(last_seen_at, excluded.last_seen_at)",
            [key, mention.source, mention.author_id, mention.author_handle, mention.author_name,
             "", seen, seen],
        )

    def _save_repost(self, mention: Mention, now: str) -> int:
        cur = self.db.execute(
            "INSERT OR IGNORE INTO reposts (id, original_id, author_key, created_at, collected_at)"
            " VALUES (?,?,?,?,?)",
            [mention.id, mention.reposts_of, mention.author_key, iso(mention.created_at), now],
        )
        if cur.rowcount:
            self.db.execute(
                "UPDATE mentions SET repost_count = repost_count + 1 WHERE id = ?", [mention.reposts_of]
            )
        return cur.rowcount

    def get_cursor(self, collector: str) -> str | None:
        row = self.db.execute("SELECT cursor FROM cursors WHERE collector = ?", [collector]).fetchone()
        return row[0] if row else None

    def count(self, table: str = "mentions") -> int:
        return self.db[table].count

    def quarantined(self, limit: int = 100) -> pd.DataFrame:
        return self._frame("SELECT * FROM quarantine ORDER BY id DESC LIMIT ?", [limit])

    # ---- job runs -----------------------------------------------------------------------

    def start_job(self, job: str) -> int:
        with self.db.atomic():
            return self.db["job_runs"].insert(
                {"job": job, "started_at": iso(utcnow()), "status": "running"}
            ).last_pk

    def finish_job(self, run_id: int, status: str, result: SaveResult | None = None,
                   error: str = "") -> None:
        result = result or SaveResult()
        with self.db.atomic():
            self.db["job_runs"].update(run_id, {
                "finished_at": iso(utcnow()), "status": status, "stored": result.stored,
                "duplicates": result.duplicates, "quarantined": result.quarantined,
                "error": error[:2000],
            })

    def consecutive_failures(self, job: str) -> int:
        """How many of the job's latest finished runs failed in a row."""
        rows = self.db.execute(
            "SELECT status FROM job_runs WHERE job = ? AND status != 'running'"
            " ORDER BY id DESC LIMIT 50", [job]
        ).fetchall()
        failures = 0
        for (status,) in rows:
            if status != "failed":
                break
            failures += 1
        return failures

    def last_run_started(self, job: str) -> str | None:
        """Start of the job's last run that finished; an interrupted run does not count."""
        row = self.db.execute("SELECT MAX(started_at) FROM job_runs WHERE job = ?"
                              " AND finished_at IS NOT NULL", [job]).fetchone()
        return row[0] if row else None

    def mark_interrupted_runs(self) -> int:
        """Runs still 'running' when a scheduler starts were cut off by a crash or a kill."""
        with self.db.atomic():
            return self.db.execute("UPDATE job_runs SET status = 'interrupted'"
                                   " WHERE status = 'running'").rowcount

    def last_ok_run_id(self, job: str) -> int:
        """Id of the job's last successful run (0 if none): marks where a failure streak began."""
        row = self.db.execute(
            "SELECT MAX(id) FROM job_runs WHERE job = ? AND status = 'ok'", [job]
        ).fetchone()
        return int(row[0] or 0)

    def job_health(self) -> pd.DataFrame:
        """Per job: last run, last status, last error, consecutive failures."""
        frame = self._frame(
            "SELECT job, MAX(id) AS last_id, COUNT(*) AS runs, SUM(stored) AS stored"
            " FROM job_runs GROUP BY job ORDER BY job"
        )
        if frame.empty:
            return frame
        last = self._frame(
            "SELECT id AS last_id, started_at, status, error FROM job_runs WHERE id IN (%s)"
            % ",".join("?" * len(frame)), [int(v) for v in frame["last_id"]]
        )
        frame = frame.merge(last, on="last_id")
        frame["consecutive_failures"] = [self.consecutive_failures(j) for j in frame["job"]]
        return frame.drop(columns=["last_id"])

    # ---- scoring ------------------------------------------------------------------------

    def unscored(self, limit: int) -> pd.DataFrame:
        return self._frame(
            "SELECT id, text, lang, text_hash FROM mentions WHERE scored_at IS NULL"
            " ORDER BY collected_at LIMIT ?", [limit]
        )

    def save_scores(self, scores: pd.DataFrame, model_version: str) -> None:
        """Scores per mention id: category, p_complaint, p_disrespectful, p_founded, founded."""
        now = iso(utcnow())
        rows = [
            (r.category, float(r.p_complaint), float(r.p_disrespectful), float(r.p_founded),
             int(bool(r.founded)), model_version, now, r.id)
            for r in scores.itertuples(index=False)
        ]
        with self.db.atomic():
            self.db.conn.executemany(
                "UPDATE mentions SET category=?, p_complaint=?, p_disrespectful=?, p_founded=?,"
                " founded=?, model_version=?, scored_at=? WHERE id=?", rows
            )

    def clear_scores(self) -> int:
        """Mark every mention for re-scoring (after switching the model version)."""
        with self.db.atomic():
            return self.db.execute("UPDATE mentions SET scored_at = NULL, assessed = 0").rowcount

    def get_embeddings(self, model: str, hashes: Sequence[str]) -> dict[str, np.ndarray]:
        found: dict[str, np.ndarray] = {}
        unique = list(dict.fromkeys(hashes))
        for start in range(0, len(unique), 500):
            chunk = unique[start:start + 500]
            rows = self.db.execute(
                "SELECT text_hash, vector FROM embeddings WHERE model = ? AND text_hash IN (%s)"
                % ",".join("?" * len(chunk)), [model, *chunk]
            ).fetchall()
            found.update({h: np.frombuffer(v, dtype=np.float32) for h, v in rows})
        return found

    def put_embeddings(self, model: str, vectors: dict[str, np.ndarray]) -> None:
        with self.db.atomic():
            self.db.conn.executemany(
                "INSERT OR IGNORE INTO embeddings (model, text_hash, vector) VALUES (?,?,?)",
                [(model, h, np.asarray(v, dtype=np.float32).tobytes()) for h, v in vectors.items()],
            )

    # ---- reads for detection, board and reports ----------------------------------------

    def mentions_frame(self, since: str | None = None, author_keys: Sequence[str] | None = None,
                       limit: int | None = None, scored_only: bool = False) -> pd.DataFrame:
        """Mentions joined with their author and customer link, newest first."""
        where, args = ["1=1"], []
        if since:
            where.append("m.created_at >= ?")
            args.append(since)
        if scored_only:
            where.append("m.scored_at IS NOT NULL")
        if author_keys is not None:
            where.append("m.author_key IN (SELECT value FROM json_each(?))")
            args.append(json.dumps(list(author_keys)))
        sql = (
            "SELECT m.id, m.source, m.brand, m.author_key, a.handle, a.name AS author_name,"
            " l.customer_id, m.text, m.lang, m.created_at, m.collected_at, m.url, m.category,"
            " m.p_complaint, m.p_disrespectful, m.p_founded, m.founded, m.repost_count AS reposts,"
            " m.text_hash, m.model_version"
            " FROM mentions m JOIN authors a ON a.author_key = m.author_key"
            " LEFT JOIN author_links l ON l.author_key = m.author_key"
            f"   AND l.status IN {LINKED_STATUSES}"
            f" WHERE {' AND '.join(where)} ORDER BY m.created_at DESC"
        )
        if limit:
            sql += " LIMIT ?"
            args.append(limit)
        frame = self._frame(sql, args)
        for column in ("created_at", "collected_at"):
            frame[column] = pd.to_datetime(frame[column], utc=True, format="ISO8601")
        return frame

    def unassessed(self) -> pd.DataFrame:
        """Scored mentions that detection has not taken into account yet (id, author_key)."""
        return self._frame("SELECT id, author_key FROM mentions"
                           " WHERE assessed = 0 AND scored_at IS NOT NULL")

    def mark_assessed(self, mention_ids: Sequence[str]) -> None:
        """Record that detection has taken these mentions into account."""
        with self.db.atomic():
            self.db.execute("UPDATE mentions SET assessed = 1 WHERE id IN"
                            " (SELECT value FROM json_each(?))", [json.dumps(list(mention_ids))])

    def linked_author_keys(self, customer_ids: Sequence[str]) -> list[str]:
        rows = self.db.execute(
            f"SELECT author_key FROM author_links WHERE status IN {LINKED_STATUSES}"
            " AND customer_id IN (SELECT value FROM json_each(?))", [json.dumps(list(customer_ids))]
        ).fetchall()
        return [r[0] for r in rows]

    def authors_frame(self, author_keys: Sequence[str] | None = None) -> pd.DataFrame:
        """Authors (all, or the given ones) with their customer link, if any."""
        where, args = "", []
        if author_keys is not None:
            where = " WHERE a.author_key IN (SELECT value FROM json_each(?))"
            args = [json.dumps(list(author_keys))]
        return self._frame(
            "SELECT a.*, l.customer_id, l.method AS link_method, l.confidence AS link_confidence,"
            " l.status AS link_status FROM authors a"
            f" LEFT JOIN author_links l ON l.author_key = a.author_key{where} ORDER BY a.author_key", args
        )

    # ---- verdicts and coordinated groups ------------------------------------------------

    def save_verdicts(self, rows: Sequence[dict[str, Any]], now: str,
                      alert_for: AlertMaker | None = None) -> list[dict[str, Any]]:
        """Upsert verdicts; record a history row for each change. Returns the changed rows.

        `alert_for(changed_row)` may return an alert to queue in the same transaction, so a
        crash can never record a new verdict without its alert.
        """
        changed = []
        with self.db.atomic():
            for row in rows:
                old = self.db.execute(
                    "SELECT verdict, verdict_since FROM verdicts WHERE subject_key = ?",
                    [row["subject_key"]],
                ).fetchone()
                previous = old[0] if old else "none"
                since = old[1] if old and previous == row["verdict"] else now
                self.db["verdicts"].upsert({**row, "verdict_since": since, "updated_at": now},
                                           pk="subject_key")
                if previous != row["verdict"]:
                    self.db["verdict_history"].insert({
                        "subject_key": row["subject_key"], "verdict": row["verdict"],
                        "previous": previous, "score": row["score"], "changed_at": now,
                    })
                    changed.append({**row, "previous": previous})
                    self._queue(alert_for, changed[-1])
        return changed

    def verdicts_frame(self, verdict: str | None = None) -> pd.DataFrame:
        sql = "SELECT * FROM verdicts"
        args: list[Any] = []
        if verdict:
            sql += " WHERE verdict = ?"
            args.append(verdict)
        return self._frame(sql + " ORDER BY score DESC", args)

    def verdict_history(self, subject_key: str | None = None) -> pd.DataFrame:
        if subject_key:
            return self._frame("SELECT * FROM verdict_history WHERE subject_key = ? ORDER BY id",
                               [subject_key])
        return self._frame("SELECT * FROM verdict_history ORDER BY id DESC LIMIT 500")

    def save_groups(self, groups: Sequence[dict[str, Any]],
                    alert_for: AlertMaker | None = None) -> list[str]:
        """Upsert coordinated groups; returns ids of groups seen for the first time.

        `alert_for(new_group_row)` may return an alert queued in the same transaction.
        """
        new = []
        now = iso(utcnow())
        with self.db.atomic():
            for group in groups:
                exists = self.db.execute("SELECT 1 FROM coordinated_groups WHERE group_id = ?",
                                         [group["group_id"]]).fetchone()
                self.db["coordinated_groups"].upsert({**group, "updated_at": now}, pk="group_id")
                if not exists:
                    new.append(group["group_id"])
                    self._queue(alert_for, group)
        return new

    def groups_frame(self) -> pd.DataFrame:
        return self._frame("SELECT * FROM coordinated_groups ORDER BY last_at DESC")

    # ---- customers and links ------------------------------------------------------------

    def upsert_customers(self, customers: Sequence[dict[str, Any]]) -> int:
        now = iso(utcnow())
        with self.db.atomic():
            self.db["customers"].upsert_all(
                [{**c, "imported_at": now} for c in customers], pk="customer_id"
            )
        return len(customers)

    def customers_frame(self) -> pd.DataFrame:
        return self._frame("SELECT * FROM customers ORDER BY customer_id")

    def save_link_proposals(self, proposals: Sequence[dict[str, Any]]) -> int:
        """Store automatic links and proposals; a person's decision (manual/confirmed/rejected) wins."""
        written = 0
        with self.db.atomic():
            for link in proposals:
                row = self.db.execute("SELECT status FROM author_links WHERE author_key = ?",
                                      [link["author_key"]]).fetchone()
                if row and row[0] in MANUAL_LINK_STATUSES:
                    continue
                self.db["author_links"].upsert(
                    {**link, "decided_by": "linker", "decided_at": iso(utcnow())}, pk="author_key"
                )
                written += 1
        return written

    def customer_of(self, subject_key: str) -> dict[str, Any] | None:
        """The customer record behind a subject: `customer:<id>`, or a linked author."""
        if subject_key.startswith("customer:"):
            sql, arg = "SELECT * FROM customers WHERE customer_id = ?", subject_key.split(":", 1)[1]
        else:
            sql = ("SELECT c.* FROM customers c JOIN author_links l ON l.customer_id = c.customer_id"
                   f" WHERE l.author_key = ? AND l.status IN {LINKED_STATUSES}")
            arg = subject_key
        frame = self._frame(sql, [arg])
        return None if frame.empty else frame.iloc[0].to_dict()

    def decide_link(self, author_key: str, customer_id: str | None, status: str, by: str) -> None:
        """A person links, confirms or rejects: status manual | confirmed | rejected."""
        if status not in MANUAL_LINK_STATUSES:
            raise ValueError(f"unknown link status {status!r}")
        with self.db.atomic():
            self.db["author_links"].upsert({
                "author_key": author_key, "customer_id": customer_id, "method": "manual",
                "confidence": 1.0, "status": status, "decided_by": by,
                "decided_at": iso(utcnow()),
            }, pk="author_key")

    def links_frame(self, status: str | None = None) -> pd.DataFrame:
        sql = ("SELECT l.*, a.handle, a.name AS author_name, c.name AS customer_name"
               " FROM author_links l JOIN authors a ON a.author_key = l.author_key"
               " LEFT JOIN customers c ON c.customer_id = l.customer_id")
        args: list[Any] = []
        if status:
            sql += " WHERE l.status = ?"
            args.append(status)
        return self._frame(sql + " ORDER BY l.confidence DESC", args)

    # ---- labels and case steps ----------------------------------------------------------

    def save_label(self, mention_id: str, label: str, by: str) -> None:
        row = self.db.execute("SELECT text, lang FROM mentions WHERE id = ?", [mention_id]).fetchone()
        if row is None:
            raise KeyError(mention_id)
        with self.db.atomic():
            self.db["labels"].insert({
                "mention_id": mention_id, "text": row[0], "label": label, "lang": row[1],
                "labelled_by": by, "labelled_at": iso(utcnow()),
            })

    def labels_frame(self) -> pd.DataFrame:
        """Latest label per mention (a later correction replaces an earlier one)."""
        return self._frame(
            "SELECT mention_id, text, label, lang, labelled_by, labelled_at FROM labels"
            " WHERE id IN (SELECT MAX(id) FROM labels GROUP BY mention_id) ORDER BY id"
        )

    def set_step(self, subject_key: str, step_id: str, done: bool, by: str) -> None:
        with self.db.atomic():
            if done:
                self.db["case_steps"].upsert({"subject_key": subject_key, "step_id": step_id,
                                              "done_at": iso(utcnow()), "done_by": by},
                                             pk=("subject_key", "step_id"))
            else:
                self.db.execute("DELETE FROM case_steps WHERE subject_key = ? AND step_id = ?",
                                [subject_key, step_id])

    def done_steps(self, subject_key: str) -> set[str]:
        rows = self.db.execute("SELECT step_id FROM case_steps WHERE subject_key = ?",
                               [subject_key]).fetchall()
        return {r[0] for r in rows}

    # ---- alert outbox -------------------------------------------------------------------

    def enqueue_alert(self, alert_id: str, kind: str, subject: str, title: str, body: str) -> bool:
        """Queue an alert once: the deterministic id makes a repeated enqueue a no-op."""
        with self.db.atomic():
            return self._insert_alert({"id": alert_id, "kind": kind, "subject": subject,
                                       "title": title, "body": body})

    def _insert_alert(self, alert: dict[str, str]) -> bool:
        cur = self.db.execute(
            "INSERT OR IGNORE INTO alerts (id, kind, subject, title, body, created_at, attempts)"
            " VALUES (?,?,?,?,?,?,0)",
            [alert["id"], alert["kind"], alert["subject"], alert["title"], alert["body"],
             iso(utcnow())],
        )
        return bool(cur.rowcount)

    def _queue(self, alert_for: AlertMaker | None, row: dict[str, Any]) -> None:
        alert = alert_for(row) if alert_for else None
        if alert:
            self._insert_alert(alert)

    def pending_alerts(self, limit: int = 50) -> list[dict[str, Any]]:
        return list(self.db.query(
            "SELECT * FROM alerts WHERE sent_at IS NULL ORDER BY created_at, id LIMIT ?", [limit]
        ))

    def claim_alert(self, alert_id: str, stale_after_s: int = CLAIM_STALE_S) -> bool:
        """Take an alert for sending, so two processes on one database never both send it.

        A claim older than `stale_after_s` (its sender died) can be taken again.
        """
        now = utcnow()
        with self.db.atomic():
            cur = self.db.execute(
                "UPDATE alerts SET claimed_at = ? WHERE id = ? AND sent_at IS NULL"
                " AND (claimed_at IS NULL OR claimed_at <= ?)",
                [iso(now), alert_id, iso(now - timedelta(seconds=stale_after_s))],
            )
        return cur.rowcount == 1

    def mark_alert(self, alert_id: str, sent: bool, error: str = "") -> None:
        with self.db.atomic():
            if sent:
                self.db.execute("UPDATE alerts SET sent_at = ?, attempts = attempts + 1,"
                                " last_error = NULL WHERE id = ? AND sent_at IS NULL",
                                [iso(utcnow()), alert_id])
            else:
                self.db.execute("UPDATE alerts SET attempts = attempts + 1, last_error = ?,"
                                " claimed_at = NULL WHERE id = ?", [error[:500], alert_id])

    def alerts_frame(self, limit: int = 200) -> pd.DataFrame:
        return self._frame("SELECT * FROM alerts ORDER BY created_at DESC LIMIT ?", [limit])

    # ---- helpers ------------------------------------------------------------------------

    def _frame(self, sql: str, args: Sequence[Any] = ()) -> pd.DataFrame:
        cur = self.db.execute(sql, list(args))
        columns = [d[0] for d in cur.description]
        return pd.DataFrame(cur.fetchall(), columns=columns)
