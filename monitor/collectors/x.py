"""X (Twitter) API v2 recent search with an app bearer token.

Follows the official polling pattern: `since_id` = the previous chain's newest id, walk
`next_token`, then advance. Authors come from `includes.users`; retweets become reposts.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import timedelta
from typing import Any

from monitor.collectors.base import Collector, CursorState, FatalSourceError, Page, RateLimitHeaders, Task
from monitor.collectors.options import REQUIRED
from monitor.errors import SourceError
from monitor.language import choose_language
from monitor.mention import Mention, iso, mention_id, parse_time

logger = logging.getLogger(__name__)

SEARCH_WINDOW = timedelta(days=7) - timedelta(minutes=5)
"""Recent search covers 7 days; a `since_id` or `start_time` older than that is a 400."""
FIELDS = {
    "tweet.fields": "created_at,lang,author_id,conversation_id,referenced_tweets",
    "expansions": "author_id,referenced_tweets.id,referenced_tweets.id.author_id",
    "user.fields": "username,name",
}


def parse_tweet(tweet: dict[str, Any], *, users: dict[str, dict[str, Any]], brand: str) -> Mention:
    """A tweet as a Mention; `users` is `includes.users` by id (X de-duplicates them there)."""
    tweet_id, author_id = tweet["id"], tweet["author_id"]
    if not isinstance(tweet_id, str) or not tweet_id.isdigit():
        raise ValueError(f"bad tweet id: {tweet_id!r}")
    user = users.get(author_id, {})
    handle = user.get("username", "")
    retweeted = [ref["id"] for ref in tweet.get("referenced_tweets") or [] if ref.get("type") == "retweeted"]
    text = tweet["text"]
    return Mention(
        source="x", native_id=tweet_id, author_id=author_id, author_handle=handle, author_name=user.get("name", ""),
        text=text, created_at=parse_time(tweet["created_at"]),
        url=f"https://x.com/{handle or 'i/web'}/status/{tweet_id}", lang=choose_language(tweet.get("lang"), text),
        brand=brand, reposts_of=mention_id("x", retweeted[0]) if retweeted else "", raw=tweet,
    )


def parse_result(tweet: dict[str, Any], *, users: dict[str, dict[str, Any]],
                 originals: dict[str, dict[str, Any]], brand: str) -> list[Mention]:
    """A result tweet, plus the retweeted original when X included it (so the original is stored too)."""
    mention = parse_tweet(tweet, users=users, brand=brand)
    original = originals.get(mention.reposts_of.removeprefix("x:")) if mention.reposts_of else None
    if original is None:
        return [mention]
    return [parse_tweet(original, users=users, brand=brand), mention]


class XCollector(Collector):
    """One task per query (X search syntax, e.g. `"veloz" -is:retweet lang:pt`)."""

    name = "x"
    options_spec = {
        "queries": ("texts", REQUIRED),
        "base_url": ("url", "https://api.x.com"),
    }
    secret_env = {"bearer_token": "MONITOR_X_BEARER_TOKEN"}
    required_secrets = ("bearer_token",)
    secret_help = {"bearer_token": "X API v2 app bearer token."}
    rate_limit = RateLimitHeaders("x-rate-limit-remaining", "x-rate-limit-reset", "epoch")

    def plan(self) -> list[Task]:
        """One task per query."""
        return [Task(query, query) for query in self.options["queries"]]

    def fetch_task(self, task: Task, state: CursorState) -> Iterator[Page]:
        """since_id (or the lookback start_time on a first run), then next_token to the end."""
        brand = self.brand_for(task.target)
        # A walk cut short resumes with the window it started with, so its next_token still applies.
        start = state.walk_floor(task.key, None) or self._start_time()["start_time"]
        window = {"since_id": state.watermark(task.key)} if state.watermark(task.key) else {"start_time": start}
        includes: dict[str, dict[str, dict[str, Any]]] = {"users": {}, "tweets": {}}

        def fetch_page(next_token: str | None) -> tuple[list[Any], str | None]:
            nonlocal window
            params = {"query": task.target, "max_results": 100, **FIELDS, **window}
            response = self._search({**params, "next_token": next_token} if next_token else params)
            if response.status_code == 400 and "since_id" in window and not next_token:
                # since_id older than 7 days is rejected (rooteco/tweetscape#421): restart from the window.
                logger.warning("x %s: since_id is too old, restarting from the 7-day window", task.key)
                window = self._start_time()
                response = self._search({**params, "since_id": None, **window})
            payload = self.http.json_of(response)
            if not isinstance(payload, dict) or not isinstance(payload.get("meta"), dict):
                raise SourceError("unexpected response: no 'meta' object")
            found = payload.get("includes")
            for kind in ("users", "tweets"):
                items = found.get(kind) if isinstance(found, dict) else None
                for item in items if isinstance(items, list) else []:  # a broken one is skipped
                    if isinstance(item, dict) and isinstance(item.get("id"), str):
                        includes[kind][item["id"]] = item
            tweets = payload.get("data") or []
            if not isinstance(tweets, list):
                raise SourceError("unexpected response: 'data' is not a list")
            token = payload["meta"].get("next_token")
            return tweets, token if isinstance(token, str) and token else None

        def parse(tweet: dict[str, Any]) -> list[Mention]:
            return parse_result(tweet, users=includes["users"], originals=includes["tweets"], brand=brand)

        # Ids are the watermark: the chain's max id equals the first page's meta.newest_id.
        yield from self.walk_chain(state, task.key, fetch_page, parse, lambda tweet: tweet["id"], None,
                                   start=window.get("start_time"))

    def native_id_of(self, item: Any) -> str:
        """A tweet's `id`."""
        return str(item["id"])

    def _start_time(self) -> dict[str, str]:
        lookback = min(timedelta(hours=self.options["lookback_hours"]), SEARCH_WINDOW)
        return {"start_time": iso(self.http.now() - lookback)}

    def _search(self, params: dict[str, Any]) -> Any:
        response = self.request("GET", f"{self.options['base_url']}/2/tweets/search/recent",
                                params={k: v for k, v in params.items() if v is not None},
                                headers={"Authorization": f"Bearer {self.secrets['bearer_token']}"})
        if response.status_code in (401, 403):
            raise FatalSourceError(f"HTTP {response.status_code}: bearer token refused or no API access "
                                   "(check MONITOR_X_BEARER_TOKEN and the account's credits)")
        return response
