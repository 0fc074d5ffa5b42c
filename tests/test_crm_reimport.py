"""Re-importing a CRM file through `monitor customers import`: columns the file lacks keep the
stored values (a two-column export must not wipe e-mail, handles, tenure, value, debt, flags);
a blank cell in a column the file has clears that field; amounts follow crm.number_style."""

from __future__ import annotations

from click.testing import CliRunner

from monitor.cli import cli
from monitor.crm import Customer
from monitor.store import open_store
from tests.conftest import store_at

FULL = ("customer_id,name,email,x_handle,bluesky_handle,customer_since,plan,monthly_value,"
        "overdue_balance,days_overdue,flags,currency\n"
        "C1,Ana Souza,ana@mail.test,@ana_s,ana.bsky.social,2019-05-01,pro,1200.50,\"4.250,00\",75,"
        "abuse_of_staff,US$\n"
        "C2,Bruno Lima,bruno@mail.test,@bruno,,2024-01-31,basic,89.90,0,0,,\n")


def run(tmp_path, *args, config: str = ""):
    path = tmp_path / "monitor.toml"
    path.write_text(config, encoding="utf-8")
    result = CliRunner().invoke(cli, ["--db", str(store_at("m")), "--config", str(path), *args],
                                obj={})
    assert "Traceback" not in result.output
    return result


def customers(tmp_path) -> dict[str, Customer]:
    store = open_store(store_at("m"))
    try:
        return {r["customer_id"]: Customer.from_row(r) for r in store.customers_frame().to_dict("records")}
    finally:
        store.close()


def test_a_file_with_only_the_required_columns_keeps_every_other_field(tmp_path):
    (tmp_path / "full.csv").write_text(FULL, encoding="utf-8")
    assert run(tmp_path, "customers", "import", str(tmp_path / "full.csv")).exit_code == 0
    before = customers(tmp_path)
    (tmp_path / "names.csv").write_text("customer_id,name\nC1,Ana Souza Reis\nC3,Caio Melo\n",
                                        encoding="utf-8")
    result = run(tmp_path, "customers", "import", str(tmp_path / "names.csv"))
    assert result.exit_code == 0, result.output
    after = customers(tmp_path)
    assert after["C1"] == Customer(**{**vars(before["C1"]), "name": "Ana Souza Reis"})
    assert after["C1"].overdue_balance == 4250.0 and after["C1"].flags == ("abuse_of_staff",)
    assert after["C1"].handles == {"x": "ana_s", "bluesky": "ana.bsky.social"}
    assert after["C2"] == before["C2"]  # not in the file: untouched
    assert after["C3"] == Customer("C3", "Caio Melo")  # new: what the file says, the rest unknown


def test_a_present_column_updates_and_a_blank_cell_there_clears(tmp_path):
    (tmp_path / "full.csv").write_text(FULL, encoding="utf-8")
    run(tmp_path, "customers", "import", str(tmp_path / "full.csv"))
    (tmp_path / "part.csv").write_text("customer_id,name,x_handle,overdue_balance,flags\n"
                                       "C1,Ana Souza,,0,\nC2,Bruno Lima,@bruno_l,\"1,234.56\",\n",
                                       encoding="utf-8")
    result = run(tmp_path, "customers", "import", str(tmp_path / "part.csv"))
    assert result.exit_code == 0, result.output
    ana, bruno = customers(tmp_path)["C1"], customers(tmp_path)["C2"]
    assert ana.handles == {"bluesky": "ana.bsky.social"}  # x cleared, bluesky (no column) kept
    assert (ana.overdue_balance, ana.flags, ana.days_overdue) == (0.0, (), 75)
    assert (ana.email, ana.monthly_value, ana.currency) == ("ana@mail.test", 1200.5, "US$")
    assert bruno.handles == {"x": "bruno_l"} and bruno.overdue_balance == 1234.56


def test_number_style_setting_decides_ambiguous_amounts(tmp_path):
    (tmp_path / "us.csv").write_text("customer_id,name,overdue_balance\nC1,Amy Fox,\"4,250\"\n",
                                     encoding="utf-8")
    refused = run(tmp_path, "customers", "import", str(tmp_path / "us.csv"))
    assert refused.exit_code == 1
    assert "us.csv, row 2, field 'overdue_balance'" in refused.output
    assert "crm.number_style" in refused.output
    assert customers(tmp_path) == {}
    english = run(tmp_path, "customers", "import", str(tmp_path / "us.csv"),
                  config='[crm]\nnumber_style = "en"\n')
    assert english.exit_code == 0, english.output
    assert customers(tmp_path)["C1"].overdue_balance == 4250.0
    portuguese = run(tmp_path, "customers", "import", str(tmp_path / "us.csv"),
                     config='[crm]\nnumber_style = "pt"\n\n[crm.columns]\ncustomer_id = "customer_id"\n')
    assert portuguese.exit_code == 0, portuguese.output
    assert customers(tmp_path)["C1"].overdue_balance == 4.25
    bad = run(tmp_path, "customers", "import", str(tmp_path / "us.csv"), config='[crm]\nnumber_style = "us"\n')
    assert bad.exit_code == 1 and "crm.number_style" in bad.output
