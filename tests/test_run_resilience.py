"""`monitor run` as a real subprocess against a fake source: killed mid-collection and restarted,
the database ends with every served mention exactly once."""

from __future__ import annotations

import math
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from werkzeug import Request, Response

from tests.collectors.helpers import json_response
from tests.conftest import store_at
from tests.stores import read

TOTAL = 400
PAGE_DELAY_S = 1.0


class SlowAlgolia:
    """A Hacker News Algolia search that serves TOTAL recent hits, slowly, hitsPerPage per request."""

    def __init__(self, server):
        now = int(time.time())
        self.hits = [{"objectID": str(900000 + i), "created_at_i": now - 30 * i, "author": f"user{i % 37}",
                      "comment_text": f"Veloz order {i} still not delivered after {i % 9 + 2} days",
                      "title": None, "story_text": None, "_tags": ["comment"]} for i in range(TOTAL)]
        self.served = 0
        server.expect_request("/api/v1/search_by_date").respond_with_handler(self.handle)

    def handle(self, request: Request) -> Response:
        time.sleep(PAGE_DELAY_S)
        page, size = int(request.args.get("page", 0)), int(request.args["hitsPerPage"])
        chunk = self.hits[page * size:(page + 1) * size]
        self.served += len(chunk)
        return json_response({"hits": chunk, "nbHits": TOTAL, "page": page,
                              "nbPages": math.ceil(TOTAL / size), "hitsPerPage": size})


def count(db: Path | str, sql: str = "SELECT COUNT(*), COUNT(DISTINCT native_id) FROM mentions") -> tuple:
    found = read(db, sql)  # no rows while the file or its tables do not exist yet
    return tuple(found[0]) if found else (0, 0)


def wait_for(predicate, timeout_s: float) -> bool:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.1)
    return False


def start(db: Path, config: Path, log: Path) -> subprocess.Popen:
    env = {**os.environ, "MONITOR_DB": str(db), "MONITOR_CONFIG": str(config)}
    return subprocess.Popen([sys.executable, "-m", "monitor", "-v", "run"], env=env,
                            stdout=log.open("ab"), stderr=subprocess.STDOUT)


def test_killed_mid_collection_then_restarted_stores_everything_once(tmp_path, httpserver):
    source = SlowAlgolia(httpserver)
    db, config, log = store_at("m"), tmp_path / "monitor.toml", tmp_path / "run.log"
    config.write_text(
        "[collectors.hackernews]\nenabled = true\ninterval_minutes = 60\nmax_pages = 100\n"
        f'base_url = "http://127.0.0.1:{httpserver.port}"\nqueries = ["veloz"]\n'
    )
    first = start(db, config, log)
    try:
        assert wait_for(lambda: 0 < count(db)[0], 60), log.read_text()
        assert count(db)[0] < TOTAL, "collection finished before the kill: make the source slower"
        first.send_signal(signal.SIGKILL)
        first.wait(10)
    finally:
        first.kill()
    stored_before_restart = count(db)[0]
    assert stored_before_restart < TOTAL

    second = start(db, config, log)
    try:
        assert wait_for(lambda: count(db)[0] >= TOTAL, 120), log.read_text()
        assert wait_for(lambda: count(db, "SELECT COUNT(*) FROM job_runs WHERE job = 'collect:hackernews'"
                                          " AND status = 'ok'")[0] == 1, 30), log.read_text()
    finally:
        second.send_signal(signal.SIGTERM)
        try:
            second.wait(20)
        except subprocess.TimeoutExpired:
            second.kill()
    total, distinct = count(db)
    assert (total, distinct) == (TOTAL, TOTAL)
    statuses = [s for (s,) in read(db, "SELECT status FROM job_runs WHERE job = 'collect:hackernews' ORDER BY id")]
    assert statuses == ["interrupted", "ok"]
    assert source.served >= TOTAL  # the restart re-read the interrupted chain: overlap, no gap


class GrowingAlgolia:
    """A source where new posts keep appearing: every request adds a few, and we record what was served."""

    def __init__(self, server):
        self.hits: list[dict] = []
        self.served: set[str] = set()
        server.expect_request("/api/v1/search_by_date").respond_with_handler(self.handle)

    def handle(self, request: Request) -> Response:
        now = int(time.time())
        for _ in range(3):
            i = len(self.hits)
            self.hits.insert(0, {"objectID": str(700000 + i), "created_at_i": now, "author": f"u{i % 7}",
                                 "comment_text": f"Veloz cobrou duas vezes o pedido {i}", "_tags": ["comment"]})
        page, size = int(request.args.get("page", 0)), int(request.args["hitsPerPage"])
        chunk = self.hits[page * size:(page + 1) * size]
        self.served.update(h["objectID"] for h in chunk)
        return json_response({"hits": chunk, "nbHits": len(self.hits), "page": page,
                              "nbPages": math.ceil(len(self.hits) / size), "hitsPerPage": size})


def test_scheduler_cycles_survive_a_kill_and_store_every_served_post_once(tmp_path, httpserver):
    source = GrowingAlgolia(httpserver)
    db, config, log = store_at("m"), tmp_path / "monitor.toml", tmp_path / "run.log"
    config.write_text(
        "[collectors.hackernews]\nenabled = true\ninterval_minutes = 0.02\n"
        f'base_url = "http://127.0.0.1:{httpserver.port}"\nqueries = ["veloz"]\n'
    )
    runs = "SELECT COUNT(*) FROM job_runs WHERE job = 'collect:hackernews' AND status = 'ok'"
    process = start(db, config, log)
    try:
        assert wait_for(lambda: count(db, runs)[0] >= 3, 90), log.read_text()
    finally:
        process.kill()
        process.wait(10)
    before = count(db, runs)[0]
    process = start(db, config, log)
    try:
        assert wait_for(lambda: count(db, runs)[0] >= before + 3, 90), log.read_text()
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(20)
        except subprocess.TimeoutExpired:
            process.kill()
    stored = {row[0] for row in read(db, "SELECT native_id FROM mentions")}
    total, distinct = count(db)
    assert total == distinct
    assert stored == source.served
