"""The live board: what the public says about the company, and what to do about each case.

UI only (the numbers come from monitor.board). Reads MONITOR_DB / MONITOR_CONFIG; start it with
`monitor board`. Mention texts, author names and handles are untrusted: they are shown only
through st.dataframe, st.text, st.code and selectbox options, never as markdown or HTML.
"""

from __future__ import annotations

import re
import threading
from typing import Any, Callable

import altair as alt
import pandas as pd
import streamlit as st

from monitor import board
from monitor.config import load_config
from monitor.errors import MonitorError
from monitor.mention import utcnow
from monitor.store import Store, open_store

st.set_page_config(page_title="Complaint monitor", page_icon="📣", layout="wide",
                   initial_sidebar_state="collapsed")

# ---- constants ----------------------------------------------------------------------------

try:
    CONFIG = load_config()
except MonitorError as exc:
    st.error("The configuration could not be read. Fix it and reload the page.")
    st.text(str(exc))
    st.stop()

DB_PATH = str(CONFIG.db_path)
SHARED_DATASETS = CONFIG.model.shared_datasets
REFRESH_S = max(CONFIG.board.refresh_s, 2)
DISRESPECT_MIN = CONFIG.detection.decision_threshold
MENTION_LIMIT = 300
MINUTES = "YYYY-MM-DD HH:mm"
TABS = ("Overview", "Complaints to recover", "Campaigns", "Coordinated groups",
        "Customers & links", "Authors", "Label corrections", "Sources health")
LANG_NAMES = board.LANG_NAMES
CATEGORY_COLORS = {"disrespectful": "#c0392b", "founded_complaint": "#f39c12", "other": "#5d8aa8",
                   "unscored": "#d5d8dc"}
VERDICT_COLORS = {"campaign": "red", "watch": "orange", "recurring_complaint": "yellow",
                  "one_off_complaint": "blue", "none": "gray"}
OTHER_COLORS = ["#8e44ad", "#16a085", "#2c3e50", "#d35400", "#7f8c8d"]

MENTION_COLUMNS = {
    "created_at": st.column_config.DatetimeColumn("Posted (UTC)", format=MINUTES),
    "source": st.column_config.TextColumn("Source"),
    "lang": st.column_config.TextColumn("Lang", width="small"),
    "handle": st.column_config.TextColumn("Author"),
    "text": st.column_config.TextColumn("Text", width="large"),
    "category": st.column_config.TextColumn("Category"),
    "disrespectful": st.column_config.ProgressColumn(
        "Disrespect", min_value=0.0, max_value=1.0, format="%.2f",
        help="Probability that the mention is disrespectful (insults, slurs, threats, profanity)."),
    "founded": st.column_config.CheckboxColumn("Founded", help="Specific, factual complaint."),
    "reposts": st.column_config.NumberColumn("Reposts", width="small"),
    "link": st.column_config.LinkColumn("Link", display_text="open", width="small"),
    "id": None,
}
AUTHOR_COLUMNS = {
    "author_key": "Account key", "handle": "Handle", "name": "Name", "source": "Source",
    "verdict": "Verdict", "mentions": "Mentions", "customer_id": "Customer id",
    "first_seen_at": "First seen (UTC)", "last_seen_at": "Last seen (UTC)",
    "last_mention_at": "Last mention (UTC)",
}
LINK_COLUMNS = {
    "author_key": "Account key", "handle": "Author", "author_name": "Author name",
    "customer_id": "Customer id", "customer_name": "Customer", "method": "Matched by",
    "confidence": st.column_config.ProgressColumn("Confidence", min_value=0.0, max_value=1.0,
                                                  format="%.2f"),
    "status": "Status", "decided_by": "Decided by", "decided_at": "Decided (UTC)",
}
CUSTOMER_COLUMNS = {
    "customer_id": "Customer id", "name": "Name", "plan": "Plan", "customer_since": "Customer since",
    "monthly_value": st.column_config.NumberColumn("Monthly value", format="%.2f"),
    "overdue_balance": st.column_config.NumberColumn("Overdue", format="%.2f"),
    "days_overdue": "Days overdue", "flags": "Flags", "linked_authors": "Linked accounts",
    "verdict": "Verdict", "score": st.column_config.NumberColumn("Score", format="%.2f"),
}
CASE_COLUMNS = {
    "display_name": st.column_config.TextColumn("Author / customer"),
    "subject_type": st.column_config.TextColumn("Type", width="small"),
    "verdict_label": st.column_config.TextColumn("Verdict"),
    "score": st.column_config.NumberColumn("Score", format="%.2f"),
    "fig_mentions": st.column_config.NumberColumn("Mentions (window)"),
    "fig_distinct_days": st.column_config.NumberColumn("Days"),
    "fig_disrespect_share": st.column_config.ProgressColumn(
        "Disrespectful", min_value=0.0, max_value=1.0, format="percent"),
    "first_verdict_at": st.column_config.DatetimeColumn("Verdict since (UTC)",
                                                        format=MINUTES),
    "last_mention_at": st.column_config.DatetimeColumn("Last mention (UTC)",
                                                       format=MINUTES),
    "lang": st.column_config.TextColumn("Lang", width="small"),
    "customer_name": st.column_config.TextColumn("Customer"),
    "steps_done": st.column_config.NumberColumn("Steps done"),
}
JOB_COLUMNS = {
    "job": "Job", "runs": "Runs", "stored": "Mentions stored", "started_at": "Last run (UTC)",
    "status": "Last status", "error": st.column_config.TextColumn("Last error", width="large"),
    "consecutive_failures": "Failures in a row",
}


