"""A run whose process is gone (killed with SIGKILL mid-import) is shown as interrupted by the
next command that opens the store, while a run of a live process stays 'running'."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

from click.testing import CliRunner

from monitor.cli import cli
from monitor.store import open_store
from tests.conftest import store_at
from tests.stores import read

ROWS = 40_000


def _runs(db) -> list[tuple]:
    return read(db, "SELECT id, job, status, error FROM job_runs ORDER BY id")


def test_an_import_killed_mid_run_is_marked_interrupted_by_the_next_command(tmp_path):
    db = store_at("m")
    big = tmp_path / "big.jsonl"
    big.write_text("".join(json.dumps({
        "source": "x", "id": str(i), "author": {"id": f"u{i % 500}"}, "text": f"Veloz order {i} late",
        "created_at": "2026-11-01T10:00:00Z"}) + "\n" for i in range(ROWS)), encoding="utf-8")
    open_store(db).close()
    env = {**os.environ, "MONITOR_CONFIG": str(tmp_path / "none.toml")}
    process = subprocess.Popen([sys.executable, "-m", "monitor", "--db", str(db), "import", str(big)],
                               env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        while not any(status == "running" for _, _, status, _ in _runs(db)):
            assert process.poll() is None and time.monotonic() < deadline, "the import never started"
            time.sleep(0.02)
        os.kill(process.pid, signal.SIGKILL)
    finally:
        process.wait(30)
    assert [status for _, _, status, _ in _runs(db)] == ["running"]  # as the kill left it
    small = tmp_path / "small.jsonl"
    small.write_text(json.dumps({"source": "x", "id": "s1", "author": {"id": "u1"}, "text": "Veloz ok",
                                 "created_at": "2026-11-01T10:00:00Z"}) + "\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["--db", str(db), "import", str(small)], obj={})
    assert result.exit_code == 0, result.output
    (killed, job, status, error), (_, _, after, _) = _runs(db)
    assert (job, status, after) == ("import:big.jsonl", "interrupted", "ok")
    assert f"process {process.pid}" in error and "gone" in error


def test_a_run_of_a_live_process_stays_running(tmp_path):
    db = store_at("m")
    open_store(db).close()
    code = ("import sys, time; from monitor.store import open_store; s = open_store(sys.argv[1]); "
            "s.start_job('import:slow'); print('started', flush=True); time.sleep(60)")
    process = subprocess.Popen([sys.executable, "-c", code, str(db)], stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout.readline().strip() == "started"
        open_store(db).close()
        assert [status for _, _, status, _ in _runs(db)] == ["running"]
        process.send_signal(signal.SIGKILL)
        process.wait(30)
        store = open_store(db)
        store.close()
        assert [status for _, _, status, _ in _runs(db)] == ["interrupted"]
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(30)
