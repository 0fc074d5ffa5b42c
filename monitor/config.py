"""Configuration: defaults <- monitor.toml <- MONITOR_* environment; secrets only from the environment.

Every setting is declared once, in the typed classes of `monitor.settings`, so the README,
`monitor init`, the validation and each component's typed settings come from one table.
`Config` keeps the raw values and builds each section's typed settings once; this module
imports no component (see `monitor.secrets` for the secrets, which the collectors declare).
"""

from __future__ import annotations

import copy
import os
import tomllib
from dataclasses import dataclass, field, fields
from functools import cached_property
from pathlib import Path
from typing import Any, Mapping

from monitor.errors import ConfigError
from monitor.settings import (SECTIONS, AlertSettings, BoardSettings, CrmSettings, DatabaseSettings,
                              DemoSettings, DetectionSettings, LinkingSettings, ModelSettings,
                              PlaybookSettings, ReportSettings, RetentionSettings, SchedulerSettings,
                              WorkerSettings, declared)

CONFIG_FILE = "monitor.toml"
BROKER_URL_ENV = "MONITOR_BROKER_URL"
"""Overrides workers.broker_url, like MONITOR_DB overrides database.path: the one place for a
broker URL that holds a password (secrets never live in monitor.toml)."""
REPO_ROOT = Path(__file__).resolve().parent.parent


def repo_path(path: str | Path) -> Path:
    """Relative paths from config resolve against the working directory, else the repository."""
    path = Path(path)
    if path.is_absolute() or path.exists():
        return path
    return REPO_ROOT / path


@dataclass(frozen=True)
class Setting:
    name: str  # dotted: section.key
    default: Any
    help: str


SETTINGS: tuple[Setting, ...] = tuple(Setting(name, default, help) for name, default, help in declared())
"""Every setting with its default and help, from the typed classes of `monitor.settings`."""
PASS_THROUGH_SECTIONS = ("brands", "collectors")
PASS_THROUGH_KEYS = (("crm", "columns"),)
"""Tables inside a typed section that components read raw (the CRM column mapping)."""

DEFAULT_BRANDS = [
    {
        "name": "Veloz",
        "handles": ["@veloz"],
        "hashtags": ["#veloz"],
        "keywords": ["veloz", "velozplus", "veloz card"],
    }
]


@dataclass(frozen=True)
class Brand:
    name: str
    handles: tuple[str, ...] = ()
    hashtags: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()

    @property
    def queries(self) -> list[str]:
        """Search terms collectors use for this brand (names, handles, hashtags, keywords)."""
        seen: dict[str, None] = {}
        for term in (self.name, *self.handles, *self.hashtags, *self.keywords):
            seen.setdefault(term, None)
        return list(seen)


@dataclass(frozen=True)
class Config:
    """The effective configuration: a nested mapping plus typed accessors for common values."""

    values: Mapping[str, Any]
    brands: tuple[Brand, ...]
    collectors: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    path: Path | None = None

    def get(self, name: str) -> Any:
        """One raw value by dotted name, as written in monitor.toml (components read the typed sections)."""
        section, key = name.split(".", 1)
        return self.values[section][key]

    def _typed(self, section: str) -> Any:
        cls = SECTIONS[section]
        raw = self.values.get(section, {})
        values = {f.name: _typed_value(f.default, raw[f.name]) for f in fields(cls) if f.name in raw}
        try:
            return cls(**values)
        except (TypeError, ValueError) as exc:
            raise ConfigError(str(exc)) from None

    @cached_property
    def database(self) -> DatabaseSettings:
        return self._typed("database")

    @cached_property
    def model(self) -> ModelSettings:
        return self._typed("model")

    @cached_property
    def detection(self) -> DetectionSettings:
        return self._typed("detection")

    @cached_property
    def linking(self) -> LinkingSettings:
        return self._typed("linking")

    @cached_property
    def alerts(self) -> AlertSettings:
        return self._typed("alerts")

    @cached_property
    def reports(self) -> ReportSettings:
        return self._typed("reports")

    @cached_property
    def scheduler(self) -> SchedulerSettings:
        return self._typed("scheduler")

    @cached_property
    def board(self) -> BoardSettings:
        return self._typed("board")

    @cached_property
    def demo(self) -> DemoSettings:
        return self._typed("demo")

    @cached_property
    def playbook(self) -> PlaybookSettings:
        return self._typed("playbook")

    @cached_property
    def crm(self) -> CrmSettings:
        return self._typed("crm")

    @cached_property
    def retention(self) -> RetentionSettings:
        return self._typed("retention")

    @cached_property
    def workers(self) -> WorkerSettings:
        return self._typed("workers")

    @property
    def db_path(self) -> Path | str:
        """The store: a SQLite file (a relative path is relative to the working directory) or a
        postgresql:// URL (`store.store_location`)."""
        from monitor.store import store_location

        return store_location(self.database.path)

    def section(self, name: str) -> dict[str, Any]:
        return dict(self.values.get(name, {}))

    def enabled_collectors(self) -> list[str]:
        return [name for name, options in self.collectors.items() if options.get("enabled", False)]

    def collector_interval_s(self, name: str) -> float:
        """Seconds between runs of a collector (the demo's replay source has its own setting)."""
        options = self.collectors.get(name, {})
        if name == "replay":
            return float(options.get("interval_s", self.demo.interval_s))
        return float(options.get("interval_minutes", 15)) * 60


