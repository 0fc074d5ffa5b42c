"""Alerts reach a real local webhook through Apprise; a channel that is down gets them later, once."""

from __future__ import annotations

import json

from werkzeug import Response

from monitor.alerts import AppriseSink, deliver_pending, plain, sink_from_env


def webhook_sink(httpserver) -> AppriseSink:
    return AppriseSink(f"json://127.0.0.1:{httpserver.port}/hook")


def test_down_channel_keeps_alerts_then_delivers_each_exactly_once(store, httpserver):
    store.enqueue_alert("campaign:x:a:2026-11-01", "campaign", "x:a", "New campaign: x:a", "12 mentions")
    store.enqueue_alert("coordinated:g1", "coordinated", "g1", "Coordinated group", "3 accounts")
    received = []

    httpserver.expect_request("/hook", method="POST").respond_with_response(Response("down", status=503))
    assert deliver_pending(store, webhook_sink(httpserver)) == (0, 2)
    assert store.alerts_frame().set_index("id").loc["campaign:x:a:2026-11-01", "attempts"] == 1

    httpserver.clear()

    def accept(request):
        received.append(json.loads(request.data))
        return Response("ok", status=200)

    httpserver.expect_request("/hook", method="POST").respond_with_handler(accept)
    assert deliver_pending(store, webhook_sink(httpserver)) == (2, 0)
    assert deliver_pending(store, webhook_sink(httpserver)) == (0, 0)
    assert [r["title"] for r in received] == ["New campaign: x:a", "Coordinated group"]
    store.enqueue_alert("campaign:x:a:2026-11-01", "campaign", "x:a", "again", "again")
    assert deliver_pending(store, webhook_sink(httpserver)) == (0, 0)
    assert len(received) == 2


def test_unreachable_channel_is_not_an_error(store):
    store.enqueue_alert("a", "campaign", "x:a", "t", "b")
    sink = AppriseSink("json://127.0.0.1:9/hook")  # discard port: nothing listens
    assert deliver_pending(store, sink) == (0, 1)


def test_no_channel_configured_keeps_everything_pending(store):
    store.enqueue_alert("a", "campaign", "x:a", "t", "b")
    assert sink_from_env({}) is None
    assert deliver_pending(store, None) == (0, 1)


def test_alert_text_is_plain_and_bounded():
    assert plain("a\x00b\x1b[31m" + "x" * 2000).startswith("a b [31m")
    assert len(plain("x" * 2000)) == 900
