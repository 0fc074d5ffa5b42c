"""The README documents every setting, secret and collector (docs cannot drift from code)."""

from __future__ import annotations

from pathlib import Path

from monitor.config import SETTINGS
from monitor.secrets import secret_variables

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def test_every_setting_is_documented():
    for setting in SETTINGS:
        assert f"`{setting.name}`" in README, setting.name


def test_every_secret_is_documented():
    for name in secret_variables():
        assert f"`{name}`" in README, name


def test_every_collector_is_documented():
    from monitor.collectors import COLLECTORS

    for name in COLLECTORS:
        assert f"[collectors.{name}]" in README, name


def test_quick_start_has_exactly_the_two_commands_ci_runs():
    ci = (Path(__file__).resolve().parent.parent / ".ci" / "run").read_text()
    assert "bash scripts/test.sh" in ci
    assert "bash scripts/demo.sh" in README and "bash scripts/test.sh" in README
