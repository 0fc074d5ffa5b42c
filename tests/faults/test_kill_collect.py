"""Collection killed with SIGKILL at random points, then restarted: nothing lost, nothing doubled.

A real `monitor collect` reads a watched folder (three export files, a few bad rows among
them) and a slow local Hacker News search, and is killed at seeded random moments while pages
are being stored; each restart resumes from what was committed. After the run that completes,
every good row and every hit is stored exactly once, every bad row is quarantined exactly once,
every mention is scored and assessed, the authors whose handles the CRM names are linked once,
no run is left 'running', and one more run finds nothing new.
"""

from __future__ import annotations

import csv
import json
import random
import re

from monitor import pipeline
from monitor.config import load_config
from monitor.store import open_store
from tests.faults import helpers
from tests.faults.helpers import assert_exactly_once, rows, scalar
from tests.conftest import store_at

KILLS = 4
FILES = {"a.jsonl": 600, "b.csv": 400, "c.jsonl": 200}
HITS = 400
BAD = {"a.jsonl": {17: "no text", 420: "year 9999", 577: "bad byte"},
       "b.csv": {5: "bad date", 355: "no author"}}
LINKED = {"x:u4": "C4", "x:u11": "C11", "hackernews:hn7": "C7"}


def _write_files(folder) -> tuple[set[str], set[tuple[str, int]]]:
    """The watched folder's exports; returns the good mention ids and the (file, line) of each bad row."""
    good, bad, n = set(), set(), 0
    for name, count in FILES.items():
        records = []
        for i in range(count):
            n += 1
            row = helpers.mention_row(n, source="x" if n % 3 else "instagram")
            line = i + (2 if name.endswith(".csv") else 1)  # a CSV's first line is its header
            problem = BAD.get(name, {}).get(line)
            if problem == "no text":
                row["text"] = ""
            elif problem in ("year 9999", "bad date"):
                row["created_at"] = "9999-12-31T23:00:00-05:00" if problem == "year 9999" else "yesterday"
            elif problem == "no author":
                row["author"]["id"] = ""
            if problem:
                bad.add((name, line))
            else:
                good.add(f"{row['source']}:{row['id']}")
            records.append((row, problem))
        path = folder / name
        if name.endswith(".jsonl"):
            with path.open("wb") as out:
                for row, problem in records:
                    data = json.dumps(row, ensure_ascii=False).encode()
                    out.write((data.replace("Veloz".encode(), b"Vel\xffz") if problem == "bad byte" else data) + b"\n")
        else:
            with path.open("w", encoding="utf-8", newline="") as out:
                writer = csv.writer(out)
                writer.writerow(["source", "id", "author.id", "author.handle", "author.name", "text", "created_at"])
                for row, _ in records:
                    writer.writerow([row["source"], row["id"], row["author"]["id"], row["author"]["handle"],
                                     row["author"]["name"], row["text"], row["created_at"]])
    return good, bad


def test_collection_killed_at_random_points_loses_and_doubles_nothing(tmp_path, fault_seed):
    rng = random.Random(fault_seed)
    folder = tmp_path / "inbox"
    folder.mkdir()
    good, bad = _write_files(folder)
    hits = helpers.hackernews_hits(HITS)
    server = helpers.hackernews_server(hits, page_size=100, delay_s=0.4)
    expected = good | {f"hackernews:{h['objectID']}" for h in hits}
    db = store_at("m")
    config = helpers.write_toml(tmp_path / "monitor.toml", f"""
[model]
batch_size = 128

[collectors.file_import]
enabled = true
directory = {helpers.toml_text(folder)}
min_age_s = 0

[collectors.hackernews]
enabled = true
queries = ["veloz"]
brand = "Veloz"
base_url = "{server.url}"
""")
    crm = tmp_path / "crm.csv"
    crm.write_text("customer_id,name,x_handle\nC4,Ana Quatro,@u4_h\nC11,Rui Onze,@u11_h\nC7,Hanna Sete,\n",
                   encoding="utf-8")
    store = open_store(db)
    pipeline.import_customers(store, load_config(config, env={}), crm)
    store.decide_link("hackernews:hn7", "C7", "manual", "analyst")  # made on the board, before any post
    store.close()
    env = helpers.process_env(config)
    command = helpers.monitor_command(db, "collect")
    try:
        kills = 0
        # half the kill points while the folder's pages are stored, half during the search's walk
        for low, high in [(0, len(good))] * (KILLS // 2) + [(len(good), len(expected))] * (KILLS - KILLS // 2):
            stored = scalar(db, "SELECT COUNT(*) FROM mentions")
            target = max(stored, low) + rng.uniform(0.05, 0.7) * (high - max(stored, low))
            process = helpers.start(command, env, tmp_path)
            kills += helpers.kill_when(
                process, lambda: scalar(db, "SELECT COUNT(*) FROM mentions") >= target,
                "collection", delay_s=rng.uniform(0, 0.06))
        assert kills == KILLS, f"seed {fault_seed}: only {kills} kills landed"
        assert scalar(db, "SELECT COUNT(*) FROM mentions") < len(expected), "a kill came too late"
        helpers.finish(command, env, tmp_path)
        again = helpers.finish(command, env, tmp_path)
    finally:
        server.stop()

    message = f"seed {fault_seed}"
    assert_exactly_once([r[0] for r in rows(db, "SELECT id FROM mentions")], expected, "mention",
                        f"{message}: mentions")
    quarantined = [(re.search(r"([\w.]+), row (\d+)", e).group(1), int(re.search(r"row (\d+)", e).group(1)))
                   for (e,) in rows(db, "SELECT error FROM quarantine")]
    assert_exactly_once(quarantined, bad, None, f"{message}: bad rows in quarantine")
    assert scalar(db, "SELECT COUNT(*) FROM mentions WHERE scored_at IS NULL OR assessed = 0") == 0
    links = rows(db, "SELECT author_key, customer_id FROM author_links WHERE status IN"
                     " ('auto', 'confirmed', 'manual')")
    assert_exactly_once(links, set(LINKED.items()), "link", f"{message}: links")
    merged = rows(db, "SELECT detail FROM case_events WHERE kind = 'merged'")
    assert sorted(d for (d,) in merged) == sorted(LINKED), f"{message}: one merge per link"
    statuses = dict(rows(db, "SELECT status, COUNT(*) FROM job_runs WHERE job LIKE 'collect:%'"
                             " GROUP BY status"))
    assert "running" not in statuses and statuses.get("interrupted", 0) >= 1, statuses
    assert "file_import: 0 new" in again and "hackernews: 0 new" in again, again
