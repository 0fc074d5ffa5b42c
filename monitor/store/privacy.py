"""Erasure and access: everything the store holds about one person, read out or removed
(part of the `monitor.store` package).

A person is a set of accounts (author keys) and, for a customer, the customer record whose
linked accounts they are. `subject_records` reads everything held about them (the access
export); `forget_subject` removes it in one transaction, so a crash leaves the person either
fully held or fully forgotten, and a second run finds nothing more to remove.

What is kept is counts, never identity. Their mentions stay as anonymous rows (new random id,
no author, no text, no raw payload, no link, no network id) with their time, source, brand,
language, category and scores, because every count on the board and in the reports (per day,
per category, per source, the spike and drift rules) reads the mentions table itself: deleting
the rows would rewrite last month's numbers, moving them to a side table would fork every
count query. With no author such a row joins no author, so it appears in no list, case or
profile and is never assessed again. Everything else that is theirs is deleted: accounts,
customer record, links, labels of their posts, cached embeddings of their texts (unless another
stored post has the same text), verdicts, history, case steps, status, notes, alerts about them
(pending ones; sent ones keep only kind, state and times), quarantined items naming them. Their
handles, full names, keys and contact details are then blanked wherever else they appear in
free text (others' posts and raw payloads, label texts, case notes, alert texts, a group's
sample text), and audit entries about them are re-pointed to a one-way hash of them.
"""

from __future__ import annotations

import json
import uuid
from collections import Counter
from typing import Any, Callable, Protocol, Sequence

from monitor.store.audit import Audit
from monitor.store.customers import LINKED_STATUSES
from monitor.text import text_hash

ERASED = "[erased]"
"""What a blanked handle, name or text becomes."""

OTHERS_TEXT = (("mentions", "text"), ("mentions", "raw_json"), ("labels", "text"))
"""Other people's posts (and labels' copies of them), where the person's handle, name or key
may appear: those are blanked, the rest of the post stays."""
RECORDS_TEXT = (("case_events", "detail"), ("alerts", "title"), ("alerts", "body"),
                ("coordinated_groups", "sample_text"), ("verdicts", "reasons_json"),
                ("quarantine", "error"), ("job_runs", "error"), ("audit_log", "detail"))
"""The team's and the system's own texts (notes, alerts...), where the person may also be
quoted: their identifiers and quotes of their posts are blanked."""


class Redactor(Protocol):
    """Blanks one person's identifiers in a text (built by `monitor.privacy.redactor_for`)."""

    needles: Sequence[str]
    """Literal strings whose presence (SQL LIKE) makes a text worth checking."""

    def __call__(self, text: str) -> str: ...


IN_JSON = "(SELECT value FROM json_each(?))"
"""SQL for 'one of the values in this JSON list argument'."""

RedactorFor = Callable[[dict[str, list[str]]], Redactor]


def _json_list(values: Sequence[str]) -> str:
    return json.dumps(sorted(set(values)))


def _strings(value: Any) -> list[str]:
    """Every string inside a JSON value (a customer's declared handles, by network)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


def _without_texts(identifiers: dict[str, list[str]]) -> dict[str, list[str]]:
    """Identifiers without the person's post texts: other people may have posted the same words."""
    return {k: v for k, v in identifiers.items() if k != "texts"}


def _loads(text: Any, default: Any) -> Any:
    try:
        return json.loads(text) if text else default
    except (TypeError, ValueError):
        return text


