"""The fault suite's shared pieces and its one summary line.

At the end of a run that included these tests, one line says how many faults were injected and
bad inputs tried, and whether every mention, label, link, case step and alert checked after a
fault was found exactly once (the counts come from `ledger`, filled by the tests themselves).
"""

from __future__ import annotations

import pytest

from monitor.store import open_store
from tests.faults import ledger
from tests.conftest import store_at


def _phrase(counter) -> str:
    """'SIGKILL 19 (collection 4, scoring 3), damaged model file 9 (...)': kinds named
    'group: detail' are counted under their group, biggest first."""
    groups: dict[str, dict[str, int]] = {}
    for kind, n in counter.items():
        group, _, detail = kind.partition(": ")
        groups.setdefault(group, {})[detail] = groups.setdefault(group, {}).get(detail, 0) + n
    parts = []
    for group, details in sorted(groups.items(), key=lambda kv: -sum(kv[1].values())):
        inner = ", ".join(f"{d} {n:,}" for d, n in sorted(details.items(), key=lambda kv: -kv[1]) if d)
        parts.append(f"{group} {sum(details.values()):,}" + (f" ({inner})" if inner else ""))
    return "; ".join(parts)


def pytest_terminal_summary(terminalreporter, exitstatus, config):  # noqa: ARG001 - pytest hook
    if not (ledger.FAULTS or ledger.INPUTS):
        return
    failed = [r.nodeid for key in ("failed", "error") for r in terminalreporter.stats.get(key, [])
              if "tests/faults/" in r.nodeid.replace("\\", "/")]
    faults, inputs = sum(ledger.FAULTS.values()), sum(ledger.INPUTS.values())
    kinds = [k for k in ledger.KINDS if ledger.CHECKED[k]]
    if failed:
        verdict = f"{len(failed)} fault test(s) FAILED: {', '.join(failed[:3])}"
    else:
        missing = [k for k in ledger.KINDS if not ledger.CHECKED[k]]
        named = ", ".join(kinds[:-1]) + f" or {kinds[-1]}" if len(kinds) > 1 else "".join(kinds)
        verdict = f"no {named} lost or duplicated" if kinds else "nothing checked for loss"
        verdict += f" ({', '.join(f'{ledger.CHECKED[k]:,} {k}s' for k in kinds)} checked)" if kinds else ""
        if missing:
            verdict += f"; not exercised in this run: {', '.join(missing)}"
    terminalreporter.write_sep("-", "fault suite")
    terminalreporter.write_line(
        f"fault suite: {faults:,} faults injected [{_phrase(ledger.FAULTS)}]; {inputs:,} bad inputs "
        f"tried [{_phrase(ledger.INPUTS)}]; {verdict}")


@pytest.fixture(scope="session")
def fault_seed() -> int:
    """One seed for every random kill point and data set: FAULT_SEED in the environment
    replays a failing run exactly (printed in every failure message)."""
    import os

    return int(os.environ.get("FAULT_SEED", "20261202"))


@pytest.fixture
def clean_store(tmp_path):
    """One store for all of a test's examples, emptied before each (a new file per example
    would spend most of the time creating the schema)."""
    store = open_store(store_at("fuzz"))

    def empty():
        with store.db.atomic():
            for table in ("mentions", "authors", "reposts", "quarantine", "cursors", "job_runs",
                          "customers", "author_links", "case_events", "case_steps", "case_state"):
                store.db.execute(f"DELETE FROM {table}")
        return store

    yield empty
    store.close()
