"""The one HTTP client every collector uses: timeouts, retries, rate-limit waits and a run deadline.

It owns waiting (through an injectable `sleep`, so tests run fast) and masking secrets in errors;
it knows nothing about any source's payloads.
"""

from __future__ import annotations

import email.utils
import json
import logging
import random
import re
import ssl
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import lru_cache
from typing import Any, Literal
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import certifi
import httpx

from monitor.errors import SourceError
from monitor.mention import parse_time, utcnow

logger = logging.getLogger(__name__)

USER_AGENT = "complaint-monitor/0.1 (+https://github.com/complaint-monitor)"
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
SECRET_PARAMS = frozenset({"key", "api_key", "apikey", "access_token", "token", "password", "client_secret"})
MASK = "***"


class FatalSourceError(SourceError):
    """The whole run must stop (quota spent, credentials refused); other queries would fail too."""


class DeadlineError(FatalSourceError):
    """The run's time budget (`max_run_s`) is spent; pages yielded before it are valid."""


class SourceResting(DeadlineError):
    """The source asks us to wait past the run's budget (a rate-limit reset, a spent daily quota).

    Not a failure: the run ends 'resting', its pages and cursor stay stored, and the source is
    not asked again before `until` (an aware UTC datetime), when the walk resumes where it stopped.
    """

    def __init__(self, message: str, until: datetime):
        super().__init__(message)
        self.until = until


@dataclass(frozen=True)
class RateLimitHeaders:
    """Where a source reports its budget, and how its reset header is written.

    `reset_kind`: "iso" (Mastodon: ISO time, epoch also accepted for GoToSocial), "epoch"
    (Bluesky, X: epoch seconds) or "seconds" (Reddit: seconds left in the window).
    """

    remaining: str
    reset: str
    reset_kind: Literal["iso", "epoch", "seconds"]


