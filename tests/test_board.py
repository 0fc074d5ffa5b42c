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
    rows = dict(board.author_detail(store, "x:bob", "America/Sao_Paulo")["profile_rows"].values)
    assert rows["Handle"] == "@bob" and rows["Network"] == "X" and rows["Verdict"] == "Not assessed"
    assert rows["First seen"] == "2026-11-02 09:01"  # 12:01 UTC, in São Paulo
    assert not any("x:bob" in str(v) or "_" in k for k, v in rows.items())  # no keys, no field codes
    assert board.author_detail(store, "x:nobody") is None
    assert set(board.links(store)) == {"review", "all", "customers"}
    assert not board.author_search(store, "bob").empty
    choices, labels = board.labels(store)
    assert {"founded_complaint", "disrespectful", "other"} <= set(choices) and labels.empty


def _customer_row(customer_id: str, name: str) -> dict:
    return {"customer_id": customer_id, "name": name, "email": "", "phone": "", "handles_json": "{}",
            "customer_since": "2024-01-01", "plan": "basic", "monthly_value": 50.0,
            "overdue_balance": 0.0, "days_overdue": 0, "flags": ""}


def test_a_case_is_a_person_through_its_life(store):
    """Linked accounts merge into the customer's case (steps, status, owner and notes kept);
    status, owner and notes are recorded on the timeline; the counts count people."""
    store.save_page([make_mention(i, author="ana", lang="pt") for i in range(1, 5)])
    store.save_page([make_mention(i, source="bluesky", author="ana2", lang="pt") for i in range(5, 8)])
    _assess(store, "x:ana", "recurring_complaint")
    _assess(store, "bluesky:ana2", "one_off_complaint")
    steps = steps_for("recovery", "recurring_complaint")
    store.set_step("x:ana", steps[0], True, "maria")
    store.set_case_owner("x:ana", "Maria", "maria")
    store.add_case_note("x:ana", "Called her; refund agreed", "maria")
    assert cases.open_complaint_count(store) == 2  # two accounts, not yet known to be one person

    store.upsert_customers([_customer_row("C1", "Ana Lima")])
    store.decide_link("x:ana", "C1", "manual", "maria")
    store.save_link_proposals([{"author_key": "bluesky:ana2", "customer_id": "C1", "method": "handle",
                                "confidence": 1.0, "status": "auto"}])
    _assess(store, "customer:C1", "recurring_complaint")
    assert cases.open_complaint_count(store) == 1  # one person, one case
    assert list(board.subjects(store, board.COMPLAINT_VERDICTS)["subject_key"]) == ["customer:C1"]
    case = board.case_for(store, "customer:C1", NOW)
    assert case["owner"] == "Maria" and case["checklist"][0][2] is True  # carried over
    events = board.case_timeline(store, "customer:C1")
    assert "Called her; refund agreed" in set(events["detail"])
    assert (events["what"] == "Account merged into this case").sum() == 2
    queued = store.db.execute("SELECT COUNT(*) FROM mentions WHERE assessed = 0").fetchone()[0]
    assert queued == 7

    store.set_case_status("customer:C1", "in_progress", "joao")
    assert cases.open_complaint_count(store) == 1
    store.set_case_status("customer:C1", "resolved", "joao")
    assert cases.open_complaint_count(store) == 0
    assert board.kpis(store, NOW)["complaints_open"] == 0
    assert board.kpis(store, NOW)["complaint_cases"] == 1
    statuses = list(events["detail"]) + list(board.case_timeline(store, "customer:C1")["detail"])
    assert "Resolved" in statuses


def test_customers_and_links_read_in_plain_words(store):
    store.upsert_customers([{**_customer_row("C1", "Ana Lima"), "monthly_value": 4250.0,
                             "flags": "abuse_of_staff;impossible_demands"},
                            {**_customer_row("C2", "Joe Doe"), "currency": "US$"}])
    store.save_page([make_mention(1, author="ana")])
    store.save_link_proposals([{"author_key": "x:ana", "customer_id": "C1", "method": "fuzzy_name",
                                "confidence": 0.9, "status": "proposed"}])
    _assess(store, "customer:C1", "recurring_complaint")
    data = board.links(store, currency="R$")
    customers = data["customers"].set_index("customer_id")
    assert customers.loc["C1", "monthly_value"] == "R$ 4,250.00"
    assert customers.loc["C2", "monthly_value"] == "US$ 50.00"  # the CRM's own currency wins
    assert customers.loc["C1", "flags"] == "abuse of staff, impossible demands"
    assert customers.loc["C1", "verdict"] == "Recurring founded complaints"
    assert customers.loc["C2", "verdict"] == "Not assessed"
    review = data["review"].iloc[0]
    assert (review["matched_by"], review["status"]) == ("same name", "waiting for review")


def test_audit_details_name_codes_in_plain_words():
    from monitor.wording import audit_detail

    assert audit_detail('{"label": "founded_complaint", "status": "in_progress"}') == (
        "label: Founded complaint; status: In progress")
    assert audit_detail('{"link": {"to": "C1", "status": "proposed"}}') == "link: to C1, status waiting for review"
