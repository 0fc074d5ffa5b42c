"""The words of a verdict: their names, groups and labels, the assessment record and its row form.

Detection produces `Assessment`s, the store keeps their rows, and the playbook, cases, board,
reports and alerts read them back; all of them take the names from here. Standard library only.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Mapping

from monitor.texts import Reason

VERDICTS = ("one_off_complaint", "recurring_complaint", "campaign", "watch", "none")
COMPLAINT_VERDICTS = ("one_off_complaint", "recurring_complaint")
"""Founded complaints: a real customer with a real problem, to recover."""
HOSTILE_VERDICTS = ("campaign", "watch")
"""A war on the company, or what may become one."""
CASE_STATUSES = ("new", "in_progress", "waiting", "resolved", "closed")
"""Where the team is with a case (a person), set on the board."""
CLOSED_STATUSES = ("resolved", "closed")
STATUS_LABELS = {"new": "New", "in_progress": "In progress", "waiting": "Waiting for the customer",
                 "resolved": "Resolved", "closed": "Closed"}
VERDICT_LABELS = {
    "one_off_complaint": "One-off founded complaint",
    "recurring_complaint": "Recurring founded complaints",
    "campaign": "Campaign (war on the company)",
    "watch": "Watch (may become a campaign)",
    "none": "Nothing to act on",
}


@dataclass(frozen=True)
class Assessment:
    """The verdict on one subject with the facts behind it.

    `score` (0..1) is how strongly the evidence supports the verdict: the campaign likeness for
    campaign, watch and none, the strength of the founded complaints for the complaint verdicts.
    `evidence` holds mention ids, most telling first; `reasons` are translatable `Reason`s.
    """

    subject_key: str
    subject_type: str
    verdict: str
    score: float
    figures: dict[str, Any]
    evidence: tuple[str, ...] = ()
    reasons: tuple[Reason, ...] = ()
    author_keys: tuple[str, ...] = ()

    @property
    def customer_id(self) -> str | None:
        """The customer id of a customer subject, None for an author."""
        return self.subject_key.split(":", 1)[1] if self.subject_type == "customer" else None

    def to_row(self) -> dict[str, Any]:
        """The stored form: figures, evidence and reasons as JSON text."""
        return {
            "subject_key": self.subject_key,
            "subject_type": self.subject_type,
            "verdict": self.verdict,
            "score": float(self.score),
            "figures_json": json.dumps(self.figures, ensure_ascii=False, default=str),
            "evidence_json": json.dumps(list(self.evidence), default=str),
            "reasons_json": json.dumps(list(self.reasons), ensure_ascii=False, default=str),
            "verdict_since": self.figures.get("evident_at"),
        }

    @classmethod
    def from_row(cls, row: Mapping[str, Any], with_reasons: bool = True) -> "Assessment":
        """Rebuild from a stored verdict row (`*_json` columns); reasons are re-derived from
        figures (skipped with `with_reasons=False` when only the verdict and figures matter,
        e.g. deciding courses for many people at once: rendering them is most of the cost)."""
        if "figures_json" in row:
            figures = parse_json(row.get("figures_json"), {})
            evidence = parse_json(row.get("evidence_json"), [])
        else:
            figures, evidence = dict(row.get("figures") or {}), list(row.get("evidence") or [])
        verdict = str(row.get("verdict") or "none")
        return cls(
            subject_key=str(row["subject_key"]),
            subject_type=str(row.get("subject_type") or "author"),
            verdict=verdict,
            score=float(row.get("score") or 0.0),
            figures=figures,
            evidence=tuple(str(e) for e in evidence),
            reasons=tuple(explain(verdict, figures)) if with_reasons else (),
        )


def parse_json(value: Any, default: Any) -> Any:
    """A stored *_json column's value, or `default` when it is empty, NaN or not JSON."""
    if value is None or (isinstance(value, float) and value != value) or value == "":
        return default
    try:
        return json.loads(value)
    except (TypeError, ValueError):
        return default




def explain(verdict: str, figures: Mapping[str, Any]) -> list[Reason]:
    """The reasons behind a verdict, built only from its figures (so stored verdicts can be re-explained)."""
    f = dict(figures)
    if not f.get("mentions"):
        return [Reason("no_mentions", window_days=f.get("window_days", 0))]
    reasons = [Reason("volume", mentions=f["mentions"], days=f.get("distinct_days", 0),
                      first_date=f.get("first_seen"), last_date=f.get("last_seen"))]
    if f.get("accounts", 1) > 1 or len(f.get("platforms") or []) > 1:
        reasons.append(Reason("platforms", platforms=f.get("platforms") or [],
                              accounts=f.get("accounts", 1)))
    if verdict in COMPLAINT_VERDICTS:
        reasons.append(Reason("founded", founded_complaints=f["founded_complaints"],
                              complaints=f["complaints"]))
        if verdict == "recurring_complaint":
            reasons.append(Reason("recurring", founded_days=f["founded_days"]))
        if f.get("disrespectful"):
            reasons.append(Reason("angry_but_founded", disrespectful=f["disrespectful"]))
        return reasons
    if verdict == "none" and not f.get("attacks"):
        reasons.append(Reason("nothing_hostile"))
        return reasons
    reasons.append(Reason("attacks", attacks=f["attacks"], attack_days=f["attack_days"]))
    if f.get("disrespectful"):
        reasons.append(Reason("disrespect", disrespectful=f["disrespectful"],
                              disrespect_share=f["disrespect_share"]))
    if f.get("complaints") and f.get("founded_complaints"):
        reasons.append(Reason("unfounded", founded_complaints=f["founded_complaints"],
                              complaints=f["complaints"], unfounded_share=f["unfounded_share"]))
    elif f.get("complaints"):
        reasons.append(Reason("unfounded_none", complaints=f["complaints"]))
    if f.get("repetition", 0) >= 0.1:
        reasons.append(Reason("repetition", repetition_share=f["repetition"]))
    if f.get("burst_max_per_day", 0) >= 3:
        reasons.append(Reason("burst", burst=f["burst_max_per_day"], burst_date=f.get("burst_date")))
    if f.get("escalation", 0) >= 0.2:
        reasons.append(Reason("escalation_up"))
    elif f.get("escalation", 0) <= -0.2:
        reasons.append(Reason("escalation_down"))
    if f.get("amplification"):
        reasons.append(Reason("amplification", amplification=f["amplification"]))
    if verdict == "watch":
        reasons.append(Reason("watch_not_yet"))
    elif verdict == "none":
        reasons.append(Reason("below_watch"))
    return reasons
