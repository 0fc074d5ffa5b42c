"""The alert outbox: alerts are queued in the database and sent (once) by whoever claims them.

Queuing in the same transaction as the change that caused the alert means a crash can never
record a verdict without its alert; claiming means two processes never both send one.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any, Callable

import pandas as pd

from monitor.mention import iso, utcnow
from monitor.store.db import StoreBase

CLAIM_STALE_S = 300
AlertMaker = Callable[[dict[str, Any]], "dict[str, str] | None"]


class Outbox(StoreBase):
    """The alerts table."""

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
