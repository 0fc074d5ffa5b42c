"""A person's rights over what the monitor holds (LGPD arts. 18, GDPR arts. 15-17), and retention.

`monitor forget` erases one person, `monitor export-subject` writes everything held about them
as JSON, `monitor retention run` (and the scheduler, daily) drops raw payloads and anonymises
old posts of people nobody acts on. The SQL is the store's (`store/privacy.py`,
`store/retention.py`); this module decides who the person is, how their handles and names are
recognised in free text, who asked (the OS user unless `--by` names them) and what the audit log
keeps: the action and the counts, the person only as a one-way hash (`subject_ref`), so the
record of an erasure does not store again what was erased.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import logging
import os
import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from monitor.errors import MonitorError
from monitor.mention import iso, utcnow
from monitor.settings import RetentionSettings
from monitor.store import Store
from monitor.store.privacy import ERASED

logger = logging.getLogger(__name__)


def actor(by: str | None = None) -> str:
    """Who is acting: the name given, else the operating-system user running the command."""
    if by and by.strip():
        return by.strip()
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no passwd entry (some containers)
        return f"uid {os.getuid()}" if hasattr(os, "getuid") else "unknown"


def subject_ref(key: str) -> str:
    """A one-way name for a person in the audit log: the SHA-256 of their key. Whoever knows
    the key can check that the person was erased (to answer them if they ask again); nobody
    can list who was."""
    return "subject:" + hashlib.sha256(f"monitor-subject\n{key}".encode("utf-8")).hexdigest()[:24]


@dataclass(frozen=True)
class Subject:
    """One person as a command names them: accounts and/or a customer record."""

    selector: str  # author | customer | handle
    author_keys: tuple[str, ...] = ()
    customer_id: str | None = None
    handle: str | None = None  # what --handle gave (blanked in texts even with no account left)
    notes: tuple[str, ...] = field(default=())

    @property
    def key(self) -> str:
        if self.customer_id:
            return f"customer:{self.customer_id}"
        if self.author_keys:
            return self.author_keys[0]
        return f"handle:{(self.handle or '').lstrip('@').lower()}"

    @property
    def ref(self) -> str:
        return subject_ref(self.key)


def resolve(store: Store, author: str | None = None, customer: str | None = None,
            handle: str | None = None) -> Subject:
    """The person named by exactly one of an author key, a customer id or a handle. A handle
    held by accounts on several networks is refused (they may be different people): name
    the account with --author."""
    given = [(name, value) for name, value in (("author", author), ("customer", customer),
                                                ("handle", handle)) if value and value.strip()]
    if len(given) != 1:
        raise MonitorError("name the person with exactly one of --author KEY, --customer ID or --handle H")
    selector, value = given[0][0], given[0][1].strip()
    if selector == "customer":
        notes = () if store.customer_known(value) else (f"no customer {value} is held",)
        return Subject("customer", customer_id=value, notes=notes)
    if selector == "author":
        keys = (value,)
    else:
        accounts = store.accounts_with_handle(value)
        if len(accounts) > 1:
            listed = ", ".join(a["author_key"] for a in accounts)
            raise MonitorError(f"the handle {value} is held by {len(accounts)} accounts ({listed}), "
                               "maybe different people: name one with --author KEY")
        keys = tuple(a["author_key"] for a in accounts)
    notes = []
    if not keys or not store.author_known(keys[0]):
        notes.append("no account is held under this name")
    for customer_id in store.linked_customers(keys):
        notes.append(f"the account is linked to customer {customer_id}: their customer record and "
                     f"other accounts stay unless you run it with --customer {customer_id}")
    return Subject(selector, author_keys=keys, handle=value if selector == "handle" else None,
                   notes=tuple(notes))


# ---- recognising a person in free text --------------------------------------------------------

def _distinctive(word: str) -> bool:
    """A bare handle or id that is unlikely to be an ordinary word ('joe_k', 'ana.bsky.social',
    'mariagomez'), so it is blanked even without its '@'."""
    return len(word) >= 6 or any(ch.isdigit() or ch in "_.-" for ch in word)


QUOTED_MIN = 16
"""A post at least this long is recognised when quoted (an alert quotes the start of a post)."""
QUOTE_HEAD = 24
"""The start of a post that identifies a quote of it, whole or cut with '…'."""


def _words(term: str) -> str:
    """A literal term as a pattern, any run of spaces matching any other."""
    return r"\s+".join(re.escape(word) for word in term.split())


def _quoted(text: str) -> str:
    """A person's post as quoted in an alert or a note: whole, or its start cut with '…'."""
    head, rest = text[:QUOTE_HEAD], text[QUOTE_HEAD:]
    return _words(head) + (f"(?:{_words(rest)}|[^\n\"]*\u2026)?" if rest.strip() else "")


