"""The playbook: every branch of `decide`, the drafts in three languages, checklists and texts."""

from __future__ import annotations

import re
import string
import tomllib
from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from monitor.crm import Customer
from monitor.settings import PlaybookSettings
from monitor.text import LANGS
from monitor.verdicts import Assessment, explain
from monitor.playbook import (CHECKLISTS, COURSES, bad_client_signals,
                              decide, draft_messages, group_course, has_threat_in,
                              steps_for)
from monitor.texts import format_money, text
from tests.streams import INSULTS

NOW = pd.Timestamp("2026-03-01T12:00:00Z")
TEXTS = Path(__file__).resolve().parent.parent / "monitor" / "texts"


def assessment(verdict: str, lang: str = "en", **overrides) -> Assessment:
    figures = {
        "mentions": 14, "distinct_days": 9, "complaints": 12, "attacks": 11, "attack_days": 8,
        "disrespectful": 9, "disrespect_share": 0.6429, "founded_complaints": 1, "founded_days": 1,
        "founded_share": 0.0833, "unfounded_share": 0.9167, "repetition": 0.4,
        "burst_max_per_day": 3, "burst_date": "2026-02-20", "escalation": 0.1, "amplification": 4,
        "first_seen": "2026-01-10T09:00:00Z", "last_seen": "2026-02-28T18:00:00Z",
        "last_attack_at": "2026-02-28T18:00:00Z", "platforms": ["x"], "lang": lang,
        "accounts": 1, "window_days": 56,
    }
    if verdict in ("one_off_complaint", "recurring_complaint"):
        figures.update(complaints=4, attacks=1, founded_complaints=3, founded_share=0.75,
                       unfounded_share=0.25, founded_days=3 if verdict == "recurring_complaint" else 1,
                       disrespectful=2)
    figures.update(overrides)
    return Assessment("x:42", "author", verdict, 0.8, figures, ("x:m1", "x:m2"),
                      tuple(explain(verdict, figures)))


def customer(**overrides) -> Customer:
    fields = dict(customer_id="C1", name="Ana Souza", customer_since=date(2025, 6, 1),
                  monthly_value=150.0, overdue_balance=0.0, days_overdue=0, flags=())
    fields.update(overrides)
    return Customer(**fields)


def keys(course) -> list[str]:
    return [r.key for r in course.reasons]


# ---- every branch ---------------------------------------------------------------------------

def test_one_off_founded_complaint_is_recovered():
    course = decide(assessment("one_off_complaint"), None, NOW)
    assert (course.course, course.priority) == ("recovery", 2)
    assert keys(course)[:2] == ["course_recovery_one_off", "complaint_facts"]
    assert "3 of 4" in course.reasons[1]
    assert course.checklist == CHECKLISTS["recovery"]
    assert course.checklist[0] == "recovery.understand"


def test_recurring_founded_complaint_is_escalated_recovery_even_for_a_bad_client():
    bad = customer(days_overdue=120, overdue_balance=500.0, flags=("abuse_of_staff",))
    course = decide(assessment("recurring_complaint", disrespect_share=0.7), bad, NOW)
    assert (course.course, course.priority) == ("recovery", 1)
    assert keys(course)[0] == "course_recovery_recurring"
    assert "on 3 different days" in course.reasons[0] and "not an attacker" in course.reasons[0]
    assert "tone_not_the_point" in keys(course)
    assert course.checklist[0] == "recovery.owner"
    assert course.signals == ("long_overdue", "abuse_of_staff")


def test_campaign_by_a_non_customer_gets_one_reply_then_silence():
    course = decide(assessment("campaign"), None, NOW)
    assert (course.course, course.priority) == ("polite_reply_then_disengage", 3)
    assert keys(course) == ["not_a_customer", "campaign_facts"]
    assert "11 hostile mentions on 8 days" in course.reasons[1]
    assert course.checklist[:2] == ("disengage.reply_once", "disengage.stop")
    amplified = decide(assessment("campaign", amplification=40), None, NOW)
    assert keys(amplified)[-1] == "amplified"


def test_campaign_by_a_long_standing_customer_is_kept_on_our_terms_after_de_escalation():
    old = customer(customer_since=date(2019, 2, 1), days_overdue=90, overdue_balance=80.0)
    course = decide(assessment("campaign"), old, NOW)
    assert (course.course, course.priority) == ("keep_on_our_terms", 2)
    assert keys(course)[:2] == ["long_standing", "deescalate_first"]
    assert "7 years" in course.reasons[0]
    assert "signal_long_overdue" in keys(course) and keys(course)[-1] == "separation_later"
    assert course.checklist[0] == "terms.deescalate"


