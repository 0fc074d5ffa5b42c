"""The weekly report: figures checked against direct queries and the board, and its files (HTML
without script, XLSX that pandas opens, a PDF whose pages render, CSV safe in spreadsheets)."""

from __future__ import annotations

import csv
import json
import shutil
import subprocess
from datetime import datetime, timedelta, timezone

import pandas as pd
import pytest

from monitor.mention import Mention, iso
from monitor.verdicts import Assessment
from monitor import board, cases, periods
from monitor.periods import PeriodError, last_full_week, week_bounds
from monitor.reports import ReportScope, build_report, chat_summary, write_weekly_report

WEEK = "2026-W45"  # Monday 2026-11-02 to Sunday 2026-11-08
MONDAY = datetime(2026, 11, 2, tzinfo=timezone.utc)
NOW = datetime(2026, 11, 11, 9, 30, tzinfo=timezone.utc)
SCRIPT = "<script>alert('x')</script> Veloz charged me twice, <b>order 123</b>"
FORMULA = '=HYPERLINK("http://evil.example","Veloz reembolso")'
TABLES = ["headline", "mentions_by_day", "by_category", "by_source", "by_language",
          "complaint_themes", "cases_by_course", "verdict_changes", "customers", "campaigns",
          "coordinated_groups", "founded_complaints", "top_authors", "model_health"]
EXPECTED_FILES = [f"{t}.csv" for t in TABLES] + ["report.xlsx", "report.html", "report.pdf"]
QUICK = ("csv", "xlsx", "html")  # the PDF has its own test


def mention(source, native_id, author, text, day, hour=10, lang="pt", brand=""):
    return Mention(source=source, native_id=native_id, author_id=author, author_handle=f"@{author}",
                   author_name=author.title(), text=text, lang=lang, brand=brand,
                   created_at=MONDAY + timedelta(days=day, hours=hour),
                   url=f"https://social.example/{native_id}")


def verdict(key, kind, name, score, figures, evidence, reasons):
    return {"subject_key": key, "subject_type": kind, "verdict": name, "score": score,
            "figures_json": json.dumps(figures), "evidence_json": json.dumps(evidence),
            "reasons_json": json.dumps(reasons)}


@pytest.fixture
def week_store(store):
    """Eight mentions inside W45 (one unscored), two outside it, verdicts and groups around it."""
    scored = [  # mention, category, p_disrespectful, p_founded
        (mention("x", "t1", "troll", "Veloz bando de ladrões", 0), "disrespectful", 0.95, 0.0),
        (mention("x", "t2", "troll", "Veloz é lixo", 1), "disrespectful", 0.9, 0.0),
        (mention("x", "t3", "troll", "Veloz golpista", 2), "disrespectful", 0.8, 0.1),
        (mention("mastodon", "a1", "ana", FORMULA, 3, lang="es"), "founded_complaint", 0.0, 0.9),
        (mention("bluesky", "j1", "joe", SCRIPT, 4, lang="en"), "founded_complaint", 0.1, 0.8),
        (mention("bluesky", "j2", "joe", "Still charged twice, order 123", 4, 15, "en"),
         "founded_complaint", 0.1, 0.85),
        (mention("x", "f1", "fan", "Adorei a Veloz", 5), "other", 0.0, 0.0),
        (mention("x", "p1", "troll", "Veloz de novo", -1), "disrespectful", 0.9, 0.0),  # week before
        (mention("x", "n1", "troll", "Veloz lixo", 7), "disrespectful", 0.9, 0.0),  # week after
    ]
    unscored = mention("x", "u1", "newbie", "Veloz?", 6, 23)
    store.save_page([m for m, *_ in scored] + [unscored])
    store.save_scores(pd.DataFrame([
        {"id": m.id, "category": c, "p_complaint": 0.9 if c != "other" else 0.1,
         "p_disrespectful": d, "p_founded": f, "founded": f >= 0.5} for m, c, d, f in scored
    ]), "test-model")
    store.save_verdicts([verdict("x:troll", "author", "watch", 0.6, {"mentions": 2}, [], [])],
                        iso(MONDAY + timedelta(days=1)))
    store.save_verdicts([
        verdict("x:troll", "author", "campaign", 0.91,
                {"mentions": 4, "distinct_days": 4, "disrespect_share": 0.9},
                ["x:t1", "x:t2", "x:t3"], ["4 mentions on 4 days", "90% disrespectful"]),
        verdict("mastodon:ana", "author", "one_off_complaint", 0.3, {"mentions": 1}, ["mastodon:a1"], []),
        verdict("bluesky:joe", "author", "recurring_complaint", 0.5, {"mentions": 2}, ["bluesky:j1"], []),
    ], iso(MONDAY + timedelta(days=2)))
    store.save_verdicts([verdict("x:fan", "author", "campaign", 0.7, {"mentions": 9}, [], [])],
                        iso(MONDAY + timedelta(days=8)))  # became a campaign after the week
    store.save_groups([
        {"group_id": "g-in", "members_json": json.dumps(["x:b1", "x:b2"]),
         "mention_ids_json": "[]", "first_at": iso(MONDAY + timedelta(days=2)),
         "last_at": iso(MONDAY + timedelta(days=2, minutes=5)), "occurrences": 2,
         "sample_text": "<img src=x onerror=alert(1)> boicote"},
        {"group_id": "g-out", "members_json": json.dumps(["x:b3"]), "mention_ids_json": "[]",
         "first_at": iso(MONDAY - timedelta(days=5)), "last_at": iso(MONDAY - timedelta(days=5)),
         "occurrences": 2, "sample_text": "old"},
    ])
    return store


