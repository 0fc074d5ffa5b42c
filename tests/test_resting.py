"""A source that asks to wait past the run's budget rests instead of failing (issue 13): the
scheduler's collect job (and `monitor collect`) skip it until the time it named, and every run
records its retries and waits."""

from __future__ import annotations

import time
from contextlib import closing
from datetime import timedelta

from click.testing import CliRunner
from werkzeug import Request, Response

from monitor.cli import cli
from monitor.config import load_config
from monitor.mention import iso, parse_time, utcnow
from monitor.scheduler import collect_job
from monitor.store import open_store
from tests.collectors.helpers import json_response
from tests.conftest import store_at

REST_S = 3


class TiredAlgolia:
    """Hacker News search that first asks to wait REST_S seconds (past a 1 s budget), then serves."""

    def __init__(self, server):
        self.requests = 0
        self.tired = True
        server.expect_request("/api/v1/search_by_date").respond_with_handler(self.handle)

    def handle(self, request: Request) -> Response:
        self.requests += 1
        if self.tired:
            return json_response({"message": "Too many requests"}, 429, headers={"Retry-After": str(REST_S)})
        hit = {"objectID": "43400001", "created_at_i": int(time.time()) - 60, "author": "pat",
               "comment_text": "Veloz billing is down", "_tags": ["comment"]}
        return json_response({"hits": [hit], "nbHits": 1, "page": 0, "nbPages": 1, "hitsPerPage": 100})


def _config(tmp_path, server):
    path = tmp_path / "monitor.toml"
    path.write_text("[collectors.hackernews]\nenabled = true\nmax_run_s = 1\n"
                    f'base_url = "http://127.0.0.1:{server.port}"\nqueries = ["veloz"]\n')
    return load_config(path, env={"MONITOR_DB": str(store_at("m"))})


def _runs(config):
    with closing(open_store(config.db_path)) as store:
        return store.db.execute("SELECT status, resting_until, error FROM job_runs"
                                " WHERE job = 'collect:hackernews' ORDER BY id").fetchall()


def test_the_scheduler_skips_a_resting_source_until_its_time(tmp_path, httpserver):
    source = TiredAlgolia(httpserver)
    config = _config(tmp_path, httpserver)

    started = utcnow()
    collect_job(config, "hackernews")  # the source asks to wait 3 s; the budget is 1 s
    (status, until, error), = _runs(config)
    assert status == "resting" and source.requests == 1
    assert error.startswith(f"resting until {until}") and "asks to wait 3 s (HTTP 429)" in error
    assert 0 <= (parse_time(until) - started).total_seconds() <= REST_S + 1

    source.tired = False
    collect_job(config, "hackernews")  # still resting: not asked, no run recorded
    assert source.requests == 1 and len(_runs(config)) == 1
    skipped = CliRunner().invoke(cli, ["--db", str(config.db_path), "--config", str(config.path), "collect",
                                       "--source", "hackernews"], obj={})
    assert skipped.exit_code == 0, skipped.output
    assert f"hackernews: resting until {until} (the source asked to wait); skipped" in skipped.output
    assert source.requests == 1

    while utcnow() <= parse_time(until):  # the scheduler's next round after the rest
        time.sleep(0.1)
    collect_job(config, "hackernews")
    assert source.requests == 2 and [row[0] for row in _runs(config)] == ["resting", "ok"]
    with closing(open_store(config.db_path)) as store:
        assert store.resting_until("collect:hackernews") is None
        assert store.count() == 1


def test_a_recovered_fault_is_recorded_on_the_run(tmp_path, httpserver):
    """Two 503s then an answer: the run is ok, with 2 retries and the seconds it waited."""
    from monitor.ingest import run_collector
    from tests.collectors.backlog import WallClock
    from tests.collectors.test_hackernews import PATH, FakeAlgolia, build
    from tests.collectors.helpers import NOW, load_json

    for _ in range(2):
        httpserver.expect_oneshot_request(PATH).respond_with_data("busy", status=503, headers={"Retry-After": "4"})
    FakeAlgolia(httpserver, load_json("hackernews", "hits_new.json"))
    clock = WallClock(NOW)
    with closing(open_store(store_at("m"))) as store:
        result = run_collector(store, build(httpserver, clock.http()))
        row = store.db.execute("SELECT status, retries, waited_s, stored FROM job_runs").fetchone()
    assert row == ("ok", 2, 8.0, 1)
    assert (result.retries, result.waited_s, result.resting_until) == (2, 8.0, "")
    assert iso(NOW + timedelta(seconds=8)) == iso(clock.now)
