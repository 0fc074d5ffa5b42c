"""The overview: headline numbers, mentions per day, the latest mentions with filters."""

from __future__ import annotations

import streamlit as st

from monitor import board
from monitor.ui.context import BoardContext
from monitor.ui.data import load_daily, load_facets, load_kpis, load_mentions
from monitor.ui.widgets import daily_chart, show_mentions


def kpi_strip(ctx: BoardContext) -> None:
    numbers = load_kpis(ctx.db_path, ctx.tick, ctx.disrespect_min, ctx.time_zone)
    share = numbers["disrespect_share"]
    cols = st.columns(7)
    cols[0].metric("Mentions today", numbers["mentions_today"], border=True,
                   help="Mentions posted since midnight today (the team's time zone).")
    cols[1].metric("Last 7 days", numbers["mentions_7d"], border=True,
                   help="Mentions posted in the last 7 days, today included.")
    cols[2].metric("Disrespectful", "–" if share is None else f"{share:.0%}", border=True,
                   help="Share of the last 7 days' classified mentions that are disrespectful.")
    cols[3].metric("To recover", numbers["complaints_open"], border=True,
                   help="People with a founded complaint (one-off or recurring) whose case is not "
                        "resolved or closed and whose recovery checklist is not complete.")
    cols[4].metric("Campaigns", numbers["campaigns"], border=True,
                   delta=f"{numbers['watch']} on watch" if numbers["watch"] else None,
                   delta_color="off", delta_arrow="off",
                   help="People waging a war on the company (repeated, disrespectful, "
                        "baseless); 'on watch' may become one.")
    cols[5].metric("Groups", numbers["groups_active"], border=True,
                   delta_color="off", delta_arrow="off",
                   delta=f"{numbers['groups_total']} in all"
                   if numbers["groups_total"] > numbers["groups_active"] else None,
                   help="Groups of accounts posting near-identical texts within minutes, "
                        "active in the last 7 days.")
    pending = numbers["alerts_pending"]
    cols[6].metric("Failing sources", numbers["failing_sources"], border=True,
                   delta=f"{pending} alert{'s' if pending > 1 else ''} pending" if pending else None,
                   delta_color="off", delta_arrow="off",
                   help="Collectors whose last run failed. See Sources health.")


def overview_tab(ctx: BoardContext) -> None:
    st.subheader("Mentions per day, by category (last 30 days)")
    daily = load_daily(ctx.db_path, ctx.tick, 30, ctx.time_zone)
    if daily.empty or not daily.to_numpy().sum():
        st.info("No mentions in the last 30 days yet. They appear here as collectors bring them in.")
    else:
        st.altair_chart(daily_chart(daily), key="ov_chart")

    st.subheader("Latest mentions")
    facets = load_facets(ctx.db_path, ctx.tick)
    cols = st.columns([2, 1, 1, 2])
    categories = cols[0].multiselect("Category", facets["category"], key="ov_category",
                                     format_func=lambda c: board.CATEGORY_LABELS.get(c, c))
    langs = cols[1].multiselect("Language", facets["lang"], key="ov_lang")
    sources = cols[2].multiselect("Source", facets["source"], key="ov_source")
    contains = cols[3].text_input("Text or author contains", key="ov_contains").strip()
    flags = st.columns(3)
    founded_only = flags[0].checkbox("Only founded complaints", key="ov_founded")
    disrespectful_only = flags[1].checkbox("Only disrespectful", key="ov_disrespectful")
    frame = load_mentions(ctx.db_path, ctx.tick, categories=tuple(categories), langs=tuple(langs),
                          sources=tuple(sources), contains=contains, founded_only=founded_only,
                          disrespect_min=ctx.disrespect_min if disrespectful_only else None,
                          limit=ctx.mention_limit)
    flags[2].text(f"Showing {len(frame)} (newest first, at most {ctx.mention_limit})")
    show_mentions(ctx, frame, "ov", "No mentions match. Clear the filters, or wait for new mentions.",
                  height=420)
