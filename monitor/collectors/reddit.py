"""Reddit search (sort=new): the OAuth JSON API with app credentials, else the public `.rss` search feed.

Anonymous `.json` is often answered "Blocked", while `.rss` usually works without credentials.
Reddit also requires its own User-Agent format, so this collector sends one on every call.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import quote

from monitor.collectors.base import Collector, CursorState, FatalSourceError, Page, RateLimitHeaders, Task, require
from monitor.collectors.options import REQUIRED
from monitor.collectors.rss import entry_raw, entry_time, parse_feed_bytes
from monitor.errors import SourceError
from monitor.language import detect_language
from monitor.mention import Mention, html_to_text, iso, parse_time

logger = logging.getLogger(__name__)

WEB = "https://www.reddit.com"
_RSS_FOOTER = re.compile(r"\s*submitted by\s+/u/\S+.*$", re.DOTALL)


def parse_post(child: dict[str, Any], *, brand: str) -> Mention:
    """A listing child (kind t3) as a Mention keyed by fullname.

    With raw_json=1 `selftext` is markdown, not HTML, so it is kept as is (html_to_text would
    eat text such as "<3").
    """
    post = child["data"]
    name = post["name"]
    if not isinstance(name, str) or not name.startswith("t3_"):
        raise ValueError(f"not a post fullname: {name!r}")
    text = "\n".join(part.strip() for part in (post["title"], post.get("selftext") or "") if part and part.strip())
    author = post.get("author") or "[deleted]"
    return Mention(
        source="reddit", native_id=name, author_id=post.get("author_fullname") or author, author_handle=author,
        author_name=author, text=text, created_at=parse_time(post["created_utc"]),
        url=WEB + post["permalink"], lang=detect_language(text), brand=brand, raw=child,
    )


def parse_rss_entry(entry: dict[str, Any], *, brand: str) -> Mention:
    """An entry of Reddit's Atom search feed; its id is the same fullname the JSON API uses."""
    # feedparser resolves the bare "t3_..." id against the feed URL; keep only the fullname.
    name = entry["id"].rsplit("/", 1)[-1]
    if not name.startswith("t3_"):
        raise ValueError(f"not a post fullname: {entry['id']!r}")
    body = _RSS_FOOTER.sub("", html_to_text((entry.get("content") or [{}])[0].get("value") or entry.get("summary")))
    text = "\n".join(part for part in (html_to_text(entry["title"]), body) if part)
    author = (entry.get("author") or "[deleted]").removeprefix("/u/")
    created = entry_time(entry, fallback=None)
    if created is None:
        raise ValueError("entry has no date")
    return Mention(
        source="reddit", native_id=name, author_id=author, author_handle=author, author_name=author, text=text,
        created_at=created, url=entry.get("link") or "", lang=detect_language(text), brand=brand,
        raw=entry_raw(entry),
    )


