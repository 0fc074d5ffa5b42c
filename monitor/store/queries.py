"""Read-only queries for the board and reports, across tables (part of the `monitor.store` package).

Times are compared as the stored ISO 8601 UTC text (`YYYY-MM-DDTHH:MM:SSZ`), which sorts like time.
A customer subject is keyed `customer:<customer_id>`; an author subject by its author_key.
"""

from __future__ import annotations

import json
from typing import Any, Sequence

import pandas as pd

from monitor.store.counts import MentionCounts, breakdown_columns, is_whole_hour
from monitor.store.customers import LINKED_STATUSES
from monitor.store.db import Where, brand_filter

LINKED = str(LINKED_STATUSES)

# The author keys behind a verdict subject: the author itself, or a customer's linked authors.
_SUBJECT_AUTHORS = (
    "SELECT ? AS author_key UNION SELECT author_key FROM author_links"
    f" WHERE status IN {LINKED} AND 'customer:' || customer_id = ?"
)

# A person is one case: an account linked to a customer who has a verdict is shown and counted
# through the customer's case (which covers all their accounts), never on its own.
def one_case_per_person(column: str) -> str:
    """SQL that is true unless `column` (a subject key) is an account counted through its
    customer's case."""
    return ("NOT EXISTS (SELECT 1 FROM author_links pl JOIN verdicts pv"
            " ON pv.subject_key = 'customer:' || pl.customer_id"
            f" WHERE pl.author_key = {column} AND pl.status IN {LINKED})")


_ONE_CASE_PER_PERSON = one_case_per_person("v.subject_key")

_MENTION_COLUMNS = (
    "m.id, m.created_at, m.source, m.lang, m.author_key, a.handle, a.name AS author_name,"
    " m.text, m.category, m.p_complaint, m.p_disrespectful, m.p_founded, m.founded,"
    " m.repost_count AS reposts, m.url"
)


_SCORED_COUNTS = ("COALESCE(SUM(scored_at IS NOT NULL), 0),"
                  " COALESCE(SUM(scored_at IS NOT NULL AND p_disrespectful >= ?), 0),"
                  " COALESCE(SUM(founded = 1), 0)")
"""Scored, disrespectful (at the threshold given as the one argument) and founded mentions."""


def _period(column: str, since: str, until: str | None) -> tuple[str, list[str]]:
    """`column >= since [AND column < until]` and its arguments (times as stored ISO text)."""
    if until:
        return f"{column} >= ? AND {column} < ?", [since, until]
    return f"{column} >= ?", [since]


