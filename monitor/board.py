"""What the live board shows, as DataFrames and dicts: KPIs, mention lists, cases, groups, sources.

No streamlit here (app.py is the UI). Every function takes the store and, where time matters,
`now`, so the board and its tests see the same numbers. Text in the results is untrusted
(it comes from the public): the UI must show it as plain text only.
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Any, Sequence

import pandas as pd

from monitor import cases, periods
from monitor.settings import PlaybookSettings
from monitor.store import Store
from monitor.text import main_language as _main_language
from monitor.texts import format_money
from monitor.wording import (AUDIT_ACTION_LABELS, CATEGORY_LABELS, LINK_METHOD_LABELS,  # noqa: F401
                             LINK_STATUS_LABELS, audit_detail, author_profile,
                             figures_table, flags_text, history_table, job_label, local_time)
from monitor.verdicts import (COMPLAINT_VERDICTS, HOSTILE_VERDICTS, STATUS_LABELS, VERDICT_LABELS,
                              parse_json)

logger = logging.getLogger(__name__)

CAMPAIGN_VERDICTS = HOSTILE_VERDICTS
course_label = cases.course_label  # how the board names a playbook course
PRIORITY_LABELS = {1: "1 – act today", 2: "2 – high", 3: "3 – normal", 4: "4 – low",
                   5: "5 – lowest"}
LANG_NAMES = {"pt": "Portuguese", "es": "Spanish", "en": "English"}
SUBJECT_TYPE_LABELS = {"author": "Account", "customer": "Customer"}
MENTION_COLUMNS = ["created_at", "source", "lang", "handle", "text", "category",
                   "disrespectful", "founded", "reposts", "link", "id"]


def period_starts(now: datetime, time_zone: str = "UTC") -> tuple[str, str]:
    """Start of today and of the last 7 days (today included) in the team's time zone, as
    stored (UTC) text."""
    week = periods.last_days(now, 7, time_zone)
    return week[-1][1], week[0][1]


# ---- overview -----------------------------------------------------------------------------

def kpis(store: Store, now: datetime, disrespect_min: float = 0.5,
         time_zone: str = "UTC") -> dict[str, Any]:
    """The headline numbers; `disrespect_share` is None when nothing of the week is scored.

    `disrespect_min` is detection's decision threshold (the classifier's aligned bar); "today"
    and the 7 days are the team's calendar days."""
    day_start, week_start = period_starts(now, time_zone)
    counts = store.mention_kpis(day_start, week_start, disrespect_min)
    verdicts = store.verdict_counts()
    groups = store.group_counts(week_start)
    failing = failing_sources(store)
    scored = counts["week_scored"]
    return {
        "mentions_today": counts["today"],
        "mentions_7d": counts["week"],
        "disrespect_share": counts["week_disrespectful"] / scored if scored else None,
        "disrespectful_7d": counts["week_disrespectful"],
        "founded_7d": counts["week_founded"],
        "complaints_open": cases.open_complaint_count(store, verdicts),
        "complaint_cases": sum(verdicts.get(v, 0) for v in COMPLAINT_VERDICTS),
        "campaigns": verdicts.get("campaign", 0),
        "watch": verdicts.get("watch", 0),
        "groups_active": groups["active"],
        "groups_total": groups["total"],
        "failing_sources": len(failing),
        "alerts_pending": store.alert_counts()["pending"],
    }


def daily_by_category(store: Store, now: datetime, days: int = 30,
                      time_zone: str = "UTC") -> pd.DataFrame:
    """Mentions per day (index, every day present) x category (columns), for a stacked chart;
    days are the team's calendar days."""
    bounds = periods.last_days(now, days, time_zone)
    counts = store.daily_breakdown(bounds, by=("category",))
    index = pd.Index([day for day, _, _ in bounds], name="day")
    if counts.empty:
        return pd.DataFrame(index=index)
    table = counts.pivot_table(index="day", columns="category", values="mentions",
                               aggfunc="sum", fill_value=0)
    table.columns.name = None
    return table.reindex(index, fill_value=0).astype(int)


def mention_facets(store: Store) -> dict[str, list[str]]:
    return store.mention_facets()


