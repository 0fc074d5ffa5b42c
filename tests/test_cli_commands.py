"""The other CLI verbs end to end on a real database: init, customers import, link, collect a
watched folder, detect, report, with clear one-line errors for user mistakes."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from click.testing import CliRunner

from monitor.cli import cli
from tests.conftest import store_at

ROOT = Path(__file__).resolve().parent.parent


def invoke(tmp_path, *args, env=None):
    return CliRunner().invoke(cli, ["--db", str(store_at("m")), "--config", str(tmp_path / "monitor.toml"),
                                    *args], obj={}, env=env)


def test_init_writes_a_config_that_loads(tmp_path):
    result = invoke(tmp_path, "init")
    assert result.exit_code == 0, result.output
    assert "wrote" in result.output and "m001_core" in result.output
    assert "MONITOR_ALERT_URL:" in result.output and "MONITOR_X_BEARER_TOKEN:" in result.output
    again = invoke(tmp_path, "init")
    assert "exists" in again.output


def test_collect_from_a_watched_folder_then_link_detect_and_report(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    rows = [{"source": "x", "id": str(i), "author": {"id": "42", "handle": "@verdade_nua_br", "name": "Marcos"},
             "text": text, "created_at": f"2026-11-{10 + i:02d}T1{i}:00:00Z", "lang": "pt"}
            for i, text in enumerate(["A Veloz é uma quadrilha de ladrões, vergonha!",
                                      "Veloz lixo, empresa de pilantras, fujam",
                                      "bando de golpistas essa Veloz, não presta",
                                      "Veloz = golpe. Cambada de trambiqueiros",
                                      "Veloz empresa podre, uns ladrões safados",
                                      "de novo: Veloz é uma máfia de picaretas"])]
    lines = [json.dumps(r, ensure_ascii=False) for r in rows] + ['{"source": "x", "id": "bad"}']
    (inbox / "export.jsonl").write_text("\n".join(lines) + "\n")
    (tmp_path / "monitor.toml").write_text(
        f'[collectors.file_import]\nenabled = true\ndirectory = "{inbox}"\nmin_age_s = 0\n')
    crm = invoke(tmp_path, "customers", "import", str(ROOT / "data" / "demo" / "crm.csv"))
    assert crm.exit_code == 0 and "460 customers imported" in crm.output, crm.output

    collected = invoke(tmp_path, "collect", "--source", "file_import")
    assert collected.exit_code == 0, collected.output
    assert "file_import: 6 new, 0 already stored, 0 reposts, 1 quarantined" in collected.output
    assert "classified 6" in collected.output
    again = invoke(tmp_path, "collect", "--source", "file_import")
    assert "file_import: 0 new" in again.output

    authors = invoke(tmp_path, "authors", "--format", "csv")
    people = list(csv.DictReader(io.StringIO(authors.output)))
    # the account is linked to a CRM customer: one person, one case, listed once by name
    assert len(people) == 1 and people[0]["subject_key"].startswith("customer:")
    assert people[0]["display_name"] == people[0]["customer_name"] != ""
    assert people[0]["verdict"] == "campaign" and people[0]["course_label"]
    assert invoke(tmp_path, "detect", "--full").exit_code == 0

    report = invoke(tmp_path, "report", "--week", "2026-W47", "--out", str(tmp_path / "reports"))
    assert report.exit_code == 0, report.output
    assert (tmp_path / "reports" / "2026-W47" / "report.html").exists()


def test_user_mistakes_print_one_line_without_traceback(tmp_path):
    bad_crm = tmp_path / "crm.csv"
    bad_crm.write_text("customer_id,name,customer_since\nC1,Ana,yesterday\n")
    cases = [
        (("customers", "import", str(bad_crm)), "crm.csv, row 2"),
        (("collect", "--source", "nope"), "unknown collector"),
        (("model", "use", "nope"), "nope"),
        (("report", "--week", "W99"), "W99"),
    ]
    for args, expected in cases:
        result = invoke(tmp_path, *args)
        assert result.exit_code == 1, (args, result.output)
        assert expected in result.output, (args, result.output)
        assert "Traceback" not in result.output
