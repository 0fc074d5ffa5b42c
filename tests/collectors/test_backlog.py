"""Each rate-limited source completes its backlog over several runs (issue 13).

The local server speaks the source's API and refuses mid-walk with a reset far past the run's
budget (Mastodon's next 5-minute boundary, X's 15-minute window, YouTube's daily quota until
midnight Pacific, Bluesky's window, HN's Retry-After). Run 1 stores some pages and ends
'resting until T'; each later run starts just past T (the scheduler's next round), resumes from
its last stored page instead of the newest, and the runs together store every post exactly once,
new posts that arrived meanwhile included, and end with the watermark at the newest post.
"""

from __future__ import annotations

import json
import math
from datetime import datetime, timedelta, timezone
from typing import Any

from monitor.collectors.youtube import quota_reset

from . import test_bluesky, test_hackernews, test_mastodon, test_x, test_youtube
from .backlog import RateLimited, WallClock, run_until_done, slot, stored_ids
from .helpers import NOW, json_response, load_json


def _five_minutes(now: datetime) -> datetime:
    return now.replace(minute=now.minute - now.minute % 5, second=0, microsecond=0) + timedelta(minutes=5)


def _fifteen_minutes(now: datetime) -> datetime:
    return now.replace(minute=now.minute - now.minute % 15, second=0, microsecond=0) + timedelta(minutes=15)


def _assert_backlog_done(store, source: str, expected: set[str], backlog) -> None:
    ids = stored_ids(store, source)
    assert len(ids) == len(set(ids)), "a post was stored twice"
    assert set(ids) == expected, f"lost: {sorted(expected - set(ids))}"
    assert backlog.statuses[0] == "resting" and backlog.statuses[-1] == "ok"
    assert backlog.runs[0]["error"].startswith(f"resting until {backlog.runs[0]['resting_until']}")
    assert 0 < backlog.runs[0]["stored"] < len(expected)  # run 1 kept the pages it got
    assert sum(run["stored"] for run in backlog.runs) == len(expected)


# ---- Mastodon: 5-minute windows, the budget read from X-RateLimit-Remaining ------------------

def _status(n: int) -> dict[str, Any]:
    at = NOW - timedelta(minutes=10 * n + 1)
    return {"id": str(113600000000000000 + 100 - n), "uri": f"https://ex.example/users/u{n % 4}/statuses/{n}",
            "url": f"https://ex.example/@u{n % 4}/{n}", "created_at": at.strftime("%Y-%m-%dT%H:%M:%S.000Z"),
            "language": "en", "spoiler_text": "", "reblog": None,
            "content": f"<p>Veloz card declined again, case {n} #veloz</p>",
            "account": {"id": str(n % 4), "username": f"u{n % 4}", "acct": f"u{n % 4}@ex.example",
                        "display_name": f"User {n % 4}"}}


def test_mastodon_first_walk_rests_at_the_window_and_resumes_where_it_stopped(httpserver, store):
    clock = WallClock(NOW)
    limiter = RateLimited(
        httpserver, test_mastodon.TAG_PATH, clock, allowed=3, window_end=_five_minutes,
        refuse=lambda reset: json_response({"error": "Too many requests"}, 429, headers={
            "X-RateLimit-Remaining": "0", "X-RateLimit-Reset": reset.strftime("%Y-%m-%dT%H:%M:%S.000000Z")}),
        headers=lambda left, reset: {"X-RateLimit-Remaining": str(left),
                                     "X-RateLimit-Reset": reset.strftime("%Y-%m-%dT%H:%M:%S.000000Z")})
    instance = test_mastodon.FakeInstance(httpserver, [_status(n) for n in range(1, 21)], page_size=2)
    limiter.inner = instance.handle
    arrived = [_status(n) for n in (-1, -2, -3)]  # newer than everything above (higher ids)

    def between(number: int) -> None:
        if number == 2:
            instance.statuses += arrived

    build = lambda http: test_mastodon.build(httpserver, http, {"lookback_hours": 6, "max_pages": 50})
    backlog = run_until_done(store, clock, build, between)

    expected = {s["uri"] for s in instance.statuses}
    _assert_backlog_done(store, "mastodon", expected, backlog)
    first_rest = datetime.fromisoformat(backlog.runs[0]["resting_until"].replace("Z", "+00:00"))
    assert first_rest == _five_minutes(NOW)  # the reset the instance named, not a guess
    # Run 1 walked back 3 pages; run 2 went on below its last status (n=6), not from the top.
    assert "max_id" not in limiter.served[0] and limiter.served[3]["max_id"] == _status(6)["id"]
    state = slot(store, "mastodon", f"{instance.url}#veloz")
    assert state["watermark"] == max((s["id"] for s in instance.statuses), key=lambda i: (len(i), i))
    assert "resume_from" not in state and "walk_top" not in state
    assert limiter.refused == 0  # the client stopped on Remaining: 0 instead of asking again


