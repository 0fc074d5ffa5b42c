"""The store: idempotent ingest, atomic pages, repost amplification, migrations in place, outbox."""

from __future__ import annotations

import sqlite3

import pandas as pd
import pytest

from monitor.store import open_store
from monitor.text import text_hash
from tests.conftest import make_mention


def test_same_mention_twice_is_stored_once_and_keeps_first_collected_time(store):
    first = store.save_page([make_mention(1)])
    collected = store.db.execute("SELECT collected_at FROM mentions").fetchone()[0]
    second = store.save_page([make_mention(1, text="edited later")])
    assert (first.stored, first.duplicates) == (1, 0)
    assert (second.stored, second.duplicates) == (0, 1)
    assert store.count() == 1
    row = store.db.execute("SELECT text, collected_at FROM mentions").fetchone()
    assert row == ("Veloz order 1 is late", collected)


def test_page_and_cursor_commit_together_or_not_at_all(store):
    good = make_mention(1)
    try:
        store.save_page([good], "x", '{"since": 1}', quarantined=[{"no_such_column": 1}])
    except Exception:
        pass
    assert store.count() == 0
    assert store.get_cursor("x") is None
    store.save_page([good], "x", '{"since": 1}')
    assert store.count() == 1 and store.get_cursor("x") == '{"since": 1}'


def test_repost_counts_as_amplification_once(store):
    store.save_page([make_mention(1, author="attacker")])
    boost = make_mention(2, author="friend", text="", reposts_of="x:1")
    store.save_page([boost])
    store.save_page([boost])
    assert store.count() == 1
    assert store.db.execute("SELECT repost_count FROM mentions").fetchone()[0] == 1


def test_authors_are_per_source_account_with_first_and_last_seen(store):
    store.save_page([make_mention(5, author="ana"), make_mention(1, author="ana"),
                     make_mention(3, author="ana", source="bluesky")])
    authors = store.authors_frame().set_index("author_key")
    assert list(authors.index) == ["bluesky:ana", "x:ana"]
    assert authors.loc["x:ana", "first_seen_at"] < authors.loc["x:ana", "last_seen_at"]


def test_reopening_an_existing_database_keeps_data_and_applies_no_migration_twice(db_path):
    store = open_store(db_path)
    store.save_page([make_mention(1)])
    store.close()
    again = open_store(db_path)
    assert again.count() == 1
    assert again.schema_version() == ["m001_core", "m002_case_work", "m003_customer_currency",
                                    "m004_board_index", "m005_sureness", "m006_facets",
                                    "m007_alert_states", "m008_job_owner", "m009_collect_progress",
                                    "m010_audit_log", "m011_verdict_index", "m012_label_order",
                                    "m013_mention_counts"]
    if again.backend == "sqlite":
        assert again.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    again.close()


def test_scores_and_unscored_queue(store):
    store.save_page([make_mention(1), make_mention(2)])
    pending = store.unscored(10)
    assert list(pending["id"]) == ["x:1", "x:2"]
    scores = pd.DataFrame({"id": ["x:1"], "category": ["founded_complaint"], "p_complaint": [0.9],
                           "p_disrespectful": [0.1], "p_founded": [0.8], "founded": [True]})
    store.save_scores(scores, "v1")
    assert list(store.unscored(10)["id"]) == ["x:2"]
    frame = store.mentions_frame(scored_only=True)
    assert frame.loc[0, "category"] == "founded_complaint"
    assert store.clear_scores() == 2


def test_marking_assessed_in_batches_marks_exactly_the_given_mentions(store):
    store.save_page([make_mention(n) for n in range(1, 8)])
    scores = pd.DataFrame({"id": [f"x:{n}" for n in range(1, 8)], "category": ["other"] * 7,
                           "p_complaint": [0.1] * 7, "p_disrespectful": [0.1] * 7,
                           "p_founded": [0.1] * 7, "founded": [False] * 7})
    store.save_scores(scores, "v1")
    store.mark_assessed([f"x:{n}" for n in range(1, 6)], batch_size=2)  # three statements
    assert sorted(store.unassessed()["id"]) == ["x:6", "x:7"]
    with pytest.raises(TypeError):  # all or none: a failure in a later batch undoes the first
        store.mark_assessed(["x:6", "x:7", object()], batch_size=2)
    assert sorted(store.unassessed()["id"]) == ["x:6", "x:7"]


