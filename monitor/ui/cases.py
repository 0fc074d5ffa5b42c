"""The complaint and campaign tabs: the list of cases, and one case with its course, drafts and checklist."""

from __future__ import annotations

from typing import Any, Callable

import pandas as pd
import streamlit as st

from monitor import board
from monitor.ui.context import BoardContext
from monitor.ui.data import load_case, load_case_total, load_subject, load_subjects, write
from monitor.ui.widgets import (AUTHOR_COLUMNS, HISTORY_COLUMNS, LANG_NAMES, MINUTES,
                                VERDICT_COLORS, daily_chart, escape_markdown, show_mentions, table,
                                user_name)
from monitor.verdicts import CASE_STATUSES, STATUS_LABELS
from monitor.wording import customer_record, local_time


def subject_option(subjects: pd.DataFrame) -> Callable[[str], str]:
    names = dict(zip(subjects["subject_key"], subjects["display_name"]))
    labels = dict(zip(subjects["subject_key"], subjects["verdict_label"]))
    scores = dict(zip(subjects["subject_key"], subjects["score"]))
    return lambda key: f"{names.get(key, key)} · {labels.get(key, '')} · score {scores.get(key, 0):.2f}"


def toggle_step(db_path: str, subject_key: str, step_id: str, widget_key: str) -> None:
    done = bool(st.session_state.get(widget_key))
    write(db_path, lambda store: store.set_step(subject_key, step_id, done, user_name()))


def case_view(ctx: BoardContext, subject_key: str, key_prefix: str) -> None:
    """One case: verdict and evidence, the playbook course, drafts and the checklist."""
    detail = load_subject(ctx.db_path, ctx.tick, subject_key, ctx.time_zone)
    if detail is None:
        st.info("This case has no verdict any more (it was re-assessed). Pick another one.")
        return
    case = load_case(ctx.db_path, ctx.tick, subject_key, ctx.config.playbook)
    st.badge(detail["verdict_label"], color=VERDICT_COLORS.get(detail["verdict"], "gray"))
    cols = st.columns(4)
    cols[0].metric("Score", f"{detail['score']:.2f}" if detail["score"] is not None else "–")
    since = detail["first_verdict_at"]
    cols[1].metric("Verdict since", local_time(since, ctx.time_zone),
                   help="When the subject first got this verdict.")
    cols[2].metric("Mentions stored", len(detail["mentions"]))
    cols[3].metric("Writes in", LANG_NAMES.get(detail["lang"], "Other language"))
    work_view(ctx, subject_key, case, detail["events"], key_prefix)

    left, right = st.columns([3, 2], gap="large")
    with left:
        st.markdown("**Why: the documented facts**")
        reasons = detail["reasons"] or case["reasons"]
        st.text("\n".join(f"• {r}" for r in reasons) if reasons else "No reasons recorded.")
        table(ctx, detail["figures"], hide_index=True, key=f"{key_prefix}_figures")
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
            checklist_view(ctx, subject_key, case["checklist"], key_prefix)
    if case["available"] and case["drafts"]:
        st.markdown("**Draft messages** (the author's language first; review before sending)")
        for lang, text in board.ordered_drafts(case["drafts"], detail["lang"]):
            st.text(LANG_NAMES.get(lang, lang))
            st.code(text, language=None, wrap_lines=True)
    st.markdown("**Evidence mentions**")
    show_mentions(ctx, detail["evidence"], f"{key_prefix}_evidence",
                  "The detector recorded no evidence mentions for this case.")
    customer = case.get("customer")
    if customer:
        st.markdown("**Customer record**")
        table(ctx, customer_record(customer, ctx.config.playbook.currency), hide_index=True,
                     key=f"{key_prefix}_customer")
    profile_view(ctx, detail, key_prefix)