def test_a_long_standing_non_payer_who_abuses_staff_is_let_go_after_one_de_escalation():
    old = customer(customer_since=date(2019, 2, 1), days_overdue=143, overdue_balance=2847.35,
                   flags=("abuse_of_staff",))
    course = decide(assessment("campaign"), old, NOW)
    assert (course.course, course.priority) == ("graceful_separation", 1)
    assert keys(course)[:3] == ["several_signals", "long_standing", "deescalate_then_separate"]
    assert course.checklist[0] == "terms.deescalate" and "separation.goodwill" in course.checklist
    assert "2,847.35" in course.drafts["en"] or "2.847,35" in course.drafts["pt"]
    # one signal only: the years still protect
    one = decide(assessment("campaign"), customer(customer_since=date(2019, 2, 1),
                                                  flags=("abuse_of_staff",)), NOW)
    assert one.course == "keep_on_our_terms"


def test_amounts_are_in_the_customers_currency():
    old = customer(customer_since=date(2025, 2, 1), days_overdue=143, overdue_balance=80.0,
                   flags=("abuse_of_staff",), currency="US$")
    course = decide(assessment("campaign"), old, NOW)
    assert course.course == "graceful_separation"
    assert "US$ 80.00" in course.drafts["en"] and "R$" not in course.drafts["en"]


def test_campaign_by_a_valuable_paying_customer_is_kept():
    course = decide(assessment("campaign"), customer(monthly_value=2500.0), NOW)
    assert (course.course, course.priority) == ("keep_on_our_terms", 3)
    assert keys(course)[0] == "valuable"
    assert "R$ 2,500.00" in course.reasons[0]


def test_value_does_not_protect_a_customer_who_does_not_pay():
    course = decide(assessment("campaign"), customer(monthly_value=2500.0, days_overdue=75,
                                                     overdue_balance=7500.0), NOW)
    assert (course.course, course.priority) == ("graceful_separation", 2)
    assert "signal_long_overdue" in keys(course)


def test_behaviour_likely_to_change_means_wait_on_our_terms():
    quiet = assessment("campaign", last_attack_at="2026-02-01T00:00:00Z")
    course = decide(quiet, customer(flags=("impossible_demands",)), NOW)
    assert course.course == "keep_on_our_terms"
    assert keys(course)[0] == "change_quiet" and "28 days" in course.reasons[0]
    calming = decide(assessment("campaign", escalation=-0.5), customer(flags=("impossible_demands",)), NOW)
    assert keys(calming)[0] == "change_calming"


def test_campaign_by_a_customer_with_one_bad_signal_is_a_graceful_separation():
    course = decide(assessment("campaign"), customer(flags=("abuse_of_staff",)), NOW)
    assert (course.course, course.priority) == ("graceful_separation", 2)
    assert keys(course)[:2] == ["campaign_facts", "signal_abuse_of_staff"]
    assert course.checklist == CHECKLISTS["graceful_separation"]
    assert [s for s in course.checklist if s != "separation.facts" and s != "separation.close_record"] == [
        "separation.thank", "separation.frame", "separation.goodwill", "separation.apologise",
        "separation.alternatives"]


def test_several_bad_signals_rank_first():
    bad = customer(monthly_value=0.0, days_overdue=200, overdue_balance=1234.56,
                   flags=("abuse_of_staff", "impossible_demands"))
    course = decide(assessment("campaign"), bad, NOW)
    assert (course.course, course.priority) == ("graceful_separation", 1)
    assert keys(course)[0] == "several_signals" and "4" in course.reasons[0]
    assert course.signals == ("long_overdue", "unprofitable", "abuse_of_staff", "impossible_demands")


def test_campaign_by_an_ordinary_customer_without_other_signals_sets_terms_first():
    course = decide(assessment("campaign"), customer(), NOW)
    assert (course.course, course.priority) == ("keep_on_our_terms", 3)
    assert keys(course)[:2] == ["campaign_no_other_signal", "deescalate_first"]


def test_threats_go_to_legal_whatever_the_verdict():
    course = decide(assessment("campaign"), None, NOW, has_threat=True)
    assert (course.course, course.priority) == ("escalate_legal", 1)
    assert keys(course)[0] == "threat"
    assert course.checklist == CHECKLISTS["escalate_legal"]
    complaint = decide(assessment("one_off_complaint"), customer(), NOW, has_threat=True)
    assert complaint.course == "escalate_legal"
    assert keys(complaint)[:2] == ["threat", "founded_after_security"]