class Privacy(Audit):
    """Reads and erasure across every table that can hold a person's data."""

    # ---- who a subject is -----------------------------------------------------------------

    def accounts_with_handle(self, handle: str) -> list[dict[str, Any]]:
        """Accounts whose handle is `handle` (with or without '@', any case), on any network."""
        bare = handle.strip().lstrip("@").lower()
        return self._rows("SELECT author_key, source, handle, name FROM authors"
                          " WHERE lower(ltrim(handle, '@')) = ? ORDER BY author_key", [bare])

    def author_known(self, author_key: str) -> bool:
        return self.db.execute("SELECT 1 FROM authors WHERE author_key = ?", [author_key]).fetchone() is not None

    def customer_known(self, customer_id: str) -> bool:
        return self.db.execute("SELECT 1 FROM customers WHERE customer_id = ?",
                               [customer_id]).fetchone() is not None

    def linked_customers(self, author_keys: Sequence[str]) -> list[str]:
        """Customers these accounts are linked to (automatically, by hand or confirmed)."""
        rows = self.db.execute(f"SELECT DISTINCT customer_id FROM author_links WHERE status IN {LINKED_STATUSES}"
                               " AND author_key IN (SELECT value FROM json_each(?))",
                               [_json_list(author_keys)]).fetchall()
        return sorted(r[0] for r in rows if r[0])

    def _accounts(self, author_keys: Sequence[str], customer_id: str | None) -> list[str]:
        """The given accounts, plus every account linked to the customer."""
        linked = self.linked_author_keys([customer_id]) if customer_id else []  # type: ignore[attr-defined]
        return sorted(set(author_keys) | set(linked))

    def _identifiers(self, accounts: Sequence[str], customer_id: str | None) -> dict[str, list[str]]:
        """What names the person in free text: keys, handles, names, network ids, contacts, and
        the texts of their posts (to recognise quotes)."""
        found: dict[str, list[str]] = {"keys": list(accounts), "handles": [], "names": [], "ids": [],
                                       "contacts": [], "texts": []}
        for row in self._rows("SELECT author_id, handle, name FROM authors WHERE author_key IN"
                              " (SELECT value FROM json_each(?))", [_json_list(accounts)]):
            found["ids"].append(row["author_id"] or "")
            found["handles"].append(row["handle"] or "")
            found["names"].append(row["name"] or "")
        found["texts"] = [r[0] for r in self.db.execute(
            "SELECT text FROM mentions WHERE author_key IN (SELECT value FROM json_each(?))",
            [_json_list(accounts)]).fetchall() if r[0]]
        if customer_id:
            found["keys"].append(f"customer:{customer_id}")
            for row in self._rows("SELECT name, email, phone, handles_json FROM customers"
                                  " WHERE customer_id = ?", [customer_id]):
                found["names"].append(row["name"] or "")
                found["contacts"] += [row["email"] or "", row["phone"] or ""]
                found["handles"] += _strings(_loads(row["handles_json"], {}))
        return {k: sorted({v for v in values if v}) for k, values in found.items()}

    def _rows(self, sql: str, args: Sequence[Any] = ()) -> list[dict[str, Any]]:
        cur = self.db.execute(sql, list(args))
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row)) for row in cur.fetchall()]

    def _snapshot(self):
        """Reads that see one moment of the database (`db.snapshot()`)."""
        return self.db.snapshot()

    # ---- access: everything held about a person --------------------------------------------

    def subject_records(self, author_keys: Sequence[str], customer_id: str | None,
                        redactor_for: RedactorFor) -> dict[str, Any]:
        """Every row held about the person, by table, JSON columns parsed (read at one moment).
        Quarantined items are the ones naming them (by handle, key or network id)."""
        with self._snapshot():
            accounts = self._accounts(author_keys, customer_id)
            subjects = accounts + ([f"customer:{customer_id}"] if customer_id else [])
            acc, subj = _json_list(accounts), _json_list(subjects)
            mentions = self._rows(f"SELECT * FROM mentions WHERE author_key IN {IN_JSON} ORDER BY created_at", [acc])
            for row in mentions:
                row["raw_json"] = _loads(row["raw_json"], None)
            ids = _json_list([m["id"] for m in mentions])
            customer = self._rows("SELECT * FROM customers WHERE customer_id = ?", [customer_id])
            for row in customer:
                row["handles_json"] = _loads(row["handles_json"], {})
            verdicts = self._rows(f"SELECT * FROM verdicts WHERE subject_key IN {IN_JSON}", [subj])
            for row in verdicts:
                for column in ("figures_json", "evidence_json", "reasons_json"):
                    row[column] = _loads(row[column], None)
            groups = self._rows("SELECT * FROM coordinated_groups g WHERE EXISTS (SELECT 1 FROM"
                                f" json_each(g.members_json) j WHERE j.value IN {IN_JSON})", [acc])
            for row in groups:
                row["members_json"] = _loads(row["members_json"], [])
                row["mention_ids_json"] = _loads(row["mention_ids_json"], [])
            redact = redactor_for(_without_texts(self._identifiers(accounts, customer_id)))
            quarantine = [row for row in self._candidates("quarantine", "raw", redact.needles, "*")
                          if redact(row["raw"]) != row["raw"]]
            audit = self._rows(f"SELECT at, actor, action, target, detail FROM audit_log WHERE target IN {IN_JSON}"
                               f" OR target IN {IN_JSON} ORDER BY id", [subj, ids])
            for row in audit:
                row["detail"] = _loads(row["detail"], {})
            return {
                "customer": customer[0] if customer else None,
                "accounts": self._rows(f"SELECT * FROM authors WHERE author_key IN {IN_JSON}", [acc]),
                "links": self._rows(f"SELECT * FROM author_links WHERE author_key IN {IN_JSON}"
                                    " OR customer_id = ?", [acc, customer_id]),
                "mentions": mentions,
                "reposts": self._rows(f"SELECT * FROM reposts WHERE author_key IN {IN_JSON}", [acc]),
                "verdicts": verdicts,
                "verdict_history": self._rows(f"SELECT * FROM verdict_history WHERE subject_key IN {IN_JSON}"
                                              " ORDER BY id", [subj]),
                "case_state": self._rows(f"SELECT * FROM case_state WHERE subject_key IN {IN_JSON}", [subj]),
                "case_steps": self._rows(f"SELECT * FROM case_steps WHERE subject_key IN {IN_JSON}", [subj]),
                "case_events": self._rows(f"SELECT * FROM case_events WHERE subject_key IN {IN_JSON}"
                                          " ORDER BY id", [subj]),
                "labels": self._rows(f"SELECT * FROM labels WHERE mention_id IN {IN_JSON} ORDER BY id", [ids]),
                "alerts": self._rows(f"SELECT * FROM alerts WHERE person IN {IN_JSON} OR subject IN {IN_JSON}"
                                     " ORDER BY created_at", [subj, subj]),
                "coordinated_groups": groups,
                "quarantine": quarantine,
                "embeddings_cached": self._embedding_count([m["text_hash"] for m in mentions]),
                "audit": audit,
            }

    def _embedding_count(self, hashes: Sequence[str | None]) -> int:
        return int(self.db.execute("SELECT COUNT(*) FROM embeddings WHERE text_hash IN"
                                   " (SELECT value FROM json_each(?))",
                                   [_json_list([h for h in hashes if h])]).fetchone()[0])

    def _candidates(self, table: str, column: str, needles: Sequence[str],
                    select: str = "*") -> list[dict[str, Any]]:
        """Rows whose `column` contains one of the needles (SQL LIKE: ASCII case-insensitive,
        '_' matching any letter, so the caller confirms each with its redactor)."""
        if not needles:
            return []
        where = " OR ".join(f"{column} LIKE ?" for _ in needles)
        return self._rows(f"SELECT {select} FROM {table} WHERE {column} IS NOT NULL AND ({where})",
                          [f"%{n}%" for n in needles])

    # ---- erasure --------------------------------------------------------------------------

    def forget_subject(self, author_keys: Sequence[str], customer_id: str | None,
                       redactor_for: RedactorFor, subject_ref: str, actor: str,
                       request: dict[str, Any] | None = None) -> dict[str, int]:
        """Remove everything held about the person (see the module docstring) in one
        transaction, with its audit entry (the subject named only by `subject_ref`, a one-way
        hash). Returns how many rows of each table were removed, anonymised or blanked."""
        done: Counter[str] = Counter()
        with self.db.atomic():
            accounts = self._accounts(author_keys, customer_id)
            subjects = accounts + ([f"customer:{customer_id}"] if customer_id else [])
            identifiers = self._identifiers(accounts, customer_id)
            redact, redact_records = redactor_for(_without_texts(identifiers)), redactor_for(identifiers)
            others = [c for c in self.linked_customers(accounts) if c != customer_id]
            acc, subj = _json_list(accounts), _json_list(subjects)

            mentions = self._rows("SELECT id, text, text_hash FROM mentions WHERE author_key IN"
                                  " (SELECT value FROM json_each(?))", [acc])
            old_ids = [m["id"] for m in mentions]
            done["audit_log (re-pointed)"] = self._execute(
                "UPDATE audit_log SET target = ? WHERE target IN (SELECT value FROM json_each(?))"
                " OR target IN (SELECT value FROM json_each(?))", [subject_ref, subj, _json_list(old_ids)])
            if customer_id:
                done["audit_log (re-pointed)"] += self._execute(
                    "UPDATE audit_log SET detail = json_set(detail, '$.customer', ?)"
                    " WHERE json_valid(detail) AND json_extract(detail, '$.customer') = ?",
                    [subject_ref, customer_id])
            done["labels"] = self._execute("DELETE FROM labels WHERE mention_id IN"
                                           " (SELECT value FROM json_each(?))", [_json_list(old_ids)])
            mapping = self._anonymise_mentions(old_ids)
            done["mentions (anonymised)"] = len(mapping)
            done["embeddings"] = self._drop_embeddings(
                [m["text_hash"] for m in mentions] + [text_hash(m["text"] or "") for m in mentions])
            done["reposts"] = self._execute("DELETE FROM reposts WHERE author_key IN"
                                            " (SELECT value FROM json_each(?))", [acc])
            done["coordinated_groups"] = self._leave_groups(accounts, mapping,
                                                            {m["text"] for m in mentions if m["text"]})
            self._remap_mention_ids(mapping)
            for table in ("verdicts", "verdict_history", "case_steps", "case_state", "case_events"):
                done[table] = self._execute(f"DELETE FROM {table} WHERE subject_key IN"
                                            " (SELECT value FROM json_each(?))", [subj])
            about = "(person IN (SELECT value FROM json_each(?)) OR subject IN (SELECT value FROM json_each(?)))"
            done["alerts"] = self._execute(f"DELETE FROM alerts WHERE state = 'pending' AND {about}", [subj, subj])
            done["alerts (anonymised)"] = self._execute(
                "UPDATE alerts SET id = 'erased:' || lower(hex(randomblob(12))), subject = 'erased',"
                f" person = 'erased', title = ?, body = ?, last_error = NULL WHERE {about}",
                [ERASED, ERASED, subj, subj])
            done["author_links"] = self._execute(
                "DELETE FROM author_links WHERE author_key IN (SELECT value FROM json_each(?))"
                " OR customer_id = ?", [acc, customer_id])
            done["customers"] = self._execute("DELETE FROM customers WHERE customer_id = ?", [customer_id])
            done["authors"] = self._execute("DELETE FROM authors WHERE author_key IN"
                                            " (SELECT value FROM json_each(?))", [acc])
            doomed = [row["id"] for row in self._candidates("quarantine", "raw", redact.needles)
                      if redact(row["raw"]) != row["raw"]]
            done["quarantine"] = self._execute("DELETE FROM quarantine WHERE id IN"
                                               " (SELECT CAST(value AS INTEGER) FROM json_each(?))",
                                               [json.dumps(doomed)])
            for table, column in OTHERS_TEXT:
                done[f"{table}.{column} (blanked)"] = self._blank(table, column, redact)
            for table, column in RECORDS_TEXT:
                done[f"{table}.{column} (blanked)"] = self._blank(table, column, redact_records)
            if others:  # their customer's verdict counted the erased posts: assess it again
                self._execute(f"UPDATE mentions SET assessed = 0 WHERE author_key IN (SELECT author_key"
                              f" FROM author_links WHERE status IN {LINKED_STATUSES} AND customer_id IN"
                              " (SELECT value FROM json_each(?)))", [_json_list(others)])
            counts = {k: int(v) for k, v in done.items() if v}
            self._audit(actor, "forget", subject_ref, {**(request or {}), "removed": counts})
        return counts

    def _execute(self, sql: str, args: Sequence[Any]) -> int:
        return max(self.db.execute(sql, list(args)).rowcount, 0)

    def _anonymise_mentions(self, ids: Sequence[str]) -> dict[str, str]:
        """Detach mentions from everyone: a new random id, no author, text, raw payload, link
        or network id; time, source, brand, language, category and scores stay for the counts.
        Returns old id -> new id."""
        mapping = {old: f"erased:{uuid.uuid4().hex}" for old in ids}
        self.db.conn.executemany(
            "UPDATE mentions SET id = ?, author_key = NULL, native_id = NULL, text = '',"
            " text_hash = NULL, url = NULL, raw_json = NULL, assessed = 1 WHERE id = ?",
            [(new, old) for old, new in mapping.items()])
        return mapping

    def _drop_embeddings(self, hashes: Sequence[str | None]) -> int:
        """Cached vectors of these texts, unless a stored post still has the same text."""
        return self._execute(
            "DELETE FROM embeddings WHERE text_hash IN (SELECT value FROM json_each(?))"
            " AND NOT EXISTS (SELECT 1 FROM mentions m WHERE m.text_hash = embeddings.text_hash)",
            [_json_list([h for h in hashes if h])])

    def _remap_mention_ids(self, mapping: dict[str, str]) -> None:
        """Anonymised mentions keep their place in counts: reposts of them, labels, other
        subjects' evidence and audit entries point to the new ids."""
        if not mapping:
            return
        pairs = [(new, old) for old, new in mapping.items()]
        self.db.conn.executemany("UPDATE reposts SET original_id = ? WHERE original_id = ?", pairs)
        self.db.conn.executemany("UPDATE labels SET mention_id = ? WHERE mention_id = ?", pairs)
        self.db.conn.executemany("UPDATE audit_log SET target = ? WHERE target = ?", pairs)
        for subject_key, evidence in self.db.execute(
                "SELECT subject_key, evidence_json FROM verdicts WHERE EXISTS (SELECT 1 FROM"
                " json_each(CASE WHEN json_valid(evidence_json) THEN evidence_json ELSE '[]' END) j"
                " WHERE j.value IN (SELECT value FROM json_each(?)))", [_json_list(mapping)]).fetchall():
            ids = [mapping.get(str(i), i) for i in _loads(evidence, [])]
            self.db.execute("UPDATE verdicts SET evidence_json = ? WHERE subject_key = ?",
                            [json.dumps(ids), subject_key])

    def _leave_groups(self, accounts: Sequence[str], mapping: dict[str, str], texts: set[str]) -> int:
        """Take the accounts out of the coordinated groups they were in (the group stays the
        others' case); a sample text that was theirs becomes another member's post."""
        groups = self._rows("SELECT group_id, members_json, mention_ids_json, sample_text FROM"
                            " coordinated_groups g WHERE EXISTS (SELECT 1 FROM json_each(g.members_json) j"
                            " WHERE j.value IN (SELECT value FROM json_each(?)))", [_json_list(accounts)])
        for group in groups:
            members = [m for m in _loads(group["members_json"], []) if m not in set(accounts)]
            ids = [mapping.get(i, i) for i in _loads(group["mention_ids_json"], [])]
            sample = group["sample_text"] or ""
            if sample and any(sample in t or t in sample for t in texts):
                row = self.db.execute("SELECT text FROM mentions WHERE id IN (SELECT value FROM json_each(?))"
                                      " AND author_key IS NOT NULL AND text != '' ORDER BY created_at LIMIT 1",
                                      [json.dumps(ids)]).fetchone()
                sample = row[0] if row else ERASED
            self.db.execute("UPDATE coordinated_groups SET members_json = ?, mention_ids_json = ?,"
                            " sample_text = ? WHERE group_id = ?",
                            [json.dumps(sorted(members)), json.dumps(ids), sample, group["group_id"]])
        return len(groups)

    def _blank(self, table: str, column: str, redact: Redactor) -> int:
        """Blank the person's identifiers in one text column; returns the rows changed."""
        changed = [(new, row["_rowid"]) for row in self._candidates(table, column, redact.needles,
                                                                    f"rowid AS _rowid, {column}")
                   if (new := redact(row[column])) != row[column]]
        self.db.conn.executemany(f"UPDATE {table} SET {column} = ? WHERE rowid = ?", changed)
        return len(changed)
