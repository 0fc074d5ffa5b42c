"""The live board's first paint in headless Chromium on a store of 1,000,000 mentions.

Only the open tab runs, so the page's first paint is the Overview (from opening the page until
it is drawn and the app is idle), and each other tab's first paint is from its click until it
is drawn. Uses the store that `bench/bench_board.py` builds (run it first), Debian's chromium,
and the DevTools protocol.

    python bench/bench_board_paint.py [--db var/bench_board.db] [--loads 5]
    python bench/bench_board_paint.py --db postgresql://monitor:monitor@127.0.0.1/bench5m
      (the PostgreSQL store that bench/bench_board_postgres.py builds)
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(REPO), str(REPO / "tests")]

from monitor.store import store_location  # noqa: E402
from tests.test_board_browser import (READY_JS, DevTools, chromium, click_tab_js,  # noqa: E402
                                      free_port, start_board, wait_for_http)

IDLE_JS = READY_JS + " && document.querySelectorAll('[role=\"tab\"]').length >= 8"
TABS = ("Complaints to recover", "Campaigns", "Coordinated groups", "Customers & links", "Authors",
        "Label corrections", "Sources health")


PANEL_JS = "(document.querySelector('[role=\"tabpanel\"]') || {innerText: ''}).innerText"


def wait_idle(tools: DevTools, started: float, before: str | None = None) -> float:
    """Seconds from `started` until the app is idle (two polls in a row) and, after a tab click,
    the tab panel shows something other than `before` (the previous tab's content)."""
    time.sleep(0.05)
    stable = 0
    while stable < 2 and time.perf_counter() - started < 120:
        ready = tools.evaluate(IDLE_JS) and (before is None or tools.evaluate(PANEL_JS) != before)
        stable = stable + 1 if ready else 0
        time.sleep(0.05)
    return time.perf_counter() - started - 0.05


def first_paints(url: str, loads: int) -> dict[str, list[float]]:
    with tempfile.TemporaryDirectory() as profile, chromium(Path(profile)) as tools:
        seconds: dict[str, list[float]] = {}
        for load in range(loads + 1):  # the first load warms the server's caches of code
            started = time.perf_counter()
            tools.call("Page.navigate", url=url)
            times = {"Overview (page load)": wait_idle(tools, started)}
            for tab in TABS:
                before = tools.evaluate(PANEL_JS)
                started = time.perf_counter()
                tools.evaluate(click_tab_js(tab))
                times[tab] = wait_idle(tools, started, before)
            if load:
                for name, value in times.items():
                    seconds.setdefault(name, []).append(value)
        return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default=str(REPO / "var" / "bench_board.db"))
    parser.add_argument("--loads", type=int, default=5)
    args = parser.parse_args()
    args.db = store_location(args.db)
    if isinstance(args.db, Path) and not args.db.exists():
        sys.exit(f"{args.db} missing: run python bench/bench_board.py first")
    port = free_port()
    with tempfile.TemporaryDirectory() as tmp:
        server = start_board(args.db, port, Path(tmp) / "streamlit.log")
        try:
            wait_for_http(f"http://127.0.0.1:{port}/_stcore/health", 120)
            seconds = first_paints(f"http://127.0.0.1:{port}", args.loads)
        finally:
            server.terminate()
            server.wait(timeout=20)
    for name, values in seconds.items():
        print(f"{statistics.median(values):6.2f} s median, {max(values):5.2f} s worst  {name}")
    everything = [v for values in seconds.values() for v in values]
    print(f"every tab's first paint, {args.loads} loads: median {statistics.median(everything):.2f} s, "
          f"worst {max(everything):.2f} s")


if __name__ == "__main__":
    main()
