"""Retention with real dates: raw payloads dropped after retention.raw_payload_days, then the posts
of people with nothing to act on anonymised after retention.no_verdict_text_days; through the
real CLI (`monitor retention run`) and the scheduler's daily job, logged, audited and counted.
"""

from __future__ import annotations

import dataclasses
import json
from datetime import timedelta
from pathlib import Path

import pandas as pd
from click.testing import CliRunner

from monitor.cli import cli
from monitor.config import load_config
from monitor.mention import Mention, iso, utcnow
from monitor.store import open_store
from tests.conftest import store_at


def _post(source: str, native_id: str, author: str, text: str, days_ago: float) -> Mention:
    return Mention(source=source, native_id=native_id, author_id=author, author_handle=f"@{author}",
                   author_name=author.replace("_", " ").title(), text=text, lang="pt", brand="Veloz",
                   created_at=utcnow() - timedelta(days=days_ago), url=f"https://s.example/{native_id}",
                   raw={"id": native_id, "user": author, "text": text})


def seed(path):
    """Posts 100, 40 and 5 days old by: a passer-by (no verdict), a campaign author, a customer's
    account whose customer has a verdict, a case someone worked on; collected when posted."""
    store = open_store(path)
    posts = [
        _post("x", "p100", "passer_by", "Veloz atrasou meu pedido de novo hoje", 100),
        _post("x", "p40", "passer_by", "Veloz respondeu rápido, obrigado", 40),
        _post("x", "p5", "passer_by", "Veloz app fora do ar agora", 5),
        _post("x", "c100", "troll_br", "Veloz lixo, bando de ladrões", 100),
        _post("x", "k100", "cliente_ana", "Veloz cobrou duas vezes, pedido 4471", 100),
        _post("x", "w100", "worked_case", "Veloz perdeu minha encomenda 9911", 100),
    ]
    store.save_page(posts, quarantined=[{"source": "x", "native_id": "q1", "error": "bad", "raw": '{"user": "q"}'}])
    store.save_page([dataclasses.replace(_post("x", "r100", "reposter_joao", "", 100), reposts_of="x:p40")])
    store.save_scores(pd.DataFrame([{"id": m.id, "category": "founded_complaint", "p_complaint": 0.9,
                                     "p_disrespectful": 0.1, "p_founded": 0.8, "founded": True} for m in posts]),
                      "test-model")
    store.mark_assessed([m.id for m in posts])
    for m in posts:  # collected when posted, as a live collector does
        store.db.execute("UPDATE mentions SET collected_at = ? WHERE id = ?", [iso(m.created_at), m.id])
    store.db.execute("UPDATE quarantine SET created_at = ?", [iso(utcnow() - timedelta(days=50))])
    store.db.conn.commit()
    store.save_verdicts([
        {"subject_key": "x:troll_br", "subject_type": "author", "verdict": "campaign", "score": 0.9,
         "figures_json": "{}", "evidence_json": json.dumps(["x:c100"]), "reasons_json": "[]"},
        {"subject_key": "x:passer_by", "subject_type": "author", "verdict": "none", "score": 0.1,
         "figures_json": "{}", "evidence_json": "[]", "reasons_json": "[]"},
        {"subject_key": "customer:C1", "subject_type": "customer", "verdict": "one_off_complaint",
         "score": 0.4, "figures_json": "{}", "evidence_json": json.dumps(["x:k100"]), "reasons_json": "[]"},
    ], iso(utcnow()))
    store.upsert_customers([{"customer_id": "C1", "name": "Ana Cliente", "email": "", "phone": "",
                             "handles_json": "{}", "customer_since": "2020-01-01", "plan": "", "monthly_value": 0.0,
                             "overdue_balance": 0.0, "days_overdue": 0, "flags": ""}])
    store.save_link_proposals([{"author_key": "x:cliente_ana", "customer_id": "C1", "method": "handle",
                                "confidence": 1.0, "status": "auto"}])
    store.mark_assessed(["x:k100"])
    store.add_case_note("x:worked_case", "called them", "Paulo")
    store.save_label("x:p100", "founded_complaint", "Maria")
    store.close()


def invoke(path, *args, env=None):
    return CliRunner().invoke(cli, ["--db", str(path), "--config", str(Path(__file__).parent / "absent.toml"), *args],
                              obj={}, env=env)


