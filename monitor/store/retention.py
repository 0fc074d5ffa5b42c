"""Retention: personal data kept no longer than it is useful (part of the `monitor.store` package).

Two steps, each run by `monitor retention run` and daily by the scheduler:

- raw payloads (the whole post as the network sent it, kept to re-read a field later) are
  dropped once older than `retention.raw_payload_days`; quarantined items lose theirs too;
- the posts of people the monitor found nothing to act on (no verdict other than `none`, not
  linked to a customer who has one, no case work, in no coordinated group) are anonymised once
  older than `retention.no_verdict_text_days` and once detection has taken them into account,
  exactly as an erasure anonymises a post (`Privacy._anonymise_mentions`: counts stay, identity
  goes); an account left with no post, link or case is deleted.

Both work through the table in slices of rowids, each slice its own short transaction, so a
collector waiting to write never waits for a whole pass, a pass over a million mentions is one
linear scan, and an interrupted run is finished by the next one (every step is idempotent).
Labels keep their own copy of a post's text: they are training data the team chose to keep
(`monitor forget` removes a person's).
"""

from __future__ import annotations

import json
from collections import Counter

from monitor.store.customers import LINKED_STATUSES
from monitor.store.privacy import Privacy

SLICE = 5000
"""Rowids per transaction."""

_NO_CASE = (
    "NOT EXISTS (SELECT 1 FROM verdicts v WHERE v.subject_key = {key} AND v.verdict != 'none')"
    " AND NOT EXISTS (SELECT 1 FROM author_links l JOIN verdicts cv"
    "  ON cv.subject_key = 'customer:' || l.customer_id"
    f"  WHERE l.author_key = {{key}} AND l.status IN {LINKED_STATUSES} AND cv.verdict != 'none')"
    " AND {key} NOT IN (SELECT subject_key FROM case_state UNION SELECT subject_key FROM case_steps"
    "  UNION SELECT subject_key FROM case_events)"
    " AND {key} NOT IN (SELECT j.value FROM coordinated_groups g, json_each(g.members_json) j)"
)
"""SQL true when the account `{key}` is nobody the team acts on."""


class Retention(Privacy):
    """Time-based deletion and anonymisation."""

    def _slices(self, table: str) -> range:
        low, high = self.db.execute(f"SELECT MIN(rowid), MAX(rowid) FROM {table}").fetchone()
        return range(0) if low is None else range(low, high + 1, SLICE)

    def drop_raw_payloads(self, before: str) -> dict[str, int]:
        """Drop the raw payload of mentions collected, and quarantined items stored, before
        `before` (stored UTC text). Returns how many of each."""
        done: Counter[str] = Counter()
        for table, column, when in (("mentions", "raw_json", "collected_at"), ("quarantine", "raw", "created_at")):
            for start in self._slices(table):
                with self.db.atomic():
                    done[f"{table}.{column}"] += self._execute(
                        f"UPDATE {table} SET {column} = NULL WHERE rowid >= ? AND rowid < ?"
                        f" AND {when} < ? AND {column} IS NOT NULL", [start, start + SLICE, before])
        return {k: int(v) for k, v in done.items() if v}

    def anonymise_texts_without_case(self, before: str) -> dict[str, int]:
        """Anonymise the assessed posts made before `before` by people nobody acts on, then
        delete the accounts (and their `none` verdicts) left with nothing. Returns counts."""
        done: Counter[str] = Counter()
        touched: set[str] = set()
        for start in self._slices("mentions"):
            with self.db.atomic():
                rows = self.db.execute(
                    "SELECT id, author_key, text, text_hash FROM mentions m WHERE rowid >= ? AND rowid < ?"
                    " AND created_at < ? AND author_key IS NOT NULL AND assessed = 1 AND "
                    + _NO_CASE.format(key="m.author_key"), [start, start + SLICE, before]).fetchall()
                if not rows:
                    continue
                mapping = self._anonymise_mentions([r[0] for r in rows])
                self._remap_mention_ids(mapping)
                done["mentions (anonymised)"] += len(mapping)
                done["embeddings"] += self._drop_embeddings([r[3] for r in rows])
                touched.update(r[1] for r in rows)
        with self.db.atomic():
            old_reposts = "FROM reposts WHERE created_at < ? AND " + _NO_CASE.format(key="reposts.author_key")
            touched.update(r[0] for r in self.db.execute(f"SELECT DISTINCT author_key {old_reposts}",
                                                         [before]).fetchall())
            done["reposts"] += self._execute(f"DELETE {old_reposts}", [before])
            left = [key for key in sorted(touched) if not self.db.execute(
                "SELECT 1 FROM mentions WHERE author_key = ? UNION ALL SELECT 1 FROM reposts WHERE author_key = ?"
                " UNION ALL SELECT 1 FROM author_links WHERE author_key = ? LIMIT 1", [key, key, key]).fetchone()]
            gone = json.dumps([key for key in left if self.db.execute(
                "SELECT " + _NO_CASE.format(key="?"), [key] * 4).fetchone()[0]])
            for table in ("verdict_history", "verdicts"):
                done[table] += self._execute(f"DELETE FROM {table} WHERE subject_key IN"
                                             " (SELECT value FROM json_each(?))", [gone])
            done["authors"] += self._execute("DELETE FROM authors WHERE author_key IN"
                                             " (SELECT value FROM json_each(?))", [gone])
        return {k: int(v) for k, v in done.items() if v}
