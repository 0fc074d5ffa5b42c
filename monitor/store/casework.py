"""What people do with a case: its status and owner, notes, and merging cases when accounts
turn out to be one person.

A case is keyed by its subject (`customer:<id>` or an author key). When an author is linked to
a customer, the customer's case becomes the person's case: the author's checklist ticks, status,
owner and notes move into it (nothing is lost), and the author's mentions are queued for
re-assessment so the customer's verdict covers them.
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from monitor.mention import iso, utcnow
from monitor.store.audit import Audit
from monitor.verdicts import CASE_STATUSES


class CaseWork(Audit):
    """The case_state and case_events tables (steps live with the verdicts, in case_steps)."""

    def case_state(self, subject_key: str) -> dict[str, Any]:
        """Status (default 'new') and owner ('' when nobody took it) of one case."""
        row = self.db.execute("SELECT status, owner, updated_at, updated_by FROM case_state"
                              " WHERE subject_key = ?", [subject_key]).fetchone()
        if row is None:
            return {"status": "new", "owner": "", "updated_at": None, "updated_by": None}
        return dict(zip(("status", "owner", "updated_at", "updated_by"), row))

    def set_case_status(self, subject_key: str, status: str, by: str) -> None:
        if status not in CASE_STATUSES:
            raise ValueError(f"unknown case status {status!r} (expected one of {', '.join(CASE_STATUSES)})")
        self._set_state(subject_key, "status", status, by)

    def set_case_owner(self, subject_key: str, owner: str, by: str) -> None:
        self._set_state(subject_key, "owner", owner.strip(), by)

    def _set_state(self, subject_key: str, field: str, value: str, by: str) -> None:
        now = iso(utcnow())
        with self.db.atomic():
            current = self.case_state(subject_key)
            if current[field] == value:
                return
            self.db["case_state"].upsert({**{k: current[k] for k in ("status", "owner")},
                                          "subject_key": subject_key, field: value,
                                          "updated_at": now, "updated_by": by}, pk="subject_key")
            self._event(subject_key, now, by, field, value)
            self._audit(by, f"case_{field}", subject_key, {field: value, "previous": current[field]})

    def add_case_note(self, subject_key: str, note: str, by: str) -> None:
        note = note.strip()
        if not note:
            raise ValueError("a note needs some text")
        with self.db.atomic():
            self._event(subject_key, iso(utcnow()), by, "note", note)
            self._audit(by, "case_note", subject_key, {"chars": len(note)})  # the words stay in the timeline

    def case_events(self, subject_key: str) -> pd.DataFrame:
        """The case's notes, status and owner changes, merges and verdict changes, oldest first."""
        return self._frame(
            "SELECT at, by, kind, detail FROM case_events WHERE subject_key = ?"
            " UNION ALL SELECT changed_at, 'detector', 'verdict', verdict FROM verdict_history"
            " WHERE subject_key = ? ORDER BY 1", [subject_key, subject_key])

    def _event(self, subject_key: str, at: str, by: str, kind: str, detail: str) -> None:
        self.db["case_events"].insert({"subject_key": subject_key, "at": at, "by": by,
                                       "kind": kind, "detail": detail})

    def merge_case(self, author_key: str, customer_id: str, by: str) -> None:
        """Fold an account's case into its customer's (call inside the link's transaction): its
        ticks and timeline move over, and its status and owner unless the customer's case has
        its own."""
        into, now = f"customer:{customer_id}", iso(utcnow())
        self.db.execute("INSERT OR IGNORE INTO case_steps (subject_key, step_id, done_at, done_by)"
                        " SELECT ?, step_id, done_at, done_by FROM case_steps WHERE subject_key = ?",
                        [into, author_key])
        self.db.execute("UPDATE case_events SET subject_key = ? WHERE subject_key = ?", [into, author_key])
        self.db.execute("INSERT OR IGNORE INTO case_state (subject_key, status, owner, updated_at, updated_by)"
                        " SELECT ?, status, owner, ?, ? FROM case_state WHERE subject_key = ?",
                        [into, now, by, author_key])
        self._event(into, now, by, "merged", author_key)
        self.db.execute("UPDATE mentions SET assessed = 0 WHERE author_key = ?", [author_key])
