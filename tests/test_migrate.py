"""`monitor migrate --to`: a SQLite store copied into PostgreSQL whole, counted, and refused
into a database that already holds data. Needs the PostgreSQL test server (MONITOR_TEST_POSTGRES,
set by scripts/test.sh on both runs of the suite)."""

from __future__ import annotations

import os
import uuid
from contextlib import closing
from urllib.parse import urlsplit

import pytest
from click.testing import CliRunner

from monitor import board
from monitor.cli import cli
from monitor.mention import utcnow
from monitor.store import open_store
from tests.privacy_world import build_world, text_cells
from tests.stores import drop_database, read


@pytest.fixture
def empty_postgres():
    """A new, empty PostgreSQL database (not even migrated), dropped afterwards."""
    server = os.environ.get("MONITOR_TEST_POSTGRES")
    if not server:
        pytest.skip("no PostgreSQL server: set MONITOR_TEST_POSTGRES (scripts/test.sh does)")
    import psycopg

    name = f"m_{uuid.uuid4().hex[:16]}"
    admin_url = urlsplit(server)._replace(path="/postgres").geturl()
    with psycopg.connect(admin_url, autocommit=True) as admin:
        admin.execute(f"CREATE DATABASE {name}")
    yield urlsplit(server)._replace(path="/" + name).geturl()
    with psycopg.connect(admin_url, autocommit=True) as admin:
        drop_database(admin, name)


def migrate(source, target):
    return CliRunner().invoke(cli, ["--db", str(source), "--config", "absent.toml", "migrate",
                                    "--to", target], obj={})


def test_a_sqlite_store_moves_into_postgresql_whole_and_counted(tmp_path, empty_postgres):
    world = build_world(tmp_path / "team.db", folder=tmp_path)
    with closing(open_store(world.path)) as source:
        tables = {t: source.count(t) for t in source.db.table_names() if not t.startswith("_")}
        before = board.kpis(source, utcnow())
    assert sum(n > 0 for n in tables.values()) >= 14, tables  # the world fills nearly every table

    result = migrate(world.path, empty_postgres)
    assert result.exit_code == 0, result.output
    if urlsplit(empty_postgres).password:
        assert ":***@" in result.output  # the target named without its password
    for table, rows in tables.items():
        line = next(line for line in result.output.splitlines() if line.split()[:1] == [table])
        assert line.split()[1].replace(",", "") == str(rows), line
    assert result.output.split()[-3:] == ["all", f"{sum(tables.values()):,}", "rows"]

    # every cell arrived as it was, and the copy is a working store
    def cells(location):
        return sorted(c for c in text_cells(location) if not c[0].startswith("_"))

    assert cells(empty_postgres) == cells(world.path)
    with closing(open_store(empty_postgres)) as copied:
        assert copied.backend == "postgresql"
        assert board.kpis(copied, utcnow()) == before
        next_run = copied.start_job("after-migrate")  # ids carry on after the copied ones
        assert next_run > max(r[0] for r in read(world.path, "SELECT id FROM job_runs"))


def test_a_database_that_holds_data_is_refused_and_left_as_it_was(tmp_path, empty_postgres):
    world = build_world(tmp_path / "team.db", folder=tmp_path)
    assert migrate(world.path, empty_postgres).exit_code == 0
    mentions = read(empty_postgres, "SELECT COUNT(*) FROM mentions")[0][0]

    again = migrate(world.path, empty_postgres)
    assert again.exit_code == 1
    assert "already holds data" in again.output and f"{mentions:,} rows in mentions" in again.output
    assert read(empty_postgres, "SELECT COUNT(*) FROM mentions")[0][0] == mentions


def test_an_unreachable_server_is_one_line_without_the_password(tmp_path):
    world = build_world(tmp_path / "team.db", folder=tmp_path)
    result = migrate(world.path, "postgresql://monitor:S3CRET-pw@127.0.0.1:9/nowhere")
    assert result.exit_code == 1
    assert result.output.startswith("Error: postgresql://monitor:***@127.0.0.1:9/nowhere: cannot open")
    assert "S3CRET-pw" not in result.output and "Traceback" not in result.output
