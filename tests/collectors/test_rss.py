"""RSS/Atom collector: Google Alerts (Atom) and Google News (RSS 2.0) feeds, conditional GET, entry keys."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from typing import Any

import pytest
from pytest_httpserver import HTTPServer

from monitor.collectors.rss import RssCollector, entry_key, unwrap_link
from monitor.errors import ConfigError, SourceError

from .helpers import NOW, RESILIENCE_CASES, Scenario, load_text, run, run_raising
from tests.conftest import store_at

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


def _item(title: str, *, guid: str = "", link: str = "", date: str = "Wed, 04 Mar 2026 09:00:00 GMT",
          text: str = "") -> str:
    parts = [f"<title>{title}</title>"]
    parts += [f'<guid isPermaLink="false">{guid}</guid>'] if guid else []
    parts += [f"<link>{link}</link>"] if link else []
    parts += [f"<pubDate>{date}</pubDate>"] if date else []
    parts += [f"<description>{text}</description>"] if text else []
    return "<item>" + "".join(parts) + "</item>"


def _feed(*items: str) -> str:
    return ('<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><link>https://site.test/</link>'
            "<description>d</description>" + "".join(items) + "</channel></rss>")


def _redirect(target: str, signature: str) -> str:
    return f"https://www.google.com/url?rct=j&amp;sa=t&amp;url={target}&amp;ct=ga&amp;usg={signature}"


def test_entries_without_a_stable_id_are_one_item_across_fetches(httpserver, fake_time, tmp_path):
    from monitor.collectors.client import HttpClient
    from monitor.ingest import run_collector
    from monitor.store import open_store

    first = _feed(_item("Veloz cobra em dobro", guid="tag:site.test,2026:a", link="https://site.test/a"),
                  _item("Veloz some com pedido", link=_redirect("https://site.test/b", "AOv1")),
                  _item("Veloz: nota sem link", date="", text="sem data nem link"))
    second = _feed(_item("Veloz cobra em dobro", link="https://site.test/a"),  # its id dropped
                   _item("Veloz some com pedido", guid="tag:site.test,2026:b",  # an id appears, and
                         link=_redirect("https://site.test/b", "AOv2")),  # the redirect is re-signed
                   _item("Veloz: nota sem link", date="", text="sem data nem link"))
    store = open_store(store_at("m"))
    try:
        for body in (first, second, second):
            httpserver.clear()
            httpserver.expect_request("/feed").respond_with_data(body, content_type=RSS)
            http = HttpClient(timeout_s=1, sleep=fake_time.sleep, clock=fake_time.clock, now=lambda: NOW)
            run_collector(store, build(httpserver, http, feeds=[url(httpserver, "/feed")]))
        stored = store.db.execute("SELECT native_id, url FROM mentions ORDER BY created_at").fetchall()
    finally:
        store.close()
    assert len(stored) == 3, stored
    assert dict(stored)["tag:site.test,2026:a"] == "https://site.test/a"
    assert "https://site.test/b" in dict(stored)  # the article, not the signed redirect
    assert sum(key.startswith("sha1:") for key, _ in stored) == 1


def test_a_post_dated_far_in_the_future_is_quarantined(httpserver, http):
    httpserver.expect_request("/feed").respond_with_data(_feed(
        _item("Veloz ok", guid="g1"), _item("Veloz 2099", guid="g2", date="Thu, 01 Jan 2099 00:00:00 GMT")),
        content_type=RSS)
    result = run(build(httpserver, http, feeds=[url(httpserver, "/feed")]))
    assert result.ids == ["g1"]
    (bad,) = result.quarantined
    assert bad.native_id == "g2" and "in the future" in bad.error


def test_entries_with_their_own_ids_sharing_one_link_stay_apart(httpserver, http):
    feed = _feed(_item("Review 1", guid="r1", link="https://site.test/product", text="ótimo"),
                 _item("Review 2", guid="r2", link="https://site.test/product", text="péssimo"))
    httpserver.expect_request("/feed").respond_with_data(feed, content_type=RSS)
    first = run(build(httpserver, http, feeds=[url(httpserver, "/feed")]))
    again = run(build(httpserver, http, feeds=[url(httpserver, "/feed")]), first.cursor)
    assert first.ids == ["r1", "r2"] and again.ids == []
