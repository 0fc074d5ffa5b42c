"""Ingest throughput: mentions/second stored into a real SQLite file, and a re-run of the same pages.

Run: python bench/bench_ingest.py [N]
"""

from __future__ import annotations

import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

from monitor.mention import Mention
from monitor.store import open_store


def make(n: int) -> list[Mention]:
    t0 = datetime(2026, 9, 1, tzinfo=timezone.utc)
    return [Mention(source="x", native_id=str(i), author_id=f"u{i % 5000}", author_handle=f"@u{i % 5000}",
                    text=f"Veloz pedido {i} atrasado há {i % 9} dias", lang="pt",
                    created_at=t0 + timedelta(seconds=i * 7)) for i in range(n)]


def main(n: int = 100_000, page: int = 100) -> None:
    mentions = make(n)
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp) / "bench.db")
        for label in ("first run", "re-run (all duplicates)"):
            start = time.perf_counter()
            for i in range(0, n, page):
                store.save_page(mentions[i:i + page], "bench", f'{{"i": {i}}}')
            seconds = time.perf_counter() - start
            print(f"{label}: {n} mentions in {seconds:.1f}s = {n / seconds:,.0f} mentions/s (pages of {page})")
        print(f"stored: {store.count()} mentions, database {(Path(tmp) / 'bench.db').stat().st_size / 1e6:.1f} MB")
        store.close()


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000)