def mentions_table(store: Store, **filters: Any) -> pd.DataFrame:
    """Filtered mentions (see ReadQueries.mention_list) in display form, newest first."""
    return present_mentions(store.mention_list(**filters))


def present_mentions(frame: pd.DataFrame) -> pd.DataFrame:
    """Mentions as the board shows them: times parsed, scores rounded, only safe links."""
    if frame.empty:
        return pd.DataFrame(columns=MENTION_COLUMNS)
    out = frame.copy()
    out["created_at"] = pd.to_datetime(out["created_at"], utc=True, format="ISO8601")
    out["disrespectful"] = pd.to_numeric(out["p_disrespectful"], errors="coerce").round(2)
    out["founded"] = out["founded"].map(lambda v: None if pd.isna(v) else bool(v))
    out["link"] = out["url"].map(safe_link)
    out["category"] = out["category"].fillna("unscored")
    return out[MENTION_COLUMNS].reset_index(drop=True)


def safe_link(url: Any) -> str | None:
    """Only http(s) URLs become clickable: a `javascript:` URL from a post must never be a link."""
    if isinstance(url, str) and url.lower().startswith(("https://", "http://")):
        return url
    return None


def label_choices(store: Store, extra: Sequence[str] = ()) -> list[str]:
    """Categories a person can assign: the classifier's labels, then any others seen."""
    from monitor.classifier import CATEGORIES

    seen = store.mention_facets()["category"]
    return list(dict.fromkeys([*CATEGORIES, *seen, *extra]))


def mentions_to_label(store: Store, contains: str = "", limit: int = 300) -> pd.DataFrame:
    """Unlabelled mentions for the label tab, those the model is least sure of first.

    `sureness` is 0 on the model's bar and 0.5 when it is certain."""
    frame = store.least_sure_mentions(contains=contains, limit=limit)
    if frame.empty:
        return frame.assign(sureness=pd.Series(dtype=float))
    return frame.assign(sureness=pd.to_numeric(frame["sureness"], errors="coerce").round(2))


def train_report_tables(report: Any) -> dict[str, pd.DataFrame]:
    """A training report's numbers as tables: real held-out posts per language, new beside
    current, and the written sets (marked as written)."""
    rows = []
    if report.real:
        from monitor.evaluation import beside

        for lang, block, old in beside(report.real, report.previous_real):
            rows.append({
                "language": LANG_NAMES.get(lang, lang), "posts": block["n"],
                "complaint F1": block["complaint"]["f1"],
                "complaint F1 now": old["complaint"]["f1"] if old else None,
                "disrespect F1": block["disrespect"]["f1"],
                "disrespect F1 now": old["disrespect"]["f1"] if old else None,
                "false alarms": block["false_alarms"],
                "false alarms now": old["false_alarms"] if old else None,
            })
    written = [{"written set": name, "rows": m["n"], "macro-F1": round(m["macro_f1"], 3),
                "macro-F1 now": round(report.previous_written[name]["macro_f1"], 3)
                if name in report.previous_written else None}
               for name, m in report.written.items()]
    return {"real": pd.DataFrame(rows), "written": pd.DataFrame(written)}


# ---- cases: complaints and campaigns --------------------------------------------------------

def case_total(store: Store, verdicts: Sequence[str]) -> int:
    """How many people hold these verdicts (a list may show only the strongest)."""
    counts = store.verdict_counts()
    return sum(counts.get(v, 0) for v in verdicts)


CASE_LIST_LIMIT = 500
"""The strongest cases a list shows; the KPIs count them all."""


def subjects(store: Store, verdicts: Sequence[str], limit: int | None = CASE_LIST_LIMIT) -> pd.DataFrame:
    """People with these verdicts, headline figures as columns, strongest first (at most `limit`)."""
    frame = store.subjects_frame(verdicts, limit)
    if frame.empty:
        return frame
    figures = [parse_json(v, {}) for v in frame["figures_json"]]
    frame["figures"] = figures
    frame["reasons"] = [parse_json(v, []) for v in frame["reasons_json"]]
    frame["evidence"] = [parse_json(v, []) for v in frame["evidence_json"]]
    for key in ("mentions", "distinct_days", "disrespect_share", "founded_share", "complaints"):
        values = [f.get(key) for f in figures]
        if any(v is not None for v in values):
            frame[f"fig_{key}"] = values
    frame["verdict_label"] = frame["verdict"].map(lambda v: VERDICT_LABELS.get(v, v))
    frame["subject_type"] = frame["subject_type"].map(lambda t: SUBJECT_TYPE_LABELS.get(t, t))
    frame["status_label"] = frame["status"].map(lambda v: STATUS_LABELS.get(v, v))
    for column in ("verdict_since", "first_verdict_at", "last_mention_at", "updated_at"):
        frame[column] = pd.to_datetime(frame[column], utc=True, format="ISO8601")
    return frame.drop(columns=["figures_json", "reasons_json", "evidence_json"])


