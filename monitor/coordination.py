"""Coordinated groups: several accounts posting near-identical attacks within minutes of each other.

Pure and near-linear: mentions are bucketed by normalised text and by shared link, and compared
by similarity only inside short time blocks, never all pairs. A group's id is a stable hash of
its sorted members, so the same accounts acting together again keep the same id.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any
from urllib.parse import urlsplit

import numpy as np
import pandas as pd

from monitor.scored_mentions import mention_flags, utc_nanoseconds
from monitor.similarity import embedding_matrix, text_vectors
from monitor.mention import iso as _iso
from monitor.text import comparable_text

logger = logging.getLogger(__name__)

MINUTE_NS = 60 * 10**9
EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
_URL = re.compile(r"https?://[^\s<>\"')\]]+", re.IGNORECASE)


@dataclass(frozen=True)
class CoordinatedGroup:
    """Accounts that posted the same attack together; `occurrences` counts separate bursts."""

    group_id: str
    members: tuple[str, ...]
    mention_ids: tuple[str, ...]
    first_at: datetime
    last_at: datetime
    occurrences: int
    sample_text: str

    def to_row(self) -> dict[str, Any]:
        """The stored form: members and mention ids as JSON text, times as ISO text."""
        return {
            "group_id": self.group_id,
            "members_json": json.dumps(sorted(self.members)),
            "mention_ids_json": json.dumps(list(self.mention_ids)),
            "first_at": _iso(self.first_at), "last_at": _iso(self.last_at),
            "occurrences": int(self.occurrences), "sample_text": self.sample_text,
        }


def group_id_for(members: list[str] | tuple[str, ...]) -> str:
    """Stable id of a set of accounts: the first 16 hex digits of SHA-1 over the sorted keys."""
    return hashlib.sha1("\n".join(sorted(set(members))).encode("utf-8")).hexdigest()[:16]


def normalise_link(url: str) -> str | None:
    """Host (without www.) + path, lower case, no query or trailing slash; None for a bare domain."""
    try:
        parts = urlsplit(url.rstrip(".,;:!?"))
    except ValueError:
        return None
    host = (parts.hostname or "").lower().removeprefix("www.")
    path = parts.path.rstrip("/").lower()
    if not host or not path:
        return None
    return f"{host}{path}"


def _datetime(ns: int) -> datetime:
    return EPOCH + timedelta(microseconds=int(ns) // 1000)


class _Joiner:
    """Union-find over row positions."""

    def __init__(self, n: int):
        self.parent = np.arange(n)

    def find(self, i: int) -> int:
        root = i
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[i] != root:
            self.parent[i], i = root, self.parent[i]
        return root

    def join(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def find_coordinated_groups(mentions: pd.DataFrame, window_minutes: int = 15, min_accounts: int = 3,
                            similarity: float = 0.9, attacks_only: bool = True,
                            min_text_chars: int = 20, decision_threshold: float = 0.5
                            ) -> list[CoordinatedGroup]:
    """Groups of at least `min_accounts` accounts posting near-identical mentions.

    Two mentions are tied when they are at most `window_minutes` apart and share their
    normalised text (at least `min_text_chars` long) or a link, or come from different accounts
    with a similarity >= `similarity` (embeddings when every row has one, else character shingles).
    With `attacks_only`, only hostile mentions (disrespectful, or critical without a concrete
    problem) take part. Sorted by first time, then id.
    """
    if mentions is None or len(mentions) == 0:
        return []
    times = utc_nanoseconds(mentions["created_at"])
    keep = times > np.iinfo(np.int64).min
    if attacks_only:
        critical, disrespectful, founded = mention_flags(mentions, decision_threshold)
        keep &= disrespectful | (critical & ~founded)
    frame = mentions.loc[keep]
    times = times[keep]
    if len(frame) < min_accounts:
        return []
    order = np.lexsort((frame["id"].astype(str).to_numpy(), times))
    frame, times = frame.iloc[order], times[order]
    authors = frame["author_key"].astype(str).to_numpy()
    texts = frame["text"].fillna("").astype(str).to_numpy()
    window = window_minutes * MINUTE_NS
    joiner = _Joiner(len(frame))

    buckets: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, raw in enumerate(texts):
        normal = comparable_text(raw)
        if len(normal) >= min_text_chars:
            buckets[("text", normal)].append(i)
        for link in {normalise_link(u) for u in _URL.findall(raw)} - {None}:
            buckets[("link", link)].append(i)
    for rows in buckets.values():
        for a, b in zip(rows, rows[1:]):
            if times[b] - times[a] <= window:
                joiner.join(a, b)
    _join_similar(frame, texts, times, authors, window, similarity, joiner)

    components: dict[int, list[int]] = defaultdict(list)
    for i in range(len(frame)):
        components[joiner.find(i)].append(i)
    by_members: dict[tuple[str, ...], list[list[int]]] = defaultdict(list)
    for rows in components.values():
        members = tuple(sorted(set(authors[rows].tolist())))
        if len(members) >= min_accounts:
            by_members[members].append(rows)
    ids = frame["id"].astype(str).to_numpy()
    groups = []
    for members, bursts in by_members.items():
        rows = sorted(r for burst in bursts for r in burst)
        groups.append(CoordinatedGroup(
            group_id=group_id_for(members), members=members,
            mention_ids=tuple(ids[rows].tolist()),
            first_at=_datetime(times[rows[0]]), last_at=_datetime(times[rows[-1]]),
            occurrences=len(bursts), sample_text=texts[rows[0]][:280],
        ))
    groups.sort(key=lambda g: (g.first_at, g.group_id))
    logger.debug("coordination: %d mentions, %d groups", len(frame), len(groups))
    return groups


def _join_similar(frame: pd.DataFrame, texts: np.ndarray, times: np.ndarray, authors: np.ndarray,
                  window: int, threshold: float, joiner: _Joiner, chunk: int = 512) -> None:
    """Join near-identical mentions of different accounts; each chunk of rows (in time order) is
    compared only with the rows that follow it within the window."""
    vectors: Any = None
    if "embedding" in frame.columns:
        vectors = embedding_matrix(frame["embedding"].to_numpy(dtype=object))
    dense = vectors is not None
    if not dense:
        vectors = text_vectors(texts)
    for start in range(0, len(times), chunk):
        end = min(start + chunk, len(times))
        stop = int(np.searchsorted(times, times[end - 1] + window, side="right"))
        sims = vectors[start:end] @ vectors[start:stop].T
        if dense:
            a_idx, b_idx = np.nonzero(sims >= threshold - 1e-6)
        else:
            sims = sims.tocoo()
            keep = sims.data >= threshold - 1e-6
            a_idx, b_idx = sims.row[keep], sims.col[keep]
        a_idx, b_idx = a_idx + start, b_idx + start
        tied = (b_idx > a_idx) & (authors[a_idx] != authors[b_idx]) & (times[b_idx] - times[a_idx] <= window)
        for a, b in zip(a_idx[tied], b_idx[tied]):
            joiner.join(int(a), int(b))
