"""YouTube Data API v3 `commentThreads` for configured videos and channels, with an API key.

403 means different things (getopenpost/openpost#245): `quotaExceeded` ends the run resting
until the daily reset (midnight Pacific time), `commentsDisabled` skips that video,
`rateLimitExceeded` is retried.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from typing import Any
from zoneinfo import ZoneInfo

import httpx

from monitor.collectors.base import Collector, CursorState, FatalSourceError, Page, SourceResting, Task, require
from monitor.errors import ConfigError
from monitor.language import detect_language
from monitor.mention import Mention, html_to_text, iso, parse_time

logger = logging.getLogger(__name__)

RETRYABLE_REASONS = frozenset({"rateLimitExceeded", "userRateLimitExceeded"})
QUOTA_REASONS = frozenset({"quotaExceeded", "dailyLimitExceeded"})
KEY_REASONS = frozenset({"keyInvalid", "keyExpired", "accessNotConfigured"})
QUOTA_ZONE = ZoneInfo("America/Los_Angeles")
"""The Data API's daily quota resets at midnight Pacific time."""


def quota_reset(now: datetime) -> datetime:
    """The next midnight Pacific time after `now` (an aware datetime), as UTC."""
    local = now.astimezone(QUOTA_ZONE)
    midnight = datetime.combine(local.date() + timedelta(days=1), datetime.min.time(), tzinfo=QUOTA_ZONE)
    return midnight.astimezone(timezone.utc)


def error_reason(response: httpx.Response) -> str:
    """The first `error.errors[].reason` of a Google API error body, or ""."""
    try:
        return str(response.json()["error"]["errors"][0]["reason"])
    except (ValueError, KeyError, IndexError, TypeError):
        return ""


def parse_thread(thread: dict[str, Any], *, brand: str) -> Mention:
    """A comment thread's top-level comment as a Mention keyed by the thread id."""
    comment = thread["snippet"]["topLevelComment"]["snippet"]
    text = html_to_text(comment["textDisplay"])
    display = comment.get("authorDisplayName") or ""
    video = comment.get("videoId") or thread["snippet"].get("videoId", "")
    return Mention(
        source="youtube", native_id=thread["id"], author_id=comment["authorChannelId"]["value"],
        author_handle=display.removeprefix("@"), author_name=display, text=text,
        created_at=parse_time(comment["publishedAt"]),
        url=f"https://www.youtube.com/watch?v={video}&lc={thread['id']}", lang=detect_language(text),
        brand=brand, raw=thread,
    )


def mark_of(thread: dict[str, Any]) -> str:
    """Watermark on `publishedAt`: edits change `updatedAt` only."""
    return iso(parse_time(thread["snippet"]["topLevelComment"]["snippet"]["publishedAt"]))


class YoutubeCollector(Collector):
    """One task per video id and per channel id (all threads related to the channel), newest first."""

    name = "youtube"
    options_spec = {
        "videos": ("texts", []),
        "channels": ("texts", []),
        "base_url": ("url", "https://www.googleapis.com/youtube/v3"),
        "overlap_s": ("number", 60.0),
    }
    secret_env = {"api_key": "MONITOR_YOUTUBE_API_KEY"}
    required_secrets = ("api_key",)
    secret_help = {"api_key": "YouTube Data API v3 key."}

    def check_options(self, options: dict[str, Any]) -> None:
        """At least one video or channel to read."""
        if not options["videos"] and not options["channels"]:
            raise ConfigError("collectors.youtube.videos: list at least one video id (or set channels)")

    def plan(self) -> list[Task]:
        """Videos first, then channels."""
        return [Task(f"video:{v}", ("videoId", v)) for v in self.options["videos"]] + [
            Task(f"channel:{c}", ("allThreadsRelatedToChannelId", c)) for c in self.options["channels"]]

    def fetch_task(self, task: Task, state: CursorState) -> Iterator[Page]:
        """Threads newest first down to the floor; commentsDisabled ends the task quietly."""
        floor = self.floor(state, task.key, self.options["overlap_s"])
        brand = self.brand_for()
        selector, value = task.target

        def fetch_page(page_token: str | None) -> tuple[list[Any], str | None]:
            params = {"part": "snippet", selector: value, "maxResults": 100, "order": "time", "textFormat": "html"}
            response = self.request(
                "GET", f"{self.options['base_url']}/commentThreads",
                params={**params, "pageToken": page_token} if page_token else params,
                # The key goes in a header, not `key=`, so it never shows up in logged URLs.
                headers={"X-Goog-Api-Key": self.secrets["api_key"]},
                retry_if=lambda r: r.status_code == 403 and error_reason(r) in RETRYABLE_REASONS,
            )
            reason = error_reason(response) if not response.is_success else ""
            if reason == "commentsDisabled":
                logger.info("youtube %s: comments are disabled, skipping", task.key)
                return [], None
            if reason in QUOTA_REASONS:
                raise SourceResting(f"{reason}: the daily API quota is spent; resting until it resets at "
                                    "midnight Pacific", quota_reset(self.http.now()))
            if reason in KEY_REASONS or (response.status_code == 400 and "API key" in response.text):
                raise FatalSourceError(f"API key refused ({reason or 'badRequest'}); check MONITOR_YOUTUBE_API_KEY")
            payload = self.http.json_of(response)
            return require(payload, "items", list), payload.get("nextPageToken") or None

        yield from self.walk_chain(state, task.key, fetch_page, lambda t: parse_thread(t, brand=brand), mark_of, floor)

    def native_id_of(self, item: Any) -> str:
        """A comment thread's `id`."""
        return str(item["id"])