def case_tab(store: Store, case: str) -> str | None:
    """Which list a case is on: 'complaints', 'campaigns' or 'groups'; None when it has
    nothing to act on (no verdict to act on, or a group that no longer exists)."""
    if case.startswith("group:"):
        return "groups" if store.group_exists(case.removeprefix("group:")) else None
    row = store.verdict_row(case)
    verdict = row["verdict"] if row else None
    if verdict in COMPLAINT_VERDICTS:
        return "complaints"
    if verdict in CAMPAIGN_VERDICTS:
        return "campaigns"
    return None


def subject_detail(store: Store, subject_key: str, time_zone: str = "UTC") -> dict[str, Any] | None:
    """Everything the case view needs about one subject, or None if it has no verdict; times
    written as text are in the team's time zone."""
    row = store.verdict_row(subject_key)
    if row is None:
        return None
    author_keys = store.subject_author_keys(subject_key)
    evidence_ids = [str(i) for i in parse_json(row.get("evidence_json"), [])]
    history = store.verdict_history(subject_key)
    became = history[history["verdict"] == row["verdict"]]["changed_at"] if not history.empty else []
    mentions = store.mention_list(author_keys=author_keys, limit=1000)
    return {
        "subject_key": subject_key,
        "subject_type": row.get("subject_type"),
        "verdict": row["verdict"],
        "verdict_label": VERDICT_LABELS.get(row["verdict"], row["verdict"]),
        "score": row.get("score"),
        "verdict_since": row.get("verdict_since"),
        "first_verdict_at": min(became) if len(became) else row.get("verdict_since"),
        "figures": figures_table(parse_json(row.get("figures_json"), {}), time_zone),
        "reasons": [str(r) for r in parse_json(row.get("reasons_json"), [])],
        "evidence": present_mentions(store.mentions_by_ids(evidence_ids)),
        "history": history_table(history),
        "authors": store.authors_by_keys(author_keys),
        "mentions": present_mentions(mentions),
        "timeline": timeline(mentions),
        "lang": main_language(mentions),
        "events": case_timeline(store, subject_key),
    }


def case_timeline(store: Store, subject_key: str) -> pd.DataFrame:
    """What happened to a case, oldest first: verdict changes, status and owner changes, notes,
    accounts merged into it. Notes are people's text: show them as plain text."""
    events = store.case_events(subject_key)
    if events.empty:
        return pd.DataFrame(columns=["when", "who", "what", "detail"])
    what = {"verdict": "Verdict", "status": "Status", "owner": "Owner", "note": "Note",
            "merged": "Account merged into this case"}
    detail = [STATUS_LABELS.get(d, d) if k == "status" else VERDICT_LABELS.get(d, d) if k == "verdict" else d
              for k, d in zip(events["kind"], events["detail"])]
    return pd.DataFrame({"when": pd.to_datetime(events["at"], utc=True, format="ISO8601"),
                         "who": events["by"], "what": events["kind"].map(lambda k: what.get(k, k)),
                         "detail": detail})


def timeline(mentions: pd.DataFrame) -> pd.DataFrame:
    """An author's (or customer's) mentions per day by category: the shape of a campaign."""
    if mentions.empty:
        return pd.DataFrame()
    days = mentions["created_at"].str.slice(0, 10)
    table = pd.crosstab(days, mentions["category"].fillna("unscored"))
    table.index.name = "day"
    table.columns.name = None
    return table


def main_language(mentions: pd.DataFrame) -> str:
    """The language a subject writes in most (ties: alphabetical), 'en' when unknown."""
    return _main_language(mentions["lang"] if not mentions.empty else [], default="en")


