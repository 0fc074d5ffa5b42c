"""APScheduler 3.x wiring for `monitor run`: one job per enabled collector plus detect, alerts, report.

Jobs hold no logic: each calls the same pipeline function as the CLI. Every job opens its own
store connection (SQLite in WAL mode takes concurrent readers and one writer at a time).
With `workers.broker_url` set, each job only enqueues its Celery task and `monitor worker`
processes run these same bodies (`monitor.workers`); without it they run here, in-process.
The schedule survives restarts because each interval job's first run is placed from the
last recorded run in job_runs, not from the moment the process started.
"""

from __future__ import annotations

import logging
import os
import signal
import threading
from contextlib import closing
from datetime import timedelta
from pathlib import Path
from typing import Callable

from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.schedulers.blocking import BlockingScheduler
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger

from monitor import alerts, periods, pipeline, reports
from monitor.config import Config
from monitor.mention import parse_time, utcnow
from monitor.store import open_store

logger = logging.getLogger(__name__)

JOB_DEFAULTS = {"coalesce": True, "max_instances": 1, "misfire_grace_time": 300}
_after_collection_lock = threading.Lock()


def build_scheduler(config: Config) -> BlockingScheduler:
    """A scheduler with every job added, not started (tests inspect its jobs)."""
    scheduler = BlockingScheduler(
        executors={"default": ThreadPoolExecutor(max_workers=4)},
        job_defaults=JOB_DEFAULTS, timezone="UTC",
    )
    jobs = job_bodies(config)
    with closing(open_store(config.db_path)) as store:
        store.mark_interrupted_runs(own_process=True)
        for name in config.enabled_collectors():
            _add_interval(scheduler, store, f"collect:{name}", config.collector_interval_s(name),
                          lambda name=name: jobs.collect(name))
        _add_interval(scheduler, store, "detect", config.scheduler.detect_minutes * 60, jobs.detect)
        _add_interval(scheduler, store, "alerts", config.alerts.min_interval_minutes * 60, jobs.alerts)
    hour, minute = config.reports.hour_minute
    scheduler.add_job(lambda: jobs.report(), CronTrigger(
        day_of_week=config.reports.weekday, hour=hour, minute=minute,
        timezone=config.board.time_zone), id="report", name="report", replace_existing=True,
        **JOB_DEFAULTS)
    # a report missed while the scheduler was down is written at start
    scheduler.add_job(lambda: jobs.report(only_if_missing=True), id="report:catch-up",
                      name="report:catch-up", replace_existing=True, **JOB_DEFAULTS)
    if retention_on(config):
        hour, minute = config.retention.hour_minute
        scheduler.add_job(jobs.retention, CronTrigger(
            hour=hour, minute=minute, timezone=config.board.time_zone), id="retention",
            name="retention", replace_existing=True, **JOB_DEFAULTS)
    return scheduler


class InProcessJobs:
    """The jobs' bodies run here, in the scheduler's own threads (no broker configured)."""

    def __init__(self, config: Config):
        self.config = config

    def collect(self, name: str) -> None:
        collect_job(self.config, name)

    def detect(self) -> None:
        detect_job(self.config)

    def alerts(self) -> None:
        alerts_job(self.config)

    def report(self, only_if_missing: bool = False) -> None:
        report_job(self.config, only_if_missing=only_if_missing)

    def retention(self) -> None:
        retention_job(self.config)


def job_bodies(config: Config):
    """What each job does: run in-process, or with a broker only enqueue its Celery task
    (`monitor.workers.Dispatcher`, same methods; Celery is imported only then)."""
    if config.workers.broker_url:
        from monitor.workers import Dispatcher

        return Dispatcher(config)
    return InProcessJobs(config)


def _add_interval(scheduler: BlockingScheduler, store, job_id: str, seconds: float,
                  func: Callable[[], object]) -> None:
    interval = timedelta(seconds=max(seconds, 1))
    last = store.last_run_started(job_id)
    first = utcnow() if last is None else max(utcnow(), parse_time(last) + interval)
    scheduler.add_job(func, IntervalTrigger(seconds=interval.total_seconds(), timezone="UTC"),
                      id=job_id, name=job_id, next_run_time=first, replace_existing=True, **JOB_DEFAULTS)


def collect_job(config: Config, name: str) -> None:
    """Collect one source, then classify and assess what arrived; a source resting until a
    time it named (rate-limit reset, daily quota) is skipped until then (`pipeline.collect`)."""
    with closing(open_store(config.db_path)) as store:
        if not pipeline.collect_one(store, config, name):
            return
        with _after_collection_lock:
            logger.info(pipeline.after_collection(store, config))