def test_threat_cues_in_texts():
    assert has_threat_in(["Vou quebrar a cara de vocês, Veloz", "ok"])
    assert has_threat_in(["Watch your back, Veloz"])
    assert not has_threat_in(["Veloz order 123 is late", "ladrões!"])
    # the playbook and the threat alert share one list (monitor.threats): legal threats count too
    assert has_threat_in(["Vou processar vocês, Veloz"]) and has_threat_in(["Voy a ir a Profeco"])
    assert not has_threat_in(["o processo de compra da Veloz é lento"])


def test_illegal_request_with_a_campaign_goes_to_legal():
    course = decide(assessment("campaign"), customer(flags=("illegal_request",)), NOW)
    assert (course.course, course.priority) == ("escalate_legal", 1)
    assert keys(course)[0] == "illegal_escalate"
    assert "signal_illegal_request" in keys(course)


def test_watch_means_de_escalate_a_customer_or_just_monitor_a_stranger():
    course = decide(assessment("watch"), customer(), NOW)
    assert (course.course, course.priority) == ("keep_on_our_terms", 4)
    assert keys(course)[0] == "watch_customer"
    course = decide(assessment("watch"), None, NOW)
    assert (course.course, course.priority) == ("monitor", 4)
    assert keys(course)[0] == "watch_not_customer"
    assert course.drafts == {}
    assert course.checklist == CHECKLISTS["monitor"]


def test_nothing_to_do():
    course = decide(assessment("none"), customer(), NOW)
    assert (course.course, course.priority, course.checklist, course.drafts) == ("none", 5, (), {})
    assert keys(course) == ["nothing_to_do"]


def test_every_course_is_reachable():
    seen = {
        decide(assessment("one_off_complaint"), None, NOW).course,
        decide(assessment("campaign"), customer(customer_since=date(2010, 1, 1)), NOW).course,
        decide(assessment("campaign"), customer(flags=("abuse_of_staff",)), NOW).course,
        decide(assessment("campaign"), None, NOW).course,
        decide(assessment("campaign"), None, NOW, has_threat=True).course,
        decide(assessment("watch"), None, NOW).course,
        decide(assessment("none"), None, NOW).course,
        group_course(5, 3, "2026-02-01T10:00:00Z").course,
    }
    assert seen == set(COURSES)


def test_a_coordinated_group_gets_one_statement_in_three_languages():
    course = group_course(5, 3, "2026-02-01T10:00:00Z")
    assert course.checklist[:3] == ("group.document", "group.report_platform", "group.statement")
    assert set(course.drafts) == {"pt", "es", "en"}
    assert "5 accounts" in course.drafts["en"] and "5 contas" in course.drafts["pt"]
    assert "{" not in "".join(course.drafts.values())


def test_bad_client_signals():
    assert bad_client_signals(None) == []
    assert bad_client_signals(customer(monthly_value=None)) == []
    assert bad_client_signals(customer(days_overdue=59, overdue_balance=10.0)) == []
    assert bad_client_signals(customer(days_overdue=60, overdue_balance=10.0)) == ["long_overdue"]
    assert bad_client_signals(customer(days_overdue=90, overdue_balance=0.0)) == []
    assert bad_client_signals(customer(monthly_value=50.0), PlaybookSettings(unprofitable_monthly=60)) == ["unprofitable"]


# ---- drafts ---------------------------------------------------------------------------------

def test_drafts_come_in_three_languages_the_authors_first():
    course = decide(assessment("campaign", lang="pt"), None, NOW)
    assert list(course.drafts) == ["pt", "es", "en"]
    course = decide(assessment("campaign", lang="es"), None, NOW)
    assert list(course.drafts) == ["es", "pt", "en"]
    course = decide(assessment("campaign", lang="de"), None, NOW)
    assert list(course.drafts)[0] == "en"


def test_separation_letter_states_documented_facts_in_each_language():
    bad = customer(days_overdue=95, overdue_balance=1234.56, flags=("abuse_of_staff",))
    course = decide(assessment("campaign", lang="pt"), bad, NOW)
    pt, es, en = course.drafts["pt"], course.drafts["es"], course.drafts["en"]
    assert pt.startswith("Olá, Ana Souza,")
    assert "desde 10/01/2026 registramos 11 mensagens públicas" in pt
    assert "R$ 1.234,56 em atraso há 95 dias" in pt
    assert "Vamos cancelar a sua última fatura em aberto (R$ 1.234,56)." in pt
    assert "R$ 1.234,56" in es and "10/01/2026" in es
    assert "since 10 January 2026 we have recorded 11 public messages" in en
    assert "R$ 1,234.56" in en
    for draft in course.drafts.values():
        assert "{" not in draft and "}" not in draft
        assert "\n\n" in draft  # paragraphs kept, lines inside a paragraph joined


