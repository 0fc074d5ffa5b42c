"""The board's Sources health: a resting source shows 'resting until HH:MM' in the team's time
zone, and each job's last run shows its retries, seconds waited and items quarantined (issue 13)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from monitor import board
from monitor.store.mentions import SaveResult


def test_the_board_shows_resting_until_in_the_teams_time_zone_and_what_runs_went_through(store):
    now = datetime(2026, 3, 4, 12, 0, tzinfo=timezone.utc)
    rest = store.start_job("collect:x")
    store.finish_job(rest, "resting", SaveResult(stored=40, quarantined=2), "resting until 2026-03-04T12:15:00Z: …",
                     retries=0, waited_s=0.0, resting_until="2026-03-04T12:15:00Z")
    quota = store.start_job("collect:youtube")
    store.finish_job(quota, "resting", SaveResult(stored=7), resting_until="2026-03-05T08:00:00Z")
    recovered = store.start_job("collect:mastodon")
    store.finish_job(recovered, "ok", SaveResult(stored=3), retries=5, waited_s=37.46)

    jobs = board.sources_health(store, now, "America/Sao_Paulo")["jobs"].set_index("job")
    assert jobs.loc["Collect: X", "status"] == "resting until 09:15"
    assert jobs.loc["Collect: YouTube", "status"] == "resting until 2026-03-05 05:00"  # not today there
    assert (jobs.loc["Collect: X", "quarantined"], jobs.loc["Collect: X", "stored"]) == (2, 40)
    assert (jobs.loc["Collect: Mastodon", "retries"], jobs.loc["Collect: Mastodon", "waited_s"]) == (5, 37.5)
    assert jobs.loc["Collect: Mastodon", "status"] == "ok"
    assert list(jobs.columns[:5]) == ["runs", "stored", "started_at", "status", "retries"]

    later = board.sources_health(store, now + timedelta(hours=1), "UTC")["jobs"].set_index("job")
    assert later.loc["Collect: X", "status"] == "rested until 12:15; runs on its next round"
    assert store.consecutive_failures("collect:x") == 0  # resting is no failure
