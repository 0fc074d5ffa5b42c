"""Alerts: every kind and its wording, and delivery of the outbox to the chat channel.

Kinds: a subject that just became a campaign, a coordinated group seen for the first time, a
source that keeps failing. Alerts are queued in the store with deterministic ids (so
re-detection never duplicates them) and only marked sent after the channel accepted them: a
channel that is down keeps them pending for the next run. The channel is an Apprise URL from MONITOR_ALERT_URL, which
covers Slack, Teams, Discord, Telegram, Mattermost, e-mail and plain JSON webhooks.
"""

from __future__ import annotations

import json
import logging
from datetime import datetime
from typing import TYPE_CHECKING, Any, Callable, Mapping, Protocol

from monitor.errors import ConfigError
from monitor.mention import iso
from monitor.settings import PlaybookSettings

if TYPE_CHECKING:
    from monitor.store import Store

logger = logging.getLogger(__name__)

MAX_BODY_CHARS = 900
MAX_FAILURES_PER_ROUND = 3
ALERT_URL_ENV = "MONITOR_ALERT_URL"
ALERT_URL_HELP = ("Chat channel for alerts, as an Apprise URL (e.g. a Slack, Teams, Discord or "
                  "Telegram URL).")
FAILURES_BEFORE_ALERT = 3


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
    url = env.get(ALERT_URL_ENV, "").strip()
    return AppriseSink(url) if url else None


def plain(text: str, limit: int = MAX_BODY_CHARS) -> str:
    """Mention text goes out as short plain text: control characters removed, truncated."""
    cleaned = "".join(ch if ch.isprintable() or ch == "\n" else " " for ch in text)
    return cleaned if len(cleaned) <= limit else cleaned[: limit - 1] + "…"


# ---- the kinds of alert --------------------------------------------------------------------

def campaign_alerts(store: "Store", now: datetime, settings: PlaybookSettings | None = None
                    ) -> Callable[[dict[str, Any]], dict[str, str] | None]:
    """The alert maker for one detection run's verdict changes: an alert when a subject just
    became a `campaign` (one per subject and day, so re-detection never repeats it), naming the
    subject as people know it and the case's recommended course."""
    from monitor import cases

    def make(row: dict[str, Any]) -> dict[str, str] | None:
        if row["verdict"] != "campaign":
            return None
        figures = json.loads(row["figures_json"])
        case = cases.open_case(store, row["subject_key"], now, settings, drafts=False)  # never raises
        course = cases.course_label(case.course) if case and case.course else "open the case to choose"
        return {
            "id": f"campaign:{row['subject_key']}:{iso(now)[:10]}", "kind": "campaign",
            "subject": row["subject_key"],
            "title": f"New campaign: {store.display_name(row['subject_key'])} (score {row['score']:.2f})",
            "body": f"{figures.get('mentions', '?')} mentions on {figures.get('distinct_days', '?')} days; "
                    f"{round(100 * float(figures.get('disrespect_share', 0)))}% disrespectful. "
                    f"Recommended course: {course}. "
                    "Open the board's Campaigns tab for the evidence, the checklist and the drafts.",
        }

    return make


def group_alerts(store: "Store") -> Callable[[dict[str, Any]], dict[str, str]]:
    """The alert maker for coordinated groups seen for the first time, naming the accounts by
    their handles."""

    def make(row: dict[str, Any]) -> dict[str, str]:
        members = json.loads(row["members_json"])
        names = ", ".join(store.display_name(m) for m in members[:8])
        more = f" and {len(members) - 8} more" if len(members) > 8 else ""
        return {
            "id": f"coordinated:{row['group_id']}", "kind": "coordinated", "subject": row["group_id"],
            "title": f"Coordinated group: {len(members)} accounts posting the same attack",
            "body": f"Accounts: {names}{more}. Sample: {plain(row['sample_text'], 200)}",
        }

    return make


def failing_source_alert(store: Store, job: str, message: str) -> bool:
    """Queue one alert per failure streak of a collector job once it failed
    FAILURES_BEFORE_ALERT times in a row; True when the job is failing that long."""
    failures = store.consecutive_failures(job)
    if failures < FAILURES_BEFORE_ALERT:
        return False
    # The id carries the streak's start, so the streak alerts once however long it lasts.
    store.enqueue_alert(f"source_failing:{job}:{store.last_ok_run_id(job)}", "source_failing", job,
                        f"Source {job} keeps failing ({failures} runs in a row)",
                        f"Last error: {message[:300]}")
    logger.warning("%s failed %d times in a row", job, failures)
    return True


# ---- delivery -------------------------------------------------------------------------------

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