class ReadQueries(MentionCounts):
    """Read queries for the board and reports; `Store` inherits them."""

    # ---- headline numbers -----------------------------------------------------------------

    def mention_kpis(self, day_start: str, week_start: str, disrespect_min: float) -> dict[str, int]:
        """Mentions since day_start and week_start; of the week's: scored, disrespectful, founded."""
        return self._counts(
            ("today", "week", "week_scored", "week_disrespectful", "week_founded"),
            f"SELECT COALESCE(SUM(created_at >= ?), 0), COUNT(*), {_SCORED_COUNTS}"
            " FROM mentions WHERE created_at >= ?",
            [day_start, disrespect_min, week_start])

    def _counts(self, keys: Sequence[str], sql: str, args: Sequence[Any]) -> dict[str, int]:
        """One row of counts, named."""
        return dict(zip(keys, (int(v) for v in self.db.execute(sql, list(args)).fetchone())))

    def verdict_counts(self) -> dict[str, int]:
        """How many people (cases) hold each verdict now: every verdict (counted from its index),
        less the accounts counted through their customer's case (few: only linked ones)."""
        counts = {verdict: int(n) for verdict, n in self.db.execute(
            "SELECT verdict, COUNT(*) FROM verdicts GROUP BY verdict").fetchall()}
        for verdict, n in self.db.execute(
                "SELECT v.verdict, COUNT(*) FROM author_links pl"  # CROSS JOIN: links first (few)
                " CROSS JOIN verdicts v ON v.subject_key = pl.author_key"
                " CROSS JOIN verdicts pv ON pv.subject_key = 'customer:' || pl.customer_id"
                f" WHERE pl.status IN {LINKED} GROUP BY v.verdict").fetchall():
            counts[verdict] -= int(n)
        return {verdict: n for verdict, n in counts.items() if n}

    def group_counts(self, since: str) -> dict[str, int]:
        """Coordinated groups in total and those active (last post) since the given time."""
        row = self.db.execute(
            "SELECT COUNT(*), COALESCE(SUM(last_at >= ?), 0) FROM coordinated_groups", [since]
        ).fetchone()
        return {"total": int(row[0]), "active": int(row[1])}

    # ---- mentions -------------------------------------------------------------------------

    def mention_facets(self) -> dict[str, list[str]]:
        """Distinct categories (scored and hand-labelled), languages and sources, for filters."""
        def values(sql: str, *args: str) -> list[str]:
            return sorted({r[0] for r in self.db.execute(sql, list(args)).fetchall() if r[0]})

        facet = "SELECT value FROM facets WHERE kind = ?"
        return {
            "category": values(facet + " UNION SELECT DISTINCT label FROM labels", "category"),
            "lang": values(facet, "lang"),
            "source": values(facet, "source"),
        }

    def mention_list(
        self,
        *,
        since: str | None = None,
        until: str | None = None,
        categories: Sequence[str] = (),
        langs: Sequence[str] = (),
        sources: Sequence[str] = (),
        contains: str = "",
        author_keys: Sequence[str] | None = None,
        founded_only: bool = False,
        disrespect_min: float | None = None,
        brand: str | None = None,
        limit: int = 500,
    ) -> pd.DataFrame:
        """Mentions matching every given filter, newest first, with their author's handle."""
        where = Where()
        if brand:
            where.add("lower(m.brand) = lower(?)", brand)
        if since:
            where.add("m.created_at >= ?", since)
        if until:
            where.add("m.created_at < ?", until)
        for column, chosen in (("m.category", categories), ("m.lang", langs), ("m.source", sources)):
            if chosen:
                where.one_of(column, chosen)
        if contains:
            # instr on lower() instead of LIKE: user text may contain % and _.
            where.add("(instr(lower(m.text), lower(?)) > 0 OR instr(lower(a.handle), lower(?)) > 0)",
                      contains, contains)
        if author_keys is not None:
            where.one_of("m.author_key", author_keys)
        if founded_only:
            where.add("m.founded = 1")
        if disrespect_min is not None:
            where.add("m.p_disrespectful >= ?", disrespect_min)
        return self._frame(
            f"SELECT {_MENTION_COLUMNS} FROM mentions m JOIN authors a ON a.author_key = m.author_key"
            f" WHERE {where.sql} ORDER BY m.created_at DESC, m.id LIMIT ?", [*where.args, limit]
        )

    def least_sure_mentions(self, *, since: str | None = None, contains: str = "",
                            limit: int = 300) -> pd.DataFrame:
        """Scored mentions nobody has labelled yet, those the model is least sure of first.

        Sureness is the distance of the nearer of the disrespect and founded scores from the
        bar (0.5): a label there teaches the next version the most."""
        where, args = ["m.sureness IS NOT NULL", "m.id NOT IN (SELECT mention_id FROM labels)"], []
        if since:
            where.append("m.created_at >= ?")
            args.append(since)
        if contains:
            where.append("(instr(lower(m.text), lower(?)) > 0 OR instr(lower(a.handle), lower(?)) > 0)")
            args += [contains, contains]
        args.append(limit)
        return self._frame(
            f"SELECT {_MENTION_COLUMNS}, m.sureness"
            " FROM mentions m INDEXED BY idx_mentions_label_order JOIN authors a ON a.author_key = m.author_key"
            f" WHERE {' AND '.join(where)} ORDER BY m.sureness, m.created_at DESC, m.id LIMIT ?", args
        )

    def mentions_by_ids(self, ids: Sequence[str]) -> pd.DataFrame:
        """The given mentions (e.g. a verdict's evidence), newest first."""
        return self._frame(
            f"SELECT {_MENTION_COLUMNS} FROM mentions m JOIN authors a ON a.author_key = m.author_key"
            " WHERE m.id IN (SELECT value FROM json_each(?)) ORDER BY m.created_at DESC",
            [json.dumps(list(ids))],
        )

    def daily_breakdown(self, days: Sequence[tuple[str, str, str]], brand: str | None = None,
                        by: Sequence[str] = ("category", "lang", "source")) -> pd.DataFrame:
        """Mentions per day x each of `by` (category, lang, source), for days given as (label,
        start, end) UTC bounds (the team's calendar days, see monitor.periods), of one brand or
        all; unscored mentions count as 'unscored'. Days that start on whole UTC hours (every
        time zone but the half- and quarter-hour ones) are read from the hourly counts
        (`store/counts.py`); others count the mentions, one indexed range per day."""
        columns = breakdown_columns("m", by)
        if not days:
            return pd.DataFrame(columns=["day", *by, "mentions"])
        if all(is_whole_hour(start) and is_whole_hour(stop) for _, start, stop in days):
            return self.counted_daily_breakdown(days, brand, by)
        values = ", ".join("(?, ?, ?)" for _ in days)
        brand_sql, brand_args = brand_filter("m", brand)
        groups = ", ".join(str(i) for i in range(1, len(by) + 2))
        return self._frame(
            f"WITH days(day, start, stop) AS (VALUES {values})"
            f" SELECT d.day, {columns}COUNT(*) AS mentions"
            " FROM days d JOIN mentions m ON m.created_at >= d.start AND m.created_at < d.stop"
            f" WHERE 1 = 1{brand_sql} GROUP BY {groups} ORDER BY {groups}",
            [v for day in days for v in day] + brand_args
        )

    # ---- authors and subjects -------------------------------------------------------------

    def case_progress(self, verdicts: Sequence[str], step_prefix: str) -> pd.DataFrame:
        """One row per person holding one of the verdicts whose case anyone has worked on:
        subject_key, verdict, steps_done (steps whose id starts with `step_prefix`, e.g.
        "recovery.") and status. Cases nobody touched are new with no step done, so they are
        only counted (`verdict_counts`), never listed: this stays small at any scale."""
        return self._frame(
            "WITH worked AS (SELECT subject_key FROM case_state UNION SELECT subject_key FROM case_steps)"
            " SELECT v.subject_key, v.verdict,"
            " (SELECT COUNT(*) FROM case_steps s WHERE s.subject_key = v.subject_key"
            "  AND s.step_id LIKE ? || '%') AS steps_done,"
            " COALESCE(cs.status, 'new') AS status FROM worked w"
            " JOIN verdicts v ON v.subject_key = w.subject_key"
            " LEFT JOIN case_state cs ON cs.subject_key = v.subject_key"
            f" WHERE v.verdict IN (SELECT value FROM json_each(?)) AND {_ONE_CASE_PER_PERSON}",
            [step_prefix, json.dumps(list(verdicts))])

    def display_name(self, subject_key: str) -> str:
        """How people know a subject: the account's handle, the customer's name, else the key."""
        row = self.db.execute(
            "SELECT COALESCE((SELECT NULLIF(handle, '') FROM authors WHERE author_key = ?),"
            " (SELECT NULLIF(name, '') FROM customers WHERE 'customer:' || customer_id = ?), ?)",
            [subject_key, subject_key, subject_key]).fetchone()
        return str(row[0])

    def verdict_row(self, subject_key: str) -> dict[str, Any] | None:
        """The current verdict row of one subject, or None if it was never assessed."""
        frame = self._frame("SELECT * FROM verdicts WHERE subject_key = ?", [subject_key])
        return None if frame.empty else frame.iloc[0].to_dict()

    def subject_author_keys(self, subject_key: str) -> list[str]:
        """The author accounts behind a subject: itself, or the authors linked to a customer."""
        rows = self.db.execute(_SUBJECT_AUTHORS, [subject_key, subject_key]).fetchall()
        keys = [r[0] for r in rows]
        existing = self.db.execute(
            "SELECT author_key FROM authors WHERE author_key IN (SELECT value FROM json_each(?))",
            [json.dumps(keys)],
        ).fetchall()
        return sorted(r[0] for r in existing)

    def subjects_frame(self, verdicts: Sequence[str], limit: int | None = None) -> pd.DataFrame:
        """People (cases) holding one of the verdicts, strongest first (at most `limit`), with
        display names and case progress. Language, window mention count and latest mention come
        from the verdict's own figures, so the list never scans the mentions table.
        """
        return self._frame(
            "WITH subj AS (SELECT * FROM verdicts v WHERE verdict IN (SELECT value FROM json_each(?))"
            f"   AND {_ONE_CASE_PER_PERSON} ORDER BY score DESC, subject_key LIMIT ?)"
            " SELECT s.subject_key, s.subject_type, s.verdict, s.score, s.verdict_since,"
            "  (SELECT MIN(h.changed_at) FROM verdict_history h WHERE h.subject_key = s.subject_key"
            "   AND h.verdict = s.verdict) AS first_verdict_at, s.updated_at,"
            "  COALESCE(a.handle, c.name, s.subject_key) AS display_name, a.name AS author_name,"
            "  a.source, COALESCE(c.customer_id, l.customer_id) AS customer_id,"
            "  COALESCE(c.name, lc.name) AS customer_name,"
            "  json_extract(s.figures_json, '$.lang') AS lang,"
            "  json_extract(s.figures_json, '$.mentions') AS mentions,"
            "  json_extract(s.figures_json, '$.last_seen') AS last_mention_at,"
            "  (SELECT COUNT(*) FROM case_steps st WHERE st.subject_key = s.subject_key) AS steps_done,"
            "  (SELECT MAX(st.done_at) FROM case_steps st WHERE st.subject_key = s.subject_key)"
            "   AS last_step_at,"
            "  COALESCE(cs.status, 'new') AS status, COALESCE(cs.owner, '') AS owner,"
            "  s.figures_json, s.evidence_json, s.reasons_json"
            " FROM subj s"
            " LEFT JOIN authors a ON a.author_key = s.subject_key"
            " LEFT JOIN customers c ON c.customer_id ="
            "   CASE WHEN s.subject_key LIKE 'customer:%' THEN substr(s.subject_key, 10) END"
            f" LEFT JOIN author_links l ON l.author_key = s.subject_key AND l.status IN {LINKED}"
            " LEFT JOIN customers lc ON lc.customer_id = l.customer_id"
            " LEFT JOIN case_state cs ON cs.subject_key = s.subject_key"
            " ORDER BY s.score DESC, s.subject_key",
            [json.dumps(list(verdicts)), -1 if limit is None else int(limit)],
        )

    def author_profile(self, author_key: str) -> dict[str, Any] | None:
        """One author with link, customer and current verdict (None if unknown)."""
        frame = self._frame(
            "SELECT a.author_key, a.source, a.handle, a.name, a.url, a.first_seen_at,"
            " a.last_seen_at, l.customer_id, l.status AS link_status, l.method AS link_method,"
            " l.confidence AS link_confidence, c.name AS customer_name, v.verdict, v.score,"
            " v.verdict_since, (SELECT COUNT(*) FROM mentions WHERE author_key = a.author_key)"
            " AS mentions FROM authors a"
            " LEFT JOIN author_links l ON l.author_key = a.author_key"
            " LEFT JOIN customers c ON c.customer_id = l.customer_id"
            " LEFT JOIN verdicts v ON v.subject_key = a.author_key"
            " WHERE a.author_key = ?", [author_key],
        )
        return None if frame.empty else frame.iloc[0].to_dict()

    def author_search(self, contains: str = "", limit: int = 200) -> pd.DataFrame:
        """Authors whose handle, name or key contains the text, most recently seen first (their
        mention counts are read for the page shown only)."""
        return self._frame(
            "SELECT a.author_key, a.handle, a.name, a.source, v.verdict,"
            " (SELECT COUNT(*) FROM mentions m WHERE m.author_key = a.author_key) AS mentions,"
            " a.last_seen_at AS last_mention_at FROM authors a"
            " LEFT JOIN verdicts v ON v.subject_key = a.author_key"
            " WHERE ? = '' OR instr(lower(a.handle || ' ' || COALESCE(a.name, '') || ' '"
            " || a.author_key), lower(?)) > 0"
            " ORDER BY a.last_seen_at DESC, a.author_key LIMIT ?",
            [contains, contains, limit],
        )

    # ---- verdict history, groups, customers -------------------------------------------------

    def authors_by_keys(self, author_keys: Sequence[str]) -> pd.DataFrame:
        """Authors with their current verdict and linked customer (e.g. a group's members)."""
        return self._frame(
            "SELECT a.author_key, a.handle, a.name, a.source, a.first_seen_at, a.last_seen_at,"
            " v.verdict, l.customer_id FROM authors a"
            " LEFT JOIN verdicts v ON v.subject_key = a.author_key"
            f" LEFT JOIN author_links l ON l.author_key = a.author_key AND l.status IN {LINKED}"
            " WHERE a.author_key IN (SELECT value FROM json_each(?)) ORDER BY a.author_key",
            [json.dumps(list(author_keys))],
        )

    def customers_overview(self) -> pd.DataFrame:
        """Customers with how many authors are linked to them and the customer's own verdict."""
        return self._frame(
            "SELECT c.customer_id, c.name, c.plan, c.customer_since, c.monthly_value,"
            " c.overdue_balance, c.days_overdue, c.flags, c.currency,"
            f" (SELECT COUNT(*) FROM author_links l WHERE l.customer_id = c.customer_id"
            f"  AND l.status IN {LINKED}) AS linked_authors,"
            " v.verdict, v.score FROM customers c"
            " LEFT JOIN verdicts v ON v.subject_key = 'customer:' || c.customer_id"
            " ORDER BY (v.score IS NULL), v.score DESC, c.customer_id"
        )

    def links_to_review(self) -> pd.DataFrame:
        """Links a person has not decided yet (automatic and proposed), least confident first."""
        return self._frame(
            "SELECT l.author_key, a.handle, a.name AS author_name, l.customer_id,"
            " c.name AS customer_name, l.method, l.confidence, l.status FROM author_links l"
            " JOIN authors a ON a.author_key = l.author_key"
            " LEFT JOIN customers c ON c.customer_id = l.customer_id"
            " WHERE l.status NOT IN ('manual', 'confirmed', 'rejected')"
            " ORDER BY (l.status = 'auto'), l.confidence, l.author_key"
        )

    # ---- sources ----------------------------------------------------------------------------

    def source_activity(self, since: str) -> pd.DataFrame:
        """Per source: mentions since the given time, all stored, and the newest post (from the
        hourly counts, or for a start within an hour the board index; the collectors' last runs
        are in `job_health`)."""
        if is_whole_hour(since):
            return self.counted_source_activity(since)
        return self._frame(
            "SELECT source, COALESCE(SUM(created_at >= ?), 0) AS recent_mentions, COUNT(*) AS mentions,"
            " MAX(created_at) AS newest_post_at"
            " FROM mentions INDEXED BY idx_mentions_board GROUP BY source ORDER BY source", [since]
        )
