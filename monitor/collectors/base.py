"""The collector contract: `Collector` (registered by name), `Page`, `Quarantined`, and the cursor state.

Shared mechanics live here so each source file only knows its API: option checks, secrets
from the environment, quarantining bad items, dedupe by recent ids and watermark paging.
Collectors never touch the database, print or sleep; `HttpClient` (client.py) does all waiting.
"""

from __future__ import annotations

import json
import logging
import os
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any, ClassVar, NamedTuple

import httpx

from monitor.collectors.client import DeadlineError, FatalSourceError, HttpClient, RateLimitHeaders, SourceResting
from monitor.collectors.cursor import CursorState, mark_key
from monitor.collectors.options import OptionSpec, read_options
from monitor.errors import ConfigError, SourceError
from monitor.mention import Mention, check_post_time, check_storable, iso, parse_time

__all__ = [
    "COLLECTORS", "Collector", "CursorState", "DeadlineError", "FatalSourceError", "HttpClient",
    "Page", "Quarantined", "RateLimitHeaders", "SourceResting", "Task", "mark_key", "require",
]

logger = logging.getLogger(__name__)

COLLECTORS: dict[str, type[Collector]] = {}


@dataclass(frozen=True)
class Quarantined:
    """An item the source sent that could not become a Mention; kept for inspection, not lost."""

    source: str
    native_id: str
    error: str
    raw_json: str


@dataclass(frozen=True)
class Page:
    """Mentions to commit together with `cursor`, the collector state that is valid once they are stored."""

    mentions: list[Mention]
    cursor: str
    quarantined: list[Quarantined] = field(default_factory=list)


class Task(NamedTuple):
    """One unit of a run (a query, a feed, an instance+tag); `key` names its slot in the cursor."""

    key: str
    target: Any


def require(payload: Any, path: str, kind: type) -> Any:
    """Walk `path` ("data.children") in a decoded payload; a wrong shape is a SourceError."""
    value = payload
    for part in path.split("."):
        value = value.get(part) if isinstance(value, dict) else None
    if not isinstance(value, kind):
        raise SourceError(f"unexpected response: '{path}' is not a {kind.__name__}")
    return value


