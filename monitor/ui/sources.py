"""Sources health: jobs and their failures, activity per source, the alert outbox, quarantine."""

from __future__ import annotations

import os

import streamlit as st

from monitor.alerts import ALERT_URL_ENV, channel_configured
from monitor.alert_texts import kind_name
from monitor.ui.context import BoardContext
from monitor.ui.data import load_kpis, load_sources
from monitor.ui.widgets import JOB_COLUMNS, table

SECTIONS = (
    ("activity", "Mentions per source (last 7 days)", None, "No mentions stored yet.",
     {"source": "Source", "recent_mentions": "Last 7 days", "mentions": "All stored",
      "newest_post_at": "Newest post"}),
    ("alerts", "Alerts outbox",
     "State: pending (waiting to go out), sent, digest (sent inside one digest message), "
     "historic (about evidence older than alerts.historic_hours, e.g. history loaded in bulk: "
     "recorded, not sent; `monitor alerts retry ID` sends it).", "No alerts queued.",
     {"created_at": "Queued", "state": "State", "kind": "Kind", "title": "Title",
      "attempts": "Attempts", "last_error": "Last delivery error", "sent_at": "Sent"}),
    ("quarantine", "Quarantined items", "Items a source returned that could not be read as mentions.",
     "Nothing quarantined.",
     {"created_at": "When", "source": "Source", "native_id": "Item id",
      "error": "Why it was set aside"}),
)
"""(data key, title, caption, what an empty section says, column labels) below the jobs."""


def sources_tab(ctx: BoardContext) -> None:
    data = load_sources(ctx.db_path, ctx.tick, ctx.time_zone)
    jobs = data["jobs"]
    st.subheader("Collectors and jobs")
    if jobs.empty:
        st.info("No job has run yet. Start `monitor run` (or `monitor collect`).")
    else:
        failing = int((jobs["consecutive_failures"] > 0).sum())
        if failing:
            st.error(f"{failing} job(s) failed on their last run: see the status and last error "
                     "below.", icon="⚠️")
        st.caption("Retries, waits and quarantined items are the last run's. A source that asks "
                   "to wait past a run's time budget (a rate-limit reset, a daily quota) is "
                   "'resting until' the time it named: it is not asked before then, and it "
                   "resumes from the last page stored.")
        table(ctx, jobs, hide_index=True, key="src_jobs", column_config=JOB_COLUMNS)
    if not data["alerts"].empty:
        data["alerts"] = data["alerts"].assign(kind=data["alerts"]["kind"].map(kind_name))
    for name, title, caption, empty, columns in SECTIONS:
        st.subheader(title)
        if name == "alerts":
            _channel_notice(load_kpis(ctx.db_path, ctx.tick, ctx.disrespect_min, ctx.time_zone)["alerts_pending"])
        if caption:
            st.caption(caption)
        if data[name].empty:
            st.info(empty)
        else:
            table(ctx, data[name], hide_index=True, key=f"src_{name}", column_config=columns)


def _channel_notice(waiting: int) -> None:
    """Say plainly when alerts cannot go out because no chat channel is configured; `waiting`
    is every pending alert (the outbox table below lists only the latest 200), the same number
    the headline card shows."""
    if channel_configured(os.environ):
        return
    if waiting:
        st.warning(f"No alert channel is configured, so {waiting} alert{'s' if waiting > 1 else ''} "
                   f"{'are' if waiting > 1 else 'is'} waiting and nobody has been told. Set "
                   f"{ALERT_URL_ENV} to your chat channel's Apprise URL (README, 'Alerts'); "
                   "they go out on the next round.", icon="⚠️")
    else:
        st.info(f"No alert channel is configured ({ALERT_URL_ENV} is not set): alerts are "
                "recorded here but not sent.")
