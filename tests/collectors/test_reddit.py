"""Reddit collector: OAuth search paged by `after`, and the public `.rss` search feed without credentials."""

from __future__ import annotations

import base64
import json
from datetime import datetime, timezone
from typing import Any

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from monitor.collectors.base import FatalSourceError
from monitor.collectors.reddit import RedditCollector

from .helpers import RESILIENCE_CASES, Scenario, json_response, load_json, load_text, run, run_raising

ENV = {"MONITOR_REDDIT_CLIENT_ID": "cl1ent-id", "MONITOR_REDDIT_CLIENT_SECRET": "s3cret-value"}
UA = "python:complaint-monitor:0.1 (by /u/complaint-monitor)"


class FakeReddit:
    """Token endpoint plus `/search` and `/r/<sub>/search` listings, newest first, paged by `after`."""

    def __init__(self, server: HTTPServer, children: list[dict[str, Any]], page_size: int = 2):
        self.children, self.page_size = list(children), page_size
        self.tokens_issued = 0
        self.valid: set[str] = set()
        self.searches: list[tuple[str, dict[str, str]]] = []
        server.expect_request("/api/v1/access_token", method="POST").respond_with_handler(self.token)
        server.expect_request("/search").respond_with_handler(self.search)
        server.expect_request("/r/brasil/search").respond_with_handler(self.search)

    def token(self, request: Request) -> Response:
        expected = "Basic " + base64.b64encode(b"cl1ent-id:s3cret-value").decode()
        if request.headers.get("Authorization") != expected or request.form.get("grant_type") != "client_credentials":
            return json_response({"message": "Unauthorized", "error": 401}, 401)
        self.tokens_issued += 1
        token = f"tok-{self.tokens_issued}"
        self.valid.add(token)
        return json_response({**load_json("reddit", "token.json"), "access_token": token})

    def search(self, request: Request) -> Response:
        if request.headers.get("Authorization", "").removeprefix("bearer ") not in self.valid:
            return json_response({"message": "Unauthorized", "error": 401}, 401)
        assert request.headers["User-Agent"] == UA
        args = request.args.to_dict()
        self.searches.append((request.path, args))
        newest_first = sorted(self.children, key=lambda c: c["data"]["created_utc"], reverse=True)
        names = [c["data"]["name"] for c in newest_first]
        start = names.index(args["after"]) + 1 if "after" in args else 0
        page = newest_first[start:start + self.page_size]
        more = start + self.page_size < len(newest_first)
        listing = {"kind": "Listing", "data": {"after": page[-1]["data"]["name"] if more else None, "before": None,
                                               "dist": len(page), "modhash": "", "geo_filter": "", "children": page}}
        return json_response(listing, headers={"x-ratelimit-used": "3", "x-ratelimit-remaining": "97.0",
                                               "x-ratelimit-reset": "412"})


def build(server: HTTPServer, http, extra: dict[str, Any] | None = None, env: dict[str, str] = ENV):
    base = f"http://127.0.0.1:{server.port}"
    options = {"base_url": base, "www_url": base, "queries": ["veloz"], **(extra or {})}
    return RedditCollector.from_config(options, env=env, http=http)


def test_oauth_search_pages_with_after(httpserver, http):
    reddit = FakeReddit(httpserver, load_json("reddit", "posts.json"))
    result = run(build(httpserver, http))
    assert reddit.tokens_issued == 1
    assert [args.get("after") for _, args in reddit.searches] == [None, "t3_1b2c7x", "t3_1b2c3d"]
    assert reddit.searches[0][1] == {"q": "veloz", "sort": "new", "limit": "100", "raw_json": "1", "type": "link"}
    assert result.ids == ["t3_1b2c9z", "t3_1b2c5e", "t3_1b2c3d", "t3_1b2c1a"]
    post = result.mentions[2]
    assert (post.author_id, post.author_handle, post.brand, post.lang) == ("t2_throwa", "throwaway_42", "veloz", "en")
    assert post.text == "Veloz froze my account\nAnyone else? Support hung up. I <3 their app & hate this"
    assert post.url == "https://www.reddit.com/r/personalfinance/comments/1b2c3d/veloz_froze_my_account/"
    assert post.created_at == datetime(2026, 3, 4, 10, 0, tzinfo=timezone.utc)
    assert [m.lang for m in result.mentions] == ["pt", "es", "en", "pt"]
    assert result.mentions[3].author_id == "[deleted]"
    (bad,) = result.quarantined
    assert bad.native_id == "t3_1b2c7x" and bad.error.startswith("KeyError")