# ---- resources and cached queries -----------------------------------------------------------

@st.cache_resource
def get_store(db_path: str) -> Store:
    return open_store(db_path)


@st.cache_resource
def write_lock(db_path: str) -> threading.Lock:
    """One writer at a time per database from this board process (sessions share the store)."""
    return threading.Lock()


@st.cache_data(ttl=REFRESH_S, show_spinner=False)
def load_kpis(db_path: str) -> dict[str, Any]:
    return board.kpis(get_store(db_path), utcnow(), DISRESPECT_MIN)


@st.cache_data(ttl=REFRESH_S, show_spinner=False)
def load_daily(db_path: str, days: int) -> pd.DataFrame:
    return board.daily_by_category(get_store(db_path), utcnow(), days)


@st.cache_data(ttl=REFRESH_S, show_spinner=False)
def load_facets(db_path: str) -> dict[str, list[str]]:
    return board.mention_facets(get_store(db_path))


@st.cache_data(ttl=REFRESH_S, show_spinner=False)
def load_mentions(db_path: str, **filters: Any) -> pd.DataFrame:
    return board.mentions_table(get_store(db_path), **filters)


@st.cache_data(ttl=REFRESH_S, show_spinner=False)
def load_subjects(db_path: str, verdicts: tuple[str, ...]) -> pd.DataFrame:
    return board.subjects(get_store(db_path), verdicts)


@st.cache_data(ttl=REFRESH_S, show_spinner=False)
def load_subject(db_path: str, subject_key: str) -> dict[str, Any] | None:
    return board.subject_detail(get_store(db_path), subject_key)


@st.cache_data(ttl=REFRESH_S, show_spinner=False)
def load_case(db_path: str, subject_key: str) -> dict[str, Any]:
    return board.case_for(get_store(db_path), subject_key, utcnow(), CONFIG.playbook)


@st.cache_data(ttl=REFRESH_S, show_spinner=False)
def load_groups(db_path: str) -> pd.DataFrame:
    return board.groups(get_store(db_path))


@st.cache_data(ttl=REFRESH_S, show_spinner=False)
def load_group(db_path: str, group_id: str) -> dict[str, pd.DataFrame] | None:
    return board.group_detail(get_store(db_path), group_id)


@st.cache_data(ttl=REFRESH_S, show_spinner=False)
def load_links(db_path: str) -> dict[str, pd.DataFrame]:
    return board.links(get_store(db_path))


@st.cache_data(ttl=REFRESH_S, show_spinner=False)
def load_authors(db_path: str, contains: str) -> pd.DataFrame:
    return board.author_search(get_store(db_path), contains)


@st.cache_data(ttl=REFRESH_S, show_spinner=False)
def load_author(db_path: str, author_key: str) -> dict[str, Any] | None:
    return board.author_detail(get_store(db_path), author_key)


