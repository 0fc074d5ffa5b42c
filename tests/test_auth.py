"""Board users: salted PBKDF2 hashes written by `monitor users add`, never a password; roles."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from monitor import auth
from monitor.cli import cli
from monitor.errors import MonitorError
from monitor.store import open_store
from tests.conftest import store_at


def test_roles_allow_what_the_roles_below_them_do():
    assert auth.allows("admin", "analyst") and auth.allows("analyst", "analyst")
    assert not auth.allows("viewer", "analyst") and not auth.allows("analyst", "admin")
    assert not auth.allows("", "viewer") and not auth.allows("root", "viewer")


def test_a_hash_is_salted_and_checks_only_its_password():
    first, second = auth.hash_password("s3cret!", iterations=1000), auth.hash_password("s3cret!", iterations=1000)
    assert first != second and "s3cret" not in first
    assert first.startswith("pbkdf2_sha256$1000$")
    assert auth.verify_password("s3cret!", first) and not auth.verify_password("s3cret?", first)
    assert not auth.verify_password("anything", auth.NO_PASSWORD)
    assert not auth.verify_password("anything", "md5$1$x$y")


def test_users_file_round_trip_and_clear_errors(tmp_path):
    path = tmp_path / "var" / "users"
    assert auth.save_user(path, auth.User("maria", "analyst", auth.hash_password("pw", iterations=1000)))
    assert not auth.save_user(path, auth.User("maria", "admin", auth.hash_password("pw2", iterations=1000)))
    assert auth.save_user(path, auth.User("ana@veloz.com", "viewer"))
    assert oct(path.stat().st_mode & 0o777) == "0o600"
    users = auth.read_users(path)
    assert {u.name: u.role for u in users.values()} == {"maria": "admin", "ana@veloz.com": "viewer"}
    assert auth.sign_in(path, "maria", "pw2").role == "admin"
    assert auth.sign_in(path, "maria", "pw") is None
    assert auth.sign_in(path, "nobody", "pw2") is None
    assert auth.sign_in(path, "ana@veloz.com", "-") is None  # signs in through the identity provider only
    with pytest.raises(MonitorError, match="without ':'"):
        auth.save_user(path, auth.User("a:b", "viewer"))
    path.write_text("maria:boss:x\n")
    with pytest.raises(MonitorError, match="line 1"):
        auth.read_users(path)


def test_users_add_list_remove_through_the_cli_audited(tmp_path, monkeypatch):
    monkeypatch.setattr(auth, "ITERATIONS", 1000)  # the real count takes ~0.5 s per hash
    users = tmp_path / "users"
    args = ["--db", str(store_at("m")), "--config", str(tmp_path / "absent.toml")]
    env = {"MONITOR_BOARD_USERS_FILE": str(users)}
    runner = CliRunner()
    added = runner.invoke(cli, [*args, "users", "add", "maria", "--role", "analyst", "--by", "ops"],
                          obj={}, env=env, input="correct horse\ncorrect horse\n")
    assert added.exit_code == 0, added.output
    assert "correct horse" not in users.read_text()
    assert auth.sign_in(users, "maria", "correct horse").role == "analyst"
    piped = runner.invoke(cli, [*args, "users", "add", "bia", "--role", "admin", "--password-stdin"],
                          obj={}, env=env, input="pw from a vault\n")
    assert piped.exit_code == 0 and auth.sign_in(users, "bia", "pw from a vault")
    oidc = runner.invoke(cli, [*args, "users", "add", "ana@veloz.com", "--role", "viewer", "--oidc"], obj={}, env=env)
    assert oidc.exit_code == 0, oidc.output
    listed = runner.invoke(cli, [*args, "users", "list"], obj={}, env=env)
    assert listed.output.splitlines() == ["maria\tanalyst\tpassword", "bia\tadmin\tpassword",
                                          "ana@veloz.com\tviewer\tidentity provider"]
    assert "pbkdf2" not in listed.output
    removed = runner.invoke(cli, [*args, "users", "remove", "bia", "--by", "ops"], obj={}, env=env)
    assert removed.exit_code == 0 and "bia" not in auth.read_users(users)
    missing = runner.invoke(cli, [*args, "users", "remove", "bia"], obj={}, env=env)
    assert missing.exit_code == 1 and "no user 'bia'" in missing.output
    store = open_store(store_at("m"))
    log = [(r.actor, r.action, r.target, json.loads(r.detail)) for r in store.audit_frame().iloc[::-1].itertuples()]
    store.close()
    assert log[0] == ("ops", "user_add", "maria", {"role": "analyst", "sign_in": "password"})
    assert log[-1] == ("ops", "user_remove", "bia", {})
    assert not any("horse" in json.dumps(entry) for entry in log)
