"""The report as one self-contained HTML page: inline style and SVG charts, no script, every
value escaped. It opens offline, prints on A4 (WeasyPrint renders the PDF from it), and its
Content Security Policy forbids any script, so mention text can never run.
"""

from __future__ import annotations

import html
from datetime import timedelta

import pandas as pd

from monitor import board
from monitor.reports import charts
from monitor.reports.figures import WeeklyReport

HTML_ROWS = 50  # rows per table on the page; the CSV and XLSX files hold all of them
TEXT_CHARS = 300
LONG_TEXT_COLUMNS = ("text", "sample_text", "members", "example_1", "example_2")
NOWRAP_COLUMNS = ("created_at", "changed_at", "verdict_since", "first_at", "last_at", "day", "link")
COLUMN_LABELS = {
    "figure": "", "this_week": "This week", "previous_week": "Week before", "change": "Change",
    "day": "Day", "category": "Category", "source": "Source", "lang": "Language",
    "theme": "Theme", "complaints": "Complaints", "share": "Share", "example_1": "Example",
    "example_2": "Example", "course": "Course", "opened": "Opened", "worked_on": "Worked on",
    "resolved": "Resolved", "closed": "Closed", "changed_at": "When", "person": "Person",
    "from": "From", "to": "To", "score": "Score", "customer": "Customer", "verdict": "Verdict",
    "verdict_since": "True since", "mentions_this_week": "Mentions this week", "status": "Case status",
    "owner": "Owner", "first_at": "First post", "last_at": "Last post", "accounts": "Accounts",
    "members": "Members", "occurrences": "Posts", "sample_text": "Sample", "created_at": "Posted",
    "handle": "Author", "author_verdict": "Author's verdict", "text": "Text", "link": "Link",
    "author_name": "Name", "mentions": "Mentions", "days": "Days", "founded": "Founded",
    "disrespectful": "Disrespectful", "customer_name": "Customer",
}
SECTIONS = (  # (table, heading, what it says), after the headline, charts and themes
    ("verdict_changes", "People whose verdict changed",
     "Each person once (a customer and their accounts are one person)."),
    ("campaigns", "Campaigns and authors on watch",
     "True since: when the evidence made the verdict true, not when detection ran."),
    ("customers", "Customers who posted this week", "Linked CRM customers with a verdict, and the course for each."),
    ("coordinated_groups", "Coordinated groups", "Accounts posting near-identical texts within minutes."),
    ("founded_complaints", "Founded complaints", ""),
    ("top_authors", "Most active authors", ""),
    ("model_health", "Model health",
     "Unsure: the model's nearer score is close to its bar; corrections on the board teach the next version."),
)


def render(report: WeeklyReport, open_complaints_now: int) -> str:
    scope = report.scope
    start, end = scope.bounds
    esc = html.escape
    first_day = start.astimezone(_zone(scope.time_zone)).date()
    last_day = (end.astimezone(_zone(scope.time_zone)) - timedelta(days=1)).date()
    title = f"Weekly report {scope.week}" + (f" · {scope.brand}" if scope.brand else "")
    parts = [
        "<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
        "style-src 'unsafe-inline'; img-src data:\">",
        f"<title>{esc(title)}</title>", f"<style>{CSS}</style></head><body>",
        f"<h1>{esc(title)}</h1>",
        f"<p class=\"period\">Monday {first_day:%d %B} to Sunday {last_day:%d %B %Y}, days in "
        f"{esc(scope.time_zone)} · {esc('brand ' + scope.brand if scope.brand else 'all brands')}"
        f" · model {esc(report.model_version)} · generated "
        f"{esc(report.generated_at.astimezone(_zone(scope.time_zone)).strftime('%Y-%m-%d %H:%M'))}</p>",
        "<h2>The week in figures</h2>",
        _table(report.headline, "headline"),
        f"<p class=\"note\">Complaint cases still open now (as the board counts them): "
        f"<b>{open_complaints_now}</b>.</p>",
        "<h2>Mentions per day</h2>",
        f"<div class=\"chart\">{charts.daily_stacked(report.tables['mentions_by_day'])}</div>",
        _table(report.tables["mentions_by_day"], "mentions_by_day"),
        "<h2>Against the week before</h2>",
        _table(report.tables["by_category"], "by_category"),
    ]
    for name, label, heading in (("by_source", "source", "By source"),
                                 ("by_language", "lang", "By language")):
        frame = report.tables[name]
        if not frame.empty:
            parts.append(f"<div class=\"chart\">{charts.week_against_week(frame, label, heading)}</div>")
        parts.append(_table(frame, name))
    parts += _themes(report)
    parts += ["<h2>Cases</h2>",
              "<p class=\"note\">Opened: the verdict became true this week. Worked on: a step ticked, "
              "a note, a status or owner change. Courses are the playbook's recommendation now.</p>"]
    by_course = report.tables["cases_by_course"]
    if not by_course.empty:
        parts.append(f"<div class=\"chart\">{charts.cases_by_course(by_course)}</div>")
    parts.append(_table(by_course, "cases_by_course"))
    for name, heading, note in SECTIONS:
        parts.append(f"<h2>{esc(heading)}</h2>")
        if note:
            parts.append(f"<p class=\"note\">{esc(note)}</p>")
        parts.append(_table(report.tables[name], name))
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


