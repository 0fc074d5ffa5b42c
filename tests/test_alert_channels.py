"""Alerts reach each chat service's webhook, in the URL form the README documents, unchanged.

A local receiver on 127.0.0.1 plays every service. Slack, Teams, Discord, Google Chat and
Telegram live on fixed https hosts, so the receiver is also the HTTPS proxy Apprise's HTTP
client is pointed at (HTTPS_PROXY): it accepts the tunnel, answers TLS with a certificate for
the service's host signed by a test certificate authority (REQUESTS_CA_BUNDLE, so certificates
are still verified), and records the request. Mattermost and the JSON webhook take any host and
reach the receiver directly. The receiver is then stopped for a while and started again on the
same port: every alert must arrive exactly once, and many at once as one digest.
"""

from __future__ import annotations

import html
import json
import re
import shutil
import socket
import ssl
import subprocess
import threading
from contextlib import closing
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from socketserver import _SocketWriter  # type: ignore[attr-defined]
from typing import Any, Callable
from urllib.parse import parse_qs, urlsplit

import pytest

from monitor import alerts, scheduler
from monitor.alerts import AppriseSink, deliver_pending
from monitor.config import load_config
from monitor.settings import AlertSettings

TEAMS_HOST = "prod-07.westeurope.logic.azure.com"
HOSTS = ("hooks.slack.com", "discord.com", "chat.googleapis.com", "api.telegram.org", TEAMS_HOST)


# ---- a test certificate authority and a receiver that speaks for every service ----------------

@pytest.fixture(scope="module")
def pki(tmp_path_factory) -> dict[str, Path]:
    """A certificate authority and one server certificate for every service host (and 127.0.0.1)."""
    assert shutil.which("openssl"), "these tests need the openssl command to make a test CA"
    folder = tmp_path_factory.mktemp("pki")

    def openssl(*args: str) -> None:
        subprocess.run(["openssl", *args], cwd=folder, check=True, capture_output=True)

    openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca.key", "-out", "ca.pem",
            "-days", "2", "-subj", "/CN=alerts test CA",
            "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign")
    openssl("req", "-newkey", "rsa:2048", "-nodes", "-keyout", "server.key", "-out", "server.csr",
            "-subj", "/CN=alerts receiver")
    names = ",".join([*(f"DNS:{h}" for h in HOSTS), "IP:127.0.0.1"])
    (folder / "ext.cnf").write_text(f"subjectAltName={names}\nbasicConstraints=CA:FALSE\n"
                                    "extendedKeyUsage=serverAuth\n")
    openssl("x509", "-req", "-in", "server.csr", "-CA", "ca.pem", "-CAkey", "ca.key",
            "-CAcreateserial", "-out", "server.pem", "-days", "2", "-extfile", "ext.cnf")
    return {"ca": folder / "ca.pem", "cert": folder / "server.pem", "key": folder / "server.key"}


@dataclass
class Request:
    host: str
    path: str
    query: dict[str, list[str]]
    content_type: str
    body: Any


class Receiver:
    """Every service's webhook on one port of 127.0.0.1; can be stopped and started again."""

    def __init__(self, pki: dict[str, Path]):
        self.tls = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        self.tls.load_cert_chain(pki["cert"], pki["key"])
        self.requests: list[Request] = []
        with closing(socket.socket()) as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.server: ThreadingHTTPServer | None = None

    def start(self) -> None:
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            tunnel_host = ""

            def do_CONNECT(self):  # noqa: N802 - http.server's naming
                self.tunnel_host = self.path.rsplit(":", 1)[0]
                self.send_response(200, "Connection established")
                self.end_headers()
                self.connection = receiver.tls.wrap_socket(self.connection, server_side=True)
                self.rfile = self.connection.makefile("rb")
                self.wfile = _SocketWriter(self.connection)
                self.close_connection = False

            def do_POST(self):  # noqa: N802
                raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                url = urlsplit(self.path)
                kind = self.headers.get("Content-Type", "")
                receiver.requests.append(Request(
                    self.tunnel_host or self.headers.get("Host", ""), url.path, parse_qs(url.query), kind,
                    json.loads(raw) if "json" in kind else raw.decode()))
                answer = b'{"ok": true, "result": {"message_id": 1}}' if "telegram" in self.tunnel_host else b"ok"
                self.send_response(200)
                self.send_header("Content-Type", "application/json" if answer.startswith(b"{") else "text/plain")
                self.send_header("Content-Length", str(len(answer)))
                self.end_headers()
                self.wfile.write(answer)

            def log_message(self, *args):  # quiet
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        self.server.daemon_threads = True
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def stop(self) -> None:
        if self.server:
            self.server.shutdown()
            self.server.server_close()
            self.server = None


