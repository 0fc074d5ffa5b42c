"""Mention counts per UTC hour, source, brand, language and category, kept as mentions are
stored and scored, so the board's per-day chart, its per-source figures and the report's
volumes read a few thousand count rows instead of millions of mentions.

Writers never update a shared counter: each write that adds a mention or changes its category
appends signed changes to `mention_count_changes` in its own transaction (so concurrent workers
on PostgreSQL never wait on one another's counter rows), and `compact_counts` folds them into
`mention_counts` now and then. Every read sums both tables, so a count is exact whether or not
compaction has run. `rebuild_counts` recounts everything from the mentions (the migration that
adds the tables, bulk loads that bypass `save_page`, and a repair if ever needed).

A count's hour is the first 13 characters of `created_at` (stored as UTC ISO text), so team
days that start on a whole UTC hour (every time zone but the half- and quarter-hour ones) are
sums of whole hours; queries for other bounds read the mentions instead.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from typing import Iterable, Sequence

import pandas as pd

from monitor.store.db import StoreBase, brand_filter

KEY = "hour, source, brand, lang, category"
"""A count row's key columns; unscored mentions count under category ''."""

HOUR_OF = "substr(created_at, 1, 13)"
BREAKDOWN = {"category": "COALESCE(NULLIF({t}.category, ''), 'unscored')",
             "lang": "COALESCE(NULLIF({t}.lang, ''), 'unknown')", "source": "{t}.source"}
"""How the daily breakdown names each grouping of a mention (or count) row `{t}`: one wording
for the counts and the mentions, so both ways of counting give the same rows."""


def breakdown_columns(table: str, by: Sequence[str]) -> str:
    """`expr AS name, ` for each of `by`, over `table`; refuses a grouping it does not know."""
    unknown = set(by) - set(BREAKDOWN)
    if unknown:
        raise ValueError(f"daily_breakdown: cannot group by {sorted(unknown)}")
    return "".join(f"{BREAKDOWN[c].format(t=table)} AS {c}, " for c in by)


_GROUPED = (f"SELECT {HOUR_OF} AS hour, source, COALESCE(brand, '') AS brand, COALESCE(lang, '') AS lang,"
            " COALESCE(category, '') AS category, COUNT(*) AS n FROM mentions")


WHOLE_HOUR = re.compile(r"\d{4}-\d\d-\d\dT\d\d(:00(:00(\.0+)?)?)?(Z|\+00:00)?")


def is_whole_hour(moment: str) -> bool:
    """Whether a stored-format UTC time ('2026-11-30T03:00:00Z') starts an hour."""
    return WHOLE_HOUR.fullmatch(moment) is not None


