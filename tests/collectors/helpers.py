"""Test helpers shared by the collector tests: fixtures on disk, run results, and the resilience cases
every HTTP collector must pass (429, 503, 5xx, timeouts, broken bodies, deadline, secret masking)."""

from __future__ import annotations

import email.utils
import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from monitor.collectors.base import Collector, DeadlineError, Page, Quarantined
from monitor.collectors.client import HttpClient
from monitor.errors import SourceError
from monitor.mention import Mention

NOW = datetime(2026, 3, 4, 12, 0, tzinfo=timezone.utc)
FIXTURES = Path(__file__).parent / "fixtures"


# Long enough that a loaded machine (a benchmark on the other core) never times out a normal
# local answer, which would add a retry and break the cases that count sleeps; the timeout case
# answers later than this on purpose.
CLIENT_TIMEOUT_S = 1.5


def load_json(source: str, name: str) -> Any:
    return json.loads((FIXTURES / source / name).read_text(encoding="utf-8"))


def load_text(source: str, name: str) -> str:
    return (FIXTURES / source / name).read_text(encoding="utf-8")


def json_response(payload: Any, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    return Response(json.dumps(payload), status=status, headers=headers, content_type="application/json")


def slow(response: Response, delay_s: float) -> Callable[[Request], Response]:
    """A handler that answers only after `delay_s`, to trip the client's timeout."""
    def handler(_: Request) -> Response:
        time.sleep(delay_s)
        return response
    return handler


class FakeTime:
    """A monotonic clock that moves only when the client sleeps; every wait is recorded."""

    def __init__(self) -> None:
        self.now_s = 0.0
        self.sleeps: list[float] = []

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(round(seconds, 3))
        self.now_s += seconds

    def clock(self) -> float:
        return self.now_s


@dataclass
class Run:
    """Everything one `fetch` produced."""

    pages: list[Page]
    start_cursor: str | None = None

    @property
    def mentions(self) -> list[Mention]:
        return [m for page in self.pages for m in page.mentions]

    @property
    def ids(self) -> list[str]:
        return [m.native_id for m in self.mentions]

    @property
    def quarantined(self) -> list[Quarantined]:
        return [q for page in self.pages for q in page.quarantined]

    @property
    def cursor(self) -> str | None:
        return self.pages[-1].cursor if self.pages else self.start_cursor


def run(collector: Collector, cursor: str | None = None) -> Run:
    return Run(list(collector.fetch(cursor)), cursor)


def run_raising(collector: Collector, error: type[Exception], match: str, cursor: str | None = None) -> Run:
    """Run until the expected error; return the pages yielded before it."""
    pages: list[Page] = []
    with pytest.raises(error, match=match) as caught:
        for page in collector.fetch(cursor):
            pages.append(page)
    result = Run(pages, cursor)
    result.error = caught.value  # type: ignore[attr-defined]
    return result


@dataclass
class Scenario:
    """How the shared resilience cases drive one collector against the local server.

    `serve` registers permanent handlers that answer one good page of `expected` mentions at
    `path` (plus any login endpoint); `reset` gives the source's rate-limit reset header for
    "wait 30 s", if it has one.
    """

    build: Callable[[HTTPServer, HttpClient, dict[str, Any]], Collector]
    path: str
    serve: Callable[[HTTPServer], None]
    expected: int
    reset: Callable[[], dict[str, str]] | None = None
    broken_body: str = "<html><body>Service temporarily unavailable</body></html>"
    broken_error: str = "not JSON"
    secrets: list[str] = field(default_factory=list)


def _retry_after_seconds(s: Scenario, server: HTTPServer, http: HttpClient, t: FakeTime) -> None:
    server.expect_oneshot_request(s.path).respond_with_json({"error": "Too many requests"}, status=429,
                                                          headers={"Retry-After": "7"})
    s.serve(server)
    assert len(run(s.build(server, http, {})).mentions) == s.expected
    assert 7.0 in t.sleeps


def _retry_after_http_date(s: Scenario, server: HTTPServer, http: HttpClient, t: FakeTime) -> None:
    when = email.utils.format_datetime(NOW + timedelta(seconds=20), usegmt=True)
    server.expect_oneshot_request(s.path).respond_with_data("busy", status=503, headers={"Retry-After": when})
    s.serve(server)
    assert len(run(s.build(server, http, {})).mentions) == s.expected
    assert 20.0 in t.sleeps


def _reset_header(s: Scenario, server: HTTPServer, http: HttpClient, t: FakeTime) -> None:
    headers = s.reset() if s.reset else {}
    server.expect_oneshot_request(s.path).respond_with_json({"error": "RateLimitExceeded"}, status=429, headers=headers)
    s.serve(server)
    assert len(run(s.build(server, http, {})).mentions) == s.expected
    if s.reset:
        assert 30.0 in t.sleeps
    else:  # no reset header for this source: exponential backoff (0.5 s base plus jitter)
        assert len(t.sleeps) == 1 and 0.5 <= t.sleeps[0] <= 1.0


def _server_error(s: Scenario, server: HTTPServer, http: HttpClient, t: FakeTime) -> None:
    server.expect_oneshot_request(s.path).respond_with_data("oops", status=500)
    s.serve(server)
    assert len(run(s.build(server, http, {})).mentions) == s.expected
    assert len(t.sleeps) == 1


def _timeout(s: Scenario, server: HTTPServer, http: HttpClient, t: FakeTime) -> None:
    server.expect_oneshot_request(s.path).respond_with_handler(slow(Response("late"), CLIENT_TIMEOUT_S + 0.5))
    s.serve(server)
    assert len(run(s.build(server, http, {})).mentions) == s.expected
    assert len(t.sleeps) == 1
    # The late answer is still on its way: let it land in this test's request log, not in a
    # later test's (the server is shared by the whole session).
    deadline = time.monotonic() + CLIENT_TIMEOUT_S + 5
    while not any(response.get_data() == b"late" for _, response in server.log):
        assert time.monotonic() < deadline, "the late answer never came"
        time.sleep(0.05)


def _broken_body(s: Scenario, server: HTTPServer, http: HttpClient, t: FakeTime) -> None:
    server.expect_oneshot_request(s.path).respond_with_data(s.broken_body, content_type="text/html")
    s.serve(server)
    result = run_raising(s.build(server, http, {}), SourceError, s.broken_error)
    assert result.mentions == []


def _retries_exhausted(s: Scenario, server: HTTPServer, http: HttpClient, t: FakeTime) -> None:
    server.expect_request(s.path).respond_with_data("bad gateway", status=502)
    s.serve(server)
    result = run_raising(s.build(server, http, {}), SourceError, "failed after 4 attempts: HTTP 502")
    assert len(t.sleeps) == 3
    for secret in s.secrets:
        assert secret not in str(result.error)


def _deadline(s: Scenario, server: HTTPServer, http: HttpClient, t: FakeTime) -> None:
    server.expect_request(s.path).respond_with_json({}, status=429, headers={"Retry-After": "1000"})
    s.serve(server)
    run_raising(s.build(server, http, {"max_run_s": 100}), DeadlineError, "run time limit")
    assert t.sleeps == []


RESILIENCE_CASES = [
    pytest.param(case, id=case.__name__.strip("_"))
    for case in (_retry_after_seconds, _retry_after_http_date, _reset_header, _server_error, _timeout,
                 _broken_body, _retries_exhausted, _deadline)
]
