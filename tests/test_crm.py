"""CRM import: good CSV and XLSX files, column mapping, and every kind of bad row."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from openpyxl import Workbook

from monitor.crm import FIELDS, Customer, normalise_handle, parse_profile_url, read_customers
from monitor.errors import InputError

HEADER = ",".join(FIELDS)
GOOD = [
    "C1,Ana Souza,Ana@Mail.test,+55 11 5555,@Ana_S,ana.bsky.social,@ana@mastodon.social,u/AnaS,"
    "https://www.youtube.com/@AnaTube,2019-05-01,pro,\"1.234,56\",0,0,",
    "C2,Bruno Lima,,,,,,,,,basic,89.9,312.5,95,abuse_of_staff; impossible_demands",
]


def write_csv(tmp_path, lines, name="crm.csv", header=HEADER, delimiter=","):
    path = tmp_path / name
    text = "\n".join([header, *lines]) + "\n"
    path.write_text(text.replace(",", delimiter) if delimiter != "," else text, encoding="utf-8")
    return path


def test_good_csv(tmp_path):
    ana, bruno = read_customers(write_csv(tmp_path, GOOD))
    assert ana == Customer(
        customer_id="C1", name="Ana Souza", email="ana@mail.test", phone="+55 11 5555",
        handles={"x": "ana_s", "bluesky": "ana.bsky.social", "mastodon": "ana@mastodon.social",
                 "reddit": "anas", "youtube": "anatube"},
        customer_since=date(2019, 5, 1), plan="pro", monthly_value=1234.56, overdue_balance=0.0,
        days_overdue=0, flags=())
    assert bruno.flags == ("abuse_of_staff", "impossible_demands")
    assert (bruno.monthly_value, bruno.overdue_balance, bruno.days_overdue) == (89.9, 312.5, 95)
    assert bruno.handles == {} and bruno.customer_since is None


def test_semicolon_csv_with_only_required_columns_and_blank_lines(tmp_path):
    path = tmp_path / "crm.csv"
    path.write_text("customer_id;name;monthly_value\nC9;Carla;\n\n;;\nC10;Davi;1.500,00\n", encoding="utf-8")
    carla, davi = read_customers(path)
    assert carla.monthly_value is None
    assert davi.monthly_value == 1500.0
    assert carla.flags == () and carla.email == ""


def test_good_xlsx_with_mapping(tmp_path):
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["ID Cliente", "Nome", "E-mail", "Cliente desde", "Valor mensal", "Dias em atraso",
                  "Twitter", "Sinais"])
    sheet.append([1001, "Eva Reis", "eva@mail.test", datetime(2021, 3, 4), 2500, 0, "@EvaR", None])
    sheet.append(["1002", "Fábio Cruz", None, "2024-01-31", "99,90", 61.0, None, "illegal_request"])
    path = tmp_path / "crm.xlsx"
    workbook.save(path)
    mapping = {"customer_id": "ID Cliente", "name": "Nome", "email": "E-mail",
               "customer_since": "Cliente desde", "monthly_value": "Valor mensal",
               "days_overdue": "Dias em atraso", "x_handle": "Twitter", "flags": "Sinais"}
    eva, fabio = read_customers(path, mapping)
    assert eva.customer_id == "1001" and eva.customer_since == date(2021, 3, 4)
    assert eva.monthly_value == 2500.0 and eva.handles == {"x": "evar"}
    assert fabio.monthly_value == 99.9 and fabio.days_overdue == 61
    assert fabio.flags == ("illegal_request",) and fabio.customer_since == date(2024, 1, 31)


def test_xlsx_bad_row_names_the_excel_row(tmp_path):
    workbook = Workbook()
    workbook.active.append(["customer_id", "name", "monthly_value"])
    workbook.active.append(["A", "Ana", 10])
    workbook.active.append(["B", "Bia", "ten"])
    path = tmp_path / "crm.xlsx"
    workbook.save(path)
    with pytest.raises(InputError) as error:
        read_customers(path)
    assert (error.value.row, error.value.field) == (3, "monthly_value")


def line(**values: str) -> str:
    """A CSV line in the default column order, with only the given fields filled."""
    return ",".join(values.get(name, "") for name in FIELDS)


@pytest.mark.parametrize("values, field, problem", [
    ({"customer_since": "2020-13-01"}, "customer_since", "not a date"),
    ({"customer_since": "01/02/2020"}, "customer_since", "expected YYYY-MM-DD"),
    ({"monthly_value": "R$ 10"}, "monthly_value", "not a number"),
    ({"monthly_value": "-5"}, "monthly_value", "must not be negative"),
    ({"overdue_balance": "abc"}, "overdue_balance", "not a number"),
    ({"days_overdue": "2.5"}, "days_overdue", "not a whole number"),
    ({"flags": "abuse_of_staff;rude"}, "flags", "unknown flag 'rude'"),
    ({"customer_id": "C1"}, "customer_id", "duplicate customer id 'C1' (first on row 2)"),
    ({"customer_id": " "}, "customer_id", "the customer id is empty"),
    ({"name": ""}, "name", "the name is empty"),
    ({"email": "caio-at-mail"}, "email", "not an e-mail address"),
    ({"x_handle": "https://bsky.app/profile/caio.bsky.social"}, "x_handle", "not a x handle"),
])
def test_bad_rows_reject_the_whole_file(tmp_path, values, field, problem):
    path = write_csv(tmp_path, [GOOD[0], line(**{"customer_id": "C3", "name": "Caio", **values})])
    with pytest.raises(InputError) as error:
        read_customers(path)
    assert error.value.row == 3
    assert error.value.field == field
    assert problem in error.value.problem
    assert str(error.value).startswith(f"crm.csv, row 3, field '{field}'")


def test_missing_required_column_names_the_column_as_mapped(tmp_path):
    path = write_csv(tmp_path, ["C1,Ana"], header="id,name")
    with pytest.raises(InputError) as error:
        read_customers(path)
    assert (error.value.row, error.value.field, error.value.problem) == (1, "customer_id", "missing required column")
    with pytest.raises(InputError) as error:
        read_customers(path, {"customer_id": "ID"})
    assert error.value.field == "ID"
    assert read_customers(path, {"customer_id": "id"})[0].customer_id == "C1"


def test_file_level_problems(tmp_path):
    with pytest.raises(InputError, match="unknown field in the column mapping"):
        read_customers(write_csv(tmp_path, GOOD), {"vip": "VIP"})
    with pytest.raises(InputError, match="expected a .csv or .xlsx"):
        read_customers(tmp_path / "crm.json")
    latin = tmp_path / "latin.csv"
    latin.write_bytes("customer_id,name\nC1,Jo\xe3o\n".encode("latin-1"))
    with pytest.raises(InputError, match="not UTF-8"):
        read_customers(latin)
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"not a zip")
    with pytest.raises(InputError, match="not a readable XLSX"):
        read_customers(broken)
    twice = write_csv(tmp_path, ["C1,Ana,Ana"], header="customer_id,name,name", name="twice.csv")
    with pytest.raises(InputError, match="appears twice"):
        read_customers(twice)
    extra = write_csv(tmp_path, ["C1,Ana,surprise"], header="customer_id,name", name="extra.csv")
    with pytest.raises(InputError, match="more values than columns"):
        read_customers(extra)


def test_handles_and_profile_links_are_normalised():
    assert normalise_handle("x", "  @Ana_S ") == "ana_s"
    assert normalise_handle("x", "https://twitter.com/Ana_S") == "ana_s"
    assert normalise_handle("reddit", "/u/Bob") == "bob"
    assert normalise_handle("mastodon", "https://Fosstodon.org/@joe") == "joe@fosstodon.org"
    assert parse_profile_url("bsky.app/profile/ana.bsky.social") == ("bluesky", "ana.bsky.social")
    assert parse_profile_url("https://www.reddit.com/user/Bob/") == ("reddit", "bob")
    assert parse_profile_url("https://x.com/intent/tweet") is None
    assert parse_profile_url("https://example.com/about") is None


def test_customer_round_trips_through_a_stored_row(tmp_path):
    from monitor.crm import customer_row

    ana, bruno = read_customers(write_csv(tmp_path, GOOD))
    for customer in (ana, bruno):
        row = {**customer_row(customer), "imported_at": "2026-01-01T00:00:00Z"}
        assert Customer.from_row(row) == customer
    assert Customer.from_row({"customer_id": "C7", "name": "Zé", "x_handle": "@Ze",
                              "monthly_value": float("nan"), "flags": ""}).handles == {"x": "ze"}


def test_tenure_in_years():
    customer = Customer("C1", "Ana", customer_since=date(2020, 3, 1))
    assert customer.tenure_years(datetime(2026, 3, 1)) == pytest.approx(6.0, abs=0.01)
    assert Customer("C2", "Bia").tenure_years(date(2026, 1, 1)) is None


def test_each_customer_may_have_a_currency(tmp_path):
    path = tmp_path / "crm.csv"
    path.write_text("customer_id,name,overdue_balance,currency\nC1,Amy Fox,120,US$\nC2,Ana,0,\n",
                    encoding="utf-8")
    amy, ana = read_customers(path)
    assert (amy.currency, ana.currency) == ("US$", "")
    assert Customer.from_row({"customer_id": "C1", "name": "Amy", "currency": "US$"}).currency == "US$"
    path.write_text("customer_id,name,currency\nC1,Amy,US Dollars\n", encoding="utf-8")
    with pytest.raises(InputError) as error:
        read_customers(path)
    assert (error.value.row, error.value.field) == (2, "currency")


@pytest.mark.parametrize("style, expected", [
    ("auto", {"4.250,00": 4250.0, "4,250.00": 4250.0, "99,90": 99.9, "89.9": 89.9,
              "1.234.567": 1234567.0, "1,234,567": 1234567.0, "0.500": 0.5, "1234,5": 1234.5}),
    ("en", {"4,250": 4250.0, "4,250.75": 4250.75, "1,500": 1500.0, "99.9": 99.9, "12": 12.0}),
    ("pt", {"4,250": 4.25, "4.250": 4250.0, "4.250,75": 4250.75, "1.500": 1500.0, "99,9": 99.9}),
])
def test_amounts_in_each_number_style(tmp_path, style, expected):
    path = tmp_path / "crm.csv"
    path.write_text("customer_id;name;overdue_balance\n" + "".join(
        f"C{n};Name {n};{amount}\n" for n, amount in enumerate(expected)), encoding="utf-8")
    customers = read_customers(path, number_style=style)
    assert {amount: c.overdue_balance for amount, c in zip(expected, customers)} == expected


@pytest.mark.parametrize("style, amount, problem", [
    ("auto", "4,250", "ambiguous amount '4,250'"),
    ("auto", "1.500", "ambiguous amount '1.500'"),
    ("en", "4.250,00", "not a number"),
    ("pt", "4,250.00", "not a number"),
    ("pt", "1.23", "not a number in the pt style"),
])
def test_ambiguous_or_wrong_style_amounts_are_refused_naming_row_and_column(tmp_path, style, amount,
                                                                           problem):
    path = tmp_path / "crm.csv"
    path.write_text(f"customer_id;name;overdue_balance\nC1;Ana;10\nC2;Bia;{amount}\n", encoding="utf-8")
    with pytest.raises(InputError) as error:
        read_customers(path, number_style=style)
    assert (error.value.row, error.value.field) == (3, "overdue_balance")
    assert problem in error.value.problem
    if style == "auto":
        assert "crm.number_style" in error.value.problem
