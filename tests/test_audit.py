"""The audit log: every person's action on the store is recorded with it, in the same
transaction; erasure and export too (see test_privacy); readable with `monitor audit`."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlite_utils import Database

from monitor.cli import cli
from monitor.store import open_store
from monitor.store.migrations import migrations
from tests.conftest import make_mention, store_at

ROOT = Path(__file__).resolve().parent.parent


def entries(store):
    frame = store.audit_frame()
    return [(r.actor, r.action, r.target, json.loads(r.detail)) for r in frame.iloc[::-1].itertuples()]


def test_every_action_on_a_case_is_audited_with_who_and_what(store):
    store.save_page([make_mention(1, author="ana")])
    store.upsert_customers([{"customer_id": "C1", "name": "Ana", "handles_json": "{}"}])
    store.save_label("x:1", "founded_complaint", "Maria")
    store.decide_link("x:ana", "C1", "confirmed", "Maria")
    store.set_step("customer:C1", "recovery:listen", True, "Paulo")
    store.set_step("customer:C1", "recovery:listen", False, "Paulo")
    store.set_case_status("customer:C1", "in_progress", "Paulo")
    store.set_case_status("customer:C1", "in_progress", "Paulo")  # no change: nothing recorded
    store.set_case_owner("customer:C1", "Paulo", "Maria")
    store.add_case_note("customer:C1", "Called Ana, refund agreed", "Paulo")
    assert entries(store) == [
        ("Maria", "label", "x:1", {"label": "founded_complaint"}),
        ("Maria", "link", "x:ana", {"customer": "C1", "status": "confirmed", "previous": None}),
        ("Paulo", "step", "customer:C1", {"step": "recovery:listen", "done": True}),
        ("Paulo", "step", "customer:C1", {"step": "recovery:listen", "done": False}),
        ("Paulo", "case_status", "customer:C1", {"status": "in_progress", "previous": "new"}),
        ("Maria", "case_owner", "customer:C1", {"owner": "Paulo", "previous": ""}),
        ("Paulo", "case_note", "customer:C1", {"chars": 25}),  # the words stay in the case timeline
    ]
    assert all(at for at in store.audit_frame()["at"])


def test_an_action_and_its_entry_are_one_transaction(store, monkeypatch):
    """If the entry cannot be written, the action is not saved either."""
    from monitor.store.audit import Audit

    store.save_page([make_mention(1, author="ana")])

    def broken(self, *args, **kwargs):
        raise RuntimeError("audit log unavailable")

    monkeypatch.setattr(Audit, "_audit", broken)
    with pytest.raises(RuntimeError):
        store.save_label("x:1", "other", "Maria")
    with pytest.raises(RuntimeError):
        store.set_case_status("x:ana", "resolved", "Maria")
    assert store.labels_frame().empty
    assert store.case_state("x:ana")["status"] == "new"


@pytest.mark.sqlite_only("an earlier schema built with sqlite-utils; PostgreSQL databases start at this version")
def test_a_database_before_the_audit_log_is_upgraded(tmp_path):
    path = store_at("old")
    db = Database(path)
    migrations.apply(db, stop_before="m010_audit_log")
    db.close()
    store = open_store(path)
    assert store.schema_version()[-5:] == ["m009_collect_progress", "m010_audit_log", "m011_verdict_index",
                                           "m012_label_order", "m013_mention_counts"]
    store.record_audit("ops", "user_add", "maria", {"role": "analyst"})
    assert entries(store) == [("ops", "user_add", "maria", {"role": "analyst"})]
    store.close()


def test_model_promotion_from_the_cli_is_audited_and_the_log_is_listed(tmp_path, monkeypatch):
    from monitor import model_registry

    models = tmp_path / "models"
    versions = model_registry.list_versions(ROOT / "models")[-2:]
    for version in versions:
        shutil.copytree(ROOT / "models" / version, models / version)
    model_registry.use_version(models, versions[0])
    env = {"MONITOR_MODEL_DIR": str(models), "USER": "ops"}
    args = ["--db", str(store_at("m")), "--config", str(tmp_path / "absent.toml")]
    result = CliRunner().invoke(cli, [*args, "model", "use", versions[1]], obj={}, env=env)
    assert result.exit_code == 0, result.output
    listed = CliRunner().invoke(cli, [*args, "audit", "--format", "json"], obj={})
    assert listed.exit_code == 0, listed.output
    [entry] = json.loads(listed.output)
    assert (entry["action"], entry["target"], entry["detail"]) == (
        "model_use", versions[1], {"previous": versions[0], "from": "cli"})
    assert entry["actor"]
    text = CliRunner().invoke(cli, [*args, "audit", "--action", "forget"], obj={})
    assert text.exit_code == 0 and "no audit entries" in text.output
