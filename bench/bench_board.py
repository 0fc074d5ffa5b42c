"""The board's reads on a store of N mentions (default 1,000,000) whose dates end today.

Builds the store once (kept at --db, reused on later runs): 100,000 authors, scored mentions
over 60 days, verdicts from a real detection run, customers and links. Then times what each
tab reads through `monitor.board` (the first paint of a tab is these reads plus drawing) and
prints the numbers, slowest first.

    python bench/bench_board.py [--mentions 1000000] [--db var/bench_board.db]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from datetime import timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

import pandas as pd  # noqa: E402

from monitor import board, pipeline  # noqa: E402
from monitor.config import load_config  # noqa: E402
from monitor.mention import Mention, utcnow  # noqa: E402
from monitor.store import open_store  # noqa: E402

AUTHORS = 100_000
TEXTS = [("Veloz atrasou meu pedido #{n}, ninguém responde", "founded_complaint", 0.9, 0.05, 0.9),
         ("Veloz é uma porcaria, bando de ladrões {n}", "disrespectful", 0.9, 0.92, 0.1),
         ("alguém sabe se a Veloz entrega em Campinas? {n}", "other", 0.1, 0.02, 0.05),
         ("amei a entrega da Veloz hoje {n}", "other", 0.05, 0.01, 0.05)]


def build(db: Path, total: int) -> None:
    rng = random.Random(11)
    store = open_store(db)
    now = utcnow()
    started = time.perf_counter()
    for start in range(0, total, 20_000):
        batch, scores = [], []
        for i in range(start, min(start + 20_000, total)):
            kind = rng.choices(range(4), weights=(15, 5, 40, 40))[0]
            hostile = kind == 1 and rng.random() < 0.3
            author = rng.randrange(300) if hostile else rng.randrange(AUTHORS)
            text, category, pc, pd_, pf = TEXTS[kind]
            m = Mention(source=rng.choice(("x", "bluesky", "reddit", "mastodon")), native_id=str(i),
                        author_id=f"u{author}", author_handle=f"@user{author}", author_name=f"User {author}",
                        text=text.format(n=i), lang=rng.choice(("pt", "pt", "es", "en")),
                        created_at=now - timedelta(minutes=rng.randrange(60 * 1440)))
            batch.append(m)
            scores.append({"id": m.id, "category": category, "p_complaint": pc, "p_disrespectful": pd_,
                           "p_founded": pf, "founded": kind == 0})
        store.save_page(batch)
        store.save_scores(pd.DataFrame(scores), "bench")
        print(f"\r{start + len(batch):,} mentions stored ({time.perf_counter() - started:.0f}s)", end="",
              file=sys.stderr)
    print(file=sys.stderr)
    store.close()


def time_board_reads(store, size: str) -> dict[str, float]:
    """Time what each tab reads (median of 3 runs), print slowest first and per tab; returns
    the timings. Shared by the SQLite and the PostgreSQL bench."""
    now = utcnow()
    complaints = board.subjects(store, board.COMPLAINT_VERDICTS)
    first = complaints["subject_key"].iloc[0] if not complaints.empty else "none"
    reads = {
        "overview: kpis": lambda: board.kpis(store, now),
        "overview: mentions per day (30 d)": lambda: board.daily_by_category(store, now, 30),
        "overview: filter choices": lambda: board.mention_facets(store),
        "overview: latest 300 mentions": lambda: board.mentions_table(store, limit=300),
        "complaints: case list": lambda: board.subjects(store, board.COMPLAINT_VERDICTS),
        "complaints: one case (facts)": lambda: board.subject_detail(store, first),
        "complaints: one case (course, drafts)": lambda: board.case_for(store, first, now),
        "campaigns: case list": lambda: board.subjects(store, board.CAMPAIGN_VERDICTS),
        "coordinated groups": lambda: board.groups(store),
        "customers & links": lambda: board.links(store),
        "authors: search": lambda: board.author_search(store, ""),
        "labels: least sure first": lambda: board.mentions_to_label(store, limit=300),
        "sources health": lambda: board.sources_health(store, now),
    }
    print(f"store ({store.backend}): {store.count():,} mentions, {store.count('authors'):,} authors, "
          f"{store.count('verdicts'):,} verdicts, {size}")
    timings = {}
    for name, read in reads.items():
        runs = []
        for _ in range(3):
            started = time.perf_counter()
            read()
            runs.append(time.perf_counter() - started)
        timings[name] = sorted(runs)[1]
    for name, seconds in sorted(timings.items(), key=lambda item: -item[1]):
        print(f"{seconds:8.3f} s  {name}")
    tabs = {"Overview": [k for k in timings if k.startswith("overview")],
            "Complaints": [k for k in timings if k.startswith("complaints")],
            "Campaigns": ["campaigns: case list"]}
    for tab, names in tabs.items():
        print(f"{tab} tab reads: {sum(timings[n] for n in names):.2f} s (median of 3 runs each)")
    return timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mentions", type=int, default=1_000_000)
    parser.add_argument("--db", type=Path, default=REPO / "var" / "bench_board.db")
    args = parser.parse_args()
    if not args.db.exists():
        args.db.parent.mkdir(parents=True, exist_ok=True)
        build(args.db, args.mentions)
    store = open_store(args.db)
    if store.count("verdicts") == 0:  # a build cut off before detection
        config = load_config(args.db.parent / "absent.toml", env={"MONITOR_DB": str(args.db)})
        print(pipeline.detect(store, config, full=True), file=sys.stderr)
    time_board_reads(store, f"{args.db.stat().st_size / 1e6:.0f} MB")
    store.close()


if __name__ == "__main__":
    main()
