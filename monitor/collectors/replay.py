"""The demo's live source: releases the held-back demo mentions a few per run, stamped as just posted,
over and over (as new posts) for as long as the demo runs.

It behaves like any collector (cursor, pages, idempotent ids), so the demo exercises the same
ingest, scheduling and board refresh path that real sources use.
"""

from __future__ import annotations

import dataclasses
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
    }

    needs_no_options = True

    @classmethod
    def with_defaults(cls, options: dict[str, Any], config: Any) -> dict[str, Any]:
        """The demo's file and batch size come from the [demo] settings."""
        options.setdefault("file", str(config.demo.file))
        options.setdefault("batch", config.demo.batch)
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
        live = []
        for i in range(self.options["batch"]):
            # The held-back mentions are released again and again while the demo runs, each
            # round as new posts (new ids), so the board keeps showing mentions arriving.
            position = max(released - first, 0) + i
            rounds, index = divmod(position, len(pool))
            mention = pool[index]
            if rounds:
                mention = dataclasses.replace(mention, native_id=f"{mention.native_id}~{rounds}")
            live.append(dataclasses.replace(mention, created_at=now - timedelta(
                seconds=self.options["batch"] - i)))
        slot["released"] = first + max(released - first, 0) + len(live)
        yield Page(live, state.dump())
