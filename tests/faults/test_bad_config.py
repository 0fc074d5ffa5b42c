"""A config with a wrong key or a wrong type: one clear line naming it, exit code 1, no traceback.

Known mistakes are checked through the CLI (in this process, and two in a real process for
the exit code and stderr); then hypothesis writes arbitrary monitor.toml files and environment
overrides (every declared setting, unknown keys, every TOML type including inf, nan, dates and
tables) and arbitrary `[collectors.<name>]` tables: loading them, and building each collector
from them, either works or raises ConfigError, never anything else.
"""

from __future__ import annotations

import json
import math
import os
import subprocess
from datetime import date, datetime, time as clock

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, example, given, settings, strategies as st

from monitor import pipeline
from monitor.cli import cli
from monitor.collectors import COLLECTORS
from monitor.config import SETTINGS, load_config
from monitor.errors import ConfigError
from tests.faults import helpers, ledger
from tests.conftest import store_at

FUZZ = settings(derandomize=True, max_examples=150, deadline=None, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])

KNOWN_BAD = [
    ("[detection]\nwindow_dayz = 3\n", {}, "unknown setting detection.window_dayz"),
    ("[detection]\nwindow_days = 'soon'\n", {}, "detection.window_days: expected a number"),
    ("[detection]\nwindow_days = inf\n", {}, "detection.window_days: expected a number"),
    ("[detection]\nmin_disrespect_share = nan\n", {}, "detection.min_disrespect_share"),
    ("[detection]\nmin_disrespect_share = 1.5\n", {}, "detection.min_disrespect_share"),
    ("[alerts]\nenabled = 'maybe'\n", {}, "alerts.enabled: expected true or false"),
    ("[alerts]\nquiet_start = '25:00'\nquiet_end = '07:00'\n", {}, "alerts.quiet_start"),
    ("[board]\ntime_zone = 'Mars/Olympus'\n", {}, "board.time_zone"),
    ("[board]\ntime_zone = 'America'\n", {}, "board.time_zone"),
    ("[board]\ntime_zone = '" + "x" * 300 + "'\n", {}, "board.time_zone"),
    ("[reports]\nformats = ['docx']\n", {}, "reports.formats"),
    ("[reports]\nformats = 'html'\nweekday = 'someday'\n", {}, "reports.weekday"),
    ("[model]\ndir = 3\n", {}, "model.dir: expected a path"),
    ("[model]\nbatch_size = [1, 2]\n", {}, "model.batch_size: expected a number"),
    ("detection = 3\n", {}, "[detection] must be a table"),
    ("[[brands]]\nhandles = ['@x']\n", {}, "brands[0].name is required"),
    ("[[brands]]\nname = 'Acme'\nhandles = '@acme'\n", {}, "brands[0].handles must be a list"),
    ("[crm]\ncolumns = 'id'\n", {}, "[crm.columns] must be a table"),
    ("collectors = 1\n", {}, "[collectors] must hold one table per source"),
    ("not toml = = =", {}, "not valid TOML"),
    ("", {"MONITOR_DETECTION_WINDOW_DAYS": "a week"}, "MONITOR_DETECTION_WINDOW_DAYS: expected a number"),
    ("", {"MONITOR_ALERTS_ENABLED": "perhaps"}, "MONITOR_ALERTS_ENABLED: expected true or false"),
    ("", {"MONITOR_BOARD_TIME_ZONE": "Etc"}, "board.time_zone"),
]


@pytest.mark.parametrize("body, env, named", KNOWN_BAD, ids=[n for *_, n in KNOWN_BAD])
def test_a_wrong_key_or_type_is_one_line_naming_it(tmp_path, monkeypatch, body, env, named):
    for name in [n for n in os.environ if n.startswith("MONITOR_")]:
        monkeypatch.delenv(name)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    config = tmp_path / "monitor.toml"
    config.write_text(body, encoding="utf-8")
    ledger.tried("configs: known mistakes")
    result = CliRunner().invoke(cli, ["--config", str(config), "--db", str(store_at("m")),
                                      "model", "list"], obj={})
    assert result.exit_code == 1 and isinstance(result.exception, SystemExit), (
        result.output, repr(result.exception))
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: ") and named in lines[0], result.output


