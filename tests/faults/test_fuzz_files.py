"""Property-based fuzzing of every importer of files people hand us: mention exports (JSONL and
CSV, through `monitor import` and through the watched folder), CRM exports (CSV and XLSX) and
label files.

Never a traceback: only our InputError/MonitorError, or a quarantined row. Never a partial
import: a mention file with a bad row stores nothing unless --skip-bad (then exactly its good
rows), and the error names the first bad row's line; the watched folder stores the good rows and
quarantines each bad one; a CRM file with one bad row changes no customer. Hypothesis runs
derandomized with bounded examples, so CI time and inputs are the same on every run.
"""

from __future__ import annotations

import io
import json
from datetime import date, datetime

from hypothesis import HealthCheck, example, given, settings, strategies as st
from openpyxl import Workbook
from openpyxl.utils.exceptions import IllegalCharacterError

from monitor import pipeline
from monitor.collectors.file_import import FileImportCollector
from monitor.config import load_config
from monitor.errors import InputError, MonitorError
from monitor.ingest import import_file, run_collector
from monitor.labels import read_label_file
from tests.faults import ledger
from tests.faults.strategies import ANY_TEXT, first_line, mention_files

FUZZ = settings(derandomize=True, max_examples=120, deadline=None, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture,
                                       HealthCheck.data_too_large])


def _stored(store) -> list[str]:
    return [r[0] for r in store.db.execute("SELECT source || ':' || native_id FROM mentions")]


@FUZZ
@given(st.sampled_from(["jsonl", "csv"]).flatmap(lambda kind: st.tuples(st.just(kind), mention_files(kind))),
       st.booleans())
def test_a_mention_file_is_imported_whole_or_not_at_all(tmp_path, clean_store, case, skip_bad):
    kind, (data, rows) = case
    store = clean_store()
    path = tmp_path / f"export.{kind}"
    path.write_bytes(data)
    good = [r for r in rows if not r.bad]
    ledger.tried("files: mention exports")
    try:
        done = import_file(store, path, skip_bad=skip_bad, max_text_chars=60)
    except MonitorError as exc:
        assert not _stored(store), "a refused file stored rows"
        assert len(good) < len(rows), f"a file without a bad row was refused: {exc}"
        if good and not skip_bad:
            assert f"row {first_line(data, rows, kind)}" in str(exc), str(exc)
        return
    assert len(good) == len(rows) or skip_bad, "a file with a bad row was imported"
    assert sorted(_stored(store)) == sorted(r.key for r in good)
    assert done.bad_rows == len(rows) - len(good)
    assert all(len(t) <= 60 for (t,) in store.db.execute("SELECT text FROM mentions"))


GARBAGE = (st.binary(max_size=400)
           | st.lists(ANY_TEXT, max_size=6).map(lambda lines: "\n".join(lines).encode("utf-8", "surrogatepass"))
           | st.lists(st.dictionaries(st.sampled_from(["source", "id", "author", "text", "created_at", "lang",
                                                       "author.id", "url"]),
                                      st.none() | st.booleans() | st.integers() | st.floats() | ANY_TEXT
                                      | st.lists(st.integers(), max_size=2)
                                      | st.dictionaries(st.sampled_from(["id", "handle", "name"]),
                                                        st.integers() | ANY_TEXT, max_size=3),
                                      max_size=8), max_size=5)
           .map(lambda rows: "\n".join(json.dumps(r, ensure_ascii=False) for r in rows).encode("utf-8", "surrogatepass")))


@FUZZ
@given(GARBAGE, st.sampled_from([".jsonl", ".csv", ".json", ".xlsx", ".txt"]), st.booleans())
def test_arbitrary_bytes_never_crash_an_import(tmp_path, clean_store, data, suffix, skip_bad):
    store = clean_store()
    path = tmp_path / f"export{suffix}"
    path.write_bytes(data)
    ledger.tried("files: arbitrary bytes")
    try:
        import_file(store, path, skip_bad=skip_bad)
    except MonitorError:
        assert not _stored(store), "a refused file stored rows"


