"""Every component's typed settings: one frozen dataclass per section of `monitor.toml`.

Declared here, in one standard-library module, so that `monitor.config` can list, document and
validate every setting without importing any component (numpy and pandas stay unloaded for
`monitor --help`), and each component receives its own typed, validated settings, built once
by `Config`. Each class has a HELP table: one line per field, shown in the README and in the
commented `monitor.toml` that `monitor init` writes.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any, ClassVar


def _shares(obj: Any, *names: str) -> None:
    for name in names:
        if not 0.0 <= float(getattr(obj, name)) <= 1.0:
            raise ValueError(f"{SECTION_OF[type(obj)]}.{name}: expected a share between 0 and 1")


def _at_least(obj: Any, low: float, *names: str) -> None:
    for name in names:
        if float(getattr(obj, name)) < low:
            kind = "a whole number" if isinstance(getattr(obj, name), int) else "a number"
            raise ValueError(f"{SECTION_OF[type(obj)]}.{name}: expected {kind} of at least {low:g}")


@dataclass(frozen=True)
class DatabaseSettings:
    """Where everything is kept (section [database])."""

    HELP: ClassVar[dict[str, str]] = {
        "path": "Where everything is kept: a SQLite file (a path or sqlite:///path), or a"
                " PostgreSQL database (postgresql://user:password@host:5432/dbname) for several"
                " machines (MONITOR_DB overrides; keep a password in MONITOR_DB, not in the file).",
    }
    path: str = "var/monitor.db"


@dataclass(frozen=True)
class ModelSettings:
    """The classifier: which version, which encoder, what `monitor train` learns from ([model])."""

    HELP: ClassVar[dict[str, str]] = {
        "dir": "Folder of trained classifier versions; CURRENT names the one in use.",
        "embedder": "Override the embedder of the current model, e.g. "
                    "'sentence-transformers:<name>' (empty: the model's own).",
        "batch_size": "Mentions classified per batch.",
        "shared_datasets": "Folder of real labelled posts and public corpora that `monitor train` "
                           "learns from (read there, never copied).",
        "written_seed": "Sentences the team wrote, labelled: a supplement to the real posts in "
                        "training (`monitor train --without-written` leaves it out).",
        "written_eval": "Written evaluation sets, reported beside (never instead of) real posts.",
        "max_text_chars": "Longest text scored or learnt from, in characters: a longer mention is "
                          "stored cut to this length, ending in ' […]' (its raw payload keeps it "
                          "whole); a longer text in a label file is refused.",
    }
    dir: Path = Path("models")
    embedder: str = ""
    batch_size: int = 256
    shared_datasets: Path = Path("../shared/datasets")
    written_seed: Path = Path("data/seed/labelled.csv")
    written_eval: tuple[Path, ...] = (Path("data/eval/brand_mentions.csv"), Path("data/eval/independent.csv"))
    max_text_chars: int = 5000

    def __post_init__(self) -> None:
        _at_least(self, 1, "batch_size")
        _at_least(self, 20, "max_text_chars")


@dataclass(frozen=True)
class DetectionSettings:
    """Thresholds of the verdict rules (section [detection])."""

    window_days: int = 56
    min_mentions: int = 5
    min_distinct_days: int = 3
    min_disrespect_share: float = 0.4
    min_disrespectful: int = 3
    max_founded_share: float = 0.35
    max_founded_likelihood: float = 0.4
    near_duplicate_similarity: float = 0.9
    burst_min_per_day: int = 5
    watch_min_mentions: int = 3
    watch_min_disrespect_share: float = 0.25
    recurring_min_days: int = 2
    recurring_min_complaints: int = 3
    decision_threshold: float = 0.5
    max_evidence: int = 10
    max_pair_mentions: int = 200
    base_disrespect_rate: float = 0.10
    base_founded_rate: float = 0.20
    pooling_strength: float = 4.0
    max_pooling_shift: float = 2.0
    coordination_minutes: int = 15

    def __post_init__(self) -> None:
        _shares(self, "min_disrespect_share", "max_founded_share", "max_founded_likelihood",
                "near_duplicate_similarity", "watch_min_disrespect_share", "decision_threshold",
                "base_disrespect_rate", "base_founded_rate")
        _at_least(self, 1, "window_days", "min_mentions", "min_distinct_days", "min_disrespectful",
                  "burst_min_per_day", "coordination_minutes", "watch_min_mentions",
                  "recurring_min_days", "recurring_min_complaints", "max_evidence",
                  "max_pair_mentions")
        _at_least(self, 0, "pooling_strength", "max_pooling_shift")


DetectionSettings.HELP = {
    "coordination_minutes": "Near-identical posts by different accounts within this many minutes "
                            "form a coordinated group.",
    "window_days": "How far back (days before `now`) an author's mentions count toward a verdict.",
    "min_mentions": "Hostile mentions (disrespectful, or critical without a concrete problem) "
                    "needed for a campaign.",
    "min_distinct_days": "Different UTC days with hostile mentions needed for a campaign: "
                         "constant, not a single outburst.",
    "min_disrespect_share": "Share of all the subject's mentions that must be disrespectful "
                            "for a campaign.",
    "min_disrespectful": "Disrespectful mentions needed for a campaign, whatever the share.",
    "max_founded_share": "A campaign needs at most this share of the critical mentions to "
                         "describe a concrete problem; above it the subject is a complainer "
                         "to recover, never a campaign.",
    "max_founded_likelihood": "A campaign also needs the mean founded score of the critical "
                              "mentions at most this: complaints the classifier half-missed "
                              "still score near its bar, so they still count as evidence.",
    "near_duplicate_similarity": "Cosine similarity (embeddings, or character shingles when "
                                 "there are none) at which two mentions count as near copies.",
    "burst_min_per_day": "Hostile mentions in one UTC day that make an outburst (watch).",
    "watch_min_mentions": "Hostile mentions that put a subject on watch when the "
                          "disrespect share is reached.",
    "watch_min_disrespect_share": "Share of disrespectful mentions for the watch verdict.",
    "recurring_min_days": "Different days with founded complaints that make them recurring.",
    "recurring_min_complaints": "Founded complaints (once or twice is one-off) that make them recurring.",
    "decision_threshold": "A classifier probability at or above this counts as yes.",
    "max_evidence": "How many evidence mention ids an assessment keeps, most telling first.",
    "max_pair_mentions": "Repetition is measured over at most this many latest hostile mentions.",
    "base_disrespect_rate": "Share of disrespectful mentions in an ordinary author's posts; an "
                            "author well above it has their borderline posts counted as "
                            "disrespectful too (see max_pooling_shift).",
    "base_founded_rate": "Share of founded complaints in an ordinary author's posts; an author "
                         "well above it has their borderline complaints counted as founded too.",
    "pooling_strength": "How many ordinary posts the base rates weigh, against the author's own "
                        "confident posts, when judging an author's borderline posts.",
    "max_pooling_shift": "Most an author's record can lower the bar for one of their posts, in "
                         "log-odds (2.0: a post the classifier gives 12 % counts when the author's "
                         "record is strong). 0 judges every post on its own.",
}


@dataclass(frozen=True)
class PlaybookSettings:
    """What makes a customer long-standing, valuable or a bad client (section [playbook])."""

    long_tenure_years: float = 3.0
    high_value_monthly: float = 1000.0
    long_overdue_days: int = 60
    unprofitable_monthly: float = 0.0
    quiet_days: int = 14
    calming_escalation: float = -0.2
    currency: str = "R$"


PlaybookSettings.HELP = {
    "long_tenure_years": "Customers for at least this many years are long-standing: "
                         "de-escalate and keep them on our terms, never part ways first.",
    "high_value_monthly": "Monthly value at or above which a paying customer is valuable.",
    "long_overdue_days": "Days overdue (with a balance) that count as a bad-client signal.",
    "unprofitable_monthly": "Monthly value at or below which the account is unprofitable.",
    "quiet_days": "Days without a hostile mention after which behaviour may be changing.",
    "calming_escalation": "Escalation figure at or below which the tone counts as calming down.",
    "currency": "Currency symbol put in front of amounts in reasons and drafts.",
}


@dataclass(frozen=True)
class LinkingSettings:
    """When an author is tied to a customer record (section [linking])."""

    HELP: ClassVar[dict[str, str]] = {
        "auto_confidence": "Links on exact evidence at or above this confidence are made "
                           "automatically (CRM handle 1.0, e-mail 0.97, profile link 0.95, "
                           "long handle declared on another network 0.93); a name never is.",
        "min_confidence": "Name matches below this confidence are not proposed at all (the same "
                          "full name scores 0.9, the author's words inside a longer CRM name "
                          "0.86). A name is never enough for an automatic link.",
    }
    auto_confidence: float = 0.92
    min_confidence: float = 0.88

    def __post_init__(self) -> None:
        _shares(self, "auto_confidence", "min_confidence")


@dataclass(frozen=True)
class AlertSettings:
    """The chat-channel alerts: which rules fire, how they are worded and when they go out
    (section [alerts]; the channel URL is a secret, from the environment)."""

    HELP: ClassVar[dict[str, str]] = {
        "enabled": "Queue alerts at all (off: nothing is queued; what waits is still delivered).",
        "min_interval_minutes": "How often `monitor run` checks the rules that watch the clock "
                                "(spike, drift, failing sources) and delivers pending alerts.",
        "language": "Language of the alert messages: pt, es or en.",
        "digest_over": "More pending alerts than this at once go out as one digest message.",
        "historic_hours": "An alert about evidence older than this many hours (history loaded in "
                          "bulk) is recorded as 'historic' and never sent.",
        "quiet_start": "Start of the quiet hours in board.time_zone, as HH:MM (empty: none). "
                       "Alerts wait through them and then go out as one digest.",
        "quiet_end": "End of the quiet hours in board.time_zone, as HH:MM.",
        "campaign": "Alert when a person (a customer with all their accounts, or an account) "
                    "becomes a campaign against the company.",
        "campaign_repeat_days": "A person already alerted as a campaign is not alerted again as "
                                "a new campaign for this many days.",
        "coordinated": "Alert when a coordinated group of accounts is first seen.",
        "returning": "Alert when a known campaign author posts again.",
        "returning_cooldown_hours": "At most one 'posting again' alert per person in this many hours.",
        "spike": "Alert when this hour's founded complaints rise far above the usual level for "
                 "the same hour of the day.",
        "spike_weeks": "Weeks of history that make the usual level of each hour of the day.",
        "spike_sensitivity": "How readily a rise counts as a spike: low (4 standard deviations "
                             "above the usual level), medium (3) or high (2).",
        "spike_min_complaints": "A spike needs at least this many founded complaints in the hour.",
        "key_customer": "Alert when a valuable or long-standing customer (playbook.high_value_monthly, "
                        "playbook.long_tenure_years) complains or attacks.",
        "key_customer_cooldown_hours": "At most one key-customer alert per person in this many hours.",
        "threat": "Alert when a mention threatens violence or legal action (a pt/es/en word list).",
        "source_failing": "Alert when a source keeps failing.",
        "source_failures": "Failed runs in a row that make a source 'failing'.",
        "drift": "Alert when the share of mentions the model is unsure of rises well above the "
                 "previous week's (the model may need retraining).",
        "drift_low_sureness": "A mention counts as unsure when its nearer score is within this of "
                              "the 0.5 bar.",
        "drift_min_rise": "The last 24 hours' unsure share must exceed the previous 7 days' by at "
                          "least this much (0.15 = 15 points).",
        "drift_min_mentions": "Scored mentions needed in the last 24 hours (and in the 7 days "
                              "before) to judge drift.",
    }
    enabled: bool = True
    min_interval_minutes: int = 1
    language: str = "en"
    digest_over: int = 5
    historic_hours: float = 24.0
    quiet_start: str = ""
    quiet_end: str = ""
    campaign: bool = True
    campaign_repeat_days: int = 30
    coordinated: bool = True
    returning: bool = True
    returning_cooldown_hours: float = 24.0
    spike: bool = True
    spike_weeks: int = 4
    spike_sensitivity: str = "medium"
    spike_min_complaints: int = 5
    key_customer: bool = True
    key_customer_cooldown_hours: float = 24.0
    threat: bool = True
    source_failing: bool = True
    source_failures: int = 3
    drift: bool = True
    drift_low_sureness: float = 0.1
    drift_min_rise: float = 0.15
    drift_min_mentions: int = 50

    SPIKE_DEVIATIONS: ClassVar[dict[str, float]] = {"low": 4.0, "medium": 3.0, "high": 2.0}

    def __post_init__(self) -> None:
        _at_least(self, 1, "min_interval_minutes", "spike_weeks", "spike_min_complaints",
                  "source_failures", "drift_min_mentions", "campaign_repeat_days")
        _at_least(self, 0, "digest_over", "historic_hours", "returning_cooldown_hours",
                  "key_customer_cooldown_hours")
        _shares(self, "drift_low_sureness", "drift_min_rise")
        if self.language not in ("pt", "es", "en"):
            raise ValueError(f"alerts.language: expected pt, es or en, got {self.language!r}")
        if self.spike_sensitivity not in self.SPIKE_DEVIATIONS:
            raise ValueError("alerts.spike_sensitivity: expected low, medium or high, "
                             f"got {self.spike_sensitivity!r}")
        if bool(self.quiet_start) != bool(self.quiet_end) or (self.quiet_start and self.quiet_start == self.quiet_end):
            raise ValueError("alerts.quiet_start and alerts.quiet_end: set both (HH:MM, different) or neither")
        for name in ("quiet_start", "quiet_end"):
            value = getattr(self, name)
            if value and clock_minutes(value) is None:
                raise ValueError(f"alerts.{name}: expected a time as HH:MM (e.g. 22:00), got {value!r}")

    @property
    def quiet_hours(self) -> tuple[int, int] | None:
        """(start, end) in minutes after midnight, or None when there are no quiet hours."""
        if not self.quiet_start:
            return None
        return clock_minutes(self.quiet_start), clock_minutes(self.quiet_end)  # type: ignore[return-value]


def clock_minutes(value: str) -> int | None:
    """'22:30' -> 1350 minutes after midnight; None when it is not a time of day."""
    hours, sep, minutes = str(value).strip().partition(":")
    if not (sep and hours.isdigit() and minutes.isdigit() and len(minutes) == 2):
        return None
    h, m = int(hours), int(minutes)
    return h * 60 + m if 0 <= h < 24 and 0 <= m < 60 else None


@dataclass(frozen=True)
class ReportSettings:
    """Weekly reports (section [reports]); weeks and times are in board.time_zone."""

    HELP: ClassVar[dict[str, str]] = {
        "dir": "Where weekly reports are written (one folder per week, and brand if chosen).",
        "weekday": "Day of the week `monitor run` writes last week's report (mon ... sun).",
        "time": "Time of day (HH:MM, the team's time zone) `monitor run` writes it.",
        "formats": "Files to write: any of html, pdf, csv, xlsx.",
        "announce": "Send a short summary of each scheduled report to the chat channel.",
        "public_url": "Where the reports folder is published (e.g. an intranet URL); the chat "
                      "summary links to the report there. Empty: it names the file instead.",
    }
    dir: str = "var/reports"
    weekday: str = "mon"
    time: str = "08:00"
    formats: tuple[str, ...] = ("html", "pdf", "csv", "xlsx")
    announce: bool = True
    public_url: str = ""

    def __post_init__(self) -> None:
        days = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
        if self.weekday not in days:
            raise ValueError(f"reports.weekday: {self.weekday!r} is not one of {', '.join(days)}")
        if clock_minutes(self.time) is None:
            raise ValueError(f"reports.time: {self.time!r} is not a time like 08:00")
        object.__setattr__(self, "formats", tuple(self.formats))
        unknown = set(self.formats) - {"html", "pdf", "csv", "xlsx"}
        if unknown or not self.formats:
            raise ValueError(f"reports.formats: {sorted(unknown) or 'empty'}: use html, pdf, csv, xlsx")
        if self.public_url and not self.public_url.startswith(("https://", "http://")):
            raise ValueError("reports.public_url: must start with https:// or http://")

    @property
    def hour_minute(self) -> tuple[int, int]:
        return divmod(clock_minutes(self.time) or 0, 60)


@dataclass(frozen=True)
class SchedulerSettings:
    """`monitor run` (section [scheduler])."""

    HELP: ClassVar[dict[str, str]] = {
        "detect_minutes": "How often `monitor run` re-scores authors (also after every collection).",
        "max_run_s": "Time budget of one collector run, in seconds, waits and retries included: a "
                     "failing or rate-limited source stops there (a [collectors.<name>] table may "
                     "set its own max_run_s).",
    }
    detect_minutes: int = 5
    max_run_s: int = 120

    def __post_init__(self) -> None:
        _at_least(self, 1, "detect_minutes", "max_run_s")


@dataclass(frozen=True)
class BoardSettings:
    """The live board (section [board])."""

    HELP: ClassVar[dict[str, str]] = {
        "port": "Port of the live board.",
        "refresh_s": "How often the board reloads new mentions.",
        "time_zone": "The team's time zone (an IANA name such as 'America/Sao_Paulo'): every "
                     "time on the board is shown in it.",
        "public_url": "The board's address as the team opens it (e.g. https://monitor.example.com): "
                      "alerts link to the case as <public_url>?case=<case> (empty: no links).",
        "auth": "Who may use the board: 'none' (no sign-in, everyone an admin: the demo), 'password' "
                "(the names and password hashes of board.users_file) or 'oidc' (Streamlit's st.login "
                "with your identity provider; roles from board.users_file, viewer if not listed).",
        "users_file": "The board's users, one 'name:role:hash' line each (roles viewer, analyst, admin; "
                      "the hash a salted PBKDF2 written by `monitor users add`, never a password).",
        "oidc_provider": "With auth = 'oidc': the provider's name in Streamlit's [auth.<name>] secrets "
                         "(empty: the [auth] section itself).",
    }
    port: int = 8501
    refresh_s: int = 10
    time_zone: str = "UTC"
    public_url: str = ""
    auth: str = "none"
    users_file: str = "var/board_users"
    oidc_provider: str = ""

    def __post_init__(self) -> None:
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

        try:
            ZoneInfo(self.time_zone)
        except (ZoneInfoNotFoundError, ValueError, OSError):  # OSError: 'America' is a folder
            raise ValueError(f"board.time_zone: unknown time zone {self.time_zone!r} "
                             "(use an IANA name such as 'America/Sao_Paulo')") from None
        if self.public_url and not self.public_url.startswith(("http://", "https://")):
            raise ValueError(f"board.public_url: expected an http:// or https:// address, "
                             f"got {self.public_url!r}")
        if self.auth not in ("none", "password", "oidc"):
            raise ValueError(f"board.auth: expected none, password or oidc, got {self.auth!r}")


@dataclass(frozen=True)
class DemoSettings:
    """The demo: mentions replayed as if live, and its CRM file (section [demo])."""

    HELP: ClassVar[dict[str, str]] = {
        "file": "Demo mentions replayed by the `replay` source.",
        "crm_file": "Demo customer records imported by `monitor demo`.",
        "batch": "At most this many demo mentions per replay run (the held-back ones, again and "
                 "again as new posts, for as long as the demo runs).",
        "interval_s": "Seconds between replay runs.",
        "per_day": "Mentions the live demo adds per day, spread evenly over the day "
                   "(0: the demo's own average, about 48, so volumes stay realistic).",
    }
    file: Path = Path("data/demo/mentions.jsonl")
    crm_file: Path = Path("data/demo/crm.csv")
    batch: int = 2
    interval_s: int = 20
    per_day: int = 0


@dataclass(frozen=True)
class CrmSettings:
    """How CRM exports are read (section [crm]; its [crm.columns] table maps column names)."""

    HELP: ClassVar[dict[str, str]] = {
        "number_style": "How amounts in CRM files are written: 'pt' (1.234,56), 'en' (1,234.56) "
                        "or 'auto' (either, when the amount shows which; '4,250' or '1.500' are "
                        "refused as ambiguous until you choose).",
    }
    number_style: str = "auto"

    def __post_init__(self) -> None:
        if self.number_style not in ("auto", "pt", "en"):
            raise ValueError(f"crm.number_style: expected auto, pt or en, got {self.number_style!r}")


@dataclass(frozen=True)
class RetentionSettings:
    """How long personal data is kept (section [retention]): 0 keeps it for ever."""

    HELP: ClassVar[dict[str, str]] = {
        "raw_payload_days": "Days after which the raw payload of a mention (the post as the network "
                            "sent it) and of a quarantined item is dropped; the stored text and "
                            "scores stay (0: keep).",
        "no_verdict_text_days": "Days after which the posts of people with nothing to act on (no "
                                "verdict but 'none', no linked customer with one, no case work, in no "
                                "coordinated group) are anonymised: text, author and links go, the "
                                "counts stay (0: keep). Keep it above detection.window_days.",
        "time": "Time of day (HH:MM, in board.time_zone) `monitor run` applies retention, daily.",
    }
    raw_payload_days: int = 0
    no_verdict_text_days: int = 0
    time: str = "03:30"

    def __post_init__(self) -> None:
        _at_least(self, 0, "raw_payload_days", "no_verdict_text_days")
        if clock_minutes(self.time) is None:
            raise ValueError(f"retention.time: expected a time as HH:MM (e.g. 03:30), got {self.time!r}")

    @property
    def hour_minute(self) -> tuple[int, int]:
        minutes = clock_minutes(self.time) or 0
        return minutes // 60, minutes % 60


@dataclass(frozen=True)
class WorkerSettings:
    """Celery workers for the scheduler's jobs (section [workers]; see `monitor.workers`)."""

    HELP: ClassVar[dict[str, str]] = {
        "broker_url": "Redis URL of the Celery broker (e.g. redis://queue.internal:6379/0): "
                      "`monitor run` then only enqueues its jobs and `monitor worker` processes, on "
                      "any number of machines, run them. Empty: every job runs in-process. "
                      "MONITOR_BROKER_URL overrides; a URL with a password belongs there, never here.",
        "score_batch": "Mention ids per scoring task: the unscored mentions are split into batches "
                       "of this many, one task each.",
        "visibility_timeout_s": "Seconds a started task may stay unacknowledged before Redis hands "
                                "it to another worker: the task of a worker that was killed or lost "
                                "is redone after this. Keep it well above the time one scoring "
                                "batch takes.",
    }
    broker_url: str = ""
    score_batch: int = 1000
    visibility_timeout_s: int = 3600

    def __post_init__(self) -> None:
        _at_least(self, 1, "score_batch", "visibility_timeout_s")
        if self.broker_url and not self.broker_url.startswith(("redis://", "rediss://")):
            raise ValueError("workers.broker_url: expected a redis:// or rediss:// URL "
                             "(value not shown: it may hold a password)")


SECTIONS: dict[str, type] = {
    "database": DatabaseSettings, "model": ModelSettings, "detection": DetectionSettings,
    "linking": LinkingSettings, "alerts": AlertSettings, "reports": ReportSettings,
    "scheduler": SchedulerSettings, "board": BoardSettings, "demo": DemoSettings,
    "playbook": PlaybookSettings, "crm": CrmSettings, "retention": RetentionSettings,
    "workers": WorkerSettings,
}
SECTION_OF: dict[type, str] = {cls: name for name, cls in SECTIONS.items()}


def declared() -> list[tuple[str, Any, str]]:
    """(section.key, default, help) for every setting, in declaration order."""
    return [(f"{section}.{f.name}", f.default, cls.HELP[f.name])
            for section, cls in SECTIONS.items() for f in fields(cls)]