def test_alert_outbox_enqueues_once_and_marks_sent_once(store):
    assert store.enqueue_alert("campaign:x:a", "campaign", "x:a", "t", "b") is True
    assert store.enqueue_alert("campaign:x:a", "campaign", "x:a", "t", "b") is False
    store.mark_alert("campaign:x:a", sent=False, error="down")
    assert [a["id"] for a in store.pending_alerts()] == ["campaign:x:a"]
    store.mark_alert("campaign:x:a", sent=True)
    assert store.pending_alerts() == []


def test_verdict_changes_are_recorded_with_time(store):
    row = {"subject_key": "x:a", "subject_type": "author", "verdict": "watch", "score": 0.5,
           "figures_json": "{}", "evidence_json": "[]", "reasons_json": "[]"}
    assert len(store.save_verdicts([row], "2026-11-01T00:00:00Z")) == 1
    assert store.save_verdicts([row], "2026-11-02T00:00:00Z") == []
    store.save_verdicts([{**row, "verdict": "campaign", "score": 0.9}], "2026-11-03T00:00:00Z")
    history = store.verdict_history("x:a")
    assert list(history["verdict"]) == ["watch", "campaign"]
    assert store.verdicts_frame().loc[0, "verdict_since"] == "2026-11-03T00:00:00Z"


def test_manual_link_survives_automatic_relinking(store):
    store.save_page([make_mention(1, author="ana")])
    store.upsert_customers([{"customer_id": "C1", "name": "Ana"}, {"customer_id": "C2", "name": "Bo"}])
    store.decide_link("x:ana", "C2", "manual", "agent@example")
    written = store.save_link_proposals([{"author_key": "x:ana", "customer_id": "C1",
                                          "method": "handle", "confidence": 1.0, "status": "auto"}])
    assert written == 0
    assert store.links_frame().loc[0, "customer_id"] == "C2"


def test_embedding_cache_round_trip(store):
    import numpy as np

    vector = np.arange(4, dtype=np.float32)
    store.put_embeddings("m", {text_hash("Hi  there"): vector})
    found = store.get_embeddings("m", [text_hash("hi there"), "missing"])
    assert list(found) == [text_hash("hi there")]
    assert found[text_hash("hi there")].tolist() == [0, 1, 2, 3]


@pytest.mark.sqlite_only("SQLite's file lock and busy timeout")
def test_busy_database_waits_instead_of_failing(db_path, store):
    other = sqlite3.connect(db_path, timeout=5, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    other.execute("INSERT INTO cursors (collector, cursor) VALUES ('lock', '1')")
    import threading

    threading.Timer(0.3, other.commit).start()
    store.save_page([make_mention(1)])
    assert store.count() == 1


def test_repost_seen_before_its_original_still_counts(store):
    store.save_page([make_mention(2, author="friend", text="", reposts_of="x:1")])
    store.save_page([make_mention(1, author="attacker")])
    assert store.db.execute("SELECT repost_count FROM mentions WHERE id = 'x:1'").fetchone()[0] == 1


def test_filter_choices_are_kept_as_mentions_are_stored_and_scored(store):
    import pandas as pd

    store.save_page([make_mention(1, lang="fr", source="mastodon"), make_mention(2, lang="pt")])
    facets = store.mention_facets()
    assert facets["lang"] == ["fr", "pt"] and facets["source"] == ["mastodon", "x"]
    assert facets["category"] == []
    ids = list(store.unscored(10)["id"])
    store.save_scores(pd.DataFrame({"id": ids, "category": ["disrespectful", "other"], "p_complaint": 0.5,
                                    "p_disrespectful": [0.9, 0.55], "p_founded": 0.1, "founded": False}), "v1")
    assert store.mention_facets()["category"] == ["disrespectful", "other"]
    least_sure = store.least_sure_mentions(limit=5)  # the 0.55 one is nearest its bar
    assert list(least_sure["id"]) == [ids[1], ids[0]]
    assert [round(v, 2) for v in least_sure["sureness"]] == [0.05, 0.4]
