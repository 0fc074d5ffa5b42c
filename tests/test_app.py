"""The Streamlit board, run for real with AppTest against a seeded SQLite file.

The database is filled only through the Store's public write methods, as the collectors,
classifier and detector would fill it.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from monitor.mention import Mention, iso, utcnow
from monitor.store import SaveResult, open_store
from tests.stores import store_at

APP = str(Path(__file__).resolve().parent.parent / "app.py")
SCRIPT_TEXT = "<script>alert(1)</script> Veloz rouba todo mundo"
BOLD_TEXT = "**bold** Veloz é uma fraude, seus ladrões"


@dataclass(frozen=True)
class Seeded:
    path: Path
    now: datetime
    mentions_today: int
    mentions_7d: int
    disrespectful_7d: int
    scored_7d: int


def _mention(source: str, native_id: str, author: str, text: str, at: datetime, lang: str,
             **extra) -> Mention:
    return Mention(source=source, native_id=native_id, author_id=author,
                   author_handle=f"@{author}", author_name=author.replace("_", " ").title(),
                   text=text, created_at=at, lang=lang,
                   url=f"https://social.example/{source}/{native_id}", brand="Veloz", **extra)


def figures(**values) -> dict:
    """A verdict's figures as the detector records them: every key, zero unless given."""
    base = {"mentions": 0, "distinct_days": 0, "complaints": 0, "attacks": 0, "attack_days": 0,
            "disrespectful": 0, "disrespect_share": 0.0, "founded_complaints": 0, "founded_days": 0,
            "founded_share": 0.0, "unfounded_share": 0.0, "repetition": 0.0, "burst_max_per_day": 0,
            "burst_date": None, "escalation": 0.0, "amplification": 0, "first_seen": None,
            "last_seen": None, "last_attack_at": None, "platforms": [], "accounts": 1,
            "window_days": 56}
    return {**base, **values}