def _defaults() -> dict[str, dict[str, Any]]:
    tree: dict[str, dict[str, Any]] = {}
    for setting in SETTINGS:
        section, key = setting.name.split(".", 1)
        tree.setdefault(section, {})[key] = _raw(setting.default)
    return tree


def _raw(default: Any) -> Any:
    """A default as monitor.toml writes it: paths as text, lists of paths as lists of text."""
    if isinstance(default, Path):
        return str(default)
    if isinstance(default, tuple):
        return [_raw(v) for v in default]
    return default


def _typed_value(default: Any, value: Any) -> Any:
    """A raw value as its typed setting wants it: relative paths resolved (see `repo_path`)."""
    if isinstance(default, Path):
        return repo_path(value)
    if isinstance(default, tuple):
        return tuple(_typed_value(default[0] if default else "", v) for v in value)
    return value


def _coerce(name: str, default: Any, value: Any) -> Any:
    """Bring a TOML or environment value to the type of its default, naming the key on failure."""
    if isinstance(default, bool):
        if isinstance(value, bool):
            return value
        text = str(value).strip().lower()
        if text in ("1", "true", "yes", "on"):
            return True
        if text in ("0", "false", "no", "off"):
            return False
        raise ConfigError(f"{name}: expected true or false, got {value!r}")
    if isinstance(default, tuple):
        items = value.split(",") if isinstance(value, str) else value
        if not isinstance(items, list | tuple) or not all(isinstance(v, str) for v in items):
            raise ConfigError(f"{name}: expected a list of text, got {value!r}")
        return [v.strip() for v in items if v.strip()]
    if isinstance(default, Path):
        if not isinstance(value, str):
            raise ConfigError(f"{name}: expected a path, got {value!r}")
        return value
    if isinstance(default, (int, float)):
        try:
            return type(default)(value)
        except (TypeError, ValueError, OverflowError):  # OverflowError: inf for a whole number
            raise ConfigError(f"{name}: expected a number, got {value!r}") from None
    if isinstance(value, (dict, list)):
        raise ConfigError(f"{name}: expected text, got {type(value).__name__}")
    return str(value)


