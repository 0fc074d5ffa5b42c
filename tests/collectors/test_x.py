"""X collector against a fake recent-search endpoint: since_id, next_token, includes, retweets."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from typing import Any

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from monitor.collectors.base import FatalSourceError
from monitor.collectors.x import XCollector
from monitor.errors import ConfigError

from .helpers import NOW, RESILIENCE_CASES, Scenario, json_response, load_json, run, run_raising

PATH = "/2/tweets/search/recent"
ENV = {"MONITOR_X_BEARER_TOKEN": "AAAAbearer-token-value"}


def _order(tweet: dict[str, Any]) -> tuple[int, str]:
    return (len(tweet["id"]), tweet["id"])


class FakeX:
    """Reverse-chronological results above `since_id`, `next_token` paging, users/tweets in `includes`."""

    def __init__(self, server: HTTPServer, fixture: dict[str, Any], page_size: int = 2):
        self.tweets, self.page_size = list(fixture["tweets"]), page_size
        self.originals = {t["id"]: t for t in fixture["originals"]}
        self.users = {u["id"]: u for u in fixture["users"]}
        self.oldest_allowed = "0"
        self.requests: list[dict[str, str]] = []
        server.expect_request(PATH).respond_with_handler(self.handle)

    def handle(self, request: Request) -> Response:
        if request.headers.get("Authorization") != f"Bearer {ENV['MONITOR_X_BEARER_TOKEN']}":
            return json_response({"title": "Unauthorized", "type": "about:blank", "status": 401,
                                  "detail": "Unauthorized"}, 401)
        args = request.args.to_dict()
        self.requests.append(args)
        since = args.get("since_id", "0")
        if "since_id" in args and _order({"id": since}) < _order({"id": self.oldest_allowed}):
            return json_response({"errors": [{"parameters": {"since_id": [since]}, "message": "Invalid 'since_id'"}],
                                  "title": "Invalid Request", "type": "https://api.x.com/2/problems/invalid-request"},
                                 400)
        matching = sorted((t for t in self.tweets if _order(t) > _order({"id": since})), key=_order, reverse=True)
        start = int(args.get("next_token", "tok-0").removeprefix("tok-"))
        page = matching[start:start + self.page_size]
        if not page:
            return json_response({"meta": {"result_count": 0}})
        originals = [self.originals[ref["id"]] for t in page for ref in t.get("referenced_tweets", [])
                     if ref["id"] in self.originals]
        authors = {t.get("author_id") for t in page + originals} - {None}
        meta = {"newest_id": page[0]["id"], "oldest_id": page[-1]["id"], "result_count": len(page)}
        if start + self.page_size < len(matching):
            meta["next_token"] = f"tok-{start + self.page_size}"
        body = {"data": page, "includes": {"users": [self.users[a] for a in sorted(authors)], "tweets": originals},
                "meta": meta}
        return json_response(body, headers={"x-rate-limit-limit": "450", "x-rate-limit-remaining": "449",
                                            "x-rate-limit-reset": str(int(NOW.timestamp()) + 900)})


def build(server: HTTPServer, http, extra: dict[str, Any] | None = None, env: dict[str, str] = ENV):
    options = {"base_url": f"http://127.0.0.1:{server.port}", "queries": ["@Veloz -is:retweet"], "brand": "Veloz",
               **(extra or {})}
    return XCollector.from_config(options, env=env, http=http)


def test_pages_with_next_token_and_joins_authors(httpserver, http):
    fake = FakeX(httpserver, load_json("x", "recent_search.json"))
    result = run(build(httpserver, http))
    assert [r.get("next_token") for r in fake.requests] == [None, "tok-2", "tok-4"]
    first = fake.requests[0]
    assert first["start_time"] == "2026-03-03T12:00:00Z" and "since_id" not in first
    assert first["expansions"] == "author_id,referenced_tweets.id,referenced_tweets.id.author_id"
    kim = next(m for m in result.mentions if m.native_id == "1897000000000000001")
    assert (kim.author_id, kim.author_handle, kim.author_name) == ("2244994945", "kim_dev", "Kim")
    assert (kim.text, kim.lang, kim.brand) == ("@Veloz three days and still no refund", "en", "Veloz")
    assert kim.url == "https://x.com/kim_dev/status/1897000000000000001"
    assert kim.created_at == datetime(2026, 3, 4, 9, 59, tzinfo=timezone.utc)
    assert [m.lang for m in result.mentions if m.author_handle in ("bruno_sp", "lucia_mx")] == ["pt", "es"]
    (bad,) = result.quarantined
    assert bad.native_id == "1897000000000000008" and "author_id" in bad.error
    assert json.loads(result.cursor)["@Veloz -is:retweet"]["watermark"] == "1897000000000000009"


def test_retweet_is_stored_as_repost_of_the_included_original(httpserver, http):
    FakeX(httpserver, load_json("x", "recent_search.json"))
    by_id = {m.native_id: m for m in run(build(httpserver, http)).mentions}
    original, retweet = by_id["1896999999999999000"], by_id["1897000000000000009"]
    assert retweet.reposts_of == "x:1896999999999999000" and retweet.author_handle == "ana_rt"
    assert original.reposts_of == "" and original.author_handle == "kim_dev"


def test_resume_uses_since_id_and_returns_only_new(httpserver, http):
    fake = FakeX(httpserver, load_json("x", "recent_search.json"))
    first = run(build(httpserver, http))
    fake.tweets += load_json("x", "recent_search_new.json")["tweets"]
    fake.requests.clear()
    second = run(build(httpserver, http), first.cursor)
    assert fake.requests[0]["since_id"] == "1897000000000000009" and "start_time" not in fake.requests[0]
    assert second.ids == ["1897000000000000012", "1897000000000000011"]
    assert run(build(httpserver, http), second.cursor).mentions == []


def test_since_id_older_than_seven_days_restarts_from_the_window(httpserver, http):
    fake = FakeX(httpserver, load_json("x", "recent_search_new.json"))
    fake.oldest_allowed = "1800000000000000000"
    cursor = json.dumps({"@Veloz -is:retweet": {"watermark": "1700000000000000000"}})
    result = run(build(httpserver, http), cursor)
    assert [("since_id" in r, "start_time" in r) for r in fake.requests] == [(True, False), (False, True)]
    assert len(result.mentions) == 2


def test_refused_token_stops_the_run(httpserver, http):
    FakeX(httpserver, load_json("x", "recent_search_new.json"))
    result = run_raising(build(httpserver, http, env={"MONITOR_X_BEARER_TOKEN": "revoked-token"}),
                         FatalSourceError, "bearer token refused")
    assert "revoked-token" not in str(result.error)
    with pytest.raises(ConfigError, match="MONITOR_X_BEARER_TOKEN"):
        build(httpserver, http, env={})


SCENARIO = Scenario(
    build=build, path=PATH, expected=2,
    serve=lambda server: FakeX(server, load_json("x", "recent_search_new.json")),
    reset=lambda: {"x-rate-limit-reset": str(int(NOW.timestamp()) + 30), "x-rate-limit-remaining": "0"},
    secrets=[ENV["MONITOR_X_BEARER_TOKEN"]],
)


@pytest.mark.parametrize("case", RESILIENCE_CASES)
def test_resilience(case, httpserver, http, fake_time):
    case(SCENARIO, httpserver, http, fake_time)
