"""Board users and their roles: who may only read, who may act on cases, who administers.

Roles, each allowing what the one before it does:
- viewer: reads the board;
- analyst: labels posts, decides links, ticks checklists, sets a case's status and owner, adds
  notes, trains a candidate model;
- admin: also makes a model current and reads the audit log.

The users file (setting board.users_file) holds one `name:role:hash` line per person. The hash is
PBKDF2-HMAC-SHA256 with a random salt and 600,000 iterations (OWASP's 2023 figure), written by
`monitor users add`; a password is never stored, and a wrong one is told from a right one in
constant time. A hash of `-` marks someone who signs in only through the identity provider
(board.auth = "oidc"), whose line only gives their role. Standard library only: the CLI and
the board both read it.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from monitor.errors import MonitorError

ROLES = ("viewer", "analyst", "admin")
ITERATIONS = 600_000
NO_PASSWORD = "-"
_SCHEME = "pbkdf2_sha256"


def allows(role: str, needed: str) -> bool:
    """True when `role` may do what `needed` may (an unknown role may do nothing)."""
    return role in ROLES and ROLES.index(role) >= ROLES.index(needed)


def hash_password(password: str, iterations: int | None = None) -> str:
    """`pbkdf2_sha256$<iterations>$<salt>$<hash>` (base64), for the users file."""
    if not password:
        raise MonitorError("a password cannot be empty")
    iterations = iterations or ITERATIONS
    salt = secrets.token_bytes(16)
    digest = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, iterations)
    return "$".join((_SCHEME, str(iterations), _b64(salt), _b64(digest)))


def verify_password(password: str, encoded: str) -> bool:
    """Whether `password` matches a hash made by `hash_password` (never true for `-`)."""
    try:
        scheme, iterations, salt, digest = encoded.split("$")
        if scheme != _SCHEME:
            return False
        expected = base64.b64decode(digest)
        actual = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), base64.b64decode(salt),
                                     int(iterations))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(actual, expected)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


_UNKNOWN = "$".join((_SCHEME, str(ITERATIONS), _b64(bytes(16)), _b64(bytes(32))))
"""Checked against when the name is unknown, so that costs what a wrong password costs."""


@dataclass(frozen=True)
class User:
    name: str
    role: str
    password_hash: str = NO_PASSWORD


def check_name(name: str) -> str:
    """A user name fit for the file: no ':' and no spaces or line breaks (an e-mail is fine)."""
    name = name.strip()
    if not name or ":" in name or any(ch.isspace() for ch in name):
        raise MonitorError(f"user name {name!r}: use a name or e-mail without ':' or spaces")
    return name


def read_users(path: Path) -> dict[str, User]:
    """The users file (an absent file: no users); a bad line is an error naming file and line."""
    if not path.exists():
        return {}
    users: dict[str, User] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        name, _, rest = line.partition(":")
        role, _, password_hash = rest.partition(":")
        if not name or role not in ROLES or not password_hash:
            raise MonitorError(f"{path}, line {number}: expected name:role:hash with a role among "
                               f"{', '.join(ROLES)}")
        users[name] = User(name, role, password_hash)
    return users


def sign_in(path: Path, name: str, password: str) -> User | None:
    """The user if the password is theirs, else None (the same work either way, so the time
    taken does not tell an unknown name from a wrong password)."""
    user = read_users(path).get(name.strip())
    encoded = user.password_hash if user else _UNKNOWN
    ok = verify_password(password, encoded)
    return user if ok and user else None


def save_user(path: Path, user: User) -> bool:
    """Add or replace one user; returns True when the name was new. The file is rewritten
    atomically and readable by its owner only."""
    check_name(user.name)
    if user.role not in ROLES:
        raise MonitorError(f"role {user.role!r}: expected one of {', '.join(ROLES)}")
    users = read_users(path)
    new = user.name not in users
    users[user.name] = user
    _write(path, users)
    return new


def remove_user(path: Path, name: str) -> bool:
    users = read_users(path)
    if users.pop(name, None) is None:
        return False
    _write(path, users)
    return True


def _write(path: Path, users: dict[str, User]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".partial")
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write("# complaint-monitor board users: name:role:hash (written by `monitor users add`)\n")
        for user in users.values():
            handle.write(f"{user.name}:{user.role}:{user.password_hash}\n")
    os.replace(partial, path)
