"""Bluesky collector against a fake PDS: app-password sessions, token refresh, since + cursor paging."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from typing import Any

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from monitor.collectors.base import FatalSourceError
from monitor.collectors.bluesky import BlueskyCollector
from monitor.errors import ConfigError
from monitor.mention import parse_time

from .helpers import NOW, RESILIENCE_CASES, Scenario, json_response, load_json, run, run_raising

SEARCH = "/xrpc/app.bsky.feed.searchPosts"
ENV = {"MONITOR_BLUESKY_HANDLE": "monitor.bsky.social", "MONITOR_BLUESKY_APP_PASSWORD": "abcd-efgh-ijkl-mnop"}


class FakePds:
    """createSession / refreshSession / searchPosts with sort=latest, `since` and offset cursors."""

    def __init__(self, server: HTTPServer, posts: list[dict[str, Any]], page_size: int = 2):
        self.posts, self.page_size = list(posts), page_size
        self.logins = self.refreshes = 0
        self.access: set[str] = set()
        self.expired: set[str] = set()
        self.refresh_ok = True
        self.searches: list[dict[str, str]] = []
        server.expect_request("/xrpc/com.atproto.server.createSession", method="POST").respond_with_handler(self.login)
        server.expect_request("/xrpc/com.atproto.server.refreshSession", method="POST").respond_with_handler(
            self.refresh)
        server.expect_request(SEARCH).respond_with_handler(self.search)

    def _session(self, number: int) -> Response:
        session = {**load_json("bluesky", "session.json"), "accessJwt": f"access-{number}",
                   "refreshJwt": f"refresh-{number}"}
        self.access.add(session["accessJwt"])
        return json_response(session)

    def login(self, request: Request) -> Response:
        body = request.get_json()
        if body != {"identifier": ENV["MONITOR_BLUESKY_HANDLE"], "password": ENV["MONITOR_BLUESKY_APP_PASSWORD"]}:
            return json_response({"error": "AuthenticationRequired", "message": "Invalid identifier or password"}, 401)
        self.logins += 1
        return self._session(self.logins)

    def refresh(self, request: Request) -> Response:
        self.refreshes += 1
        if not self.refresh_ok or not request.headers.get("Authorization", "").startswith("Bearer refresh-"):
            return json_response({"error": "ExpiredToken", "message": "Token has been revoked"}, 400)
        return self._session(100 + self.refreshes)

    def expire_tokens(self) -> None:
        self.expired |= self.access

    def search(self, request: Request) -> Response:
        token = request.headers.get("Authorization", "").removeprefix("Bearer ")
        if token in self.expired:
            return json_response({"error": "ExpiredToken", "message": "Token has expired"}, 400)
        if token not in self.access:
            return json_response({"error": "AuthenticationRequired", "message": "Authentication Required"}, 401)
        args = request.args.to_dict()
        self.searches.append(args)
        since = parse_time(args["since"])
        hits = sorted((p for p in self.posts if parse_time(p["indexedAt"]) >= since),
                      key=lambda p: p["indexedAt"], reverse=True)
        start = int(args.get("cursor", 0))
        page = hits[start:start + self.page_size]
        body: dict[str, Any] = {"posts": page, "hitsTotal": len(hits)}
        if start + self.page_size < len(hits):
            body["cursor"] = str(start + self.page_size)
        return json_response(body, headers={"RateLimit-Limit": "3000", "RateLimit-Remaining": "2990",
                                            "RateLimit-Reset": str(int(NOW.timestamp()) + 300)})


def build(server: HTTPServer, http, extra: dict[str, Any] | None = None, env: dict[str, str] = ENV):
    options = {"base_url": f"http://127.0.0.1:{server.port}", "queries": ["veloz"], **(extra or {})}
    return BlueskyCollector.from_config(options, env=env, http=http)


def test_pages_through_results_with_one_login(httpserver, http):
    pds = FakePds(httpserver, load_json("bluesky", "posts.json"))
    result = run(build(httpserver, http))
    assert pds.logins == 1 and len(pds.searches) == 3
    assert [s.get("cursor") for s in pds.searches] == [None, "2", "4"]
    assert pds.searches[0]["sort"] == "latest" and pds.searches[0]["since"] == "2026-03-03T12:00:00Z"
    assert len(result.mentions) == 4 and len(result.quarantined) == 1
    sam = next(m for m in result.mentions if m.author_handle == "sam.bsky.social")
    assert sam.native_id == "at://did:plc:abc123xyz/app.bsky.feed.post/3lk2xq7abcd2a"
    assert (sam.author_id, sam.author_name, sam.text, sam.lang) == (
        "did:plc:abc123xyz", "Sam", "Veloz app logged me out again", "en")
    assert sam.url == "https://bsky.app/profile/did:plc:abc123xyz/post/3lk2xq7abcd2a"
    assert sam.created_at == datetime(2026, 3, 4, 9, 58, 1, 123000, tzinfo=timezone.utc)
    assert {m.lang for m in result.mentions} == {"pt", "es", "en", "und"}  # "und": image-only post
    assert json.loads(result.cursor)["veloz"]["watermark"] == "2026-03-04T11:00:00Z"


def test_broken_post_is_quarantined(httpserver, http):
    FakePds(httpserver, load_json("bluesky", "posts.json"))
    (bad,) = run(build(httpserver, http)).quarantined
    assert bad.native_id == "at://did:plc:bad444/app.bsky.feed.post/3lk2xq7aaaa4a"
    assert bad.error.startswith("AttributeError")


def test_resume_asks_since_the_watermark_and_returns_only_new(httpserver, http):
    pds = FakePds(httpserver, load_json("bluesky", "posts.json"))
    first = run(build(httpserver, http))
    pds.posts += load_json("bluesky", "posts_new.json")
    pds.searches.clear()
    second = run(build(httpserver, http), first.cursor)
    assert pds.searches[0]["since"] == "2026-03-04T10:55:00Z"  # watermark minus the 300 s overlap
    assert [m.author_handle for m in second.mentions] == ["sam.bsky.social", "bia.bsky.social"]
    assert run(build(httpserver, http), second.cursor).mentions == []


def test_expired_access_token_is_refreshed_without_a_new_login(httpserver, http):
    pds = FakePds(httpserver, load_json("bluesky", "posts_new.json"))
    run(build(httpserver, http))
    pds.expire_tokens()
    result = run(build(httpserver, http, {"queries": ["veloz app"]}))
    assert (pds.logins, pds.refreshes) == (1, 1)
    assert len(result.mentions) == 2


def test_refused_refresh_falls_back_to_a_new_login(httpserver, http):
    pds = FakePds(httpserver, load_json("bluesky", "posts_new.json"))
    run(build(httpserver, http))
    pds.expire_tokens()
    pds.refresh_ok = False
    assert len(run(build(httpserver, http, {"queries": ["other"]})).mentions) == 2
    assert (pds.logins, pds.refreshes) == (2, 1)


def test_refused_login_stops_the_run_without_leaking_the_password(httpserver, http):
    FakePds(httpserver, [])
    env = {**ENV, "MONITOR_BLUESKY_APP_PASSWORD": "wrong-pass-word"}
    result = run_raising(build(httpserver, http, env=env), FatalSourceError, "login refused for monitor.bsky.social")
    assert "wrong-pass-word" not in str(result.error)


def test_credentials_are_required():
    with pytest.raises(ConfigError, match="collectors.bluesky: set MONITOR_BLUESKY_APP_PASSWORD in the environment"):
        BlueskyCollector.from_config({"queries": ["veloz"]}, env={"MONITOR_BLUESKY_HANDLE": "me.bsky.social"})
    with pytest.raises(ConfigError, match="collectors.bluesky.queries: is required"):
        BlueskyCollector.from_config({}, env=ENV)


SCENARIO = Scenario(
    build=build, path=SEARCH, expected=2,
    serve=lambda server: FakePds(server, load_json("bluesky", "posts_new.json"), page_size=100),
    reset=lambda: {"RateLimit-Reset": str(int(NOW.timestamp()) + 30)},
    secrets=[ENV["MONITOR_BLUESKY_APP_PASSWORD"], "access-1"],
)


@pytest.mark.parametrize("case", RESILIENCE_CASES)
def test_resilience(case, httpserver, http, fake_time):
    case(SCENARIO, httpserver, http, fake_time)
