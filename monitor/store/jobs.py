"""Job runs: the scheduler's record of each collection or pipeline run and how it ended.

Kept apart from the data tables because it answers a different question (is the monitor
healthy?) for the scheduler, the CLI and the board's health view.
"""

from __future__ import annotations

import pandas as pd

from monitor.mention import iso, utcnow
from monitor.store.db import StoreBase
from monitor.store.mentions import SaveResult


class Jobs(StoreBase):
    """The job_runs table."""

    def start_job(self, job: str) -> int:
        with self.db.atomic():
            return self.db["job_runs"].insert(
                {"job": job, "started_at": iso(utcnow()), "status": "running"}
            ).last_pk

    def finish_job(self, run_id: int, status: str, result: SaveResult | None = None,
                   error: str = "") -> None:
        result = result or SaveResult()
        with self.db.atomic():
            self.db["job_runs"].update(run_id, {
                "finished_at": iso(utcnow()), "status": status, "stored": result.stored,
                "duplicates": result.duplicates, "quarantined": result.quarantined,
                "error": error[:2000],
            })

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

    def mark_interrupted_runs(self) -> int:
        """Runs still 'running' when a scheduler starts were cut off by a crash or a kill."""
        with self.db.atomic():
            return self.db.execute("UPDATE job_runs SET status = 'interrupted'"
                                   " WHERE status = 'running'").rowcount

    def last_ok_run_id(self, job: str) -> int:
        """Id of the job's last successful run (0 if none): marks where a failure streak began."""
        row = self.db.execute(
            "SELECT MAX(id) FROM job_runs WHERE job = ? AND status = 'ok'", [job]
        ).fetchone()
        return int(row[0] or 0)

    def job_health(self) -> pd.DataFrame:
        """Per job: last run, last status, last error, consecutive failures."""
        frame = self._frame(
            "SELECT job, MAX(id) AS last_id, COUNT(*) AS runs, SUM(stored) AS stored"
            " FROM job_runs GROUP BY job ORDER BY job"
        )
        if frame.empty:
            return frame
        last = self._frame(
            "SELECT id AS last_id, started_at, status, error FROM job_runs WHERE id IN (%s)"
            % ",".join("?" * len(frame)), [int(v) for v in frame["last_id"]]
        )
        frame = frame.merge(last, on="last_id")
        frame["consecutive_failures"] = [self.consecutive_failures(j) for j in frame["job"]]
        return frame.drop(columns=["last_id"])
