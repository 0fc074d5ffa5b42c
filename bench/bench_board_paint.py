"""The live board's first paint in headless Chromium on a store of 1,000,000 mentions.

Streamlit draws every tab in one script run, so the first paint of any tab is the time from
opening the page until every tab's content is drawn and the app is idle. Uses the store that
`bench/bench_board.py` builds (run it first), Debian's chromium, and the DevTools protocol.

    python bench/bench_board_paint.py [--db var/bench_board.db] [--loads 5]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(REPO), str(REPO / "tests")]

from websockets.sync.client import connect  # noqa: E402

from tests.test_board_browser import (CHROMIUM, READY_JS, DevTools, free_port,  # noqa: E402
                                      start_board, wait_for_http)

IDLE_JS = READY_JS + " && document.querySelectorAll('[role=\"tab\"]').length >= 8"


def first_paints(url: str, loads: int) -> list[float]:
    with tempfile.TemporaryDirectory() as profile:
        browser = subprocess.Popen(
            [str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
             f"--user-data-dir={profile}", "--window-size=1280,1000", "--remote-debugging-port=0",
             "about:blank"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            port_file = Path(profile) / "DevToolsActivePort"
            while not (port_file.exists() and port_file.read_text().strip()):
                time.sleep(0.1)
            port = port_file.read_text().split()[0]
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=10) as response:
                page = next(t for t in json.load(response) if t["type"] == "page")
            with connect(page["webSocketDebuggerUrl"], max_size=None) as ws:
                tools = DevTools(ws)
                tools.call("Page.enable")
                seconds = []
                for _ in range(loads + 1):  # the first load warms the server's caches of code
                    started = time.perf_counter()
                    tools.call("Page.navigate", url=url)
                    time.sleep(0.05)
                    stable = 0
                    while stable < 2 and time.perf_counter() - started < 120:
                        stable = stable + 1 if tools.evaluate(IDLE_JS) else 0
                        time.sleep(0.05)
                    seconds.append(time.perf_counter() - started - 0.05)
                return seconds[1:]
        finally:
            browser.terminate()
            browser.wait(timeout=20)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=REPO / "var" / "bench_board.db")
    parser.add_argument("--loads", type=int, default=5)
    args = parser.parse_args()
    if not args.db.exists():
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
    print(f"first paint of the board (all 8 tabs drawn), {len(seconds)} loads: "
          f"median {statistics.median(seconds):.2f} s, worst {max(seconds):.2f} s")


if __name__ == "__main__":
    main()
