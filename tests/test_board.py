"""The board's read API (`monitor.board`) and the cases behind it, on a real SQLite store."""

from __future__ import annotations

from datetime import datetime, timezone

from monitor import board, cases
from monitor.playbook import steps_for
from monitor.verdicts import Assessment
from tests.conftest import make_mention

NOW = datetime(2026, 11, 20, 12, tzinfo=timezone.utc)


def _assess(store, author_key: str, verdict: str) -> None:
    figures = {"mentions": 4, "distinct_days": 3, "complaints": 4, "founded_complaints": 4,
               "founded_days": 3, "disrespectful": 0, "lang": "pt"}
    row = Assessment(author_key, "author", verdict, 0.8, figures).to_row()
    store.save_verdicts([row], "2026-11-20T12:00:00Z")


def test_a_complaint_case_closes_only_when_every_recovery_step_is_ticked(store):
    store.save_page([make_mention(i, author="ana", lang="pt") for i in range(1, 5)])
    _assess(store, "x:ana", "recurring_complaint")
    assert cases.open_complaint_count(store) == 1
    assert board.kpis(store, NOW)["complaints_open"] == 1

    steps = steps_for("recovery", "recurring_complaint")
    for step in ("terms.deescalate", "terms.single_contact", *steps[:-1]):
        store.set_step("x:ana", step, True, "tester")  # other courses' steps never count
    assert cases.open_complaint_count(store) == 1
    case = board.case_for(store, "x:ana", NOW)
    assert case["available"] and case["course"] == "recovery"
    assert [done for _, _, done in case["checklist"]] == [True] * (len(steps) - 1) + [False]
    assert set(case["drafts"]) == {"pt", "es", "en"}

    store.set_step("x:ana", steps[-1], True, "tester")
    assert cases.open_complaint_count(store) == 0
    assert board.kpis(store, NOW)["complaints_open"] == 0


def test_a_subject_without_a_verdict_has_no_case(store):
    case = board.case_for(store, "x:nobody", NOW)
    assert case["available"] is False and case["checklist"] == [] and case["drafts"] == {}


def test_author_detail_links_and_labels_come_from_the_board_api(store):
    store.save_page([make_mention(i, author="bob") for i in range(1, 4)])
    detail = board.author_detail(store, "x:bob")
    assert len(detail["mentions"]) == 3 and detail["profile"]["handle"] == "@bob"
    assert board.author_detail(store, "x:nobody") is None
    assert set(board.links(store)) == {"review", "all", "customers"}
    assert not board.author_search(store, "bob").empty
    choices, labels = board.labels(store)
    assert {"founded_complaint", "disrespectful", "other"} <= set(choices) and labels.empty