@pytest.mark.parametrize("body", ["[detection]\nwindow_days = inf\n", "[board]\ntime_zone = 'America'\n"])
def test_a_real_process_exits_1_with_one_line_and_no_traceback(tmp_path, body):
    config = helpers.write_toml(tmp_path / "monitor.toml", body)
    done = subprocess.run(helpers.monitor_command(store_at("m"), "detect"), env=helpers.process_env(config),
                          cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert done.returncode == 1 and "Traceback" not in done.stderr, done.stderr
    assert len(done.stderr.strip().splitlines()) == 1 and done.stderr.startswith("Error: "), done.stderr


# ---- arbitrary configs -----------------------------------------------------------------------

KNOWN = [s.name for s in SETTINGS if s.name != "database.path"]  # never a file somewhere random
TEXT = st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=40)
SCALARS = (st.integers(min_value=-2**70, max_value=2**70) | st.floats() | st.booleans() | TEXT
           | st.sampled_from(["UTC", "America/Sao_Paulo", "08:00", "22:00", "html", "pt", "mon", "high",
                              "models", "http://x.test", "1e400", "nan", "-1", "0", "1"])
           | st.dates(min_value=date(1, 1, 1)) | st.datetimes() | st.times())
VALUES = st.recursive(SCALARS, lambda inner: st.lists(inner, max_size=3)
                      | st.dictionaries(st.from_regex(r"[a-z_]{1,8}", fullmatch=True), inner, max_size=3),
                      max_leaves=6)


def toml_value(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value) if abs(value) < 2**63 else json.dumps(str(value))  # TOML integers are 64-bit
    if isinstance(value, float):
        return "nan" if math.isnan(value) else ("inf" if value > 0 else "-inf") if math.isinf(value) else repr(value)
    if isinstance(value, (datetime, date, clock)):
        return value.isoformat()
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k} = {toml_value(v)}" for k, v in value.items()) + "}"
    return json.dumps(value)  # a JSON string is a TOML basic string


@st.composite
def configs(draw):
    chosen = draw(st.lists(st.sampled_from(KNOWN) | st.from_regex(r"[a-z]{1,6}\.[a-z_]{1,8}", fullmatch=True),
                           max_size=4, unique=True))
    tables: dict[str, dict] = {}
    for name in chosen:
        section, key = name.split(".", 1)
        tables.setdefault(section, {})[key] = draw(VALUES)
    body = "".join(f"[{section}]\n" + "".join(f"{k} = {toml_value(v)}\n" for k, v in keys.items())
                   for section, keys in tables.items())
    env = {f"MONITOR_{name.replace('.', '_').upper()}": draw(TEXT.filter(lambda t: "\x00" not in t))
           for name in draw(st.lists(st.sampled_from(KNOWN), max_size=2, unique=True))}
    return body, env


@FUZZ
@given(configs())
def test_any_config_loads_or_names_its_mistake(tmp_path, case):
    body, env = case
    ledger.tried("configs: arbitrary files and overrides")
    path = tmp_path / "monitor.toml"
    path.write_text(body, encoding="utf-8")
    try:
        config = load_config(path, env={**env, "MONITOR_DB": str(store_at("m"))})
    except ConfigError as exc:
        assert str(exc).strip() and "\n" not in str(exc).strip(), str(exc)
        return
    config.reports.hour_minute, config.alerts.quiet_hours  # noqa: B018 - what the scheduler reads
    from monitor.scheduler import build_scheduler
    build_scheduler(config)


URLS = st.sampled_from(["http://[::1", "https://[bad", "https://", "ftp://x.test/feed", "http://127.0.0.1:1/x",
                        "https://mastodon.social", "javascript:alert(1)", ""])
OPTION_VALUES = URLS | st.lists(URLS, max_size=3) | VALUES


@st.composite
def collector_tables(draw):
    name = draw(st.sampled_from(sorted(COLLECTORS)))
    spec = set(COLLECTORS[name].options_spec) | {"queries", "brand", "max_pages", "max_run_s", "timeout_s",
                                                  "lookback_hours", "interval_minutes", "enabled"}
    keys = draw(st.lists(st.sampled_from(sorted(spec)) | st.from_regex(r"[a-z_]{1,10}", fullmatch=True),
                         max_size=4, unique=True))
    return name, {key: draw(OPTION_VALUES) for key in keys}


@FUZZ
@example(("bluesky", {"base_url": "http://[::1"}))  # found: urlsplit's ValueError came out raw
@example(("rss", {"feeds": ["https://[bad"]}))
@given(collector_tables())
def test_any_collector_table_builds_or_names_its_mistake(tmp_path, case):
    name, table = case
    ledger.tried("configs: arbitrary collector tables")
    path = tmp_path / "monitor.toml"
    path.write_text(f"[collectors.{name}]\n" + "".join(f"{k} = {toml_value(v)}\n" for k, v in table.items()),
                    encoding="utf-8")
    try:
        config = load_config(path, env={"MONITOR_DB": str(store_at("m"))})
        collector = pipeline.build_collector(config, name)
    except ConfigError as exc:
        assert str(exc).strip(), name
        return
    collector.close()