def detect_job(config: Config) -> None:
    with closing(open_store(config.db_path)) as store:
        with _after_collection_lock:
            pipeline.classify_pending(store, config)
            logger.info(pipeline.detect(store, config))


def alerts_job(config: Config) -> None:
    """Check the clock rules (spike, drift, failing sources), then deliver what is pending."""
    with closing(open_store(config.db_path)) as store:
        queued, sent, pending = alerts.run_round(store, config, os.environ)
        if queued or sent or pending:
            logger.info("alerts: %d queued, %d sent, %d pending", queued, sent, pending)


def report_job(config: Config, only_if_missing: bool = False) -> None:
    """Write last week's report (and queue its chat summary); with `only_if_missing` (the
    catch-up at start, and `run --once` from cron), only the report that was last due at
    reports.weekday/time in the team's time zone, and only if it was not finished yet."""
    now, zone = utcnow(), config.board.time_zone
    if only_if_missing:
        due = periods.last_scheduled(now, config.reports.weekday, *config.reports.hour_minute, zone)
        week = periods.last_full_week(due, zone)
        if report_written(config, week):
            return
    else:
        week = periods.last_full_week(now, zone)
    with closing(open_store(config.db_path)) as store:
        run_id = store.start_job("report")
        try:
            paths = reports.write_configured_report(store, config, week, announce=True)
        except Exception as exc:  # noqa: BLE001 - recorded on the board's sources health
            store.finish_job(run_id, "failed", error=f"{type(exc).__name__}: {exc}")
            logger.exception("weekly report %s failed", week)
            return
        store.finish_job(run_id, "ok")
        logger.info("weekly report %s: %d files", week, len(paths))


LAST_FILE = {"csv": ("model_health.csv",), "xlsx": ("report.xlsx",), "html": ("report.html",),
             "pdf": ("report.pdf", reports.PDF_PROBLEM_FILE)}
"""The files each format writes last (any one will do): a report is finished when each format
has one. A PDF that could not be rendered leaves a note saying why instead, so a machine
without Pango does not rebuild the report on every `run --once`."""


def report_written(config: Config, week: str) -> bool:
    """Whether the week's report was finished: every configured file written and its chat
    summary queued. The page alone says nothing: a run killed while it rendered the PDF (the
    slowest file, written after the page) or before it queued the summary leaves the page."""
    folder = reports.report_folder(Path(config.reports.dir), week)
    if not all(any((folder / name).exists() for name in LAST_FILE[f]) for f in config.reports.formats):
        return False
    if not config.reports.announce:
        return True
    with closing(open_store(config.db_path)) as store:
        return store.alert_state(f"report:{folder.name}") is not None


def retention_on(config: Config) -> bool:
    return bool(config.retention.raw_payload_days or config.retention.no_verdict_text_days)


def retention_job(config: Config) -> None:
    """Apply the retention periods (`monitor.privacy.run_retention`), recorded as a run and in
    the audit log; off while both periods are 0."""
    if not retention_on(config):
        return
    from monitor import privacy

    with closing(open_store(config.db_path)) as store:
        run_id = store.start_job("retention")
        try:
            done = privacy.run_retention(store, config.retention, "scheduler",
                                         window_days=config.detection.window_days)
        except Exception as exc:  # noqa: BLE001 - recorded on the board's sources health
            store.finish_job(run_id, "failed", error=f"{type(exc).__name__}: {exc}")
            logger.exception("retention failed")
            return
        store.finish_job(run_id, "ok")
        logger.info("retention: %s", done or "nothing old enough")


def run(config: Config, once: bool = False) -> None:
    """Run the scheduler until SIGINT/SIGTERM; with once=True run each job one time and return."""
    if once:  # with a broker: each job queued once, for the workers
        jobs = job_bodies(config)
        for name in config.enabled_collectors():
            jobs.collect(name)
        jobs.detect()
        jobs.report(only_if_missing=True)
        jobs.alerts()
        if retention_on(config):
            jobs.retention()
        return
    scheduler = build_scheduler(config)

    def stop(signum, frame):  # noqa: ARG001 - signal handler signature
        logger.info("stopping scheduler (signal %s)", signum)
        scheduler.shutdown(wait=False)

    signal.signal(signal.SIGTERM, stop)
    logger.info("scheduler started with jobs: %s", ", ".join(j.id for j in scheduler.get_jobs()))
    if config.workers.broker_url:
        logger.info("each job only enqueues its task: `monitor worker` processes run them")
    try:
        scheduler.start()
    except (KeyboardInterrupt, SystemExit):
        pass
