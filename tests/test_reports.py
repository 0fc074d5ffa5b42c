"""The weekly report: CSV tables and an escaped, script-free HTML page for one ISO week."""

from __future__ import annotations

import csv
import json
from datetime import datetime, timedelta, timezone

import pandas as pd
import pytest

from monitor.mention import Mention, iso
from monitor.periods import PeriodError as ReportError, last_full_week, week_bounds
from monitor.reports import write_weekly_report

WEEK = "2026-W45"  # Monday 2026-11-02 to Sunday 2026-11-08
MONDAY = datetime(2026, 11, 2, tzinfo=timezone.utc)
NOW = datetime(2026, 11, 11, 9, 30, tzinfo=timezone.utc)
SCRIPT = "<script>alert('x')</script> Veloz charged me twice, <b>order 123</b>"
FORMULA = '=HYPERLINK("http://evil.example","Veloz reembolso")'
EXPECTED_FILES = ["mentions_by_day.csv", "founded_complaints.csv", "campaigns.csv",
                  "verdict_changes.csv", "coordinated_groups.csv", "top_authors.csv", "report.html"]


def mention(source, native_id, author, text, day, hour=10, lang="pt"):
    return Mention(source=source, native_id=native_id, author_id=author, author_handle=f"@{author}",
                   author_name=author.title(), text=text, lang=lang,
                   created_at=MONDAY + timedelta(days=day, hours=hour),
                   url=f"https://social.example/{native_id}")


def verdict(key, kind, name, score, figures, evidence, reasons):
    return {"subject_key": key, "subject_type": kind, "verdict": name, "score": score,
            "figures_json": json.dumps(figures), "evidence_json": json.dumps(evidence),
            "reasons_json": json.dumps(reasons)}


@pytest.fixture
def week_store(store):
    """Eight mentions inside W45 (one unscored), two outside it, verdicts and groups around it."""
    scored = [  # mention, category, p_disrespectful, p_founded
        (mention("x", "t1", "troll", "Veloz bando de ladrões", 0), "disrespectful", 0.95, 0.0),
        (mention("x", "t2", "troll", "Veloz é lixo", 1), "disrespectful", 0.9, 0.0),
        (mention("x", "t3", "troll", "Veloz golpista", 2), "disrespectful", 0.8, 0.1),
        (mention("mastodon", "a1", "ana", FORMULA, 3, lang="es"), "founded_complaint", 0.0, 0.9),
        (mention("bluesky", "j1", "joe", SCRIPT, 4, lang="en"), "founded_complaint", 0.1, 0.8),
        (mention("bluesky", "j2", "joe", "Still charged twice, order 123", 4, 15, "en"),
         "founded_complaint", 0.1, 0.85),
        (mention("x", "f1", "fan", "Adorei a Veloz", 5), "other", 0.0, 0.0),
        (mention("x", "p1", "troll", "Veloz de novo", -1), "disrespectful", 0.9, 0.0),  # week before
        (mention("x", "n1", "troll", "Veloz lixo", 7), "disrespectful", 0.9, 0.0),  # week after
    ]
    unscored = mention("x", "u1", "newbie", "Veloz?", 6, 23)
    store.save_page([m for m, *_ in scored] + [unscored])
    store.save_scores(pd.DataFrame([
        {"id": m.id, "category": c, "p_complaint": 0.9 if c != "other" else 0.1,
         "p_disrespectful": d, "p_founded": f, "founded": f >= 0.5} for m, c, d, f in scored
    ]), "test-model")
    store.save_verdicts([verdict("x:troll", "author", "watch", 0.6, {"mentions": 2}, [], [])],
                        iso(MONDAY + timedelta(days=1)))
    store.save_verdicts([
        verdict("x:troll", "author", "campaign", 0.91,
                {"mentions": 4, "distinct_days": 4, "disrespect_share": 0.9},
                ["x:t1", "x:t2", "x:t3"], ["4 mentions on 4 days", "90% disrespectful"]),
        verdict("mastodon:ana", "author", "one_off_complaint", 0.3, {"mentions": 1}, ["mastodon:a1"], []),
        verdict("bluesky:joe", "author", "recurring_complaint", 0.5, {"mentions": 2}, ["bluesky:j1"], []),
    ], iso(MONDAY + timedelta(days=2)))
    store.save_verdicts([verdict("x:fan", "author", "campaign", 0.7, {"mentions": 9}, [], [])],
                        iso(MONDAY + timedelta(days=8)))  # became a campaign after the week
    store.save_groups([
        {"group_id": "g-in", "members_json": json.dumps(["x:b1", "x:b2"]),
         "mention_ids_json": "[]", "first_at": iso(MONDAY + timedelta(days=2)),
         "last_at": iso(MONDAY + timedelta(days=2, minutes=5)), "occurrences": 2,
         "sample_text": "<img src=x onerror=alert(1)> boicote"},
        {"group_id": "g-out", "members_json": json.dumps(["x:b3"]), "mention_ids_json": "[]",
         "first_at": iso(MONDAY - timedelta(days=5)), "last_at": iso(MONDAY - timedelta(days=5)),
         "occurrences": 2, "sample_text": "old"},
    ])
    return store


