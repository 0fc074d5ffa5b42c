"""Erasure and access export, end to end: real SQLite files, the real `monitor` CLI.

`monitor forget` must leave nothing of the person anywhere in the database file (every text
cell of every table is scanned, then the file's bytes after a VACUUM), keep the daily counts,
keep other people's data, happen in one transaction and be harmless to repeat;
`monitor export-subject` must hold everything about them as strict UTF-8 JSON. Both are audited
without naming the person.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner

from monitor.cli import cli
from monitor.mention import iso
from monitor.privacy import subject_ref
from monitor.store import open_store
from tests.conftest import store_at
from tests.privacy_world import (ANA_ABOUT_JOE, ANA_OTHER, JOE_NEEDLES, JOE_TEXTS, JOE_X_TEXT,
                                 build_world, found, text_cells)


@pytest.fixture
def world(tmp_path):
    return build_world(store_at("monitor"), folder=tmp_path)


def invoke(world, *args, input=None):
    result = CliRunner().invoke(cli, ["--db", str(world.path), "--config", str(world.folder / "absent.toml"),
                                      *args], obj={}, input=input)
    return result


def counts(world):
    """Every count the board and reports show about the period, by day and category."""
    store = open_store(world.path)
    try:
        since, until = iso(world.now - timedelta(days=10)), iso(world.now + timedelta(days=1))
        days = [(iso(world.now - timedelta(days=d + 1)), iso(world.now - timedelta(days=d)), str(d))
                for d in range(6)]
        return {"totals": store.period_totals(since, until, 0.5),
                "daily": store.daily_breakdown(days).to_dict(orient="records"),
                "kpis": store.mention_kpis(iso(world.now - timedelta(days=1)), since, 0.5),
                "mentions": store.count("mentions")}
    finally:
        store.close()


def test_forget_a_customer_leaves_nothing_of_them_anywhere(world):
    before = counts(world)
    assert found(world.path, JOE_NEEDLES)  # the world really holds Joe everywhere

    result = invoke(world, "forget", "--customer", "C900", "--by", "dpo@veloz", "--yes")
    assert result.exit_code == 0, result.output
    assert "mentions (anonymised): 4" in result.output
    for table in ("authors: 2", "customers: 1", "author_links: 2", "labels: 1", "reposts: 1",
                  "verdicts: 1", "case_events: 5", "case_steps: 1", "case_state: 1", "quarantine: 1",
                  "embeddings: 4", "alerts: 1", "alerts (anonymised): 1", "coordinated_groups: 1"):
        assert table in result.output, (table, result.output)

    assert found(world.path, JOE_NEEDLES) == []
    for text in (*JOE_TEXTS, JOE_X_TEXT):
        assert not [c for c in text_cells(world.path) if text in c[2]], text
    if not isinstance(world.path, Path):
        return  # PostgreSQL: its files are the server's (VACUUM FULL would be the operator's)
    # even the file's bytes, once free pages and the write-ahead log are gone
    conn = sqlite3.connect(world.path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("VACUUM")
    conn.close()
    data = world.path.read_bytes()
    for needle in JOE_NEEDLES:
        assert needle.encode("utf-8") not in data, needle
        assert needle.lower().encode("utf-8") not in data.lower(), needle

    after = counts(world)
    # the days, categories and totals did not move; only the people counted are one fewer
    assert after["totals"].pop("authors") == before["totals"].pop("authors") - 2
    assert after == before


def test_other_people_keep_their_data_with_joe_blanked(world):
    invoke(world, "forget", "--customer", "C900", "--yes")
    store = open_store(world.path)
    ana = store.mentions_frame(author_keys=[world.ana_key]).set_index("id")
    assert ana.loc["mastodon:a1", "text"] == ANA_ABOUT_JOE.replace("@joe_k", "[erased]")
    assert ana.loc["mastodon:a2", "text"] == ANA_OTHER
    assert list(store.labels_frame()["mention_id"]) == ["mastodon:a1"]
    assert store.verdict_row("customer:C100")["verdict"] == "one_off_complaint"
    assert store.customer_of(world.ana_key)["name"] == "Ana Gómez"
    events = store.case_events("customer:C100")
    assert list(events.loc[events["kind"] == "note", "detail"]) == ["Ana says [erased] had the same problem"]
    group = store.groups_frame().iloc[0]
    assert json.loads(group["members_json"]) == ["x:bot-1"]
    assert group["sample_text"] == "Boycott Veloz now! share it"  # the bot's post, not Joe's
    assert store.done_steps("group:g1") == {"group:document"}  # the group's own case stays
    assert store.count("embeddings") == 4  # Ana's, the bot's and the fan's texts
    alerts = store.alerts_frame()
    assert sorted(zip(alerts["kind"], alerts["title"], alerts["body"])) == [
        ("coordinated", "Coordinated group of 2 accounts", "@bot_one, [erased]: Boycott Veloz now!"),
        ("key_customer", "Key customer Ana Gómez complains", ANA_OTHER),
        ("key_customer", "[erased]", "[erased]")]  # sent about Joe: kept as a count
    store.close()


def test_forget_is_idempotent_and_audited_without_naming_the_person(world):
    first = invoke(world, "forget", "--customer", "C900", "--by", "dpo@veloz", "--yes")
    assert first.exit_code == 0, first.output
    cells = sorted(text_cells(world.path))
    again = invoke(world, "forget", "--customer", "C900", "--by", "dpo@veloz", "--yes")
    assert again.exit_code == 0, again.output
    assert "nothing held" in again.output
    store = open_store(world.path)
    entries = store.audit_frame(action="forget")
    store.close()
    assert len(entries) == 2
    assert set(entries["target"]) == {subject_ref("customer:C900")}
    assert set(entries["actor"]) == {"dpo@veloz"}
    removed = json.loads(entries.iloc[-1]["detail"])["removed"]
    assert removed["mentions (anonymised)"] == 4 and removed["customers"] == 1
    # the second run changed nothing but adding its own audit entry
    after = sorted(c for c in text_cells(world.path) if c[0] != "audit_log")
    assert after == sorted(c for c in cells if c[0] != "audit_log")
    # earlier entries about Joe (his link, label, steps, status, owner, notes) point to the hash
    store = open_store(world.path)
    audit = store.audit_frame()
    store.close()
    about_joe = audit[audit["target"] == subject_ref("customer:C900")]
    assert {"link", "label", "step", "case_status", "case_owner", "case_note", "forget"} <= set(about_joe["action"])


def test_forget_is_one_transaction(world, monkeypatch):
    """A failure at the last step (blanking texts) leaves everything as it was."""
    from monitor.store.privacy import Privacy

    cells = sorted(text_cells(world.path))
    calls = {"n": 0}
    real = Privacy._blank

    def failing(self, table, column, redact):
        calls["n"] += 1
        if calls["n"] == 5:
            raise RuntimeError("disk gone")
        return real(self, table, column, redact)

    monkeypatch.setattr(Privacy, "_blank", failing)
    result = invoke(world, "forget", "--customer", "C900", "--yes")
    assert result.exit_code != 0 and isinstance(result.exception, RuntimeError)
    assert sorted(text_cells(world.path)) == cells


def test_forget_an_account_by_handle_keeps_the_customer_and_says_so(world):
    result = invoke(world, "forget", "--handle", "@JOE_K", "--yes")
    assert result.exit_code == 0, result.output
    assert "linked to customer C900" in result.output and "--customer C900" in result.output
    assert "mentions (anonymised): 3" in result.output
    store = open_store(world.path)
    assert not store.author_known("bluesky:bsky-joe-77")
    assert store.author_known("x:jk-1999")
    assert store.customer_known("C900")
    # the customer's remaining account is assessed again, so its verdict drops the erased posts
    assert list(store.unassessed()["id"]) == ["x:jx1"]
    store.close()
    assert not found(world.path, ("did:plc:joe77", "bsky-joe-77", "JOE-SECRET-1", "JOE-SECRET-3"))


def test_a_handle_on_two_networks_is_refused(world):
    store = open_store(world.path)
    from monitor.mention import Mention

    store.save_page([Mention(source="x", native_id="z1", author_id="other-joe", author_handle="@joe_k",
                             text="hi Veloz", created_at=world.now - timedelta(days=1))])
    store.close()
    result = invoke(world, "forget", "--handle", "joe_k", "--yes")
    assert result.exit_code == 1
    assert "held by 2 accounts" in result.output and "--author" in result.output
    assert invoke(world, "forget", "--author", "x:other-joe", "--customer", "C900", "--yes").exit_code == 1


def test_forget_asks_before_erasing(world):
    result = invoke(world, "forget", "--customer", "C900", input="n\n")
    assert result.exit_code == 1 and "Aborted" in result.output
    assert found(world.path, ("Joe Kowalski",))


def test_export_holds_everything_about_the_person_as_strict_json(world, tmp_path):
    out = tmp_path / "out" / "subject.json"
    result = invoke(world, "export-subject", "--customer", "C900", "--out", str(out), "--by", "dpo@veloz")
    assert result.exit_code == 0, result.output
    assert "mentions: 4" in result.output
    assert oct(out.stat().st_mode & 0o777) == "0o600"

    def refuse(value):
        raise ValueError(f"not strict JSON: {value}")

    data = json.loads(out.read_bytes().decode("utf-8"), parse_constant=refuse)
    assert data["customer"]["name"] == "Joe Kowalski"
    assert data["customer"]["handles_json"] == {"bluesky": "@joe_k"}
    assert {a["handle"] for a in data["accounts"]} == {"@joe_k", "@joekowalski"}
    assert sorted(m["text"] for m in data["mentions"]) == sorted([*JOE_TEXTS, JOE_X_TEXT])
    assert all(isinstance(m["raw_json"], dict) for m in data["mentions"])
    assert [v["verdict"] for v in data["verdicts"]] == ["recurring_complaint"]
    assert data["verdicts"][0]["evidence_json"] == ["bluesky:jb0", "bluesky:jb1", "x:jx1"]
    notes = [e["detail"] for e in data["case_events"] if e["kind"] == "note"]
    assert notes == ["Called Joe Kowalski on +55 11 99999-0000, refund agreed"]
    assert {(link["author_key"], link["status"]) for link in data["links"]} == {
        ("bluesky:bsky-joe-77", "confirmed"), ("x:jk-1999", "auto")}
    assert [label["label"] for label in data["labels"]] == ["founded_complaint"]
    assert [s["step_id"] for s in data["case_steps"]] == ["recovery:listen"]
    assert data["case_state"][0]["status"] == "in_progress"
    assert {a["kind"] for a in data["alerts"]} == {"key_customer", "returning"}
    assert [g["group_id"] for g in data["coordinated_groups"]] == ["g1"]
    assert len(data["quarantine"]) == 1 and "JOE-SECRET-Q" in data["quarantine"][0]["raw"]
    assert data["embeddings_cached"] == 4
    assert {"link", "label", "step", "case_status", "case_owner", "case_note"} <= {e["action"] for e in data["audit"]}
    assert "Ana" not in json.dumps(data, ensure_ascii=False)  # nobody else's data

    store = open_store(world.path)
    entry = store.audit_frame(action="export").iloc[0]
    store.close()
    assert entry["actor"] == "dpo@veloz" and entry["target"] == subject_ref("customer:C900")
    assert "subject.json" not in entry["detail"] and "Joe" not in entry["detail"]


def test_erased_rows_are_never_scored_or_assessed_again(world):
    invoke(world, "forget", "--customer", "C900", "--yes")
    store = open_store(world.path)
    cleared = store.clear_scores()  # a model switch re-scores everyone else
    assert cleared == store.count("mentions") - 4
    assert store.unscored_count() == cleared
    assert "" not in set(store.unscored(100)["text"])
    assert store.unassessed().empty
    erased = store.db.execute("SELECT COUNT(*) FROM mentions WHERE author_key IS NULL"
                              " AND scored_at IS NOT NULL AND id LIKE 'erased:%'").fetchone()[0]
    store.close()
    assert erased == 4


def test_the_redactor_blanks_whole_identifiers_only():
    from monitor.privacy import TextRedactor

    redact = TextRedactor({"handles": ["@joe_k", "ana"], "names": ["Joe Kowalski", "Joe"],
                           "keys": ["x:jk-1999"], "ids": ["1234"], "contacts": ["joe.k@example.org"],
                           "texts": ["Veloz charged me twice for order 7781, again and again"]})
    assert redact("@JOE_K and joe_k, not @joe_kim nor joe_kowalski") == (
        "[erased] and [erased], not @joe_kim nor joe_kowalski")
    assert redact("ask @ana, Ana or banana") == "ask [erased], Ana or banana"  # short: only with '@'
    assert redact("Joe  Kowalski wrote; Joe alone is anyone") == "[erased] wrote; Joe alone is anyone"
    assert redact("key x:jk-1999: mail joe.k@example.org. id 1234") == "key [erased]: mail [erased]. id 1234"
    assert redact("quote: Veloz charged me twice for order 77…\nlink") == "quote: [erased]\nlink"
    assert redact("whole: Veloz charged me twice for order 7781, again and again!") == "whole: [erased]!"
    assert redact("Veloz charged me too") == "Veloz charged me too"
