"""Mastodon: hashtag timelines on chosen instances (no token), plus status search when a token is set.

Polls gaplessly with `min_id` and follows `Link` headers; dedupes across instances by status
`uri`, because each instance gives the same post its own local `id`.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from typing import Any
from urllib.parse import quote, urlsplit

from monitor.collectors.base import Collector, CursorState, Page, RateLimitHeaders, Task, mark_key, require
from monitor.errors import ConfigError
from monitor.language import choose_language
from monitor.mention import Mention, html_to_text, iso, mention_id, parse_time

logger = logging.getLogger(__name__)

SEEN_KEY = "uris"
_TAG = re.compile(r"#?(\w+)")


def parse_account(account: dict[str, Any], instance_host: str) -> tuple[str, str]:
    """(global handle "user@domain", display name); `acct` omits the domain for local accounts."""
    acct = account["acct"] or account["username"]
    if "@" not in acct:
        acct = f"{acct}@{instance_host}"
    return acct, account.get("display_name") or ""


def parse_status(status: dict[str, Any], *, instance_host: str, brand: str) -> list[Mention]:
    """A status as Mentions: one, or for a boost the original plus a repost record pointing at it."""
    original = status.get("reblog")
    if original:
        (mention,) = parse_status(original, instance_host=instance_host, brand=brand)
        booster, booster_name = parse_account(status["account"], instance_host)
        repost = Mention(
            source="mastodon", native_id=status["uri"], author_id=booster, author_handle=booster,
            author_name=booster_name, text=mention.text, created_at=parse_time(status["created_at"]),
            url=status.get("url") or "", lang=mention.lang, brand=brand,
            reposts_of=mention_id("mastodon", mention.native_id), raw=status,
        )
        return [mention, repost]
    handle, name = parse_account(status["account"], instance_host)
    text = html_to_text(status["content"])
    if status.get("spoiler_text"):
        text = f"{status['spoiler_text'].strip()}\n{text}"
    uri = status["uri"]
    if not isinstance(uri, str) or not uri:
        raise ValueError("status has no uri")
    return [Mention(
        source="mastodon", native_id=uri, author_id=handle, author_handle=handle, author_name=name,
        text=text, created_at=parse_time(status["created_at"]), url=status.get("url") or uri,
        lang=choose_language(status.get("language"), text), brand=brand, raw=status,
    )]


def _created(status: Any) -> datetime:
    try:
        return parse_time(status["created_at"])
    except (KeyError, TypeError, ValueError):
        return datetime.max.replace(tzinfo=timezone.utc)  # unreadable: never the reason to stop


class MastodonCollector(Collector):
    """Hashtag timelines per (instance, tag); `/api/v2/search` on the first instance if a token is set."""

    name = "mastodon"
    options_spec = {
        "instances": ("urls", ["https://mastodon.social"]),
        "tags": ("texts", []),
        "search": ("flag", True),
    }
    secret_env = {"token": "MONITOR_MASTODON_TOKEN"}
    secret_help = {"token": "Optional Mastodon user token for status search."}
    # Mastodon sends an ISO reset time; GoToSocial sends epoch seconds (gotosocial#2129): both parse.
    rate_limit = RateLimitHeaders("X-RateLimit-Remaining", "X-RateLimit-Reset", "iso")

    def check_options(self, options: dict[str, Any]) -> None:
        """At least one instance and one followable hashtag."""
        if not options["instances"]:
            raise ConfigError("collectors.mastodon.instances: must be a list of URLs")
        if not self.tags(options):
            raise ConfigError("collectors.mastodon.tags: no hashtag to follow (set tags, or one-word queries)")

    def tags(self, options: dict[str, Any] | None = None) -> list[str]:
        """Tags to follow: `tags`, else every one-word query ("#veloz" and "veloz" both give "veloz")."""
        options = options or self.options
        words = options["tags"] or options["queries"]
        tags = [match.group(1).lower() for word in words if (match := _TAG.fullmatch(word.strip()))]
        return list(dict.fromkeys(tags))

    def plan(self) -> list[Task]:
        """Every (instance, tag) pair, then one search per query when a token is set."""
        tasks = [Task(f"{instance}#{tag}", ("tag", instance, tag))
                 for instance in self.options["instances"] for tag in self.tags()]
        if self.secrets.get("token") and self.options["search"]:
            instance = self.options["instances"][0]
            tasks += [Task(f"{instance}?q={query}", ("search", instance, query))
                      for query in self.options["queries"]]
        return tasks

    def fetch_task(self, task: Task, state: CursorState) -> Iterator[Page]:
        """A tag timeline walk or a search page."""
        kind, instance, word = task.target
        if kind == "search":
            yield from self._search(task.key, instance, word, state)
        else:
            yield from self._timeline(task.key, instance, word, state)

    def native_id_of(self, item: Any) -> str:
        """A status's `uri` (global across instances), not its per-instance `id`."""
        return str(item["uri"])

    def _headers(self) -> dict[str, str]:
        token = self.secrets.get("token")
        return {"Authorization": f"Bearer {token}"} if token else {}

    def _page(self, url: str, params: dict[str, Any] | None, instance: str, brand: str,
              state: CursorState) -> tuple[list[dict[str, Any]], Page, Any]:
        response = self.request("GET", url, params=params, headers=self._headers())
        statuses = self.http.json_of(response)
        if not isinstance(statuses, list):
            statuses = require(statuses, "statuses", list)
        host = urlsplit(instance).netloc
        mentions, bad = self.parse_items(statuses, lambda s: parse_status(s, instance_host=host, brand=brand))
        return statuses, Page(state.take_unseen(SEEN_KEY, mentions), "", bad), response.links

    def _timeline(self, key: str, instance: str, tag: str, state: CursorState) -> Iterator[Page]:
        """With a watermark walk forward (min_id, then Link rel=prev), saving the watermark page by
        page; on the first run walk back (rel=next) to the lookback, saving the walk's position
        (`CursorState.save_walk`) with every page so a run cut short resumes where it stopped."""
        url = f"{instance}/api/v1/timelines/tag/{quote(tag)}"
        watermark = state.watermark(key)
        params: dict[str, Any] | None = {"limit": 40, **({"min_id": watermark} if watermark else {})}
        cutoff_mark = state.walk_floor(key, iso(self.http.now() - timedelta(hours=self.options["lookback_hours"])))
        cutoff = parse_time(cutoff_mark)
        best = watermark
        if not watermark and state.walking(key):
            url, params, best = state.resume_from(key), None, state.walk_top(key)
        for number in range(1, self.options["max_pages"] + 1):
            statuses, page, links = self._page(url, params, instance, self.brand_for(tag), state)
            ids = [s["id"] for s in statuses if isinstance(s, dict) and isinstance(s.get("id"), str)]
            if ids:
                best = max([best, *ids] if best else ids, key=mark_key)
            if watermark:
                state.set_watermark(key, best)
                link = links.get("prev")
            else:
                too_old = any(_created(s) < cutoff for s in statuses)  # raw: known uris are filtered out
                link = None if too_old else links.get("next")
            last = not statuses or not link or number == self.options["max_pages"]
            if not watermark:
                if last:
                    state.end_walk(key, best)
                else:
                    state.save_walk(key, best, link["url"], cutoff_mark)
            yield Page(page.mentions, state.dump(), page.quarantined)
            if last:
                return
            url, params = link["url"], None

    def _search(self, key: str, instance: str, query: str, state: CursorState) -> Iterator[Page]:
        """One relevance-ordered search page: discovery only, it is not a gapless stream."""
        params = {"q": query, "type": "statuses", "limit": 40}
        statuses, page, _ = self._page(f"{instance}/api/v2/search", params, instance, self.brand_for(query), state)
        if not statuses:
            logger.info("mastodon search %s: no statuses (token lacks read:search, or no index?)", key)
        yield Page(page.mentions, state.dump(), page.quarantined)
