"""Hourly mention counts (`store/counts.py`) always equal counting the mentions themselves:
through ingest, duplicates, scoring, re-scoring, erasure, compaction (two at once too), a bulk
load recounted, and the migration that adds them to a store already holding mentions."""

from __future__ import annotations

import threading
from datetime import timedelta

import pandas as pd
import pytest
from click.testing import CliRunner
from sqlite_utils import Database

from monitor import periods, privacy
from monitor.cli import cli
from monitor.store import open_store
from monitor.store.migrations import migrations
from tests.conftest import T0, make_mention
from tests.stores import store_at

NOW = T0 + timedelta(days=4)
BY = ("category", "lang", "source")


def posts(start: int, count: int) -> list:
    """Mentions every 97 minutes over days, in three languages, on two networks, two brands."""
    return [make_mention(n, minutes=n * 97, lang=("pt", "es", "en")[n % 3], source=("x", "bluesky")[n % 2],
                         author=f"a{n % 5}", brand=("Veloz", "Outra")[n % 4 == 0])
            for n in range(start, start + count)]


def score(store, ids: list[str], category: str) -> None:
    store.save_scores(pd.DataFrame({"id": ids, "category": category, "p_complaint": 0.5,
                                    "p_disrespectful": 0.2, "p_founded": 0.3, "founded": False}), "v1")


def counted_by_hand(store, days, brand=None) -> pd.DataFrame:
    """What `daily_breakdown` must say, from the mention rows and pandas alone."""
    rows = pd.DataFrame(store.db.execute("SELECT created_at, category, lang, source, brand FROM mentions").fetchall(),
                        columns=["created_at", "category", "lang", "source", "brand"])
    if brand:
        rows = rows[rows["brand"].str.lower() == brand.lower()]
    rows = rows.assign(category=rows["category"].fillna("unscored"),
                       lang=rows["lang"].replace("", "unknown"))
    parts = []
    for day, start, stop in days:
        inside = rows[(rows["created_at"] >= start) & (rows["created_at"] < stop)]
        parts.append(inside.groupby(list(BY)).size().rename("mentions").reset_index().assign(day=day))
    expected = pd.concat(parts, ignore_index=True)
    return expected[["day", *BY, "mentions"]].sort_values(["day", *BY], ignore_index=True)


def breakdown(store, days, brand=None) -> pd.DataFrame:
    return (store.daily_breakdown(days, brand, by=BY).astype({"mentions": int})
            .sort_values(["day", *BY], ignore_index=True))


def assert_counts_true(store, time_zone="UTC") -> None:
    days = periods.last_days(NOW, 6, time_zone)
    for brand in (None, "veloz"):
        expected, got = counted_by_hand(store, days, brand), breakdown(store, days, brand)
        assert not expected.empty
        pd.testing.assert_frame_equal(got, expected, check_dtype=False)


def test_counts_follow_ingest_duplicates_scoring_and_rescoring(store):
    store.save_page(posts(0, 40))
    store.save_page(posts(30, 20))  # ten of them again: counted once
    assert_counts_true(store)
    score(store, [f"x:{n}" for n in range(0, 50, 2)], "founded_complaint")
    score(store, [f"bluesky:{n}" for n in range(1, 20, 2)], "other")
    assert_counts_true(store, "America/Sao_Paulo")
    store.compact_counts()
    assert store.count("mention_count_changes") == 0
    assert_counts_true(store)
    score(store, [f"x:{n}" for n in range(0, 20, 2)], "disrespectful")  # re-scored: moved, not added
    store.clear_scores()  # queued again; the category stays until the new score
    assert_counts_true(store, "America/Sao_Paulo")
    store.compact_counts()
    assert_counts_true(store, "Europe/Madrid")


