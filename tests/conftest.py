"""Shared fixtures: a real migrated SQLite file per test, and a mention factory."""

from __future__ import annotations

import os
from datetime import datetime, timedelta, timezone

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

from monitor.mention import Mention  # noqa: E402
from monitor.store import open_store  # noqa: E402

T0 = datetime(2026, 11, 2, 12, 0, tzinfo=timezone.utc)


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "monitor.db"


@pytest.fixture
def store(db_path):
    store = open_store(db_path)
    yield store
    store.close()


def make_mention(n: int = 1, *, source: str = "x", author: str = "a1", text: str | None = None,
                 minutes: int | None = None, lang: str = "en", **extra) -> Mention:
    """A plausible mention; `n` makes the id and default text unique."""
    return Mention(
        source=source, native_id=str(n), author_id=author, author_handle=f"@{author}",
        author_name=author.title(), text=text if text is not None else f"Veloz order {n} is late",
        created_at=T0 + timedelta(minutes=n if minutes is None else minutes), lang=lang,
        url=f"https://example.test/{source}/{n}", **extra,
    )
