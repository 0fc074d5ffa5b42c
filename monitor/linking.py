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
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Mapping, Sequence

from rapidfuzz import fuzz

from monitor.crm import (NETWORKS, Customer, normalise_handle, parse_profile_url, read_customer_file,
                         updated_row)
from monitor.settings import LinkingSettings

if TYPE_CHECKING:
    from monitor.store import Store

logger = logging.getLogger(__name__)

METHOD_CONFIDENCE = {"handle": 1.0, "email": 0.97, "profile": 0.95, "handle_elsewhere": 0.93}
DISTINCTIVE_CHARS = 8
"""A handle or e-mail name this long (letters and digits) is rarely shared by two people; a
shorter one ('chris_m') only proposes a link."""
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
                  fuzzy_threshold: float = LinkingSettings.min_confidence,
                  auto_threshold: float = LinkingSettings.auto_confidence,
                  manual: Iterable[str] | Mapping[str, str] | None = None) -> list[LinkProposal]:
    """One proposal per author that matches a customer, sorted by author key.

    Order of methods: exact handle on the author's network (confidence 1.0), an e-mail address
    found in the handle, name or profile link (0.97), a profile link to a handle the customer
    declared (0.95), the handle equal to the name part of the customer's e-mail (0.93), the
    handle equal to one the customer declared on another network (0.93, a second account),
    then a fuzzy match of a full name whose confidence is the name similarity. A first name
    alone never matches, and a customer whose CRM names another handle on the author's network
    is never matched by name (a namesake). A name match, a short handle, a match shared by two
    customers, or exact evidence below `auto_threshold` is only proposed. Authors in `manual`
    (decided by a person) are skipped.
    """
    skip = set(manual or ())
    index = _Index(customers)
    proposals = []
    for author in authors:
        if author.author_key in skip:
            continue
        proposal = (_by_handle(author, index) or _by_email(author, index)
                    or _by_profile(author, index) or _by_email_name(author, index)
                    or _by_handle_elsewhere(author, index)
                    or _by_name(author, index, fuzzy_threshold))
        if proposal is not None and proposal.status == "auto" and proposal.confidence < auto_threshold:
            proposal = replace(proposal, status="proposed")
        if proposal is not None:
            proposals.append(proposal)
    proposals = _one_account_per_network(proposals, {a.author_key: a.source for a in authors})
    proposals.sort(key=lambda p: p.author_key)
    return proposals


def _one_account_per_network(proposals: list[LinkProposal], sources: Mapping[str, str]
                             ) -> list[LinkProposal]:
    """A person rarely has two accounts on one network: when several accounts there are
    proposed for one customer, only a clearly stronger one stays proposed (automatic links,
    which rest on exact evidence, are kept as they are)."""
    by_slot: dict[tuple[str, str], list[LinkProposal]] = defaultdict(list)
    for p in proposals:
        if p.status != "auto":
            by_slot[(p.customer_id, sources.get(p.author_key, ""))].append(p)
    dropped: set[str] = set()
    for rivals in by_slot.values():
        if len(rivals) < 2:
            continue
        rivals.sort(key=lambda p: -p.confidence)
        keep = rivals[0].confidence > rivals[1].confidence
        dropped.update(p.author_key for p in rivals[1 if keep else 0:])
    return [p for p in proposals if p.author_key not in dropped]


class _Index:
    """Customers looked up by (network, handle), e-mail, name token and name prefix."""

    def __init__(self, customers: Sequence[Customer]):
        self.handles: dict[tuple[str, str], list[str]] = defaultdict(list)
        self.local_mastodon: dict[str, list[str]] = defaultdict(list)
        self.emails: dict[str, list[str]] = defaultdict(list)
        self.email_names: dict[str, list[str]] = defaultdict(list)
        self.any_network: dict[str, set[tuple[str, str]]] = defaultdict(set)
        self.networks_of: dict[str, set[str]] = defaultdict(set)
        self.names: dict[str, str] = {}
        self.tokens: dict[str, set[str]] = defaultdict(set)
        self.prefixes: dict[str, set[str]] = defaultdict(set)
        for customer in customers:
            cid = customer.customer_id
            for network, handle in customer.handles.items():
                handle = normalise_handle(network, handle)
                if handle:
                    self.handles[(network, handle)].append(cid)
                    self.any_network[compact_handle(handle)].add((network, cid))
                    self.networks_of[cid].add(network)
                    if network == "mastodon" and "@" not in handle:
                        self.local_mastodon[handle].append(cid)
            if customer.email:
                self.emails[customer.email.strip().lower()].append(cid)
                self.email_names[compact_handle(customer.email.split("@")[0])].append(cid)
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