def load_config(path: str | Path | None = None, env: Mapping[str, str] | None = None) -> Config:
    """Read monitor.toml (if present) over the defaults, then MONITOR_SECTION_KEY env overrides."""
    env = os.environ if env is None else env
    path = Path(path or env.get("MONITOR_CONFIG") or CONFIG_FILE)
    raw: dict[str, Any] = {}
    if path.exists():
        try:
            raw = tomllib.loads(path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    values = _defaults()
    known = {s.name: s for s in SETTINGS}
    for section, body in raw.items():
        if section in PASS_THROUGH_SECTIONS:
            continue
        if not isinstance(body, dict):
            raise ConfigError(f"{path}: [{section}] must be a table")
        for key, value in body.items():
            if (section, key) in PASS_THROUGH_KEYS:
                continue
            name = f"{section}.{key}"
            if name not in known:
                raise ConfigError(f"{path}: unknown setting {name}")
            values[section][key] = _coerce(name, known[name].default, value)
    if _has_password(values["workers"]["broker_url"]):
        raise ConfigError(f"{path}: workers.broker_url holds a password: set the URL in "
                          f"{BROKER_URL_ENV} instead (secrets are read only from the environment)")
    if _has_password(values["database"]["path"]):
        raise ConfigError(f"{path}: database.path holds a password: set the URL in MONITOR_DB "
                          "instead (secrets are read only from the environment)")
    for name, setting in known.items():
        env_name = "MONITOR_" + name.replace(".", "_").upper()
        if env_name in env:
            section, key = name.split(".", 1)
            values[section][key] = _coerce(env_name, setting.default, env[env_name])
    if env.get("MONITOR_DB"):
        values["database"]["path"] = env["MONITOR_DB"]
    if env.get(BROKER_URL_ENV):
        values["workers"]["broker_url"] = env[BROKER_URL_ENV].strip()
    brands = tuple(_parse_brand(path, i, b) for i, b in enumerate(raw.get("brands", DEFAULT_BRANDS)))
    crm = raw.get("crm", {})
    if not isinstance(crm, dict) or not isinstance(crm.get("columns", {}), dict):
        raise ConfigError(f"{path}: [crm.columns] must be a table of field = \"column name\"")
    values["crm"]["columns"] = dict(crm.get("columns", {}))
    collectors = raw.get("collectors", {})
    if not isinstance(collectors, dict) or not all(isinstance(v, dict) for v in collectors.values()):
        raise ConfigError(f"{path}: [collectors] must hold one table per source, e.g. [collectors.rss]")
    config = Config(values=values, brands=brands, collectors=copy.deepcopy(collectors), path=path)
    for section in SECTIONS:  # typed and validated once, here: a bad value fails at start-up
        getattr(config, section)
    return config


def _has_password(url: str) -> bool:
    """Whether a URL carries a password (redis://:secret@host or redis://user:secret@host)."""
    credentials, at, _ = url.partition("://")[2].partition("/")[0].rpartition("@")
    return bool(at) and ":" in credentials and bool(credentials.split(":", 1)[1])


def _parse_brand(path: Path, index: int, body: Any) -> Brand:
    if not isinstance(body, dict) or not str(body.get("name", "")).strip():
        raise ConfigError(f"{path}: brands[{index}].name is required")
    lists = {}
    for key in ("handles", "hashtags", "keywords"):
        value = body.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ConfigError(f"{path}: brands[{index}].{key} must be a list of strings")
        lists[key] = tuple(value)
    return Brand(name=str(body["name"]).strip(), **lists)


def render_default_toml() -> str:
    """The commented monitor.toml that `monitor init` writes: every setting with its default."""
    lines = ["# complaint-monitor configuration. Environment variables MONITOR_<SECTION>_<KEY> override.",
             "# Secrets (tokens, webhook URLs) are read only from the environment, never from this file.", ""]
    sections: dict[str, list[Setting]] = {}
    for setting in SETTINGS:
        sections.setdefault(setting.name.split(".", 1)[0], []).append(setting)
    for section, settings in sections.items():
        lines += ["", f"[{section}]"]
        for setting in settings:
            lines.append(f"# {setting.help}")
            lines.append(f"{setting.name.split('.', 1)[1]} = {_toml_value(_raw(setting.default))}")
    lines += ["", "# The brands being watched: names, handles, hashtags and keywords, per brand."]
    for brand in DEFAULT_BRANDS:
        lines.append("[[brands]]")
        for key, value in brand.items():
            lines.append(f"{key} = {_toml_value(value)}")
    lines += [
        "",
        "# Collectors: one table per source, `enabled = true` to schedule it. See README 'Sources'.",
        "# None is on: a production database only gets the posts of the sources you enable. (The",
        "# demo's `replay` source is switched on by `monitor demo` alone; never enable it here.)",
        "[collectors.hackernews]",
        "enabled = false",
        "interval_minutes = 15",
        "",
        "[collectors.mastodon]",
        "enabled = false",
        "interval_minutes = 10",
        'instances = ["https://mastodon.social"]',
        "",
        "[collectors.rss]",
        "enabled = false",
        "interval_minutes = 30",
        "feeds = []",
        "",
    ]
    return "\n".join(lines)


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    return '"' + str(value).replace("\\", "\\\\").replace('"', '\\"') + '"'
