"""Scoring throughput in-process and on Celery workers (1, 2 and 4 worker processes).

Stores N distinct mentions (default 200,000) in the store given by --db, scores them once
in-process (`monitor classify`), then on `monitor worker --concurrency W` for each W, clearing
the scores and the embedding cache before each run so every run encodes every text. Prints
texts/s per run and its ratio to the in-process run. Each worker process computes with
cores // W threads (`monitor worker` sets OMP_NUM_THREADS), so W processes share the cores.
Model loading is not timed (a warm-up first). With --repeats R each figure is the best of R
runs: the machine may be shared, and the best run is the least disturbed.

    python bench/bench_workers.py --db var/bench_workers.db --count 5000 [--workers 1 2 4]
        [--batch 1000] [--repeats 1] [--broker redis://...]

Use a store of its own: its scores are cleared between runs. --db is a SQLite path (or a
postgresql:// URL), opened only through `open_store`. Without --broker a redis-server of its
own is started on a free 127.0.0.1 port (the `redis-server` program must be installed).
"""

from __future__ import annotations

import argparse
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from contextlib import closing
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pandas as pd

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from monitor import model_registry, pipeline, workers  # noqa: E402
from monitor.config import load_config  # noqa: E402
from monitor.mention import Mention  # noqa: E402
from monitor.store import open_store  # noqa: E402

T0 = datetime(2026, 1, 5, tzinfo=timezone.utc)


def mentions(count: int) -> list[Mention]:
    """`count` distinct mentions: the seed and evaluation posts in pt/es/en, each made unique
    with an order number, by 2,000 authors."""
    frames = [pd.read_csv(p, keep_default_na=False) for p in
              (REPO / "data" / "seed" / "labelled.csv", REPO / "data" / "eval" / "brand_mentions.csv")
              if p.is_file()]
    base = pd.concat([f[["text", "lang"]] for f in frames], ignore_index=True)
    texts, langs = list(base["text"]), list(base["lang"])
    return [Mention(source="bench", native_id=str(n), author_id=f"b{n % 2000}",
                    author_handle=f"@b{n % 2000}", author_name=f"B {n % 2000}",
                    text=f"{texts[n % len(texts)]} (pedido {n // len(texts)}-{n})",
                    created_at=T0 + timedelta(seconds=n), lang=langs[n % len(texts)],
                    url=f"https://example.test/bench/{n}") for n in range(count)]


def reset(store) -> None:
    """Clear the scores and the cached embeddings: the next run encodes every text again."""
    store.clear_scores()
    with store.db.atomic():  # the benchmark's own reset: no product code empties this cache
        store.db.execute("DELETE FROM embeddings")


def scored(store) -> int:
    return store.count() - store.unscored_count()


# ---- a broker of its own --------------------------------------------------------------------