def compact_handle(value: str) -> str:
    """'@Gustavo-Araujo.bsky.social' and 'gustavo.araujo' both -> 'gustavoaraujo' (letters and
    digits of the name part, case-folded; a Mastodon instance or Bluesky domain dropped)."""
    value = normalise_name(value.strip().lstrip("@").split("@")[0])
    return value.removesuffix(" bsky social").replace(" ", "")


def _distinctive(author_key: str, ids: list[str], method: str, compact: str) -> LinkProposal | None:
    """An exact match on a handle-like string: automatic only when long and unique."""
    proposal = _exact(author_key, ids, method)
    if proposal and proposal.status == "auto" and len(compact) < DISTINCTIVE_CHARS:
        return LinkProposal(author_key, proposal.customer_id, method, AMBIGUOUS_EXACT_CONFIDENCE,
                            "proposed")
    return proposal


def _by_email_name(author: AuthorRecord, index: _Index) -> LinkProposal | None:
    """The author's handle is the name part of a customer's e-mail address ('ana_lima' and
    ana.lima@...): a good hint, never proof (people pick their name as both), so a proposal.
    A customer whose CRM names another handle on the author's network is not proposed."""
    compact = compact_handle(author.handle)
    ids = sorted({cid for cid in index.email_names.get(compact, [])
                  if author.source not in index.networks_of[cid]
                  and _names_agree(author, index.names.get(cid, ""))}) if len(compact) >= 5 else []
    if not ids:
        return None
    return LinkProposal(author.author_key, ids[0], "email_name", AMBIGUOUS_EXACT_CONFIDENCE, "proposed")


def _names_agree(author: AuthorRecord, customer_name: str) -> bool:
    """False when the author shows a first name (or initial) that is not the customer's: then
    an e-mail-like handle is someone else's. A name that is just the handle says nothing."""
    words = normalise_name(author.name).split()
    if not words or "".join(words) == compact_handle(author.handle):
        return True
    theirs = customer_name.split()
    first = words[0]
    if len(first) == 1:
        return bool(theirs) and theirs[0].startswith(first)
    return first in theirs


def _by_handle_elsewhere(author: AuthorRecord, index: _Index) -> LinkProposal | None:
    """The author's handle is one the customer declared on another network: a second account."""
    compact = compact_handle(author.handle)
    if len(compact) < 5:
        return None
    ids = [cid for network, cid in index.any_network.get(compact, set()) if network != author.source]
    if len(compact) < DISTINCTIVE_CHARS:  # a short handle is only a hint: the names must agree
        ids = [cid for cid in ids if _names_agree(author, index.names.get(cid, ""))]
    return _distinctive(author.author_key, ids, "handle_elsewhere", compact)


NAME_CONFIDENCE = 0.9
"""A name is never proof (namesakes are common): the best name match stays a proposal."""


def _by_name(author: AuthorRecord, index: _Index, threshold: float) -> LinkProposal | None:
    """A person's full name (two words or more, no initials) against the customers' names.

    Confidence: the same words -> NAME_CONFIDENCE; the author's words all within a longer CRM
    name ('Fernanda Reis' / 'Fernanda Reis Campos') -> 0.86; otherwise the token-order
    similarity scaled below those. Always a proposal, never automatic; customers whose CRM
    names another handle on the author's network are skipped.
    """
    words = normalise_name(author.name).split()
    if len(words) < 2 or any(len(w) < 2 for w in words):  # a first name alone, or initials
        return None
    name = " ".join(words)
    candidates = set().union(*(index.tokens.get(w, set()) for w in words if len(w) >= 3))
    scores: dict[str, float] = {}
    for cid in candidates:
        if author.source in index.networks_of[cid]:
            continue
        other = index.names[cid].split()
        if sorted(words) == sorted(other):
            scores[cid] = NAME_CONFIDENCE
        elif set(words) <= set(other):
            scores[cid] = 0.86
        else:
            scores[cid] = 0.85 * fuzz.token_sort_ratio(name, " ".join(other)) / 100.0
    ranked = sorted(((s, cid) for cid, s in scores.items() if s >= threshold),
                    key=lambda item: (-item[0], item[1]))
    if not ranked:
        return None
    best, cid = ranked[0]
    return LinkProposal(author.author_key, cid, "fuzzy_name", round(best, 4), "proposed")


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
                     columns: Mapping[str, str] | None = None,
                     number_style: str = "auto") -> tuple[int, int]:
    """Import a CRM file (all or nothing; known customers keep the fields the file has no
    column for), then re-link every author. Returns (customers, links)."""
    crm_file = read_customer_file(path, columns or None, number_style)
    count = store.merge_customers(crm_file.customers,
                                  lambda stored, customer: updated_row(stored, customer, crm_file.fields))
    return count, link_authors(store, settings)
