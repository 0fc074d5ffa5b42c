"""Scoring and detection killed with SIGKILL at random points, then restarted.

Scoring: a real `monitor classify` (the shipped model, offline) on a slice of the demo, killed
at seeded random moments between and inside its batches. Each batch commits on its own, so the
restart scores only what was left: every mention is scored exactly once (the mentions scored
before the last run plus the ones it reports add up to the whole), none lost, none added.

Detection: the same store, with the team's work on it (labels, link decisions, checklist steps,
notes, a case status), is copied; `monitor detect --full` runs once on the copy undisturbed (the
reference), and on the original it is killed at random moments, then run to completion. The two
must agree on every verdict, verdict change, coordinated group, alert and case event, and the
team's labels, links and steps must be exactly as they were: none lost, none doubled.
"""

from __future__ import annotations

import random
import re
import time
from pathlib import Path

import pytest

from monitor import pipeline
from monitor.config import load_config
from monitor.ingest import import_file
from monitor.store import open_store
from tests.faults import helpers
from tests.faults.helpers import assert_exactly_once, rows, scalar
from tests.conftest import store_at
from tests.stores import copy

KILLS = 3
_SCORED: dict[str, object] = {}
"""The scored store the scoring test leaves, reused by the detection test (which scores its
own when run alone)."""


def _scored_config(tmp_path):
    return helpers.write_toml(tmp_path / "monitor.toml", "[model]\nbatch_size = 24\n"
                              "[alerts]\nhistoric_hours = 100000\n")


def _import_demo_slice(tmp_path):
    db, path = store_at("m"), tmp_path / "slice.jsonl"
    ids = helpers.demo_slice(path)
    store = open_store(db)
    try:
        import_file(store, path)
    finally:
        store.close()
    return db, ids


def test_scoring_killed_at_random_points_scores_every_mention_once(tmp_path, fault_seed):
    rng = random.Random(fault_seed + 1)
    db, ids = _import_demo_slice(tmp_path)
    config = _scored_config(tmp_path)
    env = helpers.process_env(config)
    command = helpers.monitor_command(db, "classify")
    scored = "SELECT COUNT(*) FROM mentions WHERE scored_at IS NOT NULL"
    kills = 0
    for _ in range(KILLS * 3):
        if kills == KILLS:
            break
        done = scalar(db, scored)
        target = done + max(1, int(rng.uniform(0.05, 0.6) * (len(ids) - done)))
        process = helpers.start(command, env, tmp_path)
        kills += helpers.kill_when(process, lambda: scalar(db, scored) >= target, "scoring",
                                   delay_s=rng.uniform(0, 0.15))
    assert kills == KILLS, f"seed {fault_seed}: only {kills} kills landed"
    before = scalar(db, scored)
    assert 0 < before < len(ids), f"seed {fault_seed}: the kills did not land mid-scoring ({before})"
    output = helpers.finish(command, env, tmp_path)
    last = int(re.search(r"classified (\d+) mentions", output).group(1))
    assert before + last == len(ids), (
        f"seed {fault_seed}: {before} scored before the restart + {last} by it != {len(ids)}: "
        "a mention was scored twice or not at all")
    assert_exactly_once([r[0] for r in rows(db, "SELECT id FROM mentions")], ids, "mention",
                        f"seed {fault_seed}: mentions after scoring")
    assert scalar(db, "SELECT COUNT(*) FROM mentions WHERE scored_at IS NULL OR category IS NULL"
                      " OR model_version IS NULL") == 0
    _SCORED.update(db=db, ids=ids)


def _team_work(db, ids, config):
    """What analysts do on the board, through the store: CRM, labels, links, steps, notes."""
    store = open_store(db)
    try:
        pipeline.import_customers(store, load_config(config, env={}), helpers.DEMO / "crm.csv")
        mentions = sorted(ids)
        for n, mention_id in enumerate(mentions[:12]):
            store.save_label(mention_id, ("founded_complaint", "disrespectful", "other")[n % 3], f"analyst{n % 2}")
        authors = [r[0] for r in store.db.execute(
            "SELECT author_key FROM mentions GROUP BY author_key ORDER BY COUNT(*) DESC, author_key LIMIT 6")]
        customers = [r[0] for r in store.db.execute("SELECT customer_id FROM customers ORDER BY customer_id LIMIT 2")]
        store.decide_link(authors[0], customers[0], "manual", "analyst0")
        store.decide_link(authors[1], None, "rejected", "analyst1")
        for n, subject in enumerate([f"customer:{customers[0]}", authors[2], authors[3]]):
            store.set_step(subject, f"step{n}", True, "analyst0")
            store.set_step(subject, "listen", True, "analyst1")
        store.add_case_note(authors[2], "Called the customer, waiting for the invoice", "analyst1")
        store.set_case_status(authors[3], "in_progress", "analyst0")
    finally:
        store.close()


