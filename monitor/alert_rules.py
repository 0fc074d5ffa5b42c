"""The alert rules: when something deserves the team's attention, and the alert that says so.

Rules about a person (new campaign, campaign author posting again, key customer, threat) speak
of the person: a customer with all their linked accounts, or an account not linked yet, so one
person gives one alert and one cooldown whatever account they post from. Rules about the
clock (spike in complaints, model drift, failing sources) are checked by the alerts job.

Every alert carries the time of the evidence behind it; evidence older than
alerts.historic_hours (history loaded in bulk) makes the alert `historic`: recorded, shown on
the board, never sent. Ids are deterministic, so running a rule twice never queues twice.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any, Callable, Iterable

from monitor.alert_texts import case_link, money, network, number, person_label, plain, say, share
from monitor.mention import iso, parse_time
from monitor.settings import AlertSettings, PlaybookSettings
from monitor.texts import text

if TYPE_CHECKING:
    from monitor.config import Config
    from monitor.store import Store

QUOTE_CHARS = 200


@dataclass(frozen=True)
class AlertContext:
    """What the rules need from the configuration, read once per run."""

    settings: AlertSettings = field(default_factory=AlertSettings)
    public_url: str = ""
    playbook: PlaybookSettings = field(default_factory=PlaybookSettings)
    disrespect_min: float = 0.5

    @classmethod
    def from_config(cls, config: "Config") -> "AlertContext":
        return cls(config.alerts, config.board.public_url, config.playbook,
                   config.detection.decision_threshold)

    @property
    def lang(self) -> str:
        return self.settings.language

    def alert(self, now: datetime, alert_id: str, kind: str, subject: str, title: str,
              lines: list[str], evidence_at: str | None, person: str | None = None,
              case: str | None = None) -> dict[str, Any]:
        """One alert row: the body is the lines plus the case link; `historic` when the
        evidence is older than alerts.historic_hours."""
        link = case_link(self.public_url, self.lang, case)
        evidence = evidence_at or iso(now)
        old = parse_time(evidence) < now - timedelta(hours=self.settings.historic_hours)
        return {"id": alert_id, "kind": kind, "subject": subject, "person": person or subject,
                "title": plain(title, 200), "body": plain("\n".join([*lines, link] if link else lines)),
                "evidence_at": evidence, "created_at": iso(now),
                "state": "historic" if old else "pending"}


def _cooling(store: "Store", person: str, kinds: list[str], now: datetime, hours: float) -> bool:
    """True when the person was alerted about one of the kinds less than `hours` ago."""
    last = store.last_alert_at(person, kinds)
    return last is not None and parse_time(last) > now - timedelta(hours=hours)


def _who(store: "Store", person: str, ctx: AlertContext) -> str:
    return person_label(store.person_names(person), ctx.lang)


# ---- verdict changes and new groups (queued with the change, in its transaction) ------------

def campaign_alerts(store: "Store", now: datetime, ctx: AlertContext | None = None
                    ) -> Callable[[dict[str, Any]], dict[str, Any] | None]:
    """The alert maker for one detection run's verdict changes: a person who just became a
    `campaign`. A customer's accounts change with the customer, so the person (not the
    account) is alerted, once per alerts.campaign_repeat_days."""
    from monitor import cases

    ctx = ctx or AlertContext()

    def make(row: dict[str, Any]) -> dict[str, Any] | None:
        if not ctx.settings.campaign or row["verdict"] != "campaign":
            return None
        person = store.person_of(row["subject_key"])
        if _cooling(store, person, ["campaign"], now, 24 * ctx.settings.campaign_repeat_days):
            return None
        figures = json.loads(row["figures_json"])
        case = (cases.open_case(store, person, now, ctx.playbook, drafts=False)
                or cases.open_case(store, row["subject_key"], now, ctx.playbook, drafts=False))
        course = text(ctx.lang, "courses", case.course) if case and case.course else "\u2013"
        lang = ctx.lang
        body = say(lang, "campaign.body", mentions=number(figures.get("mentions", 0), lang),
                   days=number(figures.get("distinct_days", 0), lang),
                   disrespect=share(float(figures.get("disrespect_share", 0)), lang), course=course)
        return ctx.alert(now, f"campaign:{person}:{iso(now)[:10]}", "campaign", row["subject_key"],
                         say(lang, "campaign.title", who=_who(store, person, ctx)), [body],
                         figures.get("evident_at") or figures.get("last_seen"), person, case=person)

    return make


def group_alerts(store: "Store", now: datetime, ctx: AlertContext | None = None
                 ) -> Callable[[dict[str, Any]], dict[str, Any] | None]:
    """The alert maker for coordinated groups seen for the first time, naming the accounts."""
    ctx = ctx or AlertContext()

    def make(row: dict[str, Any]) -> dict[str, Any] | None:
        if not ctx.settings.coordinated:
            return None
        members = json.loads(row["members_json"])
        names = ", ".join(person_label({"accounts": store.person_names(m)["accounts"]}, ctx.lang)
                          for m in members[:8])
        names += f" +{len(members) - 8}" if len(members) > 8 else ""
        lang, key = ctx.lang, f"group:{row['group_id']}"
        body = say(lang, "coordinated.body", names=names,
                   posts=number(len(json.loads(row.get("mention_ids_json") or "[]")), lang),
                   sample=plain(row["sample_text"], QUOTE_CHARS))
        return ctx.alert(now, f"coordinated:{row['group_id']}", "coordinated", row["group_id"],
                         say(lang, "coordinated.title", accounts=number(len(members), lang)), [body],
                         row.get("last_at"), key, case=key)

    return make


# ---- new mentions: threats, key customers, campaign authors posting again -------------------

def mention_alerts(store: "Store", mention_ids: list[str], now: datetime,
                   ctx: AlertContext | None = None, changed: Iterable[str] = ()) -> list[dict[str, Any]]:
    """Alerts about the mentions detection is taking in now, one per person and rule.

    `changed` are the subjects whose verdict this same run changed: a person who only now
    became a campaign is not "posting again" (these mentions are what made the campaign)."""
    from monitor.threats import find_threat

    ctx = ctx or AlertContext()
    s = ctx.settings
    if not mention_ids or not (s.threat or s.key_customer or s.returning):
        return []
    by_person: dict[str, list[dict[str, Any]]] = {}
    for record in store.mentions_for_rules(mention_ids).to_dict("records"):  # oldest first
        by_person.setdefault(record["person"], []).append(record)
    fresh = {store.person_of(subject) for subject in changed}
    alerts: list[dict[str, Any]] = []
    for person, records in sorted(by_person.items()):
        if s.threat:
            threats = [(r, t) for r in records if (t := find_threat(r["text"] or ""))]
            if threats:
                alerts.append(_threat_alert(store, person, threats, now, ctx))
        if s.key_customer:
            alerts += _key_customer_alert(store, person, records, now, ctx)
        if s.returning and person not in fresh:
            alerts += _returning_alert(store, person, records, now, ctx)
    return alerts


def _threat_alert(store: "Store", person: str, threats: list, now: datetime,
                  ctx: AlertContext) -> dict[str, Any]:
    latest, threat = threats[-1]
    lang = ctx.lang
    body = say(lang, "threat.body", phrase=threat.phrase, posts=number(len(threats), lang),
               network=network(latest["source"]), text=plain(latest["text"], QUOTE_CHARS))
    title = say(lang, "threat.title", threat=say(lang, f"threat.{threat.kind}"),
                who=_who(store, person, ctx))
    return ctx.alert(now, f"threat:{latest['id']}", "threat", latest["author_key"], title, [body],
                     latest["created_at"], person, case=person)


def _key_customer_alert(store: "Store", person: str, records: list[dict[str, Any]], now: datetime,
                        ctx: AlertContext) -> list[dict[str, Any]]:
    first = records[0]
    if not first["customer_id"]:
        return []
    value = None if first["monthly_value"] is None or _nan(first["monthly_value"]) else float(first["monthly_value"])
    years = _tenure_years(first["customer_since"], now)
    valuable = value is not None and value >= ctx.playbook.high_value_monthly
    long_standing = years is not None and years >= ctx.playbook.long_tenure_years
    complaints = [r for r in records if int(r["founded"] or 0) == 1]
    attacks = [r for r in records if float(r["p_disrespectful"] or 0) >= ctx.disrespect_min]
    if not (valuable or long_standing) or not (complaints or attacks):
        return []
    if _cooling(store, person, ["key_customer"], now, ctx.settings.key_customer_cooldown_hours):
        return []
    latest = max(complaints + attacks, key=lambda r: (r["created_at"], r["id"]))
    lang = ctx.lang
    currency = first["currency"] or ctx.playbook.currency
    body = say(lang, "key_customer.body", years=number(math.floor(years or 0), lang),
               value=money(value, lang, currency) if value is not None else "\u2013",
               complaints=number(len(complaints), lang), attacks=number(len(attacks), lang),
               text=plain(latest["text"], QUOTE_CHARS))
    action = say(lang, "key_customer.attack" if attacks else "key_customer.complaint")
    return [ctx.alert(now, f"key_customer:{person}:{latest['id']}", "key_customer", person,
                      say(lang, "key_customer.title", action=action, who=_who(store, person, ctx)),
                      [body], latest["created_at"], person, case=person)]


def _returning_alert(store: "Store", person: str, records: list[dict[str, Any]], now: datetime,
                     ctx: AlertContext) -> list[dict[str, Any]]:
    if not any("campaign" in (r["author_verdict"], r["customer_verdict"]) for r in records):
        return []
    if _cooling(store, person, ["campaign", "returning"], now, ctx.settings.returning_cooldown_hours):
        return []
    latest = records[-1]
    lang = ctx.lang
    body = say(lang, "returning.body", posts=number(len(records), lang), network=network(latest["source"]),
               text=plain(latest["text"], QUOTE_CHARS))
    return [ctx.alert(now, f"returning:{person}:{latest['id']}", "returning", person,
                      say(lang, "returning.title", who=_who(store, person, ctx)), [body],
                      latest["created_at"], person, case=person)]


def _tenure_years(since: Any, now: datetime) -> float | None:
    if not since or (isinstance(since, float) and _nan(since)):
        return None
    try:
        start = datetime.fromisoformat(str(since)[:10]).date()
    except ValueError:
        return None
    return max(0.0, (now.date() - start).days / 365.25)


def _nan(value: Any) -> bool:
    return isinstance(value, float) and math.isnan(value)


# ---- the clock: spikes, drift, failing sources ---------------------------------------------

def clock_alerts(store: "Store", now: datetime, ctx: AlertContext | None = None) -> list[dict[str, Any]]:
    """The rules that watch the clock rather than one mention, checked by the alerts job."""
    ctx = ctx or AlertContext()
    found = [spike_alert(store, now, ctx) if ctx.settings.spike else None,
             drift_alert(store, now, ctx) if ctx.settings.drift else None]
    found += source_alerts(store, now, ctx) if ctx.settings.source_failing else []
    return [a for a in found if a]


def spike_alert(store: "Store", now: datetime, ctx: AlertContext) -> dict[str, Any] | None:
    """This hour's founded complaints against the same hour of each day of the last
    alerts.spike_weeks weeks: a spike is at least alerts.spike_min_complaints and more than the
    usual level plus 4, 3 or 2 standard deviations (low, medium, high sensitivity; never less
    than Poisson noise, the square root of the usual level, nor than 1)."""
    s = ctx.settings
    hour = timedelta(hours=1)
    windows = [(iso(now - hour - timedelta(days=d)), iso(now - timedelta(days=d)))
               for d in range(0, 7 * s.spike_weeks + 1)]
    counts = store.founded_counts(windows)
    current, history = counts[0], counts[1:]
    usual = sum(history) / len(history)
    spread = math.sqrt(sum((c - usual) ** 2 for c in history) / len(history))
    bar = usual + AlertSettings.SPIKE_DEVIATIONS[s.spike_sensitivity] * max(spread, math.sqrt(usual), 1.0)
    if current < s.spike_min_complaints or current <= bar:
        return None
    latest = store.mention_list(since=windows[0][0], until=windows[0][1], founded_only=True, limit=1)
    quote = plain(latest["text"].iloc[0], QUOTE_CHARS) if not latest.empty else ""
    lang = ctx.lang
    body = say(lang, "spike.body", usual=number(usual, lang, 1), weeks=number(s.spike_weeks, lang),
               text=quote)
    return ctx.alert(now, f"spike:{iso(now)[:13]}", "spike", "complaints",
                     say(lang, "spike.title", count=number(current, lang)), [body], iso(now))


def drift_alert(store: "Store", now: datetime, ctx: AlertContext) -> dict[str, Any] | None:
    """The share of unsure mentions posted in the last 24 hours against the 7 days before:
    drift when it rose by alerts.drift_min_rise or more (at most one alert a day)."""
    s = ctx.settings
    recent_since = now - timedelta(hours=24)
    counts = store.unsure_counts(iso(recent_since - timedelta(days=7)), iso(recent_since), iso(now),
                                 s.drift_low_sureness)
    if counts["recent"] < s.drift_min_mentions or counts["base"] < s.drift_min_mentions:
        return None
    recent = counts["recent_unsure"] / counts["recent"]
    base = counts["base_unsure"] / counts["base"]
    if recent - base < s.drift_min_rise:
        return None
    lang = ctx.lang
    body = say(lang, "drift.body", recent=number(counts["recent_unsure"], lang),
               recent_n=number(counts["recent"], lang), base=share(base, lang))
    return ctx.alert(now, f"drift:{iso(now)[:10]}", "drift", "model",
                     f"{say(lang, 'drift.title')} ({share(recent, lang)})", [body], iso(now))


def source_alerts(store: "Store", now: datetime, ctx: AlertContext) -> list[dict[str, Any]]:
    """One alert per failure streak of a collector that failed alerts.source_failures runs in
    a row (the id carries where the streak began, so a long streak alerts once)."""
    health = store.job_health()
    if health.empty:
        return []
    found = []
    lang = ctx.lang
    for row in health.to_dict("records"):
        failures = int(row["consecutive_failures"])
        if not str(row["job"]).startswith("collect:") or failures < ctx.settings.source_failures:
            continue
        source = network(str(row["job"]).split(":", 1)[1])
        body = say(lang, "source_failing.body", failures=number(failures, lang),
                   error=plain(row.get("error") or "", 300))
        found.append(ctx.alert(now, f"source_failing:{row['job']}:{store.streak_start_id(row['job'])}",
                               "source_failing", row["job"], say(lang, "source_failing.title", source=source),
                               [body], row.get("started_at") or iso(now)))
    return found