# ---- X: the app's 15-minute window is spent (429 with x-rate-limit-reset) --------------------

def _tweets(numbers) -> list[dict[str, Any]]:
    return [{"id": str(1898000000000000000 + 100 - n), "text": f"@Veloz charged twice, order {n}",
             "author_id": "2244994945", "lang": "en",
             "created_at": (NOW - timedelta(minutes=7 * n + 1)).strftime("%Y-%m-%dT%H:%M:%S.000Z")}
            for n in numbers]


def test_x_rests_for_the_15_minute_window_and_resumes_with_its_next_token(httpserver, store):
    clock = WallClock(NOW)
    limiter = RateLimited(
        httpserver, test_x.PATH, clock, allowed=2, window_end=_fifteen_minutes,
        refuse=lambda reset: json_response({"title": "Too Many Requests", "detail": "Too Many Requests",
                                            "type": "about:blank", "status": 429}, 429,
                                           headers={"x-rate-limit-limit": "450", "x-rate-limit-remaining": "0",
                                                    "x-rate-limit-reset": str(int(reset.timestamp()))}),
        headers=lambda left, reset: {"x-rate-limit-remaining": "440",  # shared with another process
                                     "x-rate-limit-reset": str(int(reset.timestamp()))})
    fixture = load_json("x", "recent_search_new.json")
    fake = test_x.FakeX(httpserver, {**fixture, "tweets": _tweets(range(1, 12))}, page_size=2)
    limiter.inner = fake.handle

    def between(number: int) -> None:
        if number == 3:
            fake.tweets += _tweets((-1, -2))

    backlog = run_until_done(store, clock, lambda http: test_x.build(httpserver, http, {"max_pages": 50}), between)

    _assert_backlog_done(store, "x", {t["id"] for t in fake.tweets}, backlog)
    assert backlog.runs[0]["resting_until"] == _fifteen_minutes(NOW).strftime("%Y-%m-%dT%H:%M:%SZ")
    # Paid reads: each page of the first walk was read once, the walk resumed with its next_token
    # and the same start_time (never again from the newest page).
    first_walk = [args for args in limiter.served if "since_id" not in args]
    assert [args.get("next_token") for args in first_walk] == [None] + [f"tok-{n}" for n in range(2, 13, 2)]
    assert len({args["start_time"] for args in first_walk}) == 1
    state = slot(store, "x", "@Veloz -is:retweet")
    assert state["watermark"] == max(t["id"] for t in fake.tweets) and "resume_from" not in state
    assert backlog.runs[0]["retries"] == 0 and limiter.refused == len(backlog.runs) - 1


# ---- YouTube: the daily quota is spent (403 quotaExceeded) until midnight Pacific ------------

def _threads(numbers) -> list[dict[str, Any]]:
    template = load_json("youtube", "comment_threads_new.json")[0]
    threads = []
    for n in numbers:
        comment = {**template["snippet"]["topLevelComment"]["snippet"], "textDisplay": f"Still broken, take {n}",
                   "publishedAt": (NOW - timedelta(minutes=9 * n + 1)).strftime("%Y-%m-%dT%H:%M:%SZ")}
        threads.append({**template, "id": f"Ugz{n + 100}", "snippet": {
            **template["snippet"], "topLevelComment": {**template["snippet"]["topLevelComment"], "snippet": comment}}})
    return threads


def test_youtube_rests_until_the_quota_resets_at_midnight_pacific_and_resumes(httpserver, store):
    clock = WallClock(NOW)
    quota = load_json("youtube", "error_quota_exceeded.json")
    limiter = RateLimited(httpserver, test_youtube.PATH, clock, allowed=2, window_end=quota_reset,
                          refuse=lambda reset: json_response(quota, 403))
    fake = test_youtube.FakeYoutube(httpserver, _threads(range(1, 10)), page_size=2)
    limiter.inner = fake.handle

    def between(number: int) -> None:
        if number == 2:
            fake.items += _threads((-1,))

    backlog = run_until_done(store, clock, lambda http: test_youtube.build(httpserver, http, {"max_pages": 50}),
                             between)

    _assert_backlog_done(store, "youtube", {t["id"] for t in fake.items}, backlog)
    assert backlog.runs[0]["resting_until"] == "2026-03-05T08:00:00Z"  # midnight PST
    assert "quotaExceeded" in backlog.runs[0]["error"]
    tokens = [args.get("pageToken") for args in limiter.served]
    assert tokens[:4] == [None, "2", "4", "6"]  # run 2 went on from page 3, next day
    state = slot(store, "youtube", "video:vid12345678")
    newest = max(t["snippet"]["topLevelComment"]["snippet"]["publishedAt"] for t in fake.items)
    assert state["watermark"] == newest and "resume_from" not in state


