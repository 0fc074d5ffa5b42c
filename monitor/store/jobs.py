"""Job runs: the scheduler's record of each collection or pipeline run and how it ended.

Kept apart from the data tables because it answers a different question (is the monitor
healthy?) for the scheduler, the CLI and the board's health view. Each run records the process
(pid, host) that started it, so a run whose process was killed is found and marked interrupted
when the store is next opened, by any command.
"""

from __future__ import annotations

import os
import socket

import pandas as pd

from monitor.mention import iso, parse_time, utcnow
from monitor.store.db import StoreBase
from monitor.store.mentions import SaveResult

HOST = socket.gethostname()
STALE_ELSEWHERE_S = 6 * 3600
"""A run whose process cannot be checked from here (started on another host, e.g. a container
sharing the file, or recorded before runs had a pid) counts as interrupted after this long: no
recorded run lasts hours."""


class Jobs(StoreBase):
    """The job_runs table."""

    def start_job(self, job: str) -> int:
        with self.db.atomic():
            return self.db["job_runs"].insert(
                {"job": job, "started_at": iso(utcnow()), "status": "running",
                 "pid": os.getpid(), "host": HOST}
            ).last_pk

    def finish_job(self, run_id: int, status: str, result: SaveResult | None = None,
                   error: str = "", retries: int = 0, waited_s: float = 0.0,
                   resting_until: str | None = None) -> None:
        """Record how a run ended: its counts, the retries and seconds of waiting it needed
        (a recovered fault leaves a trace), and for status 'resting' the time the source
        asked it to wait until."""
        result = result or SaveResult()
        with self.db.atomic():
            self.db["job_runs"].update(run_id, {
                "finished_at": iso(utcnow()), "status": status, "stored": result.stored,
                "duplicates": result.duplicates, "quarantined": result.quarantined,
                "error": error[:2000], "retries": retries, "waited_s": round(waited_s, 1),
                "resting_until": resting_until,
            })

    def resting_until(self, job: str) -> str | None:
        """When the job's last finished run ended 'resting', the time it rests until (UTC ISO);
        None otherwise. A run after the rest (ok or failed) ends it."""
        row = self.db.execute(
            "SELECT status, resting_until FROM job_runs WHERE job = ? AND finished_at IS NOT NULL"
            " ORDER BY id DESC LIMIT 1", [job]).fetchone()
        return row[1] if row and row[0] == "resting" else None

    def consecutive_failures(self, job: str) -> int:
        """How many of the job's latest finished runs failed in a row."""
        rows = self.db.execute(
            "SELECT status FROM job_runs WHERE job = ? AND status != 'running'"
            " ORDER BY id DESC LIMIT 50", [job]
        ).fetchall()
        failures = 0
        for (status,) in rows:
            if status != "failed":
                break
            failures += 1
        return failures

    def last_run_started(self, job: str) -> str | None:
        """Start of the job's last run that finished; an interrupted run does not count."""
        row = self.db.execute("SELECT MAX(started_at) FROM job_runs WHERE job = ?"
                              " AND finished_at IS NOT NULL", [job]).fetchone()
        return row[0] if row else None

    def mark_interrupted_runs(self, own_process: bool = False) -> int:
        """Mark 'interrupted' the runs still 'running' whose process is gone (killed, or crashed
        past its own error handling); `own_process` also this process's own (a scheduler that
        is starting has none under way). Returns how many were marked."""
        running = self.db.execute("SELECT id, pid, host, started_at FROM job_runs"
                                  " WHERE status = 'running'").fetchall()
        now = utcnow()
        gone = {run_id: _why_gone(pid, host, started_at, now, own_process)
                for run_id, pid, host, started_at in running}
        gone = {run_id: why for run_id, why in gone.items() if why}
        if not gone:
            return 0
        with self.db.atomic():
            return sum(self.db.execute(
                "UPDATE job_runs SET status = 'interrupted', error = ? WHERE id = ? AND status = 'running'",
                [why, run_id]).rowcount for run_id, why in gone.items())

    def streak_start_id(self, job: str) -> int:
        """Id of the job's last run that did not fail (0 if none): marks where the current
        failure streak began (a resting or interrupted run ends a streak too, so a later
        streak is a new one)."""
        row = self.db.execute(
            "SELECT MAX(id) FROM job_runs WHERE job = ? AND status NOT IN ('failed', 'running')", [job]
        ).fetchone()
        return int(row[0] or 0)

    def job_health(self) -> pd.DataFrame:
        """Per job: last run, last status, last error, consecutive failures, and what the last
        run went through (retries, seconds waited, items quarantined, resting until)."""
        frame = self._frame(
            "SELECT job, MAX(id) AS last_id, COUNT(*) AS runs, SUM(stored) AS stored"
            " FROM job_runs GROUP BY job ORDER BY job"
        )
        if frame.empty:
            return frame
        last = self._frame(
            "SELECT id AS last_id, started_at, status, error, retries, waited_s,"
            " quarantined, resting_until FROM job_runs WHERE id IN (%s)"
            % ",".join("?" * len(frame)), [int(v) for v in frame["last_id"]]
        )
        frame = frame.merge(last, on="last_id")
        frame["consecutive_failures"] = [self.consecutive_failures(j) for j in frame["job"]]
        return frame.drop(columns=["last_id"])


def _why_gone(pid: int | None, host: str | None, started_at: str, now, own_process: bool) -> str:
    """Why a 'running' run can no longer finish ('' when it may still be under way)."""
    if pid is not None and host == HOST:
        if pid == os.getpid():
            return "interrupted: this process restarted its scheduler" if own_process else ""
        return "" if _alive(pid) else f"interrupted: process {pid} on {host} is gone (killed or crashed)"
    if own_process and pid is None:
        return "interrupted: cut off before the scheduler started"
    if (now - parse_time(started_at)).total_seconds() > STALE_ELSEWHERE_S:
        return f"interrupted: still 'running' after {STALE_ELSEWHERE_S // 3600} h"
    return ""


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process
        return True
    return True
