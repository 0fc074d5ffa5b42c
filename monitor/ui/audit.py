"""The audit log tab (admins only): who did what to which subject, and when."""

from __future__ import annotations

import streamlit as st

from monitor.ui.context import BoardContext
from monitor.ui.data import load_audit
from monitor.ui.widgets import table

AUDIT_COLUMNS = {
    "who": "Who", "what": "What", "subject": st.column_config.TextColumn("Subject"),
    "detail": st.column_config.TextColumn("Detail", width="large"),
}


def audit_tab(ctx: BoardContext) -> None:
    if not ctx.can("admin"):  # app.py shows the tab to admins only; never draw it for others
        st.info("The audit log is for administrators.")
        return
    st.caption("Every label, link decision, checklist step, case status, owner and note, model "
               "made current, erasure, access export, retention run and board user change: who, "
               "when, what. People are named by their key (an erased person by a one-way hash "
               "only); a note's words stay in its case, the log keeps its length.")
    cols = st.columns([1, 1, 2])
    actions, _ = load_audit(ctx.db_path, ctx.tick, None, "")
    action = cols[0].selectbox("What", [None, *actions], key="aud_action",
                               format_func=lambda a: "Everything" if a is None else actions.get(a, a))
    actor = cols[1].text_input("Who", key="aud_actor", placeholder="anyone")
    _, frame = load_audit(ctx.db_path, ctx.tick, action, actor)
    if frame.empty:
        st.info("Nothing recorded yet." if not (action or actor.strip()) else "No entries match.")
        return
    cols[2].caption(f"The {len(frame)} latest entries, newest first.")
    table(ctx, frame, hide_index=True, key="aud_table", column_config=AUDIT_COLUMNS)
