"""Authors: look up any account, its mentions over time and its verdict history."""

from __future__ import annotations

import streamlit as st

from monitor import board
from monitor.ui.context import BoardContext
from monitor.ui.data import load_author, load_authors
from monitor.ui.widgets import (AUTHOR_COLUMNS, HISTORY_COLUMNS, VERDICT_COLORS, daily_chart,
                                show_mentions, table)
from monitor.wording import SOURCE_NAMES, local_time


def author_label(handle: object, name: object, source: object) -> str:
    """How a person picks an account: handle, name and network, never the internal key."""
    parts = [str(p) for p in (handle, name) if isinstance(p, str) and p.strip()]
    unique = list(dict.fromkeys(parts)) or ["(no handle)"]
    return f"{' · '.join(unique)} · {SOURCE_NAMES.get(str(source), str(source))}"


def authors_tab(ctx: BoardContext) -> None:
    st.caption("Look up any author: their mentions over time and how their verdict evolved.")
    contains = st.text_input("Handle or name contains", key="au_contains").strip()
    authors = load_authors(ctx.db_path, ctx.tick, contains)
    if authors.empty:
        st.info("No authors match." if contains else "No authors yet.")
        return
    table(ctx, authors, hide_index=True, key="au_table", height=240,
          column_config={**AUTHOR_COLUMNS, "author_key": None})
    names = {key: author_label(handle, name, source) for key, handle, name, source in
             authors[["author_key", "handle", "name", "source"]].itertuples(index=False)}
    chosen = st.selectbox("Author", list(names), key="au_pick", format_func=names.get)
    data = load_author(ctx.db_path, ctx.tick, chosen, ctx.time_zone) if chosen else None
    if data is None:
        return
    profile = data["profile"]
    verdict = profile["verdict"] if isinstance(profile["verdict"], str) else None
    st.badge(board.VERDICT_LABELS.get(verdict, verdict) if verdict else "Not assessed",
             color=VERDICT_COLORS.get(verdict, "gray"))
    cols = st.columns(3)
    cols[0].metric("Mentions", int(profile["mentions"]))
    cols[1].metric("First seen", local_time(profile["first_seen_at"], ctx.time_zone)[:10])
    linked = isinstance(profile["customer_name"], str) and profile["link_status"] != "rejected"
    cols[2].metric("Linked customer", profile["customer_name"] if linked else "no")
    table(ctx, data["profile_rows"], hide_index=True, key="au_profile",
          column_config={"field": "Field", "value": "Value"})
    if not data["timeline"].empty:
        st.text("Mentions per day, by category")
        st.altair_chart(daily_chart(data["timeline"], height=200), key="au_chart")
    st.text("Verdict history")
    if data["history"].empty:
        st.text("No verdict changes recorded.")
    else:
        table(ctx, data["history"][["changed_at", "previous", "verdict", "score"]],
              hide_index=True, key="au_history", column_config=HISTORY_COLUMNS)
    show_mentions(ctx, data["mentions"], "au", "No mentions stored.")