@st.cache_data(ttl=REFRESH_S, show_spinner=False)
def load_to_label(db_path: str, contains: str) -> pd.DataFrame:
    return board.mentions_to_label(get_store(db_path), contains=contains, limit=MENTION_LIMIT)


@st.cache_data(ttl=REFRESH_S, show_spinner=False)
def load_labels(db_path: str) -> tuple[list[str], pd.DataFrame]:
    return board.labels(get_store(db_path))


@st.cache_data(ttl=REFRESH_S, show_spinner=False)
def load_sources(db_path: str) -> dict[str, pd.DataFrame]:
    return board.sources_health(get_store(db_path), utcnow())


def write(action: Callable[[Store], None]) -> None:
    """Run one write against the store, then drop cached reads so every view shows it."""
    with write_lock(DB_PATH):
        action(get_store(DB_PATH))
    st.cache_data.clear()


def category_colors(categories: pd.Index) -> list[str]:
    """Stable colours: hostile categories warm, complaints amber, positive green, the rest cool."""
    return [CATEGORY_COLORS.get(str(c), OTHER_COLORS[i % len(OTHER_COLORS)])
            for i, c in enumerate(categories)]


def daily_chart(daily: pd.DataFrame, height: int = 260) -> alt.Chart:
    """Stacked bars per day (ISO day strings keep the order), labelled like 'Nov 23'."""
    long = daily.reset_index().melt(id_vars="day", var_name="category", value_name="mentions")
    categories = list(daily.columns)
    return alt.Chart(long, height=height).mark_bar().encode(
        x=alt.X("day:O", title=None, axis=alt.Axis(
            labelAngle=0, labelOverlap=True, labelExpr="timeFormat(toDate(datum.value), '%b %d')")),
        y=alt.Y("sum(mentions):Q", title="Mentions"),
        color=alt.Color("category:N", title="Category", legend=alt.Legend(orient="top"),
                        scale=alt.Scale(domain=categories, range=category_colors(daily.columns))),
        order=alt.Order("category:N"),
        tooltip=["day:O", "category:N", "mentions:Q"],
    )


def escape_markdown(text: str) -> str:
    """Widget labels render markdown: backslash-escape it so a label shows exactly its text."""
    return re.sub(r"([\\`*_{}\[\]()#+\-.!|<>~:$])", r"\\\1", text)


def _plain(value: Any) -> str:
    return "" if value is None or (isinstance(value, float) and pd.isna(value)) else str(value)


def user_name() -> str:
    return (st.session_state.get("user_name") or "").strip() or "board"


# ---- components ---------------------------------------------------------------------------

def show_mentions(frame: pd.DataFrame, key_prefix: str, empty: str, height: int | str = "auto") -> None:
    """A mention table (plain-text cells); `empty` explains what would appear here."""
    if frame.empty:
        st.info(empty)
        return
    st.dataframe(frame, column_config=MENTION_COLUMNS, hide_index=True, height=height,
                 key=f"{key_prefix}_mentions")


def kpi_strip() -> None:
    numbers = load_kpis(DB_PATH)
    share = numbers["disrespect_share"]
    cols = st.columns(7)
    cols[0].metric("Mentions today", numbers["mentions_today"], border=True,
                   help="Mentions posted since 00:00 UTC today.")
    cols[1].metric("Mentions, 7 days", numbers["mentions_7d"], border=True,
                   help="Mentions posted in the last 7 days, today included.")
    cols[2].metric("Disrespectful", "–" if share is None else f"{share:.0%}", border=True,
                   help="Share of the last 7 days' classified mentions that are disrespectful.")
    cols[3].metric("Complaints open", numbers["complaints_open"], border=True,
                   help="Founded-complaint cases (one-off or recurring) whose recovery checklist "
                        "is not complete.")
    cols[4].metric("Active campaigns", numbers["campaigns"], border=True,
                   delta=f"{numbers['watch']} on watch" if numbers["watch"] else None,
                   delta_color="off", delta_arrow="off",
                   help="Authors or customers waging a war on the company (repeated, "
                        "disrespectful, baseless); 'on watch' may become one.")
    cols[5].metric("Coord. groups", numbers["groups_active"], border=True,
                   delta_color="off", delta_arrow="off",
                   delta=f"{numbers['groups_total']} in all"
                   if numbers["groups_total"] > numbers["groups_active"] else None,
                   help="Groups of accounts posting near-identical texts within minutes, "
                        "active in the last 7 days.")
    pending = numbers["alerts_pending"]
    cols[6].metric("Failing sources", numbers["failing_sources"], border=True,
                   delta=f"{pending} alert{'s' if pending > 1 else ''} pending" if pending else None,
                   delta_color="off", delta_arrow="off",
                   help="Collectors whose last run failed. See Sources health.")


