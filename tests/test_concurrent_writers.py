"""Two writers at once: write transactions take the lock first (BEGIN IMMEDIATE), so a second
writer waits under the busy timeout instead of failing with "database is locked"."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time

import pytest

from monitor.store import open_store
from tests.conftest import make_mention, store_at
from tests.stores import read

PROCESSES = 4
FILES_PER_PROCESS = 3
ROWS_PER_FILE = 400


@pytest.mark.sqlite_only("SQLite's single write lock")
def test_a_transaction_that_reads_first_makes_a_second_writer_wait(db_path):
    first, second = open_store(db_path), open_store(db_path)
    done: list[object] = []
    try:
        with first.db.atomic():
            first.db.execute("SELECT COUNT(*) FROM mentions").fetchone()  # read before writing
            writer = threading.Thread(target=lambda: done.append(second.save_page([make_mention(2)])))
            writer.start()
            time.sleep(0.3)  # the other writer is now waiting (or, before the fix, has written)
            first.db.execute("INSERT INTO cursors (collector, cursor) VALUES ('a', '1')")
        writer.join(10)
        assert done and done[0].stored == 1
        assert first.count() == 1 and first.get_cursor("a") == "1"
    finally:
        first.close()
        second.close()


def test_concurrent_imports_in_separate_processes_all_succeed_and_lose_nothing(tmp_path):
    db = store_at("m")
    open_store(db).close()
    commands = []
    for p in range(PROCESSES):
        files = []
        for f in range(FILES_PER_PROCESS):
            path = tmp_path / f"p{p}f{f}.jsonl"
            path.write_text("".join(json.dumps({
                "source": "x", "id": f"{p}-{f}-{i}", "author": {"id": f"u{p}-{i % 50}"},
                "text": f"Veloz order {p}-{f}-{i} is late", "created_at": "2026-11-01T10:00:00Z",
            }) + "\n" for i in range(ROWS_PER_FILE)), encoding="utf-8")
            files.append(str(path))
        commands.append([sys.executable, "-m", "monitor", "--db", str(db), "import", *files])
    env = {**os.environ, "MONITOR_CONFIG": str(tmp_path / "none.toml")}
    processes = [subprocess.Popen(c, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                 for c in commands]
    outputs = [p.communicate(timeout=180) for p in processes]
    for process, (out, err) in zip(processes, outputs):
        assert process.returncode == 0, err
        assert "Traceback" not in err and "locked" not in err
    assert read(db, "SELECT COUNT(*) FROM mentions")[0][0] == PROCESSES * FILES_PER_PROCESS * ROWS_PER_FILE
    runs = read(db, "SELECT status, COUNT(*) FROM job_runs GROUP BY status")
    assert runs == [("ok", PROCESSES * FILES_PER_PROCESS)]
