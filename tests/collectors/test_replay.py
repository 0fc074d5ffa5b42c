"""The demo's live source keeps releasing mentions as new posts for as long as it runs, at a
realistic daily pace."""

from __future__ import annotations

import shutil
from datetime import datetime, timedelta, timezone

from monitor.collectors.client import HttpClient
from monitor.collectors.replay import ReplayCollector

from .helpers import FIXTURES, run
from tests.conftest import store_at

DATA = FIXTURES / "file_import"


def test_the_drip_never_runs_dry_and_never_repeats_an_id(tmp_path):
    shutil.copy(DATA / "mentions.jsonl", tmp_path)  # three mentions
    collector = ReplayCollector.from_config(
        {"file": str(tmp_path / "mentions.jsonl"), "batch": 2, "held_back": 2, "per_day": 86_400},
        env={})  # one a second: every run releases its batch
    ids, cursor = [], None
    for _ in range(4):  # eight releases from a pool of two
        result = run(collector, cursor)
        (page,) = result.pages
        cursor = page.cursor
        ids += [m.id for m in page.mentions]
        assert all(0 <= (collector.http.now() - m.created_at).total_seconds() < 86_400
                   for m in page.mentions)
    assert len(ids) == 8 and len(set(ids)) == 8
    assert ids[2].endswith("~1") and ids[7].endswith("~3")


def test_the_drip_keeps_a_normal_days_volume_and_a_restart_catches_up(tmp_path):
    shutil.copy(DATA / "mentions.jsonl", tmp_path)
    clock = {"now": datetime(2026, 12, 2, 11, 50, tzinfo=timezone.utc)}

    def collector():
        http = HttpClient(timeout_s=5, now=lambda: clock["now"])
        return ReplayCollector.from_config({"file": str(tmp_path / "mentions.jsonl"), "batch": 25,
                                            "held_back": 2, "per_day": 48}, env={}, http=http)

    first = run(collector()).pages[0]  # 11:50: today's schedule (one every 30 min) so far
    assert len(first.mentions) == 24
    hours = [m.created_at.hour + m.created_at.minute / 60 for m in first.mentions]
    assert all(k / 2 <= h < (k + 1) / 2 for k, h in enumerate(hours))  # one in each half-hour slot
    assert max(m.created_at for m in first.mentions) <= clock["now"]
    assert run(collector(), first.cursor).pages == []  # nothing more is due yet
    clock["now"] += timedelta(minutes=40)  # restarted later: catches up on the schedule only
    later = run(collector(), first.cursor).pages[0]
    assert [m.created_at.strftime("%H") + (":00" if m.created_at.minute < 30 else ":30")
            for m in later.mentions] == ["12:00", "12:30"]
    clock["now"] = datetime(2026, 12, 3, 23, 59, tzinfo=timezone.utc)  # a whole day later
    next_day = run(collector(), later.cursor).pages[0]
    assert len(next_day.mentions) == 25  # at most a batch per run
    ids = [m.id for page in (first, later, next_day) for m in page.mentions]
    assert len(ids) == len(set(ids))


def test_the_demos_default_pace_is_its_own_daily_volume(tmp_path):
    from monitor.config import load_config

    config = load_config(tmp_path / "absent.toml", env={})
    options = ReplayCollector.with_defaults({}, config)
    assert options["per_day"] == 0  # the setting's default: the demo's own volume
    collector = ReplayCollector.from_config(options, env={})
    page = run(collector).pages[0]  # the real demo file: about 48 a day
    assert 0 < len(page.mentions) <= config.demo.batch


def test_a_failing_source_raises_its_own_error_and_is_recorded_failed(tmp_path):
    import pytest

    from monitor.errors import SourceError
    from monitor.ingest import run_collector
    from monitor.store import open_store

    store = open_store(store_at("m"))
    collector = ReplayCollector.from_config({"file": str(tmp_path / "absent.jsonl"), "per_day": 10}, env={})
    with pytest.raises(SourceError, match="replay"):
        run_collector(store, collector)
    assert store.db.execute("SELECT status FROM job_runs").fetchall() == [("failed",)]
    store.close()
