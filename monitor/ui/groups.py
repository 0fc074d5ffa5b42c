"""Coordinated groups: accounts posting the same attack within minutes."""

from __future__ import annotations

import streamlit as st

from monitor import board
from monitor.ui.cases import checklist_view, work_view
from monitor.ui.context import BoardContext
from monitor.ui.data import load_group, load_groups
from monitor.ui.widgets import AUTHOR_COLUMNS, LANG_NAMES, MINUTES, show_mentions, table


def groups_tab(ctx: BoardContext) -> None:
    st.caption("Different accounts posting near-identical texts within minutes of each other: "
               "often one campaign behind several accounts.")
    frame = load_groups(ctx.db_path, ctx.tick)
    if frame.empty:
        st.info("No coordinated groups detected.")
        return
    table(ctx, frame[["last_at", "first_at", "accounts", "posts", "occurrences", "sample_text"]],
                 column_config={
                     "last_at": st.column_config.DatetimeColumn("Last post", format=MINUTES),
                     "first_at": st.column_config.DatetimeColumn("First post", format=MINUTES),
                     "accounts": st.column_config.NumberColumn("Accounts"),
                     "posts": st.column_config.NumberColumn("Posts"),
                     "occurrences": st.column_config.NumberColumn(
                         "Bursts", help="Separate times the group posted together."),
                     "sample_text": st.column_config.TextColumn("Sample text", width="large"),
                 }, hide_index=True, key="grp_table")
    labels = {r.group_id: f"{r.accounts} accounts · since {r.first_at:%d %b %Y} · {str(r.sample_text or '')[:70]}"
              for r in frame.itertuples(index=False)}
    if st.session_state.get("grp_pick") not in (None, *frame["group_id"]):
        del st.session_state["grp_pick"]
    chosen = st.selectbox("Open a group", list(frame["group_id"]),
                          format_func=lambda g: labels.get(g, g), key="grp_pick")
    detail = load_group(ctx.db_path, ctx.tick, chosen) if chosen else None
    if detail:
        case, key = detail["case"], detail["subject_key"]
        work_view(ctx, key, case, detail["events"], "grp")
        left, right = st.columns([3, 2], gap="large")
        with left:
            st.markdown("**Recommended course**")
            st.text(f"Course: {board.course_label(case['course'])}\n" + "\n".join(f"• {r}" for r in case["reasons"]))
            st.markdown("**Public statement** (one for the whole group; review before posting)")
            for lang, text in board.ordered_drafts(case["drafts"], "pt"):
                st.text(LANG_NAMES.get(lang, lang))
                st.code(text, language=None, wrap_lines=True)
        with right:
            checklist_view(ctx, key, case["checklist"], "grp")
        st.text("Accounts in the group")
        table(ctx, detail["members"], hide_index=True, key="grp_members", column_config=AUTHOR_COLUMNS)
        st.text("Their posts")
        show_mentions(ctx, detail["mentions"], "grp", "The group's posts are no longer stored.")
