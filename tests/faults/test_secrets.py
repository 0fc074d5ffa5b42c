"""No secret set in the environment reaches the database, the logs, the reports or the alerts.

A real `monitor -v run --once` collects from X, YouTube, Reddit, Bluesky and Mastodon (a local
server answering their APIs with the recorded fixtures, dated to now, and checking each
credential arrives), writes the weekly report and sends its alerts to a local JSON webhook
whose URL carries a token. Two of the server's answers are errors that echo the credential
back, as misconfigured proxies and some APIs do, so masking is exercised too. Then every byte of
the database files, the process's output and logs, the report files, `monitor alerts list`
and every alert the webhook received is searched for each secret.
"""

from __future__ import annotations

import json
import re
import subprocess
from datetime import datetime, timezone
from http.server import BaseHTTPRequestHandler
from typing import Any
from urllib.parse import parse_qs, urlsplit

from monitor.secrets import secret_variables
from tests.faults import helpers
from tests.faults.helpers import AlertReceiver, LocalServer
from tests.conftest import store_at
from tests.stores import stored_bytes

FIXTURE_NOW = datetime(2026, 3, 4, 12, 0, tzinfo=timezone.utc)
FIXTURES = helpers.REPO / "tests" / "collectors" / "fixtures"
SECRETS = {
    "MONITOR_X_BEARER_TOKEN": "xbearer-S3CRET-4f9a2c71",
    "MONITOR_YOUTUBE_API_KEY": "AIzaSy-S3CRET-youtube-8b1d",
    "MONITOR_REDDIT_CLIENT_ID": "redditid-S3CRET-52c9",
    "MONITOR_REDDIT_CLIENT_SECRET": "redditsecret-S3CRET-e07f",
    "MONITOR_BLUESKY_HANDLE": "monitor.bsky.social",
    "MONITOR_BLUESKY_APP_PASSWORD": "bsky-S3CR-ETpw-7a3e",
    "MONITOR_MASTODON_TOKEN": "mastodon-S3CRET-token-d41c",
}
NOT_SECRET = {"MONITOR_BLUESKY_HANDLE"}
"""The account's handle is its public name (every post it makes shows it); it is read from the
environment with the app password, but it is no credential and the logs name the account."""
TOKENS_ISSUED = {"reddit": "reddit-access-S3CRET-91aa", "bluesky": "bsky-jwt-S3CRET-aa51"}
"""Tokens the sources hand out for the credentials: secrets as well."""


def _dated_now(value: Any, delta) -> Any:
    """The fixture with every time moved by `delta`, so a first run's lookback keeps its posts."""
    if isinstance(value, dict):
        return {k: _dated_now(v, delta) for k, v in value.items()}
    if isinstance(value, list):
        return [_dated_now(v, delta) for v in value]
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z", value):
        moment = datetime.fromisoformat(value.replace("Z", "+00:00")) + delta
        return moment.strftime("%Y-%m-%dT%H:%M:%S.000Z")
    if isinstance(value, (int, float)) and not isinstance(value, bool) and 1.7e9 < value < 1.8e9:
        return type(value)(value + delta.total_seconds())
    return value


def _fixture(source: str, name: str, delta) -> Any:
    return _dated_now(json.loads((FIXTURES / source / name).read_text(encoding="utf-8")), delta)


def _sources_server(delta) -> LocalServer:
    """Every source's API on one port; a request without its credential is refused."""
    x = _fixture("x", "recent_search.json", delta)

    class Handler(BaseHTTPRequestHandler):
        def _answer(self, payload: Any, status: int = 200) -> None:
            body = json.dumps(payload).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def _route(self) -> None:
            url = urlsplit(self.path)
            query = {k: v[0] for k, v in parse_qs(url.query).items()}
            auth = self.headers.get("Authorization", "")
            if self.command == "POST":
                self.rfile.read(int(self.headers.get("Content-Length") or 0))
            if url.path == "/2/tweets/search/recent":
                assert auth == f"Bearer {SECRETS['MONITOR_X_BEARER_TOKEN']}", auth
                return self._answer({"data": x["tweets"], "includes": {"users": x["users"], "tweets": x["originals"]},
                                     "meta": {"result_count": len(x["tweets"]), "newest_id": x["tweets"][0]["id"]}})
            if url.path == "/youtube/v3/commentThreads":
                key = self.headers.get("X-Goog-Api-Key")
                assert key == SECRETS["MONITOR_YOUTUBE_API_KEY"], key
                if query.get("videoId") == "echo1234567":  # an error that quotes the key back
                    return self._answer({"error": {"code": 404, "message": f"video not found for key {key}"}}, 404)
                return self._answer({"items": _fixture("youtube", "comment_threads.json", delta)})
            if url.path == "/api/v1/access_token":
                return self._answer({**json.loads((FIXTURES / "reddit" / "token.json").read_text()),
                                     "access_token": TOKENS_ISSUED["reddit"]})
            if url.path == "/search":
                assert auth == f"bearer {TOKENS_ISSUED['reddit']}", auth
                if query.get("q") == "echo":  # an error page that quotes the request's headers
                    return self._answer({"message": f"Not Found ({auth})", "error": 404}, 404)
                return self._answer({"kind": "Listing", "data": {
                    "after": None, "children": _fixture("reddit", "posts.json", delta)}})
            if url.path.endswith("createSession"):
                return self._answer({**json.loads((FIXTURES / "bluesky" / "session.json").read_text()),
                                     "accessJwt": TOKENS_ISSUED["bluesky"], "refreshJwt": "refresh-S3CRET-0c"})
            if url.path.endswith("searchPosts"):
                assert auth == f"Bearer {TOKENS_ISSUED['bluesky']}", auth
                return self._answer({"posts": _fixture("bluesky", "posts.json", delta)})
            if url.path.startswith("/api/v1/timelines/tag/"):
                return self._answer(_fixture("mastodon", "tag_timeline.json", delta))
            if url.path == "/api/v2/search":
                assert auth == f"Bearer {SECRETS['MONITOR_MASTODON_TOKEN']}", auth
                return self._answer(_fixture("mastodon", "search.json", delta))
            return self._answer({"error": "no such endpoint"}, 404)

        do_GET = do_POST = _route

        def log_message(self, *args):
            pass

    return LocalServer(Handler)


