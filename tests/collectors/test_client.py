"""The shared HttpClient: waits it computes, throttling, deadline and secret masking."""

from __future__ import annotations

import socket
from datetime import timedelta

import pytest

from monitor.collectors.client import DeadlineError, RateLimitHeaders, SourceResting
from monitor.errors import SourceError

from .helpers import NOW

MASTODON = RateLimitHeaders("X-RateLimit-Remaining", "X-RateLimit-Reset", "iso")
REDDIT = RateLimitHeaders("X-Ratelimit-Remaining", "X-Ratelimit-Reset", "seconds")
EPOCH = RateLimitHeaders("RateLimit-Remaining", "RateLimit-Reset", "epoch")


@pytest.mark.parametrize("limits, reset", [
    (MASTODON, (NOW + timedelta(seconds=45)).strftime("%Y-%m-%dT%H:%M:%S.000000Z")),
    (MASTODON, str(int(NOW.timestamp()) + 45)),  # GoToSocial writes epoch seconds
    (EPOCH, str(int(NOW.timestamp()) + 45)),
    (REDDIT, "45"),
])
def test_429_waits_until_the_sources_reset_time(httpserver, http, fake_time, limits, reset):
    httpserver.expect_oneshot_request("/r").respond_with_data("slow down", status=429, headers={limits.reset: reset})
    httpserver.expect_request("/r").respond_with_json({"ok": True})
    assert http.get_json(httpserver.url_for("/r"), limits=limits) == {"ok": True}
    assert fake_time.sleeps == [45.0]


def test_exhausted_budget_throttles_the_next_call(httpserver, http, fake_time):
    httpserver.expect_request("/r").respond_with_json([], headers={"X-Ratelimit-Remaining": "0.0",
                                                                   "X-Ratelimit-Reset": "12"})
    http.get_json(httpserver.url_for("/r"), limits=REDDIT)
    assert fake_time.sleeps == []
    http.get_json(httpserver.url_for("/r"), limits=REDDIT)
    assert fake_time.sleeps == [12.0]


def test_waits_are_capped_by_max_wait(httpserver, http, fake_time):
    httpserver.expect_oneshot_request("/r").respond_with_data("", status=429, headers={"Retry-After": "86400"})
    httpserver.expect_request("/r").respond_with_json([])
    http.get_json(httpserver.url_for("/r"))
    assert fake_time.sleeps == [600.0]


def test_a_wait_past_the_deadline_stops_the_run(httpserver, http, fake_time):
    http.start_run(30)
    httpserver.expect_request("/r").respond_with_data("", status=503, headers={"Retry-After": "60"})
    with pytest.raises(DeadlineError, match="run time limit"):
        http.get_json(httpserver.url_for("/r"))
    assert fake_time.sleeps == []


def test_connection_errors_are_retried_then_reported(http, fake_time):
    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with pytest.raises(SourceError, match="failed after 4 attempts: ConnectError"):
        http.get_json(f"http://127.0.0.1:{port}/x")
    assert len(fake_time.sleeps) == 3
    assert fake_time.sleeps == sorted(fake_time.sleeps)  # exponential backoff grows


def test_errors_mask_secrets_in_urls_and_bodies(httpserver, http):
    http.add_secrets(["s3cr3t-token"])
    httpserver.expect_request("/r").respond_with_data("bad token s3cr3t-token", status=401)
    with pytest.raises(SourceError) as caught:
        http.get_json(httpserver.url_for("/r"), params={"key": "AIza-api-key", "q": "veloz"})
    message = str(caught.value)
    assert "HTTP 401" in message and "q=veloz" in message
    assert "s3cr3t-token" not in message and "AIza-api-key" not in message


def test_non_json_success_is_a_clear_error(httpserver, http):
    httpserver.expect_request("/r").respond_with_data("<html>maintenance</html>", content_type="text/html")
    with pytest.raises(SourceError, match=r"response is not JSON: <html>maintenance"):
        http.get_json(httpserver.url_for("/r"))


def test_sends_the_product_user_agent(httpserver, http):
    httpserver.expect_request("/r", headers={"User-Agent": "complaint-monitor/0.1 (+https://github.com/complaint-monitor)"}
                              ).respond_with_json([])
    assert http.get_json(httpserver.url_for("/r")) == []


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_a_refused_connection_past_the_deadline_says_so_not_that_the_source_asks_to_wait(
        http, fake_time, caplog):
    http.start_run(2)  # a backoff or two fits, then the next does not
    with caplog.at_level("INFO"), pytest.raises(DeadlineError) as caught:
        http.get_json(f"http://127.0.0.1:{_closed_port()}/x")
    message = str(caught.value)
    assert "asks to wait" not in message
    assert "ConnectError" in message and "the next retry would be in" in message
    retries = [r.getMessage() for r in caplog.records if "retrying in" in r.getMessage()]
    assert len(retries) == len(fake_time.sleeps) >= 1  # no "retrying" line for a retry that never came


