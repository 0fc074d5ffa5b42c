"""Mentions and what hangs off them: authors, reposts, quarantine, cursors, scores, embeddings.

Ingest writes here (a page of mentions and its cursor in one transaction), classification
reads the unscored queue and writes scores and cached embeddings, and detection reads
mentions back and marks them assessed.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Iterable, Iterator, Sequence

import numpy as np
import pandas as pd

from monitor.mention import Mention, iso, utcnow
from monitor.store.counts import MentionCounts
from monitor.store.customers import LINKED_STATUSES
from monitor.store.db import Where
from monitor.text import text_hash


@dataclass(frozen=True)
class SaveResult:
    stored: int = 0
    duplicates: int = 0
    reposts: int = 0
    quarantined: int = 0

    def __add__(self, other: "SaveResult") -> "SaveResult":
        return SaveResult(*(a + b for a, b in zip(self.astuple(), other.astuple())))

    def astuple(self) -> tuple[int, int, int, int]:
        return (self.stored, self.duplicates, self.reposts, self.quarantined)


class Mentions(MentionCounts):
    """Mentions, authors, reposts, quarantine, cursors, scores, embeddings, assessed flags; every
    mention stored or re-categorised is counted (`MentionCounts`) in the same transaction."""

    # ---- ingest -------------------------------------------------------------------------

    def save_page(
        self,
        mentions: Sequence[Mention],
        collector: str | None = None,
        cursor: str | None = None,
        quarantined: Iterable[dict[str, Any]] = (),
    ) -> SaveResult:
        """Store a page of mentions, its quarantined items and the collector's cursor atomically.

        Mentions already stored are skipped (their first collected time is kept); a repost
        is recorded once and counted as amplification of its original. A repost whose original
        is not stored (the source never served it: deleted, protected, outside the search) names
        it in `unresolved_original`, never in `original_id`, until the original arrives.
        """
        now = iso(utcnow())
        stored = duplicates = reposts = 0
        new = []
        bad = list(quarantined)
        with self.db.atomic():
            for mention in mentions:
                self._upsert_author(mention, now)
                if mention.reposts_of:
                    reposts += self._save_repost(mention, now)
                    continue
                cur = self.db.execute(
                    "INSERT OR IGNORE INTO mentions (id, source, native_id, brand, author_key, text,"
                    " text_hash, lang, created_at, collected_at, url, raw_json, repost_count)"
                    " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,"
                    " (SELECT COUNT(*) FROM reposts WHERE original_id = ?)"
                    " + (SELECT COUNT(*) FROM reposts WHERE unresolved_original = ?))",
                    [mention.id, mention.source, mention.native_id, mention.brand,
                     mention.author_key, mention.text, text_hash(mention.text), mention.lang,
                     iso(mention.created_at), now, mention.url,
                     json.dumps(mention.raw, ensure_ascii=False, default=str), mention.id, mention.id],
                )
                if cur.rowcount:
                    self.db.execute("UPDATE reposts SET original_id = unresolved_original,"
                                    " unresolved_original = NULL WHERE unresolved_original = ?", [mention.id])
                    stored += 1
                    new.append((iso(mention.created_at), mention.source, mention.brand, mention.lang))
                else:
                    duplicates += 1
            self._count_new_mentions(new)
            self._note_facets([("lang", m.lang) for m in mentions]
                              + [("source", m.source) for m in mentions])
            quarantined = 0
            for item in bad:  # an item read again (a file re-read after a kill, an overlap window)
                quarantined += self.db.execute(  # is not quarantined a second time
                    "INSERT INTO quarantine (source, native_id, error, raw, created_at)"
                    " SELECT :source, :native_id, :error, :raw, :now WHERE NOT EXISTS (SELECT 1"
                    " FROM quarantine WHERE source IS :source AND native_id IS :native_id"
                    " AND error IS :error AND raw IS :raw)", {**item, "now": now}).rowcount
            if collector is not None and cursor is not None:
                self.db["cursors"].upsert(
                    {"collector": collector, "cursor": cursor, "updated_at": now}, pk="collector"
                )
        return SaveResult(stored, duplicates, reposts, quarantined)

    def _note_facets(self, pairs: Iterable[tuple[str, Any]]) -> None:
        """Remember the filter values seen (languages, sources, categories)."""
        distinct = {(kind, str(value)) for kind, value in pairs if value}
        if distinct:
            self.db.conn.executemany("INSERT OR IGNORE INTO facets (kind, value) VALUES (?, ?)",
                                     sorted(distinct))

    def _upsert_author(self, mention: Mention, now: str) -> None:
        key = mention.author_key
        seen = iso(mention.created_at)
        self.db.execute(
            "INSERT INTO authors (author_key, source, author_id, handle, name, url, first_seen_at,"
            " last_seen_at) VALUES (?,?,?,?,?,?,?,?) ON CONFLICT(author_key) DO UPDATE SET"
            " handle = COALESCE(NULLIF(excluded.handle, ''), authors.handle),"
            " name = COALESCE(NULLIF(excluded.name, ''), authors.name),"
            " first_seen_at = MIN(authors.first_seen_at, excluded.first_seen_at),"
            " last_seen_at = MAX(authors.last_seen_at, excluded.last_seen_at)",
            [key, mention.source, mention.author_id, mention.author_handle, mention.author_name,
             "", seen, seen],
        )

    def _save_repost(self, mention: Mention, now: str) -> int:
        """Record a repost once; it counts for its original at once if that is stored, else
        when the original arrives (`unresolved_original` until then)."""
        known = self.db.execute("SELECT 1 FROM mentions WHERE id = ?", [mention.reposts_of]).fetchone()
        cur = self.db.execute(
            "INSERT OR IGNORE INTO reposts (id, original_id, unresolved_original, author_key,"
            " created_at, collected_at) VALUES (?,?,?,?,?,?)",
            [mention.id, mention.reposts_of if known else None, None if known else mention.reposts_of,
             mention.author_key, iso(mention.created_at), now],
        )
        if cur.rowcount and known:
            self.db.execute(
                "UPDATE mentions SET repost_count = repost_count + 1 WHERE id = ?", [mention.reposts_of]
            )
        return cur.rowcount

    def get_cursor(self, collector: str) -> str | None:
        row = self.db.execute("SELECT cursor FROM cursors WHERE collector = ?", [collector]).fetchone()
        return row[0] if row else None

    def quarantined(self, limit: int = 100) -> pd.DataFrame:
        return self._frame("SELECT * FROM quarantine ORDER BY id DESC LIMIT ?", [limit])

    # ---- scoring ------------------------------------------------------------------------

    def unscored_count(self) -> int:
        return int(self.db.execute("SELECT COUNT(*) FROM mentions WHERE scored_at IS NULL"
                                   " AND author_key IS NOT NULL").fetchone()[0])

    def unscored(self, limit: int) -> pd.DataFrame:
        return self._frame(
            "SELECT id, text, lang, text_hash FROM mentions WHERE scored_at IS NULL"
            " AND author_key IS NOT NULL ORDER BY collected_at LIMIT ?", [limit]  # not erased ones
        )

    def save_scores(self, scores: pd.DataFrame, model_version: str) -> None:
        """Scores per mention id: category, p_complaint, p_disrespectful, p_founded, founded; and
        how sure the model is (distance of the nearer score from its 0.5 bar, for the label tab)."""
        now = iso(utcnow())
        rows = [
            (r.category, float(r.p_complaint), float(r.p_disrespectful), float(r.p_founded),
             int(bool(r.founded)), model_version, now,
             min(abs(float(r.p_disrespectful) - 0.5), abs(float(r.p_founded) - 0.5)), r.id)
            for r in scores.itertuples(index=False)
        ]
        ids = [row[-1] for row in rows]
        with self.db.atomic():
            self._count_category_change(ids, -1)
            self.db.conn.executemany(
                "UPDATE mentions SET category=?, p_complaint=?, p_disrespectful=?, p_founded=?,"
                " founded=?, model_version=?, scored_at=?, sureness=? WHERE id=?", rows
            )
            self._count_category_change(ids, +1)
            self._note_facets([("category", row[0]) for row in rows])

    def clear_scores(self) -> int:
        """Mark every mention for re-scoring (after switching the model version); an anonymised
        one (no author, no text: `store/privacy.py`) keeps the scores it had, for the counts."""
        with self.db.atomic():
            return self.db.execute("UPDATE mentions SET scored_at = NULL, sureness = NULL,"
                                   " assessed = 0 WHERE author_key IS NOT NULL").rowcount

    def embedding_cache(self) -> "StoreEmbeddingCache":
        """The classifier's embedding cache (`embedding.EmbeddingCache`) kept in this store."""
        return StoreEmbeddingCache(self)

    def get_embeddings(self, model: str, hashes: Sequence[str]) -> dict[str, np.ndarray]:
        found: dict[str, np.ndarray] = {}
        unique = list(dict.fromkeys(hashes))
        for start in range(0, len(unique), 500):
            chunk = unique[start:start + 500]
            rows = self.db.execute(
                "SELECT text_hash, vector FROM embeddings WHERE model = ? AND text_hash IN (%s)"
                % ",".join("?" * len(chunk)), [model, *chunk]
            ).fetchall()
            found.update({h: np.frombuffer(v, dtype=np.float32) for h, v in rows})
        return found

    def put_embeddings(self, model: str, vectors: dict[str, np.ndarray]) -> None:
        with self.db.atomic():
            self.db.conn.executemany(
                "INSERT OR IGNORE INTO embeddings (model, text_hash, vector) VALUES (?,?,?)",
                [(model, h, np.asarray(v, dtype=np.float32).tobytes()) for h, v in vectors.items()],
            )

    # ---- reads for detection, board and reports ----------------------------------------

    def mentions_frame(self, since: str | None = None, author_keys: Sequence[str] | None = None,
                       limit: int | None = None, scored_only: bool = False) -> pd.DataFrame:
        """Mentions joined with their author and customer link, newest first."""
        where = Where()
        if since:
            where.add("m.created_at >= ?", since)
        if scored_only:
            where.add("m.scored_at IS NOT NULL")
        if author_keys is not None:
            where.one_of("m.author_key", author_keys)
        args = where.args
        sql = (
            "SELECT m.id, m.source, m.brand, m.author_key, a.handle, a.name AS author_name,"
            " l.customer_id, m.text, m.lang, m.created_at, m.collected_at, m.url, m.category,"
            " m.p_complaint, m.p_disrespectful, m.p_founded, m.founded, m.repost_count AS reposts,"
            " m.text_hash, m.model_version"
            " FROM mentions m JOIN authors a ON a.author_key = m.author_key"
            " LEFT JOIN author_links l ON l.author_key = m.author_key"
            f"   AND l.status IN {LINKED_STATUSES}"
            f" WHERE {where.sql} ORDER BY m.created_at DESC"
        )
        if limit:
            sql += " LIMIT ?"
            args.append(limit)
        frame = self._frame(sql, args)
        for column in ("created_at", "collected_at"):
            frame[column] = pd.to_datetime(frame[column], utc=True, format="ISO8601")
        return frame

    def unassessed(self) -> pd.DataFrame:
        """Scored mentions that detection has not taken into account yet (id, author_key)."""
        return self._frame("SELECT id, author_key FROM mentions"
                           " WHERE assessed = 0 AND scored_at IS NOT NULL AND author_key IS NOT NULL")

    def mark_assessed(self, mention_ids: Sequence[str], batch_size: int = 20_000) -> None:
        """Record that detection has taken these mentions into account: all or none of them,
        in statements of `batch_size` ids (one statement for the 5,000,000 ids of a full
        detection would make the server plan a join against one huge parameter)."""
        ids = list(mention_ids)
        with self.db.atomic():
            for start in range(0, len(ids), batch_size):
                self.db.execute("UPDATE mentions SET assessed = 1 WHERE assessed = 0 AND id IN"
                                " (SELECT value FROM json_each(?))", [json.dumps(ids[start:start + batch_size])])

    def authors_frame(self, author_keys: Sequence[str] | None = None) -> pd.DataFrame:
        """Authors (all, or the given ones) with their customer link, if any."""
        where, args = "", []
        if author_keys is not None:
            where = " WHERE a.author_key IN (SELECT value FROM json_each(?))"
            args = [json.dumps(list(author_keys))]
        return self._frame(
            "SELECT a.*, l.customer_id, l.method AS link_method, l.confidence AS link_confidence,"
            " l.status AS link_status FROM authors a"
            f" LEFT JOIN author_links l ON l.author_key = a.author_key{where} ORDER BY a.author_key", args
        )

    def unscored_ids(self, batch_size: int, among: Sequence[str] | None = None) -> Iterator[list[str]]:
        """Ids of the mentions waiting for scores (erased ones never), oldest collected first, in
        lists of at most `batch_size`: the batches `monitor.workers` hands out, one task each.
        With `among`, only those of the given ids that are still unscored, in id order (a batch
        delivered twice then scores nothing twice). Pages are read by key, each its own short
        query, so no read stays open while the caller hands batches out."""
        unscored = "SELECT id, collected_at FROM mentions WHERE scored_at IS NULL AND author_key IS NOT NULL"
        if among is not None:
            ids, found = list(dict.fromkeys(among)), []
            for start in range(0, len(ids), 500):
                chunk = ids[start:start + 500]
                found += [row[0] for row in self.db.execute(
                    f"{unscored} AND id IN ({','.join('?' * len(chunk))})", chunk).fetchall()]
            found.sort()
            yield from (found[i:i + batch_size] for i in range(0, len(found), batch_size))
            return
        sql, args = f"{unscored} ORDER BY collected_at, id LIMIT ?", [batch_size]
        while True:
            rows = self.db.execute(sql, args).fetchall()
            if not rows:
                return
            yield [row[0] for row in rows]
            last_id, last_collected = rows[-1][0], rows[-1][1]
            sql = (f"{unscored} AND collected_at >= ? AND (collected_at > ? OR id > ?)"
                   " ORDER BY collected_at, id LIMIT ?")  # the first condition seeks the index
            args = [last_collected, last_collected, last_id, batch_size]


class StoreEmbeddingCache:
    """Embeddings keyed by model name and text hash, in the store's `embeddings` table: a text
    seen again (a repost, a retrain, a re-score) is never encoded twice."""

    def __init__(self, store: Mentions):
        self.store = store

    def get_many(self, model_name: str, hashes: Sequence[str]) -> dict[str, np.ndarray]:
        return self.store.get_embeddings(model_name, hashes)

    def put_many(self, model_name: str, vectors: dict[str, np.ndarray]) -> None:
        self.store.put_embeddings(model_name, vectors)
