"""The link alerts carry (`<board.public_url>/?case=<case>`): open that case's tab with the case
chosen, once per visit, so a person goes from the chat message straight to the case."""

from __future__ import annotations

import streamlit as st

from monitor import board
from monitor.ui.context import BoardContext
from monitor.ui.data import get_store

TABS = {"complaints": ("Complaints to recover", "cmp_case"), "campaigns": ("Campaigns", "cpg_case"),
        "groups": ("Coordinated groups", "grp_pick")}


def follow(ctx: BoardContext) -> None:
    """Select the linked case's tab and case (before the tabs are drawn)."""
    case = str(st.query_params.get("case") or "").strip()
    if not case or st.session_state.get("_followed_case") == case:
        return
    st.session_state["_followed_case"] = case
    where = board.case_tab(get_store(ctx.db_path), case)
    if where is None:
        st.warning("The case in this link has nothing to act on any more (it was re-assessed or "
                   "erased). The lists below show the cases open now.")
        return
    section, picker = TABS[where]
    st.session_state["section"] = section
    st.session_state[picker] = case.removeprefix("group:") if where == "groups" else case
