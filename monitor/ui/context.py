"""What every tab needs to know about this run of the board, built once per script run."""

from __future__ import annotations

import time
from dataclasses import dataclass

from monitor.auth import allows
from monitor.config import Config

MENTION_LIMIT = 300


@dataclass(frozen=True)
class BoardContext:
    """The configuration in use and the database it reads (passed to every tab, never global,
    so each script run, and each AppTest, sees its own)."""

    config: Config
    mention_limit: int = MENTION_LIMIT
    user: str = ""
    role: str = "admin"  # board.auth = "none": everyone (see `ui.signin`)

    def can(self, role: str) -> bool:
        """Whether the signed-in person may do what `role` may: "analyst" to act on cases,
        labels and links, "admin" to make a model current and read the audit log. Tabs hide
        or disable the widgets of what they may not do."""
        return allows(self.role, role)

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
