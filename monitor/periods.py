"""Days and weeks as the team lives them: calendar periods in the team's time zone, as UTC bounds.

Mentions are stored with UTC times; "today", "per day" and "last week" mean the team's days
(board.time_zone), so a post at 23:30 in São Paulo counts on that day, not the next. Each period
is turned into exact UTC bounds here (daylight-saving days last 23 or 25 hours), and the store
counts between bounds, so any zone works, half-hour offsets included.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

from monitor.errors import MonitorError
from monitor.mention import iso

WEEK_PATTERN = re.compile(r"^(\d{4})-W(\d{2})$")


class PeriodError(MonitorError):
    """A period that is not a valid ISO week."""


def _utc(day: date, zone: ZoneInfo) -> datetime:
    """The UTC instant the team's calendar day starts."""
    return datetime.combine(day, time(0), tzinfo=zone).astimezone(timezone.utc)


def local_date(moment: datetime, time_zone: str = "UTC") -> date:
    """The team's calendar date at a (UTC) moment."""
    return moment.astimezone(ZoneInfo(time_zone)).date()


def day_start(now: datetime, time_zone: str = "UTC") -> datetime:
    """The UTC instant today (in the team's time zone) began."""
    return _utc(local_date(now, time_zone), ZoneInfo(time_zone))


def days_bounds(first: date, count: int, time_zone: str = "UTC") -> list[tuple[str, str, str]]:
    """`count` calendar days from `first`: (YYYY-MM-DD, start, end) with UTC bounds as stored text."""
    zone = ZoneInfo(time_zone)
    days = [first + timedelta(days=i) for i in range(count + 1)]
    return [(day.isoformat(), iso(_utc(day, zone)), iso(_utc(following, zone)))
            for day, following in zip(days, days[1:])]


def last_days(now: datetime, count: int, time_zone: str = "UTC") -> list[tuple[str, str, str]]:
    """The last `count` calendar days, today included, oldest first."""
    return days_bounds(local_date(now, time_zone) - timedelta(days=count - 1), count, time_zone)


def week_monday(week: str) -> date:
    """The Monday of an ISO week written like 2026-W47."""
    match = WEEK_PATTERN.match(week.strip())
    if not match:
        raise PeriodError(f"week {week!r}: expected an ISO week like 2026-W47")
    try:
        return date.fromisocalendar(int(match[1]), int(match[2]), 1)
    except ValueError:
        raise PeriodError(f"week {week!r}: no such ISO week") from None


def week_bounds(week: str, time_zone: str = "UTC") -> tuple[datetime, datetime]:
    """Monday 00:00 of the ISO week and of the week after, in the team's time zone, as UTC."""
    monday = week_monday(week)
    zone = ZoneInfo(time_zone)
    return _utc(monday, zone), _utc(monday + timedelta(days=7), zone)


def week_of(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def previous_week(week: str) -> str:
    return week_of(week_monday(week) - timedelta(days=7))


def last_full_week(now: datetime, time_zone: str = "UTC") -> str:
    """The ISO week before the one `now` falls in (in the team's time zone)."""
    return week_of(local_date(now, time_zone) - timedelta(days=7))


WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def last_scheduled(now: datetime, weekday: str, hour: int, minute: int,
                   time_zone: str = "UTC") -> datetime:
    """The latest weekly moment (e.g. Monday 08:00 in the team's time zone) at or before
    `now`: when a weekly job was last due."""
    zone = ZoneInfo(time_zone)
    local = now.astimezone(zone)
    day = local.date() - timedelta(days=(local.weekday() - WEEKDAYS.index(weekday)) % 7)
    moment = datetime.combine(day, time(hour, minute), tzinfo=zone)
    if moment > local:
        moment = datetime.combine(day - timedelta(days=7), time(hour, minute), tzinfo=zone)
    return moment.astimezone(timezone.utc)
