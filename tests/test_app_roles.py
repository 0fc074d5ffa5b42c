"""Board roles, run for real with AppTest: sign-in with a password file or the identity
provider (st.login), viewers see no write widgets, an analyst's decisions are recorded and
audited under their name, only admins see the audit log. With board.auth = "none" (the demo)
everyone is an admin, as before."""

from __future__ import annotations

import json

import pytest
from streamlit.testing.v1 import AppTest

from monitor import auth
from monitor.store import open_store
from tests.test_app import APP, open_section, seed_board_db
from tests.conftest import store_at

WRITE_BUTTONS = ("lb_save", "lb_train", "lb_promote", "lnk_confirm", "lnk_reject", "lnk_manual",
                 "cmp_add_note", "cpg_add_note", "grp_add_note")
SECTIONS = ("Complaints to recover", "Campaigns", "Coordinated groups", "Customers & links",
            "Label corrections")


@pytest.fixture
def board(tmp_path, monkeypatch):
    seeded = seed_board_db(store_at("board"))
    users = tmp_path / "users"
    for name, role in (("vera", "viewer"), ("maria", "analyst"), ("ada", "admin")):
        auth.save_user(users, auth.User(name, role, auth.hash_password(f"{name}-pw", iterations=1000)))
    auth.save_user(users, auth.User("ana@veloz.com", "analyst"))  # signs in through the identity provider
    monkeypatch.setenv("MONITOR_DB", str(seeded.path))
    monkeypatch.setenv("MONITOR_CONFIG", str(tmp_path / "absent.toml"))
    monkeypatch.setenv("MONITOR_BOARD_AUTH", "password")
    monkeypatch.setenv("MONITOR_BOARD_USERS_FILE", str(users))
    return seeded


def sign_in(name: str, password: str) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    assert not at.tabs and not at.metric  # nothing of the board before signing in
    at.text_input(key="signin_name").input(name)
    at.text_input(key="signin_password").input(password)
    at.button[0].click()
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def tab_names(at: AppTest) -> list[str]:
    return [t.label for t in at.tabs]


def test_a_wrong_password_does_not_open_the_board(board):
    at = sign_in("maria", "maria-pw-wrong")
    assert "Wrong name or password." in [e.value for e in at.error]
    assert not at.tabs
    at = sign_in("nobody", "maria-pw")
    assert not at.tabs


def test_a_viewer_reads_everything_and_can_change_nothing(board):
    at = sign_in("vera", "vera-pw")
    assert "Signed in as vera (viewer)" in [t.value for t in at.text]
    assert "Audit log" not in tab_names(at)
    assert at.metric  # the board itself is there
    checklists = 0
    for section in SECTIONS:
        open_section(at, section)
        keys = {b.key for b in at.button}
        assert not keys & set(WRITE_BUTTONS), (section, keys & set(WRITE_BUTTONS))
        assert all(box.disabled for box in at.checkbox), section  # checklists show, cannot be ticked
        checklists += len(at.checkbox)
        assert all(s.disabled for s in at.selectbox if "_status_" in str(s.key)), section
        assert all(t.disabled for t in at.text_input if "_owner_" in str(t.key)), section
        assert not [t for t in at.text_input if "_note_" in str(t.key)], section
        assert not [s for s in at.selectbox if str(s.key).startswith(("lb_label", "lnk_"))], section
    assert checklists >= 3
    open_section(at, "Campaigns")
    assert at.selectbox(key="cpg_status_x:troll_br").disabled
    assert at.text_input(key="cpg_owner_x:troll_br").disabled


def test_an_analysts_label_is_recorded_and_audited_under_their_name(board):
    at = sign_in("maria", "maria-pw")
    assert "Audit log" not in tab_names(at)
    open_section(at, "Label corrections")
    assert {"lb_save", "lb_train"} <= {b.key for b in at.button}
    assert "lb_promote" not in {b.key for b in at.button}
    at.selectbox(key="lb_pick").set_value("x:t1")
    at.run()
    at.selectbox(key="lb_label_x:t1").set_value("other")
    at.button(key="lb_save").click()
    at.run()
    assert not at.exception
    store = open_store(board.path)
    labels = store.labels_frame()
    audit = store.audit_frame(action="label")
    store.close()
    assert list(labels["labelled_by"]) == ["maria"]
    assert [(a.actor, a.target, json.loads(a.detail)) for a in audit.itertuples()] == [
        ("maria", "x:t1", {"label": "other"})]


def test_an_analyst_works_a_case_under_their_name(board):
    at = sign_in("maria", "maria-pw")
    open_section(at, "Campaigns")
    at.selectbox(key="cpg_status_x:troll_br").set_value("in_progress")
    at.run()
    assert not at.exception
    store = open_store(board.path)
    state = store.case_state("x:troll_br")
    actions = list(store.audit_frame()["actor"])
    store.close()
    assert (state["status"], state["updated_by"]) == ("in_progress", "maria")
    assert actions == ["maria"]


def test_the_admin_sees_the_audit_log(board):
    store = open_store(board.path)
    store.set_case_owner("x:troll_br", "Paulo", "maria")
    store.close()
    at = sign_in("ada", "ada-pw")
    assert tab_names(at)[-1] == "Audit log"
    open_section(at, "Audit log")
    log = next(d.value for d in at.dataframe if "who" in d.value.columns)
    assert list(log[["who", "what", "subject"]].itertuples(index=False, name=None)) == [
        ("maria", "Case owner", "@troll_br")]  # the person as people know them, not the key
    assert list(log["detail"]) == ["owner: Paulo; previous: "]
    at.button(key="signout").click()
    at.run()
    assert not at.tabs  # signed out: the sign-in form again


def test_identity_provider_sign_in_takes_the_role_from_the_users_file(board, monkeypatch):
    monkeypatch.setenv("MONITOR_BOARD_AUTH", "oidc")
    at = AppTest.from_file(APP, default_timeout=60)
    at.user = {"is_logged_in": False}
    at.run()
    assert not at.exception and not at.tabs
    assert "signin_oidc" in {b.key for b in at.button}  # st.login(provider) when clicked
    at.user = {"is_logged_in": True, "email": "ana@veloz.com", "name": "Ana"}
    at.run()
    assert not at.exception
    assert "Signed in as ana@veloz.com (analyst)" in [t.value for t in at.text]
    assert "Audit log" not in tab_names(at)
    at.user = {"is_logged_in": True, "email": "someone@veloz.com"}
    at.run()
    assert "Signed in as someone@veloz.com (viewer)" in [t.value for t in at.text]


def test_without_sign_in_everyone_is_an_admin_as_on_the_demo(board, monkeypatch):
    monkeypatch.setenv("MONITOR_BOARD_AUTH", "none")
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    assert not at.exception
    assert "Audit log" in tab_names(at)
    assert at.text_input(key="user_name")  # decisions recorded under the name typed here


def test_a_removed_or_demoted_user_loses_access_on_the_next_run(board, tmp_path):
    users = tmp_path / "users"
    at = sign_in("ada", "ada-pw")
    assert "Audit log" in tab_names(at)
    auth.save_user(users, auth.User("ada", "viewer", auth.hash_password("ada-pw", iterations=1000)))
    at.run()  # demoted while signed in: the next run already shows a viewer's board
    assert "Audit log" not in tab_names(at) and at.session_state["board_role"] == "viewer"
    auth.remove_user(users, "ada")
    at.run()  # removed: signed out
    assert not at.tabs and not at.metric
