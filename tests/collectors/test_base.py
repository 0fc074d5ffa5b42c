"""The shared collector contract: registry, options, cursor handling and per-run dedupe."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

import monitor.collectors as collectors
from monitor.collectors import COLLECTORS, get_collector
from monitor.collectors.cursor import CursorState
from monitor.collectors.hackernews import HackernewsCollector
from monitor.errors import ConfigError
from monitor.mention import Mention, parse_time

from .helpers import load_json, run
from .test_hackernews import FakeAlgolia


def test_every_collector_is_registered_under_its_file_stem():
    stems = {p.stem for p in Path(collectors.__file__).parent.glob("*.py")} - {
        "__init__", "base", "client", "cursor", "options"}
    assert stems <= set(COLLECTORS)
    assert all(get_collector(name).name == name for name in stems)
    with pytest.raises(ConfigError, match=r"collectors.myspace: unknown collector \(known: .*mastodon"):
        get_collector("myspace")


def test_unknown_options_are_logged_not_fatal(caplog):
    with caplog.at_level(logging.WARNING):
        HackernewsCollector.from_config({"queries": ["veloz"], "quereis": ["typo"]}, env={})
    assert "collectors.hackernews: ignoring unknown option(s) quereis" in caplog.text


@pytest.mark.parametrize("options, message", [
    ({"queries": "veloz"}, "collectors.hackernews.queries: must be a list of non-empty strings"),
    ({"queries": ["veloz"], "max_run_s": "2m"}, "collectors.hackernews.max_run_s: must be a number >= 0"),
    ({"queries": ["veloz"], "base_url": "hn.algolia.com"}, "collectors.hackernews.base_url: must be an http"),
    ("queries", "collectors.hackernews: must be a table of options"),
])
def test_option_errors_name_the_key(options, message):
    with pytest.raises(ConfigError, match=message):
        HackernewsCollector.from_config(options, env={})


def test_an_unreadable_cursor_restarts_from_scratch(httpserver, http, caplog):
    FakeAlgolia(httpserver, load_json("hackernews", "hits_new.json"))
    collector = HackernewsCollector.from_config(
        {"base_url": f"http://127.0.0.1:{httpserver.port}", "queries": ["veloz"]}, env={}, http=http)
    with caplog.at_level(logging.WARNING):
        assert run(collector, "{not json").ids == ["43212000"]
    assert "stored cursor is unreadable" in caplog.text


def test_a_post_matched_by_two_queries_is_yielded_once(httpserver, http):
    FakeAlgolia(httpserver, load_json("hackernews", "hits_new.json"))
    collector = HackernewsCollector.from_config(
        {"base_url": f"http://127.0.0.1:{httpserver.port}", "queries": ["veloz", "#veloz"]}, env={}, http=http)
    result = run(collector)
    assert result.ids == ["43212000"] and result.mentions[0].brand == "veloz"
    assert run(collector, result.cursor).ids == []


def test_seen_ids_are_bounded():
    state = CursorState()
    mentions = [Mention("x", str(n), "a", "t", parse_time("2026-03-04T00:00:00Z")) for n in range(1500)]
    assert len(state.take_unseen("k", mentions)) == 1500
    assert len(state.slot("k")["seen"]) == 1000
    assert state.take_unseen("k", mentions[-10:]) == []


def test_one_run_budget_for_every_collector_and_the_readme_names_it(tmp_path):
    from monitor.collectors.options import COMMON_OPTIONS
    from monitor.config import REPO_ROOT, load_config
    from monitor.pipeline import build_collector
    from monitor.settings import SchedulerSettings

    (tmp_path / "monitor.toml").write_text("[collectors.hackernews]\nenabled = true\n", encoding="utf-8")
    config = load_config(tmp_path / "monitor.toml", env={})
    budget = config.scheduler.max_run_s
    assert budget == SchedulerSettings.max_run_s == COMMON_OPTIONS["max_run_s"][1] == 120
    assert build_collector(config, "hackernews").options["max_run_s"] == budget
    assert HackernewsCollector.from_config({"queries": ["veloz"]}, env={}).options["max_run_s"] == budget
    readme = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    assert f"| `scheduler.max_run_s` | `{budget}` |" in readme
    assert f"`max_run_s` (`scheduler.max_run_s`, {budget})" in readme