def seed_board_db(path: Path, now: datetime | None = None) -> Seeded:
    """A small but complete world: a campaign, founded complaints, a coordinated group, links."""
    now = now or utcnow()
    today = now.replace(hour=0, minute=0, second=0, microsecond=0)
    store = open_store(path)
    rows = []  # (mention, category, p_complaint, p_disrespectful, p_founded, founded)

    def add(m: Mention, category: str, pc: float, pd_: float, pf: float) -> None:
        rows.append((m, category, pc, pd_, pf, pf >= 0.5))

    troll = [SCRIPT_TEXT, BOLD_TEXT, "Veloz é lixo, bando de incompetentes",
             "De novo a Veloz, empresa podre", "Veloz: golpistas!!!", "Ninguém aguenta essa Veloz de m..."]
    for i, text in enumerate(troll):
        add(_mention("x", f"t{i}", "troll_br", text, today - timedelta(days=i, hours=-1), "pt"),
            "disrespectful", 0.9, 0.92, 0.05)
    add(_mention("mastodon", "a1", "ana_gomez",
                 "Pedí un reembolso a Veloz hace 20 días (pedido 4471) y sigue sin llegar.",
                 today + timedelta(minutes=2), "es"), "founded_complaint", 0.95, 0.05, 0.9)
    for i in range(3):
        add(_mention("bluesky", f"j{i}", "joe_k",
                     f"Veloz card charged me twice again (statement line {i + 1}), support ticket 88{i}.",
                     today - timedelta(days=2 * i + 1), "en"), "founded_complaint", 0.9, 0.1, 0.85)
    for i, bot in enumerate(["bot_one", "bot_two", "bot_three"]):
        add(_mention("x", f"b{i}", bot, "Boicote a Veloz! Compartilhe #forainveloz",
                     today - timedelta(days=1) + timedelta(minutes=3 * i), "pt"),
            "disrespectful", 0.7, 0.6, 0.1)
    add(_mention("mastodon", "f1", "fan_ze", "Adorei o atendimento da Veloz hoje, resolveram rápido!",
                 today + timedelta(minutes=1), "pt"), "other", 0.02, 0.01, 0.0)
    add(_mention("x", "old1", "joe_k", "Veloz app down?", today - timedelta(days=20), "en"),
        "other", 0.3, 0.0, 0.2)

    run = store.start_job("collect:x")
    store.finish_job(run, "ok", store.save_page([r[0] for r in rows], "x", "cursor-1"))
    store.save_page([], "x", "cursor-1", quarantined=[{"source": "x", "native_id": "bad1",
                                                       "error": "missing author", "raw": "{}"}])
    scores = pd.DataFrame([{"id": m.id, "category": c, "p_complaint": pc, "p_disrespectful": pdd,
                            "p_founded": pf, "founded": f} for m, c, pc, pdd, pf, f in rows])
    store.save_scores(scores, "test-model")
    for _ in range(2):
        failed = store.start_job("collect:mastodon")
        store.finish_job(failed, "failed", SaveResult(), error="HTTPError: 503 from instance")

    def verdict(key: str, kind: str, verdict: str, score: float, evidence: list[str],
                figures: dict, reasons: list[str]) -> dict:
        return {"subject_key": key, "subject_type": kind, "verdict": verdict, "score": score,
                "figures_json": json.dumps(figures), "evidence_json": json.dumps(evidence),
                "reasons_json": json.dumps(reasons)}

    store.save_verdicts([verdict("x:troll_br", "author", "watch", 0.6, ["x:t1"],
                                figures(mentions=2, distinct_days=2, complaints=2, attacks=2,
                                        attack_days=2, disrespectful=2, disrespect_share=1.0,
                                        unfounded_share=1.0, platforms=["x"]), [])],
                        iso(now - timedelta(days=3)))
    store.save_verdicts([
        verdict("x:troll_br", "author", "campaign", 0.93, [f"x:t{i}" for i in range(6)],
                figures(mentions=6, distinct_days=6, complaints=6, attacks=6, attack_days=6,
                        disrespectful=6, disrespect_share=0.92, unfounded_share=1.0,
                        repetition=0.3, platforms=["x"], first_seen=iso(today - timedelta(days=5)),
                        last_seen=iso(today)),
                ["6 mentions on 6 different days", "92% of them disrespectful",
                 "none of them cites a verifiable fact"]),
        verdict("mastodon:ana_gomez", "author", "one_off_complaint", 0.4, ["mastodon:a1"],
                figures(mentions=1, distinct_days=1, complaints=1, founded_complaints=1,
                        founded_days=1, founded_share=1.0, platforms=["mastodon"],
                        first_seen=iso(today), last_seen=iso(today)),
                ["one founded complaint (refund not received)"]),
        verdict("bluesky:joe_k", "author", "recurring_complaint", 0.55,
                [f"bluesky:j{i}" for i in range(3)],
                figures(mentions=3, distinct_days=3, complaints=3, founded_complaints=3,
                        founded_days=3, founded_share=1.0, platforms=["bluesky"],
                        first_seen=iso(today - timedelta(days=5)), last_seen=iso(today)),
                ["3 founded complaints about double charges"]),
        verdict("x:bot_one", "author", "watch", 0.5, ["x:b0"],
                figures(mentions=1, distinct_days=1, complaints=1, attacks=1, attack_days=1,
                        disrespectful=1, disrespect_share=1.0, unfounded_share=1.0,
                        platforms=["x"]), ["member of a coordinated group"]),
    ], iso(now - timedelta(days=1)))
    store.save_groups([{
        "group_id": "g1", "members_json": json.dumps(["x:bot_one", "x:bot_three", "x:bot_two"]),
        "mention_ids_json": json.dumps(["x:b0", "x:b1", "x:b2"]),
        "first_at": iso(today - timedelta(days=1)), "last_at": iso(today - timedelta(days=1, minutes=-6)),
        "occurrences": 3, "sample_text": "Boicote a Veloz! Compartilhe #forainveloz",
    }])
    store.upsert_customers([
        {"customer_id": "C001", "name": "Ana Gómez", "email": "ana@example.com", "phone": "",
         "handles_json": "{}", "customer_since": "2019-03-01", "plan": "gold",
         "monthly_value": 320.0, "overdue_balance": 0.0, "days_overdue": 0, "flags": ""},
        {"customer_id": "C002", "name": "Troll Brasil Ltda", "email": "", "phone": "",
         "handles_json": "{}", "customer_since": "2025-01-10", "plan": "basic",
         "monthly_value": 20.0, "overdue_balance": 180.0, "days_overdue": 95, "flags": "abusive_to_staff"},
    ])
    store.save_link_proposals([
        {"author_key": "mastodon:ana_gomez", "customer_id": "C001", "method": "fuzzy_name",
         "confidence": 0.88, "status": "proposed"},
        {"author_key": "x:troll_br", "customer_id": "C002", "method": "handle",
         "confidence": 1.0, "status": "auto"},
    ])
    store.enqueue_alert("campaign:x:troll_br:1", "campaign", "x:troll_br",
                        "New campaign: x:troll_br", "6 mentions on 6 days")
    store.close()

    week_start = today - timedelta(days=6)
    recent = [r for r in rows if r[0].created_at >= week_start]
    return Seeded(
        path=path, now=now,
        mentions_today=sum(r[0].created_at >= today for r in rows),
        mentions_7d=len(recent),
        disrespectful_7d=sum(r[3] >= 0.5 for r in recent),
        scored_7d=len(recent),
    )