def test_separation_goodwill_refunds_the_last_fee_when_nothing_is_owed():
    course = decide(assessment("campaign"), customer(flags=("impossible_demands",)), NOW)
    assert "We will refund your last monthly fee (R$ 150.00)." in course.drafts["en"]


def test_drafts_never_attack_the_person():
    bad = customer(days_overdue=95, overdue_balance=10.0, flags=("abuse_of_staff",))
    cases = [(assessment(v), c, t) for v in ("one_off_complaint", "recurring_complaint", "campaign", "watch")
             for c in (None, bad, customer(customer_since=date(2015, 1, 1))) for t in (False, True)]
    words = {w.lower() for pool in INSULTS.values() for w in pool} | {"liar", "troll", "mentiroso", "mentirosa"}
    for case, person, threat in cases:
        for draft in decide(case, person, NOW, has_threat=threat).drafts.values():
            assert not set(re.findall(r"\w+", draft.lower())) & words


def test_recurring_recovery_draft_acknowledges_the_history():
    course = decide(assessment("recurring_complaint", lang="es"), customer(), NOW)
    assert course.drafts["es"].startswith("Hola, Ana Souza:")
    assert "en 3 días distintos desde el 10/01/2026" in course.drafts["es"]


def test_legal_note_is_internal_and_lists_evidence():
    course = decide(assessment("campaign"), None, NOW, has_threat=True)
    note = course.drafts["en"]
    assert note.startswith("Internal note for legal and security")
    assert "x:m1, x:m2" in note and "threats" in note
    illegal = decide(assessment("campaign"), customer(flags=("illegal_request",)), NOW)
    assert "something illegal" in illegal.drafts["en"]


def test_draft_messages_can_be_called_directly():
    course = decide(assessment("one_off_complaint"), None, NOW)
    drafts = draft_messages(course, assessment("one_off_complaint"), None, "pt")
    assert list(drafts) == ["pt", "es", "en"] and drafts["pt"].startswith("Olá,")
    assert format_money(1234.56, "pt") == "R$ 1.234,56"
    assert format_money(1234.56, "en", "US$") == "US$ 1,234.56"


# ---- checklists and texts -------------------------------------------------------------------

def test_checklists_have_text_in_every_language():
    for name in COURSES:
        for lang in LANGS:
            for step_id in CHECKLISTS[name]:
                step_text = text(lang, "steps", step_id)
                assert step_text and step_text != step_id, (lang, step_id)
    course = decide(assessment("recurring_complaint"), None, NOW)
    assert course.checklist == steps_for("recovery", "recurring_complaint")
    assert course.checklist[0] == "recovery.owner"
    assert course.checklist_items("pt")[0] == ("recovery.owner", text("pt", "steps", "recovery.owner"))


def placeholders(value: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(value) if name}


def test_the_three_text_files_have_the_same_keys_and_placeholders():
    files = {lang: tomllib.loads((TEXTS / f"{lang}.toml").read_text(encoding="utf-8")) for lang in LANGS}
    for section, entries in files["en"].items():
        if section == "format":
            continue  # number and date patterns legitimately differ
        for lang in ("pt", "es"):
            assert set(files[lang][section]) == set(entries), (lang, section)
            for key, value in entries.items():
                if isinstance(value, str):
                    assert placeholders(files[lang][section][key]) == placeholders(value), (lang, key)
    for lang in LANGS:
        assert set(files[lang]["format"]) == set(files["en"]["format"])
        assert all(name in files[lang]["courses"] for name in COURSES)
    for steps in CHECKLISTS.values():
        assert set(steps) <= set(files["en"]["steps"])


@pytest.mark.parametrize("verdict", ["one_off_complaint", "recurring_complaint", "campaign", "watch", "none"])
def test_reasons_render_in_every_language_without_missing_facts(verdict):
    for who in (None, customer(days_overdue=95, overdue_balance=10.0, flags=("abuse_of_staff",))):
        course = decide(assessment(verdict), who, NOW)
        for reason in course.reasons:
            for lang in LANGS:
                assert "{" not in reason.render(lang)
