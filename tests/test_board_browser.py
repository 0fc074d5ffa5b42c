"""The board served by `streamlit run` and rendered by a real headless Chromium.

Chromium's `--screenshot --virtual-time-budget` fires before Streamlit's websocket delivers
the page (virtual time does not wait for websockets), so the page is driven over the
DevTools protocol instead: navigate, wait until the KPI cards are drawn, then capture.
Skipped only when /usr/bin/chromium is absent (CI installs it).
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from typing import Iterator

import pytest
from PIL import Image
from websockets.sync.client import connect

from test_app import seed_board_db
from tests.conftest import store_at

CHROMIUM = Path("/usr/bin/chromium")
REPO = Path(__file__).resolve().parent.parent
READY_JS = (
    "document.querySelectorAll('[data-testid=\"stMetricValue\"]').length >= 7"
    " && !document.querySelector('[data-testid=\"stSkeleton\"]')"
    " && !document.querySelector('[data-testid=\"stStatusWidget\"]')"
)

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(),
                                reason="needs Debian's chromium (apt-get install chromium)")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for_http(url: str, timeout_s: float) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise TimeoutError(f"{url} did not answer within {timeout_s}s")


def start_board(db_path: Path | str, port: int, log_path: Path) -> subprocess.Popen:
    """The board on a store (a SQLite file, whose config sits beside it, or a PostgreSQL URL,
    whose config sits beside the log)."""
    config = db_path.with_suffix(".toml") if isinstance(db_path, Path) else log_path.with_name("monitor.toml")
    env = {**os.environ, "MONITOR_DB": str(db_path), "MONITOR_CONFIG": str(config)}
    log = log_path.open("wb")
    return subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(REPO / "app.py"), "--server.port", str(port),
         "--server.address", "127.0.0.1", "--server.headless", "true",
         "--browser.gatherUsageStats", "false", "--server.fileWatcherType", "none"],
        cwd=REPO, env=env, stdout=log, stderr=subprocess.STDOUT,
    )


class DevTools:
    """The few DevTools protocol calls needed: evaluate, capture, and the dialogs a page opened."""

    def __init__(self, ws):
        self.ws = ws
        self.next_id = 0
        self.dialogs: list[str] = []

    def call(self, method: str, **params) -> dict:
        self.next_id += 1
        self.ws.send(json.dumps({"id": self.next_id, "method": method, "params": params}))
        while True:
            message = json.loads(self.ws.recv(timeout=60))
            if message.get("method") == "Page.javascriptDialogOpening":
                self.dialogs.append(message["params"].get("message", ""))
                self.ws.send(json.dumps({"id": 0, "method": "Page.handleJavaScriptDialog",
                                         "params": {"accept": False}}))
            if message.get("id") == self.next_id:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})

    def evaluate(self, expression: str):
        return self.call("Runtime.evaluate", expression=expression, returnByValue=True)["result"].get("value")


def click_tab_js(label: str) -> str:
    """JavaScript that opens the board tab with this label."""
    return ("Array.from(document.querySelectorAll('[role=\"tab\"]'))"
            f".find(t => t.innerText.trim() === {json.dumps(label)})?.click()")


@contextlib.contextmanager
def chromium(profile_dir: Path, width: int = 1280, height: int = 1000) -> Iterator[DevTools]:
    """Debian's headless Chromium with one page, driven over the DevTools protocol (the one way
    the tests, `scripts/screenshots.py` and `bench/bench_board_paint.py` open the board)."""
    browser = subprocess.Popen(
        [str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
         "--no-first-run", "--disable-background-networking", "--disable-component-update",
         "--disable-sync", f"--user-data-dir={profile_dir}", f"--window-size={width},{height}",
         "--remote-debugging-port=0", "about:blank"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:
        port_file = Path(profile_dir) / "DevToolsActivePort"
        deadline = time.monotonic() + 30
        while not (port_file.exists() and port_file.read_text().strip()):
            if time.monotonic() > deadline:
                raise TimeoutError("chromium did not open its DevTools port")
            time.sleep(0.2)
        port = port_file.read_text().split()[0]
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=10) as response:
            page = next(t for t in json.load(response) if t["type"] == "page")
        with connect(page["webSocketDebuggerUrl"], max_size=None, open_timeout=20) as ws:
            tools = DevTools(ws)
            tools.call("Page.enable")
            tools.call("Emulation.setDeviceMetricsOverride", width=width, height=height,
                       deviceScaleFactor=1, mobile=False)
            yield tools
    finally:
        browser.terminate()
        browser.wait(timeout=20)


def screenshot_board(url: str, out: Path, profile_dir: Path, width: int = 1400, height: int = 1000,
                     timeout_s: float = 60, settle_s: float = 2.0, actions_js: tuple[str, ...] = (),
                     full_page: bool = False) -> dict:
    """Open the board in headless Chromium, wait until it is drawn, run actions, save a PNG.

    Returns what the page showed: the KPI texts, the dialogs it opened, whether it was ready.
    """
    with chromium(profile_dir, width, height) as tools:
        tools.call("Page.navigate", url=url)
        ready, sizes = False, []
        deadline = time.monotonic() + timeout_s
        while not ready and time.monotonic() < deadline:
            time.sleep(0.5)
            sizes.append(tools.evaluate("document.body.innerHTML.length"))
            # drawn, and the page stopped changing for three polls (lazy parts loaded)
            ready = bool(tools.evaluate(READY_JS)) and len(set(sizes[-3:])) == 1 and len(sizes) >= 3
        time.sleep(settle_s)  # let charts finish drawing
        for action in actions_js:
            tools.evaluate(action)
            time.sleep(settle_s)
        shot = tools.call("Page.captureScreenshot", format="png", captureBeyondViewport=full_page)
        out.write_bytes(base64.b64decode(shot["data"]))
        metrics = tools.evaluate(
            "Array.from(document.querySelectorAll('[data-testid=\"stMetric\"]'))"
            ".map(e => e.innerText)") or []
        injected = tools.evaluate(
            "Array.from(document.scripts).some(s => s.textContent.includes('alert(1)'))")
        return {"ready": ready, "metrics": metrics, "dialogs": list(tools.dialogs),
                "injected_script": bool(injected)}


def test_board_renders_in_chromium(tmp_path):
    seeded = seed_board_db(store_at("board"))
    port = free_port()
    server = start_board(seeded.path, port, tmp_path / "streamlit.log")
    try:
        wait_for_http(f"http://127.0.0.1:{port}/_stcore/health", 60)
        png = tmp_path / "board.png"
        seen = screenshot_board(f"http://127.0.0.1:{port}", png, tmp_path / "chromium")
    finally:
        server.terminate()
        server.wait(timeout=20)
    log = (tmp_path / "streamlit.log").read_text(errors="replace")
    assert seen["ready"], f"board never finished drawing; server log:\n{log[-2000:]}"
    assert "Traceback" not in log, log[-2000:]
    assert png.stat().st_size > 20_000
    with Image.open(png) as image:
        assert image.size == (1400, 1000)
        colours = image.convert("RGB").getcolors(maxcolors=1_000_000)
        assert colours is not None and len(colours) > 200  # text, cards and a chart, not a blank page
    kpis = {text.split("\n")[0]: text for text in seen["metrics"]}
    assert str(seeded.mentions_today) in kpis["Mentions today"]
    assert str(seeded.mentions_7d) in kpis["Last 7 days"]
    # The seeded `<script>alert(1)</script>` mention is on the page as text: it never runs.
    assert seen["dialogs"] == [] and not seen["injected_script"]


class Page:
    """A person's hands on the board: real mouse clicks and typing through DevTools."""

    def __init__(self, tools: DevTools):
        self.tools = tools

    def idle(self, settle_s: float = 0.8) -> None:
        time.sleep(settle_s)
        deadline = time.monotonic() + 60
        while not self.tools.evaluate(READY_JS):
            assert time.monotonic() < deadline, "the board did not finish its rerun"
            time.sleep(0.2)
        time.sleep(0.3)

    def click(self, element_js: str, wait_s: float = 10) -> None:
        """Wait for the element (a rerun or a popup may still be drawing it), scroll it into
        view and click its centre with the mouse."""
        deadline = time.monotonic() + wait_s
        while True:
            box = self.tools.evaluate(f"(() => {{ const e = {element_js}; if (!e) return null;"
                                      " e.scrollIntoView({block: 'center'}); const r = e.getBoundingClientRect();"
                                      " return [r.x + r.width / 2, r.y + r.height / 2]; })()")
            if box or time.monotonic() > deadline:
                break
            time.sleep(0.2)
        assert box, f"nothing to click: {element_js}"
        for kind in ("mousePressed", "mouseReleased"):
            self.tools.call("Input.dispatchMouseEvent", type=kind, x=box[0], y=box[1],
                            button="left", clickCount=1)

    def type_into(self, label: str, text: str) -> None:
        """Type into the text box with this label and press Enter (Streamlit commits on Enter)."""
        self.click(f"document.querySelector('input[aria-label={json.dumps(label)}]')")
        self.tools.call("Input.insertText", text=text)
        for kind in ("keyDown", "keyUp"):
            self.tools.call("Input.dispatchKeyEvent", type=kind, key="Enter", code="Enter",
                            windowsVirtualKeyCode=13, text="\r" if kind == "keyDown" else "")

    def button(self, label: str) -> str:
        return (f"Array.from(document.querySelectorAll('button'))"
                f".find(b => b.innerText.trim() === {json.dumps(label)})")

    def choose(self, select_label: str, option: str) -> None:
        """Open the select box with this label (its 'Open' button) and pick an option."""
        opener = (f"document.querySelector('input[role=\"combobox\"][aria-label={json.dumps(select_label)}]')"
                  "?.parentElement.querySelector('button[aria-label=\"Open\"]')")
        choice = (f"Array.from(document.querySelectorAll('[role=\"option\"]'))"
                  f".find(o => o.innerText.trim() === {json.dumps(option)})")
        for _ in range(3):  # a click during a rerun may not open the list: try again
            self.click(opener)
            time.sleep(1.0)
            if self.tools.evaluate(f"!!({choice})"):
                break
        self.click(choice)

    def metric(self, label: str) -> str:
        """The value shown on the KPI card with this label."""
        return self.tools.evaluate(
            "Array.from(document.querySelectorAll('[data-testid=\"stMetric\"]'))"
            f".find(m => m.innerText.trim().startsWith({json.dumps(label)}))"
            "?.querySelector('[data-testid=\"stMetricValue\"]')?.innerText")