def test_a_rate_limit_wait_past_the_deadline_says_the_source_asks_to_wait(httpserver, http, fake_time, caplog):
    http.start_run(30)
    httpserver.expect_request("/r").respond_with_data("", status=429, headers={"Retry-After": "455"})
    with caplog.at_level("INFO"), pytest.raises(DeadlineError, match=r"asks to wait 455 s \(HTTP 429\)"):
        http.get_json(httpserver.url_for("/r"))
    assert not [r for r in caplog.records if "retrying in" in r.getMessage()]


def test_a_wait_the_source_asks_for_past_the_deadline_is_a_rest_until_its_time(httpserver, http, fake_time):
    http.start_run(120)
    httpserver.expect_request("/r").respond_with_data("", status=429, headers={"Retry-After": "455"})
    with pytest.raises(SourceResting, match=r"asks to wait 455 s \(HTTP 429\)") as caught:
        http.get_json(httpserver.url_for("/r"))
    assert caught.value.until == NOW + timedelta(seconds=455)
    assert fake_time.sleeps == [] and (http.retries, http.waited_s) == (0, 0.0)


def test_a_spent_budget_past_the_deadline_rests_until_the_reset(httpserver, http, fake_time):
    """Remaining: 0 on a good answer: the next call would wait past the budget, so the run rests."""
    http.start_run(120)
    reset = (NOW + timedelta(minutes=15)).strftime("%Y-%m-%dT%H:%M:%S.000000Z")
    httpserver.expect_request("/r").respond_with_json([], headers={"X-RateLimit-Remaining": "0",
                                                                   "X-RateLimit-Reset": reset})
    http.get_json(httpserver.url_for("/r"), limits=MASTODON)
    with pytest.raises(SourceResting, match="its request budget is spent") as caught:
        http.get_json(httpserver.url_for("/r"), limits=MASTODON)
    assert caught.value.until == NOW + timedelta(minutes=15)


def test_a_wait_longer_than_max_wait_rests_even_inside_the_budget(httpserver, http, fake_time):
    """Sleeping max_wait_s and asking again would only earn another refusal (YouTube's day, X's window)."""
    http.start_run(3600)
    httpserver.expect_request("/r").respond_with_data("", status=503, headers={"Retry-After": "900"})
    with pytest.raises(SourceResting, match=r"longer than max_wait_s \(600 s\)"):
        http.get_json(httpserver.url_for("/r"))
    assert fake_time.sleeps == []


def test_our_own_backoff_past_the_deadline_is_no_rest(http, fake_time):
    """A refused connection is a failure: DeadlineError, not SourceResting (nothing to wait for)."""
    http.start_run(2)
    with pytest.raises(DeadlineError) as caught:
        http.get_json(f"http://127.0.0.1:{_closed_port()}/x")
    assert not isinstance(caught.value, SourceResting)


def test_retries_and_waits_are_counted_per_run(httpserver, http, fake_time, caplog):
    http.start_run(120)
    httpserver.expect_oneshot_request("/r").respond_with_data("", status=503, headers={"Retry-After": "5"})
    httpserver.expect_oneshot_request("/r").respond_with_data("", status=502)
    httpserver.expect_request("/r").respond_with_json([])
    with caplog.at_level("INFO"):
        http.get_json(httpserver.url_for("/r"))
    assert http.retries == 2 and http.waited_s == pytest.approx(sum(fake_time.sleeps), abs=0.01) and 5.0 in fake_time.sleeps
    assert len([r for r in caplog.records if "retrying in" in r.getMessage()]) == 2
    http.start_run(120)
    assert (http.retries, http.waited_s) == (0, 0.0)


def test_retrying_in_is_not_logged_when_a_spent_budget_would_stop_the_retry(httpserver, http, fake_time, caplog):
    """A 502 that also says the budget is spent until a reset past the deadline: our backoff would
    be short, but the reset governs the retry, so there is no retry and no 'retrying' line."""
    http.start_run(120)
    reset = str(int(NOW.timestamp()) + 900)
    httpserver.expect_request("/r").respond_with_data("", status=502, headers={"RateLimit-Remaining": "0",
                                                                               "RateLimit-Reset": reset})
    with caplog.at_level("INFO"), pytest.raises(SourceResting) as caught:
        http.get_json(httpserver.url_for("/r"), limits=EPOCH)
    assert caught.value.until == NOW + timedelta(seconds=900)
    assert not [r for r in caplog.records if "retrying in" in r.getMessage()] and fake_time.sleeps == []
