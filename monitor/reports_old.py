"""The weekly report: CSV tables plus one self-contained HTML page, for one ISO week.

Files go to `<out_dir>/<week>/` with fixed names, so writing the same week again replaces
them. Every text in the HTML is escaped and the page carries no script (its Content Security
Policy forbids any); CSV cells that a spreadsheet would run as a formula are neutralised.
Only stored mentions, verdicts and groups are reported: no configuration, no secrets.
"""

from __future__ import annotations

import html
import os
import re
from datetime import datetime, timedelta
from pathlib import Path

import pandas as pd

from monitor import board, cases
from monitor.mention import iso, utcnow
from monitor.periods import days_bounds, last_full_week, week_bounds
from monitor.store import Store
from monitor.verdicts import HOSTILE_VERDICTS, parse_json

HTML_ROWS = 200  # rows per table in the HTML page; the CSV files hold all of them
TEXT_CHARS = 400
LONG_TEXT_COLUMNS = ("text", "sample_text", "reasons", "members")
HTML_COLUMNS = {  # the page shows fewer columns than the CSV files hold
    "founded_complaints": ["created_at", "source", "lang", "handle", "author_verdict", "text", "link"],
    "campaigns": ["display_name", "subject_type", "verdict", "score", "first_verdict_at",
                  "mentions_this_week", "customer_id", "reasons"],
}
CSV_ENCODING = "utf-8-sig"  # with a BOM, so spreadsheets open accents (pt, es) correctly
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_HANDLE = re.compile(r"^@[\w.\-]+(@[\w.\-]+)?$")

TABLES = {  # file stem -> heading in the HTML page
    "mentions_by_day": "Mentions per day, category and language",
    "founded_complaints": "Founded complaints",
    "campaigns": "Campaigns and authors on watch",
    "verdict_changes": "Verdict changes this week",
    "coordinated_groups": "Coordinated groups",
    "top_authors": "Most active authors",
}


def weekly_tables(store: Store, week: str, disrespect_min: float = 0.5) -> dict[str, pd.DataFrame]:
    """The report's tables for one ISO week, as DataFrames named like their CSV files;
    `disrespect_min` is detection's decision threshold."""
    start, end = week_bounds(week)
    since, until = iso(start), iso(end)
    founded = store.mention_list(since=since, until=until, founded_only=True, limit=1_000_000)
    verdicts = store.verdicts_frame()
    current = dict(zip(verdicts["subject_key"], verdicts["verdict"])) if not verdicts.empty else {}
    founded = founded.assign(author_verdict=founded["author_key"].map(current),
                             link=founded["url"].map(board.safe_link))
    founded = founded[["created_at", "source", "lang", "author_key", "handle", "author_verdict",
                       "category", "p_founded", "p_disrespectful", "text", "link"]]
    return {
        "mentions_by_day": store.daily_breakdown(days_bounds(start.date(), 7)),
        "founded_complaints": founded.sort_values(["created_at", "author_key"]).reset_index(drop=True),
        "campaigns": _campaigns(store, since, until),
        "verdict_changes": store.verdict_changes(since, until).iloc[::-1].reset_index(drop=True),
        "coordinated_groups": _groups(store, since, until),
        "top_authors": store.top_authors(since, until, disrespect_min, limit=50),
    }


def _campaigns(store: Store, since: str, until: str) -> pd.DataFrame:
    """Current campaign/watch verdicts reached before the week ended, figures as columns."""
    columns = ["subject_key", "subject_type", "display_name", "verdict", "score", "verdict_since",
               "first_verdict_at", "mentions_this_week", "customer_id", "reasons"]
    frame = store.subjects_frame(HOSTILE_VERDICTS)
    if frame.empty:
        return pd.DataFrame(columns=columns)
    first = frame["first_verdict_at"].fillna(frame["verdict_since"])
    frame = frame[first < until].reset_index(drop=True)
    if frame.empty:
        return pd.DataFrame(columns=columns)
    frame["first_verdict_at"] = first
    counts = store.subject_mention_counts(list(frame["subject_key"]), since, until)
    frame["mentions_this_week"] = frame["subject_key"].map(counts).fillna(0).astype(int)
    frame["reasons"] = [" | ".join(map(str, parse_json(r, []))) for r in frame["reasons_json"]]
    figures = pd.json_normalize([parse_json(f, {}) for f in frame["figures_json"]])
    figures.columns = [f"figure_{c}" for c in figures.columns]
    return pd.concat([frame[columns], figures], axis=1)