def work_view(ctx: BoardContext, subject_key: str, case: dict[str, Any], events: pd.DataFrame,
              key_prefix: str) -> None:
    """Who handles the case and where it stands, the team's notes, and what happened so far
    (a viewer sees the status and owner, and cannot change them or add notes)."""
    cols = st.columns([1, 1, 2], vertical_alignment="bottom")
    status_key, owner_key = f"{key_prefix}_status_{subject_key}", f"{key_prefix}_owner_{subject_key}"
    read_only = not ctx.can("analyst")
    cols[0].selectbox("Status", CASE_STATUSES, index=CASE_STATUSES.index(case.get("status") or "new"),
                      format_func=lambda s: STATUS_LABELS.get(s, s), key=status_key, disabled=read_only,
                      on_change=save_state, args=(ctx.db_path, subject_key, "set_case_status", status_key))
    cols[1].text_input("Owner", value=case.get("owner") or "", key=owner_key, placeholder="Nobody yet",
                       disabled=read_only,
                       on_change=save_state, args=(ctx.db_path, subject_key, "set_case_owner", owner_key))
    if not read_only:
        note_key = f"{key_prefix}_note_{subject_key}"
        note = cols[2].text_input("Add a note for the team", key=note_key,
                                  placeholder="e.g. called the customer, refund agreed")
        if st.button("Add note", key=f"{key_prefix}_add_note", disabled=not note.strip()):
            write(ctx.db_path, lambda s: s.add_case_note(subject_key, note, user_name()))
            st.rerun()
    with st.expander(f"Case timeline ({len(events)} events)"):
        if events.empty:
            st.text("Nothing recorded yet.")
        else:
            table(ctx, events, hide_index=True, key=f"{key_prefix}_events", column_config={
                "when": st.column_config.DatetimeColumn("When", format=MINUTES),
                "who": "Who", "what": "What", "detail": st.column_config.TextColumn("Detail", width="large")})


def save_state(db_path: str, subject_key: str, setter: str, widget_key: str) -> None:
    """Store the widget's new value with the store's `setter` (set_case_status, set_case_owner)."""
    value = str(st.session_state.get(widget_key) or "")
    write(db_path, lambda s: getattr(s, setter)(subject_key, value, user_name()))


def checklist_view(ctx: BoardContext, subject_key: str, checklist: list[tuple[str, str, bool]],
                   key_prefix: str) -> None:
    if not checklist:
        st.text("No checklist for this course.")
        return
    done = sum(1 for *_, is_done in checklist if is_done)
    st.progress(done / len(checklist), text=f"Checklist: {done} of {len(checklist)} steps done")
    for step_id, text, is_done in checklist:
        widget_key = f"{key_prefix}_step_{subject_key}_{step_id}"
        st.checkbox(escape_markdown(text), value=is_done, key=widget_key, on_change=toggle_step,
                    args=(ctx.db_path, subject_key, step_id, widget_key), wrap=True, width="stretch",
                    disabled=not ctx.can("analyst"))


def profile_view(ctx: BoardContext, detail: dict[str, Any], key_prefix: str) -> None:
    """Who is behind the case and how their mentions evolved."""
    with st.expander("Author profile: timeline, verdict history, all mentions"):
        st.text("Accounts")
        table(ctx, detail["authors"], hide_index=True, key=f"{key_prefix}_authors",
                     column_config=AUTHOR_COLUMNS)
        if not detail["timeline"].empty:
            st.text("Mentions per day, by category")
            st.altair_chart(daily_chart(detail["timeline"], height=200), key=f"{key_prefix}_chart")
        st.text("Verdict history")
        table(ctx, detail["history"], hide_index=True, key=f"{key_prefix}_history",
              column_config=HISTORY_COLUMNS)
        show_mentions(ctx, detail["mentions"], f"{key_prefix}_all", "No mentions stored.")


def cases_tab(ctx: BoardContext, verdicts: tuple[str, ...], key_prefix: str, intro: str, empty: str,
              columns: dict[str, Any]) -> None:
    st.caption(intro)
    subjects = load_subjects(ctx.db_path, ctx.tick, verdicts)
    if subjects.empty:
        st.info(empty)
        return
    total = load_case_total(ctx.db_path, ctx.tick, verdicts)
    if total > len(subjects):
        st.caption(f"The {len(subjects)} strongest of {total} cases; open the Authors tab to find any other.")
    shown = [c for c in columns if c in subjects.columns]
    table(ctx, subjects[shown], column_config=columns, hide_index=True,
                 key=f"{key_prefix}_table")
    options, picker = list(subjects["subject_key"]), f"{key_prefix}_case"
    if st.session_state.get(picker) not in (None, *options):  # a linked case beyond the list
        st.info("The case in the link is not among the strongest listed here; the first one is "
                "shown instead.")
        del st.session_state[picker]
    chosen = st.selectbox("Open a case", options, format_func=subject_option(subjects), key=picker)
    if chosen:
        case_view(ctx, chosen, key_prefix)
