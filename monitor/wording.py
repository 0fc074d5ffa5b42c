"""How the board names things for people: figures, customer records, verdict history.

Codes and field names stay in the data; what a marketing or care person reads comes from here,
in plain words, with shares as percentages, amounts in the customer's currency and lists as
text (never Python notation).
"""

from __future__ import annotations

import json
import re
from typing import Any, Mapping

import pandas as pd

from monitor.texts import format_money
from monitor.verdicts import STATUS_LABELS, VERDICT_LABELS

CATEGORY_LABELS = {"founded_complaint": "Founded complaint", "disrespectful": "Disrespectful",
                   "other": "Other", "unscored": "Not scored yet"}
SOURCE_NAMES = {"x": "X", "bluesky": "Bluesky", "mastodon": "Mastodon", "reddit": "Reddit",
                "rss": "RSS/Atom", "hackernews": "Hacker News", "youtube": "YouTube",
                "file": "File import", "replay": "Demo replay"}

FIGURE_LABELS = {
    "mentions": "Mentions in the window", "distinct_days": "Different days",
    "complaints": "Critical mentions", "attacks": "Hostile mentions",
    "attack_days": "Days with hostile mentions", "disrespectful": "Disrespectful mentions",
    "disrespectful_by_record": "…of which counted from the author's record",
    "founded_by_record": "Founded complaints counted from the author's record",
    "disrespect_share": "Disrespectful share", "founded_complaints": "Founded complaints",
    "founded_days": "Days with founded complaints", "founded_share": "Founded share of the criticism",
    "founded_likelihood": "Mean founded score", "unfounded_share": "Criticism without a concrete basis",
    "repetition": "Near-copies among hostile mentions", "burst_max_per_day": "Most hostile mentions in one day",
    "burst_date": "Day of that outburst", "escalation": "Escalation (−1 calming … 1 worsening)",
    "amplification": "Reposts of hostile mentions", "first_seen": "First mention",
    "last_seen": "Latest mention", "last_attack_at": "Latest hostile mention", "platforms": "Networks",
    "lang": "Main language", "accounts": "Accounts", "window_days": "Window (days)",
    "evident_at": "Evidence complete at",
}
CUSTOMER_LABELS = {
    "customer_id": "Customer id", "name": "Name", "email": "E-mail", "phone": "Phone",
    "handles": "Accounts in the CRM", "customer_since": "Customer since", "plan": "Plan",
    "monthly_value": "Monthly value", "overdue_balance": "Overdue balance",
    "days_overdue": "Days overdue", "flags": "Flags", "currency": "Currency",
}
LINK_METHOD_LABELS = {
    "handle": "same handle in the CRM", "email": "e-mail address", "profile": "profile link",
    "handle_elsewhere": "handle declared on another network", "email_name": "handle = e-mail name",
    "fuzzy_name": "same name", "manual": "linked by a person",
}
LINK_STATUS_LABELS = {"auto": "linked automatically", "manual": "linked by a person",
                      "confirmed": "confirmed by a person", "proposed": "waiting for review",
                      "rejected": "rejected"}
FLAG_LABELS = {"abuse_of_staff": "abuse of staff", "illegal_request": "illegal request",
               "impossible_demands": "impossible demands"}


JOB_LABELS = {"detect": "Detection", "alerts": "Alert delivery", "report": "Weekly report",
              "report:catch-up": "Weekly report (catch-up)", "retention": "Retention (personal data)"}


AUDIT_ACTION_LABELS = {
    "label": "Label", "link": "Link decision", "step": "Checklist step", "case_status": "Case status",
    "case_owner": "Case owner", "case_note": "Case note", "model_use": "Model made current",
    "forget": "Erasure", "export": "Access export", "retention": "Retention",
    "user_add": "Board user added", "user_change": "Board user changed", "user_remove": "Board user removed",
}


def audit_detail(detail: Any) -> str:
    """An audit entry's detail (JSON text) as a line people read: 'label: other; status: done'."""
    try:
        value = json.loads(detail) if isinstance(detail, str) else detail
    except ValueError:
        return str(detail)
    if not isinstance(value, dict):
        return "" if value is None else str(value)

    def one(item: Any) -> str:
        if isinstance(item, dict):
            return ", ".join(f"{k} {plain(v)}" for k, v in item.items())
        return "–" if item is None else plain(item)

    def plain(item: Any) -> str:  # codes the store keeps, in the words the board uses
        text = str(item)
        for names in (CATEGORY_LABELS, STATUS_LABELS, LINK_STATUS_LABELS, VERDICT_LABELS):
            if text in names:
                return names[text]
        return text

    return "; ".join(f"{key}: {one(item)}" for key, item in value.items())


