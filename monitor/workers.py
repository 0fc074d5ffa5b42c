"""Celery workers (Redis broker) for the scheduler's jobs, on any number of machines.

Why Celery and not a queue of our own: retries, redelivery of a task whose worker died mid-way
(`acks_late`, `task_reject_on_worker_lost` and Redis's visibility timeout) and workers on many
machines are what it exists for; a home-made queue would have to grow each of them.

How it fits. APScheduler stays the one scheduler (3.x shares no job store between schedulers):
with `workers.broker_url` set, each `monitor run` job only enqueues its task (`Dispatcher`) and
`monitor worker` processes run them; without a broker this module is never imported and every
job runs in-process as before. A task carries names and mention ids, never objects: a worker on
another machine opens the store from its own configuration (MONITOR_CONFIG / MONITOR_DB, as
every command does), and runs the same job bodies as the in-process scheduler.

Nothing is stored twice. The unscored mentions are handed out in batches of ids keyed by their
digest (`batch_key`); a batch already queued is not queued again, and a batch delivered twice
(its worker was killed after saving, before acknowledging) scores only what is still unscored
(`pipeline.classify_ids`). The other jobs were already safe to repeat (a collector's cursor and
duplicate-proof inserts, detection's incremental marks, the claimed alert outbox, atomically
written report files); what the scheduler's `max_instances=1` did in one process, a lock in
Redis does across machines (`only_one`): a second copy of a running job is skipped (a second
copy of a running scoring batch waits, in case the first one's worker dies).

The broker URL may hold a password: it is never logged (Celery shows it masked).
"""

from __future__ import annotations

import hashlib
import logging
import os
import threading
import time
from contextlib import closing, contextmanager
from typing import TYPE_CHECKING, Callable, Iterator, Sequence

from celery import Celery, shared_task

from monitor.config import Config, load_config

if TYPE_CHECKING:
    import redis

# numpy, pandas and the store are imported inside the tasks: a worker's processes load them
# after the fork, with the thread counts `run_worker` set.

logger = logging.getLogger(__name__)

QUEUE = "monitor"
"""The one queue, named so another Celery application on the same Redis never takes our tasks."""
COLLECT, SCORE, DETECT, ALERTS, REPORT, RETENTION, WARM_UP = (
    f"monitor.{name}" for name in ("collect", "score_batch", "detect", "alerts", "report",
                                   "retention", "warm_up"))
LOCK_TTL_S = 60
"""A job's lock lives this long past its last renewal (or the visibility timeout, if shorter: a
killed holder's task comes back after that, and must find the lock free)."""
DETECT_SOON_S = 5
"""Scored batches ask for one detection this many seconds later (one, however many batches)."""
_QUEUED = "monitor:queued:"
_DETECT_SOON = "monitor:detect-soon"

_config: Config | None = None
_redis: dict[tuple[int, str], "redis.Redis"] = {}


# ---- the application ------------------------------------------------------------------------