@FUZZ
@given(st.sampled_from(["jsonl", "csv"]).flatmap(lambda kind: st.tuples(st.just(kind), mention_files(kind))),
       GARBAGE)
def test_the_watched_folder_stores_good_rows_and_quarantines_each_bad_one(tmp_path, clean_store, case, garbage):
    kind, (data, rows) = case
    store = clean_store()
    folder = tmp_path / "inbox"
    folder.mkdir(exist_ok=True)
    for old in folder.iterdir():
        old.unlink()
    (folder / f"export.{kind}").write_bytes(data)
    (folder / "other.jsonl").write_bytes(garbage)
    ledger.tried("files: watched folder", 2)
    collector = FileImportCollector.from_config({"directory": str(folder), "min_age_s": 0}, env={})
    result = run_collector(store, collector)  # never raises for bad rows: they are quarantined
    stored = set(_stored(store))
    assert {r.key for r in rows if not r.bad} <= stored
    export = [e for (e,) in store.db.execute("SELECT error FROM quarantine") if "export." in e]
    assert len(export) == sum(1 for r in rows if r.bad), export
    again = run_collector(store, FileImportCollector.from_config({"directory": str(folder), "min_age_s": 0}, env={}))
    assert again.stored == 0 and again.quarantined == 0 and result.stored == len(stored)


# ---- CRM exports ---------------------------------------------------------------------------

CRM_COLUMNS = ["customer_id", "name", "email", "phone", "x_handle", "bluesky_handle", "mastodon_handle",
               "reddit_handle", "youtube_handle", "customer_since", "plan", "monthly_value", "overdue_balance",
               "days_overdue", "flags", "currency"]
CELL = (st.none() | st.booleans() | st.integers(min_value=-10**25, max_value=10**25)
        | st.floats(allow_nan=False) | ANY_TEXT.map(lambda t: t.replace("\x00", ""))
        | st.dates(min_value=date(1900, 1, 1)) | st.datetimes(min_value=datetime(1900, 1, 1))
        | st.sampled_from(["1.234,56", "1,234.56", "4,250", "99,90", "89.9", "-3", "1e400", "9" * 30, "NaN",
                           "abuse_of_staff;illegal_request", "flag", "2024-02-30", "2020-01-01", "@ana",
                           "ana@example.com", "not an email", "US$", "EURO €", "", " "]))


PLAUSIBLE = {  # per column, values a CRM export really has, mixed with ones it should not
    "email": ["ana@example.com", "ANA@Example.COM ", "not an email", "a@b"],
    **{f"{network}_handle": ["@ana", "ana_99", "https://x.com/ana", "@a na", "@"]
       for network in ("x", "bluesky", "mastodon", "reddit", "youtube")},
    "phone": ["+55 11 91234-5678", "", 5511912345678],
    "plan": ["basic", "plus", ""],
    "customer_since": ["2020-01-31", "2024-02-30", "31/01/2020", date(2019, 5, 1)],
    "monthly_value": ["1.234,56", "1,234.56", "4,250", "99,90", "89.9", "-3", "1e400", "9" * 30, 10**20, 0.5],
    "overdue_balance": ["0", "1.500", "1.500,00", "€ 12", 1234.5, -1],
    "days_overdue": ["0", "12", "12.5", "9" * 25, 10**20, 3.0, "1.000", "-2"],
    "flags": ["abuse_of_staff", "abuse_of_staff; illegal_request", "ABUSE_OF_STAFF", "fraud", ";;"],
    "currency": ["US$", "EUR", "R$", "euros!", "€"],
}


@st.composite
def crm_tables(draw):
    columns = ["customer_id", "name"] + draw(st.lists(st.sampled_from(CRM_COLUMNS[2:]), unique=True, max_size=6))

    def cell(column):
        plausible = PLAUSIBLE.get(column)
        return st.one_of(*[st.sampled_from(plausible)] * 4, CELL) if plausible else CELL

    rows = draw(st.lists(st.tuples(*[cell(c) for c in columns]).map(list), min_size=1, max_size=5))
    for n, row in enumerate(rows):  # mostly plausible ids and names, so later columns get read
        if draw(st.integers(0, 4)):
            row[0], row[1] = f"C{n}{draw(st.sampled_from(['', 'x', '0']))}", f"Name {n}"
    return columns, rows


