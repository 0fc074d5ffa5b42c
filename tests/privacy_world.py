"""A store holding one person everywhere a person can be held, beside other people, filled only
through the Store's public write methods (as ingest, scoring, detection, linking, the board
and the alert rules fill it). Used by the erasure, export, retention and audit tests.

The person is Joe Kowalski: customer C900 in the CRM, with a Bluesky account (@joe_k, linked
by a person) and an X account (@joekowalski, linked automatically). Ana, another customer,
writes about "@joe_k"; Joe's X account is in a coordinated group with a bot.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np
import pandas as pd

from monitor.mention import Mention, iso, utcnow
from monitor.store import open_store
from monitor.text import text_hash

JOE_NEEDLES = ("joe_k", "joekowalski", "Joe Kowalski", "did:plc:joe77", "jk-1999", "bsky-joe-77",
               "JOE-SECRET", "joe.k@example.org", "99999-0000", "C900")
"""Strings that name Joe or are his: none may remain anywhere after he is forgotten."""
JOE_TEXTS = ("Veloz charged me twice, ticket JOE-SECRET-1", "Still no refund from Veloz, JOE-SECRET-2",
             "Veloz support hung up on me again JOE-SECRET-3")
JOE_X_TEXT = "Boycott Veloz now! JOE-SECRET-X share it"
ANA_ABOUT_JOE = "@joe_k is right, Veloz double charged me too (order 5512)"
ANA_OTHER = "Veloz refund for order 5512 still missing after 20 days"


@dataclass(frozen=True)
class World:
    path: Path | str  # the store: a SQLite file or a PostgreSQL URL
    now: datetime
    joe_keys: tuple[str, ...]
    joe_mention_ids: tuple[str, ...]
    ana_key: str
    folder: Path | None = None  # for the files a test writes beside the store


def _mention(source: str, native_id: str, author_id: str, handle: str, name: str, text: str,
             at: datetime, **extra) -> Mention:
    raw = {"id": native_id, "author": {"id": author_id, "handle": handle.lstrip("@"), "name": name},
           "text": text}
    if author_id == "bsky-joe-77":
        raw["author"]["did"] = "did:plc:joe77"
    return Mention(source=source, native_id=native_id, author_id=author_id, author_handle=handle,
                   author_name=name, text=text, created_at=at, lang="en", brand="Veloz",
                   url=f"https://social.example/{source}/{native_id}", raw=raw, **extra)


def build_world(path: Path | str, now: datetime | None = None, folder: Path | None = None) -> World:
    now = now or utcnow()
    day = now.replace(hour=10, minute=0, second=0, microsecond=0)
    store = open_store(path)
    joe_bsky = [_mention("bluesky", f"jb{i}", "bsky-joe-77", "@joe_k", "Joe Kowalski", text,
                         day - timedelta(days=3 - i)) for i, text in enumerate(JOE_TEXTS)]
    joe_x = _mention("x", "jx1", "jk-1999", "@joekowalski", "Joe Kowalski", JOE_X_TEXT,
                     day - timedelta(days=1))
    bot = _mention("x", "bx1", "bot-1", "@bot_one", "Bot One", "Boycott Veloz now! share it",
                   day - timedelta(days=1, minutes=-2))
    ana = [_mention("mastodon", "a1", "ana-1", "@ana_gomez", "Ana Gómez", ANA_ABOUT_JOE, day - timedelta(days=2)),
           _mention("mastodon", "a2", "ana-1", "@ana_gomez", "Ana Gómez", ANA_OTHER, day - timedelta(days=1))]
    fan_post = _mention("mastodon", "f1", "fan-1", "@fan_ze", "Zé Fan", "Love the Veloz app", day - timedelta(days=2))
    joe_repost = _mention("bluesky", "jr1", "bsky-joe-77", "@joe_k", "Joe Kowalski", "",
                          day - timedelta(days=2), reposts_of="mastodon:f1")
    fan_boost = _mention("mastodon", "fb1", "fan-1", "@fan_ze", "Zé Fan", "", day,
                         reposts_of="bluesky:jb0")
    mentions = [*joe_bsky, joe_x, bot, *ana, fan_post, joe_repost, fan_boost]
    store.save_page(mentions, "bluesky", "cursor-1", quarantined=[
        {"source": "bluesky", "native_id": "jbad", "error": "missing created_at",
         "raw": json.dumps({"author": {"handle": "joe_k"}, "text": "JOE-SECRET-Q"})},
        {"source": "x", "native_id": "other-bad", "error": "missing author", "raw": "{}"}])
    scored = [m for m in mentions if not m.reposts_of]
    store.save_scores(pd.DataFrame([{
        "id": m.id, "category": "founded_complaint" if "Veloz" in m.text and "Love" not in m.text else "other",
        "p_complaint": 0.9, "p_disrespectful": 0.1, "p_founded": 0.8, "founded": True} for m in scored]), "test-model")
    store.put_embeddings("test-embedder", {text_hash(m.text): np.ones(4, dtype=np.float32) for m in scored})

    store.upsert_customers([
        {"customer_id": "C900", "name": "Joe Kowalski", "email": "joe.k@example.org",
         "phone": "+55 11 99999-0000", "handles_json": json.dumps({"bluesky": "@joe_k"}),
         "customer_since": "2018-01-01", "plan": "gold", "monthly_value": 300.0, "overdue_balance": 0.0,
         "days_overdue": 0, "flags": ""},
        {"customer_id": "C100", "name": "Ana Gómez", "email": "ana@example.com", "phone": "",
         "handles_json": "{}", "customer_since": "2020-01-01", "plan": "basic", "monthly_value": 50.0,
         "overdue_balance": 0.0, "days_overdue": 0, "flags": ""}])
    store.save_link_proposals([
        {"author_key": "x:jk-1999", "customer_id": "C900", "method": "handle", "confidence": 1.0, "status": "auto"},
        {"author_key": "bluesky:bsky-joe-77", "customer_id": "C900", "method": "fuzzy_name",
         "confidence": 0.9, "status": "proposed"},
        {"author_key": "mastodon:ana-1", "customer_id": "C100", "method": "handle", "confidence": 1.0,
         "status": "auto"}])
    store.decide_link("bluesky:bsky-joe-77", "C900", "confirmed", "Maria")
    store.mark_assessed([m.id for m in scored])  # detection has seen everything
    store.save_label("bluesky:jb0", "founded_complaint", "Maria")
    store.save_label("mastodon:a1", "founded_complaint", "Maria")

    def verdict(key: str, kind: str, name: str, evidence: list[str]) -> dict:
        return {"subject_key": key, "subject_type": kind, "verdict": name, "score": 0.6,
                "figures_json": json.dumps({"mentions": len(evidence)}),
                "evidence_json": json.dumps(evidence), "reasons_json": json.dumps(["founded complaints"])}

    store.save_verdicts([verdict("customer:C900", "customer", "recurring_complaint",
                                 ["bluesky:jb0", "bluesky:jb1", "x:jx1"]),
                         verdict("customer:C100", "customer", "one_off_complaint", ["mastodon:a1", "mastodon:a2"])],
                        iso(now - timedelta(hours=1)))
    store.save_groups([{"group_id": "g1", "members_json": json.dumps(["x:bot-1", "x:jk-1999"]),
                        "mention_ids_json": json.dumps(["x:jx1", "x:bx1"]), "first_at": iso(joe_x.created_at),
                        "last_at": iso(bot.created_at), "occurrences": 2, "sample_text": JOE_X_TEXT}])
    store.set_step("customer:C900", "recovery:listen", True, "Maria")
    store.set_case_status("customer:C900", "in_progress", "Maria")
    store.set_case_owner("customer:C900", "Paulo", "Maria")
    store.add_case_note("customer:C900", "Called Joe Kowalski on +55 11 99999-0000, refund agreed", "Paulo")
    store.add_case_note("customer:C100", "Ana says @joe_k had the same problem", "Paulo")
    store.set_step("group:g1", "group:document", True, "Maria")
    store.enqueue_alert("key_customer:C900:1", "key_customer", "customer:C900",
                        "Key customer Joe Kowalski complains",
                        f"Joe Kowalski (@joe_k):\n{JOE_TEXTS[0][:40]}\u2026",  # a quote, cut
                        person="customer:C900")
    store.mark_alert("key_customer:C900:1", sent=True)
    store.enqueue_alert("returning:x:jk-1999:1", "returning", "x:jk-1999", "@joekowalski posts again",
                        JOE_X_TEXT, person="customer:C900")
    store.enqueue_alert("coordinated:g1", "coordinated", "group:g1", "Coordinated group of 2 accounts",
                        "@bot_one, @joekowalski: Boycott Veloz now!")
    store.enqueue_alert("key_customer:C100:1", "key_customer", "customer:C100", "Key customer Ana Gómez complains",
                        ANA_OTHER, person="customer:C100")
    run = store.start_job("collect:bluesky")
    store.finish_job(run, "ok")
    store.close()
    return World(path=path, now=now, joe_keys=("bluesky:bsky-joe-77", "x:jk-1999"),
                 joe_mention_ids=tuple(m.id for m in [*joe_bsky, joe_x]), ana_key="mastodon:ana-1",
                 folder=folder if folder is not None else Path(path).parent)


def text_cells(path: Path | str) -> list[tuple[str, str, str]]:
    """(table, column, value) for every non-empty cell of every table, as text (either backend)."""
    store = open_store(path)
    try:
        cells = []
        for table in store.db.table_names():
            columns = [d[0] for d in store.db.execute(f'SELECT * FROM "{table}" LIMIT 0').description]
            for column in columns:
                for (value,) in store.db.execute(f'SELECT "{column}" FROM "{table}"'
                                                 f' WHERE "{column}" IS NOT NULL').fetchall():
                    if isinstance(value, (bytes, memoryview)):  # vectors
                        value = bytes(value).decode("utf-8", "replace")
                    cells.append((table, column, str(value)))
        return cells
    finally:
        store.close()


def found(path: Path, needles: tuple[str, ...]) -> list[tuple[str, str, str, str]]:
    """Every cell that still contains one of the needles (case-insensitive)."""
    return [(needle, table, column, value[:80]) for table, column, value in text_cells(path)
            for needle in needles if needle.lower() in value.lower()]
