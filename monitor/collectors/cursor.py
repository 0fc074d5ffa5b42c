"""The cursor behind `Collector.fetch`: per-task watermarks, recent ids and extras, as one JSON string.

Kept apart from base.py so the contract file stays short; every collector uses it through base.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable
from typing import Any

from monitor.mention import Mention

logger = logging.getLogger(__name__)

SEEN_LIMIT = 1000
"""Recent native ids kept per cursor key: enough to cover re-fetched overlap windows."""


def mark_key(mark: str) -> tuple[int, str]:
    """Order watermarks: numeric ids by length then text, and fixed-width ISO times as text."""
    return (len(mark), mark)


class CursorState:
    """The collector's resumable state behind the opaque cursor: one dict per task key.

    A slot holds a `watermark` (newest mark of the last completed chain), the `seen` recent
    native ids, and source extras such as ETags.
    """

    def __init__(self, data: dict[str, dict[str, Any]] | None = None):
        self.data = data or {}
        self._seen: dict[str, set[str]] = {}

    @classmethod
    def load(cls, cursor: str | None, source: str) -> CursorState:
        """Parse a stored cursor; an unreadable one restarts from scratch (writes are idempotent)."""
        if not cursor:
            return cls()
        try:
            data = json.loads(cursor)
        except ValueError:
            data = None
        if not isinstance(data, dict) or not all(isinstance(slot, dict) for slot in data.values()):
            logger.warning("%s: stored cursor is unreadable, starting from scratch", source)
            return cls()
        return cls(data)

    def slot(self, key: str) -> dict[str, Any]:
        """The mutable state dict of one task key (created empty)."""
        return self.data.setdefault(key, {})

    def watermark(self, key: str) -> str | None:
        """The key's newest mark from its last completed chain, or None on a first run."""
        return self.data.get(key, {}).get("watermark")

    def set_watermark(self, key: str, mark: str | None) -> None:
        """Store a new watermark; None (nothing seen yet) leaves the old one."""
        if mark:
            self.slot(key)["watermark"] = mark

    def take_unseen(self, key: str, mentions: Iterable[Mention]) -> list[Mention]:
        """Keep mentions whose native id is not among the key's recent ids, and remember them."""
        recent = self.slot(key).setdefault("seen", [])
        seen = self._seen.setdefault(key, set(recent))
        fresh = []
        for mention in mentions:
            if mention.native_id not in seen:
                seen.add(mention.native_id)
                recent.append(mention.native_id)
                fresh.append(mention)
        if len(recent) > SEEN_LIMIT:
            del recent[:-SEEN_LIMIT]
            self._seen[key] = set(recent)
        return fresh

    def dump(self) -> str:
        """The opaque cursor string (stable key order, compact)."""
        return json.dumps(self.data, sort_keys=True, separators=(",", ":"))
