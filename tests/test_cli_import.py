"""`monitor import`: idempotent, all-or-nothing per file, clear line-numbered errors."""

from __future__ import annotations

import json

from click.testing import CliRunner

from monitor.cli import cli
from monitor.store import open_store
from tests.conftest import store_at
from tests.stores import read

GOOD = [
    {"source": "x", "id": "1", "author": {"id": "u1", "handle": "@ana", "name": "Ana"},
     "text": "Meu pedido #123 da @veloz atrasou 5 dias", "created_at": "2026-11-01T10:00:00Z",
     "url": "https://x.com/ana/status/1", "lang": "pt"},
    {"source": "x", "id": "2", "author": {"id": "u2", "handle": "@bo", "name": "Bo"},
     "text": "Veloz envía a Monterrey?", "created_at": "2026-11-01T11:00:00-03:00", "lang": "es"},
]


def write_jsonl(path, rows):
    path.write_text("\n".join(r if isinstance(r, str) else json.dumps(r) for r in rows) + "\n",
                    encoding="utf-8")
    return path


def run(db, *args):
    return CliRunner().invoke(cli, ["--db", str(db), *args], obj={}, catch_exceptions=False)


def count(db):
    store = open_store(db)
    try:
        return store.count()
    finally:
        store.close()


def test_importing_the_same_file_twice_leaves_the_count_unchanged(tmp_path):
    db = store_at("m")
    file = write_jsonl(tmp_path / "m.jsonl", GOOD)
    first = run(db, "import", str(file))
    assert first.exit_code == 0, first.output
    assert "2 new" in first.output
    second = run(db, "import", str(file))
    assert "0 new, 2 already stored" in second.output
    assert count(db) == 2


def test_csv_with_dotted_author_columns(tmp_path):
    db = store_at("m")
    file = tmp_path / "m.csv"
    file.write_text("source,id,author.id,author.handle,author.name,text,created_at,url,lang\n"
                    "reddit,t3_a,u9,carla,Carla,\"Veloz cobrou R$ 49,90 duas vezes\","
                    "2026-11-01T10:00:00Z,https://reddit.com/a,pt\n", encoding="utf-8")
    result = run(db, "import", str(file))
    assert result.exit_code == 0, result.output
    assert count(db) == 1


def bad_row_cases():
    missing_text = dict(GOOD[1], text="")
    bad_date = dict(GOOD[1], created_at="yesterday")
    return {
        "missing text": (missing_text, "row 2", "text"),
        "bad date": (bad_date, "row 2", "created_at"),
        "bad json": ('{"source": "x", "id": ', "row 2", "JSON"),
    }


def test_a_bad_row_is_named_by_line_and_nothing_of_the_file_is_imported(tmp_path):
    for name, (row, where, what) in bad_row_cases().items():
        db = tmp_path / f"{name}.db"
        file = write_jsonl(tmp_path / f"{name}.jsonl", [GOOD[0], row])
        result = CliRunner().invoke(cli, ["--db", str(db), "import", str(file)], obj={})
        assert result.exit_code == 1, name
        assert where in result.output and what in result.output, (name, result.output)
        assert "Traceback" not in result.output
        assert count(db) == 0, name


def test_skip_bad_imports_the_good_rows(tmp_path):
    db = store_at("m")
    file = write_jsonl(tmp_path / "m.jsonl", [GOOD[0], dict(GOOD[1], text=""), GOOD[1] | {"id": "3"}])
    result = run(db, "import", "--skip-bad", str(file))
    assert result.exit_code == 0
    assert "1 bad rows skipped" in result.output
    assert count(db) == 2


def test_every_command_has_help_and_is_in_the_readme():
    from pathlib import Path

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    runner = CliRunner()
    for name, command in cli.commands.items():
        assert command.help, name
        assert f"monitor {name}" in readme, f"`monitor {name}` is not documented in README.md"
        assert runner.invoke(cli, [name, "--help"], obj={}).exit_code == 0


def test_an_invalid_byte_mid_file_is_named_and_skip_bad_imports_every_other_row(tmp_path):
    db = store_at("m")
    rows = [json.dumps(dict(GOOD[0], id=str(n))).encode() for n in range(10)]
    rows[3] = rows[3].replace("atrasou".encode(), "atras\xf3u".encode("latin-1"))
    file = tmp_path / "m.jsonl"
    file.write_bytes(b"\n".join(rows) + b"\n")
    refused = CliRunner().invoke(cli, ["--db", str(db), "import", str(file)], obj={})
    assert refused.exit_code == 1 and "Traceback" not in refused.output
    assert f"{file}, row 4" in refused.output and "not UTF-8" in refused.output
    assert count(db) == 0
    result = run(db, "import", "--skip-bad", str(file))
    assert result.exit_code == 0, result.output
    assert "9 new" in result.output and "1 bad rows skipped" in result.output
    assert count(db) == 9


