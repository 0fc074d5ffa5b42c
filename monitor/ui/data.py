"""The board's reads, cached for one refresh period per database, and its one write path.

Every read goes through `monitor.board`; a write runs under one lock per database and then
clears the cache, so every view shows it at once.
"""

from __future__ import annotations

import threading
from typing import Any, Callable

import pandas as pd
import streamlit as st

from monitor import board
from monitor.auth import allows
from monitor.mention import utcnow
from monitor.settings import PlaybookSettings
from monitor.store import Store, open_store

CACHE_ENTRIES = 200
"""Reads kept per loader. Each read is keyed by `tick`, the refresh period it belongs to
(`BoardContext.tick`), so it lives for one `board.refresh_s` period: the period is a setting,
which a fixed cache ttl could not follow."""


@st.cache_resource
def get_store(db_path: str) -> Store:
    return open_store(db_path)


@st.cache_resource
def write_lock(db_path: str) -> threading.Lock:
    """One writer at a time per database from this board process (sessions share the store)."""
    return threading.Lock()


@st.cache_data(max_entries=CACHE_ENTRIES, show_spinner=False)
def load_kpis(db_path: str, tick: int, disrespect_min: float, time_zone: str) -> dict[str, Any]:
    return board.kpis(get_store(db_path), utcnow(), disrespect_min, time_zone)


@st.cache_data(max_entries=CACHE_ENTRIES, show_spinner=False)
def load_daily(db_path: str, tick: int, days: int, time_zone: str) -> pd.DataFrame:
    return board.daily_by_category(get_store(db_path), utcnow(), days, time_zone)


@st.cache_data(max_entries=CACHE_ENTRIES, show_spinner=False)
def load_facets(db_path: str, tick: int) -> dict[str, list[str]]:
    return board.mention_facets(get_store(db_path))


@st.cache_data(max_entries=CACHE_ENTRIES, show_spinner=False)
def load_mentions(db_path: str, tick: int, **filters: Any) -> pd.DataFrame:
    return board.mentions_table(get_store(db_path), **filters)


@st.cache_data(max_entries=CACHE_ENTRIES, show_spinner=False)
def load_subjects(db_path: str, tick: int, verdicts: tuple[str, ...]) -> pd.DataFrame:
    return board.subjects(get_store(db_path), verdicts)


@st.cache_data(max_entries=CACHE_ENTRIES, show_spinner=False)
def load_case_total(db_path: str, tick: int, verdicts: tuple[str, ...]) -> int:
    return board.case_total(get_store(db_path), verdicts)


@st.cache_data(max_entries=CACHE_ENTRIES, show_spinner=False)
def load_subject(db_path: str, tick: int, subject_key: str, time_zone: str) -> dict[str, Any] | None:
    return board.subject_detail(get_store(db_path), subject_key, time_zone)


@st.cache_data(max_entries=CACHE_ENTRIES, show_spinner=False)
def load_case(db_path: str, tick: int, subject_key: str, settings: PlaybookSettings) -> dict[str, Any]:
    return board.case_for(get_store(db_path), subject_key, utcnow(), settings)


@st.cache_data(max_entries=CACHE_ENTRIES, show_spinner=False)
def load_groups(db_path: str, tick: int) -> pd.DataFrame:
    return board.groups(get_store(db_path))


@st.cache_data(max_entries=CACHE_ENTRIES, show_spinner=False)
def load_group(db_path: str, tick: int, group_id: str) -> dict[str, pd.DataFrame] | None:
    return board.group_detail(get_store(db_path), group_id)


@st.cache_data(max_entries=CACHE_ENTRIES, show_spinner=False)
def load_links(db_path: str, tick: int, currency: str) -> dict[str, pd.DataFrame]:
    return board.links(get_store(db_path), currency)


@st.cache_data(max_entries=CACHE_ENTRIES, show_spinner=False)
def load_authors(db_path: str, tick: int, contains: str) -> pd.DataFrame:
    return board.author_search(get_store(db_path), contains)


@st.cache_data(max_entries=CACHE_ENTRIES, show_spinner=False)
def load_author(db_path: str, tick: int, author_key: str, time_zone: str) -> dict[str, Any] | None:
    return board.author_detail(get_store(db_path), author_key, time_zone)


@st.cache_data(max_entries=CACHE_ENTRIES, show_spinner=False)
def load_to_label(db_path: str, tick: int, contains: str, limit: int) -> pd.DataFrame:
    return board.mentions_to_label(get_store(db_path), contains=contains, limit=limit)


@st.cache_data(max_entries=CACHE_ENTRIES, show_spinner=False)
def load_labels(db_path: str, tick: int) -> tuple[list[str], pd.DataFrame]:
    return board.labels(get_store(db_path))


@st.cache_data(max_entries=CACHE_ENTRIES, show_spinner=False)
def load_sources(db_path: str, tick: int, time_zone: str) -> dict[str, pd.DataFrame]:
    return board.sources_health(get_store(db_path), utcnow(), time_zone)


@st.cache_data(max_entries=CACHE_ENTRIES, show_spinner=False)
def load_audit(db_path: str, tick: int, action: str | None, actor: str) -> tuple[dict[str, str], pd.DataFrame]:
    store = get_store(db_path)
    return board.audit_actions(store), board.audit_log(store, action, actor)


def write(db_path: str, action: Callable[[Store], None], needs: str = "analyst") -> None:
    """Run one write against the store, then drop cached reads so every view shows it. Refused
    unless the session's role allows it (the tabs already hide what a role may not do)."""
    if not allows(st.session_state.get("board_role", "viewer"), needs):
        raise PermissionError(f"this needs the {needs} role")
    with write_lock(db_path):
        action(get_store(db_path))
    st.cache_data.clear()