def test_a_half_hour_time_zone_counts_the_mentions_themselves(store):
    store.save_page(posts(0, 50))
    score(store, [f"x:{n}" for n in range(0, 50, 2)], "disrespectful")
    days = periods.last_days(NOW, 6, "Asia/Kolkata")
    assert days[0][1].endswith(":30:00Z")
    pd.testing.assert_frame_equal(breakdown(store, days), counted_by_hand(store, days), check_dtype=False)


def test_erased_people_still_count_under_their_old_hours(store):
    store.save_page(posts(0, 30))
    score(store, [f"x:{n}" for n in range(0, 30, 2)], "disrespectful")
    store.compact_counts()
    for author in ("x:a0", "bluesky:a1"):
        privacy.forget(store, privacy.resolve(store, author=author), by="test")
    assert store.db.execute("SELECT COUNT(*) FROM mentions WHERE author_key IS NULL").fetchone()[0] > 0
    assert_counts_true(store)


def test_source_activity_from_counts_matches_the_mentions(store):
    store.save_page(posts(0, 50))
    score(store, [f"x:{n}" for n in range(0, 50, 2)], "other")
    rows = pd.DataFrame(store.db.execute("SELECT source, created_at FROM mentions").fetchall(),
                        columns=["source", "created_at"])
    for since in ("2026-11-04T00:00:00Z", "2026-11-04T00:30:00Z"):  # from counts / from mentions
        got = store.source_activity(since).set_index("source")
        for source, group in rows.groupby("source"):
            assert got.loc[source, "recent_mentions"] == (group["created_at"] >= since).sum()
            assert got.loc[source, "mentions"] == len(group)
            assert got.loc[source, "newest_post_at"] == group["created_at"].max()


def test_two_compactions_at_once_fold_every_change_exactly_once(db_path):
    first, second = open_store(db_path), open_store(db_path)
    for start in range(0, 60, 6):
        first.save_page(posts(start, 6))  # ten pages: many change rows
    score(first, [f"x:{n}" for n in range(0, 60, 2)], "founded_complaint")
    changes = first.count("mention_count_changes")
    gate = threading.Barrier(2)
    folded = []

    def compact(store):
        gate.wait()
        folded.append(store.compact_counts(chunk=3))

    threads = [threading.Thread(target=compact, args=(s,)) for s in (first, second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sum(folded) == changes and first.count("mention_count_changes") == 0
    assert_counts_true(second)
    first.close()
    second.close()


def test_a_bulk_load_outside_save_page_is_recounted_by_monitor_recount(db_path, tmp_path):
    store = open_store(db_path)
    store.save_page(posts(0, 20))
    store.db.execute("UPDATE mentions SET category = 'other', created_at = '2026-11-05T23:10:00Z'"
                     " WHERE source = 'bluesky'")  # written behind the counts' back
    with pytest.raises(AssertionError):
        assert_counts_true(store)
    result = CliRunner().invoke(cli, ["--db", str(db_path), "--config", str(tmp_path / "absent.toml"),
                                      "recount"], obj={})
    assert result.exit_code == 0, result.output
    rows = store.count("mention_counts")
    assert rows > 0 and f"{rows:,} count rows" in result.output
    assert store.count("mention_count_changes") == 0
    assert_counts_true(store)
    store.close()


@pytest.mark.sqlite_only("an earlier schema built with sqlite-utils; PostgreSQL databases start at this version")
def test_the_migration_counts_the_mentions_already_stored():
    path = store_at("old")
    db = Database(path)
    migrations.apply(db, stop_before="m013_mention_counts")
    for mention in posts(0, 40):
        db["mentions"].insert({"id": mention.id, "source": mention.source, "native_id": mention.native_id,
                               "brand": mention.brand, "author_key": mention.author_key, "text": mention.text,
                               "lang": mention.lang, "created_at": mention.created_at.strftime("%Y-%m-%dT%H:%M:%SZ"),
                               "category": None if mention.native_id.endswith("0") else "other"})
    db.close()
    store = open_store(path)
    assert store.schema_version()[-1] == "m013_mention_counts"
    assert_counts_true(store)
    store.close()
