"""Customer records from a CRM export (CSV or XLSX), validated strictly: a bad file is rejected whole.

Owns the `Customer` record, the column mapping, how handles and profile links are normalised,
and how a re-import updates a stored customer: only the fields whose columns the file has
(an export of two columns must not wipe e-mail, handles, tenure, value, debt and flags).
Amounts are read in the `crm.number_style` (see `monitor.amounts`). Matching authors to
customers lives in `linking`.
"""

from __future__ import annotations

import json
import logging
import math
import re
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any, Mapping
from urllib.parse import urlsplit

from monitor.amounts import parse_amount
from monitor.errors import InputError
from monitor.user_files import read_rows

logger = logging.getLogger(__name__)

NETWORKS: tuple[str, ...] = ("x", "bluesky", "mastodon", "reddit", "youtube")
FLAGS: tuple[str, ...] = ("abuse_of_staff", "illegal_request", "impossible_demands")
FIELDS: tuple[str, ...] = (
    "customer_id", "name", "email", "phone", "x_handle", "bluesky_handle", "mastodon_handle",
    "reddit_handle", "youtube_handle", "customer_since", "plan", "monthly_value",
    "overdue_balance", "days_overdue", "flags", "currency",
)
REQUIRED: tuple[str, ...] = ("customer_id", "name")
DEFAULT_COLUMNS: dict[str, str] = {name: name for name in FIELDS}

_EMAIL = re.compile(r"^[^@\s;,]+@[^@\s;,]+\.[^@\s;,]+$")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$")
_X_RESERVED = {"i", "intent", "home", "search", "hashtag", "share", "explore", "settings"}


@dataclass(frozen=True)
class Customer:
    """One customer as the CRM knows them; handles are normalised per network (`x`, `bluesky`...).

    `monthly_value` is None when the CRM left it blank (unknown is not zero).
    """

    customer_id: str
    name: str
    email: str = ""
    phone: str = ""
    handles: dict[str, str] = field(default_factory=dict, hash=False)
    customer_since: date | None = None
    plan: str = ""
    monthly_value: float | None = None
    overdue_balance: float = 0.0
    days_overdue: int = 0
    flags: tuple[str, ...] = ()
    currency: str = ""
    """The symbol amounts are shown with for this customer ('' = the playbook.currency setting)."""

    def tenure_years(self, now: date | datetime) -> float | None:
        """Years since `customer_since` at `now`, or None when the CRM has no date."""
        if self.customer_since is None:
            return None
        today = now.date() if isinstance(now, datetime) else now
        return max(0.0, (today - self.customer_since).days / 365.25)

    @classmethod
    def from_row(cls, row: Mapping[str, Any]) -> "Customer":
        """Rebuild from a stored row (`handles_json`, `;`-joined flags) or a CRM-shaped dict.

        Lenient on purpose: the store only holds rows that `read_customers` validated.
        """
        handles: dict[str, str] = {}
        stored = _blank_to_none(row.get("handles_json"))
        if stored:
            handles = {k: v for k, v in json.loads(stored).items() if v}
        elif isinstance(row.get("handles"), Mapping):
            handles = {k: v for k, v in row["handles"].items() if v}
        for network in NETWORKS:
            value = _blank_to_none(row.get(f"{network}_handle"))
            if value and network not in handles:
                handles[network] = normalise_handle(network, str(value))
        flags = row.get("flags") or ()
        if isinstance(flags, str):
            flags = [f for f in flags.split(";") if f.strip()]
        since = _blank_to_none(row.get("customer_since"))
        if isinstance(since, str):
            since = date.fromisoformat(since[:10])
        elif isinstance(since, datetime):
            since = since.date()
        return cls(
            customer_id=str(row["customer_id"]),
            name=str(_blank_to_none(row.get("name")) or ""),
            email=str(_blank_to_none(row.get("email")) or "").strip().lower(),
            phone=str(_blank_to_none(row.get("phone")) or ""),
            handles=handles,
            customer_since=since,
            plan=str(_blank_to_none(row.get("plan")) or ""),
            monthly_value=_optional_float(row.get("monthly_value")),
            overdue_balance=float(_blank_to_none(row.get("overdue_balance")) or 0.0),
            days_overdue=int(float(_blank_to_none(row.get("days_overdue")) or 0)),
            flags=tuple(sorted({str(f).strip().lower() for f in flags})),
            currency=str(_blank_to_none(row.get("currency")) or ""),
        )


def _optional_float(value: Any) -> float | None:
    value = _blank_to_none(value)
    return None if value is None else float(value)


def _blank_to_none(value: Any) -> Any:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    if isinstance(value, str) and not value.strip():
        return None
    return value


# ---- handles and profile links ------------------------------------------------------------