def read_csv(path):
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def headline(folder):
    return {r["figure"]: r for r in read_csv(folder / "headline.csv")}


def count(store, sql, *args):
    return store.db.execute(sql, list(args)).fetchone()[0]


def test_week_bounds_and_default_week():
    assert week_bounds(WEEK) == (MONDAY, MONDAY + timedelta(days=7))
    assert last_full_week(NOW) == WEEK
    assert last_full_week(datetime(2026, 1, 1, tzinfo=timezone.utc)) == "2025-W52"
    for bad in ("2026-47", "2026-W54", "last week"):
        with pytest.raises(PeriodError):
            week_bounds(bad)


def test_writes_every_table_the_workbook_the_page_and_the_pdf(week_store, tmp_path):
    if not shutil.which("pdftoppm"):
        pytest.skip("poppler-utils (pdftoppm) is not installed")
    paths = write_weekly_report(week_store, tmp_path / "reports", now=NOW)
    assert [p.name for p in paths] == EXPECTED_FILES
    assert all(p.parent == tmp_path / "reports" / WEEK and p.stat().st_size > 0 for p in paths)
    pdf = tmp_path / "reports" / WEEK / "report.pdf"
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    pages = int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))
    assert 2 <= pages <= 10, info
    text = subprocess.run(["pdftotext", "-l", "1", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "Weekly report 2026-W45" in text and "The week in figures" in text
    subprocess.run(["pdftoppm", "-r", "50", "-png", "-f", "1", "-l", "1", str(pdf),
                    str(tmp_path / "page")], check=True)
    from PIL import Image

    with Image.open(next(tmp_path.glob("page*.png"))) as image:
        colours = image.convert("RGB").getcolors(maxcolors=1_000_000)
        assert image.width > 300 and colours is not None and len(colours) > 50  # text and a chart


def test_figures_agree_with_direct_queries(week_store, tmp_path):
    folder = tmp_path / WEEK
    write_weekly_report(week_store, tmp_path, WEEK, now=NOW, formats=QUICK)
    since, until, before = iso(MONDAY), iso(MONDAY + timedelta(days=7)), iso(MONDAY - timedelta(days=7))
    window = "FROM mentions WHERE created_at >= ? AND created_at < ?"
    figures = headline(folder)
    assert int(figures["Mentions"]["this_week"]) == count(week_store, f"SELECT COUNT(*) {window}", since, until) == 8
    assert int(figures["Mentions"]["previous_week"]) == count(
        week_store, f"SELECT COUNT(*) {window}", before, since) == 1
    assert figures["Mentions"]["change"] == "7 more (+700%)"
    assert int(figures["Founded complaints (any tone)"]["this_week"]) == count(
        week_store, f"SELECT COUNT(*) {window} AND founded = 1", since, until) == 3
    assert int(figures["Disrespectful mentions"]["this_week"]) == count(
        week_store, f"SELECT COUNT(*) {window} AND p_disrespectful >= 0.5", since, until) == 3
    assert int(figures["Authors posting"]["this_week"]) == count(
        week_store, f"SELECT COUNT(DISTINCT author_key) {window}", since, until) == 5
    # cases count from when their evidence made them true: the troll's campaign and two complaints
    assert figures["New campaigns"]["this_week"] == "1"
    assert figures["New complaint cases"]["this_week"] == "2"
    assert figures["Coordinated groups active"]["this_week"] == "1"

    sources = {r["source"]: r for r in read_csv(folder / "by_source.csv")}
    assert (sources["X"]["this_week"], sources["X"]["previous_week"]) == ("5", "1")
    assert sources["Bluesky"]["change"] == "2 more (none before)"
    languages = {r["lang"]: int(r["this_week"]) for r in read_csv(folder / "by_language.csv")}
    assert languages == {"Portuguese": 5, "English": 2, "Spanish": 1}

    campaigns = read_csv(folder / "campaigns.csv")
    assert [(r["person"], r["verdict"], r["mentions_this_week"]) for r in campaigns] == [
        ("@troll", "Campaign (war on the company)", "3")]
    assert campaigns[0]["verdict_since"] == "2026-11-04 00:00"
    changes = read_csv(folder / "verdict_changes.csv")
    assert [(r["person"], r["from"], r["to"]) for r in changes] == [
        ("@troll", "Nothing to act on", "Watch (may become a campaign)"),
        ("@troll", "Watch (may become a campaign)", "Campaign (war on the company)"),
        ("@ana", "Nothing to act on", "One-off founded complaint"),
        ("@joe", "Nothing to act on", "Recurring founded complaints")]
    founded = read_csv(folder / "founded_complaints.csv")
    assert [(r["handle"], r["author_verdict"]) for r in founded] == [
        ("@ana", "One-off founded complaint"), ("@joe", "Recurring founded complaints"),
        ("@joe", "Recurring founded complaints")]
    groups = read_csv(folder / "coordinated_groups.csv")
    assert [(g["accounts"], g["members"]) for g in groups] == [("2", "x:b1, x:b2")]
    top = {r["handle"]: r for r in read_csv(folder / "top_authors.csv")}
    assert (top["@troll"]["mentions"], top["@troll"]["disrespectful"]) == ("3", "3")
    assert (top["@troll"]["source"], top["@troll"]["verdict"]) == ("X", "Campaign (war on the company)")
    assert not {"author_key", "customer_id"} & set(top["@troll"])  # no store keys in any file
    assert campaigns[0]["status"] == "New"
    health = {r["figure"]: r for r in read_csv(folder / "model_health.csv")}
    assert (health["Mentions scored"]["this_week"], health["Not scored yet"]["this_week"]) == ("7", "1")


def test_per_day_figures_are_what_the_board_shows_for_those_days(week_store, tmp_path):
    """The board's chart on the week's last day, in the same time zone, shows the same days."""
    zone = "America/Sao_Paulo"
    write_weekly_report(week_store, tmp_path, WEEK, now=NOW, time_zone=zone, formats=("csv",))
    report_days = {r["day"]: int(r["Total"]) for r in read_csv(tmp_path / WEEK / "mentions_by_day.csv")}
    sunday_evening = datetime(2026, 11, 9, 2, tzinfo=timezone.utc)  # 23:00 Sunday in São Paulo
    shown = board.daily_by_category(week_store, sunday_evening, 7, zone).sum(axis=1).astype(int)
    assert report_days == shown.to_dict()
    # Sunday's 23:00 UTC post is 20:00 on Sunday there; the next Monday's is in the next week
    assert report_days["2026-11-02"] == 1 and report_days["2026-11-08"] == 1
    assert sum(report_days.values()) == 8


def test_the_week_is_the_teams_week(store, tmp_path):
    early = mention("x", "e1", "ana", "Veloz?", 0, hour=1)  # Monday 01:00 UTC = Sunday 22:00 in SP
    store.save_page([early])
    utc = build_report(store, ReportScope(WEEK, "UTC"), now=NOW)
    local = build_report(store, ReportScope(WEEK, "America/Sao_Paulo"), now=NOW)
    assert utc.figure("Mentions") == 1 and local.figure("Mentions") == 0
    assert int(local.headline.loc[0, "previous_week"]) == 1  # it falls in W44 there
    assert build_report(store, ReportScope("2026-W44", "America/Sao_Paulo"), now=NOW).figure("Mentions") == 1


def test_a_brand_report_counts_only_that_brands_mentions(store, tmp_path):
    store.save_page([mention("x", "v1", "ana", "Veloz atrasou", 1, brand="Veloz"),
                     mention("x", "v2", "bia", "Veloz de novo", 2, brand="Veloz"),
                     mention("x", "o1", "caio", "Outra marca", 2, brand="Rapido")])
    assert build_report(store, ReportScope(WEEK), now=NOW).figure("Mentions") == 3
    assert build_report(store, ReportScope(WEEK, brand="veloz"), now=NOW).figure("Mentions") == 2
    paths = write_weekly_report(store, tmp_path, WEEK, now=NOW, brand="Rapido", formats=("html",))
    assert paths == [tmp_path / f"{WEEK}-rapido" / "report.html"]
    assert "brand Rapido" in paths[0].read_text(encoding="utf-8")


def test_case_work_of_the_week_is_counted_by_course(store, tmp_path):
    now = datetime.now(timezone.utc)
    week = periods.week_of(now.date())
    store.save_page([replace_time(mention("x", f"c{i}", "ana", "Veloz cobrou em dobro", 0), now) for i in range(2)])
    figures = {"mentions": 2, "distinct_days": 2, "complaints": 2, "founded_complaints": 2,
               "founded_days": 2, "disrespectful": 0, "lang": "pt", "evident_at": iso(now)}
    store.save_verdicts([Assessment("x:ana", "author", "recurring_complaint", 0.8, figures).to_row()],
                        iso(now))
    store.set_step("x:ana", "recovery.owner", True, "tester")
    store.set_case_status("x:ana", "resolved", "tester")
    report = build_report(store, ReportScope(week), now=now)
    by_course = report.tables["cases_by_course"].set_index("course")
    assert by_course.loc["Recover the customer"].to_dict() == {
        "opened": 1, "worked_on": 1, "resolved": 1, "closed": 0}
    assert report.figure("Cases worked on") == 1
    assert cases.open_complaint_count(store) == 0  # the board's count agrees: resolved is not open


def replace_time(m, when):
    from dataclasses import replace

    return replace(m, created_at=when - timedelta(minutes=1))


def test_complaint_themes_group_by_meaning_and_are_named_by_their_words(store):
    from monitor.embedding import get_embedder

    billing = ["A fatura do cartão Veloz veio com cobrança em dobro, quero o estorno",
               "Cobrança duplicada na fatura da Veloz de novo, ninguém resolve o estorno",
               "Veloz me cobrou duas vezes na fatura do cartão, cadê o estorno?",
               "Fatura com compra duplicada, a Veloz cobrou em dobro e não estorna"]
    delivery = ["Meu pedido da Veloz está atrasado há dez dias e a entrega não chega",
                "Entrega atrasada de novo, o pedido Veloz sumiu na transportadora",
                "Pedido parado, a entrega da Veloz está atrasada e ninguém responde",
                "A Veloz não entregou meu pedido, entrega atrasada uma semana"]
    store.save_page([mention("x", f"b{i}", f"b{i}", t, 1) for i, t in enumerate(billing)]
                    + [mention("x", f"d{i}", f"d{i}", t, 2) for i, t in enumerate(delivery)])
    store.save_scores(pd.DataFrame([{"id": f"x:{k}{i}", "category": "founded_complaint", "p_complaint": 0.9,
                                     "p_disrespectful": 0.05, "p_founded": 0.9, "founded": True}
                                    for k in "bd" for i in range(4)]), "test-model")
    embedder = get_embedder("use-multilingual")
    report = build_report(store, ReportScope(WEEK), now=NOW, brand_words=["Veloz"],
                          embed=lambda texts: embedder.encode(list(texts)))
    groups = sorted(sorted(h for h, _ in t.examples) for t in report.themes)
    assert [t.mentions for t in report.themes] == [4, 4]
    assert all(len({h[1] for h in g}) == 1 for g in groups)  # each example pair from one topic
    names = " ".join(t.name for t in report.themes)
    assert ("fatura" in names or "estorno" in names) and ("entrega" in names or "atrasada" in names)
    assert "veloz" not in names.lower()
    table = report.tables["complaint_themes"]
    assert list(table["complaints"]) == [4, 4] and list(table["share"]) == ["50%", "50%"]


def test_html_escapes_every_text_and_has_no_script(week_store, tmp_path):
    page = write_weekly_report(week_store, tmp_path, WEEK, now=NOW, formats=("html",))[0].read_text(encoding="utf-8")
    assert "<script" not in page.lower()
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in page
    assert "&lt;b&gt;order 123&lt;/b&gt;" in page and "<b>order" not in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page and "<img" not in page
    assert "default-src 'none'" in page
    assert "<td>Mentions</td><td>8</td><td>1</td><td>7 more (+700%)</td>" in page
    assert page.count("<svg") >= 3  # the charts are inline


def test_workbook_opens_with_pandas_and_matches_the_csv_files(week_store, tmp_path):
    write_weekly_report(week_store, tmp_path, WEEK, now=NOW, formats=("csv", "xlsx"))
    sheets = pd.read_excel(tmp_path / WEEK / "report.xlsx", sheet_name=None)
    assert list(sheets) == ["about", *TABLES]
    about = dict(sheets["about"].values)
    assert about["Week"] == WEEK and about["Time zone"] == "UTC"
    assert about["Window start (UTC)"] == "2026-11-02 00:00"
    csv_headline = pd.read_csv(tmp_path / WEEK / "headline.csv", encoding="utf-8-sig")
    pd.testing.assert_frame_equal(sheets["headline"], csv_headline)
    founded = sheets["founded_complaints"]
    assert founded.loc[0, "text"] == "'" + FORMULA  # never a live formula
    assert founded.loc[0, "handle"] == "@ana"


def test_csv_cells_cannot_run_as_spreadsheet_formulas(week_store, tmp_path):
    write_weekly_report(week_store, tmp_path, WEEK, now=NOW, formats=("csv",))
    founded = read_csv(tmp_path / WEEK / "founded_complaints.csv")
    assert founded[0]["text"] == "'" + FORMULA
    assert founded[0]["handle"] == "@ana"  # a plain handle is not altered


def test_same_data_same_files(week_store, tmp_path):
    first = write_weekly_report(week_store, tmp_path, WEEK, now=NOW, formats=("csv", "html"))
    contents = [p.read_bytes() for p in first]
    second = write_weekly_report(week_store, tmp_path, WEEK, now=NOW, formats=("csv", "html"))
    assert second == first
    assert [p.read_bytes() for p in second] == contents


def test_chat_summary_names_the_figures_and_links_the_report(week_store):
    report = build_report(week_store, ReportScope(WEEK), now=NOW)
    title, body = chat_summary(report, "https://intranet.example/reports/2026-W45/report.html")
    assert title == "Weekly report 2026-W45"
    assert "Mentions: 8 (week before: 1)" in body and "New campaigns: 1 (week before: 0)" in body
    assert body.endswith("Full report: https://intranet.example/reports/2026-W45/report.html")
    title, body = chat_summary(report, "", "pt")
    assert title == "Relatório semanal 2026-W45"
    assert "Menções: 8 (semana anterior: 1)" in body and "Relatório completo" not in body
    assert chat_summary(report, "", "es")[1].startswith("Menciones: 8 (semana anterior: 1)")


def test_no_secret_reaches_the_report(week_store, tmp_path, monkeypatch):
    monkeypatch.setenv("MONITOR_ALERT_URL", "slack://T000/B000/s3cr3t-token")
    for path in write_weekly_report(week_store, tmp_path, WEEK, now=NOW, formats=("csv", "html")):
        assert "s3cr3t-token" not in path.read_text(encoding="utf-8-sig")


def test_empty_database_gives_empty_tables(store, tmp_path):
    paths = write_weekly_report(store, tmp_path, WEEK, now=NOW, formats=QUICK)
    assert read_csv(tmp_path / WEEK / "founded_complaints.csv") == []
    page = (tmp_path / WEEK / "report.html").read_text(encoding="utf-8")
    assert "Nothing this week." in page and "No founded complaints this week." in page
    assert len(paths) == len(TABLES) + 2