def column(store, sql, *args):
    return {row[0]: row[1] for row in store.db.execute(sql, list(args)).fetchall()}


def test_retention_by_dates_through_the_cli(tmp_path):
    path = store_at("m")
    seed(path)
    off = invoke(path, "retention", "run")
    assert off.exit_code == 0 and "retention is off" in off.output

    env = {"MONITOR_RETENTION_RAW_PAYLOAD_DAYS": "30", "MONITOR_RETENTION_NO_VERDICT_TEXT_DAYS": "60"}
    result = invoke(path, "retention", "run", "--by", "dpo", env=env)
    assert result.exit_code == 0, result.output
    assert "mentions.raw_json: 5" in result.output  # the 100- and 40-day-old posts
    assert "quarantine.raw: 1" in result.output
    assert "mentions (anonymised): 1" in result.output  # only the passer-by's 100-day-old post
    assert "reposts: 1" in result.output

    store = open_store(path)
    raw = column(store, "SELECT COALESCE(native_id, id), raw_json IS NOT NULL FROM mentions")
    assert raw == {"p40": 0, "p5": 1, "c100": 0, "k100": 0, "w100": 0,
                   next(k for k in raw if k.startswith("erased:")): 0}
    texts = column(store, "SELECT COALESCE(native_id, 'erased'), text FROM mentions")
    assert texts["erased"] == "" and texts["p40"] and texts["p5"]
    assert texts["c100"] and texts["k100"] and texts["w100"]  # people someone acts on keep theirs
    erased = store.db.execute("SELECT author_key, url, text_hash, created_at, category FROM mentions"
                              " WHERE id LIKE 'erased:%'").fetchone()
    assert erased[:3] == (None, None, None) and erased[4] == "founded_complaint"
    assert store.author_known("x:passer_by")  # still has recent posts
    assert not store.author_known("x:reposter_joao")  # nothing left of them
    assert store.labels_frame()["mention_id"].str.startswith("erased:").all()  # the label is kept
    assert store.mention_kpis(iso(utcnow() - timedelta(days=1)), iso(utcnow() - timedelta(days=200)),
                              0.5)["week"] == 6  # the counts did not move
    entry = store.audit_frame(action="retention").iloc[0]
    store.close()
    assert entry["actor"] == "dpo"
    assert json.loads(entry["detail"])["removed"]["mentions (anonymised)"] == 1

    again = invoke(path, "retention", "run", env=env)
    assert again.exit_code == 0 and "nothing old enough" in again.output


def test_a_passer_by_with_nothing_left_is_deleted_and_old_none_verdicts_go(tmp_path):
    path = store_at("m")
    seed(path)
    env = {"MONITOR_RETENTION_NO_VERDICT_TEXT_DAYS": "3"}
    result = invoke(path, "retention", "run", env=env)
    assert result.exit_code == 0, result.output
    store = open_store(path)
    assert not store.author_known("x:passer_by")
    assert store.verdict_row("x:passer_by") is None
    assert store.author_known("x:troll_br") and store.author_known("x:cliente_ana")
    assert store.author_known("x:worked_case")
    store.close()


def test_the_scheduler_runs_retention_daily_at_its_time_and_records_the_run(tmp_path):
    from monitor.scheduler import build_scheduler, retention_job

    path = store_at("m")
    seed(path)
    (tmp_path / "monitor.toml").write_text('[board]\ntime_zone = "America/Sao_Paulo"\n'
                                           '[retention]\nraw_payload_days = 30\ntime = "04:15"\n')
    config = load_config(tmp_path / "monitor.toml", env={"MONITOR_DB": str(path)})
    job = build_scheduler(config).get_job("retention")
    fields = {f.name: str(f) for f in job.trigger.fields}
    assert (fields["hour"], fields["minute"], str(job.trigger.timezone)) == ("4", "15", "America/Sao_Paulo")
    retention_job(config)
    store = open_store(path)
    runs = store.job_health().set_index("job")
    nulls = store.db.execute("SELECT COUNT(*) FROM mentions WHERE raw_json IS NULL").fetchone()[0]
    store.close()
    assert runs.loc["retention", "status"] == "ok" and nulls == 5

    plain = load_config(tmp_path / "absent.toml", env={"MONITOR_DB": str(path)})
    assert build_scheduler(plain).get_job("retention") is None  # off while both periods are 0
