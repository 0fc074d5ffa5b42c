"""Scoring speed and memory of the current model on 10,000 mentions.

Prints mentions/second for raw encoding by the embedder alone, cold end-to-end scoring (empty
embedding cache) and warm scoring (every text cached), plus peak resident memory.

    python bench/bench_scoring.py [--models models] [--n 10000] [--batch 256] [--repeats 3]
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import time
from pathlib import Path

import pandas as pd

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from monitor import model_registry  # noqa: E402
from monitor.embedding import MemoryCache  # noqa: E402


def bench_texts(n: int) -> list[str]:
    """n distinct mentions: seed and evaluation posts, each made unique with a tag and number."""
    frames = [pd.read_csv(p, keep_default_na=False) for p in
              (REPO / "data" / "seed" / "labelled.csv", REPO / "data" / "eval" / "brand_mentions.csv")
              if p.is_file()]
    base = [t for f in frames for t in f["text"]]
    return [f"{base[i % len(base)]} #{i // len(base)}x{i}" for i in range(n)]


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def timed(label: str, n: int, run, repeats: int) -> float:
    """Best of `repeats` runs (the machine may be shared; the best run is the least disturbed)."""
    seconds = []
    for _ in range(repeats):
        started = time.perf_counter()
        run()
        seconds.append(time.perf_counter() - started)
    rate = n / min(seconds)
    runs = ", ".join(f"{s:.1f}" for s in seconds)
    print(f"{label:<28} {rate:7.0f} mentions/s  (runs: {runs} s; peak RSS {peak_rss_mb():.0f} MB)")
    return rate


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--models", type=Path, default=REPO / "models")
    parser.add_argument("--n", type=int, default=10_000)
    parser.add_argument("--batch", type=int, default=256, help="mentions per score_texts call")
    parser.add_argument("--repeats", type=int, default=3, help="runs per measurement; the best counts")
    args = parser.parse_args()

    started = time.perf_counter()
    model = model_registry.load_current(args.models)
    embedder = model.get_embedder()
    embedder.encode(["warm up"])
    print(f"model {model.version}: embedder {embedder.name} ({getattr(embedder, 'threads', '?')} threads), "
          f"loaded in {time.perf_counter() - started:.1f} s, {os.cpu_count()} CPUs")
    texts = bench_texts(args.n)
    batches = [texts[i:i + args.batch] for i in range(0, len(texts), args.batch)]
    n, repeats = len(texts), args.repeats
    caches: list[MemoryCache] = []

    def score_cold() -> None:
        caches.append(MemoryCache())
        for batch in batches:
            model.score_texts(batch, cache=caches[-1])

    raw = timed("raw encode (embedder only)", n, lambda: [embedder.encode(b) for b in batches], repeats)
    cold = timed("score, cold cache", n, score_cold, repeats)
    cache = caches[-1]
    warm = timed("score, warm cache", n, lambda: [model.score_texts(b, cache=cache) for b in batches], repeats)
    print(f"cold scoring = {cold / raw:.0%} of raw encode speed; warm = {warm / raw:.1f}x raw")
    print(f"peak resident memory {peak_rss_mb():.0f} MB; cache holds {len(cache)} vectors")


if __name__ == "__main__":
    main()
