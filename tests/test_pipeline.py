"""End to end on the bundled demo with the shipped model: load, classify, link, detect, playbook,
score files, and the live demo process dripping new mentions in."""

from __future__ import annotations

import csv
import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from monitor import cases, demo, pipeline
from monitor.cli import cli
from monitor.config import load_config
from monitor.mention import utcnow
from monitor.store import open_store
from tests.test_run_resilience import count, wait_for
from tests.conftest import store_at

ROOT = Path(__file__).resolve().parent.parent
DEMO = ROOT / "data" / "demo"


def truth(persona_filter: set[str]) -> set[str]:
    with (DEMO / "truth.csv").open(encoding="utf-8") as handle:
        return {f"{r['source']}:{r['author_id']}" for r in csv.DictReader(handle) if r["persona"] in persona_filter}


@pytest.fixture(scope="module")
def loaded_demo(tmp_path_factory):
    db = tmp_path_factory.mktemp("demo") / "demo.db"
    config = demo.demo_config(load_config(ROOT / "absent.toml", env={"MONITOR_DB": str(db)}))
    store = open_store(db)
    summary = demo.load_demo(store, config)
    yield store, config, summary
    store.close()


def test_demo_loads_classifies_links_and_detects(loaded_demo):
    store, _, summary = loaded_demo
    assert "460 customers" in summary
    assert store.count() >= 1500
    assert store.unscored(1).empty
    categories = dict(store.db.execute("SELECT category, COUNT(*) FROM mentions GROUP BY 1").fetchall())
    assert set(categories) == {"founded_complaint", "disrespectful", "other"}
    assert categories["other"] > categories["founded_complaint"] > 0
    links = store.links_frame()
    assert (links["status"] == "auto").sum() >= 100


def test_campaign_verdicts_are_precise_and_never_hit_founded_complainers(loaded_demo):
    store, _, _ = loaded_demo
    verdicts = store.verdicts_frame()
    authors = verdicts[verdicts["subject_type"] == "author"]
    called = set(authors.loc[authors["verdict"] == "campaign", "subject_key"])
    attackers = truth({"campaign", "coordinated"})
    assert called, "no campaign found on the demo"
    assert len(called & attackers) / len(called) >= 0.9
    assert not called & truth({"recurring_complaint", "one_off_complaint"})


def test_verdict_changes_are_recorded_and_listed_by_the_cli(loaded_demo):
    store, config, _ = loaded_demo
    history = store.verdict_history()
    assert {"campaign", "one_off_complaint"} <= set(history["verdict"])
    result = CliRunner().invoke(cli, ["--db", str(store.path), "authors", "--verdict", "campaign",
                                      "--format", "json"], obj={})
    rows = json.loads(result.output)
    assert rows and all(r["verdict"] == "campaign" for r in rows)
    courses = {r["subject_key"]: r["course"] for r in rows}
    assert courses["customer:C590300"] == "graceful_separation"  # owes 143 days, abused staff
    assert set(courses.values()) <= {"graceful_separation", "keep_on_our_terms",
                                     "polite_reply_then_disengage", "escalate_legal"}
    assert {"figure_mentions", "figure_distinct_days", "figure_disrespect_share"} <= set(rows[0])
    assert all(r["display_name"] and not r["display_name"].startswith(("x:", "customer:")) for r in rows)


def test_case_for_a_campaign_gives_a_course_with_drafts_in_three_languages(loaded_demo):
    store, config, _ = loaded_demo
    campaigns = store.verdicts_frame("campaign")
    case = cases.open_case(store, campaigns.iloc[0]["subject_key"], utcnow(), config.playbook).as_dict()
    assert case["course"] in {"graceful_separation", "keep_on_our_terms", "polite_reply_then_disengage",
                              "escalate_legal"}
    assert set(case["drafts"]) == {"pt", "es", "en"}
    assert case["reasons"] and case["checklist"]


def test_incremental_detection_touches_only_new_authors(loaded_demo):
    store, config, _ = loaded_demo
    assert pipeline.detect(store, config) == "detect: nothing new"


def test_score_cli_on_ten_thousand_rows(tmp_path):
    texts = [json.loads(line)["text"] for line in (DEMO / "mentions.jsonl").open(encoding="utf-8")]
    source = tmp_path / "posts.csv"
    with source.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["post_id", "text"])
        for i in range(10_000):
            writer.writerow([i, f"{texts[i % len(texts)]} #{i}"])
    output = tmp_path / "scored.csv"
    result = CliRunner().invoke(cli, ["score", str(source), "-o", str(output)], obj={})
    assert result.exit_code == 0, result.output
    assert "scored 10000 rows" in result.output and "rows/s" in result.output
    with output.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 10_000
    assert set(rows[0]) == {"post_id", "text", "category", "p_complaint", "p_disrespectful", "founded"}
    assert {r["category"] for r in rows} <= {"founded_complaint", "disrespectful", "other"}


def test_score_cli_rejects_a_file_without_text(tmp_path):
    source = tmp_path / "bad.csv"
    source.write_text("post,body\n1,hello\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["score", str(source), "-o", str(tmp_path / "o.csv")], obj={})
    assert result.exit_code == 1
    assert "bad.csv, field 'text': missing column" in result.output


def test_live_demo_drips_new_mentions_in(tmp_path):
    db = store_at("live")
    env = {**os.environ, "MONITOR_DB": str(db), "MONITOR_DEMO_INTERVAL_S": "1",
           "MONITOR_DEMO_PER_DAY": "86400",
           "MONITOR_CONFIG": str(tmp_path / "none.toml")}
    process = subprocess.Popen([sys.executable, "-m", "monitor", "demo", "--no-board"], env=env,
                               cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    scored = "SELECT COUNT(*) FROM mentions WHERE scored_at IS NOT NULL"
    replayed = "SELECT COUNT(*) FROM job_runs WHERE job = 'collect:replay' AND status = 'ok'"
    try:
        assert wait_for(lambda: count(db, replayed)[0] > 0, 240), "the replay source never ran"
        first = count(db, scored)[0]
        assert wait_for(lambda: count(db, scored)[0] >= first + 50, 120)
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(30)
        except subprocess.TimeoutExpired:
            process.kill()


def test_score_cli_names_the_line_of_bad_input(tmp_path):
    latin = tmp_path / "latin.csv"
    latin.write_bytes("text\nok\n".encode() + "não\n".encode("latin-1"))
    broken = tmp_path / "broken.jsonl"
    broken.write_text('{"text": "ok"}\n{"text": \n', encoding="utf-8")
    for source, expected in ((latin, "latin.csv, row 3: not UTF-8"), (broken, "broken.jsonl, row 2: not valid JSON")):
        result = CliRunner().invoke(cli, ["score", str(source), "-o", str(tmp_path / "o.csv")], obj={})
        assert result.exit_code == 1 and expected in result.output, result.output