def start_redis(folder: Path) -> tuple[subprocess.Popen, str]:
    binary = shutil.which("redis-server")
    if binary is None:
        sys.exit("redis-server is not installed (apt-get install redis-server), or pass --broker")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    password = secrets.token_hex(12)
    process = subprocess.Popen([binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "",
                                "--appendonly", "no", "--dir", str(folder), "--requirepass", password],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"redis://:{password}@127.0.0.1:{port}/0"
    import redis

    client = redis.Redis.from_url(url)
    for _ in range(100):
        try:
            client.ping()
            return process, url
        except redis.exceptions.ConnectionError:
            time.sleep(0.1)
    process.terminate()
    sys.exit("redis-server did not start")


# ---- one run on W worker processes ----------------------------------------------------------

def run_on_workers(args, config, processes: int, folder: Path) -> list[float]:
    """Seconds to score every mention on one `monitor worker --concurrency processes`, once
    per repeat, after each process has loaded the model (warm-up tasks, not timed)."""
    log = folder / f"worker-{processes}.log"
    env = {**os.environ, "MONITOR_DB": str(args.db), "MONITOR_BROKER_URL": config.workers.broker_url,
           "MONITOR_WORKERS_SCORE_BATCH": str(args.batch), "HF_HUB_OFFLINE": "1"}
    env.pop("OMP_NUM_THREADS", None)  # `monitor worker` gives each process its share of the cores
    worker = subprocess.Popen([sys.executable, "-m", "monitor", "worker", "--concurrency", str(processes)],
                              env=env, cwd=REPO, stdout=log.open("wb"), stderr=subprocess.STDOUT,
                              start_new_session=True)
    try:
        app = workers.make_app(config)
        warm = [app.send_task(workers.WARM_UP, kwargs={"hold_s": 2.0}) for _ in range(processes)]
        pids = {w.get(timeout=300) for w in warm}
        if len(pids) != processes:
            print(f"  note: the warm-up reached {len(pids)} of {processes} processes", file=sys.stderr)
        runs = []
        for _ in range(args.repeats):
            with closing(open_store(args.db)) as store:
                reset(store)
                started = time.perf_counter()
                batches = workers.enqueue_scoring(app, store, config)
                done, failed = workers.wait_for_batches(app, batches, poll_s=0.2)
                runs.append(time.perf_counter() - started)
                if failed or scored(store) != args.count:
                    sys.exit(f"{processes} processes: {len(failed)} failed batches, "
                             f"{scored(store)} of {args.count} scored (see {log})")
        return runs
    finally:
        os.killpg(worker.pid, signal.SIGTERM)
        try:
            worker.wait(60)
        except subprocess.TimeoutExpired:
            os.killpg(worker.pid, signal.SIGKILL)
            worker.wait()


def in_process_on_sqlite(args, config) -> list[float]:
    """The same mentions scored in-process on a SQLite file: the one-machine product."""
    if args.sqlite_baseline.exists():
        args.sqlite_baseline.unlink()
    local = load_config(REPO / "absent.toml", env={"MONITOR_DB": str(args.sqlite_baseline)})
    print("scoring in-process on SQLite ...", file=sys.stderr)
    with closing(open_store(args.sqlite_baseline)) as store:
        generated = mentions(args.count)
        for start in range(0, len(generated), 5000):
            store.save_page(generated[start:start + 5000])
        return time_in_process(store, local, args.repeats)


def time_in_process(store, config, repeats: int) -> list[float]:
    """Seconds of `classify_pending` per run, scores and cache cleared before each."""
    runs = []
    for _ in range(repeats):
        reset(store)
        started = time.perf_counter()
        pipeline.classify_pending(store, config)
        runs.append(time.perf_counter() - started)
    return runs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="the store (a SQLite path or a postgresql:// URL)")
    parser.add_argument("--count", type=int, default=200_000, help="distinct mentions to score")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2, 4], help="worker processes per run")
    parser.add_argument("--batch", type=int, default=1000, help="mention ids per scoring task")
    parser.add_argument("--repeats", type=int, default=1, help="runs per figure; the best counts")
    parser.add_argument("--sqlite-baseline", type=Path, default=None,
                        help="a SQLite file to store the same mentions in and score in-process too: "
                             "the ratio to the one-machine product (with --db on PostgreSQL)")
    parser.add_argument("--broker", default=os.environ.get("MONITOR_BROKER_URL", ""),
                        help="Redis URL (default: MONITOR_BROKER_URL, else a redis-server of its own)")
    args = parser.parse_args()
    load_before = os.getloadavg()[0]  # other work on the machine skews every figure: shown below
    folder = Path(tempfile.mkdtemp(prefix="bench_workers_"))
    redis_process = None
    broker = args.broker
    if not broker:
        redis_process, broker = start_redis(folder)
    try:
        config = load_config(REPO / "absent.toml", env={
            "MONITOR_DB": str(args.db), "MONITOR_BROKER_URL": broker,
            "MONITOR_WORKERS_SCORE_BATCH": str(args.batch)})
        with closing(open_store(args.db)) as store:
            print(f"storing {args.count:,} distinct mentions ...", file=sys.stderr)
            generated = mentions(args.count)
            for start in range(0, len(generated), 5000):
                store.save_page(generated[start:start + 5000])
            del generated
            if store.count() != args.count:
                sys.exit(f"the store holds {store.count():,} mentions, not {args.count:,}: "
                         "use a store of its own")
            model = model_registry.loaded_model(config.model.dir, config.model.embedder)
            model.score_texts(["warm-up"], langs=["en"])  # the encoder's weights load on first use
            print("scoring in-process ...", file=sys.stderr)
            runs = time_in_process(store, config, args.repeats)
        cores = os.cpu_count() or 1
        rows = [("in-process", 1, cores, runs)]
        if args.sqlite_baseline:
            rows.insert(0, ("in-process, SQLite", 1, cores, in_process_on_sqlite(args, config)))
        for processes in args.workers:
            print(f"scoring on {processes} worker processes ...", file=sys.stderr)
            rows.append(("workers", processes, max(1, cores // processes),
                         run_on_workers(args, config, processes, folder)))
        baseline = min(rows[0][3])
        print(f"\nthe ratios are to: {rows[0][0]}")
        print(f"{args.count:,} distinct mentions, batches of {args.batch:,}, {cores} cores; load average "
              f"{load_before:.1f} before, {os.getloadavg()[0]:.1f} after\n")
        print(f"{'run':<18} {'processes':>9} {'threads each':>12} {'seconds':>9} {'texts/s':>9}"
              f" {'vs in-process':>14}   all runs (s)")
        for name, processes, threads, seconds in rows:
            best = min(seconds)
            print(f"{name:<18} {processes:>9} {threads:>12} {best:>9.1f} {args.count / best:>9.0f}"
                  f" {baseline / best:>13.2f}x   {', '.join(f'{s:.1f}' for s in seconds)}")
    finally:
        if redis_process is not None:
            redis_process.terminate()
            redis_process.wait(10)
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
