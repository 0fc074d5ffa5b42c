"""`monitor authors --format json` is strict JSON: missing values are null, never NaN."""

from __future__ import annotations

import json

from click.testing import CliRunner

from monitor.cli import cli
from monitor.store import open_store
from monitor.verdicts import Assessment
from tests.conftest import make_mention


def _refuse(constant: str):
    raise ValueError(f"not JSON: {constant}")


def test_authors_json_is_strict_with_null_for_missing_values(db_path):
    store = open_store(db_path)
    store.save_page([make_mention(i, author=name) for i, name in enumerate(["ana", "bo"], 1)])
    store.save_verdicts([  # different figures: each row misses some of the other's columns
        Assessment("x:ana", "author", "one_off_complaint", 0.8, {"mentions": 2, "distinct_days": 2}).to_row(),
        Assessment("x:bo", "author", "recurring_complaint", 0.5, {"mentions": 3, "bursts": 1}).to_row(),
    ], "2026-11-20T12:00:00Z")
    store.close()
    result = CliRunner().invoke(cli, ["--db", str(db_path), "authors", "--format", "json"], obj={})
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output, parse_constant=_refuse)  # NaN, Infinity are refused
    assert {r["subject_key"] for r in rows} == {"x:ana", "x:bo"}
    by_key = {r["subject_key"]: r for r in rows}
    assert by_key["x:ana"]["figure_bursts"] is None and by_key["x:bo"]["figure_distinct_days"] is None
    assert json.dumps(rows, allow_nan=False)
