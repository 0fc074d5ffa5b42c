"""Hypothesis strategies for the files people hand us: mention exports (JSONL and CSV) made of
good rows and rows broken in known ways, so a test knows which rows must be stored, which
refused and on which line; and arbitrary bytes for everything else."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from hypothesis import strategies as st

NOW = datetime.now(timezone.utc)
FIELDS = ["source", "id", "author.id", "author.handle", "author.name", "text", "created_at", "url", "lang"]

# text of any script, emoji and controls included; no surrogates (a UTF-8 file cannot hold them)
ANY_TEXT = st.text(st.characters(codec="utf-8"), max_size=120)
WORDY = st.text(st.characters(codec="utf-8", exclude_categories=["Cc", "Cs", "Zl", "Zp"]), min_size=1,
                max_size=120).filter(lambda t: t.strip())
NAME = st.text(st.characters(codec="utf-8", exclude_categories=["Cc", "Cs", "Zl", "Zp", "Zs"]),
               min_size=1, max_size=20)
WHEN = st.datetimes(min_value=datetime(2000, 1, 2), max_value=NOW.replace(tzinfo=None) - timedelta(hours=13),
                    timezones=st.sampled_from([timezone.utc, timezone(timedelta(hours=-3)),
                                               timezone(timedelta(hours=5, minutes=30)), timezone(timedelta(hours=-12))]))

BAD_KINDS = ["missing text", "blank text", "bad date", "year 9999", "before 2000", "days ahead", "bad byte",
             "wrong type", "broken JSON", "not an object", "lone surrogate", "author not an object",
             "too many values"]
JSONL_ONLY = {"wrong type", "broken JSON", "not an object", "lone surrogate", "author not an object"}
CSV_ONLY = {"too many values"}


@dataclass
class Row:
    values: dict
    bad: str = ""

    @property
    def key(self) -> str:
        """The id the row is stored under: `source:id`, as import normalises them."""
        return f"{self.values['source']}:{self.values['id'].replace(chr(13) + chr(10), chr(10)).strip()}"


@st.composite
def good_rows(draw, n: int, csv_safe: bool) -> Row:
    if csv_safe:  # quoted cells may span lines
        text = draw(WORDY) + draw(st.sampled_from(["", "\nsecond line", "\n\n  third, \"quoted\""]))
    else:
        text = draw(WORDY | ANY_TEXT.filter(lambda t: t.strip()))
    when = draw(WHEN)
    values = {"source": draw(st.sampled_from(["x", "instagram", "sac", "reclame_aqui"])),
              "id": f"{n}-{draw(NAME)}", "author.id": draw(NAME), "author.handle": "@" + draw(NAME),
              "author.name": draw(WORDY), "text": text,
              "created_at": draw(st.sampled_from([when.isoformat(), when.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
                                                  when.replace(tzinfo=None).isoformat(sep=" ")])),
              "url": draw(st.sampled_from(["", "https://example.test/p/1", "not a url"])),
              "lang": draw(st.sampled_from(["", "pt", "es", "en", "pt-BR", "xx"]))}
    return Row(values)


def _break(row: Row, kind: str) -> Row:
    values = dict(row.values)
    if kind == "missing text":
        values.pop("text")
    elif kind == "blank text":
        values["text"] = "  \t "
    elif kind == "bad date":
        values["created_at"] = "last tuesday"
    elif kind == "year 9999":
        values["created_at"] = "9999-12-31T23:30:00-05:00"
    elif kind == "before 2000":
        values["created_at"] = "1999-12-31T12:00:00Z"
    elif kind == "days ahead":
        values["created_at"] = (NOW + timedelta(days=3)).isoformat()
    elif kind == "wrong type":
        values["text"] = 12345
    elif kind == "author not an object":
        values["author"] = "someone"
    return Row(values, kind)


@st.composite
def mention_files(draw, kind: str, max_rows: int = 8) -> tuple[bytes, list[Row]]:
    """(file bytes, rows in file order) for a `kind` ("jsonl" or "csv") export; some rows broken."""
    count = draw(st.integers(min_value=1, max_value=max_rows))
    rows: list[Row] = []
    for n in range(count):
        row = draw(good_rows(n, csv_safe=kind == "csv"))
        if draw(st.integers(0, 3)) == 0:
            choices = [k for k in BAD_KINDS if k not in (JSONL_ONLY if kind == "csv" else CSV_ONLY)]
            row = _break(row, draw(st.sampled_from(choices)))
        rows.append(row)
    return (_jsonl(rows) if kind == "jsonl" else _csv(rows, draw(st.sampled_from([",", ";", "\t"])))), rows


def _nested(values: dict) -> dict:
    out = {k: v for k, v in values.items() if not k.startswith("author.")}
    if "author" not in out:
        out["author"] = {k.split(".", 1)[1]: v for k, v in values.items() if k.startswith("author.")}
    return out


def _jsonl(rows: list[Row]) -> bytes:
    lines = []
    for row in rows:
        line = json.dumps(_nested(row.values), ensure_ascii=False).encode()
        if row.bad == "broken JSON":
            line = line[:-1]
        elif row.bad == "not an object":
            line = b'["an", "array"]'
        elif row.bad == "bad byte":
            line = line.replace(b'"text": "', b'"text": "\xff', 1)
        elif row.bad == "lone surrogate":
            line = line.replace(b'"text": "', b'"text": "\\ud800', 1)
        lines.append(line)
    return b"\n".join(lines) + b"\n"


def _csv(rows: list[Row], delimiter: str) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\n")
    writer.writerow(FIELDS)
    for n, row in enumerate(rows):
        cells = ["" if row.values.get(f) is None else str(row.values.get(f, "")) for f in FIELDS]
        if row.bad == "too many values":
            cells.append("surplus")
        if row.bad == "bad byte":  # a marker, made a byte that is not UTF-8 below
            cells[FIELDS.index("author.name")] = f"BADBYTE{n}MARK"
        writer.writerow(cells)
    data = out.getvalue().encode()
    for n, row in enumerate(rows):
        if row.bad == "bad byte":
            data = data.replace(f"BADBYTE{n}MARK".encode(), b"caf\xe9", 1)  # Latin-1, not UTF-8
    return data


def first_line(data: bytes, rows: list[Row], kind: str) -> int:
    """The physical line the first bad row starts on (CSV cells may span lines)."""
    index = next(i for i, r in enumerate(rows) if r.bad)
    if kind == "jsonl":
        return index + 1
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    line = 2
    for row in rows[:index]:
        out.seek(0)
        out.truncate()
        writer.writerow([str(row.values.get(f, "")) for f in FIELDS])
        line += out.getvalue().count("\n")
    return line
