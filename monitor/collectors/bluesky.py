"""Bluesky: `app.bsky.feed.searchPosts` (sort=latest) through the PDS with an app-password session.

Anonymous search is blocked since 2025 (bluesky-social/atproto#3423), so a session is required;
it is cached per process because createSession allows only 30 logins per 5 minutes.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import Any

import httpx

from monitor.collectors.base import Collector, CursorState, FatalSourceError, Page, RateLimitHeaders, Task, require
from monitor.collectors.options import REQUIRED
from monitor.errors import SourceError
from monitor.language import choose_language
from monitor.mention import Mention, iso, parse_time

logger = logging.getLogger(__name__)

_SESSIONS: dict[tuple[str, str], dict[str, str]] = {}
"""Live sessions by (host, handle), shared by every run in this process."""


def parse_post(post: dict[str, Any], *, brand: str) -> Mention:
    """A PostView as a Mention; the web URL uses the DID, which survives handle changes."""
    uri, author, record = post["uri"], post["author"], post["record"]
    if not isinstance(uri, str) or not uri.startswith("at://"):
        raise ValueError(f"not an at:// uri: {uri!r}")
    did, rkey = author["did"], uri.rsplit("/", 1)[-1]
    text = (record.get("text") or "").strip()
    langs = record.get("langs") or [None]
    return Mention(
        source="bluesky", native_id=uri, author_id=did, author_handle=author.get("handle") or "",
        author_name=author.get("displayName") or "", text=text,
        created_at=parse_time(record.get("createdAt") or post["indexedAt"]),
        url=f"https://bsky.app/profile/{did}/post/{rkey}", lang=choose_language(langs[0], text),
        brand=brand, raw=post,
    )


def mark_of(post: dict[str, Any]) -> str:
    """Watermark on `indexedAt` (server clock); `createdAt` is set by clients and can be backdated."""
    return iso(parse_time(post["indexedAt"]))


def _error_name(response: httpx.Response) -> str:
    try:
        return str(response.json().get("error", ""))
    except (ValueError, AttributeError):
        return ""


class BlueskyCollector(Collector):
    """One task per query: newest posts since the watermark minus `overlap_s`, paged by `cursor`."""

    name = "bluesky"
    options_spec = {
        "base_url": ("url", "https://bsky.social"),
        "queries": ("texts", REQUIRED),
        "overlap_s": ("number", 300.0),
    }
    secret_env = {"handle": "MONITOR_BLUESKY_HANDLE", "app_password": "MONITOR_BLUESKY_APP_PASSWORD"}
    required_secrets = ("handle", "app_password")
    secret_help = {"handle": "Bluesky account handle used to log in for search.",
                   "app_password": "Bluesky app password (Settings > App passwords)."}
    rate_limit = RateLimitHeaders("RateLimit-Remaining", "RateLimit-Reset", "epoch")

    def plan(self) -> list[Task]:
        """One task per query."""
        return [Task(query, query) for query in self.options["queries"]]

    def fetch_task(self, task: Task, state: CursorState) -> Iterator[Page]:
        """searchPosts since the floor, following `cursor` until it ends."""
        floor = self.floor(state, task.key, self.options["overlap_s"])
        brand = self.brand_for(task.target)

        def fetch_page(cursor: str | None) -> tuple[list[Any], str | None]:
            params = {"q": task.target, "sort": "latest", "since": floor, "limit": 100}
            payload = self._search({**params, "cursor": cursor} if cursor else params)
            return require(payload, "posts", list), payload.get("cursor") or None

        yield from self.walk_chain(state, task.key, fetch_page, lambda post: parse_post(post, brand=brand),
                                   mark_of, floor)

    def native_id_of(self, item: Any) -> str:
        """A PostView's at:// `uri`."""
        return str(item["uri"])

    def _xrpc(self, method: str) -> str:
        return f"{self.options['base_url']}/xrpc/{method}"

    def _search(self, params: dict[str, Any]) -> dict[str, Any]:
        """searchPosts; an expired access token is refreshed once, an invalid one replaced by a new login."""
        session = self._session()
        response = self._get_search(params, session)
        if response.status_code in (400, 401):
            if _error_name(response) == "ExpiredToken":
                self._refresh(session)
                response = self._get_search(params, self._session())
            elif response.status_code == 401:
                _SESSIONS.pop(self._session_key(), None)
                response = self._get_search(params, self._session())
        payload = self.http.json_of(response)
        if not isinstance(payload, dict):
            raise SourceError("unexpected response: not a JSON object")
        return payload

    def _get_search(self, params: dict[str, Any], session: dict[str, str]) -> httpx.Response:
        return self.request("GET", self._xrpc("app.bsky.feed.searchPosts"), params=params,
                            headers={"Authorization": f"Bearer {session['accessJwt']}"})

    def _session_key(self) -> tuple[str, str]:
        return (self.options["base_url"], self.secrets["handle"])

    def _session(self) -> dict[str, str]:
        session = _SESSIONS.get(self._session_key())
        if session is None:
            session = self._store(self._login())
        return session

    def _store(self, session: dict[str, Any]) -> dict[str, str]:
        kept = {"accessJwt": require(session, "accessJwt", str), "refreshJwt": require(session, "refreshJwt", str)}
        self.http.add_secrets(kept.values())
        _SESSIONS[self._session_key()] = kept
        return kept

    def _login(self) -> dict[str, Any]:
        logger.info("bluesky: creating a session for %s", self.secrets["handle"])
        body = {"identifier": self.secrets["handle"], "password": self.secrets["app_password"]}
        response = self.request("POST", self._xrpc("com.atproto.server.createSession"), json=body)
        if response.status_code in (400, 401):
            raise FatalSourceError(
                f"login refused for {self.secrets['handle']} ({_error_name(response) or response.status_code}); "
                "check MONITOR_BLUESKY_HANDLE and MONITOR_BLUESKY_APP_PASSWORD"
            )
        return self.http.json_of(response)

    def _refresh(self, session: dict[str, str]) -> None:
        response = self.request("POST", self._xrpc("com.atproto.server.refreshSession"),
                                headers={"Authorization": f"Bearer {session['refreshJwt']}"})
        if response.is_success:
            self._store(self.http.json_of(response))
        else:
            logger.info("bluesky: session refresh refused (%s), logging in again", response.status_code)
            self._store(self._login())
