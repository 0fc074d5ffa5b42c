"""Customers & links: proposals to confirm or reject, manual links, the customers."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from monitor.ui.authors import author_label
from monitor.ui.context import BoardContext
from monitor.ui.data import load_authors, load_links, write
from monitor.ui.widgets import CUSTOMER_COLUMNS, LINK_COLUMNS, table, user_name


def links_tab(ctx: BoardContext) -> None:
    data = load_links(ctx.db_path, ctx.tick, ctx.config.playbook.currency)
    review, customers = data["review"], data["customers"]
    st.subheader("Author ↔ customer links to review")
    st.caption("Links found automatically or proposed by name similarity. Confirm the right ones "
               "so a customer's history and value count in the playbook; reject the wrong ones.")
    if review.empty:
        st.info("Nothing to review: every link has been decided.")
    else:
        table(ctx, review, hide_index=True, key="lnk_review", column_config=LINK_COLUMNS,
              column_order=list(LINK_COLUMNS))
        if ctx.can("analyst"):
            decide_links(ctx, review)

    if customers.empty:
        st.info("No customers imported yet: run `monitor customers import <crm file>`.")
    else:
        if ctx.can("analyst"):
            manual_link(ctx, customers)
        st.subheader("Customers")
        table(ctx, customers, hide_index=True, key="lnk_customers", column_config=CUSTOMER_COLUMNS)
    if not data["all"].empty:
        with st.expander("All links and decisions"):
            table(ctx, data["all"], hide_index=True, key="lnk_all", column_config=LINK_COLUMNS,
                  column_order=list(LINK_COLUMNS))


def decide_links(ctx: BoardContext, review: pd.DataFrame) -> None:
    """An analyst confirms or rejects a proposed link."""
    rows = {r.author_key: r for r in review.itertuples(index=False)}
    chosen = st.selectbox(
        "Link", list(rows), key="lnk_pick",
        format_func=lambda k: f"{rows[k].handle} → {rows[k].customer_name or rows[k].customer_id}"
                              f" ({rows[k].matched_by}, {rows[k].confidence:.2f})")
    cols = st.columns(6)
    if cols[0].button("Confirm link", key="lnk_confirm", type="primary"):
        row = rows[chosen]
        write(ctx.db_path, lambda s: s.decide_link(chosen, row.customer_id, "confirmed", user_name()))
        st.rerun()
    if cols[1].button("Reject link", key="lnk_reject"):
        row = rows[chosen]
        write(ctx.db_path, lambda s: s.decide_link(chosen, row.customer_id, "rejected", user_name()))
        st.rerun()


def manual_link(ctx: BoardContext, customers: pd.DataFrame) -> None:
    """An analyst links an author to a customer by hand."""
    st.subheader("Link an author to a customer by hand")
    find = st.text_input("Find the author: handle or name contains", key="lnk_find").strip()
    authors = load_authors(ctx.db_path, ctx.tick, find)
    handles = {key: author_label(handle, name, source) for key, handle, name, source in
               authors[["author_key", "handle", "name", "source"]].itertuples(index=False)}
    names = dict(zip(customers["customer_id"], customers["name"].fillna("")))
    cols = st.columns([2, 2, 1], vertical_alignment="bottom")
    author = cols[0].selectbox("Author", list(handles), index=None, key="lnk_author",
                               format_func=handles.get,
                               placeholder="Choose an author")
    customer = cols[1].selectbox("Customer", list(names), index=None, key="lnk_customer",
                                 format_func=lambda c: f"{names.get(c, '')} ({c})",
                                 placeholder="Choose a customer")
    if cols[2].button("Link", key="lnk_manual", disabled=not (author and customer)):
        write(ctx.db_path, lambda s: s.decide_link(author, customer, "manual", user_name()))
        st.rerun()
