"""Hacker News collector against a fake Algolia `search_by_date` honouring numericFilters and pages."""

from __future__ import annotations

import json
import math
from datetime import datetime, timezone
from typing import Any

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from monitor.collectors.base import DeadlineError
from monitor.collectors.hackernews import HackernewsCollector

from .helpers import NOW, RESILIENCE_CASES, Scenario, json_response, load_json, run, run_raising

PATH = "/api/v1/search_by_date"


class FakeAlgolia:
    """Newest-first hits filtered by `created_at_i>=T`, `page` 0-based, with `nbPages`."""

    def __init__(self, server: HTTPServer, hits: list[dict[str, Any]], page_size: int = 2):
        self.hits, self.page_size = list(hits), page_size
        self.requests: list[dict[str, str]] = []
        server.expect_request(PATH).respond_with_handler(self.handle)

    def handle(self, request: Request) -> Response:
        args = request.args.to_dict()
        self.requests.append(args)
        since = int(args["numericFilters"].removeprefix("created_at_i>="))
        matching = sorted((h for h in self.hits if h["created_at_i"] >= since), key=lambda h: -h["created_at_i"])
        page = int(args.get("page", 0))
        return json_response({
            "hits": matching[page * self.page_size:(page + 1) * self.page_size], "nbHits": len(matching),
            "page": page, "nbPages": math.ceil(len(matching) / self.page_size), "hitsPerPage": self.page_size,
            "exhaustiveNbHits": True, "query": args["query"], "params": request.query_string.decode(),
            "processingTimeMS": 2,
        })


def build(server: HTTPServer, http, extra: dict[str, Any] | None = None):
    options = {"base_url": f"http://127.0.0.1:{server.port}", "queries": ["veloz"], "brand": "Veloz", **(extra or {})}
    return HackernewsCollector.from_config(options, env={}, http=http)


def test_pages_until_nb_pages(httpserver, http):
    algolia = FakeAlgolia(httpserver, load_json("hackernews", "hits.json"))
    result = run(build(httpserver, http))
    assert [r["page"] for r in algolia.requests] == ["0", "1", "2"]
    first = algolia.requests[0]
    assert (first["query"], first["tags"], first["hitsPerPage"]) == ("veloz", "(story,comment)", "100")
    assert first["numericFilters"] == f"created_at_i>={int(NOW.timestamp()) - 24 * 3600}"
    assert result.ids == ["43211100", "43210987", "43210555", "43210123"]
    story, comment, link, spanish = result.mentions
    assert story.text == "Veloz is down for everyone?\nCan't log in since 9am.\nStatus page says all good."
    assert comment.text == "Veloz's API has been down all morning"
    assert (comment.author_id, comment.author_handle, comment.brand) == ("pat", "pat", "Veloz")
    assert comment.url == "https://news.ycombinator.com/item?id=43210987"
    assert comment.created_at == datetime(2026, 3, 4, 10, 1, 40, tzinfo=timezone.utc)
    assert link.text == "Veloz raises fees again"
    assert [m.lang for m in result.mentions] == ["en", "en", "en", "es"]
    (bad,) = result.quarantined
    assert bad.native_id == "" and "objectID" in bad.error


def test_resume_asks_from_the_watermark_minus_overlap(httpserver, http):
    algolia = FakeAlgolia(httpserver, load_json("hackernews", "hits.json"))
    first = run(build(httpserver, http))
    assert json.loads(first.cursor)["veloz"]["watermark"] == "2026-03-04T11:00:00Z"
    algolia.hits += load_json("hackernews", "hits_new.json")
    algolia.requests.clear()
    second = run(build(httpserver, http), first.cursor)
    assert algolia.requests[0]["numericFilters"] == f"created_at_i>={1772622000 - 900}"
    assert second.ids == ["43212000"]  # the story inside the overlap window is known: not repeated
    assert run(build(httpserver, http), second.cursor).mentions == []


def test_stops_at_max_pages_and_still_advances(httpserver, http):
    FakeAlgolia(httpserver, load_json("hackernews", "hits.json"))
    result = run(build(httpserver, http, {"max_pages": 1}))
    assert len(result.pages) == 1 and result.ids == ["43211100"]
    assert json.loads(result.cursor)["veloz"]["watermark"] == "2026-03-04T11:00:00Z"


def test_deadline_mid_chain_keeps_pages_but_not_the_watermark(httpserver, http):
    algolia = FakeAlgolia(httpserver, load_json("hackernews", "hits.json"))
    first = run(build(httpserver, http))
    algolia.hits += load_json("hackernews", "hits_new.json")
    algolia.page_size = 1
    httpserver.expect_oneshot_request(PATH, query_string={"query": "veloz", "tags": "(story,comment)", "page": "1",
                                                          "hitsPerPage": "100",
                                                          "numericFilters": "created_at_i>=1772621100"}
                                      ).respond_with_json({}, status=429, headers={"Retry-After": "900"})
    result = run_raising(build(httpserver, http, {"max_run_s": 60}), DeadlineError, "run time limit", first.cursor)
    assert result.ids == ["43212000"]
    assert json.loads(result.cursor)["veloz"]["watermark"] == "2026-03-04T11:00:00Z"  # unchanged: chain unfinished
    assert run(build(httpserver, http), result.cursor).ids == []  # the re-walk finds nothing new


SCENARIO = Scenario(
    build=build, path=PATH, expected=1,
    serve=lambda server: FakeAlgolia(server, load_json("hackernews", "hits_new.json")),
)


@pytest.mark.parametrize("case", RESILIENCE_CASES)
def test_resilience(case, httpserver, http, fake_time):
    case(SCENARIO, httpserver, http, fake_time)