def overview_tab() -> None:
    st.subheader("Mentions per day, by category (last 30 days, UTC)")
    daily = load_daily(DB_PATH, 30)
    if daily.empty or not daily.to_numpy().sum():
        st.info("No mentions in the last 30 days yet. They appear here as collectors bring them in.")
    else:
        st.altair_chart(daily_chart(daily), key="ov_chart")

    st.subheader("Latest mentions")
    facets = load_facets(DB_PATH)
    cols = st.columns([2, 1, 1, 2])
    categories = cols[0].multiselect("Category", facets["category"], key="ov_category")
    langs = cols[1].multiselect("Language", facets["lang"], key="ov_lang")
    sources = cols[2].multiselect("Source", facets["source"], key="ov_source")
    contains = cols[3].text_input("Text or author contains", key="ov_contains").strip()
    flags = st.columns(3)
    founded_only = flags[0].checkbox("Only founded complaints", key="ov_founded")
    disrespectful_only = flags[1].checkbox("Only disrespectful", key="ov_disrespectful")
    frame = load_mentions(DB_PATH, categories=tuple(categories), langs=tuple(langs),
                          sources=tuple(sources), contains=contains, founded_only=founded_only,
                          disrespect_min=DISRESPECT_MIN if disrespectful_only else None,
                          limit=MENTION_LIMIT)
    flags[2].text(f"Showing {len(frame)} (newest first, at most {MENTION_LIMIT})")
    show_mentions(frame, "ov", "No mentions match. Clear the filters, or wait for new mentions.",
                  height=420)


def subject_option(subjects: pd.DataFrame) -> Callable[[str], str]:
    names = dict(zip(subjects["subject_key"], subjects["display_name"]))
    labels = dict(zip(subjects["subject_key"], subjects["verdict_label"]))
    scores = dict(zip(subjects["subject_key"], subjects["score"]))
    return lambda key: f"{names.get(key, key)} · {labels.get(key, '')} · score {scores.get(key, 0):.2f}"


def toggle_step(subject_key: str, step_id: str, widget_key: str) -> None:
    done = bool(st.session_state.get(widget_key))
    write(lambda store: store.set_step(subject_key, step_id, done, user_name()))


def case_view(subject_key: str, key_prefix: str) -> None:
    """One case: verdict and evidence, the playbook course, drafts and the checklist."""
    detail = load_subject(DB_PATH, subject_key)
    if detail is None:
        st.info("This case has no verdict any more (it was re-assessed). Pick another one.")
        return
    case = load_case(DB_PATH, subject_key)
    st.badge(detail["verdict_label"], color=VERDICT_COLORS.get(detail["verdict"], "gray"))
    cols = st.columns(4)
    cols[0].metric("Score", f"{detail['score']:.2f}" if detail["score"] is not None else "–")
    cols[1].metric("Verdict since (UTC)", str(detail["first_verdict_at"] or "–")[:16].replace("T", " "),
                   help="When the subject first got this verdict.")
    cols[2].metric("Mentions stored", len(detail["mentions"]))
    cols[3].metric("Writes in", LANG_NAMES.get(detail["lang"], "Other language"))

    left, right = st.columns([3, 2], gap="large")
    with left:
        st.markdown("**Why: the documented facts**")
        reasons = detail["reasons"] or case["reasons"]
        st.text("\n".join(f"• {r}" for r in reasons) if reasons else "No reasons recorded.")
        st.dataframe(detail["figures"], hide_index=True, key=f"{key_prefix}_figures")
    with right:
        st.markdown("**Recommended course**")
        if not case["available"]:
            st.warning("The playbook is not available for this case; showing the detector's "
                       "reasons only.")
        else:
            priority = board.PRIORITY_LABELS.get(case["priority"], str(case["priority"]))
            st.text(f"Course: {board.course_label(case['course'])}\nPriority: {priority}")
            if case["reasons"]:
                st.text("\n".join(f"• {r}" for r in case["reasons"]))
            checklist_view(subject_key, case["checklist"], key_prefix)
    if case["available"] and case["drafts"]:
        st.markdown("**Draft messages** (the author's language first; review before sending)")
        for lang, text in board.ordered_drafts(case["drafts"], detail["lang"]):
            st.text(LANG_NAMES.get(lang, lang))
            st.code(text, language=None, wrap_lines=True)
    st.markdown("**Evidence mentions**")
    show_mentions(detail["evidence"], f"{key_prefix}_evidence",
                  "The detector recorded no evidence mentions for this case.")
    customer = case.get("customer")
    if customer:
        st.markdown("**Customer record**")
        st.dataframe(pd.DataFrame([{k: str(v) for k, v in customer.items()}]), hide_index=True,
                     key=f"{key_prefix}_customer")
    profile_view(detail, key_prefix)


