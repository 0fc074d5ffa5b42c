"""Read-only queries for the weekly report: one period (a week, or the week before) at a time,
of one brand or all (part of the `monitor.store` package).

People are counted as the board counts them: a customer with linked accounts is one person,
whose case holds the accounts' work (see `queries.one_case_per_person`).
"""

from __future__ import annotations

import json
from typing import Sequence

import pandas as pd

from monitor.store.db import StoreBase
from monitor.store.queries import LINKED, brand_filter, one_case_per_person

_PERSON = one_case_per_person


class ReportQueries(StoreBase):
    """The report's figures for [since, until) (stored UTC text)."""

    def period_totals(self, since: str, until: str, disrespect_min: float,
                      brand: str | None = None, unsure_within: float = 0.1) -> dict[str, int]:
        """Mentions posted in the period: all, scored, disrespectful, founded, authors, and
        unsure (scored with the nearer score within `unsure_within` of the bar)."""
        brand_sql, brand_args = brand_filter("m", brand)
        row = self.db.execute(
            "SELECT COUNT(*), COALESCE(SUM(scored_at IS NOT NULL), 0),"
            " COALESCE(SUM(scored_at IS NOT NULL AND p_disrespectful >= ?), 0),"
            " COALESCE(SUM(founded = 1), 0), COUNT(DISTINCT author_key),"
            " COALESCE(SUM(sureness IS NOT NULL AND sureness < ?), 0)"
            f" FROM mentions m WHERE created_at >= ? AND created_at < ?{brand_sql}",
            [disrespect_min, unsure_within, since, until, *brand_args]).fetchone()
        keys = ("mentions", "scored", "disrespectful", "founded", "authors", "unsure")
        return dict(zip(keys, (int(v) for v in row)))

    def top_authors(self, since: str, until: str, disrespect_min: float, limit: int = 50,
                    brand: str | None = None) -> pd.DataFrame:
        """The most active authors in a period, with their complaint mix and current verdict."""
        brand_sql, brand_args = brand_filter("m", brand)
        return self._frame(
            "SELECT m.author_key, a.handle, a.name AS author_name, a.source, COUNT(*) AS mentions,"
            " COALESCE(SUM(m.p_complaint >= 0.5), 0) AS complaints,"
            " COALESCE(SUM(m.founded = 1), 0) AS founded,"
            " COALESCE(SUM(m.p_disrespectful >= ?), 0) AS disrespectful,"
            " v.verdict, l.customer_id, c.name AS customer_name"
            " FROM mentions m JOIN authors a ON a.author_key = m.author_key"
            " LEFT JOIN verdicts v ON v.subject_key = m.author_key"
            f" LEFT JOIN author_links l ON l.author_key = m.author_key AND l.status IN {LINKED}"
            " LEFT JOIN customers c ON c.customer_id = l.customer_id"
            f" WHERE m.created_at >= ? AND m.created_at < ?{brand_sql}"
            # every joined table's key: one row each per author, and PostgreSQL then allows
            # their other columns beside the counts
            " GROUP BY m.author_key, a.author_key, v.subject_key, l.author_key, c.customer_id"
            " ORDER BY mentions DESC, m.author_key LIMIT ?",
            [disrespect_min, since, until, *brand_args, limit],
        )

    def subject_mention_counts(self, subject_keys: Sequence[str], since: str, until: str,
                               brand: str | None = None) -> dict[str, int]:
        """Mentions per subject (an author, or all of a customer's linked authors) in a period."""
        brand_sql, brand_args = brand_filter("m", brand)
        rows = self.db.execute(
            "WITH subj AS (SELECT value AS subject_key FROM json_each(?)),"
            " members AS (SELECT subject_key, subject_key AS author_key FROM subj"
            "   UNION SELECT s.subject_key, l.author_key FROM subj s JOIN author_links l"
            f"   ON 'customer:' || l.customer_id = s.subject_key AND l.status IN {LINKED})"
            " SELECT mb.subject_key, COUNT(m.id) FROM members mb LEFT JOIN mentions m"
            f"  ON m.author_key = mb.author_key AND m.created_at >= ? AND m.created_at < ?{brand_sql}"
            " GROUP BY mb.subject_key",
            [json.dumps(list(subject_keys)), since, until, *brand_args],
        ).fetchall()
        return {key: int(n) for key, n in rows}

    def verdict_changes(self, since: str, until: str | None = None) -> pd.DataFrame:
        """Verdict changes of people in a period, newest first, named as people know them."""
        args: list[str] = [since] + ([until] if until else [])
        return self._frame(
            "SELECT h.changed_at, h.subject_key, COALESCE(NULLIF(a.handle, ''), c.name, h.subject_key)"
            " AS display_name, h.previous, h.verdict, h.score FROM verdict_history h"
            " LEFT JOIN authors a ON a.author_key = h.subject_key"
            " LEFT JOIN customers c ON 'customer:' || c.customer_id = h.subject_key"
            f" WHERE h.changed_at >= ?{' AND h.changed_at < ?' if until else ''}"
            f" AND {_PERSON('h.subject_key')} ORDER BY h.changed_at DESC, h.id DESC", args
        )

    def groups_between(self, since: str, until: str) -> pd.DataFrame:
        """Coordinated groups active in a period (first post before its end, last after its start)."""
        return self._frame(
            "SELECT * FROM coordinated_groups WHERE first_at < ? AND last_at >= ?"
            " ORDER BY last_at DESC", [until, since]
        )

    def case_work_in(self, since: str, until: str) -> pd.DataFrame:
        """What the team did per case in a period: steps ticked, notes, and the status the case
        was last moved to then ('' if none), for people (not accounts merged into a customer)."""
        return self._frame(
            "WITH work AS ("
            "  SELECT subject_key, 1 AS steps, 0 AS notes, NULL AS status, done_at AS at"
            "   FROM case_steps WHERE done_at >= ? AND done_at < ?"
            "  UNION ALL SELECT subject_key, 0, CASE WHEN kind = 'note' THEN 1 ELSE 0 END,"
            "   CASE WHEN kind = 'status' THEN detail END, at"
            "   FROM case_events WHERE at >= ? AND at < ? AND kind IN ('note', 'status', 'owner'))"
            " SELECT subject_key, SUM(steps) AS steps_ticked, SUM(notes) AS notes,"
            "  COALESCE((SELECT w2.status FROM work w2 WHERE w2.subject_key = w.subject_key"
            "   AND w2.status IS NOT NULL ORDER BY w2.at DESC LIMIT 1), '') AS moved_to"
            f" FROM work w WHERE {_PERSON('w.subject_key')} GROUP BY subject_key ORDER BY subject_key",
            [since, until, since, until])

    def labels_added(self, since: str, until: str) -> int:
        """Corrections people made on the board in a period."""
        return int(self.db.execute("SELECT COUNT(*) FROM labels WHERE labelled_at >= ? AND labelled_at < ?",
                                   [since, until]).fetchone()[0])
