"""Author <-> customer links: exact handle, then e-mail or profile link, then fuzzy name.

`propose_links` is pure: author records and customers in, at most one proposal per author out,
with a method, a confidence and whether it may be applied automatically. `link_authors` and
`import_customers` are the glue to the store, which keeps the rule that a person's decision
always wins over a proposal.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Mapping, Sequence

from rapidfuzz import fuzz

from monitor.crm import NETWORKS, Customer, customer_row, normalise_handle, parse_profile_url, read_customers
from monitor.settings import LinkingSettings

if TYPE_CHECKING:
    from monitor.store import Store

logger = logging.getLogger(__name__)

METHOD_CONFIDENCE = {"handle": 1.0, "email": 0.97, "profile": 0.95}
AMBIGUOUS_EXACT_CONFIDENCE = 0.9
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_NON_LETTER = re.compile(r"[^a-z0-9 ]+")


@dataclass(frozen=True)
class AuthorRecord:
    """What the store knows about one account: `author_key` is `source:account id`."""

    author_key: str
    source: str
    handle: str = ""
    name: str = ""
    profile_url: str = ""


@dataclass(frozen=True)
class LinkProposal:
    """A suggested link. status 'auto' may be applied at once; 'proposed' waits for a person."""

    author_key: str
    customer_id: str
    method: str
    confidence: float
    status: str


def normalise_name(name: str) -> str:
    """'  João  da Silva-Costa ' -> 'joao da silva costa' (accents, case and punctuation removed)."""
    decomposed = unicodedata.normalize("NFKD", (name or "").casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(_NON_LETTER.sub(" ", plain).split())


def propose_links(authors: Sequence[AuthorRecord], customers: Sequence[Customer],
                  fuzzy_threshold: float = 0.85, auto_threshold: float = 0.92,
                  manual: Iterable[str] | Mapping[str, str] | None = None,
                  ambiguity_margin: float = 0.02) -> list[LinkProposal]:
    """One proposal per author that matches a customer, sorted by author key.

    Order of methods: exact handle on the author's network (confidence 1.0), an e-mail address
    found in the handle, name or profile link (0.97), a profile link to a handle the customer
    declared (0.95), then a fuzzy name match whose confidence is the name similarity. A match
    shared by two customers within `ambiguity_margin` is only proposed. Authors in `manual`
    (decided by a person) are skipped.
    """
    skip = set(manual or ())
    index = _Index(customers)
    proposals = []
    for author in authors:
        if author.author_key in skip:
            continue
        proposal = (_by_handle(author, index) or _by_email(author, index)
                    or _by_profile(author, index)
                    or _by_name(author, index, fuzzy_threshold, auto_threshold, ambiguity_margin))
        if proposal is not None:
            proposals.append(proposal)
    proposals.sort(key=lambda p: p.author_key)
    return proposals


class _Index:
    """Customers looked up by (network, handle), e-mail, name token and name prefix."""

    def __init__(self, customers: Sequence[Customer]):
        self.handles: dict[tuple[str, str], list[str]] = defaultdict(list)
        self.local_mastodon: dict[str, list[str]] = defaultdict(list)
        self.emails: dict[str, list[str]] = defaultdict(list)
        self.names: dict[str, str] = {}
        self.tokens: dict[str, set[str]] = defaultdict(set)
        self.prefixes: dict[str, set[str]] = defaultdict(set)
        for customer in customers:
            cid = customer.customer_id
            for network, handle in customer.handles.items():
                handle = normalise_handle(network, handle)
                if handle:
                    self.handles[(network, handle)].append(cid)
                    if network == "mastodon" and "@" not in handle:
                        self.local_mastodon[handle].append(cid)
            if customer.email:
                self.emails[customer.email.strip().lower()].append(cid)
            name = normalise_name(customer.name)
            if name:
                self.names[cid] = name
                for token in name.split():
                    if len(token) >= 3:
                        self.tokens[token].add(cid)
                self.prefixes[name.replace(" ", "")[:4]].add(cid)


def _exact(author_key: str, ids: list[str], method: str) -> LinkProposal | None:
    ids = sorted(set(ids))
    if not ids:
        return None
    if len(ids) == 1:
        return LinkProposal(author_key, ids[0], method, METHOD_CONFIDENCE[method], "auto")
    return LinkProposal(author_key, ids[0], method, AMBIGUOUS_EXACT_CONFIDENCE, "proposed")


def _by_handle(author: AuthorRecord, index: _Index) -> LinkProposal | None:
    network = author.source if author.source in NETWORKS else None
    if network is None or not author.handle:
        return None
    handle = normalise_handle(network, author.handle)
    found = _exact(author.author_key, index.handles.get((network, handle), []), "handle")
    if found or network != "mastodon" or "@" not in handle:
        return found
    # A CRM often stores a Mastodon handle without its instance: only a proposal then.
    ids = sorted(set(index.local_mastodon.get(handle.split("@")[0], [])))
    if ids:
        return LinkProposal(author.author_key, ids[0], "handle", AMBIGUOUS_EXACT_CONFIDENCE, "proposed")
    return None


def _by_email(author: AuthorRecord, index: _Index) -> LinkProposal | None:
    found: list[str] = []
    for field in (author.handle, author.name, author.profile_url):
        for email in _EMAIL.findall(field or ""):
            found.extend(index.emails.get(email.lower().rstrip("."), []))
    return _exact(author.author_key, found, "email")


def _by_profile(author: AuthorRecord, index: _Index) -> LinkProposal | None:
    found: list[str] = []
    for link in (author.profile_url, author.handle):
        parsed = parse_profile_url(link) if link and "/" in link else None
        if parsed:
            found.extend(index.handles.get(parsed, []))
    return _exact(author.author_key, found, "profile")


def _by_name(author: AuthorRecord, index: _Index, threshold: float, auto: float,
             margin: float) -> LinkProposal | None:
    """Fuzzy name match. Only a full name (two words or more) scored by token order can be automatic."""
    name = normalise_name(author.name)
    scores: dict[str, float] = {}
    if name:
        candidates = set().union(*(index.tokens.get(t, set()) for t in name.split() if len(t) >= 3))
        full_name = len(name.split()) >= 2
        for cid in candidates:
            other = index.names[cid]
            strict = fuzz.token_sort_ratio(name, other) / 100.0
            loose = 0.95 * fuzz.WRatio(name, other) / 100.0  # partial matches only propose
            if not (full_name and len(other.split()) >= 2):
                strict = min(strict, auto - 0.01)
            scores[cid] = max(strict, min(loose, auto - 0.01))
    handle = re.sub(r"[^a-z]", "", normalise_name(author.handle.split("@")[0]))
    if len(handle) >= 6:
        for cid in index.prefixes.get(handle[:4], set()):
            compact = index.names[cid].replace(" ", "")
            score = min(fuzz.ratio(handle, compact) / 100.0, auto - 0.01)
            scores[cid] = max(scores.get(cid, 0.0), score)
    ranked = sorted(((s, cid) for cid, s in scores.items() if s >= threshold),
                    key=lambda item: (-item[0], item[1]))
    if not ranked:
        return None
    best, cid = ranked[0]
    ambiguous = len(ranked) > 1 and ranked[1][0] >= best - margin
    status = "auto" if best >= auto and not ambiguous else "proposed"
    return LinkProposal(author.author_key, cid, "fuzzy_name", round(best, 4), status)


# ---- the glue to the store ------------------------------------------------------------------

def link_authors(store: "Store", settings: LinkingSettings,
                 author_keys: Sequence[str] | None = None) -> int:
    """Propose author-customer links (for all authors, or the given ones, e.g. those who just
    posted); automatic ones above `auto_confidence`. Returns how many proposals were saved."""
    customers = [Customer.from_row(row) for row in store.customers_frame().to_dict(orient="records")]
    if not customers:
        return 0
    authors = store.authors_frame(author_keys)
    records = [AuthorRecord(author_key=r.author_key, source=r.source, handle=r.handle or "",
                            name=r.name or "", profile_url=r.url or "")
               for r in authors.itertuples(index=False)]
    proposals = propose_links(records, customers, fuzzy_threshold=settings.min_confidence,
                              auto_threshold=settings.auto_confidence)
    return store.save_link_proposals([
        {"author_key": p.author_key, "customer_id": p.customer_id, "method": p.method,
         "confidence": float(p.confidence), "status": p.status} for p in proposals])


def import_customers(store: "Store", settings: LinkingSettings, path: Path,
                     columns: Mapping[str, str] | None = None) -> tuple[int, int]:
    """Import a CRM file (all or nothing), then re-link every author. Returns (customers, links)."""
    customers = read_customers(path, columns or None)
    count = store.upsert_customers([customer_row(c) for c in customers])
    return count, link_authors(store, settings)