def checklist_view(subject_key: str, checklist: list[tuple[str, str, bool]], key_prefix: str) -> None:
    if not checklist:
        st.text("No checklist for this course.")
        return
    done = sum(1 for *_, is_done in checklist if is_done)
    st.progress(done / len(checklist), text=f"Checklist: {done} of {len(checklist)} steps done")
    for step_id, text, is_done in checklist:
        widget_key = f"{key_prefix}_step_{subject_key}_{step_id}"
        st.checkbox(escape_markdown(text), value=is_done, key=widget_key, on_change=toggle_step,
                    args=(subject_key, step_id, widget_key), wrap=True, width="stretch")


def profile_view(detail: dict[str, Any], key_prefix: str) -> None:
    """Who is behind the case and how their mentions evolved."""
    with st.expander("Author profile: timeline, verdict history, all mentions"):
        st.text("Accounts")
        st.dataframe(detail["authors"], hide_index=True, key=f"{key_prefix}_authors",
                     column_config=AUTHOR_COLUMNS)
        if not detail["timeline"].empty:
            st.text("Mentions per day, by category")
            st.altair_chart(daily_chart(detail["timeline"], height=200), key=f"{key_prefix}_chart")
        st.text("Verdict history (UTC)")
        st.dataframe(detail["history"], hide_index=True, key=f"{key_prefix}_history")
        show_mentions(detail["mentions"], f"{key_prefix}_all", "No mentions stored.")


def cases_tab(verdicts: tuple[str, ...], key_prefix: str, intro: str, empty: str,
              columns: dict[str, Any]) -> None:
    st.caption(intro)
    subjects = load_subjects(DB_PATH, verdicts)
    if subjects.empty:
        st.info(empty)
        return
    shown = [c for c in columns if c in subjects.columns]
    st.dataframe(subjects[shown], column_config=columns, hide_index=True,
                 key=f"{key_prefix}_table")
    chosen = st.selectbox("Open a case", list(subjects["subject_key"]),
                          format_func=subject_option(subjects), key=f"{key_prefix}_case")
    if chosen:
        case_view(chosen, key_prefix)



def groups_tab() -> None:
    st.caption("Different accounts posting near-identical texts within minutes of each other: "
               "often one campaign behind several accounts.")
    frame = load_groups(DB_PATH)
    if frame.empty:
        st.info("No coordinated groups detected.")
        return
    st.dataframe(frame[["last_at", "first_at", "accounts", "occurrences", "sample_text"]],
                 column_config={
                     "last_at": st.column_config.DatetimeColumn("Last post (UTC)", format=MINUTES),
                     "first_at": st.column_config.DatetimeColumn("First post (UTC)", format=MINUTES),
                     "accounts": st.column_config.NumberColumn("Accounts"),
                     "occurrences": st.column_config.NumberColumn("Posts"),
                     "sample_text": st.column_config.TextColumn("Sample text", width="large"),
                 }, hide_index=True, key="grp_table")
    samples = dict(zip(frame["group_id"], frame["sample_text"].fillna("")))
    chosen = st.selectbox("Open a group", list(frame["group_id"]),
                          format_func=lambda g: f"{g} · {samples.get(g, '')[:80]}", key="grp_pick")
    detail = load_group(DB_PATH, chosen) if chosen else None
    if detail:
        st.text("Accounts in the group")
        st.dataframe(detail["members"], hide_index=True, key="grp_members", column_config=AUTHOR_COLUMNS)
        st.text("Their posts")
        show_mentions(detail["mentions"], "grp", "The group's posts are no longer stored.")


