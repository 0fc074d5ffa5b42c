"""Incremental detection against a real SQLite store holding N mentions (default 1,000,000).

Builds the store (ingest + scores), marks it as already assessed, then times `pipeline.detect`
for new batches of 1,000 scored mentions: only the authors in the batch are re-assessed.
Run: python bench/bench_detect_store.py [N]
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

import pandas as pd

from monitor import pipeline
from monitor.config import load_config
from monitor.mention import Mention, utcnow
from monitor.store import open_store

AUTHORS = 120_000
PHRASES = ["Veloz atrasou meu pedido #{n} de R$ {n},90", "Veloz é uma porcaria, bando de ladrões",
           "alguém sabe se a Veloz entrega em Campinas?", "amei a entrega da Veloz hoje {n}"]
CATEGORIES = ["founded_complaint", "disrespectful", "other", "other"]


def mentions(start: int, count: int, rng: random.Random, days: int) -> list[Mention]:
    now = utcnow()
    out = []
    for i in range(start, start + count):
        kind = rng.randrange(4)
        author = rng.randrange(50) if kind == 1 and rng.random() < 0.3 else rng.randrange(AUTHORS)
        out.append(Mention(source="x", native_id=str(i), author_id=f"u{author}", author_handle=f"@u{author}",
                           text=PHRASES[kind].format(n=i), lang="pt",
                           created_at=now - timedelta(minutes=rng.randrange(days * 1440))))
    return out


def scores_for(batch: list[Mention]) -> pd.DataFrame:
    rows = []
    for m in batch:
        kind = next(i for i, p in enumerate(PHRASES) if p.split("{")[0][:12] in m.text)
        category = CATEGORIES[kind]
        rows.append({"id": m.id, "category": category, "p_complaint": 0.9 if kind < 2 else 0.1,
                     "p_disrespectful": 0.9 if kind == 1 else 0.05, "p_founded": 0.9 if kind == 0 else 0.1,
                     "founded": kind == 0})
    return pd.DataFrame(rows)


def main(total: int = 1_000_000) -> None:
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.db"
        store = open_store(db)
        config = load_config(Path(tmp) / "none.toml", env={"MONITOR_DB": str(db)})
        started = time.perf_counter()
        for start in range(0, total, 20_000):
            batch = mentions(start, min(20_000, total - start), rng, 56)
            store.save_page(batch)
            store.save_scores(scores_for(batch), "bench")
            store.mark_assessed([m.id for m in batch])
        print(f"built store: {store.count():,} mentions in {time.perf_counter() - started:.0f}s, "
              f"{db.stat().st_size / 1e6:.0f} MB")
        timings = []
        for run in range(3):
            batch = mentions(total + run * 1000, 1000, rng, 1)
            store.save_page(batch)
            store.save_scores(scores_for(batch), "bench")
            started = time.perf_counter()
            summary = pipeline.detect(store, config)
            timings.append(time.perf_counter() - started)
            print(f"batch {run + 1}: 1,000 new mentions -> {summary} in {timings[-1]:.2f}s")
        print(f"median incremental detect over {total:,} stored mentions: {sorted(timings)[1]:.2f}s per batch")
        store.close()


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000)
