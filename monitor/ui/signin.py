"""Who is using the board, and as what role (setting board.auth).

- "none": nobody signs in and everyone is an admin (the demo, a team of one); decisions are
  recorded under the name typed in the sidebar, as before roles existed.
- "password": a sign-in form checked against board.users_file (`monitor.auth`: salted PBKDF2,
  written by `monitor users add`); the session keeps who signed in.
- "oidc": Streamlit's own OpenID Connect sign-in (`st.login`, configured in Streamlit's [auth]
  secrets, which Streamlit reads from its secrets file, never from monitor.toml); the person's
  e-mail names them and board.users_file gives their role (viewer when not listed).

The name and role land in `st.session_state` ("board_user", "board_role") for the write path
and the callbacks (`widgets.user_name`, `data.write`), and in the `BoardContext` every tab gets.
"""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from monitor import auth
from monitor.config import Config
from monitor.errors import MonitorError

USER, ROLE = "board_user", "board_role"


def current_user(config: Config) -> tuple[str, str]:
    """(name, role) of whoever uses this session; draws the sign-in and stops the script run
    until someone has signed in (modes password and oidc)."""
    mode = config.board.auth
    if mode == "none":
        st.session_state.pop(USER, None)
        st.session_state[ROLE] = "admin"
        return "", "admin"
    users_file = Path(config.board.users_file)
    if mode == "oidc":
        return _oidc(config, users_file)
    if st.session_state.get(USER):
        # the users file decides on every run: a removed person is signed out, a changed role
        # applies at once (an administrator need not wait for them to sign out)
        user = _current_entry(users_file, st.session_state[USER])
        if user is not None and user.role in auth.ROLES:
            st.session_state[ROLE] = user.role
            return user.name, user.role
        st.session_state.pop(USER, None)
        st.session_state.pop(ROLE, None)
    _password_form(users_file)
    st.stop()
    raise AssertionError("unreachable")  # st.stop() ends the script run


def _current_entry(users_file: Path, name: str) -> "auth.User | None":
    try:
        return auth.read_users(users_file).get(name)
    except MonitorError:
        return None


def _password_form(users_file: Path) -> None:
    st.title("Complaint monitor")
    st.caption("Sign in with the name and password your administrator gave you "
               "(`monitor users add`).")
    with st.form("signin", enter_to_submit=True):
        name = st.text_input("Name", key="signin_name")
        password = st.text_input("Password", type="password", key="signin_password")
        submitted = st.form_submit_button("Sign in", type="primary")
    if not submitted:
        return
    try:
        user = auth.sign_in(users_file, name, password)
    except MonitorError as exc:
        st.error("The board's users file could not be read; ask your administrator.")
        st.text(str(exc))
        return
    if user is None:
        st.error("Wrong name or password.")
        return
    st.session_state[USER], st.session_state[ROLE] = user.name, user.role
    st.session_state.pop("signin_password", None)
    st.rerun()


def _oidc(config: Config, users_file: Path) -> tuple[str, str]:
    if "is_logged_in" not in st.user:  # no [auth] section in Streamlit's secrets
        st.error("board.auth is 'oidc' but Streamlit has no [auth] secrets: see the README, "
                 "'Privacy and data protection'.")
        st.stop()
    if not st.user.get("is_logged_in"):
        st.title("Complaint monitor")
        st.caption("Sign in with your organisation's account.")
        if st.button("Sign in", type="primary", key="signin_oidc"):
            st.login(config.board.oidc_provider or None)
        st.stop()
    name = str(st.user.get("email") or st.user.get("name") or st.user.get("sub") or "unknown")
    try:
        listed = auth.read_users(users_file).get(name)
    except MonitorError as exc:
        st.error("The board's users file could not be read; ask your administrator.")
        st.text(str(exc))
        st.stop()
    role = listed.role if listed else "viewer"
    st.session_state[USER], st.session_state[ROLE] = name, role
    return name, role


def sidebar(config: Config, name: str, role: str) -> None:
    """Who is signed in and the way out; with no sign-in, the name decisions are recorded under."""
    if config.board.auth == "none":
        st.text_input("Your name (recorded with your decisions)", key="user_name")
        return
    st.text(f"Signed in as {name} ({role})")
    if st.button("Sign out", key="signout"):
        for key in (USER, ROLE):
            st.session_state.pop(key, None)
        if config.board.auth == "oidc":
            st.logout()
        st.rerun()
