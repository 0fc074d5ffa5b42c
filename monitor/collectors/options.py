"""Validation of a collector's options table (`[collectors.<name>]` in the TOML config).

Each collector declares `{key: (kind, default)}`; this module checks types and fills defaults,
raising ConfigError messages that name the full key. It knows no collector.
"""

from __future__ import annotations

import copy
import logging
from collections.abc import Callable, Mapping
from typing import Any
from urllib.parse import urlsplit

from monitor.errors import ConfigError
from monitor.settings import SchedulerSettings

logger = logging.getLogger(__name__)

REQUIRED = object()
"""Default marker for options that have no sensible default."""

OptionSpec = Mapping[str, tuple[str, Any]]


def _text(value: Any, where: str) -> str:
    if not isinstance(value, str):
        raise ConfigError(f"{where}: must be a string")
    return value.strip()


def _url(value: Any, where: str) -> str:
    try:
        parts = urlsplit(value) if isinstance(value, str) else None
    except ValueError:  # e.g. 'http://[::1': an unclosed IPv6 address
        parts = None
    if parts is None or parts.scheme not in ("http", "https") or not parts.netloc:
        raise ConfigError(f"{where}: must be an http(s) URL")
    return value.strip().rstrip("/")


def _texts(value: Any, where: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(item, str) and item.strip() for item in value):
        raise ConfigError(f"{where}: must be a list of non-empty strings")
    return list(dict.fromkeys(item.strip() for item in value))


def _urls(value: Any, where: str) -> list[str]:
    if not isinstance(value, list):
        raise ConfigError(f"{where}: must be a list of URLs")
    try:
        return list(dict.fromkeys(_url(item, where) for item in value))
    except ConfigError:
        raise ConfigError(f"{where}: must be a list of URLs") from None


def _count(value: Any, where: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ConfigError(f"{where}: must be a whole number >= 1")
    return value


def _number(value: Any, where: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
        raise ConfigError(f"{where}: must be a number >= 0")
    return float(value)


def _flag(value: Any, where: str) -> bool:
    if not isinstance(value, bool):
        raise ConfigError(f"{where}: must be true or false")
    return value


KINDS: dict[str, Callable[[Any, str], Any]] = {
    "text": _text,
    "url": _url,
    "texts": _texts,
    "urls": _urls,
    "count": _count,
    "number": _number,
    "flag": _flag,
}

COMMON_OPTIONS: dict[str, tuple[str, Any]] = {
    "brand": ("text", ""),
    "queries": ("texts", []),
    "max_pages": ("count", 10),
    "max_run_s": ("number", float(SchedulerSettings.max_run_s)),  # the one run budget
    "timeout_s": ("number", 20.0),
    "lookback_hours": ("number", 24.0),
}


def read_options(source: str, values: Mapping[str, Any] | None, spec: OptionSpec) -> dict[str, Any]:
    """Check `values` against `spec` (plus COMMON_OPTIONS) and return them with defaults filled in.

    Unknown keys are logged, not rejected: the config file may carry keys other modules read
    (e.g. a schedule).
    """
    values = {} if values is None else values
    if not isinstance(values, Mapping):
        raise ConfigError(f"collectors.{source}: must be a table of options")
    full_spec = {**COMMON_OPTIONS, **spec}
    unknown = sorted(set(values) - set(full_spec))
    if unknown:
        logger.warning("collectors.%s: ignoring unknown option(s) %s", source, ", ".join(unknown))
    result: dict[str, Any] = {}
    for key, (kind, default) in full_spec.items():
        where = f"collectors.{source}.{key}"
        if values.get(key) is None:
            if default is REQUIRED:
                raise ConfigError(f"{where}: is required")
            result[key] = copy.copy(default)
        else:
            result[key] = KINDS[kind](values[key], where)
    return result