class MentionCounts(StoreBase):
    """Hourly mention counts: appended changes, their compaction, a full recount, the reads."""

    # ---- writes (inside the caller's transaction) ---------------------------------------

    def _count_new_mentions(self, keys: Iterable[tuple[str, str, str, str]]) -> None:
        """+1 per newly stored mention, given (created_at, source, brand, lang); unscored."""
        changes = Counter((created_at[:13], source, brand or "", lang or "", "")
                          for created_at, source, brand, lang in keys)
        self._append_changes([(*key, n) for key, n in sorted(changes.items())])

    def _count_category_change(self, mention_ids: Sequence[str], sign: int) -> None:
        """-1 for each given mention under its current category (before a category change) or
        +1 (after it): the pair moves the mentions from one count to another."""
        if mention_ids:
            self.db.execute(
                f"INSERT INTO mention_count_changes ({KEY}, change)"
                f" SELECT {KEY}, {int(sign)} * n FROM ({_GROUPED}"
                " WHERE id IN (SELECT value FROM json_each(?)) GROUP BY 1, 2, 3, 4, 5) grouped",
                [json.dumps(list(mention_ids))])

    def _append_changes(self, rows: Sequence[tuple[str, str, str, str, str, int]]) -> None:
        if rows:
            self.db.conn.executemany(
                f"INSERT INTO mention_count_changes ({KEY}, change)"
                " VALUES (?, ?, ?, ?, ?, ?)", rows)

    # ---- upkeep -------------------------------------------------------------------------

    def compact_counts(self, chunk: int = 50_000) -> int:
        """Fold the appended changes into the counts; returns how many change rows it folded.
        Each change row is deleted (and returned) by exactly one compaction, even when two run
        at once on PostgreSQL, and the counts change in the same transaction."""
        folded, totals = 0, Counter()
        with self.db.atomic():
            while True:
                rows = self.db.execute(
                    "DELETE FROM mention_count_changes WHERE id IN (SELECT id FROM mention_count_changes"
                    f" ORDER BY id LIMIT ?) RETURNING {KEY}, change", [chunk]
                ).fetchall()
                for *key, change in rows:
                    totals[tuple(key)] += change
                folded += len(rows)
                if len(rows) < chunk:
                    break
            upserts = [(*key, n) for key, n in sorted(totals.items()) if n]
            if upserts:
                self.db.conn.executemany(
                    f"INSERT INTO mention_counts ({KEY}, mentions)"
                    f" VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT ({KEY})"
                    " DO UPDATE SET mentions = mention_counts.mentions + excluded.mentions", upserts)
        return folded

    def rebuild_counts(self) -> int:
        """Recount every hour from the mentions table (one pass); returns the count rows."""
        with self.db.atomic():
            self.db.execute("DELETE FROM mention_count_changes")
            self.db.execute("DELETE FROM mention_counts")
            self.db.execute(f"INSERT INTO mention_counts ({KEY}, mentions) {_GROUPED} GROUP BY 1, 2, 3, 4, 5")
        return self.count("mention_counts")

    # ---- reads --------------------------------------------------------------------------

    def _counted(self, since_hour: str | None = None) -> str:
        """SQL of every count row (compacted and appended) from `since_hour` on, as one table
        `c` (hour, source, brand, lang, category, mentions); bind `since_hour` twice if given."""
        where = " WHERE hour >= ?" if since_hour is not None else ""
        return (f"(SELECT {KEY}, mentions FROM mention_counts{where}"
                f" UNION ALL SELECT {KEY}, change AS mentions"
                f" FROM mention_count_changes{where}) c")

    def counted_daily_breakdown(self, days: Sequence[tuple[str, str, str]], brand: str | None,
                                by: Sequence[str]) -> pd.DataFrame:
        """`ReadQueries.daily_breakdown` from the counts, for days that start on whole hours."""
        values = ", ".join("(?, ?, ?)" for _ in days)
        brand_sql, brand_args = brand_filter("c", brand)
        groups = ", ".join(str(i) for i in range(1, len(by) + 2))
        since = min(start for _, start, _ in days)[:13]
        return self._frame(
            f"WITH days(day, start, stop) AS (VALUES {values})"
            f" SELECT d.day, {breakdown_columns('c', by)}SUM(c.mentions) AS mentions"
            f" FROM days d JOIN {self._counted(since)} ON c.hour >= d.start AND c.hour < d.stop"
            f" WHERE 1 = 1{brand_sql} GROUP BY {groups} HAVING SUM(c.mentions) != 0 ORDER BY {groups}",
            [v for day, start, stop in days for v in (day, start[:13], stop[:13])] + [since, since] + brand_args
        )

    def counted_source_activity(self, since: str) -> pd.DataFrame:
        """`ReadQueries.source_activity` from the counts, for a start on a whole hour: the newest
        post is looked up among the mentions of each source's newest counted hour only."""
        return self._frame(
            "SELECT s.source, s.recent_mentions, s.mentions, (SELECT MAX(m.created_at) FROM mentions m"
            " WHERE m.created_at >= s.newest_hour AND m.source = s.source) AS newest_post_at"
            " FROM (SELECT source, SUM(CASE WHEN hour >= ? THEN n ELSE 0 END) AS recent_mentions,"
            " SUM(n) AS mentions, MAX(CASE WHEN n > 0 THEN hour END) AS newest_hour"
            f" FROM (SELECT source, hour, SUM(mentions) AS n FROM {self._counted()} GROUP BY source, hour) h"
            " GROUP BY source HAVING SUM(n) != 0) s ORDER BY s.source", [since[:13]]
        )
