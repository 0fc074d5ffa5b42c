"""Sources health: jobs and their failures, activity per source, the alert outbox, quarantine."""

from __future__ import annotations

import streamlit as st

from monitor.ui.context import BoardContext
from monitor.ui.data import load_sources
from monitor.ui.widgets import JOB_COLUMNS


def sources_tab(ctx: BoardContext) -> None:
    data = load_sources(ctx.db_path, ctx.tick)
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
