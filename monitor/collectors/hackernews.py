"""Hacker News stories and comments via the Algolia `search_by_date` API (no credentials).

Asks for `created_at_i >= watermark - overlap`: Algolia indexes late and backfills outages
(algolia/hn-search#56), so a generous overlap plus dedupe by objectID loses nothing.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import Any

from monitor.collectors.base import Collector, CursorState, Page, Task, require
from monitor.collectors.options import REQUIRED
from monitor.language import detect_language
from monitor.mention import Mention, html_to_text, iso, parse_time

logger = logging.getLogger(__name__)

HITS_PER_PAGE = 100
MAX_REACHABLE_HITS = 1000
"""Algolia serves only the first 1000 hits of a query (algolia/hn-search#230)."""


def _hn_text(value: str | None) -> str:
    """HN separates paragraphs with a bare opening `<p>` (no `</p>`), so break lines there first."""
    return html_to_text((value or "").replace("<p>", "\n"))


def parse_hit(hit: dict[str, Any], *, brand: str) -> Mention:
    """A story (title + text) or comment hit as a Mention; text fields are HTML with entities."""
    object_id = hit["objectID"]
    if not isinstance(object_id, str) or not object_id:
        raise ValueError(f"bad objectID: {object_id!r}")
    if hit.get("comment_text"):
        text = _hn_text(hit["comment_text"])
    else:
        text = "\n".join(part for part in (_hn_text(hit.get("title")), _hn_text(hit.get("story_text"))) if part)
    if not text:
        raise ValueError("hit has no title, story_text or comment_text")
    author = hit["author"]
    return Mention(
        source="hackernews", native_id=object_id, author_id=author, author_handle=author, author_name=author,
        text=text, created_at=parse_time(hit["created_at_i"]),
        url=f"https://news.ycombinator.com/item?id={object_id}", lang=detect_language(text), brand=brand, raw=hit,
    )


def mark_of(hit: dict[str, Any]) -> str:
    """Watermark on `created_at_i`, the field numericFilters compares."""
    return iso(parse_time(hit["created_at_i"]))


class HackernewsCollector(Collector):
    """One task per query; pages through `page` until `nbPages` (or the 1000-hit wall)."""

    name = "hackernews"
    options_spec = {
        "queries": ("texts", REQUIRED),
        "tags": ("text", "(story,comment)"),
        "base_url": ("url", "https://hn.algolia.com"),
        "overlap_s": ("number", 900.0),
    }

    def plan(self) -> list[Task]:
        """One task per query."""
        return [Task(query, query) for query in self.options["queries"]]

    def fetch_task(self, task: Task, state: CursorState) -> Iterator[Page]:
        """Hits since the floor, newest first, page by page."""
        floor = self.floor(state, task.key, self.options["overlap_s"])
        since_epoch = int(parse_time(floor).timestamp())
        brand = self.brand_for(task.target)

        def fetch_page(page: int | None) -> tuple[list[Any], int | None]:
            number = page or 0
            params = {
                "query": task.target, "tags": self.options["tags"], "page": number, "hitsPerPage": HITS_PER_PAGE,
                "numericFilters": f"created_at_i>={since_epoch}",
            }
            payload = self.get_json(f"{self.options['base_url']}/api/v1/search_by_date", params=params)
            hits = require(payload, "hits", list)
            pages = payload.get("nbPages") if isinstance(payload.get("nbPages"), int) else 0
            more = number + 1 < pages and (number + 1) * HITS_PER_PAGE < MAX_REACHABLE_HITS
            return hits, number + 1 if more else None

        yield from self.walk_chain(state, task.key, fetch_page, lambda hit: parse_hit(hit, brand=brand),
                                   mark_of, floor)

    def native_id_of(self, item: Any) -> str:
        """A hit's `objectID` (the HN item id)."""
        return str(item["objectID"])
