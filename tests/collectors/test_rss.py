"""RSS/Atom collector: Google Alerts (Atom) and Google News (RSS 2.0) feeds, conditional GET, entry keys."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from typing import Any

import pytest
from pytest_httpserver import HTTPServer

from monitor.collectors.rss import RssCollector, entry_key, unwrap_link
from monitor.errors import ConfigError, SourceError

from .helpers import RESILIENCE_CASES, Scenario, load_text, run, run_raising

ATOM = "application/atom+xml; charset=utf-8"
RSS = "application/rss+xml; charset=UTF-8"
ETAG = '"alerts-v1"'
MODIFIED = "Wed, 04 Mar 2026 10:05:00 GMT"


def url(server: HTTPServer, path: str) -> str:
    return f"http://127.0.0.1:{server.port}{path}"


def build(server: HTTPServer, http, extra: dict[str, Any] | None = None, feeds: list[str] | None = None):
    options = {"feeds": feeds or [url(server, "/alerts.xml")], "brand": "Veloz", **(extra or {})}
    return RssCollector.from_config(options, env={}, http=http)


def serve_alerts(server: HTTPServer) -> None:
    server.expect_request("/alerts.xml").respond_with_data(
        load_text("rss", "google_alerts.xml"), content_type=ATOM, headers={"ETag": ETAG, "Last-Modified": MODIFIED})


def test_google_alerts_entries_unwrap_the_redirect_link(httpserver, http):
    serve_alerts(httpserver)
    result = run(build(httpserver, http))
    outage, spanish = result.mentions
    assert outage.native_id == "tag:google.com,2013:googlealerts/feed:1234567890123"
    assert outage.url == "https://news.example.com/veloz-outage"
    assert outage.text == "Customers report Veloz outage\nSeveral Veloz users said the app was down for hours\xa0..."
    assert (outage.source, outage.author_id, outage.lang, outage.brand) == ("rss", "news.example.com", "en", "Veloz")
    assert outage.created_at == datetime(2026, 3, 4, 9, 50, tzinfo=timezone.utc)
    assert spanish.lang == "es" and spanish.url == "https://diario.example.es/veloz-caida"
    assert json.loads(json.dumps(outage.raw))["id"] == outage.native_id
    (bad,) = result.quarantined
    assert bad.native_id == "tag:google.com,2013:googlealerts/feed:1234567890125"
    assert "neither title nor summary" in bad.error


def test_google_news_items_keep_the_publisher(httpserver, http):
    httpserver.expect_request("/news").respond_with_data(load_text("rss", "google_news.xml"), content_type=RSS)
    result = run(build(httpserver, http, feeds=[url(httpserver, "/news")]))
    first, second, third = result.mentions
    assert first.native_id == "CBMiWkFVX3lxTE1hbXBsZQ"  # guid
    assert (first.author_id, first.author_name) == ("https://jornal.example.com.br", "Jornal Exemplo")
    assert first.text.startswith("Clientes da Veloz relatam cobranças em dobro - Jornal Exemplo\n")
    assert first.lang == "pt"
    assert second.native_id == "https://news.google.com/rss/articles/CBMiXkFVX3lxTE9vdGhlcg?oc=5"  # no guid: link
    assert third.native_id.startswith("sha1:") and third.url == ""  # neither: hash of title + date
    again = run(build(httpserver, http, feeds=[url(httpserver, "/news")]))
    assert again.ids == result.ids  # keys are stable across runs


def test_conditional_get_sends_validators_and_304_yields_nothing(httpserver, http):
    serve_alerts(httpserver)
    first = run(build(httpserver, http))
    assert json.loads(first.cursor)[url(httpserver, "/alerts.xml")]["etag"] == ETAG
    httpserver.clear()
    httpserver.expect_request("/alerts.xml", headers={"If-None-Match": ETAG, "If-Modified-Since": MODIFIED}
                              ).respond_with_data("", status=304)
    second = run(build(httpserver, http), first.cursor)
    assert second.pages == [] and second.cursor == first.cursor
    assert len(httpserver.log) == 1


def test_a_server_ignoring_validators_still_yields_only_new_entries(httpserver, http):
    serve_alerts(httpserver)
    first = run(build(httpserver, http))
    second = run(build(httpserver, http), first.cursor)
    assert len(first.mentions) == 2 and second.mentions == []


def test_one_failing_feed_does_not_stop_the_others(httpserver, http):
    serve_alerts(httpserver)
    httpserver.expect_request("/gone.xml").respond_with_data("not found", status=404)
    collector = build(httpserver, http, feeds=[url(httpserver, "/gone.xml"), url(httpserver, "/alerts.xml")])
    result = run_raising(collector, SourceError, r"rss: 1 of 2 tasks failed: .*/gone.xml: HTTP 404")
    assert len(result.mentions) == 2


def test_link_and_key_helpers():
    assert unwrap_link("https://www.google.com/url?rct=j&sa=t&url=https://a.example/x%3Fy%3D1&ct=ga") == (
        "https://a.example/x?y=1")
    assert unwrap_link("https://a.example/x") == "https://a.example/x"
    assert entry_key({"title": "t", "published": "p"}) == entry_key({"title": "t", "published": "p"})


def test_feeds_are_required():
    with pytest.raises(ConfigError, match="collectors.rss.feeds: is required"):
        RssCollector.from_config({}, env={})
    with pytest.raises(ConfigError, match="collectors.rss.feeds: must be a list of URLs"):
        RssCollector.from_config({"feeds": ["not a url"]}, env={})


SCENARIO = Scenario(
    build=build, path="/alerts.xml", serve=serve_alerts, expected=2,
    broken_error="not a readable RSS/Atom feed",
)


@pytest.mark.parametrize("case", RESILIENCE_CASES)
def test_resilience(case, httpserver, http, fake_time):
    case(SCENARIO, httpserver, http, fake_time)
