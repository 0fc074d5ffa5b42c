"""Delivery of the alert outbox to the team's chat channel, once each, as single messages or one
digest; and the alerts round that `monitor run` repeats (clock rules, then delivery).

The channel is an Apprise URL from MONITOR_ALERT_URL (a secret: never stored, logged or shown).
Apprise is the sender because one dependency speaks every channel the team may use (Slack,
Microsoft Teams workflows, Discord, Mattermost, Google Chat, Telegram, a JSON webhook, e-mail...)
with each service's own payload and escaping, and one URL is the whole configuration.

An alert is claimed before sending (two schedulers on one database never both send it) and
marked sent only after the channel accepted it: a channel that is down keeps it pending for the
next round. More than alerts.digest_over pending at once, or alerts that waited through the
quiet hours, go out as one digest message and are all marked `digest` together. The rules
themselves live in `monitor.alert_rules`, their words in `monitor.alert_texts`.
"""

from __future__ import annotations

import logging
import re
import uuid
from collections import Counter
from datetime import datetime
from typing import TYPE_CHECKING, Any, Iterable, Mapping, Protocol
from zoneinfo import ZoneInfo

from monitor.alert_texts import case_link, kind_label, number, plain, say
from monitor.errors import ConfigError
from monitor.mention import parse_time, utcnow
from monitor.settings import AlertSettings

if TYPE_CHECKING:
    from monitor.config import Config
    from monitor.store import Store

__all__ = ["ALERT_URL_ENV", "ALERT_URL_HELP", "AlertSink", "AppriseSink", "channel_configured",
           "deliver_pending", "plain", "queue", "run_round", "send_test",
           "sink_from_env"]

logger = logging.getLogger(__name__)

MAX_FAILURES_PER_ROUND = 3
DIGEST_LIMIT = 500
"""Most alerts one digest carries (more wait for the next round's digest)."""
DIGEST_CHARS = 1800
"""A digest's body stays under every channel's limit (Discord's is 2,000 with the title)."""
ALERT_URL_ENV = "MONITOR_ALERT_URL"
ALERT_URL_HELP = ("Chat channel for alerts, as an Apprise URL (Slack, Teams, Discord, Mattermost, "
                  "Google Chat, Telegram or a JSON webhook: see README 'Alerts').")


class AlertSink(Protocol):
    def send(self, title: str, body: str) -> bool:
        """Deliver one message; True only when the channel accepted it."""


class _Redact(logging.Filter):
    """Removes the alert URL's secret parts from the log lines of Apprise and of urllib3 (their
    debug and error lines quote request URLs, which carry the webhook token)."""

    secrets: set[str] = set()

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        for secret in self.secrets:
            message = message.replace(secret, "***")
        record.msg, record.args = message, None
        return True


_REDACT = _Redact()


class AppriseSink:
    """Sends through Apprise, as plain text (each service escapes it its own way) that pings
    nobody; the URL (a secret) is kept out of logs and error messages."""

    def __init__(self, url: str):
        import apprise

        _hide_in_logs(url)
        self._apprise = apprise.Apprise()
        apprise_logger = logging.getLogger("apprise")
        level = apprise_logger.level
        apprise_logger.setLevel(logging.CRITICAL)  # its parse errors quote the whole URL
        try:
            accepted = self._apprise.add(url)
        finally:
            apprise_logger.setLevel(level)
        if not accepted:
            raise ConfigError(f"{ALERT_URL_ENV} is not a URL Apprise understands (value not shown)")

    def send(self, title: str, body: str) -> bool:
        from apprise import NotifyFormat

        return bool(self._apprise.notify(title=no_pings(title), body=no_pings(body),
                                         body_format=NotifyFormat.TEXT))


REDACTED_LOGGERS = ("apprise", "urllib3.connectionpool")


def _hide_in_logs(url: str) -> None:
    """Register the URL's tokens (every part of 6 characters or more but the scheme and host
    names) with the redacting filter on the loggers that may quote it."""
    parts = re.split(r"[/:@?&=#]+", url.split("://", 1)[-1])
    _Redact.secrets |= {url, *(p for p in parts if len(p) >= 6 and "." not in p)}
    for name in REDACTED_LOGGERS:
        if _REDACT not in logging.getLogger(name).filters:
            logging.getLogger(name).addFilter(_REDACT)


def no_pings(text: str) -> str:
    """'@everyone', '@here', '@channel' and handles would notify people in Discord, Mattermost or
    Slack: every '@' goes out as the look-alike '＠', which notifies nobody."""
    return text.replace("@", "\uff20")


def sink_from_env(env: Mapping[str, str]) -> AlertSink | None:
    url = env.get(ALERT_URL_ENV, "").strip()
    return AppriseSink(url) if url else None


def channel_configured(env: Mapping[str, str]) -> bool:
    """Whether an alert channel is set (the board says so plainly when it is not)."""
    return bool(env.get(ALERT_URL_ENV, "").strip())


# ---- queuing and the round of `monitor run` --------------------------------------------------

def queue(store: "Store", alerts: Iterable[dict[str, Any]]) -> int:
    """Queue alerts made by the rules; returns how many were new (ids already queued are skipped)."""
    return sum(store.queue_alert(alert) for alert in alerts)