def job_label(job: str) -> str:
    """A scheduled or manual job as people name it ('collect:x' -> 'Collect: X')."""
    kind, _, name = str(job).partition(":")
    if kind == "collect" and name:
        return f"Collect: {SOURCE_NAMES.get(name, name)}"
    if kind == "import" and name:
        return f"Import: {name}"
    return JOB_LABELS.get(str(job), str(job))


def local_time(value: Any, time_zone: str = "UTC") -> str:
    """A stored UTC time as the team reads it: 'YYYY-MM-DD HH:MM' in their time zone ('–' if none)."""
    if value is None or value == "" or (isinstance(value, float) and pd.isna(value)):
        return "–"
    moment = pd.to_datetime(value, utc=True, errors="coerce", format="ISO8601")
    return "–" if pd.isna(moment) else moment.tz_convert(time_zone).strftime("%Y-%m-%d %H:%M")


def figures_table(figures: Mapping[str, Any], time_zone: str = "UTC") -> pd.DataFrame:
    """A verdict's figures as (figure, value) rows in plain words; shares as percentages,
    times in the team's time zone."""
    rows = []
    for key, value in figures.items():
        if isinstance(value, float) and key.endswith(("share", "ratio", "repetition")):
            value = f"{value:.0%}"
        elif isinstance(value, float):
            value = f"{value:.2f}"
        elif isinstance(value, (list, tuple)):
            value = ", ".join(map(str, value))
        elif isinstance(value, str) and len(value) >= 20 and value[10:11] == "T":
            value = local_time(value, time_zone)
        elif value is None:
            value = "–"
        rows.append({"figure": FIGURE_LABELS.get(key, key.replace("_", " ").capitalize()),
                     "value": str(value)})
    return pd.DataFrame(rows, columns=["figure", "value"])


def customer_record(customer: Mapping[str, Any], currency: str) -> pd.DataFrame:
    """A customer record as (field, value) rows a person reads."""
    symbol = customer.get("currency") or currency
    rows = []
    for key, label in CUSTOMER_LABELS.items():
        value = customer.get(key)
        if key == "handles":
            value = ", ".join(f"{network}: {handle}" for network, handle in (value or {}).items())
        elif key == "flags":
            value = flags_text(value)
        elif key in ("monthly_value", "overdue_balance") and value is not None:
            value = format_money(float(value), "en", symbol)
        elif key == "currency":
            continue
        rows.append({"field": label, "value": "–" if value in (None, "") else str(value)})
    return pd.DataFrame(rows, columns=["field", "value"])


def author_profile(profile: Mapping[str, Any], time_zone: str = "UTC") -> pd.DataFrame:
    """One account as (field, value) rows a person reads: who, where, since when, which
    customer and how we know, and the verdict, without internal keys."""
    def text(key: str) -> str:
        value = profile.get(key)
        return "–" if value is None or value == "" or (isinstance(value, float) and pd.isna(value)) \
            else str(value)

    verdict = profile.get("verdict")
    linked = text("customer_name")
    if linked != "–":
        how = LINK_METHOD_LABELS.get(text("link_method"), text("link_method"))
        status = text("link_status")
        linked = ("– (a proposed link was rejected)" if status == "rejected"
                  else f"{linked} ({how}; {LINK_STATUS_LABELS.get(status, status)})")
    rows = [
        ("Handle", text("handle")), ("Name", text("name")),
        ("Network", SOURCE_NAMES.get(text("source"), text("source"))), ("Profile", text("url")),
        ("Verdict", VERDICT_LABELS.get(verdict, "Not assessed") if isinstance(verdict, str)
         else "Not assessed"),
        ("Verdict since", local_time(profile.get("verdict_since"), time_zone)),
        ("First seen", local_time(profile.get("first_seen_at"), time_zone)),
        ("Last seen", local_time(profile.get("last_seen_at"), time_zone)),
        ("Linked customer", linked),
    ]
    return pd.DataFrame(rows, columns=["field", "value"])


def flags_text(flags: Any) -> str:
    """CRM flags in plain words ('abuse_of_staff' -> 'abuse of staff'), from a list or as
    stored ('abuse_of_staff;impossible_demands')."""
    if isinstance(flags, str):
        flags = [f for f in re.split(r"[;,]", flags) if f.strip()]
    if not isinstance(flags, (list, tuple)):
        return ""
    return ", ".join(FLAG_LABELS.get(str(f).strip(), str(f).strip()) for f in flags)


def history_table(history: pd.DataFrame) -> pd.DataFrame:
    """Verdict changes with their names, newest last."""
    if history.empty:
        return pd.DataFrame(columns=["changed_at", "previous", "verdict", "score"])
    out = history[["changed_at", "previous", "verdict", "score"]].copy()
    out["changed_at"] = pd.to_datetime(out["changed_at"], utc=True, format="ISO8601")
    for column in ("previous", "verdict"):
        out[column] = out[column].map(lambda v: VERDICT_LABELS.get(v, v))
    return out
