"""A quarantined item is filed under the native id its mention would have had, for every source
whose payload carries one (issue 13): the quarantine row names the post, so it can be found at
the source and is recognisably the same item when fetched again.

Each case serves one broken item in the source's own shape from a local server, runs the
collector through the store, and reads the quarantine table.
"""

from __future__ import annotations

import copy
from datetime import timedelta

import pytest

from monitor.ingest import run_collector

from . import test_bluesky, test_hackernews, test_mastodon, test_reddit, test_rss, test_x, test_youtube
from .helpers import NOW, load_json


def _mastodon(server, http):
    status = copy.deepcopy(load_json("mastodon", "tag_timeline_new.json")[0])
    status["account"] = None  # TypeError in parse_account
    test_mastodon.FakeInstance(server, [status])
    return test_mastodon.build(server, http), status["uri"]


def _bluesky(server, http):
    post = copy.deepcopy(load_json("bluesky", "posts_new.json")[0])
    post["author"] = "did:plc:abc123xyz"  # a string where an object belongs
    test_bluesky.FakePds(server, [post])
    return test_bluesky.build(server, http), post["uri"]


def _reddit_json(server, http):
    child = copy.deepcopy(load_json("reddit", "posts_new.json")[0])
    child["data"]["name"] = None  # the fullname is missing, the base-36 id is not
    test_reddit.FakeReddit(server, [child])
    return test_reddit.build(server, http), f"t3_{child['data']['id']}"


def _reddit_rss(server, http):
    feed = """<?xml version="1.0" encoding="UTF-8"?><feed xmlns="http://www.w3.org/2005/Atom">
      <title>search results</title><id>/search.rss?q=veloz</id>
      <entry><author><name>/u/ana</name></author><id>t3_1b2zzz</id><title>Veloz ate my refund</title>
        <link href="https://www.reddit.com/r/brasil/comments/1b2zzz/veloz/" /></entry></feed>"""  # no date
    server.expect_request("/search.rss").respond_with_data(feed, content_type="application/atom+xml")
    return test_reddit.build(server, http, env={}), "t3_1b2zzz"


def _hackernews(server, http):
    hit = {"objectID": "43299999", "created_at_i": int(NOW.timestamp()) - 60, "comment_text": "Veloz down",
           "_tags": ["comment"]}  # no author
    test_hackernews.FakeAlgolia(server, [hit])
    return test_hackernews.build(server, http), "43299999"


def _x(server, http):
    fixture = load_json("x", "recent_search_new.json")
    tweet = {**fixture["tweets"][0], "created_at": "2099-01-01T00:00:00.000Z"}  # parses, dated out of range
    test_x.FakeX(server, {**fixture, "tweets": [tweet]})
    return test_x.build(server, http), tweet["id"]


def _youtube(server, http):
    thread = copy.deepcopy(load_json("youtube", "comment_threads_new.json")[0])
    del thread["snippet"]["topLevelComment"]["snippet"]["authorChannelId"]
    test_youtube.FakeYoutube(server, [thread])
    return test_youtube.build(server, http), thread["id"]


def _rss(server, http):
    redirect = "https://www.google.com/url?rct=j&sa=t&url=https://news.example.com/veloz-fees&ct=ga&usg=AOvVaw1"
    feed = f"""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Veloz</title>
      <item><link>{redirect}</link><pubDate>Wed, 04 Mar 2026 10:00:00 GMT</pubDate></item></channel></rss>"""
    server.expect_request("/feed").respond_with_data(feed, content_type="application/rss+xml")
    # no guid, no title, no text: unreadable, but its key is the article behind Google's redirect
    return test_rss.build(server, http, feeds=[test_rss.url(server, "/feed")]), "https://news.example.com/veloz-fees"


@pytest.mark.parametrize("serve", [_mastodon, _bluesky, _reddit_json, _reddit_rss, _hackernews, _x, _youtube, _rss],
                         ids=lambda f: f.__name__.strip("_"))
def test_a_quarantined_item_keeps_its_native_id(serve, httpserver, http, store):
    collector, native_id = serve(httpserver, http)
    result = run_collector(store, collector)
    rows = store.db.execute("SELECT source, native_id, error FROM quarantine").fetchall()
    assert result.quarantined == 1 and [(source, nid) for source, nid, _ in rows] == [(collector.name, native_id)]
    assert store.db.execute("SELECT quarantined FROM job_runs").fetchone()[0] == 1


def test_the_date_check_files_a_repost_under_the_repost(httpserver, http, store):
    """A boost parses into the original and the repost; out of range, it is filed as the boost."""
    boost = copy.deepcopy(load_json("mastodon", "tag_timeline.json")[0])
    assert boost["reblog"], "the fixture's first status is a boost"
    boost["created_at"] = (NOW + timedelta(days=30)).strftime("%Y-%m-%dT%H:%M:%S.000Z")
    test_mastodon.FakeInstance(httpserver, [boost])
    run_collector(store, test_mastodon.build(httpserver, http))
    assert [row[0] for row in store.db.execute("SELECT native_id FROM quarantine")] == [boost["uri"]]