@pytest.fixture
def seeded(tmp_path, monkeypatch) -> Seeded:
    info = seed_board_db(store_at("board"))
    monkeypatch.setenv("MONITOR_DB", str(info.path))
    monkeypatch.setenv("MONITOR_CONFIG", str(tmp_path / "absent.toml"))
    return info


SECTIONS = ("Overview", "Complaints to recover", "Campaigns", "Coordinated groups",
            "Customers & links", "Authors", "Label corrections", "Sources health")


def run_app(section: str | None = None) -> AppTest:
    """The board as a person opens it, on `section` (only the open tab runs)."""
    at = AppTest.from_file(APP, default_timeout=60)
    if section:
        at.session_state["section"] = section
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def open_section(at: AppTest, section: str) -> AppTest:
    at.session_state["section"] = section
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def metrics(at: AppTest) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}


def markdown_rendered(at: AppTest) -> list[str]:
    """Every string the page renders as markdown: markdown, headings, notices, labels."""
    texts = []
    for kind in ("markdown", "caption", "title", "header", "subheader", "info", "warning",
                 "error", "success", "latex"):
        texts += [str(e.value) for e in getattr(at, kind)]
    for kind in ("selectbox", "multiselect", "text_input", "checkbox", "toggle", "button"):
        texts += [str(w.label) for w in getattr(at, kind)]
    texts += [m.label for m in at.metric] + [t.label for t in at.tabs]
    texts += [e.label for e in at.expander]
    return texts


def plain_rendered(at: AppTest) -> str:
    """Everything shown as plain text: tables, text and code blocks, selectbox options."""
    parts = [df.value.to_csv() for df in at.dataframe]
    parts += [str(t.value) for t in at.text] + [str(c.value) for c in at.code]
    for box in at.selectbox:
        parts += [str(o) for o in box.options]
    return "\n".join(parts)


def test_empty_database_shows_zeroes_and_empty_states(tmp_path, monkeypatch):
    monkeypatch.setenv("MONITOR_DB", str(tmp_path / "new" / "empty.db"))
    monkeypatch.setenv("MONITOR_CONFIG", str(tmp_path / "absent.toml"))
    at = run_app()
    assert metrics(at) == {
        "Mentions today": "0", "Last 7 days": "0", "Disrespectful": "–",
        "To recover": "0", "Campaigns": "0", "Groups": "0",
        "Failing sources": "0"}
    notices = [i.value for section in SECTIONS for i in open_section(at, section).info]
    for expected in ("No founded complaints to recover right now.", "No campaigns or authors on watch.",
                     "No coordinated groups detected.", "No authors yet.", "No unlabelled mentions to correct.",
                     "No alerts queued."):
        assert expected in notices


def test_kpis_show_the_seeded_numbers(seeded):
    at = run_app()
    shown = metrics(at)
    share = seeded.disrespectful_7d / seeded.scored_7d
    assert shown["Mentions today"] == str(seeded.mentions_today) == "3"
    assert shown["Last 7 days"] == str(seeded.mentions_7d) == "14"
    assert shown["Disrespectful"] == f"{share:.0%}" == "64%"
    assert shown["To recover"] == "2"
    assert shown["Campaigns"] == "1"
    assert shown["Groups"] == "1"
    assert shown["Failing sources"] == "1"
    assert [m.delta for m in at.metric if m.label == "Campaigns"] == ["1 on watch"]