def run_round(store: "Store", config: "Config", env: Mapping[str, str],
              now: datetime | None = None) -> tuple[int, int, int]:
    """One alerts round: queue what the clock rules find (spike, drift, failing sources), then
    deliver. Returns (queued, sent, still pending)."""
    from monitor.alert_rules import AlertContext, clock_alerts

    now = now or utcnow()
    queued = queue(store, clock_alerts(store, now, AlertContext.from_config(config))) \
        if config.alerts.enabled else 0
    sent, pending = deliver_pending(store, sink_from_env(env), config.alerts, config.board.time_zone, now,
                                    config.board.public_url)
    return queued, sent, pending


# ---- delivery -------------------------------------------------------------------------------

def in_quiet_hours(moment: datetime, settings: AlertSettings, time_zone: str = "UTC") -> bool:
    """Whether the moment falls in the quiet hours (in the team's time zone; they may span midnight)."""
    hours = settings.quiet_hours
    if hours is None:
        return False
    local = moment.astimezone(ZoneInfo(time_zone))
    minute, (start, end) = local.hour * 60 + local.minute, hours
    return start <= minute < end if start < end else (minute >= start or minute < end)


def deliver_pending(store: "Store", sink: AlertSink | None, settings: AlertSettings | None = None,
                    time_zone: str = "UTC", now: datetime | None = None,
                    public_url: str = "") -> tuple[int, int]:
    """Send pending alerts, oldest first; returns (alerts delivered, still pending).

    Nothing goes out during the quiet hours. More than alerts.digest_over pending, or two or
    more that waited through the quiet hours, go out as one digest. A channel that keeps
    refusing stops this round after MAX_FAILURES_PER_ROUND tries; nothing is ever dropped.
    """
    settings = settings or AlertSettings()
    now = now or utcnow()
    if sink is None or in_quiet_hours(now, settings, time_zone):
        return 0, store.pending_count()
    pending = store.pending_alerts(DIGEST_LIMIT)
    waited = sum(in_quiet_hours(parse_time(a["created_at"]), settings, time_zone) for a in pending)
    if len(pending) > settings.digest_over or waited > 1:
        sent = _send_digest(store, sink, pending, settings.language, public_url, quiet=waited > 1)
    else:
        sent = _send_each(store, sink, pending)
    return sent, store.pending_count()


def _send_each(store: "Store", sink: AlertSink, pending: list[dict[str, Any]]) -> int:
    sent = failures = 0
    for alert in pending:
        if not store.claim_alert(alert["id"]):
            continue
        ok = _send(sink, plain(alert["title"], 200), plain(alert["body"]))
        store.mark_alert(alert["id"], sent=ok, error="" if ok else "channel did not accept")
        if ok:
            sent, failures = sent + 1, 0
        else:
            failures += 1
            if failures >= MAX_FAILURES_PER_ROUND:
                break
    return sent


def _send_digest(store: "Store", sink: AlertSink, pending: list[dict[str, Any]], lang: str,
                 public_url: str, quiet: bool) -> int:
    """Claim every pending alert for one digest, send it, and mark them all `digest` (or
    release them all, if the channel refused)."""
    digest_id = f"digest:{utcnow().strftime('%Y%m%dT%H%M%S')}:{uuid.uuid4().hex[:8]}"
    claimed = set(store.claim_alerts([a["id"] for a in pending], digest_id))
    alerts = [a for a in pending if a["id"] in claimed]
    if not alerts:
        return 0
    title, body = digest_message(alerts, lang, public_url, quiet)
    ok = _send(sink, title, body)
    store.mark_digest(digest_id, sent=ok, error="" if ok else "channel did not accept the digest")
    return len(alerts) if ok else 0


def digest_message(alerts: list[dict[str, Any]], lang: str, public_url: str = "",
                   quiet: bool = False) -> tuple[str, str]:
    """One message for many alerts: how many of each kind, then their titles, oldest first,
    as many as fit."""
    count = number(len(alerts), lang)
    title = say(lang, "digest.quiet_title" if quiet else "digest.title", count=count)
    kinds = Counter(a["kind"] for a in alerts)
    lines = [" \u00b7 ".join(f"{kind_label(kind, lang)}: {number(n, lang)}" for kind, n in kinds.most_common())]
    link = case_link(public_url, lang, None)
    room = DIGEST_CHARS - len(lines[0]) - len(link) - 80
    shown = 0
    for alert in alerts:
        line = "\u2022 " + plain(alert["title"], 200)
        if len(line) + 1 > room:
            break
        lines.append(line)
        room -= len(line) + 1
        shown += 1
    if shown < len(alerts):
        lines.append(say(lang, "digest.more", more=number(len(alerts) - shown, lang)))
    if link:
        lines.append(link)
    return title, plain("\n".join(lines), DIGEST_CHARS)


def _send(sink: AlertSink, title: str, body: str) -> bool:
    try:
        return bool(sink.send(title, body))
    except Exception as exc:  # noqa: BLE001 - a broken channel must not stop the scheduler
        logger.warning("alert channel error: %s", type(exc).__name__)
        return False


def send_test(sink: AlertSink, lang: str = "en", public_url: str = "") -> bool:
    """Send one test message to the channel; True when it accepted it."""
    link = case_link(public_url, lang, None)
    body = say(lang, "test.body") + (f"\n{link}" if link else "")
    return _send(sink, say(lang, "test.title"), body)

