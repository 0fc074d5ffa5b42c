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


def test_an_alert_claimed_by_another_sender_is_not_sent_twice(store, httpserver):
    store.enqueue_alert("a", "campaign", "x:a", "t", "b")
    assert store.claim_alert("a") is True  # another scheduler is sending it right now
    httpserver.expect_request("/hook", method="POST").respond_with_data("ok")
    assert deliver_pending(store, webhook_sink(httpserver)) == (0, 1)
    assert store.claim_alert("a", stale_after_s=0) is True  # that sender died: taken over later


def test_a_bad_alert_url_is_a_config_error_that_does_not_show_the_secret(caplog):
    import pytest

    from monitor.errors import ConfigError

    with pytest.raises(ConfigError) as error:
        AppriseSink("slack://SECRETTOKEN123/bad")
    assert "SECRETTOKEN123" not in str(error.value)
    assert "SECRETTOKEN123" not in caplog.text


def test_verdict_alerts_are_queued_with_the_verdict(store):
    from datetime import datetime, timezone

    from monitor.alerts import campaign_alerts

    campaign_alert = campaign_alerts(store, datetime(2026, 11, 1, tzinfo=timezone.utc))
    row = {"subject_key": "x:a", "subject_type": "author", "verdict": "campaign", "score": 0.9,
           "figures_json": '{"mentions": 12, "distinct_days": 6, "disrespect_share": 0.7, "attacks": 10,'
                           ' "attack_days": 6, "disrespectful": 8, "complaints": 10, "founded_complaints": 0}',
           "evidence_json": "[]", "reasons_json": "[]"}
    store.save_verdicts([row], "2026-11-01T00:00:00Z", alert_for=campaign_alert)
    store.save_verdicts([row], "2026-11-02T00:00:00Z", alert_for=campaign_alert)
    (alert,) = store.pending_alerts()
    assert alert["kind"] == "campaign" and "12 mentions on 6 days; 70% disrespectful" in alert["body"]
    assert "Recommended course: Reply once, politely, then disengage" in alert["body"]


def test_group_alerts_name_the_accounts_by_handle(store):
    from monitor.alerts import group_alerts
    from tests.conftest import make_mention

    store.save_page([make_mention(i, author=f"acc{i}") for i in range(1, 4)])
    row = {"group_id": "g1", "members_json": '["x:acc1", "x:acc2", "x:acc3"]', "mention_ids_json": "[]",
           "first_at": "2026-11-01T00:00:00Z", "last_at": "2026-11-01T00:05:00Z", "occurrences": 1,
           "sample_text": "Boicote <script>já</script>"}
    store.save_groups([row], alert_for=group_alerts(store))
    (alert,) = store.pending_alerts()
    assert "Accounts: @acc1, @acc2, @acc3." in alert["body"] and "x:acc1" not in alert["body"]
