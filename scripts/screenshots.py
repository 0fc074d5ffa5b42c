"""Screenshots of the live board in headless Chromium, for the README and for reading every tab.

    python scripts/screenshots.py --url http://127.0.0.1:8501            # README shots into docs/
    python scripts/screenshots.py --url http://127.0.0.1:8501 --all --out /tmp/shots  # every tab, full page

Start the board first (e.g. `bash scripts/demo.sh`). Uses Debian's chromium and the DevTools
protocol, like the browser test.
"""

from __future__ import annotations

import argparse
import base64
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(REPO), str(REPO / "tests")]

from tests.test_board_browser import READY_JS, DevTools, chromium, click_tab_js  # noqa: E402

TABS = ["Overview", "Complaints to recover", "Campaigns", "Coordinated groups", "Customers & links",
        "Authors", "Label corrections", "Sources health"]
README_SHOTS = {"Overview": "screenshot.png", "Campaigns": "campaigns.png",
                "Coordinated groups": "groups.png"}
WIDTH, HEIGHT = 1280, 1000


def wait_drawn(tools: DevTools, settle_s: float = 2.0) -> None:
    time.sleep(1.0)
    deadline = time.monotonic() + 120
    while not tools.evaluate(READY_JS) and time.monotonic() < deadline:
        time.sleep(0.3)
    time.sleep(settle_s)  # charts finish drawing


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", default="http://127.0.0.1:8501")
    parser.add_argument("--out", type=Path, default=REPO / "docs")
    parser.add_argument("--all", action="store_true", help="every tab, the whole page")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    shots = {tab: f"{i}_{tab.split()[0].lower()}.png" for i, tab in enumerate(TABS)} if args.all \
        else README_SHOTS
    with tempfile.TemporaryDirectory() as profile, chromium(Path(profile), WIDTH, HEIGHT) as tools:
        tools.call("Page.navigate", url=args.url)
        wait_drawn(tools)
        for tab, name in shots.items():
            tools.evaluate(click_tab_js(tab))
            wait_drawn(tools)
            if args.all:
                height = tools.evaluate(
                    "document.querySelector('[data-testid=\"stMain\"]')?.scrollHeight || 1000")
                tools.call("Emulation.setDeviceMetricsOverride", width=WIDTH,
                           height=min(int(height) + 50, 6000), deviceScaleFactor=1, mobile=False)
                time.sleep(1.0)
            shot = tools.call("Page.captureScreenshot", format="png")
            (args.out / name).write_bytes(base64.b64decode(shot["data"]))
            tools.call("Emulation.setDeviceMetricsOverride", width=WIDTH, height=HEIGHT,
                       deviceScaleFactor=1, mobile=False)
            print(args.out / name)


if __name__ == "__main__":
    main()
