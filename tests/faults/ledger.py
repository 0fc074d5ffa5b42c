"""What the fault suite did, for its one summary line: faults injected, bad inputs tried, and
which kinds of record were checked for loss and duplication.

A module (not a fixture) because hypothesis tests and subprocess tests both count into it, and
the session-finish hook in conftest.py reads it after the last test.
"""

from __future__ import annotations

from collections import Counter

FAULTS: Counter[str] = Counter()
"""Faults actually injected, by kind ("SIGKILL during collection", "corrupt model file"...):
a kill counts only when it landed on a live process."""
INPUTS: Counter[str] = Counter()
"""Bad or arbitrary inputs tried, by importer or parser."""
CHECKED: Counter[str] = Counter()
"""Records checked for loss and duplication after faults, by kind (mention, label, link,
case step, alert), counted once per record per check."""

KINDS = ("mention", "label", "link", "case step", "alert")


def fault(kind: str, count: int = 1) -> None:
    FAULTS[kind] += count


def tried(kind: str, count: int = 1) -> None:
    INPUTS[kind] += count


def checked(kind: str, count: int) -> None:
    """`count` records of `kind` were found present exactly once after a fault."""
    assert kind in KINDS, kind
    CHECKED[kind] += count
