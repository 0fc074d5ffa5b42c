"""Pieces the fault tests share: real `monitor` processes and a killer, read-only peeks at the
database while they run, local HTTP servers (a slow Hacker News search, a slow alert webhook),
and generated mention files."""

from __future__ import annotations

import json
import math
import os
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Callable
from urllib.parse import parse_qs, urlsplit

from tests.faults import ledger
from tests.stores import read

REPO = Path(__file__).resolve().parents[2]
PROXY_VARIABLES = ("http_proxy", "https_proxy", "all_proxy", "no_proxy")


# ---- real processes -------------------------------------------------------------------------

def process_env(config: Path, **extra: str) -> dict[str, str]:
    """The environment of a child `monitor` process: this one's, without any MONITOR_* variable
    or proxy of the machine (children talk to servers on 127.0.0.1), offline, with `config`."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("MONITOR_") and k.lower() not in PROXY_VARIABLES}
    env.update({"MONITOR_CONFIG": str(config), "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1",
                "NO_PROXY": "127.0.0.1,localhost", "PYTHONUNBUFFERED": "1"})
    env.update(extra)
    return env


def monitor_command(db: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "monitor", "--db", str(db), *args]


def job_command(code: str) -> list[str]:
    """A scheduler job function run in a child process, as `monitor run` would run it."""
    return [sys.executable, "-c", "from monitor.config import load_config\n"
            "from monitor import scheduler\nconfig = load_config()\n" + code]


def start(command: list[str], env: dict[str, str], cwd: Path) -> subprocess.Popen:
    return subprocess.Popen(command, env=env, cwd=cwd, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def finish(command: list[str], env: dict[str, str], cwd: Path, timeout: float = 240) -> str:
    """Run to completion; fail with its output unless it exits 0 without a traceback."""
    done = subprocess.run(command, env=env, cwd=cwd, capture_output=True, text=True, timeout=timeout)
    assert done.returncode == 0 and "Traceback" not in done.stderr, (
        f"{' '.join(command[-4:])} exited {done.returncode}:\n{done.stdout[-2000:]}\n{done.stderr[-4000:]}")
    return done.stdout


def kill_when(process: subprocess.Popen, ready: Callable[[], bool], stage: str,
              delay_s: float = 0.0, timeout_s: float = 180) -> bool:
    """SIGKILL `process` once `ready()` holds (checked every 10 ms), `delay_s` later. Returns True
    when the kill landed on a live process (counted as a fault), False when it had finished."""
    deadline = time.monotonic() + timeout_s
    while process.poll() is None and not ready():
        assert time.monotonic() < deadline, f"{stage}: the process never reached its kill point"
        time.sleep(0.01)
    if delay_s:
        time.sleep(delay_s)
    alive = process.poll() is None
    if alive:
        os.kill(process.pid, signal.SIGKILL)
    process.communicate(timeout=60)
    if alive:
        assert process.returncode == -signal.SIGKILL
        ledger.fault(f"SIGKILL: {stage}")
    return alive


def kill_after(process: subprocess.Popen, seconds: float, stage: str) -> bool:
    started = time.monotonic()
    return kill_when(process, lambda: time.monotonic() - started >= seconds, stage)


# ---- the database, read while another process writes ----------------------------------------

def scalar(db: Path | str, sql: str, args: tuple = ()) -> Any:
    """One value, read through a separate connection (WAL readers never block the writer); 0
    while the database or its tables do not exist yet."""
    found = read(db, sql, args)
    return found[0][0] if found else 0


def rows(db: Path | str, sql: str, args: tuple = ()) -> list[tuple]:
    return read(db, sql, args)


def execute(db: Path | str, sql: str, args: tuple = ()) -> int:
    return read(db, sql, args, write=True)[0][0]


def assert_exactly_once(found: list[Any], expected: set[Any], kind: str | None, what: str) -> None:
    """Every expected record found once, nothing else; counted in the ledger under `kind`."""
    counts: dict[Any, int] = {}
    for item in found:
        counts[item] = counts.get(item, 0) + 1
    missing = sorted(expected - set(counts), key=str)
    doubled = sorted((k for k, n in counts.items() if n > 1), key=str)
    extra = sorted(set(counts) - expected, key=str)
    assert not (missing or doubled or extra), (
        f"{what}: {len(missing)} lost {missing[:5]}, {len(doubled)} duplicated {doubled[:5]}, "
        f"{len(extra)} unexpected {extra[:5]}")
    if kind:
        ledger.checked(kind, len(expected))


def write_toml(path: Path, body: str) -> Path:
    path.write_text(body, encoding="utf-8")
    return path


def toml_text(value: str | Path) -> str:
    return json.dumps(str(value))  # a TOML basic string is JSON's


# ---- generated mentions ---------------------------------------------------------------------

TEXTS = [
    "Veloz cobrou duas vezes o meu cartão e ninguém responde",
    "Meu pedido da Veloz nunca chegou, já faz 10 dias",
    "Veloz é uma piada, lixo de empresa",
    "Adorei a entrega rápida da Veloz hoje",
    "El pedido de Veloz llegó roto y no me devuelven el dinero",
    "Veloz son unos ladrones, qué vergüenza",
    "Veloz charged me twice and support keeps closing my ticket",
    "Veloz is the worst company ever, total scam",
    "Thanks Veloz, the refund arrived today",
    "Veloz app is down again, cannot log in since 9am",
    "Vocês da Veloz são uns incompetentes",
    "La app de Veloz no funciona desde ayer",
]
"""A few distinct texts, repeated: scoring embeds each text once, so files of thousands of rows
score in seconds, while authors still get mixed records for detection."""


def mention_row(n: int, *, source: str = "x", authors: int = 60, now: datetime | None = None) -> dict:
    now = now or datetime.now(timezone.utc)
    created = now - timedelta(days=20) + timedelta(minutes=17 * n)
    created = min(created, now - timedelta(minutes=1))
    author = f"u{n % authors}"
    return {"source": source, "id": f"{source}-{n}", "author": {"id": author, "handle": f"@{author}_h",
                                                               "name": f"User {author}"},
            "text": f"{TEXTS[n % len(TEXTS)]} #{n % 7}", "created_at": created.strftime("%Y-%m-%dT%H:%M:%SZ")}


# ---- a slow Hacker News search on 127.0.0.1 -------------------------------------------------

class LocalServer:
    """A ThreadingHTTPServer on a free port of 127.0.0.1, in a daemon thread."""

    def __init__(self, handler: type[BaseHTTPRequestHandler]):
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def hackernews_server(hits: list[dict[str, Any]], page_size: int, delay_s: float) -> LocalServer:
    """Algolia's search_by_date: newest first, `created_at_i>=T` and `hitsPerPage` (at most
    `page_size`) honoured, `page` 0-based, each answer `delay_s` late so a kill lands mid-walk."""
    ordered = sorted(hits, key=lambda h: -h["created_at_i"])

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 - http.server's naming
            query = {k: v[0] for k, v in parse_qs(urlsplit(self.path).query).items()}
            since = int(query.get("numericFilters", "created_at_i>=0").split(">=")[-1])
            matching = [h for h in ordered if h["created_at_i"] >= since]
            page = int(query.get("page", 0))
            size = min(int(query.get("hitsPerPage", page_size)), page_size)
            body = json.dumps({"hits": matching[page * size:(page + 1) * size],
                               "nbHits": len(matching), "page": page,
                               "nbPages": math.ceil(len(matching) / size),
                               "hitsPerPage": size}).encode()
            time.sleep(delay_s)
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            try:
                self.wfile.write(body)
            except OSError:  # the client was killed while we slept
                pass

        def log_message(self, *args):
            pass

    return LocalServer(Handler)


def hackernews_hits(count: int, now: datetime | None = None) -> list[dict[str, Any]]:
    now = now or datetime.now(timezone.utc)
    hits = []
    for n in range(count):
        created = int((now - timedelta(hours=20) + timedelta(seconds=200 * n)).timestamp())
        hits.append({"objectID": str(900000 + n), "created_at_i": created, "author": f"hn{n % 25}",
                     "comment_text": f"{TEXTS[n % len(TEXTS)]} (hn {n % 5})", "_tags": ["comment"]})
    return hits


# ---- a slow JSON webhook on 127.0.0.1 -------------------------------------------------------

@dataclass
class Delivery:
    number: int
    title: str
    message: str
    acknowledged: bool = False


@dataclass
class AlertReceiver:
    """Apprise's JSON webhook (`json://127.0.0.1:PORT/hook`): it holds each request `hold_s`
    before answering 200, so a kill lands while the sender waits for the answer.

    A request whose sender was killed while it was held (`abort_inflight`) never got its answer:
    the channel did not accept it as far as the sender can know, so it is recorded apart, not as
    a delivery. Deliveries are the acknowledged requests."""

    hold_s: float = 0.25
    requests: list[Delivery] = field(default_factory=list)
    on_request: Callable[[Delivery], None] | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _held: set[int] = field(default_factory=set)
    _aborted: set[int] = field(default_factory=set)

    def start(self) -> "AlertReceiver":
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):  # noqa: N802
                body = json.loads(self.rfile.read(int(self.headers.get("Content-Length") or 0)))
                with receiver._lock:
                    item = Delivery(len(receiver.requests) + 1, body.get("title", ""), body.get("message", ""))
                    receiver.requests.append(item)
                    receiver._held.add(item.number)
                if receiver.on_request:
                    receiver.on_request(item)
                time.sleep(receiver.hold_s)
                with receiver._lock:
                    receiver._held.discard(item.number)
                    item.acknowledged = item.number not in receiver._aborted
                self.send_response(200)
                self.send_header("Content-Length", "2")
                self.end_headers()
                try:
                    self.wfile.write(b"ok")
                except OSError:
                    pass

            def log_message(self, *args):
                pass

        self.server = LocalServer(Handler)
        return self

    @property
    def url(self) -> str:
        return f"json://127.0.0.1:{self.server.port}/hook"

    def abort_inflight(self) -> int:
        """The sender is being killed: what it is waiting for now never reaches it."""
        with self._lock:
            self._aborted |= self._held
            return len(self._held)

    def delivered(self) -> list[Delivery]:
        with self._lock:
            return [r for r in self.requests if r.acknowledged]

    def stop(self) -> None:
        self.server.stop()


# ---- a slice of the demo, dated to end now --------------------------------------------------

DEMO = REPO / "data" / "demo"


def demo_slice(path: Path, authors: int = 30, singles: int = 60) -> set[str]:
    """The demo's mentions by its `authors` most active accounts plus `singles` one-off
    posters, shifted so the newest is two hours old (detection looks back from now), written
    as an import file; returns their mention ids."""
    records = [json.loads(line) for line in (DEMO / "mentions.jsonl").read_text(encoding="utf-8").splitlines()]
    by_author: dict[tuple[str, str], list[dict]] = {}
    for record in records:
        by_author.setdefault((record["source"], record["author"]["id"]), []).append(record)
    ranked = sorted(by_author.values(), key=lambda rs: (-len(rs), rs[0]["id"]))
    chosen = [r for rs in ranked[:authors] for r in rs] + [rs[0] for rs in ranked[-singles:]]
    newest = max(datetime.fromisoformat(r["created_at"].replace("Z", "+00:00")) for r in chosen)
    shift = datetime.now(timezone.utc) - timedelta(hours=2) - newest
    with path.open("w", encoding="utf-8") as out:
        for record in chosen:
            moment = datetime.fromisoformat(record["created_at"].replace("Z", "+00:00")) + shift
            out.write(json.dumps({**record, "created_at": moment.strftime("%Y-%m-%dT%H:%M:%SZ")},
                                 ensure_ascii=False) + "\n")
    return {f"{r['source']}:{r['id']}" for r in chosen}
