"""The audit log: who did what to which subject, and when (part of the `monitor.store` package).

A team that acts on people's posts must be able to say who labelled a post, linked an account
to a customer, ticked a step, changed a case, promoted a model, exported or erased a person's
data. The store's own write methods record their entry inside the same transaction as the
change (`_audit`), so a change is never saved without its entry nor an entry without its
change. Entries name a subject by its key (an author key, `customer:<id>`, `group:<id>`, a
mention id), never by a handle, a name or a text; a note's words stay in the case timeline and
the entry keeps only its length. An erased person's entries are re-pointed to a one-way hash
of them (`Privacy.forget_subject`), so the log keeps who did what without keeping them.
"""

from __future__ import annotations

import json
from typing import Any

import pandas as pd

from monitor.mention import iso, utcnow
from monitor.store.db import StoreBase, Where


def detail_json(detail: dict[str, Any] | None) -> str:
    """An entry's detail as strict JSON (keys sorted, so equal details read the same)."""
    return json.dumps(detail or {}, ensure_ascii=False, sort_keys=True, allow_nan=False, default=str)


class Audit(StoreBase):
    """The audit_log table (append-only; only an erasure rewrites an entry's subject)."""

    def _audit(self, actor: str, action: str, target: str, detail: dict[str, Any] | None = None) -> None:
        """Record an entry inside the caller's transaction."""
        self.db.execute("INSERT INTO audit_log (at, actor, action, target, detail) VALUES (?,?,?,?,?)",
                        [iso(utcnow()), actor or "unknown", action, target, detail_json(detail)])

    def record_audit(self, actor: str, action: str, target: str,
                     detail: dict[str, Any] | None = None) -> None:
        """Record an entry in its own transaction (for actions outside the store: a model
        promotion, a users-file change)."""
        with self.db.atomic():
            self._audit(actor, action, target, detail)

    def audit_frame(self, limit: int = 500, action: str | None = None, actor: str | None = None,
                    since: str | None = None) -> pd.DataFrame:
        """Entries newest first: at, actor, action, target, detail (JSON text)."""
        where = Where()
        if action:
            where.add("action = ?", action)
        if actor:
            where.add("actor = ?", actor)
        if since:
            where.add("at >= ?", since)
        return self._frame(f"SELECT id, at, actor, action, target, detail FROM audit_log WHERE {where.sql}"
                           " ORDER BY id DESC LIMIT ?", [*where.args, limit])

    def audit_actions(self) -> list[str]:
        """The kinds of action recorded so far (for the board's filter)."""
        return [r[0] for r in self.db.execute("SELECT DISTINCT action FROM audit_log ORDER BY 1").fetchall()]
