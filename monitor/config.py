"""Configuration: defaults <- monitor.toml <- MONITOR_* environment; secrets only from the environment.

Every setting is declared once in SETTINGS with its default and help text, so the README,
`monitor init` and the validation all come from the same table.
"""

from __future__ import annotations

import copy
import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping

from monitor.errors import ConfigError

CONFIG_FILE = "monitor.toml"
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


SETTINGS: tuple[Setting, ...] = (
    Setting("database.path", "var/monitor.db", "SQLite file holding everything (MONITOR_DB overrides)."),
    Setting("model.dir", "models", "Folder of trained classifier versions; CURRENT names the one in use."),
    Setting("model.embedder", "", "Override the embedder of the current model, e.g. 'sentence-transformers:<name>' (empty: the model's own)."),
    Setting("model.batch_size", 256, "Mentions classified per batch."),
    Setting("model.shared_datasets", "../shared/datasets", "Folder of real labelled posts and public corpora that `monitor train` learns from (read there, never copied)."),
    Setting("detection.coordination_minutes", 15, "Near-identical posts by different accounts within this many minutes form a coordinated group."),
    Setting("linking.auto_confidence", 0.92, "Author-customer links at or above this confidence are made automatically."),
    Setting("linking.min_confidence", 0.85, "Fuzzy name matches below this confidence are not proposed at all."),
    Setting("alerts.enabled", True, "Queue alerts for new campaigns, coordinated groups and failing sources."),
    Setting("alerts.min_interval_minutes", 1, "How often `monitor run` tries to deliver pending alerts."),
    Setting("reports.dir", "var/reports", "Where weekly reports are written."),
    Setting("reports.weekday", "mon", "Day of the week `monitor run` writes the weekly report."),
    Setting("scheduler.detect_minutes", 5, "How often `monitor run` re-scores authors (also after every collection)."),
    Setting("scheduler.max_run_s", 300, "Upper bound on one collector run."),
    Setting("board.port", 8501, "Port of the live board."),
    Setting("board.refresh_s", 10, "How often the board reloads new mentions."),
    Setting("demo.file", "data/demo/mentions.jsonl", "Demo mentions replayed by the `replay` source."),
    Setting("demo.batch", 25, "Demo mentions released per replay run."),
    Setting("demo.interval_s", 15, "Seconds between replay runs."),
)

def _component_settings() -> tuple[Setting, ...]:
    """Detection and playbook thresholds are declared beside the code that uses them."""
    from dataclasses import asdict

    from monitor.detection import settings_table
    from monitor.playbook import PLAYBOOK_HELP, PlaybookSettings

    playbook_defaults = asdict(PlaybookSettings())
    return (
        *(Setting(f"detection.{name}", default, help) for name, default, help in settings_table()),
        *(Setting(f"playbook.{name}", playbook_defaults[name], help) for name, help in PLAYBOOK_HELP.items()),
    )


SETTINGS = SETTINGS + _component_settings()
PASS_THROUGH_SECTIONS = ("brands", "collectors", "crm")

# Secrets: environment variable -> what it is for. Never read from files, never stored.
SECRETS: dict[str, str] = {
    "MONITOR_ALERT_URL": "Chat channel for alerts, as an Apprise URL (e.g. a Slack, Teams, Discord or Telegram URL).",
    "MONITOR_MASTODON_TOKEN": "Optional Mastodon user token for status search.",
    "MONITOR_BLUESKY_HANDLE": "Bluesky account handle used to log in for search.",
    "MONITOR_BLUESKY_APP_PASSWORD": "Bluesky app password (Settings > App passwords).",
    "MONITOR_REDDIT_CLIENT_ID": "Reddit OAuth app client id (script or web app).",
    "MONITOR_REDDIT_CLIENT_SECRET": "Reddit OAuth app client secret.",
    "MONITOR_X_BEARER_TOKEN": "X API v2 app bearer token.",
    "MONITOR_YOUTUBE_API_KEY": "YouTube Data API v3 key.",
}

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
        section, key = name.split(".", 1)
        return self.values[section][key]

    @property
    def db_path(self) -> Path:
        return Path(self.get("database.path"))

    def section(self, name: str) -> dict[str, Any]:
        return dict(self.values.get(name, {}))

    def enabled_collectors(self) -> list[str]:
        return [name for name, options in self.collectors.items() if options.get("enabled", False)]

    def collector_interval_s(self, name: str) -> float:
        """Seconds between runs of a collector (the demo's replay source has its own setting)."""
        options = self.collectors.get(name, {})
        if name == "replay":
            return float(options.get("interval_s", self.get("demo.interval_s")))
        return float(options.get("interval_minutes", 15)) * 60


def _defaults() -> dict[str, dict[str, Any]]:
    tree: dict[str, dict[str, Any]] = {}
    for setting in SETTINGS:
        section, key = setting.name.split(".", 1)
        tree.setdefault(section, {})[key] = setting.default
    return tree


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
    if isinstance(default, (int, float)):
        try:
            return type(default)(value)
        except (TypeError, ValueError):
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
            name = f"{section}.{key}"
            if name not in known:
                raise ConfigError(f"{path}: unknown setting {name}")
            values[section][key] = _coerce(name, known[name].default, value)
    for name, setting in known.items():
        env_name = "MONITOR_" + name.replace(".", "_").upper()
        if env_name in env:
            section, key = name.split(".", 1)
            values[section][key] = _coerce(env_name, setting.default, env[env_name])
    if env.get("MONITOR_DB"):
        values["database"]["path"] = env["MONITOR_DB"]
    brands = tuple(_parse_brand(path, i, b) for i, b in enumerate(raw.get("brands", DEFAULT_BRANDS)))
    crm = raw.get("crm", {})
    if not isinstance(crm, dict) or not isinstance(crm.get("columns", {}), dict):
        raise ConfigError(f"{path}: [crm.columns] must be a table of field = \"column name\"")
    values["crm"] = dict(crm)
    collectors = raw.get("collectors", {})
    if not isinstance(collectors, dict) or not all(isinstance(v, dict) for v in collectors.values()):
        raise ConfigError(f"{path}: [collectors] must hold one table per source, e.g. [collectors.rss]")
    return Config(values=values, brands=brands, collectors=copy.deepcopy(collectors), path=path)


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
            lines.append(f"{setting.name.split('.', 1)[1]} = {_toml_value(setting.default)}")
    lines += ["", "# The brands being watched: names, handles, hashtags and keywords, per brand."]
    for brand in DEFAULT_BRANDS:
        lines.append("[[brands]]")
        for key, value in brand.items():
            lines.append(f"{key} = {_toml_value(value)}")
    lines += [
        "",
        "# Collectors: one table per source, `enabled = true` to schedule it. See README 'Sources'.",
        "[collectors.replay]",
        "enabled = true",
        "",
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
