"""The demo's live source keeps releasing mentions, as new posts stamped now, for as long as it runs."""

from __future__ import annotations

import shutil

from monitor.collectors.replay import ReplayCollector

from .helpers import FIXTURES, run

DATA = FIXTURES / "file_import"


def test_the_drip_never_runs_dry_and_never_repeats_an_id(tmp_path):
    shutil.copy(DATA / "mentions.jsonl", tmp_path)  # three mentions
    collector = ReplayCollector.from_config(
        {"file": str(tmp_path / "mentions.jsonl"), "batch": 2, "held_back": 2}, env={})
    ids, cursor = [], None
    for _ in range(4):  # eight releases from a pool of two
        result = run(collector, cursor)
        (page,) = result.pages
        cursor = page.cursor
        ids += [m.id for m in page.mentions]
        assert all(abs((m.created_at - collector.http.now()).total_seconds()) < 60 for m in page.mentions)
    assert len(ids) == 8 and len(set(ids)) == 8
    assert ids[2].endswith("~1") and ids[7].endswith("~3")
