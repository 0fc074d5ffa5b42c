"""Error types that name the problem precisely, so the CLI can print one clear line."""

from __future__ import annotations


class MonitorError(Exception):
    """Base class for user-facing errors: the CLI prints the message, no traceback."""


class ConfigError(MonitorError):
    """A configuration value is missing or invalid; the message names the key."""


class InputError(MonitorError):
    """A row of an input file is bad; the message names file, row (1-based line) and field."""

    def __init__(self, file: str, row: int | None, field: str | None, problem: str):
        self.file, self.row, self.field, self.problem = str(file), row, field, problem
        where = self.file
        if row is not None:
            where += f", row {row}"
        if field:
            where += f", field '{field}'"
        super().__init__(f"{where}: {problem}")


class SourceError(MonitorError):
    """A collector's source failed in a way that retries did not fix."""
