"""Scheduler wiring: one job per enabled collector plus detect/alerts/report, never overlapping."""

from __future__ import annotations

from monitor.config import load_config
from monitor.scheduler import build_scheduler
from monitor.store import open_store
from tests.conftest import store_at


def config_with(tmp_path, body: str):
    path = tmp_path / "monitor.toml"
    path.write_text(body)
    return load_config(path, env={"MONITOR_DB": str(store_at("m"))})


def test_jobs_per_enabled_collector_with_their_intervals(tmp_path):
    config = config_with(tmp_path, "[collectors.hackernews]\nenabled = true\ninterval_minutes = 7\n"
                                   "[collectors.rss]\nenabled = false\n[collectors.replay]\nenabled = true\n")
    scheduler = build_scheduler(config)
    jobs = {job.id: job for job in scheduler.get_jobs()}
    assert set(jobs) == {"collect:hackernews", "collect:replay", "detect", "alerts", "report",
                         "report:catch-up"}
    assert jobs["collect:hackernews"].trigger.interval.total_seconds() == 420
    assert jobs["collect:replay"].trigger.interval.total_seconds() == config.get("demo.interval_s")
    for job in jobs.values():
        assert job.max_instances == 1 and job.coalesce is True


def test_schedule_survives_a_restart(tmp_path):
    config = config_with(tmp_path, "[collectors.hackernews]\nenabled = true\ninterval_minutes = 60\n")
    store = open_store(config.db_path)
    run = store.start_job("collect:hackernews")
    store.finish_job(run, "ok")
    interrupted = store.start_job("collect:hackernews")  # killed: never finished
    store.close()
    job = build_scheduler(config).get_job("collect:hackernews")
    store = open_store(config.db_path)
    last = store.last_run_started("collect:hackernews")
    status = store.db.execute("SELECT status FROM job_runs WHERE id = ?", [interrupted]).fetchone()[0]
    store.close()
    from monitor.mention import parse_time

    assert (job.next_run_time - parse_time(last)).total_seconds() >= 3599
    assert status == "interrupted"


def test_the_weekly_report_runs_at_the_teams_time_and_is_written_once(tmp_path):
    from monitor.scheduler import report_job

    config = config_with(tmp_path, "[board]\ntime_zone = \"America/Sao_Paulo\"\n"
                                   f"[reports]\nweekday = \"tue\"\ntime = \"07:30\"\ndir = \"{tmp_path / 'r'}\"\n"
                                   "formats = [\"html\", \"csv\"]\n")
    trigger = build_scheduler(config).get_job("report").trigger
    assert str(trigger.timezone) == "America/Sao_Paulo"
    fields = {f.name: str(f) for f in trigger.fields}
    assert (fields["day_of_week"], fields["hour"], fields["minute"]) == ("tue", "7", "30")

    report_job(config, only_if_missing=True)  # as `monitor run --once` does from cron
    report_job(config, only_if_missing=True)
    pages = list((tmp_path / "r").glob("*/report.html"))
    assert len(pages) == 1 and not list((tmp_path / "r").glob("*/report.pdf"))
    store = open_store(config.db_path)
    summaries = store.db.execute("SELECT title FROM alerts WHERE kind = 'weekly_report'").fetchall()
    runs = store.db.execute("SELECT status FROM job_runs WHERE job = 'report'").fetchall()
    store.close()
    assert [t for (t,) in summaries] == [f"Weekly report {pages[0].parent.name}"]
    assert runs == [("ok",)]


def test_the_catch_up_writes_only_the_report_that_was_due(tmp_path):
    """A catch-up before this week's report time writes (if missing) the report due last
    time, never this week's early; a PDF that cannot be rendered leaves a note, not a loop."""
    from monitor import periods
    from monitor.mention import utcnow
    from monitor.scheduler import report_job, report_written

    now = utcnow()
    later_today = (now.hour * 60 + now.minute + 60) % (24 * 60)
    weekday = periods.WEEKDAYS[now.weekday()]
    config = config_with(tmp_path, f"[reports]\nweekday = \"{weekday}\"\n"
                                   f"time = \"{later_today // 60:02d}:{later_today % 60:02d}\"\n"
                                   f"dir = \"{tmp_path / 'r'}\"\nformats = [\"csv\"]\n")
    report_job(config, only_if_missing=True)
    due = periods.last_scheduled(now, weekday, later_today // 60, later_today % 60, "UTC")
    written = [p.name for p in (tmp_path / "r").iterdir()]
    assert written == [periods.last_full_week(due, "UTC")]
    assert report_written(config, written[0])
