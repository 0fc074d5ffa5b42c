"""Shared fixtures: a real migrated SQLite file per test, and a mention factory."""

from __future__ import annotations

import os
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pandas as pd
import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

from monitor.mention import Mention  # noqa: E402
from monitor.store import open_store  # noqa: E402

T0 = datetime(2026, 11, 2, 12, 0, tzinfo=timezone.utc)
SEED = Path(__file__).resolve().parent.parent / "data" / "seed" / "labelled.csv"


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


def make_shared_folder(folder: Path) -> Path:
    """A stand-in for ../shared/datasets built from our own written rows: a "real" file with the
    real file's columns and labels (14 rows per language and label), and one small public
    corpus of each kind (complaint: pt, abuse: es)."""
    from monitor import corpora

    folder.mkdir(parents=True, exist_ok=True)
    seed = pd.read_csv(SEED, keep_default_na=False)
    real = seed.groupby(["lang", "label"]).sample(14, random_state=2)
    label = real["label"].map({"founded_complaint": "complaint", "disrespectful": "abusive", "other": "other"})
    pd.DataFrame({"text": real["text"], "label": label,
                  "founded": (real["label"] == "founded_complaint").astype(int), "lang": real["lang"],
                  "company": "Veloz", "source": "test", "notes": ""}).to_csv(
        folder / corpora.REAL_MENTIONS_FILE, index=False)
    rest = seed[~seed["text"].isin(real["text"])]
    complaints = rest[(rest["lang"] == "pt") & rest["label"].isin(["founded_complaint", "other"])].sample(60, random_state=3)
    pd.DataFrame({"text": complaints["text"], "lang": "pt", "source": "test", "orig_label": "",
                  "label": complaints["label"].map({"founded_complaint": "complaint", "other": "other"})}
                 ).to_csv(folder / "pt_bank_app_reviews.csv", index=False)
    abuse = rest[(rest["lang"] == "es") & rest["label"].isin(["disrespectful", "other"])].sample(60, random_state=4)
    pd.DataFrame({"text": abuse["text"], "lang": "es", "source": "test", "orig_label": "",
                  "label": abuse["label"].map({"disrespectful": "abusive", "other": "other"})}
                 ).to_csv(folder / "es_offendes_train.csv", index=False)
    return folder