class Collector(ABC):
    """A source of mentions. Subclasses set `name` (= file stem) and are registered in COLLECTORS.

    They declare `options_spec`, `secret_env` ({secret: env var}), `secret_help`, `required_secrets`, and
    implement `plan()` (the run's tasks) and `fetch_task()` (pages for one task); `native_id_of()`
    names a raw item that could not be parsed, for its quarantine row.
    """

    name: ClassVar[str]
    options_spec: ClassVar[OptionSpec] = {}
    secret_env: ClassVar[Mapping[str, str]] = {}
    required_secrets: ClassVar[tuple[str, ...]] = ()
    secret_help: ClassVar[Mapping[str, str]] = {}
    """{secret: what it is and where to get it}, for the README and `monitor init`."""
    rate_limit: ClassVar[RateLimitHeaders | None] = None
    needs_no_options: ClassVar[bool] = False
    """True when the collector runs without a `[collectors.<name>]` table (the demo's replay)."""

    def __init_subclass__(cls, **kwargs: Any):
        super().__init_subclass__(**kwargs)
        if "name" in cls.__dict__:
            if cls.name in COLLECTORS:
                raise TypeError(f"collector name {cls.name!r} is registered twice")
            COLLECTORS[cls.name] = cls

    def __init__(self, options: Mapping[str, Any], secrets: Mapping[str, str], http: HttpClient):
        self.options = read_options(self.name, options, self.options_spec)
        self.check_options(self.options)
        missing = [self.secret_env[key] for key in self.required_secrets if not secrets.get(key)]
        if missing:
            raise ConfigError(f"collectors.{self.name}: set {', '.join(missing)} in the environment")
        self.secrets = dict(secrets)
        self.http = http
        http.add_secrets(self.secrets.values())

    @classmethod
    def from_config(
        cls, options: Mapping[str, Any], env: Mapping[str, str] = os.environ, http: HttpClient | None = None
    ) -> Collector:
        """Build from a config table and the environment; raises ConfigError naming the bad key."""
        checked = read_options(cls.name, options, cls.options_spec)
        secrets = {key: env[var].strip() for key, var in cls.secret_env.items() if env.get(var, "").strip()}
        return cls(checked, secrets, http or HttpClient(timeout_s=checked["timeout_s"]))

    @classmethod
    def with_defaults(cls, options: dict[str, Any], config: Any) -> dict[str, Any]:
        """Options completed from the rest of the configuration: by default the first brand's
        name and search terms, when the table names no brand."""
        if "brand" not in options and config.brands:
            options.setdefault("brand", config.brands[0].name)
            options.setdefault("queries", config.brands[0].queries)
        return options

    def check_options(self, options: dict[str, Any]) -> None:
        """Cross-field checks a subclass needs beyond the per-key spec (raise ConfigError)."""
        return None

    @abstractmethod
    def plan(self) -> list[Task]:
        """The tasks of one run, in order."""

    @abstractmethod
    def fetch_task(self, task: Task, state: CursorState) -> Iterator[Page]:
        """Yield pages for one task, updating `state`; raise SourceError when the task fails."""

    def fetch(self, cursor: str | None) -> Iterator[Page]:
        """Yield pages of new mentions after `cursor`; store each page's cursor with its mentions.

        A failing task does not stop the others; their errors are raised together at the end.
        FatalSourceError (quota, refused credentials), DeadlineError and SourceResting (the source
        asks to wait past the budget) stop the run at once. A task whose walk was cut short in an
        earlier run finishes that walk first, then walks once more from the newest post, so what
        arrived meanwhile is not left for yet another run.
        """
        state = CursorState.load(cursor, self.name)
        self.http.start_run(self.options["max_run_s"])
        tasks, failures = self.plan(), []
        yielded: set[str] = set()  # one post found by two queries is yielded once per run
        for task in tasks:
            counts = [0, 0]
            try:
                for _ in range(2 if state.walking(task.key) else 1):
                    for page in self.fetch_task(task, state):
                        mentions = [m for m in page.mentions if m.id not in yielded]
                        yielded.update(m.id for m in mentions)
                        counts[0] += len(mentions)
                        counts[1] += len(page.quarantined)
                        yield Page(mentions, page.cursor, page.quarantined)
            except SourceResting as error:
                raise SourceResting(f"{self.name} {task.key}: {error}", error.until) from error
            except FatalSourceError as error:
                raise type(error)(f"{self.name} {task.key}: {error}") from error
            except SourceError as error:
                logger.warning("%s %s failed: %s", self.name, task.key, error)
                failures.append(f"{task.key}: {error}")
            logger.info("%s %s: %d new, %d quarantined", self.name, task.key, *counts)
        if failures:
            raise SourceError(f"{self.name}: {len(failures)} of {len(tasks)} tasks failed: " + "; ".join(failures))

    def close(self) -> None:
        """Release the HTTP connections."""
        self.http.close()

    def brand_for(self, query: str = "") -> str:
        """The configured brand, else the query that matched."""
        return self.options["brand"] or query

    def floor(self, state: CursorState, key: str, overlap_s: float) -> str:
        """Oldest time mark of interest: watermark minus overlap, or the first-run lookback; a walk
        under way keeps the floor it started with, so its stored resume token stays valid."""
        mark = state.watermark(key)
        start = parse_time(mark) - timedelta(seconds=overlap_s) if mark else (
            self.http.now() - timedelta(hours=self.options["lookback_hours"])
        )
        return state.walk_floor(key, iso(start)) or iso(start)

    def native_id_of(self, item: Any) -> str:
        """The native id of a raw item that failed to parse, for its quarantine row ("" if it has
        none). Collectors override this with the field their parser keys mentions by."""
        return _guess_id(item)

    def request(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        """HttpClient.request with this source's rate-limit headers."""
        return self.http.request(method, url, limits=self.rate_limit, **kwargs)

    def get_json(self, url: str, **kwargs: Any) -> Any:
        """GET and decode JSON; non-2xx or non-JSON answers raise SourceError."""
        return self.http.json_of(self.request("GET", url, **kwargs))

    def parse_items(
        self, items: Iterable[Any], parse: Callable[[Any], Mention | list[Mention]]
    ) -> tuple[list[Mention], list[Quarantined]]:
        """Parse each item; one that fails (a post dated outside `check_post_time`'s range
        included) becomes a Quarantined record under its native id and the batch goes on."""
        mentions: list[Mention] = []
        bad: list[Quarantined] = []
        now = self.http.now()
        for item in items:
            parsed: Mention | list[Mention] | None = None
            try:
                parsed = parse(item)
                for mention in parsed if isinstance(parsed, list) else [parsed]:
                    check_post_time(mention.created_at, now)
                    check_storable(mention)
            except (KeyError, TypeError, ValueError, AttributeError, IndexError) as error:
                problem = f"{type(error).__name__}: {error}"
                bad.append(Quarantined(self.name, self._quarantine_id(item, parsed), problem,
                                       json.dumps(item, default=str)))
            else:
                mentions.extend(parsed if isinstance(parsed, list) else [parsed])
        return mentions, bad

    def _quarantine_id(self, item: Any, parsed: Mention | list[Mention] | None) -> str:
        """The id a quarantined item is filed under: the parsed mention's own (a post dated out of
        range parsed fine; for a repost, the repost's), else what `native_id_of` finds."""
        if parsed:
            return (parsed[-1] if isinstance(parsed, list) else parsed).native_id
        try:
            return str(self.native_id_of(item) or "")
        except (KeyError, TypeError, ValueError, AttributeError, IndexError):
            return _guess_id(item)

    def walk_chain(
        self,
        state: CursorState,
        key: str,
        fetch_page: Callable[[Any], tuple[list[Any], Any]],
        parse: Callable[[Any], Mention | list[Mention]],
        mark_of: Callable[[Any], str],
        floor: str | None,
        start: str | None = None,
    ) -> Iterator[Page]:
        """Page through a newest-first listing down to `floor`, yielding a Page per response.

        `fetch_page(token) -> (items, next_token)`. Items below `floor` are dropped and end the
        chain. Each page is yielded with the walk's position (`CursorState.save_walk`): a run cut
        short resumes next time from the token after its last stored page, asking with the same
        `floor` (or `start`, for a source that filters by another field, kept in the walk too).
        The watermark moves to the walk's newest mark only when the walk is done, so the walk
        still ends at the previous watermark. A resume token the source no longer accepts (an
        expired page token) restarts the walk from the newest page; dedupe hides the repeats.
        """
        best, token = state.walk_top(key), state.resume_from(key)
        resuming = token is not None
        kept_floor = start or floor
        number = 0
        while number < self.options["max_pages"]:
            number += 1
            try:
                items, next_token = fetch_page(token)
            except FatalSourceError:
                raise
            except SourceError as error:
                if not resuming:
                    raise
                logger.warning("%s %s: cannot resume the walk where it stopped (%s); walking again "
                               "from the newest page", self.name, key, error)
                token, resuming, number = None, False, 0
                continue
            resuming = False
            marked = [(_safe_mark(mark_of, item), item) for item in items]
            below = [mark_key(mark) < mark_key(floor) for mark, _ in marked if mark and floor]
            kept = [item for mark, item in marked if not (mark and floor and mark_key(mark) < mark_key(floor))]
            marks = [mark for mark, _ in marked if mark]
            if marks:
                best = max([best, *marks] if best else marks, key=mark_key)
            mentions, bad = self.parse_items(kept, parse)
            fresh = state.take_unseen(key, mentions)
            done = not items or next_token is None or any(below)
            if done or number == self.options["max_pages"]:
                if not done:
                    logger.warning("%s %s: stopped after max_pages=%d; older items may be missed",
                                   self.name, key, number)
                state.end_walk(key, best)
                yield Page(fresh, state.dump(), bad)
                return
            state.save_walk(key, best, next_token, kept_floor)
            yield Page(fresh, state.dump(), bad)
            token = next_token


def _safe_mark(mark_of: Callable[[Any], str], item: Any) -> str | None:
    try:
        return mark_of(item) or None
    except (KeyError, TypeError, ValueError, AttributeError, IndexError):
        return None


def _guess_id(item: Any) -> str:
    if isinstance(item, dict):
        for key in ("uri", "id", "objectID", "name", "guid", "link"):
            if isinstance(item.get(key), (str, int)) and not isinstance(item.get(key), bool):
                return str(item[key])
        data = item.get("data")
        if isinstance(data, dict) and isinstance(data.get("name"), str):
            return data["name"]
    return ""