def read_csv(path):
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def test_week_bounds_and_default_week():
    assert week_bounds(WEEK) == (MONDAY, MONDAY + timedelta(days=7))
    assert last_full_week(NOW) == WEEK
    assert last_full_week(datetime(2026, 1, 1, tzinfo=timezone.utc)) == "2025-W52"
    for bad in ("2026-47", "2026-W54", "last week"):
        with pytest.raises(ReportError):
            week_bounds(bad)


def test_writes_every_table_and_the_page(week_store, tmp_path):
    paths = write_weekly_report(week_store, tmp_path / "reports", now=NOW)
    assert [p.name for p in paths] == EXPECTED_FILES
    assert all(p.parent == tmp_path / "reports" / WEEK and p.stat().st_size > 0 for p in paths)


def test_numbers_are_those_of_the_week(week_store, tmp_path):
    folder = tmp_path / WEEK
    write_weekly_report(week_store, tmp_path, WEEK, now=NOW)

    by_day = read_csv(folder / "mentions_by_day.csv")
    assert sum(int(r["mentions"]) for r in by_day) == 8
    assert {(r["day"], r["category"], r["lang"], r["mentions"]) for r in by_day} >= {
        ("2026-11-06", "founded_complaint", "en", "2"), ("2026-11-08", "unscored", "pt", "1")}

    founded = read_csv(folder / "founded_complaints.csv")
    assert [(r["author_key"], r["author_verdict"]) for r in founded] == [
        ("mastodon:ana", "one_off_complaint"), ("bluesky:joe", "recurring_complaint"),
        ("bluesky:joe", "recurring_complaint")]

    campaigns = read_csv(folder / "campaigns.csv")
    assert [(r["subject_key"], r["verdict"], r["mentions_this_week"]) for r in campaigns] == [
        ("x:troll", "campaign", "3")]
    assert campaigns[0]["figure_disrespect_share"] == "0.9"
    assert campaigns[0]["first_verdict_at"] == "2026-11-04T00:00:00Z"

    changes = read_csv(folder / "verdict_changes.csv")
    assert [(r["subject_key"], r["previous"], r["verdict"]) for r in changes] == [
        ("x:troll", "none", "watch"), ("x:troll", "watch", "campaign"),
        ("mastodon:ana", "none", "one_off_complaint"), ("bluesky:joe", "none", "recurring_complaint")]

    groups = read_csv(folder / "coordinated_groups.csv")
    assert [(g["group_id"], g["accounts"]) for g in groups] == [("g-in", "2")]

    top = {r["author_key"]: r for r in read_csv(folder / "top_authors.csv")}
    troll = top["x:troll"]
    assert (troll["mentions"], troll["disrespectful"], troll["days"]) == ("3", "3", "3")
    assert top["bluesky:joe"]["founded"] == "2"


def test_html_escapes_every_text_and_has_no_script(week_store, tmp_path):
    page = write_weekly_report(week_store, tmp_path, WEEK, now=NOW)[-1].read_text(encoding="utf-8")
    assert "<script" not in page.lower()
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in page
    assert "&lt;b&gt;order 123&lt;/b&gt;" in page and "<b>" not in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page and "<img" not in page
    assert "default-src 'none'" in page
    assert "<tr><th>Mentions</th><td>8</td></tr>" in page
    assert "<tr><th>Founded complaints</th><td>3</td></tr>" in page
    assert "<tr><th>Disrespectful (of classified mentions)</th><td>3 (43%)</td></tr>" in page


def test_csv_cells_cannot_run_as_spreadsheet_formulas(week_store, tmp_path):
    write_weekly_report(week_store, tmp_path, WEEK, now=NOW)
    founded = read_csv(tmp_path / WEEK / "founded_complaints.csv")
    assert founded[0]["text"] == "'" + FORMULA
    assert founded[0]["handle"] == "@ana"  # a plain handle is not altered


def test_same_week_overwrites_the_same_files(week_store, tmp_path):
    first = write_weekly_report(week_store, tmp_path, WEEK, now=NOW)
    contents = [p.read_bytes() for p in first]
    second = write_weekly_report(week_store, tmp_path, WEEK, now=NOW)
    assert second == first
    assert [p.read_bytes() for p in second] == contents
    assert sorted(p.name for p in (tmp_path / WEEK).iterdir()) == sorted(EXPECTED_FILES)


def test_no_secret_reaches_the_report(week_store, tmp_path, monkeypatch):
    monkeypatch.setenv("MONITOR_ALERT_URL", "slack://T000/B000/s3cr3t-token")
    for path in write_weekly_report(week_store, tmp_path, WEEK, now=NOW):
        assert "s3cr3t-token" not in path.read_text(encoding="utf-8-sig")


def test_empty_database_gives_empty_tables(store, tmp_path):
    paths = write_weekly_report(store, tmp_path, WEEK, now=NOW)
    assert [p.name for p in paths] == EXPECTED_FILES
    assert read_csv(tmp_path / WEEK / "founded_complaints.csv") == []
    assert "Nothing this week." in paths[-1].read_text(encoding="utf-8")
