"""YouTube collector against a fake commentThreads endpoint: pageToken paging and the 403 reasons."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from typing import Any

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from monitor.collectors.base import FatalSourceError
from monitor.collectors.youtube import YoutubeCollector
from monitor.errors import ConfigError

from .helpers import RESILIENCE_CASES, Scenario, json_response, load_json, run, run_raising

PATH = "/youtube/v3/commentThreads"
ENV = {"MONITOR_YOUTUBE_API_KEY": "AIzaSyFAKE-key-0123456789"}


def _published(thread: dict[str, Any]) -> str:
    comment = thread["snippet"].get("topLevelComment")
    return comment["snippet"]["publishedAt"] if comment else ""  # the broken fixture item sorts last


class FakeYoutube:
    """Threads per video, newest first, `pageToken` paging; some video ids answer with API errors."""

    def __init__(self, server: HTTPServer, items: list[dict[str, Any]], page_size: int = 2):
        self.items, self.page_size = list(items), page_size
        self.errors = {"disabled0001": "error_comments_disabled.json", "quota0000001": "error_quota_exceeded.json"}
        self.requests: list[dict[str, str]] = []
        server.expect_request(PATH).respond_with_handler(self.handle)

    def handle(self, request: Request) -> Response:
        if request.headers.get("X-Goog-Api-Key") != ENV["MONITOR_YOUTUBE_API_KEY"]:
            return json_response({"error": {"code": 400, "message": "API key not valid. Please pass a valid API key.",
                                            "errors": [{"reason": "badRequest", "domain": "global"}]}}, 400)
        args = request.args.to_dict()
        self.requests.append(args)
        target = args.get("videoId") or args.get("allThreadsRelatedToChannelId")
        if target in self.errors:
            return json_response(load_json("youtube", self.errors[target]), 403)
        newest_first = sorted(self.items, key=_published, reverse=True)
        start = int(args.get("pageToken", "0"))
        body = {"kind": "youtube#commentThreadListResponse", "etag": "abc",
                "pageInfo": {"totalResults": len(newest_first), "resultsPerPage": self.page_size},
                "items": newest_first[start:start + self.page_size]}
        if start + self.page_size < len(newest_first):
            body["nextPageToken"] = str(start + self.page_size)
        return json_response(body)


def build(server: HTTPServer, http, extra: dict[str, Any] | None = None, env: dict[str, str] = ENV):
    options = {"base_url": f"http://127.0.0.1:{server.port}/youtube/v3", "videos": ["vid12345678"],
               "brand": "Veloz", **(extra or {})}
    return YoutubeCollector.from_config(options, env=env, http=http)


def test_pages_through_threads(httpserver, http):
    fake = FakeYoutube(httpserver, load_json("youtube", "comment_threads.json"))
    result = run(build(httpserver, http))
    assert [r.get("pageToken") for r in fake.requests] == [None, "2", "4"]
    assert fake.requests[0] == {"part": "snippet", "videoId": "vid12345678", "maxResults": "100", "order": "time",
                                "textFormat": "html"}
    assert result.ids == ["UgzE5", "UgzE3", "UgzAbc123", "UgzE1"]
    joao, marta, lee, sam = result.mentions
    assert joao.text == "O app da Veloz não abre desde ontem\nAlguém sabe o que houve?" and joao.lang == "pt"
    assert marta.lang == "es"
    assert (lee.author_id, lee.author_handle, lee.author_name) == ("UCauthor", "lee", "@lee")
    assert (lee.text, lee.brand) == ('Support never answered my ticket "#4411"', "Veloz")
    assert lee.url == "https://www.youtube.com/watch?v=vid12345678&lc=UgzAbc123"
    assert lee.created_at == datetime(2026, 3, 4, 9, 40, tzinfo=timezone.utc)
    assert sam.text == "0:42 this is where the app crashes"
    (bad,) = result.quarantined
    assert bad.native_id == "UgzE4" and "topLevelComment" in bad.error
    assert json.loads(result.cursor)["video:vid12345678"]["watermark"] == "2026-03-04T11:00:00Z"


def test_resume_stops_at_the_published_watermark(httpserver, http):
    fake = FakeYoutube(httpserver, load_json("youtube", "comment_threads.json"))
    first = run(build(httpserver, http))
    fake.items += load_json("youtube", "comment_threads_new.json")
    fake.requests.clear()
    second = run(build(httpserver, http), first.cursor)
    assert second.ids == ["UgzF2", "UgzF1"]
    assert len(fake.requests) == 2  # page 2 reaches comments older than watermark minus overlap: stop
    assert run(build(httpserver, http), second.cursor).mentions == []


def test_comments_disabled_skips_only_that_video(httpserver, http):
    FakeYoutube(httpserver, load_json("youtube", "comment_threads_new.json"))
    result = run(build(httpserver, http, {"videos": ["disabled0001", "vid12345678"]}))
    assert result.ids == ["UgzF2", "UgzF1"]


def test_quota_exceeded_stops_the_run_keeping_earlier_pages(httpserver, http):
    FakeYoutube(httpserver, load_json("youtube", "comment_threads_new.json"))
    collector = build(httpserver, http, {"videos": ["vid12345678", "quota0000001", "vid00000003"]})
    result = run_raising(collector, FatalSourceError, "quotaExceeded: the daily API quota is spent")
    assert result.ids == ["UgzF2", "UgzF1"]


def test_rate_limit_403_is_retried(httpserver, http, fake_time):
    httpserver.expect_oneshot_request(PATH).respond_with_json(load_json("youtube", "error_rate_limit.json"), 403)
    FakeYoutube(httpserver, load_json("youtube", "comment_threads_new.json"))
    assert len(run(build(httpserver, http)).mentions) == 2
    assert len(fake_time.sleeps) == 1


def test_channel_threads_and_a_bad_key(httpserver, http):
    fake = FakeYoutube(httpserver, load_json("youtube", "comment_threads_new.json"))
    run(build(httpserver, http, {"videos": [], "channels": ["UCveloz"]}))
    assert fake.requests[0]["allThreadsRelatedToChannelId"] == "UCveloz"
    result = run_raising(build(httpserver, http, env={"MONITOR_YOUTUBE_API_KEY": "AIza-wrong-key"}),
                         FatalSourceError, "API key refused")
    assert "AIza-wrong-key" not in str(result.error)


def test_options_and_key_are_required():
    with pytest.raises(ConfigError, match="collectors.youtube.videos: list at least one video id"):
        YoutubeCollector.from_config({}, env=ENV)
    with pytest.raises(ConfigError, match="MONITOR_YOUTUBE_API_KEY"):
        YoutubeCollector.from_config({"videos": ["v"]}, env={})


SCENARIO = Scenario(
    build=build, path=PATH, expected=2,
    serve=lambda server: FakeYoutube(server, load_json("youtube", "comment_threads_new.json")),
    secrets=[ENV["MONITOR_YOUTUBE_API_KEY"]],
)


@pytest.mark.parametrize("case", RESILIENCE_CASES)
def test_resilience(case, httpserver, http, fake_time):
    case(SCENARIO, httpserver, http, fake_time)