class TextRedactor:
    """Blanks one person's identifiers wherever they appear in a text: '@handle' always, a bare
    handle or network id when distinctive, account and customer keys, a full name (two words or
    more: a first name alone would blank namesakes), e-mail and phone; and, given `texts`, their
    posts as quoted (whole, or cut with '…'). Case-insensitive, whole words only ('@joe_k'
    never blanks '@joe_kim')."""

    def __init__(self, identifiers: dict[str, list[str]]):
        terms: set[str] = set()
        for handle in identifiers.get("handles", []):
            bare = handle.strip().lstrip("@")
            if bare:
                terms.add("@" + bare)
                if _distinctive(bare):
                    terms.add(bare)
        terms.update(n.strip() for n in identifiers.get("names", []) if len(n.split()) >= 2)
        terms.update(k for k in identifiers.get("keys", []) if k)
        terms.update(i for i in identifiers.get("ids", []) if len(i) >= 5 and _distinctive(i))
        terms.update(c.strip() for c in identifiers.get("contacts", []) if len(c.strip()) >= 6)
        texts = {t.strip() for t in identifiers.get("texts", []) if len(t.strip()) >= QUOTED_MIN}
        self.needles = sorted(terms | {t[:QUOTE_HEAD] for t in texts})
        parts = [_words(t) for t in sorted(terms, key=len, reverse=True)]
        parts += [_quoted(t) for t in sorted(texts, key=len, reverse=True)]
        self._pattern = re.compile(r"(?<![\w@])(?:" + "|".join(parts) + r")(?![\w-]|\.\w)",
                                   re.IGNORECASE) if parts else None

    def __call__(self, text: str) -> str:
        if not text or self._pattern is None:
            return text
        return self._pattern.sub(ERASED, text)


def redactor_for(subject: Subject):
    """The store's redactor factory for this person (adds a --handle that no account holds)."""
    def build(identifiers: dict[str, list[str]]) -> TextRedactor:
        if subject.handle:
            identifiers = {**identifiers, "handles": [*identifiers.get("handles", []), subject.handle]}
        return TextRedactor(identifiers)
    return build


# ---- the commands ------------------------------------------------------------------------------

def forget(store: Store, subject: Subject, by: str) -> dict[str, int]:
    """Erase the person in one transaction, audited; returns counts per table."""
    removed = store.forget_subject(subject.author_keys, subject.customer_id, redactor_for(subject),
                                   subject.ref, by, {"selector": subject.selector})
    logger.info("forget %s by %s: %s", subject.ref, by, removed or "nothing held")
    return removed


def export_subject(store: Store, subject: Subject, out: Path, by: str) -> dict[str, int]:
    """Write everything held about the person to `out` as strict UTF-8 JSON (only the owner
    may read the file: it is personal data), audited; returns rows per section."""
    records = store.subject_records(subject.author_keys, subject.customer_id, redactor_for(subject))
    document = {"subject": {"selector": subject.selector, "name_given": subject.key,
                            "exported_at": iso(utcnow()), "exported_by": by,
                            "held_by": "complaint-monitor"}, **records}
    text = json.dumps(document, ensure_ascii=False, indent=1, allow_nan=False, default=str)
    out.parent.mkdir(parents=True, exist_ok=True)
    partial = out.with_name(out.name + ".partial")
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(text + "\n")
    os.replace(partial, out)
    counts = {name: _rows(value) for name, value in records.items()}
    store.record_audit(by, "export", subject.ref, {"selector": subject.selector, "rows": counts})
    return counts


def run_retention(store: Store, settings: RetentionSettings, by: str,
                  now: datetime | None = None, window_days: int | None = None) -> dict[str, int]:
    """Apply both retention periods as of `now`; logged and audited with the counts (nothing
    is done, and nothing recorded, when both periods are 0)."""
    now = now or utcnow()
    done: dict[str, int] = {}
    if settings.raw_payload_days:
        done.update(store.drop_raw_payloads(iso(now - timedelta(days=settings.raw_payload_days))))
    if settings.no_verdict_text_days:
        if window_days and settings.no_verdict_text_days < window_days:
            logger.warning("retention.no_verdict_text_days (%d) is shorter than detection.window_days (%d):"
                           " posts are anonymised before detection stops counting them",
                           settings.no_verdict_text_days, window_days)
        done.update(store.anonymise_texts_without_case(iso(now - timedelta(days=settings.no_verdict_text_days))))
    if settings.raw_payload_days or settings.no_verdict_text_days:
        store.record_audit(by, "retention", "database", {
            "raw_payload_days": settings.raw_payload_days,
            "no_verdict_text_days": settings.no_verdict_text_days, "removed": done})
        logger.info("retention: %s", done or "nothing to do")
    return done


def _rows(value: Any) -> int:
    """How many rows an export section holds (a record: 1 or 0; a count: itself)."""
    if isinstance(value, list):
        return len(value)
    if isinstance(value, int):
        return value
    return int(value is not None)


def describe(counts: dict[str, int]) -> list[str]:
    """Counts as lines a person reads ('mentions (anonymised): 6')."""
    return [f"  {name}: {count:,}" for name, count in sorted(counts.items())]
