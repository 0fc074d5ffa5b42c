"""The demo's live source: releases the held-back demo mentions over and over (as new posts, with
new ids) for as long as the demo runs, at a realistic pace.

The pace is a daily volume (demo.per_day; by default the demo's own average), spread evenly
over the UTC day: each release is stamped at its place in that day's schedule, so the board's
"today" and its chart look like a normal day, not a spike, however long the demo runs, and a
restarted demo catches up on today's schedule instead of starting over. It behaves like any
collector (cursor, pages, idempotent ids), so the demo exercises the same ingest, scheduling
and board refresh path that real sources use.
"""

from __future__ import annotations

import dataclasses
import zlib
from datetime import timedelta
from pathlib import Path
from typing import Any, Iterator

from monitor.collectors.base import Collector, CursorState, Page, Task
from monitor.collectors.options import REQUIRED
from monitor.collectors.file_import import read_mention_file
from monitor.errors import SourceError

HELD_BACK = 240
"""Newest demo mentions kept out of the initial load and released live by this source."""


class ReplayCollector(Collector):
    name = "replay"
    options_spec = {
        "file": ("text", REQUIRED),  # the demo.file setting, filled in by with_defaults
        "batch": ("count", 25),
        "held_back": ("count", HELD_BACK),
        "per_day": ("number", 0.0),  # 0: the demo's own daily volume
    }

    needs_no_options = True

    @classmethod
    def with_defaults(cls, options: dict[str, Any], config: Any) -> dict[str, Any]:
        """The demo's file and batch size come from the [demo] settings."""
        options.setdefault("file", str(config.demo.file))
        options.setdefault("batch", config.demo.batch)
        options.setdefault("per_day", config.demo.per_day)
        return options

    def plan(self) -> list[Task]:
        return [Task("replay", Path(self.options["file"]))]

    def fetch_task(self, task: Task, state: CursorState) -> Iterator[Page]:
        mentions, errors = read_mention_file(task.target)
        if errors:
            raise SourceError(f"replay: {errors[0]}")
        mentions.sort(key=lambda m: (m.created_at, m.id))
        slot = state.slot(task.key)
        first = max(len(mentions) - self.options["held_back"], 0)
        pool = mentions[first:]
        if not pool:
            return
        released = int(slot.get("released", first))
        now = self.http.now()
        day_start = now.replace(hour=0, minute=0, second=0, microsecond=0)
        per_day = int(self.options["per_day"]) or daily_volume(pool)
        spacing = 86_400 / per_day
        due = min(per_day, int((now - day_start).total_seconds() // spacing) + 1)
        today = day_start.date().isoformat()
        done = int(slot.get("today", 0)) if slot.get("day") == today else 0
        live = []
        for k in range(done, min(due, done + self.options["batch"])):
            # The held-back mentions come again and again while the demo runs, each round as
            # new posts (new ids), each stamped at its slot in today's schedule.
            position = max(released - first, 0) + len(live)
            rounds, index = divmod(position, len(pool))
            mention = pool[index]
            if rounds:
                mention = dataclasses.replace(mention, native_id=f"{mention.native_id}~{rounds}")
            # somewhere in its slot (a fixed share of it per post), never after now
            offset = timedelta(seconds=(k + (zlib.crc32(mention.native_id.encode()) % 800) / 1000) * spacing)
            live.append(dataclasses.replace(mention, created_at=min(day_start + offset, now)))
        if not live:
            return
        slot.update({"released": first + max(released - first, 0) + len(live), "day": today,
                     "today": done + len(live)})
        yield Page(live, state.dump())


def daily_volume(pool: list) -> int:
    """Mentions per day in the held-back part of the demo, as it was posted."""
    days = (pool[-1].created_at - pool[0].created_at).total_seconds() / 86_400
    return max(1, round(len(pool) / max(days, 1.0)))
