"""Which store each name means in the running test (set by conftest's `new_db` fixture), so
helpers that take no fixtures can name one: one module, whichever way a test imports it."""

from __future__ import annotations

from pathlib import Path

CURRENT: dict[str, object] = {}


def store_at(name: str) -> Path | str:
    """The store called `name` in the running test: `tmp_path/name.db`, or its own PostgreSQL
    database under `--backend postgresql` (the same one for the same name)."""
    return CURRENT["new_db"](name)
