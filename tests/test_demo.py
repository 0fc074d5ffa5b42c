"""The demo's time shift: the loaded part ends today, never in the future, time of day kept."""

from __future__ import annotations

from datetime import datetime, timezone

from monitor.demo import shift_for


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=timezone.utc)


def test_shift_brings_the_last_loaded_post_to_today_keeping_its_time_of_day():
    shift = shift_for(at("2026-11-18T09:30:00"), at("2026-12-01T15:00:00"))
    assert at("2026-11-18T09:30:00") + shift == at("2026-12-01T09:30:00")


def test_shift_never_puts_a_post_in_the_future():
    shift = shift_for(at("2026-11-18T22:00:00"), at("2026-12-01T08:00:00"))
    assert at("2026-11-18T22:00:00") + shift == at("2026-11-30T22:00:00")