def test_resume_stops_at_the_watermark(httpserver, http):
    reddit = FakeReddit(httpserver, load_json("reddit", "posts.json"))
    first = run(build(httpserver, http))
    assert json.loads(first.cursor)["all:veloz"]["watermark"] == "2026-03-04T11:00:00Z"
    reddit.children += load_json("reddit", "posts_new.json")
    reddit.searches.clear()
    second = run(build(httpserver, http), first.cursor)
    assert second.ids == ["t3_1b2d02", "t3_1b2d01"]
    assert len(reddit.searches) == 2  # the second page reaches known posts: the walk stops there
    assert run(build(httpserver, http), second.cursor).mentions == []


def test_expired_token_is_renewed(httpserver, http):
    reddit = FakeReddit(httpserver, load_json("reddit", "posts_new.json"))
    collector = build(httpserver, http)
    run(collector)
    reddit.valid.clear()
    assert len(run(collector).mentions) == 2
    assert reddit.tokens_issued == 2


def test_subreddit_search_stays_inside_the_subreddit(httpserver, http):
    reddit = FakeReddit(httpserver, load_json("reddit", "posts_new.json"))
    run(build(httpserver, http, {"subreddits": ["brasil"]}))
    path, args = reddit.searches[0]
    assert path == "/r/brasil/search" and args["restrict_sr"] == "1"


def test_refused_credentials_stop_the_run(httpserver, http):
    FakeReddit(httpserver, [])
    env = {**ENV, "MONITOR_REDDIT_CLIENT_SECRET": "wrong-secret"}
    result = run_raising(build(httpserver, http, env=env), FatalSourceError, "OAuth token refused")
    assert "wrong-secret" not in str(result.error)


def test_without_credentials_reads_the_rss_search_feed(httpserver, http):
    httpserver.expect_request("/search.rss", headers={"User-Agent": UA}).respond_with_data(
        load_text("reddit", "search.rss"), content_type="application/atom+xml; charset=UTF-8")
    result = run(build(httpserver, http, env={}))
    assert result.ids == ["t3_1b2c9z", "t3_1b2c3d"]
    post = result.mentions[1]
    assert post.text == "Veloz froze my account\nAnyone else? Support hung up."
    assert (post.author_handle, post.lang) == ("throwaway_42", "en")
    assert post.url == "https://www.reddit.com/r/personalfinance/comments/1b2c3d/veloz_froze_my_account/"
    assert post.created_at == datetime(2026, 3, 4, 10, 0, tzinfo=timezone.utc)
    assert result.mentions[0].lang == "pt"
    (bad,) = result.quarantined
    assert "not a post fullname" in bad.error
    assert run(build(httpserver, http, env={}), result.cursor).mentions == []


OAUTH = Scenario(
    build=build, path="/search", expected=2,
    serve=lambda server: FakeReddit(server, load_json("reddit", "posts_new.json")),
    reset=lambda: {"X-Ratelimit-Reset": "30", "X-Ratelimit-Remaining": "0"},
    secrets=["s3cret-value", "tok-1"],
)
RSS = Scenario(
    build=lambda server, http, extra: build(server, http, extra, env={}), path="/search.rss", expected=2,
    serve=lambda server: server.expect_request("/search.rss").respond_with_data(
        load_text("reddit", "search.rss"), content_type="application/atom+xml"),
    broken_body="{not a feed", broken_error="not a readable RSS/Atom feed",
)


@pytest.mark.parametrize("case", RESILIENCE_CASES)
@pytest.mark.parametrize("scenario", [OAUTH, RSS], ids=["oauth", "rss"])
def test_resilience(case, scenario, httpserver, http, fake_time):
    case(scenario, httpserver, http, fake_time)
