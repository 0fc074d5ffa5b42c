"""Replay-style backlog runs: a local server speaking a source's API refuses mid-walk with a long
reset, and the collector is run again and again, through the real store, as the scheduler would.

`WallClock` is the test's time: the client's sleeps move it, and the test moves it past a reset
between runs. `RateLimited` sits in front of a fake API (registered first, so it answers before
the fake's own handler) and applies the source's limit, reading that clock.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from monitor.collectors.client import HttpClient
from monitor.ingest import run_collector
from monitor.store import Store


class WallClock:
    """Wall time (`now`) and the client's monotonic clock, moving together when the client sleeps."""

    def __init__(self, start: datetime) -> None:
        self.now, self.mono = start, 0.0
        self.sleeps: list[float] = []

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(round(seconds, 3))
        self.mono += seconds
        self.now += timedelta(seconds=seconds)

    def clock(self) -> float:
        return self.mono

    def move_to(self, moment: datetime) -> None:
        """Let time pass between runs (the scheduler's next round after a rest)."""
        self.mono += max((moment - self.now).total_seconds(), 0.0)
        self.now = max(self.now, moment)

    def http(self) -> HttpClient:
        """A fresh client per run, as production builds one per collector run."""
        return HttpClient(timeout_s=2.0, backoff_s=0.5, max_retries=3, max_wait_s=600, sleep=self.sleep,
                          clock=self.clock, now=lambda: self.now, rng=random.Random(7))


@dataclass
class RateLimited:
    """`allowed` requests per window; the window ends at `window_end(now)`. Past the budget the
    server answers `refuse(reset)`; successful answers get `headers(remaining, reset)`."""

    server: HTTPServer
    path: str
    clock: WallClock
    allowed: int
    window_end: Callable[[datetime], datetime]
    refuse: Callable[[datetime], Response]
    headers: Callable[[int, datetime], dict[str, str]] = lambda remaining, reset: {}
    inner: Callable[[Request], Response] | None = None
    served: list[dict[str, str]] = field(default_factory=list)
    refused: int = 0
    _window: datetime | None = None
    _used: int = 0

    def __post_init__(self) -> None:
        self.server.expect_request(self.path).respond_with_handler(self.handle)

    def handle(self, request: Request) -> Response:
        reset = self.window_end(self.clock.now)
        if reset != self._window:
            self._window, self._used = reset, 0
        if self._used >= self.allowed:
            self.refused += 1
            return self.refuse(reset)
        self._used += 1
        assert self.inner is not None, "set `inner` to the fake API's handler"
        response = self.inner(request)
        if response.status_code == 200:
            self.served.append(request.args.to_dict())
            for name, value in self.headers(self.allowed - self._used, reset).items():
                response.headers[name] = value
        return response


@dataclass
class Backlog:
    """What a series of runs did: each run's status and counts, and the stored rows."""

    runs: list[dict[str, Any]] = field(default_factory=list)

    @property
    def statuses(self) -> list[str]:
        return [run["status"] for run in self.runs]


def run_until_done(store: Store, clock: WallClock, build: Callable[[HttpClient], Any],
                   between: Callable[[int], None] = lambda number: None, max_runs: int = 12) -> Backlog:
    """Run the collector through the store until a run ends 'ok'; after a 'resting' run, move the
    clock just past the time it rests until. `between(n)` runs before run n (n >= 2)."""
    backlog = Backlog()
    for number in range(1, max_runs + 1):
        if number > 1:
            between(number)
        result = run_collector(store, build(clock.http()))
        row = store.db.execute("SELECT status, resting_until, stored, retries, waited_s, error FROM job_runs"
                               " ORDER BY id DESC LIMIT 1").fetchone()
        backlog.runs.append(dict(zip(("status", "resting_until", "stored", "retries", "waited_s", "error"), row),
                                 result=result))
        if row[0] == "ok":
            return backlog
        assert row[0] == "resting", row
        clock.move_to(datetime.fromisoformat(row[1].replace("Z", "+00:00")) + timedelta(seconds=1))
    raise AssertionError(f"backlog not done after {max_runs} runs: {backlog.statuses}")


def stored_ids(store: Store, source: str) -> list[str]:
    return [row[0] for row in store.db.execute("SELECT native_id FROM mentions WHERE source = ?", [source])]


def slot(store: Store, source: str, key: str) -> dict[str, Any]:
    return json.loads(store.get_cursor(source))[key]