def test_out_of_range_dates_are_row_errors_that_skip_bad_skips(tmp_path):
    db = store_at("m")
    dates = ["9999-12-31T23:59:59Z", "9999-12-31T23:00:00-05:00", "0001-01-01T00:00:00+05:00",
             "1999-12-31T23:59:59Z", "2099-01-01T00:00:00Z", "2026-13-45T00:00:00Z"]
    rows = [dict(GOOD[0], id=f"bad{n}", created_at=d) for n, d in enumerate(dates)] + [GOOD[0], GOOD[1]]
    file = write_jsonl(tmp_path / "dates.jsonl", rows)
    refused = CliRunner().invoke(cli, ["--db", str(db), "import", str(file)], obj={})
    assert refused.exit_code == 1 and "Traceback" not in refused.output, refused.output
    assert all(f"row {row}, field 'created_at'" in refused.output for row in range(1, 6))
    assert "(and 1 more)" in refused.output and "in the future" in refused.output
    result = run(db, "import", "--skip-bad", str(file))
    assert result.exit_code == 0, result.output
    assert "2 new" in result.output and f"{len(dates)} bad rows skipped" in result.output
    assert count(db) == 2


def test_a_lone_surrogate_escape_is_a_row_error_not_a_crash(tmp_path):
    db = store_at("m")
    file = tmp_path / "s.jsonl"
    bad = ('{"source": "x", "id": "9", "author": {"id": "u1"}, "text": "Veloz \\ud800 atrasou",'
           ' "created_at": "2026-11-01T10:00:00Z"}')
    file.write_text(bad + "\n" + json.dumps(GOOD[1]) + "\n", encoding="utf-8")
    result = run(db, "import", "--skip-bad", str(file))
    assert result.exit_code == 0, result.output
    assert "row 1, field 'text'" in result.output and "1 new" in result.output
    assert count(db) == 1


def test_import_links_the_new_authors_to_customers(tmp_path):
    db = store_at("m")
    crm = tmp_path / "crm.csv"
    crm.write_text("customer_id,name,x_handle\nC1,Ana Souza,@ana\n", encoding="utf-8")
    assert run(db, "customers", "import", str(crm)).exit_code == 0
    result = run(db, "import", str(write_jsonl(tmp_path / "m.jsonl", GOOD)))
    assert result.exit_code == 0, result.output
    assert "1 author links proposed or updated" in result.output
    store = open_store(db)
    try:
        links = store.links_frame()
    finally:
        store.close()
    assert links[["author_key", "customer_id", "status"]].values.tolist() == [["x:u1", "C1", "auto"]]


def _rows(n, bad_at=None):
    rows = [{"source": "x", "id": str(i), "author": {"id": f"u{i % 7}", "handle": f"@u{i % 7}"},
             "text": f"Veloz pedido {i} atrasado", "created_at": "2026-11-01T10:00:00Z", "lang": "pt"}
            for i in range(n)]
    if bad_at is not None:
        rows[bad_at] = '{"source": "x", "id": "broken"'
    return rows


def test_a_bad_row_after_many_batches_stops_the_file_before_anything_is_written(tmp_path):
    from monitor.errors import MonitorError
    from monitor.ingest import import_file

    path = write_jsonl(tmp_path / "late_error.jsonl", _rows(100, bad_at=95))
    store = open_store(store_at("m"))
    try:
        try:
            import_file(store, path, batch=10)
            raise AssertionError("a bad row must stop the import")
        except MonitorError as error:
            assert "late_error.jsonl, row 96" in str(error) and "Nothing imported" in str(error)
        assert store.count() == 0
        done = import_file(store, path, skip_bad=True, batch=10)  # ten batches, one transaction
        assert (done.result.stored, done.bad_rows, len(done.author_keys)) == (99, 1, 7)
        assert store.count() == 99
    finally:
        store.close()


def test_a_killed_import_stores_nothing_of_its_file_and_a_rerun_imports_it_whole(tmp_path):
    import os
    import signal
    import subprocess
    import sys
    import time

    db, path = store_at("m"), write_jsonl(tmp_path / "big.jsonl", _rows(40_000))
    open_store(db).close()
    process = subprocess.Popen([sys.executable, "-m", "monitor", "--db", str(db), "import", str(path)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        while True:  # pass 2 (the writing one) has started once the run is recorded
            if read(db, "SELECT COUNT(*) FROM job_runs WHERE status = 'running'")[0][0]:
                break
            assert process.poll() is None and time.monotonic() < deadline, "the import never started"
            time.sleep(0.02)
        time.sleep(0.5)  # some batches written inside the transaction
        os.kill(process.pid, signal.SIGKILL)
    finally:
        process.wait(30)
    assert count(db) == 0  # all or nothing: the killed transaction left no mention behind
    result = run(db, "import", str(path))
    assert result.exit_code == 0 and "40000 new" in result.output, result.output
    assert count(db) == 40_000
