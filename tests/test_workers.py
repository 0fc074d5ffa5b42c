"""Celery workers on a real Redis: real `monitor worker` processes, a real SQLite store file and
the shipped model. Batches queued by `monitor classify --workers` and by `monitor run` are scored
and stored once; a task run twice stores nothing twice; a worker killed with SIGKILL mid-batch
has its batch redone by another worker, and every mention ends scored exactly once.

The broker has a password (as a production one would): it must never appear in a log.
Skipped, saying why, only where the `redis-server` program is not installed.
"""

from __future__ import annotations

import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pandas as pd
import pytest

from monitor import scheduler, workers
from monitor.config import load_config
from monitor.errors import ConfigError
from tests.conftest import make_mention

ROOT = Path(__file__).resolve().parent.parent
REDIS_SERVER = shutil.which("redis-server")
PROBLEMS = ["arrived broken", "was charged twice", "never arrived", "came with the wrong size",
            "is stuck in customs", "was cancelled without notice"]
SUCCEEDED = re.compile(r"monitor\.score_batch\[(score:[^\]]+)\] succeeded in [\d.]+s: (\d+)")


def distinct_mentions(count: int) -> list:
    """`count` mentions with distinct texts (no two share an embedding), by 40 authors."""
    return [make_mention(n, author=f"a{n % 40}",
                         text=f"Veloz order {7000 + n} {PROBLEMS[n % len(PROBLEMS)]}, ticket {n * 13}")
            for n in range(count)]


def wait_for(predicate, timeout_s: float, what: str) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.05)
    raise AssertionError(f"timed out after {timeout_s:.0f}s waiting for {what}")


# ---- a real Redis, with a password ------------------------------------------------------------

def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def redis_server(tmp_path_factory):
    if REDIS_SERVER is None:
        pytest.skip("redis-server is not installed (apt-get install redis-server): the Celery "
                    "worker tests need a real broker")
    import redis

    folder, port, password = tmp_path_factory.mktemp("redis"), _free_port(), secrets.token_hex(12)
    process = subprocess.Popen(
        [REDIS_SERVER, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
         "--dir", str(folder), "--requirepass", password],
        stdout=(folder / "redis.log").open("wb"), stderr=subprocess.STDOUT)
    url = f"redis://:{password}@127.0.0.1:{port}/0"
    client = redis.Redis.from_url(url)

    def answers() -> bool:
        try:
            return bool(client.ping())
        except redis.exceptions.ConnectionError:
            return False

    try:
        wait_for(answers, 20, "redis-server to answer")
        yield url, password, client
    finally:
        client.close()
        process.terminate()
        process.wait(10)


@pytest.fixture
def broker(redis_server):
    url, password, client = redis_server
    client.flushall()
    return url, password, client


# ---- real `monitor worker` processes ----------------------------------------------------------

