"""RSS/Atom feeds (Google Alerts, Google News search, news sites) with conditional GET.

The HttpClient fetches (feedparser's own HTTP has no timeout, kurtmckee/feedparser#76) and
feedparser parses the bytes. Feeds are sliding windows, so entries are deduped by key. Many
entries carry no stable id (no <guid>/<id>, an id that comes and goes, a Google redirect link
re-signed on every fetch), so each feed's cursor remembers which key an article link or content
hash was first stored under, and a re-fetch of the same entry keeps that key.
"""

from __future__ import annotations

import calendar
import dataclasses
import hashlib
import json
import logging
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any
from urllib.parse import parse_qs, urlsplit

import feedparser

from monitor.collectors.base import Collector, CursorState, Page, Task
from monitor.collectors.options import REQUIRED
from monitor.errors import SourceError
from monitor.language import detect_language
from monitor.mention import Mention, html_to_text

logger = logging.getLogger(__name__)

VALIDATORS = (("ETag", "etag"), ("Last-Modified", "modified"))
ALIAS_LIMIT = 2000
"""Link and content-hash aliases kept per feed: a few windows' worth of entries."""


def parse_feed_bytes(content: bytes, url: str, content_type: str = "") -> feedparser.FeedParserDict:
    """Parse a feed body; raise SourceError if it is no feed at all.

    `bozo` alone is not fatal: it is often a benign encoding note (kurtmckee/feedparser#81).
    """
    feed = feedparser.parse(content, response_headers={"content-type": content_type, "content-location": url})
    if not feed.entries and (feed.bozo or not feed.get("version")):
        problem = feed.get("bozo_exception") or "no feed version recognised"
        raise SourceError(f"{url}: not a readable RSS/Atom feed ({problem})")
    return feed


def entry_time(entry: dict[str, Any], fallback: datetime | None) -> datetime | None:
    """published, else updated, else the fetch time (kurtmckee/feedparser#113): feeds often omit dates."""
    moment = entry.get("published_parsed") or entry.get("updated_parsed")
    if not moment:
        return fallback
    return datetime.fromtimestamp(calendar.timegm(moment), tz=UTC)


def entry_raw(entry: dict[str, Any]) -> dict[str, Any]:
    """The entry as plain JSON (struct_time fields dropped: their text twins are kept)."""
    return json.loads(json.dumps({k: v for k, v in entry.items() if not k.endswith("_parsed")}, default=str))


def entry_key(entry: dict[str, Any]) -> str:
    """Stable entry key: id/guid, else the article link (a Google redirect unwrapped: its
    signature changes on every fetch), else a hash of title, date and text (lemon24/reader#170)."""
    key = entry.get("id") or (unwrap_link(entry["link"]) if entry.get("link") else "")
    return str(key) if key else content_key(entry)


def content_key(entry: dict[str, Any]) -> str:
    """A hash of the entry's title, date and text: the same entry fetched again hashes the same."""
    when = entry.get("published") or entry.get("updated") or ""
    text = entry.get("summary") or (entry.get("content") or [{}])[0].get("value") or ""
    digest = hashlib.sha1(f"{entry.get('title', '')}|{when}|{text}".encode())
    return f"sha1:{digest.hexdigest()}"


def keep_first_keys(mentions: list[Mention], aliases: dict[str, str]) -> list[Mention]:
    """The mentions keyed as their article link or content hash was first stored (`aliases`,
    kept in the feed's cursor slot), so an entry whose id appears, disappears or whose link is
    re-signed between fetches stays one item. An entry with an id of its own only takes a key
    that was not an id (its link or hash from a fetch without the id): entries that share one
    link but have their own ids stay apart."""
    kept = []
    for mention in mentions:
        names = [name for name in (mention.url, content_key(mention.raw)) if name]
        has_id = mention.native_id not in names
        known = [aliases[name] for name in names if name in aliases]
        usable = [key for key in known if not has_id or key.startswith("sha1:") or aliases.get(key) == key]
        first = usable[0] if usable else mention.native_id
        for name in names:  # remember the first key; most recent last, so the oldest go first
            aliases[name] = aliases.pop(name, first)
        kept.append(mention if first == mention.native_id else dataclasses.replace(mention, native_id=first))
    for name in list(aliases)[:max(len(aliases) - ALIAS_LIMIT, 0)]:
        del aliases[name]
    return kept


def unwrap_link(link: str) -> str:
    """The real article URL behind a Google Alerts redirect (`google.com/url?...&url=<real>`)."""
    parts = urlsplit(link)
    if parts.netloc.endswith("google.com") and parts.path == "/url":
        query = parse_qs(parts.query)
        for name in ("url", "q"):
            if query.get(name):
                return query[name][0]
    return link


def parse_entry(entry: dict[str, Any], *, feed_url: str, brand: str, fetched_at: datetime) -> Mention:
    """A feed entry as a Mention: text is title + summary; the author falls back to the publisher."""
    title = html_to_text(entry.get("title"))
    body = entry.get("summary") or (entry.get("content") or [{}])[0].get("value")
    text = "\n".join(part for part in (title, html_to_text(body)) if part)
    if not text:
        raise ValueError("entry has neither title nor summary")
    link = unwrap_link(entry.get("link") or "")
    publisher = entry.get("source") or {}
    author_name = entry.get("author") or publisher.get("title") or ""
    author_id = entry.get("author") or publisher.get("href") or urlsplit(link or feed_url).netloc
    return Mention(
        source="rss", native_id=entry_key(entry), author_id=author_id, author_handle="",
        author_name=author_name, text=text, created_at=entry_time(entry, fetched_at), url=link,
        lang=detect_language(text), brand=brand, raw=entry_raw(entry),
    )


class RssCollector(Collector):
    """One task per feed URL; ETag/Last-Modified are kept in the cursor for conditional GET."""

    name = "rss"
    options_spec = {"feeds": ("urls", REQUIRED)}

    def plan(self) -> list[Task]:
        """One task per feed URL."""
        return [Task(url, url) for url in self.options["feeds"]]

    def native_id_of(self, item: Any) -> str:
        """The key a stored entry would have: id, else article link, else content hash."""
        return entry_key(item)

    def fetch_task(self, task: Task, state: CursorState) -> Iterator[Page]:
        """One conditional GET; a 304 yields nothing unless the validators changed."""
        slot = state.slot(task.key)
        headers = {}
        if slot.get("etag"):
            headers["If-None-Match"] = slot["etag"]
        if slot.get("modified"):
            headers["If-Modified-Since"] = slot["modified"]
        response = self.request("GET", task.target, headers=headers)
        validators = {name: response.headers[header] for header, name in VALIDATORS if response.headers.get(header)}
        if response.status_code == 304:
            if any(slot.get(name) != value for name, value in validators.items()):
                slot.update(validators)
                yield Page([], state.dump())
            return
        if not response.is_success:
            raise SourceError(self.http.mask(f"{task.target}: HTTP {response.status_code}"))
        feed = parse_feed_bytes(response.content, task.target, response.headers.get("content-type", ""))
        fetched_at = self.http.now()
        mentions, bad = self.parse_items(feed.entries, lambda entry: parse_entry(
            entry, feed_url=task.target, brand=self.brand_for(), fetched_at=fetched_at))
        mentions = keep_first_keys(mentions, slot.setdefault("keys", {}))
        # Validators are stored only with a parsed page: a failed parse must not turn into a 304 later.
        slot.update(validators)
        yield Page(state.take_unseen(task.key, mentions), state.dump(), bad)