class RedditCollector(Collector):
    """One task per (subreddit or all, query). OAuth mode pages with `after`; RSS mode reads one window."""

    name = "reddit"
    options_spec = {
        "queries": ("texts", REQUIRED),
        "subreddits": ("texts", []),
        "base_url": ("url", "https://oauth.reddit.com"),
        "www_url": ("url", WEB),
        "user_agent": ("text", "python:complaint-monitor:0.1 (by /u/complaint-monitor)"),
        "overlap_s": ("number", 60.0),
    }
    secret_env = {"client_id": "MONITOR_REDDIT_CLIENT_ID", "client_secret": "MONITOR_REDDIT_CLIENT_SECRET"}
    secret_help = {"client_id": "Reddit OAuth app client id (script or web app).",
                   "client_secret": "Reddit OAuth app client secret."}
    rate_limit = RateLimitHeaders("X-Ratelimit-Remaining", "X-Ratelimit-Reset", "seconds")

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self._token: str | None = None
        self._token_until = 0.0

    @property
    def uses_oauth(self) -> bool:
        """True when both app credentials are set; otherwise the public RSS feed is read."""
        return bool(self.secrets.get("client_id") and self.secrets.get("client_secret"))

    def plan(self) -> list[Task]:
        """One task per (subreddit, query); no subreddits means all of Reddit."""
        places = self.options["subreddits"] or [""]
        queries = self.options["queries"]
        return [Task(f"{place or 'all'}:{query}", (place, query)) for place in places for query in queries]

    def fetch_task(self, task: Task, state: CursorState) -> Iterator[Page]:
        """Newest posts down to the floor: JSON listings with OAuth, else the search feed."""
        place, query = task.target
        floor = self.floor(state, task.key, self.options["overlap_s"])
        brand = self.brand_for(query)
        params = {"q": query, "sort": "new", "limit": 100, "raw_json": 1, "type": "link"}
        if place:
            params["restrict_sr"] = 1
        path = f"/r/{quote(place)}/search" if place else "/search"
        if self.uses_oauth:
            def fetch_page(after: str | None) -> tuple[list[Any], str | None]:
                data = require(self._api(path, {**params, "after": after} if after else params), "data", dict)
                return require(data, "children", list), data.get("after") or None

            yield from self.walk_chain(state, task.key, fetch_page, lambda c: parse_post(c, brand=brand),
                                       lambda c: iso(parse_time(c["data"]["created_utc"])), floor)
        else:
            def fetch_feed(_: Any) -> tuple[list[Any], None]:
                url = f"{self.options['www_url']}{path}.rss"
                response = self.request("GET", url, params=params, headers=self._headers())
                if not response.is_success:
                    raise SourceError(self.http.mask(f"{url}: HTTP {response.status_code}"))
                return parse_feed_bytes(response.content, url, response.headers.get("content-type", "")).entries, None

            yield from self.walk_chain(state, task.key, fetch_feed, lambda e: parse_rss_entry(e, brand=brand),
                                       lambda e: iso(entry_time(e, fallback=None)), floor)

    def native_id_of(self, item: Any) -> str:
        """The post's fullname: `data.name` of a listing child (else "t3_" + `data.id`), or the
        fullname ending an RSS entry's id (feedparser resolves it against the feed URL)."""
        data = item.get("data")
        if isinstance(data, dict):
            return str(data.get("name") or (f"t3_{data['id']}" if data.get("id") else ""))
        return str(item["id"]).rsplit("/", 1)[-1]

    def _headers(self, token: str | None = None) -> dict[str, str]:
        headers = {"User-Agent": self.options["user_agent"]}
        if token:
            headers["Authorization"] = f"bearer {token}"
        return headers

    def _api(self, path: str, params: dict[str, Any]) -> Any:
        """GET on the OAuth host; a 401 means the token expired early, so fetch one more and retry once."""
        url = self.options["base_url"] + path
        response = self.request("GET", url, params=params, headers=self._headers(self._access_token()))
        if response.status_code == 401:
            self._token = None
            response = self.request("GET", url, params=params, headers=self._headers(self._access_token()))
        return self.http.json_of(response)

    def _access_token(self) -> str:
        """App-only token (client_credentials), reused until a minute before it expires."""
        if self._token and self.http.clock() < self._token_until:
            return self._token
        response = self.request(
            "POST", f"{self.options['www_url']}/api/v1/access_token", data={"grant_type": "client_credentials"},
            auth=(self.secrets["client_id"], self.secrets["client_secret"]), headers=self._headers(),
        )
        if response.status_code in (400, 401, 403):
            raise FatalSourceError(f"OAuth token refused (HTTP {response.status_code}); check "
                                   "MONITOR_REDDIT_CLIENT_ID and MONITOR_REDDIT_CLIENT_SECRET")
        payload = self.http.json_of(response)
        self._token = require(payload, "access_token", str)
        self.http.add_secrets([self._token])
        expires_in = payload.get("expires_in")
        lifetime_s = float(expires_in) if isinstance(expires_in, (int, float)) else 3600.0
        self._token_until = self.http.clock() + lifetime_s - 60
        return self._token
