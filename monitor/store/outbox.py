"""The alert outbox: alerts are queued in the database and sent (once) by whoever claims them.

Queuing in the same transaction as the change that caused the alert means a crash can never
record a verdict without its alert; claiming means two processes never both send one.
An alert's state is `pending` (waiting to go out), `sent` (on its own), `digest` (inside one
digest message) or `historic` (about evidence older than the alerts.historic_hours setting:
recorded and shown on the board, never sent unless someone re-queues it).
"""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any, Callable, Sequence

import pandas as pd

from monitor.mention import iso, utcnow
from monitor.store.alert_signals import AlertSignals

CLAIM_STALE_S = 300
AlertMaker = Callable[[dict[str, Any]], "dict[str, str] | None"]
STATES = ("pending", "sent", "digest", "historic")
TOLD = ("pending", "sent", "digest")
"""States of an alert the team has been, or is about to be, told about (cooldowns count these)."""
_CLAIMABLE = "state = 'pending' AND (claimed_at IS NULL OR claimed_at <= ?)"


class Outbox(AlertSignals):
    """The alerts table."""

    def enqueue_alert(self, alert_id: str, kind: str, subject: str, title: str, body: str,
                      *, person: str | None = None, evidence_at: str | None = None,
                      state: str = "pending") -> bool:
        """Queue an alert once: the deterministic id makes a repeated enqueue a no-op."""
        return self.queue_alert({"id": alert_id, "kind": kind, "subject": subject, "title": title,
                                 "body": body, "person": person, "evidence_at": evidence_at,
                                 "state": state})

    def queue_alert(self, alert: dict[str, Any]) -> bool:
        """Queue one alert (a dict with id, kind, subject, title, body and optionally person,
        evidence_at, state and created_at: the rules' `now`) in its own transaction; False when
        that id is already queued."""
        with self.db.atomic():
            return self._insert_alert(alert)

    def _insert_alert(self, alert: dict[str, Any]) -> bool:
        now = alert.get("created_at") or iso(utcnow())
        state = alert.get("state") or "pending"
        if state not in ("pending", "historic"):
            raise ValueError(f"an alert is queued pending or historic, not {state!r}")
        cur = self.db.execute(
            "INSERT OR IGNORE INTO alerts (id, kind, subject, title, body, created_at, attempts,"
            " state, person, evidence_at) VALUES (?,?,?,?,?,?,0,?,?,?)",
            [alert["id"], alert["kind"], alert["subject"], alert["title"], alert["body"], now,
             state, alert.get("person") or alert["subject"], alert.get("evidence_at") or now],
        )
        return bool(cur.rowcount)

    def _queue(self, alert_for: AlertMaker | None, row: dict[str, Any]) -> None:
        alert = alert_for(row) if alert_for else None
        if alert:
            self._insert_alert(alert)

    def pending_alerts(self, limit: int = 50) -> list[dict[str, Any]]:
        """Alerts waiting to go out, oldest first."""
        return list(self.db.query(
            "SELECT * FROM alerts WHERE state = 'pending' ORDER BY created_at, id LIMIT ?", [limit]
        ))

    def pending_count(self) -> int:
        return int(self.db.execute("SELECT COUNT(*) FROM alerts WHERE state = 'pending'").fetchone()[0])

    def last_alert_at(self, person: str, kinds: Sequence[str]) -> str | None:
        """When the person was last alerted about (pending, sent or in a digest: historic ones
        never reached the team) with one of the kinds; None if never."""
        row = self.db.execute(
            "SELECT MAX(created_at) FROM alerts WHERE person = ? AND kind IN"
            " (SELECT value FROM json_each(?)) AND state IN (SELECT value FROM json_each(?))",
            [person, json.dumps(list(kinds)), json.dumps(list(TOLD))]).fetchone()
        return row[0] if row else None

    # ---- sending ------------------------------------------------------------------------

    def claim_alert(self, alert_id: str, stale_after_s: int = CLAIM_STALE_S) -> bool:
        """Take an alert for sending, so two processes on one database never both send it.

        A claim older than `stale_after_s` (its sender died) can be taken again.
        """
        now = utcnow()
        with self.db.atomic():
            cur = self.db.execute(
                f"UPDATE alerts SET claimed_at = ? WHERE id = ? AND {_CLAIMABLE}",
                [iso(now), alert_id, iso(now - timedelta(seconds=stale_after_s))],
            )
        return cur.rowcount == 1

    def claim_alerts(self, alert_ids: Sequence[str], digest_id: str,
                     stale_after_s: int = CLAIM_STALE_S) -> list[str]:
        """Take several pending alerts at once for one digest (marked with its id); returns the
        ids actually taken, oldest first (another sender may hold some)."""
        now = utcnow()
        with self.db.atomic():
            self.db.execute(
                "UPDATE alerts SET claimed_at = ?, digest_id = ? WHERE id IN"
                f" (SELECT value FROM json_each(?)) AND {_CLAIMABLE}",
                [iso(now), digest_id, json.dumps(list(alert_ids)),
                 iso(now - timedelta(seconds=stale_after_s))],
            )
            rows = self.db.execute("SELECT id FROM alerts WHERE digest_id = ? AND state = 'pending'"
                                   " ORDER BY created_at, id", [digest_id]).fetchall()
        return [r[0] for r in rows]

    def mark_alert(self, alert_id: str, sent: bool, error: str = "") -> None:
        """After one send: sent, or back to pending with the error (tried again next round)."""
        with self.db.atomic():
            if sent:
                self.db.execute("UPDATE alerts SET state = 'sent', sent_at = ?, attempts = attempts + 1,"
                                " last_error = NULL WHERE id = ? AND state = 'pending'",
                                [iso(utcnow()), alert_id])
            else:
                self.db.execute("UPDATE alerts SET attempts = attempts + 1, last_error = ?,"
                                " claimed_at = NULL WHERE id = ?", [error[:500], alert_id])

    def mark_digest(self, digest_id: str, sent: bool, error: str = "") -> int:
        """After sending a digest: every alert it carried is marked `digest` (sent once, together),
        or released back to pending with the error. Returns how many alerts it covered."""
        with self.db.atomic():
            if sent:
                cur = self.db.execute(
                    "UPDATE alerts SET state = 'digest', sent_at = ?, attempts = attempts + 1,"
                    " last_error = NULL WHERE digest_id = ? AND state = 'pending'",
                    [iso(utcnow()), digest_id])
            else:
                cur = self.db.execute(
                    "UPDATE alerts SET attempts = attempts + 1, last_error = ?, claimed_at = NULL,"
                    " digest_id = NULL WHERE digest_id = ? AND state = 'pending'",
                    [error[:500], digest_id])
        return cur.rowcount

    def requeue_alerts(self, alert_ids: Sequence[str] | None = None) -> int:
        """Put historic alerts, and pending ones whose delivery failed, back in the queue for
        the next round (all of them when no ids are given); sent ones stay sent."""
        where = "state = 'historic' OR (state = 'pending' AND last_error IS NOT NULL)"
        args: list[Any] = []
        if alert_ids is not None:
            where = f"({where}) AND id IN (SELECT value FROM json_each(?))"
            args.append(json.dumps(list(alert_ids)))
        with self.db.atomic():
            return self.db.execute(
                "UPDATE alerts SET state = 'pending', claimed_at = NULL, digest_id = NULL,"
                f" last_error = NULL WHERE {where}", args).rowcount

    # ---- reads for the board and the CLI ---------------------------------------------------

    def alert_state(self, alert_id: str) -> str | None:
        """One alert's state, or None when there is no such alert."""
        row = self.db.execute("SELECT state FROM alerts WHERE id = ?", [alert_id]).fetchone()
        return row[0] if row else None

    def alert_state_counts(self) -> dict[str, int]:
        """How many alerts are in each state."""
        return {state: int(n) for state, n in
                self.db.execute("SELECT state, COUNT(*) FROM alerts GROUP BY state").fetchall()}

    def alerts_frame(self, limit: int = 200, pending_only: bool = False) -> pd.DataFrame:
        """The outbox, pending alerts first, then newest first."""
        where = "WHERE state = 'pending'" if pending_only else ""
        return self._frame(
            "SELECT id, created_at, state, kind, person, subject, title, body, evidence_at,"
            " attempts, last_error, sent_at, digest_id FROM alerts"
            f" {where} ORDER BY state = 'pending' DESC, created_at DESC, id LIMIT ?", [limit])

    def alert_counts(self) -> dict[str, int]:
        """Alerts waiting in the outbox, those among them with a delivery error, and all."""
        row = self.db.execute(
            "SELECT COALESCE(SUM(state = 'pending'), 0),"
            " COALESCE(SUM(state = 'pending' AND last_error IS NOT NULL AND last_error != ''), 0),"
            " COUNT(*) FROM alerts"
        ).fetchone()
        return {"pending": int(row[0]), "failing": int(row[1]), "total": int(row[2])}
