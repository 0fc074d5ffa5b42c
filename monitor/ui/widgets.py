"""What the tabs share: column settings, colours, the daily chart, plain-text helpers, and the
mention table."""

from __future__ import annotations

import re
from typing import Any

import altair as alt
import pandas as pd
import streamlit as st

from monitor import board
from monitor.wording import SOURCE_NAMES

MINUTES = "YYYY-MM-DD HH:mm"
LANG_NAMES = board.LANG_NAMES
CATEGORY_COLORS = {"disrespectful": "#c0392b", "founded_complaint": "#f39c12", "other": "#5d8aa8",
                   "unscored": "#d5d8dc"}
VERDICT_COLORS = {"campaign": "red", "watch": "orange", "recurring_complaint": "yellow",
                  "one_off_complaint": "blue", "none": "gray"}
OTHER_COLORS = ["#8e44ad", "#16a085", "#2c3e50", "#d35400", "#7f8c8d"]

MENTION_COLUMNS = {
    "created_at": st.column_config.DatetimeColumn("Posted", format=MINUTES),
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
    "author_key": None, "handle": "Handle", "name": "Name", "source": "Network",
    "verdict": "Verdict", "mentions": "Mentions", "customer_id": "Customer id",
    "first_seen_at": "First seen", "last_seen_at": "Last seen",
    "last_mention_at": "Last mention",
}
HISTORY_COLUMNS = {"changed_at": "Changed", "previous": "From", "verdict": "To",
                   "score": st.column_config.NumberColumn("Score", format="%.2f")}
LINK_COLUMNS = {
    "handle": "Author", "author_name": "Author name",
    "customer_id": "Customer id", "customer_name": "Customer", "matched_by": "Matched by",
    "confidence": st.column_config.ProgressColumn("Confidence", min_value=0.0, max_value=1.0,
                                                  format="%.2f"),
    "status": "Status", "decided_by": "Decided by", "decided_at": "Decided",
}
CUSTOMER_COLUMNS = {
    "customer_id": "Customer id", "name": "Name", "plan": "Plan", "customer_since": "Customer since",
    "monthly_value": st.column_config.TextColumn("Monthly value"),
    "overdue_balance": st.column_config.TextColumn("Overdue"),
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
    "first_verdict_at": st.column_config.DatetimeColumn("Verdict since",
                                                        format=MINUTES),
    "last_mention_at": st.column_config.DatetimeColumn("Last mention",
                                                       format=MINUTES),
    "lang": st.column_config.TextColumn("Lang", width="small"),
    "customer_name": st.column_config.TextColumn("Customer"),
    "steps_done": st.column_config.NumberColumn("Steps done"),
    "status_label": st.column_config.TextColumn("Status"),
    "owner": st.column_config.TextColumn("Owner"),
}
JOB_COLUMNS = {
    "job": "Job", "runs": "Runs", "stored": "Mentions stored", "started_at": "Last run",
    "status": "Last status", "error": st.column_config.TextColumn("Last error", width="large"),
    "consecutive_failures": "Failures in a row",
    "retries": st.column_config.NumberColumn("Retries", help="Requests the last run had to retry."),
    "waited_s": st.column_config.NumberColumn(
        "Waited (s)", format="%.0f", help="Seconds the last run waited for the source (rate limits, backoff)."),
    "quarantined": st.column_config.NumberColumn(
        "Quarantined", help="Items of the last run set aside as unreadable (listed below)."),
}


def category_colors(categories: pd.Index) -> list[str]:
    """Stable colours: hostile categories warm, complaints amber, positive green, the rest cool."""
    return [CATEGORY_COLORS.get(str(c), OTHER_COLORS[i % len(OTHER_COLORS)])
            for i, c in enumerate(categories)]


def daily_chart(daily: pd.DataFrame, height: int = 260) -> alt.Chart:
    """Stacked bars per day (ISO day strings keep the order), labelled like 'Nov 23'."""
    colors = category_colors(daily.columns)
    daily = daily.rename(columns=lambda c: board.CATEGORY_LABELS.get(str(c), str(c)))
    long = daily.reset_index().melt(id_vars="day", var_name="category", value_name="mentions")
    categories = list(daily.columns)
    return alt.Chart(long, height=height).mark_bar().encode(
        x=alt.X("day:O", title=None, axis=alt.Axis(
            labelAngle=0, labelOverlap=True, labelExpr="timeFormat(toDate(datum.value), '%b %d')")),
        y=alt.Y("sum(mentions):Q", title="Mentions"),
        color=alt.Color("category:N", title="Category", legend=alt.Legend(orient="top"),
                        scale=alt.Scale(domain=categories, range=colors)),
        order=alt.Order("category:N"),
        tooltip=["day:O", "category:N", "mentions:Q"],
    )


def escape_markdown(text: str) -> str:
    """Widget labels render markdown: backslash-escape it so a label shows exactly its text."""
    return re.sub(r"([\\`*_{}\[\]()#+\-.!|<>~:$])", r"\\\1", text)


def plain(value: Any) -> str:
    """A value as text for a table cell (missing values empty)."""
    return "" if value is None or (isinstance(value, float) and pd.isna(value)) else str(value)


def user_name() -> str:
    """Who a decision is recorded under: the signed-in person, else the name typed in the
    sidebar (board.auth = "none"), else 'board'."""
    return (st.session_state.get("board_user") or (st.session_state.get("user_name") or "").strip()
            or "board")


TIME_COLUMNS = ("created_at", "first_verdict_at", "verdict_since", "last_mention_at", "first_seen_at",
                "last_seen_at", "decided_at", "started_at", "newest_post_at",
                "sent_at", "changed_at", "when", "first_at", "last_at", "labelled_at", "updated_at")


def in_time_zone(frame: pd.DataFrame, time_zone: str) -> pd.DataFrame:
    """The frame with its time columns (stored as UTC) shown in the team's time zone."""
    present = [c for c in TIME_COLUMNS if c in frame.columns]
    if not present or frame.empty:
        return frame
    out = frame.copy()
    for column in present:
        out[column] = pd.to_datetime(out[column], utc=True, errors="coerce",
                                     format="ISO8601").dt.tz_convert(time_zone)
    return out


def table(ctx: Any, frame: pd.DataFrame, **kwargs: Any) -> None:
    """st.dataframe (plain-text cells) with times in the team's time zone, to the minute, and
    networks by name."""
    columns = dict(kwargs.pop("column_config", None) or {})
    for column in TIME_COLUMNS:
        if column in frame.columns and (column not in columns or isinstance(columns[column], str)):
            label = columns.get(column) or column.replace("_", " ").capitalize()
            columns[column] = st.column_config.DatetimeColumn(label, format=MINUTES)
    if "source" in frame.columns:  # networks as people name them (X, Reddit...), everywhere
        frame = frame.assign(source=frame["source"].map(lambda s: SOURCE_NAMES.get(s, s)))
    st.dataframe(in_time_zone(frame, ctx.time_zone), column_config=columns, **kwargs)


def show_mentions(ctx: Any, frame: pd.DataFrame, key_prefix: str, empty: str,
                  height: int | str = "auto") -> None:
    """A mention table (plain-text cells); `empty` explains what would appear here."""
    if frame.empty:
        st.info(empty)
        return
    if "category" in frame.columns:
        frame = frame.assign(category=frame["category"].map(
            lambda c: board.CATEGORY_LABELS.get(c, c) if isinstance(c, str) else board.CATEGORY_LABELS["unscored"]))
    table(ctx, frame, column_config=MENTION_COLUMNS, hide_index=True, height=height,
                 key=f"{key_prefix}_mentions")
