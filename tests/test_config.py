"""Configuration: defaults, TOML, environment overrides, clear errors, secrets never in files."""

from __future__ import annotations

from pathlib import Path

import pytest

from monitor.config import SETTINGS, load_config, render_default_toml
from monitor.secrets import secret_variables
from monitor.errors import ConfigError
from tests.conftest import store_at


def test_defaults_alone_run_the_product(tmp_path):
    config = load_config(tmp_path / "absent.toml", env={})
    assert str(config.db_path) == "var/monitor.db"
    assert config.brands[0].name == "Veloz"
    assert "#veloz" in config.brands[0].queries


def test_toml_then_environment_override(tmp_path):
    path = tmp_path / "monitor.toml"
    path.write_text('[detection]\nwindow_days = 30\n[[brands]]\nname = "Acme"\nhandles = ["@acme"]\n')
    config = load_config(path, env={"MONITOR_DETECTION_WINDOW_DAYS": "14", "MONITOR_DB": "x.db"})
    assert config.get("detection.window_days") == 14
    assert str(config.db_path) == "x.db"
    assert [b.name for b in config.brands] == ["Acme"]


@pytest.mark.parametrize("body, message", [
    ("[detection]\nwindow_days = 'soon'\n", "detection.window_days: expected a number"),
    ("[detection]\nwindow_dayz = 3\n", "unknown setting detection.window_dayz"),
    ("[[brands]]\nhandles = ['@x']\n", "brands[0].name is required"),
    ("not toml = = =", "not valid TOML"),
])
def test_bad_config_names_the_key(tmp_path, body, message):
    path = tmp_path / "monitor.toml"
    path.write_text(body)
    with pytest.raises(ConfigError, match=message.replace("[", r"\[").replace("]", r"\]")):
        load_config(path, env={})


def test_rendered_default_file_loads_back_to_the_defaults(tmp_path):
    path = tmp_path / "monitor.toml"
    path.write_text(render_default_toml())
    config = load_config(path, env={})
    for setting in SETTINGS:
        default = setting.default
        raw = [str(p) for p in default] if isinstance(default, tuple) else (
            str(default) if isinstance(default, Path) else default)
        assert config.get(setting.name) == raw
    assert config.enabled_collectors() == []


def test_init_writes_a_clean_production_config_and_only_the_demo_enables_replay(tmp_path):
    from click.testing import CliRunner

    from monitor.cli import cli
    from monitor.demo import demo_config

    path = tmp_path / "monitor.toml"
    result = CliRunner().invoke(cli, ["--db", str(store_at("m")), "--config", str(path), "init"], obj={})
    assert result.exit_code == 0, result.output
    config = load_config(path, env={})
    assert config.enabled_collectors() == []  # no demo posts under real source names
    assert not config.collectors.get("replay", {}).get("enabled", False)
    assert demo_config(config).enabled_collectors() == ["replay"]


def test_no_secret_has_a_setting():
    names = {s.name.replace(".", "_").upper() for s in SETTINGS}
    for secret in secret_variables():
        assert secret.removeprefix("MONITOR_") not in names


def test_an_unknown_time_zone_is_refused_at_load(tmp_path):
    path = tmp_path / "monitor.toml"
    path.write_text('[board]\ntime_zone = "Mars/Olympus"\n')
    with pytest.raises(ConfigError, match="board.time_zone"):
        load_config(path, env={})


def test_a_database_password_belongs_in_the_environment_not_the_file(tmp_path):
    path = tmp_path / "monitor.toml"
    path.write_text('[database]\npath = "postgresql://monitor:S3CRET@db.internal/monitor"\n', encoding="utf-8")
    with pytest.raises(ConfigError) as raised:
        load_config(path, env={})
    assert "database.path holds a password" in str(raised.value) and "S3CRET" not in str(raised.value)
    path.write_text('[database]\npath = "postgresql://monitor@db.internal/monitor"\n', encoding="utf-8")
    assert load_config(path, env={}).db_path == "postgresql://monitor@db.internal/monitor"
    env = {"MONITOR_DB": "postgresql://monitor:S3CRET@db.internal/monitor"}
    assert load_config(path, env=env).db_path == env["MONITOR_DB"]  # the environment may hold it
    assert load_config(path, env={"MONITOR_DB": "sqlite:///var/x.db"}).db_path == Path("var/x.db")
