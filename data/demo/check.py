#!/usr/bin/env python3
"""Validate the Veloz demo files and print their counts (stdlib only).

    python data/demo/check.py
"""

from __future__ import annotations

import csv
import json
import re
import sys
from collections import Counter, defaultdict
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIELDS = {"source", "id", "author", "text", "created_at", "url", "lang"}
SOURCES = {"mastodon", "bluesky", "reddit", "x", "youtube", "rss", "hackernews"}
PERSONAS = {"fan", "neutral", "one_off_complaint", "recurring_complaint", "campaign", "coordinated", "spam"}
CATEGORIES = {"founded_complaint", "disrespectful", "other"}
CRM_COLS = ["customer_id", "name", "email", "phone", "x_handle", "bluesky_handle", "mastodon_handle", "reddit_handle",
            "youtube_handle", "customer_since", "plan", "monthly_value", "overdue_balance", "days_overdue", "flags"]
FLAGS = {"abuse_of_staff", "illegal_request", "impossible_demands"}

problems: list[str] = []


def bad(msg: str) -> None:
    problems.append(msg)


def main() -> int:
    mentions = [json.loads(line) for line in (HERE / "mentions.jsonl").read_text(encoding="utf-8").splitlines()]
    truth = list(csv.DictReader((HERE / "truth.csv").open(encoding="utf-8")))
    mtruth = list(csv.DictReader((HERE / "mention_truth.csv").open(encoding="utf-8")))
    crm = list(csv.DictReader((HERE / "crm.csv").open(encoding="utf-8")))

    # ---- schema
    seen_ids, prev = set(), ""
    handles = defaultdict(set)
    for i, m in enumerate(mentions, 1):
        if set(m) != FIELDS:
            bad(f"mention {i}: fields {sorted(m)}")
        if set(m["author"]) != {"id", "handle", "name"}:
            bad(f"mention {i}: author fields {sorted(m['author'])}")
        if m["source"] not in SOURCES:
            bad(f"mention {i}: source {m['source']}")
        if (m["source"], m["id"]) in seen_ids:
            bad(f"mention {i}: duplicate id {m['source']}:{m['id']}")
        seen_ids.add((m["source"], m["id"]))
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", m["created_at"]):
            bad(f"mention {i}: created_at {m['created_at']}")
        if m["created_at"] < prev:
            bad(f"mention {i}: not sorted by created_at")
        prev = m["created_at"]
        if not m["url"].startswith("https://"):
            bad(f"mention {i}: url {m['url']}")
        if "veloz" not in m["text"].lower():
            bad(f"mention {i}: no brand mention")
        if m["lang"] not in ("pt", "es", "en"):
            bad(f"mention {i}: lang {m['lang']}")
        if m["source"] == "x" and len(m["text"]) > 280:
            bad(f"mention {i}: x text longer than 280")
        if m["source"] == "bluesky" and len(m["text"]) > 300:
            bad(f"mention {i}: bluesky text longer than 300")
        handles[(m["source"], m["author"]["id"])].add(m["author"]["handle"])
        h = m["author"]["handle"]
        if m["source"] == "x" and not re.fullmatch(r"@[A-Za-z0-9_]{1,15}", h):
            bad(f"mention {i}: bad x handle {h}")
        if m["source"] == "bluesky" and not re.fullmatch(r"[a-z0-9-]+(\.[a-z0-9-]+)+", h):
            bad(f"mention {i}: bad bluesky handle {h}")
    for k, hs in handles.items():
        if len(hs) != 1:
            bad(f"author {k} has several handles {hs}")

    persona = {(r["source"], r["author_id"]): r["persona"] for r in truth}
    for r in truth:
        if r["persona"] not in PERSONAS:
            bad(f"truth: persona {r['persona']}")
    if set(persona) != set(handles):
        bad(f"truth.csv authors != mention authors ({len(persona)} vs {len(handles)})")
    category = {(r["source"], r["id"]): r["category"] for r in mtruth}
    if set(category) != seen_ids or len(mtruth) != len(mentions):
        bad("mention_truth.csv does not cover exactly the mentions")
    for r in mtruth:
        if r["category"] not in CATEGORIES:
            bad(f"mention_truth: category {r['category']}")

    if list(crm[0].keys()) != CRM_COLS:
        bad(f"crm columns {list(crm[0].keys())}")
    for r in crm:
        if r["plan"] not in ("basic", "plus", "business"):
            bad(f"crm {r['customer_id']}: plan {r['plan']}")
        for col in ("monthly_value", "overdue_balance"):
            if not re.fullmatch(r"\d+\.\d\d", r[col]):
                bad(f"crm {r['customer_id']}: {col} {r[col]}")
        if r["flags"] and not set(r["flags"].split(";")) <= FLAGS:
            bad(f"crm {r['customer_id']}: flags {r['flags']}")
    if len({r["customer_id"] for r in crm}) != len(crm):
        bad("crm: duplicate customer_id")

    # ---- counts
    n = len(mentions)
    t0, t1 = mentions[0]["created_at"], mentions[-1]["created_at"]
    print(f"mentions: {n}   distinct authors (source, author.id): {len(handles)}   span: {t0} .. {t1}")
    for title, counter in [("language", Counter(m["lang"] for m in mentions)),
                           ("source", Counter(m["source"] for m in mentions)),
                           ("category", Counter(category[(m["source"], m["id"])] for m in mentions))]:
        print(f"by {title}: " + ", ".join(f"{k} {v} ({v / n:.1%})" for k, v in counter.most_common()))
    acc, men = Counter(persona.values()), Counter(persona[(m["source"], m["author"]["id"])] for m in mentions)
    print("by persona:")
    for p in sorted(PERSONAS, key=lambda x: -men[x]):
        print(f"  {p:20s} {acc[p]:4d} authors {men[p]:5d} mentions ({men[p] / n:.1%})")
    by_lang_persona = Counter((persona[(m["source"], m["author"]["id"])], m["lang"]) for m in mentions)
    print("persona x language: " + "; ".join(
        f"{p} " + "/".join(str(by_lang_persona[(p, lg)]) for lg in ("pt", "es", "en")) for p in sorted(PERSONAS)))

    print("campaign accounts (distinct days, weeks, first..last):")
    camp = defaultdict(list)
    for m in mentions:
        if persona[(m["source"], m["author"]["id"])] == "campaign":
            camp[(m["source"], m["author"]["handle"])].append(m)
    for (src, h), ms in sorted(camp.items(), key=lambda kv: -len(kv[1])):
        days = {m["created_at"][:10] for m in ms}
        weeks = {datetime.fromisoformat(d).isocalendar()[1] for d in days}
        texts = Counter(m["text"] for m in ms)
        print(f"  {src:8s} {h:28s} {len(ms):3d} posts, {len(days):2d} days, {len(weeks)} weeks, "
              f"{min(days)}..{max(days)}, most repeated text x{texts.most_common(1)[0][1]}")
    co = [m for m in mentions if persona[(m["source"], m["author"]["id"])] == "coordinated"]
    bursts = Counter(m["created_at"][:13] for m in co)
    print(f"coordinated: {len({m['author']['id'] for m in co})} accounts, {len(co)} posts, bursts (UTC hour): "
          + ", ".join(f"{k} x{v}" for k, v in sorted(bursts.items())))

    # repeated texts outside campaigns/coordination/spam
    others = Counter(m["text"] for m in mentions
                     if persona[(m["source"], m["author"]["id"])] not in ("campaign", "coordinated", "spam"))
    dups = [(t, c) for t, c in others.items() if c > 1]
    print(f"texts repeated outside campaign/coordinated/spam: {len(dups)}")

    links = list(csv.DictReader((HERE / "crm_truth.csv").open(encoding="utf-8")))
    for r in links:
        if (r["source"], r["author_id"]) not in persona:
            bad(f"crm_truth: unknown author {r['source']} {r['author_id']}")
    active = {r["customer_id"] for r in links}
    print(f"crm: {len(active)} customers linked to an author, {len(crm) - len(active)} with no social activity; "
          "links by kind: " + ", ".join(f"{k} {v}" for k, v in sorted(Counter(r['link'] for r in links).items())))
    linked = sum(1 for r in crm if any(r[c] for c in CRM_COLS[4:9]))
    print(f"crm: {len(crm)} customers, {linked} with at least one handle, "
          f"{sum(1 for r in crm if r['flags'])} flagged, {sum(1 for r in crm if r['days_overdue'] != '0')} overdue")
    size = sum(p.stat().st_size for p in HERE.iterdir() if p.is_file())
    print(f"data/demo total size: {size / 1e6:.2f} MB")

    if problems:
        print(f"\n{len(problems)} PROBLEMS:")
        for p in problems[:50]:
            print("  " + p)
        return 1
    print("\nOK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
