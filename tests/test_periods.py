"""The team's calendar days and weeks (monitor.periods), and the board counting by them."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timezone

import pytest

from monitor import board, periods
from tests.conftest import make_mention


def test_days_are_the_teams_calendar_days_with_exact_utc_bounds():
    now = datetime(2026, 11, 30, 2, 30, tzinfo=timezone.utc)  # 23:30 on the 29th in São Paulo
    assert periods.local_date(now, "America/Sao_Paulo") == date(2026, 11, 29)
    assert periods.day_start(now, "America/Sao_Paulo") == datetime(2026, 11, 29, 3, tzinfo=timezone.utc)
    assert periods.last_days(now, 2, "UTC") == [
        ("2026-11-29", "2026-11-29T00:00:00Z", "2026-11-30T00:00:00Z"),
        ("2026-11-30", "2026-11-30T00:00:00Z", "2026-12-01T00:00:00Z")]
    # half-hour offsets and daylight-saving days (23 hours) are exact
    assert periods.days_bounds(date(2026, 3, 8), 1, "Asia/Kolkata")[0][1:] == (
        "2026-03-07T18:30:00Z", "2026-03-08T18:30:00Z")
    assert periods.days_bounds(date(2026, 3, 8), 1, "America/New_York")[0][1:] == (
        "2026-03-08T05:00:00Z", "2026-03-09T04:00:00Z")


def test_weeks_are_iso_weeks_in_the_teams_time_zone():
    assert periods.week_bounds("2026-W48", "America/Sao_Paulo") == (
        datetime(2026, 11, 23, 3, tzinfo=timezone.utc), datetime(2026, 11, 30, 3, tzinfo=timezone.utc))
    assert periods.previous_week("2026-W01") == "2025-W52"
    # Monday 01:00 UTC is still Sunday in São Paulo: the last full week is two weeks back there
    monday_early = datetime(2026, 11, 30, 1, tzinfo=timezone.utc)
    assert periods.last_full_week(monday_early, "UTC") == "2026-W48"
    assert periods.last_full_week(monday_early, "America/Sao_Paulo") == "2026-W47"
    for bad in ("2026-48", "2026-W54", "W48"):
        with pytest.raises(periods.PeriodError):
            periods.week_monday(bad)


def test_the_board_counts_a_late_evening_post_on_the_teams_day(store):
    late = replace(make_mention(1, author="ana"),  # Sunday 23:30 in São Paulo, Monday in UTC
                   created_at=datetime(2026, 11, 30, 2, 30, tzinfo=timezone.utc))
    store.save_page([late])
    now = datetime(2026, 11, 30, 12, tzinfo=timezone.utc)
    utc_days = board.daily_by_category(store, now, 2, "UTC").sum(axis=1)
    local_days = board.daily_by_category(store, now, 2, "America/Sao_Paulo").sum(axis=1)
    assert utc_days.to_dict() == {"2026-11-29": 0, "2026-11-30": 1}
    assert local_days.to_dict() == {"2026-11-29": 1, "2026-11-30": 0}
    assert board.kpis(store, now, time_zone="UTC")["mentions_today"] == 1
    assert board.kpis(store, now, time_zone="America/Sao_Paulo")["mentions_today"] == 0


def test_when_a_weekly_job_was_last_due():
    zone = "America/Sao_Paulo"  # Monday 08:00 there is 11:00 UTC
    monday_morning = datetime(2026, 11, 30, 10, 30, tzinfo=timezone.utc)  # 07:30 there: not yet
    assert periods.last_scheduled(monday_morning, "mon", 8, 0, zone) == datetime(
        2026, 11, 23, 11, tzinfo=timezone.utc)
    assert periods.last_scheduled(monday_morning.replace(hour=11), "mon", 8, 0, zone) == datetime(
        2026, 11, 30, 11, tzinfo=timezone.utc)
    assert periods.last_scheduled(monday_morning, "fri", 17, 30, "UTC") == datetime(
        2026, 11, 27, 17, 30, tzinfo=timezone.utc)