def case_for(store: Store, subject_key: str, now: datetime,
             settings: PlaybookSettings | None = None) -> dict[str, Any]:
    """The case of one subject (see `monitor.cases`): course, priority, reasons, checklist
    [(step_id, text, done)], drafts {lang: text}, customer and `available` (False when the
    playbook could not run or the subject has no verdict)."""
    case = cases.open_case(store, subject_key, now, settings)
    return (case or cases.Case(subject_key, "none", None, None, [])).as_dict()


def ordered_drafts(drafts: dict[str, str], lang: str) -> list[tuple[str, str]]:
    """Draft messages with the subject's language first, then pt, es, en."""
    order = [lang, "pt", "es", "en"]
    keys = sorted(drafts, key=lambda k: (order.index(k) if k in order else len(order), k))
    return [(k, drafts[k]) for k in keys]


# ---- groups, customers, sources -------------------------------------------------------------

def groups(store: Store) -> pd.DataFrame:
    """Coordinated groups with member and mention counts, most recent first."""
    frame = store.groups_frame()
    if frame.empty:
        return frame
    frame["members"] = [parse_json(v, []) for v in frame["members_json"]]
    frame["mention_ids"] = [parse_json(v, []) for v in frame["mention_ids_json"]]
    frame["accounts"] = frame["members"].map(len)
    frame["posts"] = frame["mention_ids"].map(len)
    for column in ("first_at", "last_at"):
        frame[column] = pd.to_datetime(frame[column], utc=True, format="ISO8601")
    return frame.drop(columns=["members_json", "mention_ids_json"])


def group_detail(store: Store, group_id: str) -> dict[str, pd.DataFrame] | None:
    frame = groups(store)
    match = frame[frame["group_id"] == group_id] if not frame.empty else frame
    if match.empty:
        return None
    row = match.iloc[0]
    key = f"group:{group_id}"
    return {"members": store.authors_by_keys(row["members"]),
            "mentions": present_mentions(store.mentions_by_ids(row["mention_ids"])),
            "case": cases.group_case(store, row.to_dict()).as_dict(), "subject_key": key,
            "events": case_timeline(store, key)}


def failing_sources(store: Store) -> pd.DataFrame:
    """Collectors (`collect:<source>` jobs) whose latest runs failed, with the failure streak."""
    health = store.job_health()
    if health.empty:
        return health
    failing = (health["consecutive_failures"] > 0) & health["job"].str.startswith("collect:")
    return health[failing].reset_index(drop=True)


def sources_health(store: Store, now: datetime, time_zone: str = "UTC") -> dict[str, pd.DataFrame]:
    """Jobs and their failures, mentions per source in the team's last 7 days, the alert
    outbox and the quarantine, with jobs named in plain words (the board's table helper names
    the networks)."""
    _, week_start = period_starts(now, time_zone)
    health = store.job_health()
    if not health.empty:
        health = health.assign(error=health["error"].fillna("").str.slice(0, 300),
                               job=health["job"].map(job_label))
        health = _run_figures(health, now, time_zone)
    alerts = store.alerts_frame()  # pending first, then newest; state: pending, sent, digest, historic
    if not alerts.empty:
        alerts = alerts[["created_at", "state", "kind", "title", "attempts", "last_error", "sent_at"]]
        alerts = alerts.assign(last_error=alerts["last_error"].fillna(""))
    quarantine = store.quarantined()
    if not quarantine.empty:
        quarantine = quarantine[["created_at", "source", "native_id", "error"]]
    return {"jobs": health, "activity": store.source_activity(week_start), "alerts": alerts,
            "quarantine": quarantine}


JOB_ORDER = ["job", "runs", "stored", "started_at", "status", "retries", "waited_s", "quarantined",
             "consecutive_failures", "error"]


def _run_figures(health: pd.DataFrame, now: datetime, time_zone: str) -> pd.DataFrame:
    """What each job's last run went through (retries, seconds waited, items quarantined; blank
    counts are runs recorded before they were counted) and a resting source's status as
    'resting until HH:MM' in the team's time zone."""
    status = [rest_status(until, now, time_zone) if state == "resting" else state
              for state, until in zip(health["status"], health["resting_until"])]
    health = health.assign(status=status, retries=health["retries"].fillna(0).astype(int),
                           waited_s=health["waited_s"].fillna(0.0).astype(float).round(1),
                           quarantined=health["quarantined"].fillna(0).astype(int))
    return health[[c for c in JOB_ORDER if c in health.columns]]


