"""A case: one person (a customer with all their linked accounts, or an account not linked yet)
or one coordinated group, with its verdict, customer record, the playbook's course, checklist
progress, status and owner.

The board, the CLI, the reports and the alerts all read cases from here. Opening one case runs
the playbook (drafts included) for that case only; counting open cases never does: whether a
complaint case is open comes from its status and its stored count of recovery steps done (a
founded complaint is always recovered). The store merges an account's case into its
customer's when they are linked.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any, Mapping

import pandas as pd

from monitor import playbook
from monitor.crm import Customer
from monitor.settings import PlaybookSettings
from monitor.texts import text
from monitor.verdicts import (CLOSED_STATUSES, COMPLAINT_VERDICTS, HOSTILE_VERDICTS, VERDICT_LABELS,
                              VERDICTS, Assessment, parse_json)

if TYPE_CHECKING:
    from monitor.store import Store

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Case:
    """What the team needs to act on one subject. `course` is None when the playbook could not
    run (the detector's reasons are still shown); `checklist` holds (step id, text, done)."""

    subject_key: str
    verdict: str
    course: str | None
    priority: int | None
    reasons: list[str]
    checklist: list[tuple[str, str, bool]] = field(default_factory=list)
    drafts: dict[str, str] = field(default_factory=dict)
    customer: dict[str, Any] | None = None
    status: str = "new"
    owner: str = ""

    @property
    def available(self) -> bool:
        return self.course is not None

    def as_dict(self) -> dict[str, Any]:
        """The form the board and the CLI print."""
        return {"course": self.course, "priority": self.priority, "reasons": self.reasons,
                "checklist": self.checklist, "drafts": self.drafts, "customer": self.customer,
                "available": self.available, "status": self.status, "owner": self.owner}


def open_case(store: "Store", subject_key: str, now: datetime,
              settings: PlaybookSettings | None = None, drafts: bool = True) -> Case | None:
    """The case of one assessed subject, drafts included unless `drafts=False`; None when it
    has no verdict.

    A playbook failure must not take the board down: the case then carries only the
    detector's reasons."""
    row = store.verdict_row(subject_key)
    if row is None:
        return None
    settings = settings or PlaybookSettings()
    state = store.case_state(subject_key)
    try:
        assessment = Assessment.from_row(row)
        customer_row = store.customer_of(subject_key)
        customer = Customer.from_row(customer_row) if customer_row else None
        evidence = store.mentions_by_ids(list(assessment.evidence))
        threat = assessment.verdict in HOSTILE_VERDICTS and playbook.has_threat_in(evidence.get("text", []))
        course = playbook.decide(assessment, customer, now=now, has_threat=threat,
                                 settings=settings, drafts=drafts)
    except Exception:  # noqa: BLE001 - shown as "playbook unavailable", logged for the team
        logger.exception("playbook failed for %s", subject_key)
        return Case(subject_key, str(row.get("verdict") or "none"), None, None,
                    [str(r) for r in parse_json(row.get("reasons_json"), [])],
                    status=state["status"], owner=state["owner"] or "")
    currency = (customer.currency if customer else "") or settings.currency
    return Case(
        subject_key, assessment.verdict, course.course, course.priority,
        [r.render("en", currency) for r in course.reasons], _checklist(store, subject_key, course),
        dict(course.drafts), vars(customer) if customer else None,
        status=state["status"], owner=state["owner"] or "",
    )


def _checklist(store: "Store", subject_key: str, course: playbook.Course) -> list[tuple[str, str, bool]]:
    """The course's steps as (step id, text, done), with what the team ticked for this case."""
    done = store.done_steps(subject_key)
    return [(step_id, text, step_id in done) for step_id, text in course.checklist_items()]


def group_case(store: "Store", group: Mapping[str, Any]) -> Case:
    """The case of a coordinated group (keyed `group:<id>`): one response for all its accounts."""
    key = f"group:{group['group_id']}"
    course = playbook.group_course(group["accounts"], group["occurrences"], group["first_at"])
    state = store.case_state(key)
    return Case(key, "coordinated", course.course, course.priority, [str(r) for r in course.reasons],
                _checklist(store, key, course), dict(course.drafts), None,
                status=state["status"], owner=state["owner"] or "")


def course_label(course: str | None) -> str:
    """The English name of a playbook course ('recovery' -> 'Recover the customer')."""
    return text("en", "courses", course) if course else "–"


def complaint_steps(verdict: str) -> int:
    """How many steps the recovery checklist of a complaint with this verdict has."""
    return len(playbook.steps_for("recovery", verdict))


def is_open_complaint(verdict: str, steps_done: int, status: str = "new") -> bool:
    """A founded-complaint case stays open until it is marked resolved or closed, or every
    recovery step is ticked."""
    return (verdict in COMPLAINT_VERDICTS and status not in CLOSED_STATUSES
            and int(steps_done or 0) < complaint_steps(verdict))


def open_complaint_count(store: "Store", verdict_counts: Mapping[str, int] | None = None) -> int:
    """People with a founded-complaint case (one-off or recurring) whose recovery is not done:
    every such person, less those whose worked-on case is closed or complete."""
    counts = store.verdict_counts() if verdict_counts is None else verdict_counts
    total = sum(counts.get(v, 0) for v in COMPLAINT_VERDICTS)
    worked = store.case_progress(COMPLAINT_VERDICTS, "recovery.")
    done = sum(not is_open_complaint(v, n, st) for v, n, st
               in zip(worked["verdict"], worked["steps_done"], worked["status"]))
    return total - done


def courses_for(store: "Store", people: pd.DataFrame, now: datetime,
                settings: PlaybookSettings | None = None) -> list[str | None]:
    """The recommended course of each person in a `subjects_frame`, in a few queries for all of
    them (customers and evidence texts read in one go); None where the playbook cannot run."""
    settings = settings or PlaybookSettings()
    customers = store.customers_by_ids([c for c in people["customer_id"] if isinstance(c, str)])
    hostile = people[people["verdict"].isin(HOSTILE_VERDICTS)]
    evidence_ids = {str(i) for ev in hostile["evidence_json"] for i in parse_json(ev, [])}
    evidence = store.mentions_by_ids(sorted(evidence_ids)) if evidence_ids else pd.DataFrame()
    texts = dict(zip(evidence["id"].astype(str), evidence["text"])) if not evidence.empty else {}
    courses: list[str | None] = []
    for row in people.to_dict(orient="records"):
        if row["verdict"] == "none":
            courses.append(None)
            continue
        try:
            assessment = Assessment.from_row(row, with_reasons=False)
            record = customers.get(row["customer_id"]) if isinstance(row["customer_id"], str) else None
            customer = Customer.from_row(record) if record else None
            threat = (assessment.verdict in HOSTILE_VERDICTS
                      and playbook.has_threat_in(texts.get(i, "") for i in assessment.evidence))
            courses.append(playbook.decide(assessment, customer, now=now, has_threat=threat,
                                           settings=settings, drafts=False).course)
        except Exception:  # noqa: BLE001 - one bad record must not hide everyone else's course
            logger.exception("playbook failed for %s", row["subject_key"])
            courses.append(None)
    return courses


CASE_TABLE_COLUMNS = ["display_name", "customer_name", "subject_type", "verdict", "verdict_label",
                      "score", "course", "course_label", "status", "owner", "verdict_since",
                      "first_verdict_at", "subject_key"]


def cases_table(store: "Store", verdict: str | None = None, now: datetime | None = None,
                settings: PlaybookSettings | None = None) -> pd.DataFrame:
    """Every person with a verdict to act on (or with the given verdict, 'none' included),
    one row per person as the board counts them, with how people know them, the recommended course, case status and owner, the
    figures flattened into columns and the reasons joined, for `monitor authors`."""
    people = store.subjects_frame([verdict] if verdict else [v for v in VERDICTS if v != "none"])
    if people.empty:
        return pd.DataFrame(columns=CASE_TABLE_COLUMNS + ["reasons"])
    now = now or datetime.now(timezone.utc)
    people["course"] = courses_for(store, people, now, settings)
    people["course_label"] = [course_label(c) if isinstance(c, str) else "" for c in people["course"]]
    people["verdict_label"] = people["verdict"].map(lambda v: VERDICT_LABELS.get(v, v))
    figures = pd.json_normalize([parse_json(f, {}) for f in people["figures_json"]])
    figures.columns = [f"figure_{c}" for c in figures.columns]
    table = pd.concat([people[CASE_TABLE_COLUMNS].reset_index(drop=True), figures], axis=1)
    table["reasons"] = [" | ".join(map(str, parse_json(r, []))) for r in people["reasons_json"]]
    return table