def links_tab() -> None:
    data = load_links(DB_PATH)
    review, customers = data["review"], data["customers"]
    st.subheader("Author ↔ customer links to review")
    st.caption("Links found automatically or proposed by name similarity. Confirm the right ones "
               "so a customer's history and value count in the playbook; reject the wrong ones.")
    if review.empty:
        st.info("Nothing to review: every link has been decided.")
    else:
        st.dataframe(review, hide_index=True, key="lnk_review", column_config=LINK_COLUMNS)
        rows = {r.author_key: r for r in review.itertuples(index=False)}
        chosen = st.selectbox(
            "Link", list(rows), key="lnk_pick",
            format_func=lambda k: f"{rows[k].handle} → {rows[k].customer_name or rows[k].customer_id}"
                                  f" ({rows[k].method}, {rows[k].confidence:.2f})")
        cols = st.columns(6)
        if cols[0].button("Confirm link", key="lnk_confirm", type="primary"):
            row = rows[chosen]
            write(lambda s: s.decide_link(chosen, row.customer_id, "confirmed", user_name()))
            st.rerun()
        if cols[1].button("Reject link", key="lnk_reject"):
            row = rows[chosen]
            write(lambda s: s.decide_link(chosen, row.customer_id, "rejected", user_name()))
            st.rerun()

    st.subheader("Link an author to a customer by hand")
    if customers.empty:
        st.info("No customers imported yet: run `monitor customers import <crm file>`.")
    else:
        find = st.text_input("Find the author: handle or name contains", key="lnk_find").strip()
        authors = load_authors(DB_PATH, find)
        handles = dict(zip(authors["author_key"], authors["handle"].fillna("")))
        names = dict(zip(customers["customer_id"], customers["name"].fillna("")))
        cols = st.columns([2, 2, 1], vertical_alignment="bottom")
        author = cols[0].selectbox("Author", list(handles), index=None, key="lnk_author",
                                   format_func=lambda k: f"{handles.get(k, '')} ({k})",
                                   placeholder="Choose an author")
        customer = cols[1].selectbox("Customer", list(names), index=None, key="lnk_customer",
                                     format_func=lambda c: f"{names.get(c, '')} ({c})",
                                     placeholder="Choose a customer")
        if cols[2].button("Link", key="lnk_manual", disabled=not (author and customer)):
            write(lambda s: s.decide_link(author, customer, "manual", user_name()))
            st.rerun()
        st.subheader("Customers")
        st.dataframe(customers, hide_index=True, key="lnk_customers", column_config=CUSTOMER_COLUMNS)
    if not data["all"].empty:
        with st.expander("All links and decisions"):
            st.dataframe(data["all"], hide_index=True, key="lnk_all", column_config=LINK_COLUMNS)


def authors_tab() -> None:
    st.caption("Look up any author: their mentions over time and how their verdict evolved.")
    contains = st.text_input("Handle or name contains", key="au_contains").strip()
    authors = load_authors(DB_PATH, contains)
    if authors.empty:
        st.info("No authors match." if contains else "No authors yet.")
        return
    st.dataframe(authors, hide_index=True, key="au_table", height=240, column_config=AUTHOR_COLUMNS)
    handles = dict(zip(authors["author_key"], authors["handle"].fillna("")))
    chosen = st.selectbox("Author", list(handles), key="au_pick",
                          format_func=lambda k: f"{handles.get(k, '')} ({k})")
    data = load_author(DB_PATH, chosen) if chosen else None
    if data is None:
        return
    profile = data["profile"]
    verdict = profile["verdict"] if isinstance(profile["verdict"], str) else None
    st.badge(board.VERDICT_LABELS.get(verdict, verdict) if verdict else "Not assessed",
             color=VERDICT_COLORS.get(verdict, "gray"))
    cols = st.columns(3)
    cols[0].metric("Mentions", int(profile["mentions"]))
    cols[1].metric("First seen (UTC)", str(profile["first_seen_at"] or "–")[:10])
    cols[2].metric("Linked customer", "yes" if isinstance(profile["customer_id"], str) else "no")
    st.dataframe(pd.DataFrame({"field": list(profile), "value": [_plain(v) for v in profile.values()]}),
                 hide_index=True, key="au_profile")
    if not data["timeline"].empty:
        st.text("Mentions per day, by category")
        st.altair_chart(daily_chart(data["timeline"], height=200), key="au_chart")
    st.text("Verdict history (UTC)")
    if data["history"].empty:
        st.text("No verdict changes recorded.")
    else:
        st.dataframe(data["history"][["changed_at", "previous", "verdict", "score"]],
                     hide_index=True, key="au_history")
    show_mentions(data["mentions"], "au", "No mentions stored.")