def make_app(config: Config) -> Celery:
    """A Celery application for this configuration's broker (results kept there too, for the
    commands that wait for their batches). The settings that make a killed worker's task run
    again elsewhere: acknowledge only after the task (`acks_late`), give the task back when its
    process dies (`reject_on_worker_lost`), take one task at a time (`prefetch_multiplier=1`),
    and let Redis hand an unacknowledged task to another worker after the visibility timeout."""
    url, timeout = config.workers.broker_url, config.workers.visibility_timeout_s
    app = Celery("monitor", broker=url, backend=url, set_as_current=False)
    app.conf.update(
        task_acks_late=True, task_reject_on_worker_lost=True, worker_prefetch_multiplier=1,
        broker_transport_options={
            "visibility_timeout": timeout,
            # how often a worker looks for tasks whose worker is gone: a tenth of the timeout
            "unacked_restore_interval": max(1, min(60, timeout // 10)),
            "unacked_restore_throttle": 1,
        },
        broker_connection_retry_on_startup=True,
        worker_cancel_long_running_tasks_on_connection_loss=True,  # redelivered anyway
        task_default_queue=QUEUE, task_track_started=True, result_expires=24 * 3600,
        task_serializer="json", result_serializer="json", accept_content=["json"],
        worker_hijack_root_logger=True, worker_redirect_stdouts=False,
    )
    return app


def worker_config() -> Config:
    """The configuration this worker runs with: the one `monitor worker` was started with, or
    MONITOR_CONFIG / MONITOR_DB and the MONITOR_* variables (`celery -A monitor.workers`)."""
    global _config
    if _config is None:
        _config = load_config()
    return _config


def __getattr__(name: str) -> Celery:
    """`celery -A monitor.workers worker` finds `app`: this machine's configuration's."""
    if name in ("app", "celery"):
        app = make_app(worker_config())
        globals()[name] = app
        return app
    raise AttributeError(name)


def redis_client(config: Config) -> "redis.Redis":
    """One Redis connection pool per process (a forked worker process makes its own)."""
    import redis

    key = (os.getpid(), config.workers.broker_url)
    if key not in _redis:
        if any(pid != key[0] for pid, _ in _redis):
            _redis.clear()  # the parent's, before the fork
        _redis[key] = redis.Redis.from_url(config.workers.broker_url)
    return _redis[key]


def lock_ttl(config: Config) -> int:
    return max(1, min(LOCK_TTL_S, config.workers.visibility_timeout_s))


@contextmanager
def only_one(config: Config, job: str) -> Iterator[bool]:
    """Yields True while this process holds the job's lock, False when another worker runs the
    job (the caller then skips or postpones it, as APScheduler's max_instances=1 does in one
    process). The lock is renewed while the job runs and expires `lock_ttl` after its holder
    is killed."""
    from redis.exceptions import LockError

    ttl = lock_ttl(config)
    lock = redis_client(config).lock(f"monitor:lock:{job}", timeout=ttl, blocking=False,
                                     thread_local=False)  # renewed from another thread
    if not lock.acquire():
        yield False
        return
    done = threading.Event()

    def renew() -> None:
        while not done.wait(ttl / 3):
            try:
                lock.reacquire()
            except Exception as exc:  # noqa: BLE001 - lost lock or broker: the job finishes anyway
                logger.warning("could not renew the lock of %s (%s)", job, type(exc).__name__)
                return

    renewing = threading.Thread(target=renew, name=f"lock:{job}", daemon=True)
    renewing.start()
    try:
        yield True
    finally:
        done.set()
        renewing.join()
        try:
            lock.release()
        except LockError:  # expired while the broker was unreachable: nothing to release
            pass


# ---- handing out scoring batches ------------------------------------------------------------

def batch_key(ids: Sequence[str]) -> str:
    """The task id of a batch: its size and a digest of its ids (never the ids themselves,
    which come from the sources). The same ids make the same key wherever they are queued."""
    digest = hashlib.sha256("\n".join(ids).encode("utf-8")).hexdigest()[:24]
    return f"score:{len(ids)}:{digest}"


def enqueue_scoring(app: Celery, store, config: Config, then_detect: bool = False) -> list[tuple[str, int]]:
    """Queue every unscored mention, `workers.score_batch` ids a task; returns (key, size) of
    each batch. A batch still queued or running (by the scheduler, a collection, a command) is
    not queued again: its key is marked in Redis until its task ends or the visibility timeout
    passes. Batches scored since leave the rest split exactly as before, so the keys agree.
    `then_detect`: each batch asks for a detection once scored (`monitor run`'s path)."""
    client = redis_client(config)
    timeout = config.workers.visibility_timeout_s
    batches = []
    for ids in store.unscored_ids(config.workers.score_batch):
        key = batch_key(ids)
        if client.set(_QUEUED + key, 1, nx=True, ex=timeout):
            try:
                app.AsyncResult(key).forget()  # a result of the same batch scored before a re-score
                app.send_task(SCORE, args=[ids], kwargs={"then_detect": then_detect}, task_id=key)
            except BaseException:
                client.delete(_QUEUED + key)
                raise
        batches.append((key, len(ids)))
    return batches


def wait_for_batches(app: Celery, batches: Sequence[tuple[str, int]],
                     progress: Callable[[int], object] = lambda n: None,
                     poll_s: float = 0.5) -> tuple[int, list[str]]:
    """Wait until each batch's task has ended; returns (mentions in the batches that ended
    scored, one line per failed batch naming its key and error type, never a mention's text).
    (Each run of a task returns how many it scored itself, as the worker logs show; a batch
    run twice returns 0 the second time, so the batches' sizes are what is counted here.)"""
    pending, scored, failed = dict(batches), 0, []
    while pending:
        for key in list(pending):
            result = app.AsyncResult(key)
            if not result.ready():
                continue
            size = pending.pop(key)
            if result.successful():
                scored += size
            else:
                failed.append(f"{key}: {type(result.result).__name__}")
            progress(size)
        if pending:
            time.sleep(poll_s)
    return scored, failed


def detect_soon(app: Celery, client: "redis.Redis") -> None:
    """Ask for one detection DETECT_SOON_S from now, unless one is already asked for."""
    if client.set(_DETECT_SOON, 1, nx=True, ex=DETECT_SOON_S + LOCK_TTL_S):
        app.send_task(DETECT, countdown=DETECT_SOON_S)


# ---- the scheduler's side -------------------------------------------------------------------

class Dispatcher:
    """`monitor run` with a broker: each job only enqueues its task; a worker runs its body."""

    def __init__(self, config: Config):
        self.config = config
        self.app = make_app(config)

    def collect(self, name: str) -> None:
        self.app.send_task(COLLECT, args=[name])

    def detect(self) -> None:
        """Queue the unscored mentions in batches, and a detection for what is scored."""
        from monitor.store import open_store

        with closing(open_store(self.config.db_path)) as store:
            batches = enqueue_scoring(self.app, store, self.config, then_detect=True)
        if batches:
            logger.info("scoring: %d batches of up to %d mentions queued or under way",
                        len(batches), self.config.workers.score_batch)
        self.app.send_task(DETECT)

    def alerts(self) -> None:
        self.app.send_task(ALERTS)

    def report(self, only_if_missing: bool = False) -> None:
        self.app.send_task(REPORT, kwargs={"only_if_missing": only_if_missing})

    def retention(self) -> None:
        self.app.send_task(RETENTION)


# ---- the tasks (run on a worker) ------------------------------------------------------------

@shared_task(name=SCORE, bind=True, max_retries=None)
def score_batch(self, ids: list[str], then_detect: bool = False) -> int:
    """Score those of these mentions still unscored (the model is loaded once per worker
    process, `model_registry.loaded_model`); returns how many it scored. A copy of a batch
    still running elsewhere (Redis hands out again a task older than the visibility timeout)
    waits and tries again: it then scores nothing, or the batch of a holder that died."""
    from monitor import pipeline
    from monitor.store import open_store

    config = worker_config()
    with only_one(config, str(self.request.id)) as mine:  # the batch's key, score:...
        if not mine:
            raise self.retry(countdown=max(1, lock_ttl(config) // 2))
        with closing(open_store(config.db_path)) as store:
            scored = pipeline.classify_ids(store, config, ids)
    client = redis_client(config)
    client.delete(_QUEUED + str(self.request.id))
    if scored and then_detect:
        detect_soon(self.app, client)
    return scored


@shared_task(name=COLLECT, bind=True, ignore_result=True)
def collect(self, name: str) -> None:
    """Collect one source, then queue what arrived for scoring (and so for detection)."""
    from monitor import pipeline
    from monitor.store import open_store

    config = worker_config()
    with only_one(config, f"collect:{name}") as mine:
        if not mine:
            logger.info("collect:%s is running on another worker; skipped", name)
            return
        with closing(open_store(config.db_path)) as store:
            if pipeline.collect_one(store, config, name):
                enqueue_scoring(self.app, store, config, then_detect=True)


@shared_task(name=DETECT, bind=True, ignore_result=True)
def detect(self) -> None:
    """Link the new mentions' authors, then re-assess them (`pipeline.detect`). One detection
    at a time across all workers: a second one asks to run again shortly instead."""
    from monitor import pipeline
    from monitor.store import open_store

    config = worker_config()
    client = redis_client(config)
    client.delete(_DETECT_SOON)
    with only_one(config, "detect") as mine:
        if not mine:
            detect_soon(self.app, client)
            return
        with closing(open_store(config.db_path)) as store:
            linked = pipeline.link_new_authors(store, config)
            logger.info("linked %d; %s", linked, pipeline.detect(store, config))


def _scheduler_job_alone(job: str, **kwargs) -> None:
    """Run the scheduler's own job body (`scheduler.<job>_job`) here, unless another worker is
    running the same job right now (then this copy has nothing to add)."""
    from monitor import scheduler

    config = worker_config()
    with only_one(config, job) as mine:
        if mine:
            getattr(scheduler, f"{job}_job")(config, **kwargs)
        else:
            logger.info("%s is running on another worker; skipped", job)


@shared_task(name=ALERTS, ignore_result=True)
def alerts() -> None:
    """One alerts round: clock rules, then delivery (`alerts.run_round`, via the scheduler's job)."""
    _scheduler_job_alone("alerts")


@shared_task(name=REPORT, ignore_result=True)
def report(only_if_missing: bool = False) -> None:
    """Last week's report, written into this worker's reports.dir (the scheduler's job)."""
    _scheduler_job_alone("report", only_if_missing=only_if_missing)


@shared_task(name=RETENTION, ignore_result=True)
def retention() -> None:
    """The daily retention pass (the scheduler's job)."""
    _scheduler_job_alone("retention")


@shared_task(name=WARM_UP)
def warm_up(hold_s: float = 1.0) -> int:
    """Load the model in this worker process (its encoder's weights load on first use, so it
    scores one line, stored nowhere), then stay busy `hold_s` so that N warm-ups reach N idle
    processes (the benchmark times scoring, not loading); returns the process id."""
    from monitor import model_registry

    config = worker_config()
    model = model_registry.loaded_model(config.model.dir, config.model.embedder)
    model.score_texts(["warm-up"], langs=["en"])
    time.sleep(hold_s)
    return os.getpid()


# ---- `monitor worker` -----------------------------------------------------------------------

def run_worker(config: Config, concurrency: int | None = None, loglevel: str = "INFO") -> None:
    """Run a Celery worker of `concurrency` processes (default: one per core) for this
    configuration, until stopped. Each process computes with cores // processes threads
    (OMP_NUM_THREADS, unless set), so N processes share the cores instead of fighting over them."""
    global _config
    _config = config
    cores = os.cpu_count() or 1
    processes = concurrency or cores
    for variable in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(variable, str(max(1, cores // processes)))
    make_app(config).worker_main([
        "worker", f"--concurrency={processes}", f"--loglevel={loglevel}", f"--queues={QUEUE}",
        "--without-gossip", "--without-mingle", f"--hostname=monitor-{os.getpid()}@%h",
    ])
