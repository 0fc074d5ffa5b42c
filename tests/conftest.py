"""Shared fixtures: a real migrated store per test (a SQLite file, or with `--backend postgresql`
a fresh database on the PostgreSQL server named by MONITOR_TEST_POSTGRES), and a mention factory."""

from __future__ import annotations

import os
import uuid
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pandas as pd
import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

from monitor.mention import Mention  # noqa: E402
from monitor.store import open_store  # noqa: E402
from tests.stores import CURRENT, drop_database, store_at  # noqa: E402,F401  (store_at: for the tests' imports)

T0 = datetime(2026, 11, 2, 12, 0, tzinfo=timezone.utc)
SEED = Path(__file__).resolve().parent.parent / "data" / "seed" / "labelled.csv"


POSTGRES_ENV = "MONITOR_TEST_POSTGRES"
TEMPLATE_DB = f"monitor_test_template_{os.getpid()}"  # one per run: runs may overlap
_SERVER: list[str] = []


def pytest_addoption(parser):
    parser.addoption("--backend", choices=("sqlite", "postgresql"),
                     default=os.environ.get("MONITOR_TEST_BACKEND", "sqlite"),
                     help="the store backend every test's store uses (postgresql needs "
                          f"{POSTGRES_ENV}=postgresql://user:password@host:port/ naming a server)")


def pytest_configure(config):
    config.addinivalue_line("markers", "sqlite_only(why): the test is about the SQLite file itself")
    if config.getoption("--backend") == "postgresql":
        if not os.environ.get(POSTGRES_ENV):
            raise pytest.UsageError(f"--backend postgresql needs {POSTGRES_ENV} (a server URL)")
        _SERVER.append(os.environ[POSTGRES_ENV])  # read once: some tests clear the environment


def pytest_collection_modifyitems(config, items):
    if config.getoption("--backend") != "postgresql":
        return
    for item in items:
        marker = item.get_closest_marker("sqlite_only")
        if marker:
            item.add_marker(pytest.mark.skip(reason=f"SQLite only: {marker.args[0] if marker.args else ''}"))


def _admin_url(database: str) -> str:
    """The test server's URL with `database` as its database."""
    from urllib.parse import urlsplit

    return urlsplit(_SERVER[0])._replace(path="/" + database).geturl()


@pytest.fixture(scope="session")
def backend(pytestconfig) -> str:
    return pytestconfig.getoption("--backend")


@pytest.fixture(scope="session")
def _postgres_template(backend):
    """A database migrated once per run; each test's database is a copy of it (fast)."""
    if backend != "postgresql":
        yield None
        return
    import psycopg

    with psycopg.connect(_admin_url("postgres"), autocommit=True) as admin:
        drop_database(admin, TEMPLATE_DB)
        admin.execute(f"CREATE DATABASE {TEMPLATE_DB}")
    open_store(_admin_url(TEMPLATE_DB)).close()
    yield TEMPLATE_DB
    with psycopg.connect(_admin_url("postgres"), autocommit=True) as admin:
        drop_database(admin, TEMPLATE_DB)


@pytest.fixture
def new_db(backend, _postgres_template, tmp_path):
    """Makes stores: `new_db("name")` is a SQLite file in the test's folder, or the URL of a
    new PostgreSQL database (dropped after the test)."""
    made: dict[str, str] = {}

    def make(name: str = "monitor") -> Path | str:
        if backend == "sqlite":
            return tmp_path / f"{name}.db"
        if name not in made:
            import psycopg

            made[name] = f"t_{uuid.uuid4().hex[:16]}"
            with psycopg.connect(_admin_url("postgres"), autocommit=True) as admin:
                admin.execute(f"CREATE DATABASE {made[name]} TEMPLATE {_postgres_template}")
        return _admin_url(made[name])

    CURRENT["new_db"] = make
    yield make
    CURRENT.pop("new_db", None)
    if made:
        import psycopg

        with psycopg.connect(_admin_url("postgres"), autocommit=True) as admin:
            for database in made.values():
                drop_database(admin, database)


@pytest.fixture(autouse=True)
def _stores_of_this_test(new_db):
    """Lets helpers without fixtures name a store (`tests.stores.store_at`)."""


@pytest.fixture
def db_path(new_db):
    return new_db("monitor")


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
