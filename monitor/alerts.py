"""Alert outbox delivery: pending alerts go to the chat channel, each marked sent exactly once.

Alerts are queued in the store with deterministic ids (so re-detection never duplicates
them) and only marked sent after the channel accepted them: a channel that is down keeps
them pending for the next run. The channel is an Apprise URL from MONITOR_ALERT_URL, which
covers Slack, Teams, Discord, Telegram, Mattermost, e-mail and plain JSON webhooks.
"""

from __future__ import annotations

import logging
from typing import Mapping, Protocol

from monitor.errors import ConfigError
from monitor.store import Store

logger = logging.getLogger(__name__)

MAX_BODY_CHARS = 900
MAX_FAILURES_PER_ROUND = 3


class AlertSink(Protocol):
    def send(self, title: str, body: str) -> bool:
        """Deliver one alert; True only when the channel accepted it."""


class AppriseSink:
    """Sends through Apprise; the URL (a secret) is kept out of logs and error messages."""

    def __init__(self, url: str):
        import apprise

        self._apprise = apprise.Apprise()
        apprise_logger = logging.getLogger("apprise")
        level = apprise_logger.level
        apprise_logger.setLevel(logging.CRITICAL)  # its parse errors quote the whole URL
        try:
            accepted = self._apprise.add(url)
        finally:
            apprise_logger.setLevel(level)
        if not accepted:
            raise ConfigError("MONITOR_ALERT_URL is not a URL Apprise understands (value not shown)")

    def send(self, title: str, body: str) -> bool:
        return bool(self._apprise.notify(title=title, body=body))


def sink_from_env(env: Mapping[str, str]) -> AlertSink | None:
    url = env.get("MONITOR_ALERT_URL", "").strip()
    return AppriseSink(url) if url else None


def plain(text: str, limit: int = MAX_BODY_CHARS) -> str:
    """Mention text goes out as short plain text: control characters removed, truncated."""
    cleaned = "".join(ch if ch.isprintable() or ch == "\n" else " " for ch in text)
    return cleaned if len(cleaned) <= limit else cleaned[: limit - 1] + "…"


def deliver_pending(store: Store, sink: AlertSink | None) -> tuple[int, int]:
    """Send pending alerts oldest first; returns (sent, still_pending).

    Each alert is claimed before sending (two schedulers on one database never both send it)
    and marked sent only after the channel accepted it. A channel that keeps refusing stops
    this round after MAX_FAILURES_PER_ROUND; nothing is ever dropped.
    """
    pending = store.pending_alerts()
    if sink is None:
        return 0, len(pending)
    sent = failures = 0
    for alert in pending:
        if not store.claim_alert(alert["id"]):
            continue
        try:
            ok = sink.send(plain(alert["title"], 200), plain(alert["body"]))
        except Exception as exc:  # noqa: BLE001 - a broken channel must not stop the scheduler
            ok = False
            logger.warning("alert channel error: %s", type(exc).__name__)
        store.mark_alert(alert["id"], sent=ok, error="" if ok else "channel did not accept")
        if ok:
            sent, failures = sent + 1, 0
        else:
            failures += 1
            if failures >= MAX_FAILURES_PER_ROUND:
                break
    return sent, len(store.pending_alerts())