def labels_tab() -> None:
    st.caption("Teach the classifier: correct the category of a mention. The mentions the model "
               "is least sure of come first, since a label there teaches it the most. Corrections "
               "are used the next time the classifier is retrained.")
    choices, labels = load_labels(DB_PATH)
    contains = st.text_input("Find mentions: text or author contains", key="lb_contains").strip()
    frame = load_to_label(DB_PATH, contains)
    if frame.empty:
        st.info("No unlabelled mentions to correct." if not contains else "No unlabelled mentions match.")
    else:
        texts = dict(zip(frame["id"], frame["text"].fillna("")))
        categories = dict(zip(frame["id"], frame["category"]))
        meta = {r.id: f"sureness {r.sureness:.2f} · {str(r.created_at)[:16]} · {r.handle or ''} · "
                      f"{board.CATEGORY_LABELS.get(r.category, r.category)}"
                for r in frame.itertuples(index=False)}
        chosen = st.selectbox("Mention (least sure first)", list(texts), key="lb_pick",
                              format_func=lambda i: f"{meta[i]} · {texts[i][:90]}")
        st.text("Full text:")
        st.code(texts.get(chosen, ""), language=None, wrap_lines=True)
        current = categories.get(chosen)
        cols = st.columns([2, 1])
        options = choices or ["complaint", "other"]
        label = cols[0].selectbox("Correct category", options, key=f"lb_label_{chosen}",
                                  index=options.index(current) if current in options else 0,
                                  format_func=lambda c: board.CATEGORY_LABELS.get(c, c))
        if cols[1].button("Save label", key="lb_save", type="primary"):
            write(lambda s: s.save_label(chosen, label, user_name()))
            st.success("Label saved; it will be used at the next retraining.")
            choices, labels = load_labels(DB_PATH)
    st.subheader("Corrections so far")
    if labels.empty:
        st.info("No corrections yet.")
    else:
        st.dataframe(labels, hide_index=True, key="lb_table")
    retrain_panel(len(labels))


def retrain_panel(corrections: int) -> None:
    """Analysts train a candidate version, compare it on held-out real posts, then promote it."""
    st.subheader("Retrain the classifier")
    st.caption(f"Trains a candidate on the real labelled posts, the public corpora, the written "
               f"seed and the {corrections} corrections above (several minutes), then shows it beside "
               "the model in use on held-out real posts. Nothing changes until you make it current.")
    if st.button("Train a candidate version", key="lb_train"):
        from monitor import pipeline

        with st.status("Training a candidate version…", expanded=True) as status:
            report = pipeline.train(get_store(DB_PATH), CONFIG, [], force=False,
                                    shared_datasets=SHARED_DATASETS, auto_promote=False,
                                    progress=lambda message: status.write(escape_markdown(message)))
            status.update(label=f"Candidate {report.version} trained", state="complete")
        st.session_state["lb_report"] = report
    report = st.session_state.get("lb_report")
    if report is None:
        return
    tables = board.train_report_tables(report)
    st.markdown(f"**Candidate {report.version}** beside the model in use "
                f"({report.previous_version or 'none'}), on held-out real posts:")
    if tables["real"].empty:
        st.info("No held-out real posts were available; the written held-out rows decided.")
    else:
        st.dataframe(tables["real"], hide_index=True, key="lb_real")
    if not tables["written"].empty:
        st.caption("Sets the team wrote (not evidence of real behaviour):")
        st.dataframe(tables["written"], hide_index=True, key="lb_written")
    judged_on = "real posts" if report.real else "the written held-out rows"
    if report.passed_gate:
        st.success(f"The candidate is not worse than the model in use on {judged_on}.")
    else:
        st.warning(f"The candidate is worse than the model in use on {judged_on}.")
    if st.button(f"Make {report.version} current", key="lb_promote",
                 type="primary" if report.passed_gate else "secondary"):
        from monitor import pipeline

        with write_lock(DB_PATH):
            queued = pipeline.use_model(get_store(DB_PATH), CONFIG, report.version)
        st.cache_data.clear()
        st.session_state.pop("lb_report", None)
        st.success(f"{report.version} is now in use; {queued} mentions will be re-scored.")