def test_no_secret_reaches_the_database_logs_reports_or_alerts(tmp_path):
    assert set(SECRETS) | {"MONITOR_ALERT_URL"} == set(secret_variables()), "a new secret: add it here"
    delta = datetime.now(timezone.utc).replace(microsecond=0) - FIXTURE_NOW
    server = _sources_server(delta)
    receiver = AlertReceiver(hold_s=0).start()
    alert_url = f"{receiver.url}/S3CRET-webhook-token-6d2b?key=S3CRET-query-31f0"
    db, reports = store_at("m"), tmp_path / "reports"
    config = helpers.write_toml(tmp_path / "monitor.toml", f"""
[alerts]
historic_hours = 100000
[reports]
dir = {helpers.toml_text(reports)}
formats = ["html", "csv", "xlsx"]
[collectors.x]
enabled = true
queries = ["veloz"]
base_url = "{server.url}"
[collectors.youtube]
enabled = true
videos = ["vid12345678", "echo1234567"]
base_url = "{server.url}/youtube/v3"
[collectors.reddit]
enabled = true
queries = ["veloz", "echo"]
base_url = "{server.url}"
www_url = "{server.url}"
[collectors.bluesky]
enabled = true
queries = ["veloz"]
base_url = "{server.url}"
[collectors.mastodon]
enabled = true
instances = ["{server.url}"]
tags = ["veloz"]
""")
    env = helpers.process_env(config, MONITOR_ALERT_URL=alert_url, **SECRETS)
    try:
        done = subprocess.run(helpers.monitor_command(db, "-v", "run", "--once"), env=env,
                                            cwd=tmp_path, capture_output=True, text=True, timeout=300)
        listed = helpers.finish(helpers.monitor_command(db, "alerts", "list"), env, tmp_path)
    finally:
        server.stop()
        receiver.stop()
    assert done.returncode == 0, done.stderr[-3000:]

    sources = dict(helpers.rows(db, "SELECT source, COUNT(*) FROM mentions GROUP BY source"))
    assert set(sources) == {"x", "youtube", "reddit", "bluesky", "mastodon"}, (sources, done.stderr[-3000:])
    errors = [e for (e,) in helpers.rows(db, "SELECT error FROM job_runs WHERE error IS NOT NULL AND error != ''")]
    assert any("echo1234567" in e for e in errors) and any("echo" in e for e in errors), errors  # the echoes ran
    assert receiver.requests, "no alert went out: nothing to search"
    assert list(reports.rglob("report.html")), "no report was written"

    secrets = {name: value for name, value in SECRETS.items() if name not in NOT_SECRET}
    secrets.update({f"token issued by {k}": v for k, v in TOKENS_ISSUED.items()})
    secrets.update({"MONITOR_ALERT_URL": alert_url, "the alert URL's token": "S3CRET-webhook-token-6d2b",
                    "the alert URL's key": "S3CRET-query-31f0"})
    places = {"the database (its files, or every cell)": stored_bytes(db)}
    places.update({"the run's output and log": (done.stdout + done.stderr).encode(),
                   "`monitor alerts list`": listed.encode()})
    places.update({f"report file {p.relative_to(reports)}": p.read_bytes() for p in reports.rglob("*") if p.is_file()})
    places.update({f"alert {r.number}": f"{r.title}\n{r.message}".encode() for r in receiver.requests})
    leaks = [f"{name} in {place}" for name, value in secrets.items() for place, data in places.items()
             if value.encode() in data]
    assert not leaks, leaks
    assert "S3CRET" not in "".join(done.stderr), "a secret-like value reached the log"