class HttpClient:
    """Retrying httpx wrapper shared by the collectors of one run.

    Retries transport errors and 429/5xx with exponential backoff plus jitter; on 429/503 it
    waits per `Retry-After`, else the source's reset header. Every sleep is capped by
    `max_wait_s` and must fit in the run deadline set by `start_run`: a wait the source asks for
    that does not fit raises `SourceResting` (with the time it names), any other `DeadlineError`.
    `retries` and `waited_s` count this run's retries and seconds slept, for the run record.
    """

    def __init__(
        self,
        *,
        timeout_s: float = 20.0,
        user_agent: str = USER_AGENT,
        max_retries: int = 4,
        backoff_s: float = 2.0,
        max_wait_s: float = 900.0,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
        now: Callable[[], datetime] = utcnow,
        rng: random.Random | None = None,
        secrets: Iterable[str] = (),
    ):
        self.timeout_s, self.max_retries, self.backoff_s = timeout_s, max_retries, backoff_s
        self.max_wait_s, self.sleep, self.clock, self.now = max_wait_s, sleep, clock, now
        self._rng = rng or random.Random()
        self._secrets: set[str] = set()
        self.add_secrets(secrets)
        self._deadline: float | None = None
        self._not_before = 0.0
        self.retries, self.waited_s = 0, 0.0
        self._client = httpx.Client(headers={"User-Agent": user_agent}, follow_redirects=True, verify=_tls_context())

    def add_secrets(self, values: Iterable[str]) -> None:
        """Register values (tokens, keys, session JWTs) that must never appear in an error message."""
        self._secrets.update(value for value in values if value and len(value) >= 4)

    def start_run(self, max_run_s: float | None) -> None:
        """Start the time budget of one collector run (`None`: no deadline) and its counts."""
        self._deadline = None if max_run_s is None else self.clock() + max_run_s
        self.retries, self.waited_s = 0, 0.0

    def close(self) -> None:
        """Close the pooled connections."""
        self._client.close()

    def mask(self, text: str) -> str:
        """`text` with registered secrets and secret-looking query parameters replaced by ***."""
        for secret in self._secrets:
            text = text.replace(secret, MASK)
        return re.sub(r"https?://\S+", lambda match: _mask_query(match.group(0)), text)

    def request(
        self,
        method: str,
        url: str,
        *,
        limits: RateLimitHeaders | None = None,
        retry_if: Callable[[httpx.Response], bool] | None = None,
        **kwargs: Any,
    ) -> httpx.Response:
        """Send a request, retrying what is worth retrying; return the final response, any status.

        `retry_if` lets a source mark extra responses as transient (e.g. YouTube's 403
        rateLimitExceeded). Raises SourceError when retries run out, DeadlineError when time does.
        """
        for attempt in range(self.max_retries + 1):
            throttle_s = self._not_before - self.clock()
            self._wait(throttle_s, url, f"asks to wait {throttle_s:.0f} s (its request budget is spent)",
                       asked=True)
            self._not_before = 0.0
            try:
                response = self._client.request(method, url, timeout=self._timeout(url), **kwargs)
            except httpx.TransportError as error:
                response, problem = None, type(error).__name__
            except (UnicodeEncodeError, httpx.InvalidURL) as error:  # e.g. a token or next-page link
                raise SourceError(self.mask(  # the source sent that no request can carry
                    f"{url}: cannot send the request ({type(error).__name__}): a value the source "
                    "sent back (token, cursor or link) is not usable")) from None
            else:
                self._note_budget(response, limits)
                if response.status_code not in RETRY_STATUSES and not (retry_if and retry_if(response)):
                    return response
                problem = f"HTTP {response.status_code}"
            if attempt == self.max_retries:
                break
            wait_s, asked = self._retry_wait(response, limits, attempt)
            budget_s = self._not_before - self.clock()  # a spent budget's reset governs the retry too,
            if budget_s > wait_s:  # so "retrying in" never names a retry the throttle would stop
                wait_s, asked = budget_s, True
            self._not_before = 0.0
            slept_s = min(wait_s, self.max_wait_s)
            self._wait(wait_s, url, f"asks to wait {wait_s:.0f} s ({problem})" if asked else
                       f"failed ({problem}); the next retry would be in {wait_s:.0f} s",
                       lambda: logger.info("%s: %s, retrying in %.1f s", self.mask(url), problem, slept_s),
                       asked=asked)
            self.retries += 1
        raise SourceError(self.mask(f"{url} failed after {self.max_retries + 1} attempts: {problem}"))

    def get_json(self, url: str, **kwargs: Any) -> Any:
        """GET and decode JSON; any non-2xx or non-JSON answer becomes a SourceError."""
        return self.json_of(self.request("GET", url, **kwargs))

    def json_of(self, response: httpx.Response) -> Any:
        """Decode a response's JSON body, or raise a SourceError naming the (masked) URL and problem."""
        if not response.is_success:
            raise SourceError(self.mask(f"{response.url}: HTTP {response.status_code}: {_snippet(response.text)}"))
        try:
            return response.json()
        except (json.JSONDecodeError, UnicodeDecodeError):
            raise SourceError(self.mask(f"{response.url}: response is not JSON: {_snippet(response.text)}")) from None

    def _timeout(self, url: str) -> float:
        if self._deadline is None:
            return self.timeout_s
        left_s = self._deadline - self.clock()
        if left_s <= 0:
            raise DeadlineError(self.mask(f"run time limit reached before {url}"))
        return min(self.timeout_s, left_s)

    def _wait(self, wait_s: float, url: str, why: str, before: Callable[[], None] | None = None,
              asked: bool = False) -> None:
        """Sleep `wait_s` (at most `max_wait_s`), or raise when the wait would end past the run's
        deadline: `SourceResting` until the time the source named when it `asked` for the wait
        (also when that is longer than `max_wait_s`: sleeping less only earns another refusal),
        else DeadlineError saying `why`. `before` (the "retrying in" log line) runs only when the
        wait happens."""
        if wait_s <= 0:
            return
        past_deadline = self._deadline is not None and self.clock() + wait_s > self._deadline
        if past_deadline or (asked and self._deadline is not None and wait_s > self.max_wait_s):
            limit = "run time limit reached" if past_deadline else f"longer than max_wait_s ({self.max_wait_s:.0f} s)"
            message = self.mask(f"{limit}: {url} {why}")
            if asked:
                raise SourceResting(message, self.now() + timedelta(seconds=wait_s))
            raise DeadlineError(message)
        if before is not None:
            before()
        slept_s = min(wait_s, self.max_wait_s)
        self.sleep(slept_s)
        self.waited_s += slept_s

    def _retry_wait(self, response: httpx.Response | None, limits: RateLimitHeaders | None,
                    attempt: int) -> tuple[float, bool]:
        """Seconds to wait before the next attempt, and whether the source asked for them (a
        429/503 naming its reset; not capped, so a long wait is known for what it is) rather than
        our backoff after a failure (refused, timed out, 5xx)."""
        wanted = None
        if response is not None and response.status_code in (429, 503):
            wanted = self._retry_after(response)
            if wanted is None and limits:
                wanted = self._reset_in(response, limits)
        asked = wanted is not None
        if wanted is None:
            wanted = min(self.backoff_s * 2**attempt + self._rng.uniform(0, self.backoff_s), self.max_wait_s)
        return max(wanted, 0.0), asked  # what the source asked, uncapped: it may be the time to rest until

    def _retry_after(self, response: httpx.Response) -> float | None:
        value = response.headers.get("Retry-After", "").strip()
        if not value:
            return None
        if re.fullmatch(r"\d+(\.\d+)?", value):
            return float(value)
        try:
            moment = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
        return (parse_time(moment) - self.now()).total_seconds()

    def _reset_in(self, response: httpx.Response, limits: RateLimitHeaders) -> float | None:
        value = response.headers.get(limits.reset, "").strip()
        if not value:
            return None
        try:
            if limits.reset_kind == "seconds":
                return float(value)
            moment = parse_time(float(value) if re.fullmatch(r"\d+(\.\d+)?", value) else value)
        except ValueError:
            return None
        return (moment - self.now()).total_seconds()

    def _note_budget(self, response: httpx.Response, limits: RateLimitHeaders | None) -> None:
        """Throttle proactively: when the source says nothing is left, hold the next call until reset."""
        if not limits or response.status_code == 429:
            return
        try:
            remaining = float(response.headers.get(limits.remaining, "nan"))
        except ValueError:
            return
        if remaining <= 0:
            self._not_before = self.clock() + max(self._reset_in(response, limits) or 0.0, 0.0)


@lru_cache(maxsize=1)
def _tls_context() -> ssl.SSLContext:
    """One verified TLS context per process: building it costs ~50 ms, and collectors make many clients."""
    return ssl.create_default_context(cafile=certifi.where())


def _mask_query(url: str) -> str:
    parts = urlsplit(url)
    if not parts.query:
        return url
    pairs = [(k, MASK if k.lower() in SECRET_PARAMS else v) for k, v in parse_qsl(parts.query, keep_blank_values=True)]
    return urlunsplit(parts._replace(query=urlencode(pairs, safe="*(),:")))


def _snippet(text: str, limit: int = 160) -> str:
    return re.sub(r"\s+", " ", text)[:limit] or "(empty body)"
