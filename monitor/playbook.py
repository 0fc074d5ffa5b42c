"""The playbook: from a verdict and a customer record to a course of action, its checklist and drafts.

Pure: `now` is a parameter and nothing is stored here (the caller keeps checklist progress).
All product text comes from `monitor/texts/{pt,es,en}.toml`.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any, Iterable

import pandas as pd

from monitor.crm import Customer
from monitor.settings import PlaybookSettings
from monitor.text import LANGS, normalise_lang
from monitor.texts import Reason, render, text
from monitor.verdicts import COMPLAINT_VERDICTS, HOSTILE_VERDICTS, Assessment

logger = logging.getLogger(__name__)

COURSES = ("recovery", "keep_on_our_terms", "graceful_separation", "polite_reply_then_disengage",
           "escalate_legal", "monitor", "none", "coordinated_response")
SIGNALS = ("long_overdue", "unprofitable", "abuse_of_staff", "illegal_request", "impossible_demands")

CHECKLISTS: dict[str, tuple[str, ...]] = {
    "recovery": ("recovery.understand", "recovery.listen", "recovery.write_down",
                 "recovery.implement", "recovery.follow_up", "recovery.check_others"),
    "keep_on_our_terms": ("terms.deescalate", "terms.single_contact", "terms.service_level",
                          "terms.expectations", "terms.review_change"),
    "graceful_separation": ("separation.facts", "separation.thank", "separation.frame",
                            "separation.goodwill", "separation.apologise",
                            "separation.alternatives", "separation.close_record"),
    "polite_reply_then_disengage": ("disengage.reply_once", "disengage.stop",
                                    "disengage.keep_record", "disengage.report_abuse"),
    "escalate_legal": ("legal.preserve", "legal.hand_over", "legal.pause_replies",
                       "legal.protect_staff", "legal.report_platform"),
    "monitor": ("monitor.review", "monitor.no_reply"),
    "none": (),
    "coordinated_response": ("group.document", "group.report_platform", "group.statement",
                             "group.no_replies", "group.watch"),
}




@dataclass(frozen=True)
class Course:
    """What to do about one subject. `priority` 1 is the most urgent, 5 the least."""

    course: str
    priority: int
    reasons: tuple[Reason, ...]
    checklist: tuple[str, ...]
    drafts: dict[str, str] = field(default_factory=dict)
    signals: tuple[str, ...] = ()

    def checklist_items(self, lang: str = "en") -> list[tuple[str, str]]:
        """(step id, step text in `lang`) in order."""
        return [(step, text(normalise_lang(lang, "en"), "steps", step)) for step in self.checklist]


def has_threat_in(texts: Iterable[str]) -> bool:
    """True when a text threatens violence or legal action (`monitor.threats`, the same phrases
    the threat alert uses): a hint for `decide`'s `has_threat`, to be confirmed by a person
    before anything is escalated."""
    from monitor.threats import find_threat

    return any(find_threat(str(text)) for text in texts)


def bad_client_signals(customer: Customer | None, settings: PlaybookSettings | None = None
                       ) -> list[str]:
    """The bad-client signals on the customer record, in SIGNALS order."""
    if customer is None:
        return []
    s = settings or PlaybookSettings()
    found = set(customer.flags)
    if customer.days_overdue >= s.long_overdue_days and customer.overdue_balance > 0:
        found.add("long_overdue")
    if customer.monthly_value is not None and customer.monthly_value <= s.unprofitable_monthly:
        found.add("unprofitable")
    return [signal for signal in SIGNALS if signal in found]


def decide(assessment: Assessment, customer: Customer | None, now: Any, has_threat: bool = False,
           settings: PlaybookSettings | None = None, drafts: bool = True) -> Course:
    """Choose the course for an assessed subject; `customer` is None when not linked.

    Threats and illegal requests go to legal first; founded complaints are always recovered,
    never treated as attacks; campaigns split by who the author is and by the customer record.
    `drafts=False` skips writing the messages (for lists of many cases).
    """
    course = _decide(assessment, customer, now, has_threat, settings or PlaybookSettings())
    if not drafts:
        return course
    lang = assessment.figures.get("lang") or "en"
    return replace(course, drafts=draft_messages(course, assessment, customer, lang, settings))


def _decide(assessment: Assessment, customer: Customer | None, now: Any, has_threat: bool,
            s: PlaybookSettings) -> Course:
    now = _as_datetime(now)
    verdict = assessment.verdict
    figures = assessment.figures
    signals = bad_client_signals(customer, s)
    customer_facts = _customer_reasons(customer, now, s)
    signal_reasons = [_signal_reason(signal, customer) for signal in signals]

    if has_threat or (verdict in HOSTILE_VERDICTS and "illegal_request" in signals):
        reasons = [Reason("threat") if has_threat else Reason("illegal_escalate")]
        if verdict in COMPLAINT_VERDICTS:
            reasons.append(Reason("founded_after_security"))
        reasons += _facts(verdict, figures) + customer_facts + signal_reasons
        return _course("escalate_legal", 1, reasons, assessment, signals)

    if verdict in COMPLAINT_VERDICTS:
        recurring = verdict == "recurring_complaint"
        reasons = [Reason("course_recovery_recurring", founded_days=figures.get("founded_days", 0))
                   if recurring else Reason("course_recovery_one_off")]
        reasons += _facts(verdict, figures)
        if figures.get("disrespectful"):
            reasons.append(Reason("tone_not_the_point", disrespectful=figures["disrespectful"]))
        reasons += customer_facts
        return _course("recovery", 1 if recurring else 2, reasons, assessment, signals)

    if verdict == "campaign":
        if customer is None:
            reasons = [Reason("not_a_customer")] + _facts(verdict, figures)
            if figures.get("amplification", 0) >= 10:
                reasons.append(Reason("amplified", amplification=figures["amplification"]))
            return _course("polite_reply_then_disengage", 3, reasons, assessment, signals)
        protections = _protections(customer, figures, now, s)
        if len(signals) >= 2 and {r.key for r in protections} == {"long_standing"}:
            # Several problems outweigh the years (non-payers and bullies go first), but a
            # long-standing customer always gets one honest de-escalation attempt before.
            reasons = [Reason("several_signals", count=len(signals)), *protections,
                       Reason("deescalate_then_separate")] + _facts(verdict, figures)
            reasons += customer_facts + signal_reasons
            return _course("graceful_separation", 1, reasons, assessment, signals,
                           deescalate_first=True)
        if protections:
            reasons = protections + [Reason("deescalate_first")] + _facts(verdict, figures)
            reasons += customer_facts + signal_reasons
            if signals:
                reasons.append(Reason("separation_later"))
            return _course("keep_on_our_terms", 2 if signals else 3, reasons, assessment, signals)
        if signals:
            reasons = _facts(verdict, figures) + signal_reasons + customer_facts
            if len(signals) >= 2:
                reasons.insert(0, Reason("several_signals", count=len(signals)))
            return _course("graceful_separation", 1 if len(signals) >= 2 else 2, reasons,
                           assessment, signals)
        reasons = [Reason("campaign_no_other_signal"), Reason("deescalate_first")]
        reasons += _facts(verdict, figures) + customer_facts
        return _course("keep_on_our_terms", 3, reasons, assessment, signals)

    if verdict == "watch":
        if customer is not None:
            reasons = [Reason("watch_customer")] + _protections(customer, figures, now, s)
            reasons += _facts(verdict, figures) + customer_facts + signal_reasons
            return _course("keep_on_our_terms", 4, reasons, assessment, signals)
        reasons = [Reason("watch_not_customer")] + _facts(verdict, figures)
        return _course("monitor", 4, reasons, assessment, signals)

    return _course("none", 5, [Reason("nothing_to_do")], assessment, signals)


def group_course(accounts: int, occurrences: int, first_at: Any) -> Course:
    """The course for a coordinated group: document it, report it to the platform, make one
    public statement (drafted in pt, es and en), and never answer each account."""
    facts = {"accounts": int(accounts), "occurrences": int(occurrences),
             "first_date": _as_datetime(first_at).date().isoformat()}
    drafts = {lang: reflow(render("drafts", "coordinated_statement", lang, facts)) for lang in LANGS}
    reasons = (Reason("coordinated_group", **facts),)
    return Course("coordinated_response", 2, reasons, CHECKLISTS["coordinated_response"], drafts)


def _as_datetime(now: Any) -> datetime:
    moment = pd.Timestamp(now)
    moment = moment.tz_localize("UTC") if moment.tzinfo is None else moment.tz_convert("UTC")
    return moment.to_pydatetime()


def _course(name: str, priority: int, reasons: list[Reason], assessment: Assessment,
            signals: list[str], deescalate_first: bool = False) -> Course:
    steps = steps_for(name, assessment.verdict, deescalate_first)
    return Course(name, priority, tuple(reasons), steps, {}, tuple(signals))


def steps_for(course: str, verdict: str, deescalate_first: bool = False) -> tuple[str, ...]:
    """The checklist of a course; recovering a recurring complainer starts by naming an owner,
    and parting with a long-standing customer starts with one de-escalation attempt."""
    steps = CHECKLISTS[course]
    if course == "recovery" and verdict == "recurring_complaint":
        steps = ("recovery.owner",) + steps
    if deescalate_first and "terms.deescalate" not in steps:
        steps = ("terms.deescalate",) + steps
    return steps


def _facts(verdict: str, f: dict[str, Any]) -> list[Reason]:
    if not f.get("mentions"):
        return []
    if verdict in COMPLAINT_VERDICTS:
        return [Reason("complaint_facts", founded_complaints=f.get("founded_complaints", 0),
                       complaints=f.get("complaints", 0))]
    return [Reason("campaign_facts", attacks=f.get("attacks", 0), attack_days=f.get("attack_days", 0),
                   disrespect_share=f.get("disrespect_share", 0.0),
                   unfounded_share=f.get("unfounded_share", 0.0))]


def _years(customer: Customer, now: datetime) -> int | None:
    tenure = customer.tenure_years(now)
    return None if tenure is None else int(tenure)


def _customer_reasons(customer: Customer | None, now: datetime, s: PlaybookSettings) -> list[Reason]:
    if customer is None:
        return []
    reasons = []
    if customer.customer_since is not None:
        years = _years(customer, now)
        key = "customer_tenure" if years else "customer_tenure_new"
        reasons.append(Reason(key, since_date=customer.customer_since.isoformat(), years=years))
    if customer.monthly_value is not None:
        reasons.append(Reason("customer_value", monthly_value=customer.monthly_value))
    return reasons


def _signal_reason(signal: str, customer: Customer | None) -> Reason:
    if signal == "long_overdue":
        return Reason("signal_long_overdue", overdue_balance=customer.overdue_balance,
                      days_overdue=customer.days_overdue)
    if signal == "unprofitable":
        return Reason("signal_unprofitable", monthly_value=customer.monthly_value)
    return Reason(f"signal_{signal}")


def _protections(customer: Customer, f: dict[str, Any], now: datetime, s: PlaybookSettings
                 ) -> list[Reason]:
    """Why this customer should be kept on our terms rather than let go (empty: no reason)."""
    reasons = []
    tenure = customer.tenure_years(now)
    if tenure is not None and tenure >= s.long_tenure_years:
        reasons.append(Reason("long_standing", years=int(tenure)))
    long_overdue = customer.days_overdue >= s.long_overdue_days and customer.overdue_balance > 0
    if (customer.monthly_value or 0.0) >= s.high_value_monthly and not long_overdue:
        reasons.append(Reason("valuable", monthly_value=customer.monthly_value))
    last_attack = f.get("last_attack_at")
    if last_attack:
        quiet = (now - _as_datetime(last_attack)).days
        if quiet >= s.quiet_days:
            reasons.append(Reason("change_quiet", days=quiet))
            return reasons
    if f.get("escalation", 0.0) <= s.calming_escalation:
        reasons.append(Reason("change_calming"))
    return reasons


# ---- drafts and checklists ------------------------------------------------------------------

def draft_messages(course: Course, assessment: Assessment, customer: Customer | None,
                   lang: str, settings: PlaybookSettings | None = None) -> dict[str, str]:
    """Draft messages in pt, es and en (the author's `lang` first), filled with documented facts.

    Courses without a message (monitor, none) give an empty dict. The escalation draft is an
    internal note for legal, not a message to the author.
    """
    key = _draft_key(course, assessment)
    if key is None:
        return {}
    s = settings or PlaybookSettings()
    if customer is not None and customer.currency:  # amounts in the customer's own currency
        s = replace(s, currency=customer.currency)
    first = normalise_lang(lang, "en")
    return {language: _draft(key, course, assessment, customer, language, s)
            for language in [first] + [l for l in LANGS if l != first]}


def _draft_key(course: Course, assessment: Assessment) -> str | None:
    if course.course == "recovery":
        return "recovery_recurring" if assessment.verdict == "recurring_complaint" else "recovery"
    if course.course in ("monitor", "none"):
        return None
    return course.course


def _draft(key: str, course: Course, assessment: Assessment, customer: Customer | None,
           lang: str, s: PlaybookSettings) -> str:
    f = assessment.figures
    facts: dict[str, Any] = {
        "first_date": f.get("first_seen"), "last_date": f.get("last_seen"),
        "mentions": f.get("mentions", 0), "attacks": f.get("attacks", 0),
        "attack_days": f.get("attack_days", 0), "founded_days": f.get("founded_days", 0),
        "subject": assessment.subject_key,
        "evidence": ", ".join(assessment.evidence[:5]) or "-",
        "signature": text(lang, "drafts", "signature"),
    }
    if customer is not None and customer.name:
        facts["greeting"] = render("drafts", "greeting_named", lang, {"name": customer.name})
    else:
        facts["greeting"] = text(lang, "drafts", "greeting_anonymous")
    if key == "graceful_separation":
        facts["facts"] = render("drafts", "graceful_separation_facts", lang, facts, s.currency)
        if customer is not None and customer.overdue_balance > 0 and customer.days_overdue > 0:
            facts["facts"] += " " + render("drafts", "graceful_separation_overdue", lang,
                                           {"overdue_balance": customer.overdue_balance,
                                            "days_overdue": customer.days_overdue}, s.currency)
        facts["goodwill"] = _goodwill(customer, lang, s)
    if key == "escalate_legal":
        cause = "escalation_threat" if "threat" in {r.key for r in course.reasons} else "escalation_illegal"
        facts["escalation"] = text(lang, "drafts", cause)
    return reflow(render("drafts", key, lang, facts, s.currency))


def reflow(message: str) -> str:
    """Join the wrapped lines of each paragraph; paragraphs stay separated by a blank line."""
    paragraphs = [" ".join(line.strip() for line in block.splitlines() if line.strip())
                  for block in message.strip().split("\n\n")]
    return "\n\n".join(p for p in paragraphs if p)


def _goodwill(customer: Customer | None, lang: str, s: PlaybookSettings) -> str:
    if customer is not None and customer.overdue_balance > 0:
        return render("drafts", "goodwill_cancel_invoice", lang,
                      {"overdue_balance": customer.overdue_balance}, s.currency)
    if customer is not None and (customer.monthly_value or 0.0) > 0:
        return render("drafts", "goodwill_refund", lang,
                      {"monthly_value": customer.monthly_value}, s.currency)
    return text(lang, "drafts", "goodwill_generic")
