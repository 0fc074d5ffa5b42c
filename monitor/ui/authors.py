"""Authors: look up any account, its mentions over time and its verdict history."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from monitor import board
from monitor.ui.context import BoardContext
from monitor.ui.data import load_author, load_authors
from monitor.ui.widgets import (AUTHOR_COLUMNS, VERDICT_COLORS, daily_chart, plain, show_mentions,
                                table)


def authors_tab(ctx: BoardContext) -> None:
    st.caption("Look up any author: their mentions over time and how their verdict evolved.")
    contains = st.text_input("Handle or name contains", key="au_contains").strip()
    authors = load_authors(ctx.db_path, ctx.tick, contains)
    if authors.empty:
        st.info("No authors match." if contains else "No authors yet.")
        return
    table(ctx, authors, hide_index=True, key="au_table", height=240, column_config=AUTHOR_COLUMNS)
    handles = dict(zip(authors["author_key"], authors["handle"].fillna("")))
    chosen = st.selectbox("Author", list(handles), key="au_pick",
                          format_func=lambda k: f"{handles.get(k, '')} ({k})")
    data = load_author(ctx.db_path, ctx.tick, chosen) if chosen else None
    if data is None:
        return
    profile = data["profile"]
    verdict = profile["verdict"] if isinstance(profile["verdict"], str) else None
    st.badge(board.VERDICT_LABELS.get(verdict, verdict) if verdict else "Not assessed",
             color=VERDICT_COLORS.get(verdict, "gray"))
    cols = st.columns(3)
    cols[0].metric("Mentions", int(profile["mentions"]))
    cols[1].metric("First seen", str(profile["first_seen_at"] or "–")[:10])
    cols[2].metric("Linked customer", "yes" if isinstance(profile["customer_id"], str) else "no")
    table(ctx, pd.DataFrame({"field": list(profile), "value": [plain(v) for v in profile.values()]}),
                 hide_index=True, key="au_profile")
    if not data["timeline"].empty:
        st.text("Mentions per day, by category")
        st.altair_chart(daily_chart(data["timeline"], height=200), key="au_chart")
    st.text("Verdict history")
    if data["history"].empty:
        st.text("No verdict changes recorded.")
    else:
        table(ctx, data["history"][["changed_at", "previous", "verdict", "score"]],
                     hide_index=True, key="au_history")
    show_mentions(ctx, data["mentions"], "au", "No mentions stored.")
