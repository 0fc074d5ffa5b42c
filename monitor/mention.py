"""The one record type for a public mention, and the text/time normalisation every source shares."""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Any

_TAG = re.compile(r"<[^>]+>")
_BLOCK_END = re.compile(r"</(p|div|li|h\d)>|<br\s*/?>", re.IGNORECASE)
_SPACES = re.compile(r"[ \t\r\f\v]+")
_BLANK_LINES = re.compile(r"\n\s*\n+")

EARLIEST_POST = datetime(2000, 1, 1, tzinfo=timezone.utc)
"""No post we watch is older: an earlier date is a broken export, not a mention."""
MAX_AHEAD = timedelta(days=1)
"""How far past now a post may be dated (clock skew); beyond it the date is wrong, and a year
9999 would overflow every window and chart that reads it."""


@dataclass(frozen=True)
class Mention:
    """A public post about a watched brand, as collected from one source.

    `native_id` is the source's own stable id (status URI, post URI, fullname...);
    together with `source` it is the unique key, so ingesting twice stores once.
    `reposts_of` is set for boosts/retweets: they count as amplification of the
    original (`source:native_id` of the original), not as new text.
    """

    source: str
    native_id: str
    author_id: str
    text: str
    created_at: datetime
    author_handle: str = ""
    author_name: str = ""
    url: str = ""
    lang: str = ""
    brand: str = ""
    reposts_of: str = ""
    raw: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @property
    def id(self) -> str:
        return mention_id(self.source, self.native_id)

    @property
    def author_key(self) -> str:
        """Authors are per source account: `source:author_id`."""
        return f"{self.source}:{self.author_id}"


TEXT_CUT_MARK = " […]"
"""Ends a text cut to the `model.max_text_chars` limit (the source's raw payload keeps it whole)."""


def cut_text(text: str, limit: int) -> str:
    """`text` if it fits in `limit` characters, else its start and TEXT_CUT_MARK, `limit` long.

    Scoring time and memory grow with the text (a 1 MB post took 167 s and 7.3 GB), while the
    start of a post says what it is about; so every text is bounded before it is stored or scored."""
    if len(text) <= limit:
        return text
    return text[:max(limit - len(TEXT_CUT_MARK), 0)] + TEXT_CUT_MARK


def mention_id(source: str, native_id: str) -> str:
    """The stable primary key of a mention: `source:native_id`."""
    return f"{source}:{native_id}"


def html_to_text(value: str | None) -> str:
    """Strip tags and decode entities, keeping paragraph breaks and link text readable."""
    if not value:
        return ""
    text = _BLOCK_END.sub("\n", value)
    text = _TAG.sub("", text)
    text = html.unescape(text)
    text = _SPACES.sub(" ", text)
    text = _BLANK_LINES.sub("\n", text)
    return "\n".join(line.strip() for line in text.split("\n")).strip()


def parse_time(value: Any) -> datetime:
    """Parse ISO 8601 text, epoch seconds or a datetime into an aware UTC datetime.

    Raises ValueError with a short reason when the value is not a time.
    """
    try:
        if isinstance(value, datetime):
            moment = value
        elif isinstance(value, (int, float)) and not isinstance(value, bool):
            moment = datetime.fromtimestamp(float(value), tz=timezone.utc)
        elif isinstance(value, str) and value.strip():
            text = value.strip()
            if text.endswith("Z"):
                text = text[:-1] + "+00:00"
            try:
                moment = datetime.fromisoformat(text)
            except ValueError:
                raise ValueError(f"not an ISO 8601 time: {value!r}") from None
        else:
            raise ValueError(f"not a time: {value!r}")
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=timezone.utc)
        return moment.astimezone(timezone.utc)
    except (OverflowError, OSError):  # year 9999 west of UTC, epoch seconds past year 9999
        raise ValueError(f"out of range: {value!r}") from None


def check_post_time(moment: datetime, now: datetime | None = None) -> datetime:
    """`moment` if it is a plausible publication time: not before EARLIEST_POST and at most
    MAX_AHEAD past `now`. Raises ValueError saying which bound it breaks. The one rule every
    file import and collector applies to the date of a post."""
    now = now or utcnow()
    if moment < EARLIEST_POST:
        raise ValueError(f"before {EARLIEST_POST:%Y-%m-%d}, too old to be a post: {iso(moment)}")
    if moment > now + MAX_AHEAD:
        raise ValueError(f"more than a day in the future: {iso(moment)}")
    return moment


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
TEXT_FIELDS = ("source", "native_id", "author_id", "text", "author_handle", "author_name", "url",
               "lang", "brand", "reposts_of")


def check_storable(mention: Mention) -> Mention:
    """`mention` if the store can keep it: every text field is text and none, nor the raw
    payload, holds a lone surrogate (a JSON escape such as \\ud800 decodes to a character no
    UTF-8 database can store). Raises ValueError naming the field, so a collector quarantines
    the item; stored, it failed its whole page on every run, and the source never got past it."""
    for name in TEXT_FIELDS:
        value = getattr(mention, name)
        if not isinstance(value, str):
            raise ValueError(f"{name} is not text but {type(value).__name__}")
        if _LONE_SURROGATE.search(value):
            raise ValueError(f"{name} holds a lone surrogate escape (\\ud800-\\udfff), not text")
    if _LONE_SURROGATE.search(json.dumps(mention.raw, ensure_ascii=False, default=str)):
        raise ValueError("the raw payload holds a lone surrogate escape (\\ud800-\\udfff)")
    return mention


def parse_post_time(value: Any, now: datetime | None = None) -> datetime:
    """`parse_time`, then `check_post_time`: when a post was published, or ValueError."""
    return check_post_time(parse_time(value), now)


def iso(moment: datetime) -> str:
    """The storage form of a time: ISO 8601 in UTC with seconds precision."""
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def utcnow() -> datetime:
    return datetime.now(timezone.utc)
