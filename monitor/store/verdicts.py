"""Verdicts and their history, coordinated groups, and the case checklist steps done per subject.

What detection concludes and what people did about it. Saving a verdict change or a new group
can queue its alert in the same transaction, so this group builds on the outbox.
"""

from __future__ import annotations

from typing import Any, Sequence

import pandas as pd

from monitor.mention import iso, utcnow
from monitor.store.audit import Audit
from monitor.store.outbox import AlertMaker, Outbox


class Verdicts(Outbox, Audit):
    """The verdicts, verdict_history, coordinated_groups and case_steps tables."""

    # ---- verdicts and coordinated groups ------------------------------------------------

    def save_verdicts(self, rows: Sequence[dict[str, Any]], now: str,
                      alert_for: AlertMaker | None = None) -> list[dict[str, Any]]:
        """Upsert verdicts; record a history row for each change. Returns the changed rows.

        A changed verdict dates from the row's `verdict_since` (when the evidence made it true,
        as detection found it) when given, else from `now`.

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
                # when the evidence made the verdict true (given by detection), else now
                became = row.get("verdict_since") or now
                since = old[1] if old and previous == row["verdict"] else became
                self.db["verdicts"].upsert({**row, "verdict_since": since, "updated_at": now},
                                           pk="subject_key")
                if previous != row["verdict"]:
                    self.db["verdict_history"].insert({
                        "subject_key": row["subject_key"], "verdict": row["verdict"],
                        "previous": previous, "score": row["score"], "changed_at": became,
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

    def group_exists(self, group_id: str) -> bool:
        return self.db.execute("SELECT 1 FROM coordinated_groups WHERE group_id = ?",
                               [group_id]).fetchone() is not None

    def groups_frame(self) -> pd.DataFrame:
        return self._frame("SELECT * FROM coordinated_groups ORDER BY last_at DESC")

    # ---- case steps ---------------------------------------------------------------------

    def set_step(self, subject_key: str, step_id: str, done: bool, by: str) -> None:
        with self.db.atomic():
            if done:
                self.db["case_steps"].upsert({"subject_key": subject_key, "step_id": step_id,
                                              "done_at": iso(utcnow()), "done_by": by},
                                             pk=("subject_key", "step_id"))
            else:
                self.db.execute("DELETE FROM case_steps WHERE subject_key = ? AND step_id = ?",
                                [subject_key, step_id])
            self._audit(by, "step", subject_key, {"step": step_id, "done": bool(done)})

    def done_steps(self, subject_key: str) -> set[str]:
        rows = self.db.execute("SELECT step_id FROM case_steps WHERE subject_key = ?",
                               [subject_key]).fetchall()
        return {r[0] for r in rows}