def normalise_handle(network: str, value: str) -> str:
    """'@Ana_Silva ' -> 'ana_silva'; a profile link becomes its handle ('' if it is another network's).

    Mastodon handles keep their instance: '@ana@mastodon.social' -> 'ana@mastodon.social'.
    """
    value = (value or "").strip()
    lowered = value.lower()
    if lowered.startswith(("http://", "https://", "www.")) or re.match(r"^[\w.-]+\.[a-z]{2,}/", lowered):
        parsed = parse_profile_url(value)
        return parsed[1] if parsed and parsed[0] == network else ""
    if network == "reddit":
        lowered = re.sub(r"^/?u/", "", lowered)
    return lowered.lstrip("@").strip()


def parse_profile_url(url: str) -> tuple[str, str] | None:
    """The (network, handle) a profile link points to, or None when it is not a profile link.

    x.com/ana -> ('x', 'ana'); bsky.app/profile/ana.bsky.social -> ('bluesky', 'ana.bsky.social');
    reddit.com/user/ana -> ('reddit', 'ana'); youtube.com/@ana -> ('youtube', 'ana');
    any other host with /@ana -> ('mastodon', 'ana@host').
    """
    text = (url or "").strip()
    if not text:
        return None
    if not re.match(r"^[a-z]+://", text, re.IGNORECASE):
        text = "https://" + text
    try:
        parts = urlsplit(text)
    except ValueError:
        return None
    host = (parts.hostname or "").lower()
    host = host[4:] if host.startswith("www.") else host
    segments = [s for s in parts.path.split("/") if s]
    if not host or not segments:
        return None
    first = segments[0].lower()
    if host in ("x.com", "twitter.com", "mobile.twitter.com", "mobile.x.com"):
        return None if first in _X_RESERVED else ("x", first.lstrip("@"))
    if host == "bsky.app":
        return ("bluesky", segments[1].lower()) if first == "profile" and len(segments) > 1 else None
    if host.endswith("reddit.com"):
        return ("reddit", segments[1].lower()) if first in ("user", "u") and len(segments) > 1 else None
    if host.endswith("youtube.com"):
        if first.startswith("@"):
            return ("youtube", first[1:])
        if first in ("c", "user", "channel") and len(segments) > 1:
            return ("youtube", segments[1].lower())
        return None
    if first.startswith("@") and len(first) > 1:
        return ("mastodon", f"{first[1:]}@{host}")
    if first == "users" and len(segments) > 1:
        return ("mastodon", f"{segments[1].lower()}@{host}")
    return None


# ---- reading a CRM export -------------------------------------------------------------------

@dataclass(frozen=True)
class CustomerFile:
    """A CRM export as read: its customers and which of our FIELDS it has a column for."""

    customers: list[Customer]
    fields: frozenset[str]


def read_customers(path: str | Path, mapping: Mapping[str, str] | None = None,
                   number_style: str = "auto") -> list[Customer]:
    """The customers of a CSV or XLSX export (see `read_customer_file`)."""
    return read_customer_file(path, mapping, number_style).customers


def read_customer_file(path: str | Path, mapping: Mapping[str, str] | None = None,
                       number_style: str = "auto") -> CustomerFile:
    """Read a CSV or XLSX export; `mapping` maps our field names to the file's column names.

    Fields left out of the mapping use their own name as the column. Only customer_id and name
    are required columns. Any bad value raises InputError naming the row and the column, and
    nothing from the file is returned. Amounts are read in `number_style` (auto, pt or en).
    """
    path = Path(path)
    columns = dict(DEFAULT_COLUMNS)
    for ours, theirs in (mapping or {}).items():
        if ours not in DEFAULT_COLUMNS:
            raise InputError(path.name, None, str(ours), "unknown field in the column mapping "
                             f"(expected one of {', '.join(FIELDS)})")
        columns[ours] = str(theirs).strip()
    rows = read_rows(path, suffixes=(".csv", ".xlsx", ".txt", ".xlsm"), label=path.name,
                     required=[columns[ours] for ours in REQUIRED])
    customers: list[Customer] = []
    first_row: dict[str, int] = {}
    present: set[str] = set()
    for row in rows:
        if row.error is not None:
            raise row.error
        row_number = row.line
        present = {ours for ours, theirs in columns.items() if theirs in row.values}
        cells = {ours: row.values.get(theirs) for ours, theirs in columns.items()}
        customer = _customer(cells, path.name, row_number, columns, number_style)
        if customer.customer_id in first_row:
            raise InputError(path.name, row_number, columns["customer_id"],
                             f"duplicate customer id {customer.customer_id!r} "
                             f"(first on row {first_row[customer.customer_id]})")
        first_row[customer.customer_id] = row_number
        customers.append(customer)
    logger.info("%s: %d customers read", path.name, len(customers))
    return CustomerFile(customers, frozenset(present))