def test_quota_reset_is_the_next_midnight_in_los_angeles():
    assert quota_reset(datetime(2026, 3, 4, 12, 0, tzinfo=timezone.utc)) == datetime(2026, 3, 5, 8, 0, tzinfo=timezone.utc)
    # after the switch to daylight saving time (8 March 2026) midnight is 07:00 UTC
    assert quota_reset(datetime(2026, 3, 9, 6, 59, tzinfo=timezone.utc)) == datetime(2026, 3, 9, 7, 0, tzinfo=timezone.utc)


# ---- Bluesky: 429 with RateLimit-Reset (epoch) ------------------------------------------------

def _posts(numbers) -> list[dict[str, Any]]:
    template = load_json("bluesky", "posts_new.json")[0]
    posts = []
    for n in numbers:
        at = (NOW - timedelta(minutes=6 * n + 1)).strftime("%Y-%m-%dT%H:%M:%S.000Z")
        posts.append({**template, "uri": f"at://did:plc:abc123xyz/app.bsky.feed.post/3lk{n + 100}",
                      "record": {**template["record"], "text": f"Veloz lost my order {n}", "createdAt": at},
                      "indexedAt": at})
    return posts


def test_bluesky_rests_for_its_window_and_resumes_with_its_cursor(httpserver, store):
    clock = WallClock(NOW)
    limiter = RateLimited(
        httpserver, test_bluesky.SEARCH, clock, allowed=3, window_end=_five_minutes,
        refuse=lambda reset: json_response({"error": "RateLimitExceeded", "message": "Rate Limit Exceeded"}, 429,
                                           headers={"RateLimit-Remaining": "0",
                                                    "RateLimit-Reset": str(int(reset.timestamp()))}),
        headers=lambda left, reset: {"RateLimit-Remaining": str(left + 10),
                                     "RateLimit-Reset": str(int(reset.timestamp()))})
    pds = test_bluesky.FakePds(httpserver, _posts(range(1, 14)), page_size=2)
    limiter.inner = pds.search

    backlog = run_until_done(store, clock, lambda http: test_bluesky.build(httpserver, http, {"max_pages": 50}))

    _assert_backlog_done(store, "bluesky", {p["uri"] for p in pds.posts}, backlog)
    cursors = [args.get("cursor") for args in limiter.served]
    assert cursors[:4] == [None, "2", "4", "6"]


# ---- Hacker News: a long Retry-After ---------------------------------------------------------

def test_hackernews_long_retry_after_rests_and_resumes_at_its_page(httpserver, store):
    clock = WallClock(NOW)
    hits = [{"objectID": str(43300000 + n), "created_at_i": int(NOW.timestamp()) - 600 * n - 60,
             "author": f"u{n % 3}", "comment_text": f"Veloz outage again, day {n}", "_tags": ["comment"]}
            for n in range(1, 12)]
    limiter = RateLimited(
        httpserver, test_hackernews.PATH, clock, allowed=2,
        window_end=lambda now: now.replace(minute=0, second=0, microsecond=0) + timedelta(hours=1),
        refuse=lambda reset: json_response({"message": "Too many requests"}, 429, headers={
            "Retry-After": str(math.ceil((reset - clock.now).total_seconds()))}))
    algolia = test_hackernews.FakeAlgolia(httpserver, hits, page_size=2)
    limiter.inner = algolia.handle

    backlog = run_until_done(store, clock, lambda http: test_hackernews.build(httpserver, http, {"max_pages": 50}))

    _assert_backlog_done(store, "hackernews", {h["objectID"] for h in hits}, backlog)
    assert [args["page"] for args in limiter.served][:4] == ["0", "1", "2", "3"]


def test_a_refused_resume_token_walks_again_from_the_newest_page(httpserver, store, caplog):
    """An expired page token (the source answers 400) costs a re-walk, never the backlog."""
    clock = WallClock(NOW)
    fake = test_youtube.FakeYoutube(httpserver, _threads(range(1, 6)), page_size=2)
    httpserver.expect_oneshot_request(test_youtube.PATH, query_string={
        "part": "snippet", "videoId": "vid12345678", "maxResults": "100", "order": "time", "textFormat": "html",
        "pageToken": "4"}).respond_with_response(json_response(
            {"error": {"code": 400, "message": "The request specifies an invalid page token.",
                       "errors": [{"reason": "invalidPageToken", "domain": "youtube.parameter"}]}}, 400))
    cursor = {"video:vid12345678": {"resume_from": "4", "walk_top": "2026-03-04T11:50:00Z",
                                    "walk_floor": "2026-03-03T12:00:00Z", "seen": []}}
    store.save_page([], "youtube", json.dumps(cursor))
    with caplog.at_level("WARNING"):
        backlog = run_until_done(store, clock, lambda http: test_youtube.build(httpserver, http))
    assert backlog.statuses == ["ok"]
    assert "cannot resume the walk where it stopped" in caplog.text
    assert set(stored_ids(store, "youtube")) == {t["id"] for t in fake.items}
    assert [r.get("pageToken") for r in fake.requests][:2] == [None, "2"]
