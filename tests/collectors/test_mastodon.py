"""Mastodon collector against a fake instance that pages like the real tag timeline (min_id/max_id + Link)."""

from __future__ import annotations

import copy
import json
from datetime import datetime, timezone
from typing import Any

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from monitor.collectors.mastodon import MastodonCollector
from monitor.errors import ConfigError

from .helpers import RESILIENCE_CASES, Scenario, json_response, load_json, run

TAG_PATH = "/api/v1/timelines/tag/veloz"


def _order(status: dict[str, Any]) -> tuple[int, str]:
    return (len(status["id"]), status["id"])


class FakeInstance:
    """Serves a tag timeline newest-first, honouring min_id / max_id and writing Link headers."""

    def __init__(self, server: HTTPServer, statuses: list[dict[str, Any]], prefix: str = "", page_size: int = 2):
        self.server, self.prefix, self.page_size = server, prefix, page_size
        self.statuses = list(statuses)
        self.requests: list[dict[str, str]] = []
        server.expect_request(prefix + TAG_PATH).respond_with_handler(self.handle)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.port}{self.prefix}"

    def handle(self, request: Request) -> Response:
        args = request.args.to_dict()
        self.requests.append(args)
        newest_first = sorted(self.statuses, key=_order, reverse=True)
        limit = min(int(args.get("limit", 20)), self.page_size)
        if "min_id" in args:  # the entries immediately above min_id, still returned newest-first
            page = [s for s in newest_first if _order(s) > _order({"id": args["min_id"]})][-limit:]
        elif "max_id" in args:
            page = [s for s in newest_first if _order(s) < _order({"id": args["max_id"]})][:limit]
        else:
            page = newest_first[:limit]
        headers = {"X-RateLimit-Limit": "300", "X-RateLimit-Remaining": "297",
                   "X-RateLimit-Reset": "2026-03-04T12:15:00.000000Z"}
        if page:
            base = self.url + TAG_PATH
            headers["Link"] = (f'<{base}?max_id={page[-1]["id"]}>; rel="next", '
                               f'<{base}?min_id={page[0]["id"]}>; rel="prev"')
        return json_response(page, headers=headers)


def build(server: HTTPServer, http, extra: dict[str, Any] | None = None, *, instances=None,
          env: dict[str, str] | None = None) -> MastodonCollector:
    options = {"instances": instances or [f"http://127.0.0.1:{server.port}"], "queries": ["#veloz", "veloz"],
               **(extra or {})}
    return MastodonCollector.from_config(options, env=env or {}, http=http)


def test_first_run_walks_back_through_link_pages(httpserver, http):
    instance = FakeInstance(httpserver, load_json("mastodon", "tag_timeline.json"))
    result = run(build(httpserver, http))
    assert len(instance.requests) == 4  # 3 pages of 2, then an empty page ends the walk
    assert "max_id" in instance.requests[1] and "min_id" not in instance.requests[0]
    assert len(result.mentions) == 6 and len(result.quarantined) == 1
    jo = next(m for m in result.mentions if m.native_id.endswith("/113499"))
    assert (jo.source, jo.author_id, jo.author_handle, jo.author_name) == (
        "mastodon", "jo@other.example", "jo@other.example", "Jo")
    assert jo.text == "Card declined twice today #veloz"
    assert jo.created_at == datetime(2026, 3, 4, 10, 2, 11, tzinfo=timezone.utc)
    assert (jo.url, jo.lang, jo.brand) == ("https://other.example/@jo/113499", "en", "veloz")
    assert jo.raw["id"] == "113500000000000042"
    assert json.loads(result.cursor)[f"{instance.url}#veloz"]["watermark"] == "113500000000000046"


def test_text_language_and_local_accounts(httpserver, http):
    FakeInstance(httpserver, load_json("mastodon", "tag_timeline.json"))
    by_id = {m.native_id: m for m in run(build(httpserver, http, {"brand": "Veloz"})).mentions}
    bia = by_id["https://outro.example/users/bia/statuses/9001"]
    assert bia.text == "Meu cartão foi recusado de novo #veloz\nNinguém responde!" and bia.lang == "pt"
    luis = by_id["https://otro.example/users/luis/statuses/77"]
    assert luis.lang == "es" and luis.brand == "Veloz"  # language null: detected
    cw = by_id["https://other.example/users/jo/statuses/113498"]
    assert cw.text == "veloz rant\nSupport hung up on me & closed the ticket"