def _customer(cells: dict[str, Any], file: str, row: int, columns: Mapping[str, str],
              number_style: str) -> Customer:
    def fail(ours: str, problem: str) -> InputError:
        return InputError(file, row, columns[ours], problem)

    def amount(ours: str) -> float:
        return _number(cells[ours], lambda p: fail(ours, p), number_style)

    customer_id = _text(cells["customer_id"])
    if not customer_id:
        raise fail("customer_id", "the customer id is empty")
    name = _text(cells["name"])
    if not name:
        raise fail("name", "the name is empty")
    email = _text(cells["email"]).lower()
    if email and not _EMAIL.match(email):
        raise fail("email", f"not an e-mail address: {email!r}")
    handles = {}
    for network in NETWORKS:
        value = _text(cells[f"{network}_handle"])
        if value:
            handle = normalise_handle(network, value)
            if not handle or " " in handle:
                raise fail(f"{network}_handle", f"not a {network} handle: {value!r}")
            handles[network] = handle
    return Customer(
        customer_id=customer_id,
        name=name,
        email=email,
        phone=_text(cells["phone"]),
        handles=handles,
        customer_since=_date(cells["customer_since"], lambda p: fail("customer_since", p)),
        plan=_text(cells["plan"]),
        monthly_value=None if _text(cells["monthly_value"]) == "" else amount("monthly_value"),
        overdue_balance=amount("overdue_balance"),
        days_overdue=_whole(amount("days_overdue"), cells["days_overdue"], lambda p: fail("days_overdue", p)),
        flags=_flags(cells["flags"], lambda p: fail("flags", p)),
        currency=_currency(cells["currency"], lambda p: fail("currency", p)),
    )


def _currency(value: Any, fail) -> str:
    """A currency symbol or code as the CRM writes it ('US$', 'EUR', '€'); short, no spaces."""
    text = _text(value)
    if len(text) > 5 or " " in text:
        raise fail(f"not a currency symbol or code: {text!r}")
    return text


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _date(value: Any, fail) -> date | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    if not _ISO_DATE.match(text):
        raise fail(f"not a date: {text!r} (expected YYYY-MM-DD)")
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        raise fail(f"not a date: {text!r} (expected YYYY-MM-DD)") from None


def _number(value: Any, fail, style: str = "auto") -> float:
    if value is None or (isinstance(value, str) and not value.strip()):
        return 0.0
    if isinstance(value, bool):
        raise fail(f"not a number: {value!r}")
    if isinstance(value, (int, float)):  # an XLSX number cell: no style to read
        number = float(value)
    else:
        try:
            number = parse_amount(str(value), style)
        except ValueError as exc:
            raise fail(str(exc)) from None
    if not math.isfinite(number):
        raise fail(f"not a number: {value!r}")
    if number < 0:
        raise fail(f"must not be negative: {value!r}")
    return number


def _whole(number: float, value: Any, fail) -> int:
    if not float(number).is_integer():
        raise fail(f"not a whole number of days: {value!r}")
    if number >= 2**63:  # past what the database stores as a whole number
        raise fail(f"not a plausible number of days: {value!r}")
    return int(number)


def _flags(value: Any, fail) -> tuple[str, ...]:
    found = set()
    for part in _text(value).split(";"):
        flag = part.strip().lower()
        if not flag:
            continue
        if flag not in FLAGS:
            raise fail(f"unknown flag {flag!r} (expected {', '.join(FLAGS)})")
        found.add(flag)
    return tuple(sorted(found))


def updated_row(stored: Mapping[str, Any] | None, customer: Customer,
                fields: frozenset[str] | set[str]) -> dict[str, Any]:
    """The row to store for `customer` read from a file with columns for `fields`: a new
    customer as read; a known one (`stored`) keeps every field the file has no column for.
    A blank cell in a column the file has clears that field: the CRM says it is empty now."""
    if stored is None:
        return customer_row(customer)
    old = Customer.from_row(stored)
    handles = dict(old.handles)
    for network in NETWORKS:
        if f"{network}_handle" in fields:
            handles.pop(network, None)
            if customer.handles.get(network):
                handles[network] = customer.handles[network]
    changed = {name: getattr(customer, name) for name in FIELDS
               if name in fields and not name.endswith("_handle")}
    return customer_row(replace(old, **changed, handles=handles))


def customer_row(customer: Customer) -> dict[str, Any]:
    """The storage form of a customer: handles as JSON, flags joined, dates as ISO text."""
    row = {k: v for k, v in vars(customer).items()}
    handles = row.pop("handles", {}) or {}
    row["handles_json"] = json.dumps(handles, ensure_ascii=False, sort_keys=True)
    flags = row.get("flags") or ()
    row["flags"] = ";".join(sorted(flags)) if not isinstance(flags, str) else flags
    for key, value in list(row.items()):
        if hasattr(value, "isoformat"):
            row[key] = value.isoformat()
    return row