SNAPSHOT = {
    # a 'none' verdict dates from the run that found nothing; the others from their evidence
    "verdicts": "SELECT subject_key, verdict, ROUND(score, 3),"
                " CASE WHEN verdict = 'none' THEN '' ELSE verdict_since END FROM verdicts",
    "verdict changes": "SELECT subject_key, verdict, previous FROM verdict_history",
    "coordinated groups": "SELECT group_id, members_json, occurrences FROM coordinated_groups",
    "alerts": "SELECT id, kind, state, person FROM alerts",
    "case events": "SELECT subject_key, kind, detail FROM case_events",
    "case steps": "SELECT subject_key, step_id, done_by FROM case_steps",
    "case states": "SELECT subject_key, status, owner FROM case_state",
    "labels": "SELECT mention_id, label, labelled_by FROM labels",
    "links": "SELECT author_key, customer_id, method, status FROM author_links",
    "mentions left unassessed": "SELECT id FROM mentions WHERE assessed = 0",
}


def _snapshot(db) -> dict[str, list]:
    return {name: sorted(rows(db, sql), key=repr) for name, sql in SNAPSHOT.items()}


def test_detection_killed_at_random_points_agrees_with_an_undisturbed_run(tmp_path, fault_seed):
    rng = random.Random(fault_seed + 2)
    config = _scored_config(tmp_path)
    env = helpers.process_env(config)
    if isinstance(_SCORED.get("db"), Path):  # a PostgreSQL test database is dropped after its test
        db, ids = store_at("m"), _SCORED["ids"]
        copy(_SCORED["db"], db)
    else:
        db, ids = _import_demo_slice(tmp_path)
        helpers.finish(helpers.monitor_command(db, "classify"), env, tmp_path)
    _team_work(db, ids, config)
    work = _snapshot(db)
    reference = store_at("reference")
    copy(db, reference)
    started = time.monotonic()
    helpers.finish(helpers.monitor_command(reference, "detect", "--full"), env, tmp_path)
    reference_s = time.monotonic() - started

    command = helpers.monitor_command(db, "detect", "--full")
    kills = 0
    for _ in range(KILLS * 3):
        if kills == KILLS:
            break
        kills += helpers.kill_after(helpers.start(command, env, tmp_path),
                                    rng.uniform(0.45, 0.97) * reference_s, "detection")
    assert kills == KILLS, f"seed {fault_seed}: only {kills} of {KILLS * 3} kills landed"
    helpers.finish(command, env, tmp_path)

    got, want = _snapshot(db), _snapshot(reference)
    for name in SNAPSHOT:
        assert got[name] == want[name], f"seed {fault_seed}: {name} differ from the undisturbed run"
    assert want["verdicts"] and want["alerts"], "the slice gives verdicts and alerts to compare"
    # the team's work came through the kills exactly as it was
    assert_exactly_once(rows(db, SNAPSHOT["labels"]), set(work["labels"]), "label",
                        f"seed {fault_seed}: labels")
    manual = {r for r in work["links"] if r[2] == "manual"}
    assert_exactly_once([r for r in rows(db, SNAPSHOT["links"]) if r[2] == "manual"], manual, "link",
                        f"seed {fault_seed}: links decided on the board")
    assert_exactly_once(rows(db, SNAPSHOT["case steps"]), set(work["case steps"]), "case step",
                        f"seed {fault_seed}: checklist steps")
    assert scalar(db, "SELECT COUNT(*) FROM job_runs WHERE status = 'running'") == 0


@pytest.fixture(autouse=True, scope="module")
def _forget_scored():
    yield
    _SCORED.clear()
