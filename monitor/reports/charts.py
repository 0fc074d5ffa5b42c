"""The report's charts as inline SVG: they open offline, print sharp, and carry no script.

matplotlib draws them (a real plotting library, and it writes SVG that browsers and WeasyPrint
both render). Labels come from our own figures (days, category, source and course names),
never from mention text, and the SVG writer escapes them anyway. Output is deterministic: same
figures, same bytes (fixed ids, no date).
"""

from __future__ import annotations

import io
import threading

import pandas as pd

from monitor.board import CATEGORY_LABELS

CATEGORY_COLORS = {"disrespectful": "#c0392b", "founded_complaint": "#f39c12", "other": "#5d8aa8",
                   "unscored": "#d5d8dc"}
"""By category code, as on the board; the per-day table's columns are the categories' labels."""
THIS_WEEK, PREVIOUS_WEEK = "#2c6e9b", "#b8cfe0"
_CODE_OF = {label: code for code, label in CATEGORY_LABELS.items()}
_LOCK = threading.Lock()  # pyplot keeps global state; the scheduler may write two reports at once


def _svg(figure) -> str:
    buffer = io.StringIO()
    figure.savefig(buffer, format="svg", bbox_inches="tight", metadata={"Date": None})
    text = buffer.getvalue()
    return text[text.index("<svg"):]  # drop the XML prologue and doctype: the SVG goes inline


def _pyplot():
    import matplotlib

    matplotlib.use("Agg", force=False)
    import matplotlib.pyplot as plt

    plt.rcParams.update({"svg.hashsalt": "complaint-monitor", "svg.fonttype": "none",
                         "font.size": 9, "axes.spines.top": False, "axes.spines.right": False})
    return plt


def daily_stacked(per_day: pd.DataFrame) -> str:
    """Mentions per day of the week, stacked by category."""
    with _LOCK:
        plt = _pyplot()
        figure, axes = plt.subplots(figsize=(7.2, 2.6))
        bottom = pd.Series(0, index=per_day.index)
        for column in [c for c in per_day.columns if c not in ("day", "Total")]:
            axes.bar(per_day["day"].str.slice(5), per_day[column], bottom=bottom, label=column,
                     color=CATEGORY_COLORS.get(_CODE_OF.get(column, column), "#7f8c8d"))
            bottom = bottom + per_day[column]
        axes.set_ylabel("Mentions")
        if len(per_day.columns) > 2:
            axes.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False)
        svg = _svg(figure)
        plt.close(figure)
        return svg


def week_against_week(table: pd.DataFrame, label_column: str, title: str, limit: int = 8) -> str:
    """This week's and last week's counts side by side, one pair of bars per row of `table`."""
    rows = table.head(limit).iloc[::-1]
    with _LOCK:
        plt = _pyplot()
        figure, axes = plt.subplots(figsize=(7.2, 0.35 * max(len(rows), 2) + 0.8))
        positions = range(len(rows))
        axes.barh([p + 0.2 for p in positions], rows["this_week"], height=0.4,
                  color=THIS_WEEK, label="This week")
        axes.barh([p - 0.2 for p in positions], rows["previous_week"], height=0.4,
                  color=PREVIOUS_WEEK, label="Week before")
        axes.set_yticks(list(positions), [str(v) for v in rows[label_column]])
        axes.set_title(title, loc="left", fontsize=10)
        axes.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False)
        svg = _svg(figure)
        plt.close(figure)
        return svg


def cases_by_course(table: pd.DataFrame) -> str:
    """Cases opened, worked on, resolved and closed this week, per course."""
    columns = [("opened", "#2c6e9b"), ("worked_on", "#f39c12"), ("resolved", "#27ae60"),
               ("closed", "#7f8c8d")]
    rows = table.iloc[::-1]
    with _LOCK:
        plt = _pyplot()
        figure, axes = plt.subplots(figsize=(7.2, 0.45 * max(len(rows), 2) + 0.8))
        height = 0.8 / len(columns)
        for i, (column, color) in enumerate(columns):
            axes.barh([p + (1.5 - i) * height for p in range(len(rows))], rows[column],
                      height=height, color=color, label=column.replace("_", " ").capitalize())
        axes.set_yticks(list(range(len(rows))), list(rows["course"]))
        axes.legend(loc="upper center", bbox_to_anchor=(0.5, -0.12), frameon=False, ncols=4)
        svg = _svg(figure)
        plt.close(figure)
        return svg
