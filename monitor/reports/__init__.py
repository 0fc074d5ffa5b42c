"""The weekly report a manager reads: one ISO week (in the team's time zone) against the week
before, as a self-contained HTML page with charts, its PDF, and the same tables as CSV files
and one XLSX workbook, plus a short summary for the chat channel.

`figures` reads the numbers, `themes` groups the founded complaints, `charts` draws, `page`
lays out the HTML, `files` writes. Files go to `<dir>/<week>[-<brand>]/` with fixed names, so
writing the same week again replaces them; the same data always gives the same figures. Only
stored mentions, verdicts, cases and groups are reported: no configuration, no secrets.
"""

from __future__ import annotations

import logging
import re
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Sequence

import pandas as pd

from monitor import cases, periods
from monitor.mention import utcnow
from monitor.reports.figures import Embed, ReportScope, WeeklyReport, build_report
from monitor.reports.files import ReportFileError, write_csv, write_pdf, write_text, write_xlsx
from monitor.reports.page import render
from monitor.settings import PlaybookSettings
from monitor.store import Store

if TYPE_CHECKING:
    from monitor.config import Config

__all__ = ["PDF_PROBLEM_FILE", "ReportFileError", "ReportScope", "WeeklyReport", "build_report", "chat_summary", "report_folder",
           "write_configured_report", "write_report", "write_weekly_report", "FORMATS"]

logger = logging.getLogger(__name__)
FORMATS = ("html", "pdf", "csv", "xlsx")
PDF_PROBLEM_FILE = "report.pdf-not-written.txt"


def report_folder(out_dir: Path, week: str, brand: str | None = None) -> Path:
    slug = re.sub(r"[^\w-]+", "-", brand.strip().lower()).strip("-") if brand else ""
    return Path(out_dir) / (f"{week}-{slug}" if slug else week)


def write_weekly_report(store: Store, out_dir: Path, week: str | None = None, *,
                        now: datetime | None = None, time_zone: str = "UTC",
                        brand: str | None = None, disrespect_min: float = 0.5,
                        unsure_within: float = 0.1, playbook: PlaybookSettings | None = None,
                        embed: Embed | None = None, model_version: str = "",
                        brand_words: Sequence[str] = (), formats: Sequence[str] = FORMATS
                        ) -> list[Path]:
    """Write the week's report (default: the last full week in the team's time zone); returns
    the paths written, in a fixed order."""
    now = now or utcnow()
    scope = ReportScope(week or periods.last_full_week(now, time_zone), time_zone, brand,
                        disrespect_min, unsure_within)
    report = build_report(store, scope, now=now, model_version=model_version, playbook=playbook,
                          embed=embed, brand_words=brand_words)
    return write_report(store, report, Path(out_dir), formats)


def write_report(store: Store, report: WeeklyReport, out_dir: Path,
                 formats: Sequence[str] = FORMATS) -> list[Path]:
    """Write a built report's files into its folder under `out_dir`."""
    folder = report_folder(out_dir, report.scope.week, report.scope.brand)
    folder.mkdir(parents=True, exist_ok=True)
    paths: list[Path] = []
    if "csv" in formats:
        paths += [write_csv(folder / f"{name}.csv", frame) for name, frame in report.tables.items()]
    if "xlsx" in formats:
        paths.append(write_xlsx(folder / "report.xlsx", about_table(report), report.tables))
    page = render(report, cases.open_complaint_count(store))
    if "html" in formats:
        paths.append(write_text(folder / "report.html", page))
    if "pdf" in formats:
        problem = folder / PDF_PROBLEM_FILE
        try:
            paths.append(write_pdf(folder / "report.pdf", page))
            problem.unlink(missing_ok=True)
        except ReportFileError as exc:  # the other files stand; the folder says why no PDF
            logger.error("%s", exc)
            paths.append(write_text(problem, f"{exc}\n"))
    logger.info("weekly report %s written to %s", report.scope.week, folder)
    return paths


def about_table(report: WeeklyReport) -> pd.DataFrame:
    """What the report covers, for the spreadsheet's first sheet."""
    start, end = report.scope.bounds
    return pd.DataFrame([
        ("Week", report.scope.week), ("Brand", report.scope.brand or "all brands"),
        ("Time zone", report.scope.time_zone),
        ("Window start (UTC)", start.strftime("%Y-%m-%d %H:%M")),
        ("Window end (UTC, excluded)", end.strftime("%Y-%m-%d %H:%M")),
        ("Model version", report.model_version),
        ("Generated (UTC)", report.generated_at.strftime("%Y-%m-%d %H:%M")),
        ("Times in the tables", f"local time in {report.scope.time_zone}"),
    ], columns=["item", "value"])


def chat_summary(report: WeeklyReport, link: str = "", lang: str = "en") -> tuple[str, str]:
    """(title, body) of the short message that announces a report in the chat channel, in the
    team's alert language: four figures against the week before, the top theme, the link."""
    from monitor.alert_texts import number, plain, say

    def line(key: str, figure: str) -> str:
        row = report.headline[report.headline["figure"] == figure].iloc[0]
        return say(lang, "report.line", figure=say(lang, key), now=number(row["this_week"], lang),
                   before=number(row["previous_week"], lang))

    body = [line("report.mentions", "Mentions"),
            line("report.founded", "Founded complaints (any tone)"),
            line("report.cases", "New complaint cases"), line("report.campaigns", "New campaigns")]
    if report.themes:
        body.append(say(lang, "report.theme", theme=plain(report.themes[0].name, 80)))
    if link:
        body.append(say(lang, "report.link", link=link))
    brand = f" · {report.scope.brand}" if report.scope.brand else ""
    return say(lang, "report.title", week=report.scope.week, brand=brand), "\n".join(body)


def write_configured_report(store: Store, config: "Config", week: str | None = None,
                            brand: str | None = None, out_dir: Path | None = None,
                            now: datetime | None = None, announce: bool = False) -> list[Path]:
    """The report as `monitor report` and the scheduler write it: settings from the
    configuration, themes from the classifier's own embeddings (cached in the store); with
    `announce`, its summary is queued for the chat channel (once per week and brand)."""
    from monitor import model_registry

    now = now or utcnow()
    version = model_registry.current_version(config.model.dir) or ""
    scope = ReportScope(week or periods.last_full_week(now, config.board.time_zone),
                        config.board.time_zone, brand, config.detection.decision_threshold,
                        config.alerts.drift_low_sureness)
    report = build_report(store, scope, now=now, model_version=version, playbook=config.playbook,
                          embed=_embedder(store, config) if version else None,
                          brand_words=[w for b in config.brands for w in (b.name, *b.queries)])
    out = Path(out_dir or config.reports.dir)
    paths = write_report(store, report, out, config.reports.formats)
    if announce and config.reports.announce:
        folder = report_folder(out, scope.week, brand).name
        written = {p.name for p in paths}
        page = next((n for n in ("report.html", "report.pdf", "report.xlsx") if n in written),
                    paths[0].name)
        url = config.reports.public_url.rstrip("/")
        title, body = chat_summary(report, f"{url}/{folder}/{page}" if url else str(out / folder / page),
                                   config.alerts.language)
        store.enqueue_alert(f"report:{folder}", "weekly_report", folder, title, body)
    return paths


def _embedder(store: Store, config: "Config") -> Embed:
    from monitor import embedding, model_registry
    from monitor.store.mentions import StoreEmbeddingCache

    def embed(texts: Sequence[str]):
        model = model_registry.loaded_model(config.model.dir, config.model.embedder)
        return embedding.embed(model.get_embedder(), list(texts), StoreEmbeddingCache(store))

    return embed
