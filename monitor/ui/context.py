"""What every tab needs to know about this run of the board, built once per script run."""

from __future__ import annotations

import time
from dataclasses import dataclass

from monitor.config import Config

MENTION_LIMIT = 300


@dataclass(frozen=True)
class BoardContext:
    """The configuration in use and the database it reads (passed to every tab, never global,
    so each script run, and each AppTest, sees its own)."""

    config: Config
    mention_limit: int = MENTION_LIMIT

    @property
    def db_path(self) -> str:
        return str(self.config.db_path)

    @property
    def refresh_s(self) -> int:
        return max(self.config.board.refresh_s, 2)

    @property
    def time_zone(self) -> str:
        return self.config.board.time_zone

    @property
    def tick(self) -> int:
        """The refresh period now running: cached reads are reused within it, never across."""
        return int(time.time() // self.refresh_s)

    @property
    def disrespect_min(self) -> float:
        return self.config.detection.decision_threshold