def _groups(store: Store, since: str, until: str) -> pd.DataFrame:
    frame = store.groups_between(since, until)
    columns = ["group_id", "first_at", "last_at", "accounts", "members", "occurrences", "sample_text"]
    if frame.empty:
        return pd.DataFrame(columns=columns)
    members = [parse_json(m, []) for m in frame["members_json"]]
    frame["accounts"] = [len(m) for m in members]
    frame["members"] = [" ".join(m) for m in members]
    return frame[columns]


def write_weekly_report(store: Store, out_dir: Path, week: str | None = None, *,
                        now: datetime | None = None, disrespect_min: float = 0.5) -> list[Path]:
    """Write the CSV tables and report.html for the week (default: the last full week).

    Returns the paths written, in a fixed order; the same week always gives the same names.
    """
    now = now or utcnow()
    week = week or last_full_week(now)
    tables = weekly_tables(store, week, disrespect_min)
    start, end = week_bounds(week)
    totals = {**store.period_totals(iso(start), iso(end), disrespect_min),
              "complaints_open": cases.open_complaint_count(store)}
    folder = Path(out_dir) / week
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, frame in tables.items():
        path = folder / f"{name}.csv"
        _write_atomic(path, _csv_safe(frame).to_csv(index=False), CSV_ENCODING)
        paths.append(path)
    page = folder / "report.html"
    _write_atomic(page, render_html(week, tables, totals, now), "utf-8")
    paths.append(page)
    return paths


def summary(tables: dict[str, pd.DataFrame], totals: dict[str, int]) -> list[tuple[str, str]]:
    """The week's headline numbers, as (label, value) pairs."""
    by_day = tables["mentions_by_day"]
    langs = by_day.groupby("lang")["mentions"].sum() if not by_day.empty else pd.Series(dtype=int)
    changes = tables["verdict_changes"]
    campaigns = tables["campaigns"]
    share = f"{totals['disrespectful'] / totals['scored']:.0%}" if totals["scored"] else "n/a"
    return [
        ("Mentions", str(totals["mentions"])),
        ("Authors", str(totals["authors"])),
        ("By language", ", ".join(f"{k}: {int(v)}" for k, v in langs.items()) or "none"),
        ("Disrespectful (of classified mentions)", f"{totals['disrespectful']} ({share})"),
        ("Founded complaints", str(totals["founded"])),
        ("Complaint cases still open (now)", str(totals.get("complaints_open", "n/a"))),
        ("Became a campaign this week",
         str(int((changes["verdict"] == "campaign").sum()) if not changes.empty else 0)),
        ("Campaigns / on watch", f"{int((campaigns['verdict'] == 'campaign').sum())} / "
                                 f"{int((campaigns['verdict'] == 'watch').sum())}"),
        ("Coordinated groups", str(len(tables["coordinated_groups"]))),
    ]


