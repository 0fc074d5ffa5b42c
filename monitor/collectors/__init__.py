"""The collectors, one module per source, registered by name in COLLECTORS (explicit imports, no discovery)."""

from __future__ import annotations

from monitor.collectors import (
    bluesky,  # noqa: F401  (importing a module registers its collector)
    file_import,  # noqa: F401
    hackernews,  # noqa: F401
    mastodon,  # noqa: F401
    reddit,  # noqa: F401
    replay,  # noqa: F401  (the demo's live source, owned by the demo)
    rss,  # noqa: F401
    x,  # noqa: F401
    youtube,  # noqa: F401
)
from monitor.collectors.base import COLLECTORS, Collector, HttpClient, Page, Quarantined
from monitor.errors import ConfigError

__all__ = ["COLLECTORS", "Collector", "HttpClient", "Page", "Quarantined", "get_collector"]


def get_collector(name: str) -> type[Collector]:
    """The collector class registered as `name`; ConfigError lists the known names otherwise."""
    try:
        return COLLECTORS[name]
    except KeyError:
        raise ConfigError(f"collectors.{name}: unknown collector (known: {', '.join(sorted(COLLECTORS))})") from None