def test_boost_becomes_the_original_plus_a_repost(httpserver, http):
    FakeInstance(httpserver, load_json("mastodon", "tag_timeline.json"))
    by_id = {m.native_id: m for m in run(build(httpserver, http)).mentions}
    original = by_id["https://other.example/users/jo/statuses/113400"]
    repost = by_id["https://mastodon.example/users/ana/statuses/113500000000000046/activity"]
    assert original.reposts_of == "" and original.text == "Third refund request ignored #veloz"
    assert repost.reposts_of == "mastodon:https://other.example/users/jo/statuses/113400"
    assert repost.author_id == f"ana@127.0.0.1:{httpserver.port}"  # local acct gets the instance domain
    assert repost.text == original.text


def test_broken_status_is_quarantined_and_the_rest_stored(httpserver, http):
    FakeInstance(httpserver, load_json("mastodon", "tag_timeline.json"))
    result = run(build(httpserver, http))
    (bad,) = result.quarantined
    assert bad.source == "mastodon" and bad.native_id == "https://outro.example/users/bia/statuses/9000"
    assert "TypeError" in bad.error and json.loads(bad.raw_json)["id"] == "113500000000000044"


def test_resume_polls_forward_with_min_id_and_returns_only_new(httpserver, http):
    instance = FakeInstance(httpserver, load_json("mastodon", "tag_timeline.json"))
    first = run(build(httpserver, http))
    instance.statuses += load_json("mastodon", "tag_timeline_new.json")
    instance.requests.clear()
    second = run(build(httpserver, http), first.cursor)
    assert instance.requests[0]["min_id"] == "113500000000000046"
    assert second.ids == ["https://other.example/users/jo/statuses/113510",
                          "https://outro.example/users/bia/statuses/9010"]
    assert second.mentions[1].lang == "pt"  # declared "pt-BR"
    third = run(build(httpserver, http), second.cursor)
    assert third.mentions == []
    assert json.loads(third.cursor)[f"{instance.url}#veloz"]["watermark"] == "113500000000000048"


def test_same_post_on_two_instances_is_stored_once(httpserver, http):
    statuses = load_json("mastodon", "tag_timeline.json")
    elsewhere = copy.deepcopy(statuses[1:4])  # same uris, this instance's own local ids
    for number, status in enumerate(elsewhere):
        status["id"] = f"2000{number}"
    a = FakeInstance(httpserver, statuses, prefix="/a")
    b = FakeInstance(httpserver, elsewhere, prefix="/b")
    result = run(build(httpserver, http, instances=[a.url, b.url]))
    assert len(result.ids) == len(set(result.ids)) == 6
    assert b.requests  # b was read, its statuses were already known by uri


def test_search_runs_only_with_a_token(httpserver, http):
    FakeInstance(httpserver, [])
    httpserver.expect_request("/api/v2/search", headers={"Authorization": "Bearer tok-123456"}).respond_with_json(
        load_json("mastodon", "search.json"))
    anonymous = run(build(httpserver, http))
    assert anonymous.mentions == []
    result = run(build(httpserver, http, {"queries": ["veloz"]}, env={"MONITOR_MASTODON_TOKEN": "tok-123456"}))
    assert result.ids == ["https://otro.example/users/luis/statuses/90"]
    assert result.mentions[0].lang == "es"


@pytest.mark.parametrize("options, message", [
    ({"instances": "https://mastodon.social"}, "collectors.mastodon.instances: must be a list of URLs"),
    ({"instances": ["mastodon.social"]}, "collectors.mastodon.instances: must be a list of URLs"),
    ({"queries": ["veloz bank"]}, "collectors.mastodon.tags: no hashtag to follow"),
    ({"queries": ["veloz"], "max_pages": 0}, "collectors.mastodon.max_pages: must be a whole number >= 1"),
])
def test_bad_options_name_the_key(options, message):
    with pytest.raises(ConfigError, match=message):
        MastodonCollector.from_config(options, env={})


def _serve(server: HTTPServer) -> None:
    FakeInstance(server, load_json("mastodon", "tag_timeline_new.json"), page_size=40)


SCENARIO = Scenario(
    build=lambda server, http, extra: build(server, http, extra), path=TAG_PATH, serve=_serve, expected=2,
    reset=lambda: {"X-RateLimit-Reset": "2026-03-04T12:00:30.000Z"},
)


@pytest.mark.parametrize("case", RESILIENCE_CASES)
def test_resilience(case, httpserver, http, fake_time):
    case(SCENARIO, httpserver, http, fake_time)


def test_first_run_stops_walking_back_at_the_lookback(httpserver, http):
    instance = FakeInstance(httpserver, load_json("mastodon", "tag_timeline_new.json") +
                            load_json("mastodon", "tag_timeline.json"))
    result = run(build(httpserver, http, {"lookback_hours": 1}))  # NOW is 12:00: stop below 11:00
    assert len(instance.requests) == 2  # page 2 reaches 10:06: no further walk
    assert result.ids[:2] == ["https://other.example/users/jo/statuses/113510",
                              "https://outro.example/users/bia/statuses/9010"]