def test_a_case_is_worked_through_its_life_in_the_browser(tmp_path):
    """A person links an account to its customer, then ticks a step, takes ownership, adds a
    note and resolves a complaint case, with the mouse and keyboard; the store and the counts
    follow."""
    from monitor.store import open_store

    seeded = seed_board_db(store_at("board"))
    port = free_port()
    server = start_board(seeded.path, port, tmp_path / "streamlit.log")
    try:
        wait_for_http(f"http://127.0.0.1:{port}/_stcore/health", 60)
        with chromium(tmp_path / "chromium") as tools:
            page = Page(tools)
            tools.call("Page.navigate", url=f"http://127.0.0.1:{port}")
            page.idle(2.0)
            before = int(page.metric("To recover"))

            tools.evaluate(click_tab_js("Customers & links"))
            page.idle()
            page.click(page.button("Confirm link"))  # the first proposal: mastodon:ana_gomez -> C001
            page.idle()

            tools.evaluate(click_tab_js("Complaints to recover"))
            page.idle()
            page.click("document.querySelector('[class*=\"st-key-cmp_step_\"] label')")  # first step
            page.idle()
            page.type_into("Owner", "Maria")
            page.idle()
            page.type_into("Add a note for the team", "Called him; refund agreed")
            page.idle()
            page.click(page.button("Add note"))
            page.idle()
            page.choose("Status", "Resolved")
            page.idle(1.5)
            after = int(page.metric("To recover"))
    finally:
        server.terminate()
        server.wait(timeout=20)
    log = (tmp_path / "streamlit.log").read_text(errors="replace")
    assert "Traceback" not in log, log[-2000:]
    store = open_store(seeded.path)
    try:
        link = store.links_frame().set_index("author_key").loc["mastodon:ana_gomez"]
        state = store.case_state("bluesky:joe_k")
        events = store.case_events("bluesky:joe_k")
        steps = store.done_steps("bluesky:joe_k")
    finally:
        store.close()
    assert (link["customer_id"], link["status"]) == ("C001", "confirmed")
    assert len(steps) == 1
    assert (state["owner"], state["status"]) == ("Maria", "resolved")
    assert "Called him; refund agreed" in set(events["detail"])
    assert after == before - 1  # the resolved case no longer counts as one to recover