def _themes(report: WeeklyReport) -> list[str]:
    esc = html.escape
    parts = ["<h2>What the founded complaints were about</h2>"]
    if not report.themes:
        return parts + [f"<p class=\"empty\">{esc(report.themes_note or 'No themes this week.')}</p>"]
    total = sum(t.mentions for t in report.themes)
    parts.append("<p class=\"note\">Complaints grouped by meaning; each group is named by its most "
                 "characteristic words.</p>")
    for theme in report.themes:
        parts.append(f"<div class=\"theme\"><h3>{esc(theme.name)}</h3><p class=\"note\">"
                     f"{theme.mentions} complaints ({theme.mentions / total:.0%})</p>")
        for handle, text in theme.examples:
            parts.append(f"<blockquote>{esc(text)}<br><span class=\"who\">— {esc(handle)}</span>"
                         "</blockquote>")
        parts.append("</div>")
    return parts


def _table(frame: pd.DataFrame, name: str) -> str:
    esc = html.escape
    if frame.empty:
        return "<p class=\"empty\">Nothing this week.</p>"
    note = ""
    if len(frame) > HTML_ROWS:
        note = (f"<p class=\"note\">First {HTML_ROWS} of {len(frame)} rows; all of them are in "
                f"{esc(name)}.csv and the spreadsheet.</p>")
        frame = frame.head(HTML_ROWS)
    head = "".join(f"<th>{esc(COLUMN_LABELS.get(str(c), str(c)))}</th>" for c in frame.columns)
    rows = []
    for record in frame.itertuples(index=False):
        cells = []
        for column, value in zip(frame.columns, record):
            if column == "link" and board.safe_link(value):
                cells.append(f'<td class="nowrap"><a href="{esc(value, quote=True)}" rel="noopener noreferrer">'
                             "open</a></td>")
            elif column in LONG_TEXT_COLUMNS:
                cells.append(f'<td class="long">{esc(_cell_text(value))}</td>')
            elif column in NOWRAP_COLUMNS:
                cells.append(f'<td class="nowrap">{esc(_cell_text(value))}</td>')
            else:
                cells.append(f"<td>{esc(_cell_text(value))}</td>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    return f"{note}<table class=\"{esc(name)}\"><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


def _cell_text(value: object) -> str:
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return ""
    if isinstance(value, float):
        return f"{value:.2f}"
    text = str(value)
    return text if len(text) <= TEXT_CHARS else text[: TEXT_CHARS - 1] + "…"


def _zone(name: str):
    from zoneinfo import ZoneInfo

    return ZoneInfo(name)


CSS = (
    "@page{size:A4;margin:14mm 12mm}"
    "body{font-family:'DejaVu Sans',system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;margin:2rem;"
    "color:#222;font-size:10pt}"
    "@media print{body{margin:0}}"
    "h1{margin-bottom:.2rem;font-size:18pt}h2{margin-top:1.6rem;border-bottom:1px solid #ddd;"
    "padding-bottom:.2rem;font-size:13pt;break-after:avoid}h3{margin:.6rem 0 .2rem;font-size:11pt}"
    ".period,.note{color:#555;margin-top:0}.empty{color:#888}"
    "table{border-collapse:collapse;font-size:8.5pt;width:100%;margin:.4rem 0}"
    "thead{display:table-header-group}tr{break-inside:avoid}"
    "th,td{border:1px solid #e3e3e3;padding:.25rem .4rem;text-align:left;vertical-align:top}"
    "th{background:#f6f6f6}table.headline{width:auto}table.headline td:first-child{font-weight:600}"
    "td{overflow-wrap:anywhere}.long{min-width:14rem}td.nowrap{white-space:nowrap;overflow-wrap:normal}"
    ".chart svg{max-width:100%;height:auto}.chart{break-inside:avoid}"
    ".theme{break-inside:avoid}blockquote{margin:.2rem 0 .4rem 1rem;padding-left:.6rem;"
    "border-left:3px solid #f39c12;color:#333}.who{color:#777;font-size:8.5pt}"
)
