"""Report writing killed with SIGKILL at random points, then restarted: complete files.

The scheduler's report job (the catch-up `monitor run` does at start, and what cron's
`monitor run --once` does) runs in a real process and is killed at seeded random moments in
each phase of writing: the CSV tables and the workbook, the page, and the PDF (rendered after
the page). Restarted, it must see the report as unfinished and write it whole: no temporary file
left, the page parsed to its closing tag, the workbook opened with every sheet, the PDF ended,
every CSV table equal to an undisturbed run's (the same data gives the same figures), and its
chat summary queued once. (It used to take the page alone as proof of a finished report, so a
kill while the PDF rendered left the report without its PDF and its summary for good.)
"""

from __future__ import annotations

import html.parser
import random
import time
from datetime import timedelta
from pathlib import Path

import pandas as pd
from openpyxl import load_workbook

from monitor import periods, pipeline
from monitor.config import load_config
from monitor.mention import Mention, utcnow
from monitor.reports import write_configured_report
from monitor.store import open_store
from tests.faults import helpers
from tests.faults.helpers import rows
from tests.conftest import store_at

MENTIONS = 250


def _report_store(db: Path) -> str:
    """A store with last week's scored mentions (scores made up: no model needed) and the
    verdicts detection finds in them; returns the week."""
    week = periods.last_full_week(utcnow(), "UTC")
    monday = periods.week_bounds(week)[0]
    store = open_store(db)
    try:
        mentions, scores = [], []
        for n in range(MENTIONS + 100):
            text = helpers.TEXTS[n % len(helpers.TEXTS)]
            mentions.append(Mention(
                source=("x", "bluesky", "mastodon", "reddit")[n % 4], native_id=str(n),
                author_id=f"a{n % 90}", author_handle=f"@a{n % 90}", author_name=f"Author {n % 90}",
                text=f"{text} ({n})", lang="pt" if n % 3 else "en",
                created_at=monday + timedelta(minutes=int((n - 100) * 7 * 24 * 60 / MENTIONS))))
            insult = any(w in text.lower() for w in ("lixo", "piada", "ladrones", "worst", "incompetentes"))
            founded = not insult and any(w in text.lower() for w in ("cobrou", "nunca", "roto", "twice", "down", "funciona"))
            scores.append({"id": mentions[-1].id,
                           "category": "disrespectful" if insult else "founded_complaint" if founded else "other",
                           "p_complaint": 0.9 if insult or founded else 0.1, "p_disrespectful": 0.9 if insult else 0.05,
                           "p_founded": 0.85 if founded else 0.1, "founded": founded})
        store.save_page(mentions)
        store.save_scores(pd.DataFrame(scores), "synthetic")
        pipeline.detect(store, load_config(Path(__file__).parent / "absent.toml", env={}), full=True)  # real verdicts
    finally:
        store.close()
    return week


class _Page(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.opened, self.closed = [], []

    def handle_starttag(self, tag, attrs):
        self.opened.append(tag)

    def handle_endtag(self, tag):
        self.closed.append(tag)


def assert_complete(folder: Path, formats: tuple[str, ...], message: str) -> None:
    """Every file of the report whole: no temporary file, the page parsed to </html>, the
    workbook opened with its sheets, every CSV read."""
    leftovers = [p.name for p in folder.iterdir() if p.name.endswith(".tmp")]
    assert not leftovers, f"{message}: temporary files left: {leftovers}"
    if "html" in formats:
        text = (folder / "report.html").read_text(encoding="utf-8")
        page = _Page()
        page.feed(text)
        page.close()
        assert page.opened[:1] == ["html"] and page.closed[-1:] == ["html"], f"{message}: page cut short"
        assert text.rstrip().endswith("</html>"), message
    if "xlsx" in formats:
        book = load_workbook(folder / "report.xlsx", read_only=True)
        sheets = book.sheetnames
        book.close()
        assert sheets[0] == "about" and len(sheets) > 5, f"{message}: {sheets}"
        assert len(pd.read_excel(folder / "report.xlsx", sheet_name=None)) == len(sheets)
    if "csv" in formats:
        for path in folder.glob("*.csv"):
            pd.read_csv(path, encoding="utf-8-sig")
    if "pdf" in formats:
        data = (folder / "report.pdf").read_bytes()
        assert data.startswith(b"%PDF-") and b"%%EOF" in data[-64:], f"{message}: PDF cut short"


def test_the_report_job_killed_at_random_points_writes_the_report_whole_on_restart(tmp_path, fault_seed):
    rng = random.Random(fault_seed + 4)
    db = store_at("m")
    week = _report_store(db)
    empty_models = tmp_path / "no-models"  # no model: no themes, so no encoder to load per run
    empty_models.mkdir()
    out = tmp_path / "reports"
    config = helpers.write_toml(tmp_path / "monitor.toml", f"[model]\ndir = {helpers.toml_text(empty_models)}\n"
                                f"[reports]\ndir = {helpers.toml_text(out)}\n")
    store = open_store(db)
    try:  # the reference: the same report's tables written undisturbed, in this process
        write_configured_report(store, load_config(config, env={"MONITOR_REPORTS_FORMATS": "csv"}), week,
                                out_dir=tmp_path / "reference")
    finally:
        store.close()
    assert helpers.scalar(db, "SELECT COUNT(*) FROM alerts") == 0, "the reference queued no summary"
    env = helpers.process_env(config, MONITOR_DB=str(db))
    command = helpers.job_command("scheduler.report_job(config, only_if_missing=True)")
    folder = out / week
    # one kill point per phase, each at a seeded random moment after this run wrote the phase's
    # first file: the CSV tables and workbook, the page, and the PDF (rendered after the page)
    kills = 0
    for first, phase in (("headline.csv", "tables"), ("report.xlsx", "page"), ("report.html", "PDF")):
        started = time.time()
        process = helpers.start(command, env, tmp_path)
        kills += helpers.kill_when(process, lambda: _written_since(folder / first, started),
                                   f"report {phase}",
                                   delay_s=rng.uniform(0, 0.25))
    assert kills == 3, f"seed {fault_seed}: only {kills} kills landed"
    assert not (folder / "report.pdf").exists(), "the last kill came after the PDF"
    helpers.finish(command, env, tmp_path)  # `monitor run` restarted: its report catch-up
    helpers.finish(command, env, tmp_path)  # once more: nothing left to do, nothing doubled
    message = f"seed {fault_seed}"
    assert_complete(folder, ("csv", "xlsx", "html", "pdf"), message)
    reference = tmp_path / "reference" / week
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        [p.name for p in reference.iterdir()] + ["report.html", "report.pdf", "report.xlsx"])
    for path in reference.glob("*.csv"):
        assert (folder / path.name).read_bytes() == path.read_bytes(), f"{message}: {path.name} differs"
    summaries = rows(db, "SELECT id FROM alerts WHERE kind = 'weekly_report'")
    assert summaries == [(f"report:{week}",)], f"{message}: the chat summary queued once: {summaries}"
    runs = [s for (s,) in rows(db, "SELECT status FROM job_runs WHERE job = 'report' ORDER BY id")]
    assert runs.count("ok") == 1 and "running" not in runs, f"{message}: {runs}"


def _written_since(path: Path, moment: float) -> bool:
    try:
        return path.stat().st_mtime >= moment
    except FileNotFoundError:
        return False
