"""The live board: what the public says about the company, and what to do about each case.

Layout only: each tab is a module of `monitor.ui`, whose numbers come from `monitor.board`.
Reads MONITOR_DB / MONITOR_CONFIG; start it with `monitor board`. Mention texts, author names
and handles are untrusted: they are shown only as plain text, never as markdown or HTML.
"""

from __future__ import annotations

import dataclasses

import streamlit as st

from monitor import board
from monitor.config import load_config
from monitor.errors import MonitorError
from monitor.store import display_location
from monitor.ui import (audit, authors, case_link, cases, groups, labels, links, overview, signin,
                        sources, widgets)
from monitor.ui.context import BoardContext

st.set_page_config(page_title="Complaint monitor", page_icon="📣", layout="wide",
                   initial_sidebar_state="collapsed")

try:
    CTX = BoardContext(load_config())
except MonitorError as exc:
    st.error("The configuration could not be read. Fix it and reload the page.")
    st.text(str(exc))
    st.stop()
USER, ROLE = signin.current_user(CTX.config)  # board.auth: stops here until someone signs in
CTX = dataclasses.replace(CTX, user=USER, role=ROLE)

def complaints_tab() -> None:
    cases.cases_tab(CTX, board.COMPLAINT_VERDICTS, "cmp",
                    "Founded complaints show what to improve: recover them fast. Listen, agree the "
                    "problem, fix it with a deadline, keep the customer informed, follow up. "
                    "Recurring ones point to an unresolved problem: escalate.",
                    "No founded complaints to recover right now.", widgets.CASE_COLUMNS)


def campaigns_tab() -> None:
    cases.cases_tab(CTX, board.CAMPAIGN_VERDICTS, "cpg",
                    "War on the company: the same author, again and again, disrespectful and "
                    "baseless. Stop feeding it; document the facts; for customers, consider ending "
                    "the relationship gracefully (never without a de-escalation attempt for a "
                    "long-standing customer).",
                    "No campaigns or authors on watch.", widgets.CASE_COLUMNS)


SECTIONS = {
    "Overview": lambda: overview.overview_tab(CTX),
    "Complaints to recover": complaints_tab,
    "Campaigns": campaigns_tab,
    "Coordinated groups": lambda: groups.groups_tab(CTX),
    "Customers & links": lambda: links.links_tab(CTX),
    "Authors": lambda: authors.authors_tab(CTX),
    "Label corrections": lambda: labels.labels_tab(CTX),
    "Sources health": lambda: sources.sources_tab(CTX),
}
if CTX.can("admin"):
    SECTIONS["Audit log"] = lambda: audit.audit_tab(CTX)


def live_board() -> None:
    """Everything below the title; reruns on its own every `board.refresh_s` seconds when live.

    Only the open tab runs (its reads and its drawing), so the first paint does not wait for
    the seven others."""
    overview.kpi_strip(CTX)
    for tab, draw in zip(st.tabs(list(SECTIONS), key="section", on_change="rerun"), SECTIONS.values()):
        with tab:
            if tab.open:
                draw()

with st.sidebar:
    st.header("Complaint monitor")
    signin.sidebar(CTX.config, CTX.user, CTX.role)
    is_live = st.toggle(f"Live updates (every {CTX.refresh_s} s)", value=True, key="live")
    st.text(f"Database: {display_location(CTX.db_path)}")
    st.text(f"Times are in {CTX.time_zone}.")

st.title("What the public says about us")
case_link.follow(CTX)  # ?case=... from an alert: open that case
st.fragment(live_board, run_every=CTX.refresh_s if is_live else None)()