def render_html(week: str, tables: dict[str, pd.DataFrame], totals: dict[str, int],
                now: datetime) -> str:
    """One self-contained page: inline style, no script, every value escaped."""
    start, end = week_bounds(week)
    esc = html.escape
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
        "style-src 'unsafe-inline'\">",
        f"<title>Weekly report {esc(week)}</title>",
        f"<style>{_CSS}</style></head><body>",
        f"<h1>Weekly report {esc(week)}</h1>",
        f"<p class=\"period\">{esc(start.date().isoformat())} to "
        f"{esc((end - timedelta(days=1)).date().isoformat())} (UTC) · generated "
        f"{esc(iso(now))}</p>",
        "<table class=\"summary\">",
        *(f"<tr><th>{esc(k)}</th><td>{esc(v)}</td></tr>" for k, v in summary(tables, totals)),
        "</table>",
    ]
    for name, heading in TABLES.items():
        frame = tables[name]
        if name == "mentions_by_day":
            frame, heading = _per_day(frame), "Mentions per day and category"
        elif name in HTML_COLUMNS and not frame.empty:
            frame = frame[[c for c in HTML_COLUMNS[name] if c in frame.columns]]
        parts.append(f"<h2>{esc(heading)}</h2>")
        if frame.empty:
            parts.append("<p class=\"empty\">Nothing this week.</p>")
            continue
        if len(frame) > HTML_ROWS:
            parts.append(f"<p>First {HTML_ROWS} of {len(frame)} rows; all of them are in "
                         f"{esc(name)}.csv.</p>")
        parts.append(_table_html(frame.head(HTML_ROWS)))
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


def _per_day(by_day: pd.DataFrame) -> pd.DataFrame:
    """Day x category counts with a total, the readable form of mentions_by_day.csv."""
    if by_day.empty:
        return by_day
    table = by_day.pivot_table(index="day", columns="category", values="mentions",
                               aggfunc="sum", fill_value=0)
    table["total"] = table.sum(axis=1)
    table.columns.name = None
    return table.reset_index()


def _table_html(frame: pd.DataFrame) -> str:
    esc = html.escape
    head = "".join(f"<th>{esc(str(c))}</th>" for c in frame.columns)
    rows = []
    for record in frame.itertuples(index=False):
        cells = []
        for column, value in zip(frame.columns, record):
            if column == "link" and board.safe_link(value):
                cells.append(f'<td><a href="{esc(value, quote=True)}" rel="noopener noreferrer">'
                             "open</a></td>")
            elif column in LONG_TEXT_COLUMNS:
                cells.append(f'<td class="long">{esc(_cell_text(value))}</td>')
            else:
                cells.append(f"<td>{esc(_cell_text(value))}</td>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


def _cell_text(value: object) -> str:
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return ""
    if isinstance(value, float):
        return f"{value:.2f}"
    text = str(value)
    return text if len(text) <= TEXT_CHARS else text[: TEXT_CHARS - 1] + "…"


def _csv_safe(frame: pd.DataFrame) -> pd.DataFrame:
    """Prefix text cells a spreadsheet would evaluate (=, +, -, @ ...) with an apostrophe.

    Plain handles such as `@ana` or `@ana@mastodon.social` are left as they are.
    """
    out = frame.copy()
    for column in out.columns:
        if out[column].dtype == object or pd.api.types.is_string_dtype(out[column]):
            out[column] = out[column].map(_neutralise)
    return out


def _neutralise(value: object) -> object:
    if isinstance(value, str) and value.startswith(_FORMULA_START) and not _HANDLE.match(value):
        return "'" + value
    return value


def _write_atomic(path: Path, text: str, encoding: str) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text, encoding=encoding, newline="")
    os.replace(tmp, path)


_CSS = (
    "body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:2rem;color:#222}"
    "h1{margin-bottom:.2rem}h2{margin-top:2rem;border-bottom:1px solid #ddd;padding-bottom:.2rem}"
    ".period{color:#666;margin-top:0}table{border-collapse:collapse;font-size:.85rem;width:100%}"
    "th,td{border:1px solid #e3e3e3;padding:.3rem .5rem;text-align:left;vertical-align:top}"
    "th{background:#f6f6f6}.summary{width:auto}.summary th{font-weight:600}"
    "td{white-space:pre-wrap;overflow-wrap:break-word}.empty{color:#888}"
    ".long{min-width:24rem}td:not(.long){white-space:nowrap}"
)