def rest_status(until: Any, now: datetime, time_zone: str = "UTC") -> str:
    """'resting until 14:05' (the date too when it is not today in the team's time zone), or
    'rested until 14:05' once that time has passed (the source runs on its next round)."""
    shown = local_time(until, time_zone)
    if shown == "–":
        return "resting"
    if shown[:10] == local_time(now, time_zone)[:10]:
        shown = shown[11:]
    over = pd.Timestamp(until) <= pd.Timestamp(now)
    return f"rested until {shown}; runs on its next round" if over else f"resting until {shown}"


# ---- customers, authors, labels -------------------------------------------------------------

def links(store: Store, currency: str = "R$") -> dict[str, pd.DataFrame]:
    """The Customers & links tab: proposals to review, every link, the customers, in plain
    words: how each link was found (`matched_by`), its status, verdict names, flags, and
    amounts in each customer's currency (`currency` where the CRM gave none)."""
    review, every = store.links_to_review(), store.links_frame()
    for frame in (review, every):
        frame["matched_by"] = frame["method"].map(lambda m: LINK_METHOD_LABELS.get(m, m))
        frame["status"] = frame["status"].map(lambda s: LINK_STATUS_LABELS.get(s, s))
    customers = store.customers_overview()
    if not customers.empty:
        symbols = customers["currency"].map(lambda c: c if isinstance(c, str) and c else currency)
        for column in ("monthly_value", "overdue_balance"):
            customers[column] = [format_money(float(v), "en", s) if pd.notna(v) else "" for s, v
                                 in zip(symbols, customers[column])]
        customers["verdict"] = customers["verdict"].map(
            lambda v: VERDICT_LABELS.get(v, v) if isinstance(v, str) else "Not assessed")
        customers["flags"] = customers["flags"].map(flags_text)
        customers = customers.drop(columns=["currency"])
    return {"review": review, "all": every, "customers": customers}


def author_search(store: Store, contains: str = "") -> pd.DataFrame:
    """Authors whose handle, name or key contains the text, most recently seen first, with
    their verdict's name."""
    frame = store.author_search(contains)
    frame["verdict"] = frame["verdict"].map(lambda v: VERDICT_LABELS.get(v, v) if isinstance(v, str) else v)
    return frame


def author_detail(store: Store, author_key: str, time_zone: str = "UTC") -> dict[str, Any] | None:
    """One author's profile (raw, and as rows a person reads), mentions, timeline and verdict
    history; None if unknown."""
    profile = store.author_profile(author_key)
    if profile is None:
        return None
    mentions = store.mention_list(author_keys=[author_key], limit=1000)
    return {"profile": profile, "profile_rows": author_profile(profile, time_zone),
            "mentions": present_mentions(mentions),
            "timeline": timeline(mentions), "history": history_table(store.verdict_history(author_key))}


def labels(store: Store) -> tuple[list[str], pd.DataFrame]:
    """The categories a person can assign, and the corrections made so far."""
    return label_choices(store), store.labels_frame()


# ---- audit log (admins) ---------------------------------------------------------------------

def audit_log(store: Store, action: str | None = None, actor: str = "", limit: int = 500) -> pd.DataFrame:
    """The audit log, newest first, in plain words: when, who, what, which subject (a key, or
    an erased person's hash), details. Filters: one action, one person."""
    frame = store.audit_frame(limit, action=action or None, actor=actor.strip() or None)
    return pd.DataFrame({
        "when": frame["at"], "who": frame["actor"],
        "what": frame["action"].map(lambda a: AUDIT_ACTION_LABELS.get(a, a)),
        "subject": frame["target"].map(lambda t: t if str(t).startswith("subject:")
                                       else store.display_name(str(t))),
        "detail": frame["detail"].map(audit_detail)})


def audit_actions(store: Store) -> dict[str, str]:
    """The actions recorded so far, by their plain name."""
    return {a: AUDIT_ACTION_LABELS.get(a, a) for a in store.audit_actions()}