class Worker:
    """`monitor worker` in its own process group, so SIGKILL takes its pool processes too."""

    def __init__(self, folder: Path, name: str, db: Path, config: Path, broker_url: str,
                 concurrency: int = 1):
        self.log = folder / f"worker-{name}.log"
        env = {**os.environ, "MONITOR_DB": str(db), "MONITOR_CONFIG": str(config),
               "MONITOR_BROKER_URL": broker_url, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"}
        self.process = subprocess.Popen(
            [sys.executable, "-m", "monitor", "worker", "--concurrency", str(concurrency)],
            env=env, cwd=ROOT, stdout=self.log.open("wb"), stderr=subprocess.STDOUT,
            start_new_session=True)
        wait_for(lambda: " ready." in self.text() or self.process.poll() is not None, 60, f"worker {name}")
        assert self.process.poll() is None, self.text()

    def text(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")

    def scored_per_run(self) -> list[tuple[str, int]]:
        """(batch key, mentions that run scored) for each score_batch run, from the log."""
        return [(key, int(n)) for key, n in SUCCEEDED.findall(self.text())]

    def kill(self) -> None:
        os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait(10)

    def stop(self) -> None:
        if self.process.poll() is not None:
            return
        os.killpg(self.process.pid, signal.SIGTERM)
        try:
            self.process.wait(20)
        except subprocess.TimeoutExpired:
            self.kill()


@pytest.fixture
def start_worker(tmp_path, broker):
    started: list[Worker] = []

    def start(name: str, db: Path, config: Path, concurrency: int = 1) -> Worker:
        started.append(Worker(tmp_path, name, db, config, broker[0], concurrency))
        return started[-1]

    yield start
    for worker in started:
        worker.stop()
    password = broker[1]
    for worker in started:
        assert password not in worker.text(), f"the broker password reached {worker.log.name}"


def monitor(args: list[str], db: Path, config: Path, broker_url: str, **popen) -> subprocess.Popen:
    env = {**os.environ, "MONITOR_DB": str(db), "MONITOR_CONFIG": str(config),
           "MONITOR_BROKER_URL": broker_url, "HF_HUB_OFFLINE": "1"}
    return subprocess.Popen([sys.executable, "-m", "monitor", *args], env=env, cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, **popen)


def write_config(tmp_path: Path, body: str = "", score_batch: int = 200,
                 visibility_timeout_s: int = 60) -> Path:
    path = tmp_path / "monitor.toml"
    path.write_text(f"[workers]\nscore_batch = {score_batch}\nvisibility_timeout_s = {visibility_timeout_s}\n"
                    + body, encoding="utf-8")
    return path


def scored_in_all_runs(*started: Worker) -> int:
    return sum(n for worker in started for _, n in worker.scored_per_run())


def snapshot(store, tables=("mentions", "authors", "embeddings", "facets", "verdicts", "verdict_history",
                            "alerts", "coordinated_groups", "author_links", "case_events", "cursors",
                            "quarantine")) -> dict:
    """Row counts, and each mention's scores and when it was scored."""
    counts = {t: store.count(t) for t in tables}
    scores = store.db.execute("SELECT id, category, p_founded, model_version, scored_at, assessed"
                              " FROM mentions ORDER BY id").fetchall()
    return {"counts": counts, "scores": scores}


# ---- tests ----------------------------------------------------------------------------------

def test_batches_are_scored_on_workers_and_a_batch_run_twice_stores_nothing_twice(
        tmp_path, store, db_path, broker, start_worker):
    store.save_page(distinct_mentions(500))
    config_path = write_config(tmp_path)
    worker = start_worker("a", db_path, config_path, concurrency=2)

    done = monitor(["classify", "--workers"], db_path, config_path, broker[0])
    output = done.communicate(timeout=120)[0]
    assert done.returncode == 0, output
    assert "classified 500 mentions" in output and "3 batches of up to 200" in output, output
    assert broker[1] not in output
    first = snapshot(store)
    assert first["counts"]["mentions"] == first["counts"]["embeddings"] == 500
    assert all(row[4] is not None for row in first["scores"])
    wait_for(lambda: scored_in_all_runs(worker) >= 500, 10, "the worker's log")
    assert scored_in_all_runs(worker) == 500, worker.scored_per_run()

    # the same batches delivered again (as after a worker died before acknowledging them); a
    # second later, so that scoring them again would show in scored_at (stored to the second)
    time.sleep(1.1)
    config = load_config(config_path, env={"MONITOR_DB": str(db_path), "MONITOR_BROKER_URL": broker[0]})
    app = workers.make_app(config)
    assert list(store.unscored_ids(500, among=[row[0] for row in first["scores"]])) == [], "all scored"
    again = []
    for start in range(0, 500, 200):
        ids = [row[0] for row in first["scores"][start:start + 200]]
        key = workers.batch_key(ids)
        app.AsyncResult(key).forget()
        app.send_task(workers.SCORE, args=[ids], task_id=key)
        again.append((key, len(ids)))
    assert workers.wait_for_batches(app, again) == (500, [])
    assert snapshot(store) == first, "a batch run twice changed or added rows"
    wait_for(lambda: len(worker.scored_per_run()) >= 6, 10, "the worker's log")
    assert scored_in_all_runs(worker) == 500, worker.scored_per_run()

    rerun = monitor(["classify", "--workers"], db_path, config_path, broker[0])
    assert "classified 0 mentions" in rerun.communicate(timeout=60)[0]


def test_a_worker_killed_mid_batch_loses_and_duplicates_nothing(tmp_path, store, db_path, broker,
                                                                  start_worker):
    total, size = 1200, 400
    store.save_page(distinct_mentions(total))
    # a short visibility timeout, so the killed worker's batch comes back within seconds
    config_path = write_config(tmp_path, score_batch=size, visibility_timeout_s=10)
    config = load_config(config_path, env={"MONITOR_DB": str(db_path), "MONITOR_BROKER_URL": broker[0]})
    app = workers.make_app(config)
    keys = [workers.batch_key(ids) for ids in store.unscored_ids(size)]
    scored = "SELECT COUNT(*) FROM mentions WHERE scored_at IS NOT NULL"

    first = start_worker("first", db_path, config_path)
    waiting = monitor(["classify", "--workers"], db_path, config_path, broker[0])
    wait_for(lambda: store.db.execute(scored).fetchone()[0] >= size, 90, "the first batch")
    wait_for(lambda: any(app.AsyncResult(k).state == "STARTED" for k in keys[1:]), 30,
             "the next batch to start")
    first.kill()  # SIGKILL to the worker and its pool process, mid-batch
    killed = [k for k in keys[1:] if app.AsyncResult(k).state == "STARTED"]
    assert store.db.execute(scored).fetchone()[0] == size, "the kill came after the batch was saved"
    before = {row[0]: row[4] for row in snapshot(store)["scores"] if row[4] is not None}

    second = start_worker("second", db_path, config_path)
    output = waiting.communicate(timeout=120)[0]
    assert waiting.returncode == 0 and f"classified {total} mentions" in output, output

    after = snapshot(store)
    assert after["counts"]["mentions"] == total
    assert len({row[0] for row in after["scores"]}) == total
    assert after["counts"]["embeddings"] == total, "a text was encoded and stored twice"
    assert all(row[4] is not None and row[1] is not None for row in after["scores"]), "a mention was lost"
    assert {row[0]: row[4] for row in after["scores"] if row[0] in before} == before, \
        "a mention scored before the kill was scored again"
    wait_for(lambda: scored_in_all_runs(first, second) >= total, 10, "the workers' logs")
    runs = first.scored_per_run() + second.scored_per_run()
    assert scored_in_all_runs(first, second) == total, f"each mention is scored by exactly one run: {runs}"
    assert killed and killed[0] in dict(second.scored_per_run()), "the killed batch was not redone"


def test_run_once_only_enqueues_and_twice_stores_nothing_twice(tmp_path, store, db_path, broker,
                                                              start_worker):
    """`monitor run --once` with a broker queues collection, detection, the report and alerts;
    the worker runs them; the same jobs queued again store nothing twice."""
    inbox, reports = tmp_path / "inbox", tmp_path / "reports"
    inbox.mkdir()
    now = datetime.now(timezone.utc)
    rows = [{"source": "x", "id": str(n), "author": {"id": f"u{n % 5}", "handle": f"@u{n % 5}"},
             "text": f"Veloz {PROBLEMS[n % len(PROBLEMS)]} again, order {n}",
             "created_at": (now - timedelta(days=9, minutes=-n)).strftime("%Y-%m-%dT%H:%M:%SZ")}
            for n in range(60)]
    (inbox / "mentions.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    config_path = write_config(tmp_path, f"""
[reports]
dir = "{reports}"
formats = ["csv"]

[collectors.file_import]
enabled = true
directory = "{inbox}"
min_age_s = 0
""")
    start_worker("a", db_path, config_path, concurrency=2)
    client = broker[2]

    def settled(collections: int) -> bool:
        finished = store.db.execute("SELECT COUNT(*) FROM job_runs WHERE job = 'collect:file_import'"
                                    " AND finished_at IS NOT NULL").fetchone()[0]
        waiting = store.db.execute("SELECT COUNT(*) FROM mentions WHERE scored_at IS NULL"
                                   " OR assessed = 0").fetchone()[0]
        return (finished == collections and waiting == 0 and not client.llen(workers.QUEUE)
                and not client.hlen("unacked") and not client.exists("monitor:detect-soon"))

    for round_ in (1, 2):
        run = monitor(["run", "--once"], db_path, config_path, broker[0])
        output = run.communicate(timeout=60)[0]
        assert run.returncode == 0, output
        wait_for(lambda round_=round_: settled(round_), 90, f"round {round_} of the queued jobs")
        if round_ == 1:
            first = snapshot(store)
            assert first["counts"]["mentions"] == 60
            assert store.db.execute("SELECT COUNT(*) FROM verdicts").fetchone()[0] > 0
    assert snapshot(store) == first, "jobs run twice changed or added rows"
    runs = store.db.execute("SELECT job, status, stored FROM job_runs WHERE job IN"
                            " ('collect:file_import', 'report') ORDER BY id").fetchall()
    assert [r for r in runs if r[0] == "report"] == [("report", "ok", 0)]
    assert [r[1:] for r in runs if r[0] != "report"] == [("ok", 60), ("ok", 0)]
    assert len(list(reports.glob("*/model_health.csv"))) == 1


def test_unscored_ids_come_in_batches_each_once_and_among_keeps_the_unscored(store):
    store.save_page(distinct_mentions(23))  # one page: every mention has the same collected_at
    store.save_page([make_mention(100 + n, text=f"Veloz later {n}") for n in range(5)])
    first = [mention_id for batch in store.unscored_ids(28) for mention_id in batch]
    scored = first[3:9]
    store.save_scores(pd.DataFrame({"id": scored, "category": "other", "p_complaint": 0.1,
                                    "p_disrespectful": 0.1, "p_founded": 0.1, "founded": False}), "test")
    batches = list(store.unscored_ids(4))
    assert [len(b) for b in batches] == [4, 4, 4, 4, 4, 2]
    assert [i for b in batches for i in b] == [i for i in first if i not in scored]
    assert list(store.unscored_ids(4, among=first[:12] + ["x:missing"])) == [sorted(first[:3] + first[9:10]),
                                                                            sorted(first[10:12])]


def test_a_job_lock_is_kept_while_the_job_runs_and_freed_soon_after_its_holder_dies(tmp_path, broker):
    config = load_config(tmp_path / "absent.toml", env={
        "MONITOR_DB": str(tmp_path / "m.db"), "MONITOR_BROKER_URL": broker[0],
        "MONITOR_WORKERS_VISIBILITY_TIMEOUT_S": "2"})  # the locks live 2 s past their last renewal
    with workers.only_one(config, "detect") as mine:
        assert mine
        time.sleep(3)  # renewed meanwhile
        with workers.only_one(config, "detect") as other:
            assert not other, "a second detection ran beside the first"
    with workers.only_one(config, "detect") as again:
        assert again
    broker[2].set("monitor:lock:report", "a killed worker's", ex=2)
    with workers.only_one(config, "report") as mine:
        assert not mine
    time.sleep(2.2)
    with workers.only_one(config, "report") as mine:
        assert mine, "the lock of a killed holder did not expire"


def test_without_a_broker_jobs_run_in_process(tmp_path):
    plain = load_config(tmp_path / "absent.toml", env={"MONITOR_DB": str(tmp_path / "m.db")})
    assert isinstance(scheduler.job_bodies(plain), scheduler.InProcessJobs)
    queued = load_config(tmp_path / "absent.toml", env={"MONITOR_DB": str(tmp_path / "m.db"),
                                                         "MONITOR_BROKER_URL": "redis://127.0.0.1:1/0"})
    assert isinstance(scheduler.job_bodies(queued), workers.Dispatcher)


def test_a_broker_password_is_refused_in_the_file_and_never_echoed(tmp_path):
    path = tmp_path / "monitor.toml"
    path.write_text('[workers]\nbroker_url = "redis://:hunter2secret@queue:6379/0"\n')
    with pytest.raises(ConfigError) as refused:
        load_config(path, env={})
    assert "MONITOR_BROKER_URL" in str(refused.value) and "hunter2secret" not in str(refused.value)
    path.write_text("[workers]\nscore_batch = 50\n")
    with pytest.raises(ConfigError) as wrong:
        load_config(path, env={"MONITOR_BROKER_URL": "amqp://u:hunter2secret@queue//"})
    assert "hunter2secret" not in str(wrong.value)
    path.write_text('[workers]\nbroker_url = "redis://queue:6379/0"\nscore_batch = 50\n')
    config = load_config(path, env={"MONITOR_BROKER_URL": "redis://:pw-from-env@queue:6379/1"})
    assert config.workers.broker_url.endswith("@queue:6379/1") and config.workers.score_batch == 50
