"""Read-only queries for the board and reports (part of the store layer: SQL lives only here and in store.py)."""

from __future__ import annotations


class ReadQueries:
    """Mixin of read queries; `Store` inherits it and provides `db` and `_frame`."""
