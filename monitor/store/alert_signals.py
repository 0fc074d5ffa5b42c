"""What the alert rules read: who a subject is as a person, the new mentions with their person
and customer record, and the indexed counts behind the spike and drift rules.

Kept beside the outbox (which builds on it) because only the alert rules ask these questions,
and each must stay fast on a store of a million mentions: counts are range scans of an index
on the posting time, never a pass over the table.
"""

from __future__ import annotations

import json
from typing import Any, Sequence

import pandas as pd

from monitor.store.customers import LINKED_STATUSES
from monitor.store.db import StoreBase

_LINKED = str(LINKED_STATUSES)


class AlertSignals(StoreBase):
    """Read-only queries for `monitor.alert_rules`."""

    def person_of(self, subject_key: str) -> str:
        """The case a subject belongs to: a linked account's customer (`customer:<id>`), else
        the subject itself. A customer and their accounts are one person, alerted once."""
        if subject_key.startswith(("customer:", "group:")):
            return subject_key
        row = self.db.execute(f"SELECT customer_id FROM author_links WHERE author_key = ? AND status IN {_LINKED}",
                              [subject_key]).fetchone()
        return f"customer:{row[0]}" if row and row[0] else subject_key

    def person_names(self, person: str) -> dict[str, Any]:
        """How people know a person: the customer's name (None for an unlinked account) and the
        accounts' (handle, network, display name), the most recently seen first."""
        if person.startswith("customer:"):
            row = self.db.execute("SELECT name FROM customers WHERE customer_id = ?",
                                  [person.split(":", 1)[1]]).fetchone()
            accounts = self.db.execute(
                "SELECT a.handle, a.source, a.name FROM author_links l JOIN authors a ON a.author_key = l.author_key"
                f" WHERE l.customer_id = ? AND l.status IN {_LINKED} ORDER BY a.last_seen_at DESC",
                [person.split(":", 1)[1]]).fetchall()
            return {"customer": (row[0] or None) if row else None, "accounts": [tuple(a) for a in accounts]}
        accounts = self.db.execute("SELECT handle, source, name FROM authors WHERE author_key = ?",
                                   [person]).fetchall()
        return {"customer": None, "accounts": [tuple(a) for a in accounts]}

    def mentions_for_rules(self, mention_ids: Sequence[str]) -> pd.DataFrame:
        """The given mentions with what the mention rules need: scores, the person they belong
        to, that person's and the account's current verdicts, and the customer's value and tenure."""
        return self._frame(
            "SELECT m.id, m.author_key, m.source, m.text, m.created_at, m.category, m.founded,"
            " m.p_disrespectful, l.customer_id,"
            " CASE WHEN l.customer_id IS NULL THEN m.author_key ELSE 'customer:' || l.customer_id END"
            "  AS person,"
            " av.verdict AS author_verdict, cv.verdict AS customer_verdict,"
            " c.name AS customer_name, c.monthly_value, c.customer_since, c.currency"
            " FROM mentions m"
            f" LEFT JOIN author_links l ON l.author_key = m.author_key AND l.status IN {_LINKED}"
            " LEFT JOIN customers c ON c.customer_id = l.customer_id"
            " LEFT JOIN verdicts av ON av.subject_key = m.author_key"
            " LEFT JOIN verdicts cv ON cv.subject_key = 'customer:' || l.customer_id"
            " WHERE m.id IN (SELECT value FROM json_each(?)) AND m.scored_at IS NOT NULL"
            " ORDER BY m.created_at, m.id",
            [json.dumps(list(mention_ids))])

    def founded_counts(self, windows: Sequence[tuple[str, str]]) -> list[int]:
        """Founded complaints posted in each [since, until) window, in order (each one a range
        of the board's covering index on the posting time)."""
        rows = self.db.execute(
            "SELECT w.key, (SELECT COUNT(*) FROM mentions INDEXED BY idx_mentions_board"
            "  WHERE created_at >= json_extract(w.value, '$[0]')"
            "  AND created_at < json_extract(w.value, '$[1]') AND founded = 1)"
            " FROM json_each(?) w ORDER BY w.key", [json.dumps([list(w) for w in windows])]).fetchall()
        return [int(n) for _, n in rows]

    def unsure_counts(self, base_since: str, recent_since: str, until: str,
                      low_sureness: float) -> dict[str, int]:
        """Scored mentions and the unsure ones among them (sureness below `low_sureness`),
        posted in [recent_since, until) and in [base_since, recent_since)."""
        row = self.db.execute(
            "SELECT COALESCE(SUM(created_at >= ?), 0), COALESCE(SUM(created_at >= ? AND sureness < ?), 0),"
            " COALESCE(SUM(created_at < ?), 0), COALESCE(SUM(created_at < ? AND sureness < ?), 0)"
            " FROM mentions INDEXED BY idx_mentions_sureness_time"
            " WHERE created_at >= ? AND created_at < ? AND sureness IS NOT NULL",
            [recent_since, recent_since, low_sureness, recent_since, recent_since, low_sureness,
             base_since, until]).fetchone()
        return dict(zip(("recent", "recent_unsure", "base", "base_unsure"), (int(v) for v in row)))
