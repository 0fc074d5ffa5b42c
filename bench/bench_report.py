"""The weekly report on a store of 1,000,000 mentions whose dates end today.

Uses the store `bench/bench_board.py` builds (run it first). Times reading the figures, grouping
the week's founded complaints into themes (with the real multilingual encoder), and writing each
file format, and prints the peak memory.

    python bench/bench_report.py [--db var/bench_board.db] [--week 2026-W48]
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from monitor import embedding, periods  # noqa: E402
from monitor.mention import utcnow  # noqa: E402
from monitor.reports import ReportScope, build_report, write_report  # noqa: E402
from monitor.store import open_store  # noqa: E402
from monitor.store.mentions import StoreEmbeddingCache  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=REPO / "var" / "bench_board.db")
    parser.add_argument("--week", default=None)
    parser.add_argument("--time-zone", default="America/Sao_Paulo")
    args = parser.parse_args()
    if not args.db.exists():
        sys.exit(f"{args.db} missing: run python bench/bench_board.py first")
    store = open_store(args.db)
    now = utcnow()
    scope = ReportScope(args.week or periods.last_full_week(now, args.time_zone), args.time_zone)
    mentions = store.count()
    print(f"store: {mentions:,} mentions; week {scope.week} in {scope.time_zone}")

    started = time.perf_counter()
    plain = build_report(store, scope, now=now)
    print(f"{time.perf_counter() - started:7.2f} s  figures (every table, no themes)")

    encoder = embedding.get_embedder("use-multilingual")
    cache = StoreEmbeddingCache(store)
    started = time.perf_counter()
    report = build_report(store, scope, now=now,
                          embed=lambda texts: embedding.embed(encoder, list(texts), cache),
                          brand_words=["Veloz"])
    complaints = len(report.tables["founded_complaints"])
    print(f"{time.perf_counter() - started:7.2f} s  figures + themes of {complaints:,} founded complaints "
          f"({len(report.themes)} themes; vectors cached in the store for next time)")
    started = time.perf_counter()
    build_report(store, scope, now=now, embed=lambda texts: embedding.embed(encoder, list(texts), cache))
    print(f"{time.perf_counter() - started:7.2f} s  the same again, vectors from the cache")
    assert plain.headline.equals(report.headline)

    with tempfile.TemporaryDirectory() as out:
        for formats in (("csv",), ("xlsx",), ("html",), ("pdf",)):
            started = time.perf_counter()
            paths = write_report(store, report, Path(out), formats)
            size = sum(os.path.getsize(p) for p in paths)
            print(f"{time.perf_counter() - started:7.2f} s  {formats[0]} ({len(paths)} files, "
                  f"{size / 1e6:.1f} MB)")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory {peak:,.0f} MB")


if __name__ == "__main__":
    main()
