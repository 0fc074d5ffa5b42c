"""The weekly report's figures: one ISO week in the team's time zone against the week before,
read from the store, as plain tables the page, the spreadsheet and the chat summary share.

Everything here is data (no HTML, no files), so a test can check each figure against direct
queries and against the board. People are counted as the board counts them (a customer and
their accounts are one person), and a case counts in the week its evidence made it true.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Callable, Sequence

import numpy as np
import pandas as pd

from monitor import board, cases, periods
from monitor.mention import iso
from monitor.reports.themes import Theme, complaint_themes
from monitor.settings import PlaybookSettings
from monitor.store import Store
from monitor.verdicts import (COMPLAINT_VERDICTS, HOSTILE_VERDICTS, STATUS_LABELS, VERDICT_LABELS,
                              VERDICTS)
from monitor.wording import SOURCE_NAMES

Embed = Callable[[Sequence[str]], np.ndarray]
ACTIONABLE = tuple(v for v in VERDICTS if v != "none")
LIST_LIMIT = 1_000_000  # the week's founded complaints: all of them go to the CSV/XLSX files


@dataclass(frozen=True)
class ReportScope:
    """Which week, for which brand, as whom: what makes two reports comparable."""

    week: str
    time_zone: str = "UTC"
    brand: str | None = None
    disrespect_min: float = 0.5
    unsure_within: float = 0.1

    @property
    def bounds(self) -> tuple[datetime, datetime]:
        return periods.week_bounds(self.week, self.time_zone)

    @property
    def previous(self) -> "ReportScope":
        return ReportScope(periods.previous_week(self.week), self.time_zone, self.brand,
                           self.disrespect_min, self.unsure_within)

    @property
    def days(self) -> list[tuple[str, str, str]]:
        return periods.days_bounds(periods.week_monday(self.week), 7, self.time_zone)


@dataclass
class WeeklyReport:
    """Everything one report shows. `tables` are written to CSV and XLSX as they are."""

    scope: ReportScope
    generated_at: datetime
    model_version: str
    headline: pd.DataFrame
    tables: dict[str, pd.DataFrame]
    themes: list[Theme] = field(default_factory=list)
    themes_note: str = ""

    def figure(self, name: str) -> int:
        """One headline number of this week (by its label)."""
        row = self.headline[self.headline["figure"] == name]
        return int(row["this_week"].iloc[0])


def build_report(store: Store, scope: ReportScope, *, now: datetime, model_version: str = "",
                 playbook: PlaybookSettings | None = None, embed: Embed | None = None,
                 brand_words: Sequence[str] = ()) -> WeeklyReport:
    """Read the week's figures. `embed` turns complaint texts into unit vectors for the themes
    (None leaves themes out, with a note saying why)."""
    start, end = scope.bounds
    since, until = iso(start), iso(end)
    before_start, _ = scope.previous.bounds
    totals = store.period_totals(since, until, scope.disrespect_min, scope.brand, scope.unsure_within)
    before = store.period_totals(iso(before_start), since, scope.disrespect_min, scope.brand,
                                 scope.unsure_within)
    volumes = store.daily_breakdown(scope.days, scope.brand)
    previous_volumes = store.daily_breakdown(scope.previous.days, scope.brand)
    people = store.subjects_frame(ACTIONABLE)
    work = store.case_work_in(since, until)
    work_before = store.case_work_in(iso(before_start), since)
    opened = _opened(people, since, until)
    named = people[people["customer_id"].notna() | people["verdict"].isin(HOSTILE_VERDICTS)] \
        if not people.empty else people  # the report's customer and campaign tables
    posted = store.subject_mention_counts(list(named["subject_key"]), since, until, scope.brand)
    course_of = _courses(store, people, opened, set(work["subject_key"]), posted, now, playbook)
    opened_before = _opened(people, iso(before_start), since)
    founded = store.mention_list(since=since, until=until, founded_only=True, brand=scope.brand,
                                 limit=LIST_LIMIT)
    themes, note = _themes(founded, embed, brand_words)
    groups = _groups(store, since, until)
    changes = _verdict_changes(store, since, until)
    headline = pd.DataFrame([
        _row("Mentions", totals["mentions"], before["mentions"]),
        _row("Authors posting", totals["authors"], before["authors"]),
        _row("Founded complaints (any tone)", totals["founded"], before["founded"]),
        _row("Disrespectful mentions", totals["disrespectful"], before["disrespectful"]),
        _row("New complaint cases", int(opened["verdict"].isin(COMPLAINT_VERDICTS).sum()),
             int(opened_before["verdict"].isin(COMPLAINT_VERDICTS).sum())),
        _row("New campaigns", int((opened["verdict"] == "campaign").sum()),
             int((opened_before["verdict"] == "campaign").sum())),
        _row("New authors on watch", int((opened["verdict"] == "watch").sum()),
             int((opened_before["verdict"] == "watch").sum())),
        _row("Coordinated groups active", len(groups), len(_groups(store, iso(before_start), since))),
        _row("Cases worked on", len(work), len(work_before)),
    ])
    tables = {
        "headline": headline,
        "mentions_by_day": _per_day(volumes, scope.days),
        "by_category": _compare(volumes, previous_volumes, "category", board.CATEGORY_LABELS),
        "by_source": _compare(volumes, previous_volumes, "source", SOURCE_NAMES),
        "by_language": _compare(volumes, previous_volumes, "lang", board.LANG_NAMES),
        "complaint_themes": _themes_table(themes),
        "cases_by_course": _cases_by_course(opened, work, course_of),
        "verdict_changes": changes,
        "customers": _customers(people, course_of, posted),
        "campaigns": _campaigns(people, course_of, posted, until),
        "coordinated_groups": groups,
        "founded_complaints": _founded(founded, people),
        "top_authors": _top_authors(store, since, until, scope),
        "model_health": _model_health(store, totals, before, since, until, model_version,
                                      iso(before_start)),
    }
    tables = {name: _local_times(frame, scope.time_zone) for name, frame in tables.items()}
    return WeeklyReport(scope, now, model_version or "none", headline, tables, themes, note)


# ---- pieces -------------------------------------------------------------------------------

TIME_COLUMNS = ("created_at", "changed_at", "verdict_since", "first_at", "last_at")


def _local_times(frame: pd.DataFrame, time_zone: str) -> pd.DataFrame:
    """Stored UTC times as the team reads them (YYYY-MM-DD HH:MM in their time zone)."""
    present = [c for c in TIME_COLUMNS if c in frame.columns]
    if not present or frame.empty:
        return frame
    def local(column: pd.Series) -> pd.Series:
        moments = pd.to_datetime(column, utc=True, errors="coerce", format="ISO8601")
        return moments.dt.tz_convert(time_zone).dt.strftime("%Y-%m-%d %H:%M").fillna("–")

    return frame.assign(**{c: local(frame[c]) for c in present})


def _row(figure: str, this_week: int, previous_week: int) -> dict:
    return {"figure": figure, "this_week": int(this_week), "previous_week": int(previous_week),
            "change": _change(this_week, previous_week)}


def _change(now: int, before: int) -> str:
    """'12 more (+30%)', '3 fewer (−10%)', '5 more (none before)' or 'same'."""
    delta = int(now) - int(before)
    if delta == 0:
        return "same"
    words = f"{abs(delta)} {'more' if delta > 0 else 'fewer'}"
    if not before:
        return f"{words} (none before)"
    return f"{words} ({'+' if delta > 0 else '−'}{abs(delta) / before:.0%})"


def _per_day(volumes: pd.DataFrame, days: list[tuple[str, str, str]]) -> pd.DataFrame:
    """Day x category (in plain words) with a total, every day of the week present."""
    index = [day for day, _, _ in days]
    if volumes.empty:
        table = pd.DataFrame(index=index)
    else:
        table = volumes.pivot_table(index="day", columns="category", values="mentions",
                                    aggfunc="sum", fill_value=0).reindex(index, fill_value=0)
        table.columns = [board.CATEGORY_LABELS.get(c, c) for c in table.columns]
    table["Total"] = table.sum(axis=1).astype(int)
    table.index.name = "day"
    return table.astype(int).reset_index()


def _compare(this: pd.DataFrame, before: pd.DataFrame, column: str, names: dict) -> pd.DataFrame:
    """Mentions per value of `column` this week and the week before, largest first."""
    now = this.groupby(column)["mentions"].sum() if not this.empty else pd.Series(dtype=int)
    then = before.groupby(column)["mentions"].sum() if not before.empty else pd.Series(dtype=int)
    keys = sorted(set(now.index) | set(then.index), key=lambda k: (-int(now.get(k, 0)), str(k)))
    return pd.DataFrame([{column: names.get(k, k), "this_week": int(now.get(k, 0)),
                          "previous_week": int(then.get(k, 0)),
                          "change": _change(int(now.get(k, 0)), int(then.get(k, 0)))} for k in keys],
                        columns=[column, "this_week", "previous_week", "change"])


def _courses(store: Store, people: pd.DataFrame, opened: pd.DataFrame, worked: set[str],
             posted: dict[str, int], now: datetime, playbook: PlaybookSettings | None) -> dict[str, str]:
    """The recommended course of the people the report names: cases opened or worked on this
    week, customers who posted this week (`posted`: mentions this week per person), campaigns
    and authors on watch. The playbook runs without drafts for those only, its inputs read in
    a few queries."""
    if people.empty:
        return {}
    wanted = people[people["subject_key"].isin(set(opened["subject_key"]) | worked)
                    | (people["customer_id"].notna() & people["subject_key"].map(lambda k: posted.get(k, 0) > 0))
                    | people["verdict"].isin(HOSTILE_VERDICTS)]
    courses = cases.courses_for(store, wanted.reset_index(drop=True), now, playbook)
    return {k: c for k, c in zip(wanted["subject_key"], courses) if isinstance(c, str)}


def _opened(people: pd.DataFrame, since: str, until: str) -> pd.DataFrame:
    """People whose current verdict became true (by its evidence) in the period."""
    if people.empty:
        return people
    when = people["verdict_since"].fillna("")
    return people[(when >= since) & (when < until)]


def _cases_by_course(opened: pd.DataFrame, work: pd.DataFrame, course_of: dict[str, str]) -> pd.DataFrame:
    """Cases opened, worked on, resolved and closed this week, by the course the playbook
    recommends for them now."""
    rows: dict[str, dict[str, int]] = {}

    def count(key: str, column: str) -> None:
        course = "coordinated_response" if key.startswith("group:") else course_of.get(key, "")
        label = cases.course_label(course) if course else "No course (verdict cleared)"
        rows.setdefault(label, {"opened": 0, "worked_on": 0, "resolved": 0, "closed": 0})[column] += 1

    for key in opened["subject_key"] if not opened.empty else []:
        count(key, "opened")
    for key, moved_to in zip(work["subject_key"], work["moved_to"]):
        count(key, "worked_on")
        if moved_to in ("resolved", "closed"):
            count(key, moved_to)
    frame = pd.DataFrame([{"course": k, **v} for k, v in rows.items()],
                         columns=["course", "opened", "worked_on", "resolved", "closed"])
    return frame.sort_values(["opened", "worked_on", "course"], ascending=[False, False, True],
                             ignore_index=True)


def _verdict_changes(store: Store, since: str, until: str) -> pd.DataFrame:
    frame = store.verdict_changes(since, until).iloc[::-1].reset_index(drop=True)
    if frame.empty:
        return pd.DataFrame(columns=["changed_at", "person", "from", "to", "score"])
    return pd.DataFrame({
        "changed_at": frame["changed_at"], "person": frame["display_name"],
        "from": frame["previous"].map(lambda v: VERDICT_LABELS.get(v, "Not assessed") if v else "Not assessed"),
        "to": frame["verdict"].map(lambda v: VERDICT_LABELS.get(v, v)),
        "score": frame["score"].round(2),
    })


def _person_rows(people: pd.DataFrame, course_of: dict[str, str], counts: dict[str, int]) -> pd.DataFrame:
    return pd.DataFrame({
        "person": people["display_name"], "customer": people["customer_name"].fillna(""),
        "verdict": people["verdict"].map(lambda v: VERDICT_LABELS.get(v, v)),
        "course": people["subject_key"].map(lambda k: cases.course_label(course_of.get(k))),
        "verdict_since": people["verdict_since"],
        "mentions_this_week": people["subject_key"].map(counts).fillna(0).astype(int),
        "status": people["status"].map(lambda v: STATUS_LABELS.get(v, v)), "owner": people["owner"],
    }).reset_index(drop=True)


def _customers(people: pd.DataFrame, course_of: dict[str, str], posted: dict[str, int]) -> pd.DataFrame:
    """Linked customers with a verdict who posted this week, with their course."""
    linked = people[people["customer_id"].notna()] if not people.empty else people
    if linked.empty:
        return pd.DataFrame(columns=["customer", "verdict", "course", "verdict_since",
                                     "mentions_this_week", "status", "owner"])
    rows = _person_rows(linked, course_of, posted)
    return rows[rows["mentions_this_week"] > 0].drop(columns=["person"]).reset_index(drop=True)


def _campaigns(people: pd.DataFrame, course_of: dict[str, str], posted: dict[str, int],
               until: str) -> pd.DataFrame:
    """Campaigns and authors on watch whose evidence made them true before the week ended."""
    hostile = people[people["verdict"].isin(HOSTILE_VERDICTS)] if not people.empty else people
    if not hostile.empty:
        hostile = hostile[hostile["verdict_since"].fillna("") < until]
    if hostile.empty:
        return pd.DataFrame(columns=["person", "customer", "verdict", "course", "verdict_since",
                                     "mentions_this_week", "status", "owner"])
    return _person_rows(hostile, course_of, posted)


def _groups(store: Store, since: str, until: str) -> pd.DataFrame:
    frame = store.groups_between(since, until)
    columns = ["first_at", "last_at", "accounts", "members", "occurrences", "sample_text"]
    if frame.empty:
        return pd.DataFrame(columns=columns)
    from monitor.verdicts import parse_json

    members = [parse_json(m, []) for m in frame["members_json"]]
    frame["accounts"] = [len(m) for m in members]
    frame["members"] = [", ".join(store.display_name(k) for k in m) for m in members]
    return frame[columns].reset_index(drop=True)


def _top_authors(store: Store, since: str, until: str, scope: ReportScope) -> pd.DataFrame:
    """The week's most active authors as people read them: handle, name, network, customer,
    verdict in words; no store keys."""
    frame = store.top_authors(since, until, scope.disrespect_min, limit=50, brand=scope.brand)
    columns = ["handle", "author_name", "source", "customer_name", "verdict", "mentions",
               "complaints", "founded", "disrespectful"]
    if frame.empty:
        return pd.DataFrame(columns=columns)
    return frame.assign(
        source=frame["source"].map(lambda s: SOURCE_NAMES.get(s, s)),
        customer_name=frame["customer_name"].fillna(""),
        verdict=frame["verdict"].map(lambda v: VERDICT_LABELS.get(v, "Not assessed") if isinstance(v, str)
                                     else "Not assessed"))[columns]


def _founded(founded: pd.DataFrame, people: pd.DataFrame) -> pd.DataFrame:
    verdict_of = dict(zip(people["subject_key"], people["verdict"])) if not people.empty else {}
    columns = ["created_at", "source", "lang", "handle", "author_verdict", "text", "link"]
    if founded.empty:
        return pd.DataFrame(columns=columns)
    out = founded.assign(
        author_verdict=founded["author_key"].map(lambda k: VERDICT_LABELS.get(verdict_of.get(k), "")),
        link=founded["url"].map(board.safe_link),
        source=founded["source"].map(lambda s: SOURCE_NAMES.get(s, s)))
    return out.sort_values(["created_at", "id"])[columns].reset_index(drop=True)


def _themes(founded: pd.DataFrame, embed: Embed | None, brand_words: Sequence[str]
            ) -> tuple[list[Theme], str]:
    if founded.empty:
        return [], "No founded complaints this week."
    if embed is None:
        return [], "Themes need the classifier's model, which is not available."
    texts = founded["text"].fillna("").tolist()
    handles = founded["handle"].fillna("").tolist()
    return complaint_themes(texts, handles, embed(texts), brand_words=brand_words), ""


def _themes_table(themes: list[Theme]) -> pd.DataFrame:
    total = sum(t.mentions for t in themes) or 1
    return pd.DataFrame([{
        "theme": t.name, "complaints": t.mentions, "share": f"{t.mentions / total:.0%}",
        "example_1": _example(t.examples[0]) if t.examples else "",
        "example_2": _example(t.examples[1]) if len(t.examples) > 1 else "",
    } for t in themes], columns=["theme", "complaints", "share", "example_1", "example_2"])


def _example(example: tuple[str, str]) -> str:
    handle, text = example
    return f"{text} — {handle}"


def _model_health(store: Store, totals: dict[str, int], before: dict[str, int], since: str,
                  until: str, model_version: str, before_since: str) -> pd.DataFrame:
    def share(part: int, whole: int) -> str:
        return f"{part / whole:.1%}" if whole else "–"

    return pd.DataFrame([
        {"figure": "Model version in use", "this_week": model_version or "none", "previous_week": ""},
        {"figure": "Mentions scored", "this_week": str(totals["scored"]),
         "previous_week": str(before["scored"])},
        {"figure": "Not scored yet", "this_week": str(totals["mentions"] - totals["scored"]),
         "previous_week": str(before["mentions"] - before["scored"])},
        {"figure": "Share the model is unsure of", "this_week": share(totals["unsure"], totals["scored"]),
         "previous_week": share(before["unsure"], before["scored"])},
        {"figure": "Corrections added on the board", "this_week": str(store.labels_added(since, until)),
         "previous_week": str(store.labels_added(before_since, since))},
    ])
