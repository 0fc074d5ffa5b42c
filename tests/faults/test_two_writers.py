"""Two writers at once: a large `monitor import` (one long write transaction, then linking its
authors to the CRM) while a second process does what analysts do on the board through the store
API (labels, link decisions, checklist steps, notes, status), each write its own transaction.

tests/test_concurrent_writers.py runs four imports together; here the other writer is the
board. Each must wait its turn, never fail with "database is locked", and nothing is lost or
doubled: every row imported once, every label, step and note once, and every link a person
decided kept as decided even where the import's linker found another customer for that account.
"""

from __future__ import annotations

import json
import subprocess
import sys

from monitor import pipeline
from monitor.config import load_config
from monitor.ingest import import_file
from monitor.store import open_store
from tests.faults import helpers, ledger
from tests.faults.helpers import assert_exactly_once, rows, scalar
from tests.stores import store_at

ROWS = 12_000
WRITES = 30
BOARD = r"""
import json, sys, time
from monitor.mention import iso, utcnow
from monitor.store import open_store
db, plan = sys.argv[1], json.loads(sys.argv[2])
store = open_store(db)
print("ready", flush=True)
while not store.db.execute("SELECT 1 FROM job_runs WHERE job = 'import:big.jsonl'").fetchone():
    time.sleep(0.005)  # the board writes once the import holds the write lock
print("trying", iso(utcnow()), flush=True)  # its first write waits for the import's transaction
for n, (mention, author, customer, subject) in enumerate(plan):
    store.save_label(mention, ("founded_complaint", "disrespectful", "other")[n % 3], "analyst")
    store.decide_link(author, customer, "manual", "analyst")
    store.set_step(subject, f"step{n}", True, "analyst")
    store.add_case_note(subject, f"note {n}", "analyst")
    store.set_case_status(subject, ("in_progress", "waiting")[n % 2], "analyst")
    print(n, flush=True)
store.close()
"""


def test_an_import_and_the_board_writing_at_once_lose_and_double_nothing(tmp_path):
    db = store_at("m")
    config = helpers.write_toml(tmp_path / "monitor.toml", "")
    first = tmp_path / "earlier.jsonl"
    earlier = [helpers.mention_row(n, source="reddit") for n in range(WRITES)]
    for n, row in enumerate(earlier):  # accounts no CRM row names: the board's own cases
        row["author"] = {"id": f"r{n}", "handle": f"@r{n}_reddit", "name": f"Reddit {n}"}
    first.write_text("".join(json.dumps(row) + "\n" for row in earlier), encoding="utf-8")
    big = tmp_path / "big.jsonl"
    big.write_text("".join(json.dumps(helpers.mention_row(n, authors=400)) + "\n" for n in range(ROWS)),
                   encoding="utf-8")
    crm = tmp_path / "crm.csv"  # the CRM names the X handle of the first accounts the board links
    crm.write_text("customer_id,name,x_handle\n" + "".join(
        f"K{n},Kunde {n},@u{n}_h\n" for n in range(WRITES)) + "".join(f"B{n},Board {n},\n" for n in range(WRITES)),
        encoding="utf-8")
    store = open_store(db)
    try:
        import_file(store, first)
        pipeline.import_customers(store, load_config(config, env={}), crm)
    finally:
        store.close()
    plan = [(f"reddit:reddit-{n}", f"x:u{n}", f"B{n}", f"reddit:r{n}") for n in range(WRITES)]

    env = helpers.process_env(config)
    board = subprocess.Popen([sys.executable, "-c", BOARD, str(db), json.dumps(plan)], env=env, cwd=tmp_path,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert board.stdout.readline().strip() == "ready", board.communicate()
    importer = helpers.start(helpers.monitor_command(db, "import", str(big)), env, tmp_path)
    outputs = {name: p.communicate(timeout=300) for name, p in (("import", importer), ("board", board))}
    for name, process in (("import", importer), ("board", board)):
        out, err = outputs[name]
        assert process.returncode == 0, f"{name}: {err[-3000:]}"
        assert "Traceback" not in err and "locked" not in err, f"{name}: {err[-3000:]}"
    trying, *written = outputs["board"][0].splitlines()  # (after "ready")
    assert written == [str(n) for n in range(WRITES)]
    imported = scalar(db, "SELECT finished_at FROM job_runs WHERE job = 'import:big.jsonl'")
    # the board's first write was attempted while the import was still storing (a write's own
    # time is taken once it holds the lock, so it says nothing about the overlap)
    assert trying.split()[1] <= imported, "the board wrote only after the import: no overlap was tested"
    ledger.fault("two writers at once: import and board")

    ids = {f"x:x-{n}" for n in range(ROWS)} | {f"reddit:reddit-{n}" for n in range(WRITES)}
    assert_exactly_once([r[0] for r in rows(db, "SELECT id FROM mentions")], ids, "mention", "mentions")
    assert_exactly_once(rows(db, "SELECT mention_id, labelled_by FROM labels"),
                        {(m, "analyst") for m, *_ in plan}, "label", "labels")
    decided = rows(db, "SELECT author_key, customer_id FROM author_links WHERE status = 'manual'")
    assert_exactly_once(decided, {(a, c) for _, a, c, _ in plan}, "link", "links decided on the board")
    auto = rows(db, "SELECT author_key, customer_id FROM author_links WHERE status = 'auto'")
    assert not {a for a, _ in auto} & {a for _, a, _, _ in plan}, "the linker overrode a person's decision"
    steps = rows(db, "SELECT subject_key, step_id FROM case_steps")
    assert_exactly_once(steps, {(s, f"step{n}") for n, (*_, s) in enumerate(plan)}, "case step", "case steps")
    notes = rows(db, "SELECT detail FROM case_events WHERE kind = 'note'")
    assert sorted(d for (d,) in notes) == sorted(f"note {n}" for n in range(WRITES))