@pytest.fixture
def receiver(pki, monkeypatch):
    """The receiver, running, with Apprise's HTTP client routed to it for the https services.

    Apprise pauses between two requests to one service (1.2 s for Slack, 5.5 s for Teams and
    Google Chat, to respect their rate limits); here that pause is 0, for speed only."""
    from apprise.plugins import base, google_chat, mattermost, slack, telegram, workflows

    for plugin in (base.NotifyBase, slack.NotifySlack, google_chat.NotifyGoogleChat,
                   workflows.NotifyWorkflows, telegram.NotifyTelegram, mattermost.NotifyMattermost):
        monkeypatch.setattr(plugin, "request_rate_per_sec", 0)
    receiver = Receiver(pki)
    proxy = f"http://127.0.0.1:{receiver.port}"
    for name in ("HTTPS_PROXY", "HTTP_PROXY", "https_proxy", "http_proxy", "ALL_PROXY", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HTTPS_PROXY", proxy)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(pki["ca"]))
    receiver.start()
    yield receiver
    receiver.stop()


# ---- each service: its documented URL form, where it must land, what it must look like ---------
# Apprise escapes plain text the way each service needs (HTML entities for Slack and Telegram,
# backslashes before markdown characters for Teams and Google Chat); the checks undo that.

def unmark(text: str) -> str:
    return re.sub(r"\\(.)", r"\1", text)


def _slack(req: Request, title: str, body: str) -> None:
    assert req.path == "/services/T1JJ3T3L2/A1BRTD4JD/TIiajkdnlazkcOXrIdevi7"
    (attachment,) = req.body["attachments"]
    assert (html.unescape(attachment["title"]), html.unescape(attachment["text"])) == (title, body)


def _teams(req: Request, title: str, body: str) -> None:
    assert req.path == "/workflows/wf123abc/triggers/manual/paths/invoke"
    assert req.query["sig"] == ["sigXYZ789"]
    assert req.body["type"] == "message"
    (card,) = req.body["attachments"]
    assert card["contentType"] == "application/vnd.microsoft.card.adaptive"
    texts = {block.get("id"): block["text"] for block in card["content"]["body"] if block["type"] == "TextBlock"}
    assert unmark(texts["title"]) == title and unmark(texts["body"]) == body


def _discord(req: Request, title: str, body: str) -> None:
    assert req.path == "/api/webhooks/123456789012/AbCdEf_token-XYZ"
    assert req.body["content"] == f"{title}\r\n{body}" and "allowed_mentions" not in req.body


def _mattermost(req: Request, title: str, body: str) -> None:
    assert req.path == "/hooks/mmtoken123"
    assert req.body["text"] == f"{title}\r\n{body}"


def _gchat(req: Request, title: str, body: str) -> None:
    assert req.path == "/v1/spaces/SPACE123/messages"
    assert req.query == {"key": ["AIzaKey456"], "token": ["tok789"]}
    assert unmark(req.body["text"]) == f"*{title}*\n{body}"


def _telegram(req: Request, title: str, body: str) -> None:
    assert req.path == "/bot123456789:AAbbCCdd_EEff/sendMessage"
    assert int(req.body["chat_id"]) == -1001234567
    assert req.body["parse_mode"] == "HTML"
    assert html.unescape(req.body["text"]).replace("\r\n", "\n") == f"<b>{title}</b>\n{body}"


def _json(req: Request, title: str, body: str) -> None:
    assert req.path == "/hook"
    assert {k: req.body[k] for k in ("version", "title", "message", "type")} == \
        {"version": "1.0", "title": title, "message": body, "type": "info"}


@dataclass(frozen=True)
class Channel:
    name: str
    url: str  # {port}: the receiver's, for the services that take any host
    host: str | None  # the https host it must reach (None: the receiver directly)
    check: Callable[[Request, str, str], None]


CHANNELS = [
    Channel("slack", "slack://T1JJ3T3L2/A1BRTD4JD/TIiajkdnlazkcOXrIdevi7", "hooks.slack.com", _slack),
    Channel("teams", f"workflows://{TEAMS_HOST}:443/wf123abc/sigXYZ789", TEAMS_HOST, _teams),
    Channel("discord", "discord://123456789012/AbCdEf_token-XYZ", "discord.com", _discord),
    Channel("mattermost", "mmost://127.0.0.1:{port}/mmtoken123", None, _mattermost),
    Channel("google chat", "gchat://SPACE123/AIzaKey456/tok789", "chat.googleapis.com", _gchat),
    Channel("telegram", "tgram://123456789:AAbbCCdd_EEff/-1001234567", "api.telegram.org", _telegram),
    Channel("json webhook", "json://127.0.0.1:{port}/hook", None, _json),
]


def sink_for(channel: Channel, receiver: Receiver) -> AppriseSink:
    return AppriseSink(channel.url.format(port=receiver.port))


def _queue(store, count: int, prefix: str = "threat") -> list[tuple[str, str]]:
    """Alerts as the rules word them; returns (title, body) as the channel must receive them."""
    sent = []
    for i in range(count):
        title = f"Threat of legal action by Marta Lima (@marta_{i} on X)"
        body = f"Words: \u201cvou processar\u201d. Threatening posts: 1. Latest, on X: \u201cVou processar voc\u00eas {i}\u201d"
        store.enqueue_alert(f"{prefix}:{i}", "threat", f"x:marta_{i}", title, body)
        sent.append((title.replace("@", "\uff20"), body))
    return sent


@pytest.mark.parametrize("channel", CHANNELS, ids=[c.name for c in CHANNELS])
def test_every_alert_arrives_exactly_once_after_the_channel_was_down(channel, receiver, store):
    expected = _queue(store, 3)
    sink = sink_for(channel, receiver)

    receiver.stop()  # the service is down for two rounds
    assert deliver_pending(store, sink) == (0, 3)
    assert deliver_pending(store, sink) == (0, 3)
    assert (store.alerts_frame()["attempts"] >= 1).all()
    receiver.start()  # back, on the same address

    assert deliver_pending(store, sink) == (3, 0)
    assert deliver_pending(store, sink) == (0, 0)
    assert len(receiver.requests) == 3
    for request, (title, body) in zip(receiver.requests, expected):
        assert request.host == (channel.host or f"127.0.0.1:{receiver.port}")
        assert "json" in request.content_type
        channel.check(request, title, body)
    assert set(store.alerts_frame()["state"]) == {"sent"}


@pytest.mark.parametrize("channel", CHANNELS, ids=[c.name for c in CHANNELS])
def test_many_alerts_at_once_arrive_as_one_digest(channel, receiver, store):
    expected = _queue(store, 7)
    sink = sink_for(channel, receiver)
    receiver.stop()
    assert deliver_pending(store, sink, AlertSettings(digest_over=5)) == (0, 7)
    receiver.start()

    assert deliver_pending(store, sink, AlertSettings(digest_over=5)) == (7, 0)
    assert deliver_pending(store, sink, AlertSettings(digest_over=5)) == (0, 0)
    (request,) = receiver.requests
    title, body = alerts.digest_message(store.alerts_frame().sort_values("id").to_dict("records"), "en")
    assert title == "7 alerts" and body.splitlines()[0] == "threats: 7"
    assert all(f"\u2022 {t}".replace("\uff20", "@") in body for t, _ in expected)
    channel.check(request, title, alerts.no_pings(body))
    frame = store.alerts_frame()
    assert set(frame["state"]) == {"digest"} and frame["digest_id"].nunique() == 1


def test_the_scheduler_alerts_job_queues_and_sends_through_slack(receiver, tmp_path, db_path, monkeypatch):
    """`monitor run`'s alerts job: the clock rules find a failing source, the alert goes out."""
    from monitor.store import open_store

    with closing(open_store(db_path)) as store:
        for _ in range(3):
            store.finish_job(store.start_job("collect:reddit"), "failed", error="HTTPError: 503 from reddit")
    config = load_config(tmp_path / "absent.toml", env={"MONITOR_DB": str(db_path),
                                                         "MONITOR_ALERTS_LANGUAGE": "pt"})
    monkeypatch.setenv("MONITOR_ALERT_URL", CHANNELS[0].url)
    scheduler.alerts_job(config)
    scheduler.alerts_job(config)  # the next round: nothing new, nothing twice
    (request,) = receiver.requests
    _slack(request, "A fonte Reddit continua falhando",
           "Execu\u00e7\u00f5es com falha seguidas: 3. \u00daltimo erro: HTTPError: 503 from reddit")
