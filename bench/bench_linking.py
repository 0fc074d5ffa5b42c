"""Author-customer linking checked against the demo's truth file.

Prints, for the demo's authors and CRM: automatic links (and how many are right), proposals
waiting for review (and how many are right), the true pairs found, by how they can be found.

    python bench/bench_linking.py
"""

from __future__ import annotations

import csv
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from monitor.collectors.file_import import read_mention_file  # noqa: E402
from monitor.crm import read_customers  # noqa: E402
from monitor.linking import AuthorRecord, propose_links  # noqa: E402
from monitor.settings import LinkingSettings  # noqa: E402

DEMO = REPO / "data" / "demo"


def demo_links(settings: LinkingSettings = LinkingSettings()) -> dict:
    """Proposals for the demo's authors, scored against crm_truth.csv."""
    mentions, errors = read_mention_file(DEMO / "mentions.jsonl")
    assert not errors, errors[:3]
    authors = {}
    for m in mentions:
        authors[m.author_key] = AuthorRecord(m.author_key, m.source, m.author_handle or "",
                                             m.author_name or "", "")
    customers = read_customers(DEMO / "crm.csv")
    with open(DEMO / "crm_truth.csv", encoding="utf-8") as handle:
        truth = {f"{r['source']}:{r['author_id']}": (r["customer_id"], r["link"]) for r in csv.DictReader(handle)}
    proposals = propose_links(list(authors.values()), customers, fuzzy_threshold=settings.min_confidence,
                              auto_threshold=settings.auto_confidence)
    auto = [p for p in proposals if p.status == "auto"]
    review = [p for p in proposals if p.status != "auto"]
    right = lambda p: truth.get(p.author_key, (None,))[0] == p.customer_id  # noqa: E731
    found = {p.author_key for p in proposals if right(p)}
    by_kind = Counter(kind for _, kind in truth.values())
    found_kind = Counter(truth[k][1] for k in found)
    return {
        "authors": len(authors), "true_pairs": len(truth),
        "auto": len(auto), "auto_right": sum(map(right, auto)),
        "review": len(review), "review_right": sum(map(right, review)),
        "recall_by_kind": {k: f"{found_kind[k]}/{n}" for k, n in by_kind.items()},
        "wrong_auto": [(p.author_key, p.customer_id, p.method, p.confidence) for p in auto if not right(p)],
        "wrong_review_methods": Counter(p.method for p in review if not right(p)),
    }


def main() -> None:
    r = demo_links()
    precision = r["auto_right"] / r["auto"] if r["auto"] else 1.0
    print(f"{r['authors']} authors, {r['true_pairs']} true author-customer pairs")
    print(f"automatic links: {r['auto']}, right {r['auto_right']} (precision {precision:.3f})")
    print(f"proposals to review: {r['review']}, right {r['review_right']}; wrong ones by method: "
          f"{dict(r['wrong_review_methods'])}")
    print("true pairs found (auto or proposed), by how they can be found: "
          + ", ".join(f"{k} {v}" for k, v in r["recall_by_kind"].items()))
    for wrong in r["wrong_auto"]:
        print("  wrong automatic link:", wrong)


if __name__ == "__main__":
    main()