def test_untrusted_text_is_shown_as_plain_text_only(seeded):
    at = run_app()
    rendered, plain = [], []
    for section in SECTIONS:  # every tab, as a person clicks through them
        open_section(at, section)
        rendered += markdown_rendered(at)
        plain.append(plain_rendered(at))
        assert not at.get("html")
    rendered = "\n".join(rendered)
    for needle in ("<script>", "alert(1)", "**bold**", "fraude", "@troll_br", "Troll Br"):
        assert needle not in rendered, needle
    plain = "\n".join(plain)
    assert SCRIPT_TEXT in plain and BOLD_TEXT in plain


def test_campaign_case_shows_reasons_figures_and_history(seeded):
    at = run_app("Campaigns")
    assert at.selectbox(key="cpg_case").value == "x:troll_br"
    plain = plain_rendered(at)
    assert "• 6 mentions on 6 different days" in plain
    assert "92%" in plain  # disrespect share in the figures table
    histories = [df.value for df in at.dataframe
                 if list(df.value.columns) == ["changed_at", "previous", "verdict", "score"]]
    assert [list(h["verdict"]) for h in histories][:1] == [
        ["Watch (may become a campaign)", "Campaign (war on the company)"]]
    evidence = [df.value for df in at.dataframe if "text" in df.value.columns
                and set(df.value["handle"]) == {"@troll_br"} and len(df.value) == 6]
    assert evidence and SCRIPT_TEXT in set(evidence[0]["text"])


def test_label_correction_writes_a_label_row(seeded):
    at = run_app("Label corrections")
    at.text_input(key="user_name").input("Maria")
    at.selectbox(key="lb_pick").set_value("x:t1")
    at.run()
    at.selectbox(key="lb_label_x:t1").set_value("other")
    at.button(key="lb_save").click()
    at.run()
    assert not at.exception
    store = open_store(seeded.path)
    labels = store.labels_frame()
    store.close()
    rows = labels[["mention_id", "label", "labelled_by", "text"]].itertuples(index=False, name=None)
    assert list(rows) == [
        ("x:t1", "other", "Maria", BOLD_TEXT)]
    assert "Label saved; it will be used at the next retraining." in [s.value for s in at.success]


def test_label_tab_offers_the_least_sure_mentions_first(seeded):
    store = open_store(seeded.path)
    mentions = store.mentions_frame(scored_only=True)
    store.close()
    sureness = pd.concat([(mentions["p_disrespectful"] - 0.5).abs(),
                          (mentions["p_founded"] - 0.5).abs()], axis=1).min(axis=1)
    least_sure = mentions.loc[sureness.idxmin(), "id"]
    at = run_app("Label corrections")
    options = at.selectbox(key="lb_pick").options
    assert at.selectbox(key="lb_pick").value == least_sure
    assert options[0].startswith(f"sureness {sureness.min():.2f}")
    assert len(options) == len(mentions)


def test_analyst_trains_a_candidate_then_makes_it_current(seeded, tmp_path, monkeypatch):
    import shutil

    from monitor import model_registry
    from tests.conftest import make_shared_folder

    root = Path(APP).parent
    models = tmp_path / "models"
    current = model_registry.current_version(root / "models")
    shutil.copytree(root / "models" / current, models / current)
    model_registry.use_version(models, current)
    monkeypatch.setenv("MONITOR_MODEL_DIR", str(models))
    monkeypatch.setenv("MONITOR_MODEL_SHARED_DATASETS", str(make_shared_folder(tmp_path / "shared")))
    at = run_app("Label corrections")
    at.button(key="lb_train").click()
    at.run(timeout=600)
    assert not at.exception, [e.value for e in at.exception]
    frames = [d.value for d in at.dataframe]
    real = next(f for f in frames if "complaint F1 now" in f.columns)
    assert list(real["language"]) == ["Portuguese", "Spanish", "English", "all"]
    assert {"complaint F1", "complaint F1 now", "disrespect F1", "false alarms"} <= set(real.columns)
    assert real["complaint F1 now"].notna().all()  # the model in use, measured on the same posts
    assert model_registry.current_version(models) == current  # nothing changes before a person says so
    candidate = next(v for v in model_registry.list_versions(models) if v != current)
    at.button(key="lb_promote").click()
    at.run()
    assert not at.exception
    assert model_registry.current_version(models) == candidate
    assert any(candidate in s.value and "re-scored" in s.value for s in at.success)


