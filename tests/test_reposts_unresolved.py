"""Reposts whose original was never served point at no mention that does not exist (issue 13):
the original is named in `unresolved_original` until it arrives, then resolved and counted."""

from __future__ import annotations

import sqlite3
from contextlib import closing

import pytest

from monitor.store import open_store
from monitor.store.db import ImmediateDatabase
from monitor.store.migrations import migrations
from tests.conftest import make_mention, store_at


def test_a_repost_of_an_original_never_served_points_at_no_missing_mention(store):
    store.save_page([make_mention(2, author="friend", text="", reposts_of="x:1")])
    row = store.db.execute("SELECT original_id, unresolved_original FROM reposts").fetchone()
    assert row == (None, "x:1")
    dangling = store.db.execute("SELECT COUNT(*) FROM reposts WHERE original_id IS NOT NULL"
                                " AND original_id NOT IN (SELECT id FROM mentions)").fetchone()[0]
    assert dangling == 0

    store.save_page([make_mention(1, author="attacker")])  # the original arrives later: resolved, counted
    assert store.db.execute("SELECT original_id, unresolved_original FROM reposts").fetchone() == ("x:1", None)
    assert store.db.execute("SELECT repost_count FROM mentions WHERE id = 'x:1'").fetchone()[0] == 1
    store.save_page([make_mention(2, author="friend", text="", reposts_of="x:1"),  # seen again: once
                     make_mention(3, author="other", text="", reposts_of="x:1")])
    assert store.db.execute("SELECT repost_count FROM mentions WHERE id = 'x:1'").fetchone()[0] == 2
    assert store.db.execute("SELECT COUNT(*) FROM reposts WHERE original_id = 'x:1'").fetchone()[0] == 2


@pytest.mark.sqlite_only("an earlier schema built with sqlite-utils; PostgreSQL databases start at this version")
def test_the_migration_moves_existing_dangling_reposts_aside(tmp_path):
    path = store_at("old")
    db = ImmediateDatabase(sqlite3.connect(str(path)))
    migrations.apply(db, stop_before="m009_collect_progress")
    db.execute("INSERT INTO mentions (id, source, native_id, author_key, text, created_at)"
               " VALUES ('x:1', 'x', '1', 'x:a', 'hi', '2026-03-04T10:00:00Z')")
    db.execute("INSERT INTO reposts (id, original_id) VALUES ('x:2', 'x:1'), ('x:3', 'x:404')")
    db.conn.commit()
    db.close()
    with closing(open_store(path)) as store:
        rows = store.db.execute("SELECT id, original_id, unresolved_original FROM reposts ORDER BY id").fetchall()
        assert rows == [("x:2", "x:1", None), ("x:3", None, "x:404")]
        assert store.db.execute("SELECT retries, waited_s, resting_until FROM job_runs").fetchall() == []
