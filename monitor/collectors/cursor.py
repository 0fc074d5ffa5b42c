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


WALK_KEYS = ("walk_top", "resume_from", "walk_floor")
"""Slot keys that exist only while a newest-first walk is under way (see `CursorState`)."""


class CursorState:
    """The collector's resumable state behind the opaque cursor: one dict per task key.

    A slot holds a `watermark` (newest mark of the last completed chain), the `seen` recent
    native ids, and source extras such as ETags.

    A newest-first walk (page back from the newest post down to the watermark) is saved as it
    goes, with every stored page: `walk_top` (the newest mark the walk has seen, the next
    watermark), `resume_from` (the source's token for the next older page) and `walk_floor`
    (the floor or start time the walk asks with, so a resumed walk asks the same query). A run
    cut short (rate limit, budget, crash) therefore resumes from its last stored page instead of
    from the newest page again, the walk still ends at the previous watermark, and only then does
    the watermark move to `walk_top`: posts that arrived meanwhile are above it and are picked up
    by the next walk. Re-fetched pages store nothing twice (ids are idempotent in the store).
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

    def walking(self, key: str) -> bool:
        """True while a walk of `key` is under way (a run stopped inside it)."""
        return "resume_from" in self.data.get(key, {})

    def resume_from(self, key: str) -> Any:
        """The token of the next older page of the walk under way, or None (start from the newest)."""
        return self.data.get(key, {}).get("resume_from")

    def walk_floor(self, key: str, fresh: str | None) -> str | None:
        """The floor the walk under way started with, else `fresh` (the floor of a new walk)."""
        if self.walking(key):
            return self.data[key].get("walk_floor", fresh)
        return fresh

    def save_walk(self, key: str, top: str | None, resume_from: Any, floor: str | None) -> None:
        """Record where the walk is, after a page whose mentions go into the store with this state."""
        slot = self.slot(key)
        slot["resume_from"] = resume_from
        if top:
            slot["walk_top"] = top
        if floor:
            slot["walk_floor"] = floor

    def walk_top(self, key: str) -> str | None:
        """The newest mark the walk under way has seen (None when no walk is under way)."""
        return self.data.get(key, {}).get("walk_top")

    def end_walk(self, key: str, top: str | None) -> None:
        """The walk reached the old watermark (or its floor): the watermark moves to the walk's top."""
        slot = self.slot(key)
        marks = [mark for mark in (slot.get("watermark"), slot.get("walk_top"), top) if mark]
        for name in WALK_KEYS:
            slot.pop(name, None)
        if marks:
            slot["watermark"] = max(marks, key=mark_key)

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