def test_confirming_a_proposed_link(seeded):
    at = run_app("Customers & links")
    assert at.selectbox(key="lnk_pick").value == "mastodon:ana_gomez"  # least confident first
    at.button(key="lnk_confirm").click()
    at.run()
    assert not at.exception
    store = open_store(seeded.path)
    links = store.links_frame().set_index("author_key")
    merged = store.case_events("customer:C001")
    store.close()
    assert links.loc["mastodon:ana_gomez", ["customer_id", "status", "method"]].tolist() == [
        "C001", "confirmed", "manual"]
    # the account's case is merged into the customer's (one person, one case)
    assert ("merged", "mastodon:ana_gomez") in set(zip(merged["kind"], merged["detail"]))
    assert links.loc["x:troll_br", "status"] == "auto"  # untouched
    assert at.selectbox(key="lnk_pick").value == "x:troll_br"


def test_checklist_step_toggle_persists(seeded):
    at = run_app("Complaints to recover")
    steps = [c for c in at.checkbox if str(c.key).startswith("cmp_step_bluesky:joe_k_")]
    assert steps, "the recovery case shows its checklist"
    first = steps[0]
    step_id = first.key.removeprefix("cmp_step_bluesky:joe_k_")
    first.check()
    at.run()
    assert not at.exception
    store = open_store(seeded.path)
    assert step_id in store.done_steps("bluesky:joe_k")
    store.close()
    again = run_app("Complaints to recover")  # a new session reads the step back from the database
    assert again.checkbox(key=first.key).value is True
    again.checkbox(key=first.key).uncheck()
    again.run()
    store = open_store(seeded.path)
    assert step_id not in store.done_steps("bluesky:joe_k")
    store.close()


def test_new_mentions_appear_after_the_refresh_interval(seeded, monkeypatch):
    monkeypatch.setenv("MONITOR_BOARD_REFRESH_S", "2")
    at = run_app()
    assert metrics(at)["Mentions today"] == "3"
    store = open_store(seeded.path)
    store.save_page([_mention("x", "live1", "newcomer", "Veloz entrega atrasada hoje",
                              seeded.now.replace(hour=0, minute=0, second=30), "pt")])
    store.close()
    time.sleep(2.5)
    at.run()
    assert metrics(at)["Mentions today"] == "4"


def test_linking_an_author_by_hand(seeded):
    at = run_app("Customers & links")
    at.text_input(key="lnk_find").input("fan")
    at.run()
    at.selectbox(key="lnk_author").set_value("mastodon:fan_ze")
    at.selectbox(key="lnk_customer").set_value("C002")
    at.run()  # choosing both enables the button
    at.button(key="lnk_manual").click()
    at.run()
    assert not at.exception
    store = open_store(seeded.path)
    links = store.links_frame().set_index("author_key")
    store.close()
    assert links.loc["mastodon:fan_ze", ["customer_id", "status"]].tolist() == ["C002", "manual"]


def test_overview_filters_the_latest_mentions(seeded):
    at = run_app()
    at.text_input(key="ov_contains").input("reembolso")
    at.run()
    latest = at.dataframe[0].value
    assert list(latest["handle"]) == ["@ana_gomez"]
    at.text_input(key="ov_contains").input("")
    at.checkbox(key="ov_founded").check()
    at.run()
    assert sorted(at.dataframe[0].value["handle"]) == ["@ana_gomez", "@joe_k", "@joe_k", "@joe_k"]


def test_playbook_course_with_drafts_in_the_authors_language_first(seeded):
    at = run_app()
    texts, codes, rendered = [], [], []
    for section in ("Complaints to recover", "Campaigns", "Coordinated groups"):
        open_section(at, section)
        texts += [t.value for t in at.text]
        codes += [c.value for c in at.code]
        rendered += markdown_rendered(at)
    assert "Course: Recover the customer\nPriority: 1 – act today" in texts  # joe: recurring, en
    assert any(t.startswith("Course: Part ways gracefully") for t in texts)  # troll: campaign, pt
    languages = [t for t in texts if t in ("Portuguese", "Spanish", "English")]
    # complaint (en author), campaign (pt author), then the coordinated group's statement
    assert languages == ["English", "Portuguese", "Spanish", "Portuguese", "Spanish", "English",
                         "Portuguese", "Spanish", "English"]
    assert any("Troll Brasil Ltda" in d for d in codes)  # customer name only in plain code blocks
    assert "Troll Brasil" not in "\n".join(rendered)