def _cell_text(value) -> str:
    return "" if value is None else value.isoformat() if hasattr(value, "isoformat") else str(value)


def _write_crm(path, columns, rows) -> None:
    if path.suffix == ".xlsx":
        book = Workbook()
        sheet = book.active
        sheet.append(columns)
        for row in rows:
            sheet.append([v if not isinstance(v, str) else v.replace("\x00", "") for v in row])
        book.save(path)
    else:
        out = io.StringIO()
        import csv
        csv.writer(out, lineterminator="\n").writerows([columns, *[[_cell_text(v) for v in r] for r in rows]])
        path.write_text(out.getvalue(), encoding="utf-8")


def _customers(store) -> list[tuple]:
    return store.db.execute("SELECT * FROM customers ORDER BY customer_id").fetchall()


@settings(FUZZ, max_examples=80)
@example((["customer_id", "name", "days_overdue"], [["C1", "Ana", "9" * 25]]), ".csv", "auto")
@example((["customer_id", "name", "days_overdue"], [["C1", "Ana", 10**20]]), ".xlsx", "auto")
@given(crm_tables(), st.sampled_from([".csv", ".xlsx"]), st.sampled_from(["auto", "pt", "en"]))
def test_a_crm_file_changes_every_customer_it_names_or_none(tmp_path, clean_store, table, suffix, style):
    columns, rows = table
    store = clean_store()
    config = load_config(tmp_path / "absent.toml", env={"MONITOR_CRM_NUMBER_STYLE": style})
    base = tmp_path / "base.csv"
    base.write_text("customer_id,name,email,monthly_value\nC0,Old Name,old@example.com,10\n", encoding="utf-8")
    pipeline.import_customers(store, config, base)
    before = _customers(store)
    path = tmp_path / f"crm{suffix}"
    try:
        _write_crm(path, columns, rows)
    except (ValueError, IllegalCharacterError):  # openpyxl refuses to write some values: no file
        return
    ledger.tried("files: CRM exports")
    try:
        count, _ = pipeline.import_customers(store, config, path)
    except MonitorError:
        assert _customers(store) == before, "a refused CRM file changed customers"
        return
    filled = [r for r in rows if any(_cell_text(v).strip() for v in r)]  # blank rows are skipped
    assert count == len(filled)
    assert len(_customers(store)) >= count


# ---- label files ---------------------------------------------------------------------------

LABEL_VALUE = (st.none() | st.booleans() | st.integers() | st.floats() | ANY_TEXT
               | st.sampled_from(["founded_complaint", "disrespectful", "other", "Other ", "insult", ""])
               | st.lists(st.integers(), max_size=2))


@FUZZ
@given(st.lists(st.dictionaries(st.sampled_from(["text", "label", "lang", "kind", "TEXT", "Label", "extra"]),
                                LABEL_VALUE, max_size=6), max_size=6),
       st.sampled_from([".jsonl", ".csv"]), st.integers(min_value=20, max_value=200))
def test_a_label_file_is_read_whole_or_refused_naming_the_row(tmp_path, records, suffix, max_chars):
    path = tmp_path / f"labels{suffix}"
    if suffix == ".jsonl":
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8",
                        errors="surrogatepass")
    else:
        columns = sorted({k for r in records for k in r}) or ["text", "label"]
        out = io.StringIO()
        import csv
        csv.writer(out, lineterminator="\n").writerows(
            [columns, *[["" if r.get(c) is None else str(r.get(c)) for c in columns] for r in records]])
        path.write_text(out.getvalue(), encoding="utf-8", errors="surrogatepass")
    ledger.tried("files: label files")
    try:
        frame = read_label_file(path, max_chars)
    except InputError as exc:
        assert str(exc).startswith(str(path)), str(exc)
        return
    assert set(frame["label"]) <= {"founded_complaint", "disrespectful", "other"}
    assert all(0 < len(t) <= max_chars and t.strip() for t in frame["text"])