def sources_tab() -> None:
    data = load_sources(DB_PATH)
    jobs = data["jobs"]
    st.subheader("Collectors and jobs")
    if jobs.empty:
        st.info("No job has run yet. Start `monitor run` (or `monitor collect`).")
    else:
        failing = int((jobs["consecutive_failures"] > 0).sum())
        if failing:
            st.error(f"{failing} job(s) failed on their last run: see the status and last error "
                     "below.", icon="⚠️")
        st.dataframe(jobs, hide_index=True, key="src_jobs", column_config=JOB_COLUMNS)
    st.subheader("Mentions per source (last 7 days)")
    if data["activity"].empty:
        st.info("No mentions stored yet.")
    else:
        st.dataframe(data["activity"], hide_index=True, key="src_activity", column_config={
            "source": "Source", "recent_mentions": "Last 7 days", "mentions": "All stored",
            "newest_post_at": "Newest post (UTC)", "last_collected_at": "Last collected (UTC)"})
    st.subheader("Alerts outbox")
    if data["alerts"].empty:
        st.info("No alerts queued.")
    else:
        st.dataframe(data["alerts"], hide_index=True, key="src_alerts", column_config={
            "created_at": "Queued (UTC)", "state": "State", "kind": "Kind", "title": "Title",
            "attempts": "Attempts", "last_error": "Last delivery error", "sent_at": "Sent (UTC)"})
    st.subheader("Quarantined items")
    st.caption("Items a source returned that could not be read as mentions.")
    if data["quarantine"].empty:
        st.info("Nothing quarantined.")
    else:
        st.dataframe(data["quarantine"], hide_index=True, key="src_quarantine", column_config={
            "created_at": "When (UTC)", "source": "Source", "native_id": "Item id",
            "error": "Why it was set aside"})


def live_board() -> None:
    """Everything below the title; reruns on its own every REFRESH_S seconds when live."""
    kpi_strip()
    tabs = st.tabs(TABS)
    with tabs[0]:
        overview_tab()
    with tabs[1]:
        cases_tab(board.COMPLAINT_VERDICTS, "cmp",
                  "Founded complaints show what to improve: recover them fast. Listen, agree the "
                  "problem, fix it with a deadline, keep the customer informed, follow up. "
                  "Recurring ones point to an unresolved problem: escalate.",
                  "No founded complaints to recover right now.", CASE_COLUMNS)
    with tabs[2]:
        cases_tab(board.CAMPAIGN_VERDICTS, "cpg",
                  "War on the company: the same author, again and again, disrespectful and "
                  "baseless. Stop feeding it; document the facts; for customers, consider ending "
                  "the relationship gracefully (never without a de-escalation attempt for a "
                  "long-standing customer).",
                  "No campaigns or authors on watch.", CASE_COLUMNS)
    with tabs[3]:
        groups_tab()
    with tabs[4]:
        links_tab()
    with tabs[5]:
        authors_tab()
    with tabs[6]:
        labels_tab()
    with tabs[7]:
        sources_tab()


# ---- layout -------------------------------------------------------------------------------

with st.sidebar:
    st.header("Complaint monitor")
    st.text_input("Your name (recorded with your decisions)", key="user_name")
    is_live = st.toggle(f"Live updates (every {REFRESH_S} s)", value=True, key="live")
    st.text(f"Database: {DB_PATH}")
    st.text("Times are UTC.")

st.title("What the public says about us")
st.fragment(live_board, run_every=REFRESH_S if is_live else None)()