def test_case_status_owner_and_note_are_kept_and_counted(seeded):
    at = run_app("Complaints to recover")
    before = int(metrics(at)["To recover"])
    key = "bluesky:joe_k"
    at.text_input(key=f"cmp_owner_{key}").input("Maria").run()
    at.text_input(key=f"cmp_note_{key}").input("Called him: refund sent <b>today</b>").run()
    at.button(key="cmp_add_note").click().run()
    at.selectbox(key=f"cmp_status_{key}").select("resolved").run()
    assert not at.exception
    assert int(metrics(at)["To recover"]) == before - 1
    store = open_store(seeded.path)
    state, events = store.case_state(key), store.case_events(key)
    store.close()
    assert (state["status"], state["owner"]) == ("resolved", "Maria")
    assert {"owner", "note", "status"} <= set(events["kind"])
    timeline = [df.value for df in at.dataframe if "detail" in df.value.columns][0]
    assert "Called him: refund sent <b>today</b>" in set(timeline["detail"])  # shown as plain text


def test_times_are_shown_in_the_team_time_zone(seeded, monkeypatch):
    monkeypatch.setenv("MONITOR_BOARD_TIME_ZONE", "America/Sao_Paulo")
    at = run_app()
    mentions = [df.value for df in at.dataframe if "created_at" in df.value.columns][0]
    assert str(mentions["created_at"].dt.tz) == "America/Sao_Paulo"
    assert any("America/Sao_Paulo" in str(t.value) for t in at.sidebar.text)


def test_a_coordinated_group_is_a_case_with_its_own_course(seeded):
    at = run_app("Coordinated groups")
    group_id = at.selectbox(key="grp_pick").value
    plain = plain_rendered(at)
    assert "Course: Answer the coordinated group once, as one" in plain
    assert any("accounts within minutes" in str(c.value) for c in at.code)  # the statement draft
    steps = [c for c in at.checkbox if str(c.key).startswith(f"grp_step_group:{group_id}_")]
    assert [s.key.rsplit("_", 1)[-1] for s in steps][:1] == ["group.document"]
    steps[0].check().run()
    at.selectbox(key=f"grp_status_group:{group_id}").select("in_progress").run()
    assert not at.exception
    store = open_store(seeded.path)
    assert "group.document" in store.done_steps(f"group:{group_id}")
    assert store.case_state(f"group:{group_id}")["status"] == "in_progress"
    store.close()


def test_sources_health_names_jobs_and_sources_in_plain_words(seeded, monkeypatch):
    monkeypatch.delenv("MONITOR_ALERT_URL", raising=False)
    at = run_app("Sources health")
    jobs = at.dataframe[0].value
    assert set(jobs["job"]) >= {"Collect: X", "Collect: Mastodon"}
    assert "HTTPError: 503 from instance" in set(jobs["error"])
    activity = at.dataframe[1].value
    assert "X" in set(activity["source"]) and "x" not in set(activity["source"])
    assert any("job(s) failed" in str(e.value) for e in at.error)


def test_the_link_in_an_alert_opens_its_case(seeded):
    """`?case=` (what alerts link to under board.public_url) opens the case's tab with it chosen."""
    def opened(case: str) -> AppTest:
        at = AppTest.from_file(APP, default_timeout=60)
        at.query_params["case"] = case
        at.run()
        assert not at.exception, [e.value for e in at.exception]
        return at

    at = opened("mastodon:ana_gomez")  # not the first complaint listed
    assert at.session_state["section"] == "Complaints to recover"
    assert at.selectbox(key="cmp_case").value == "mastodon:ana_gomez"
    at = opened("x:troll_br")
    assert at.selectbox(key="cpg_case").value == "x:troll_br"
    assert opened("group:g1").selectbox(key="grp_pick").value == "g1"
    gone = opened("x:fan_ze")  # nothing to act on
    assert any("nothing to act on any more" in str(w.value) for w in gone.warning)


def test_the_no_channel_notice_counts_every_waiting_alert(seeded, monkeypatch):
    """The outbox table lists the latest 200; the notice and the headline card count them all."""
    monkeypatch.delenv("MONITOR_ALERT_URL", raising=False)
    store = open_store(seeded.path)
    for n in range(205):
        store.enqueue_alert(f"t{n}", "threat", f"x:a{n}", f"Threat {n}", "text")
    pending = store.alert_counts()["pending"]
    store.close()
    at = run_app("Sources health")
    assert pending >= 205
    assert any(f"so {pending} alerts are waiting" in str(w.value) for w in at.warning)
