"""Author <-> customer link proposals: exact, e-mail, profile, fuzzy auto/proposed, ambiguity, manual."""

from __future__ import annotations

from monitor.crm import Customer
from monitor.linking import AuthorRecord, LinkProposal, normalise_name, propose_links

CUSTOMERS = [
    Customer("C1", "Ana Beatriz Souza", email="ana@mail.test", handles={"x": "ana_s", "mastodon": "ana@mastodon.social"}),
    Customer("C2", "João da Silva", email="joao@mail.test", handles={"bluesky": "joao.bsky.social"}),
    Customer("C3", "Maria Fernanda Costa"),
    Customer("C4", "Pedro Alves"),
    Customer("C5", "Pedro Alves"),
    Customer("C6", "Lucía Gómez", handles={"reddit": "luciag"}),
]


def link(author: AuthorRecord, **kwargs) -> LinkProposal | None:
    found = propose_links([author], CUSTOMERS, **kwargs)
    return found[0] if found else None


def test_exact_handle_on_the_same_network_is_automatic():
    assert link(AuthorRecord("x:1", "x", "@Ana_S", "Someone Else")) == LinkProposal(
        "x:1", "C1", "handle", 1.0, "auto")
    assert link(AuthorRecord("mastodon:ana@mastodon.social", "mastodon", "ana@mastodon.social")).customer_id == "C1"
    # the same handle on another network is not a handle match
    assert link(AuthorRecord("bluesky:9", "bluesky", "ana_s")) is None


def test_email_in_the_profile_is_automatic():
    proposal = link(AuthorRecord("hackernews:jj", "hackernews", "jj", "JJ (joao@mail.test)"))
    assert proposal == LinkProposal("hackernews:jj", "C2", "email", 0.97, "auto")


def test_profile_link_to_a_declared_handle_is_automatic():
    author = AuthorRecord("rss:feed1", "rss", "", "", "https://www.reddit.com/user/LuciaG/")
    assert link(author) == LinkProposal("rss:feed1", "C6", "profile", 0.95, "auto")
    # the auto_confidence setting decides which exact evidence links without a person
    assert link(author, auto_threshold=0.96) == LinkProposal("rss:feed1", "C6", "profile", 0.95, "proposed")


def test_the_same_full_name_is_only_ever_proposed():
    proposal = link(AuthorRecord("bluesky:7", "bluesky", "mfc.bsky.social", "MARIA FERNANDA COSTA"))
    assert proposal == LinkProposal("bluesky:7", "C3", "fuzzy_name", 0.9, "proposed")
    proposal = link(AuthorRecord("x:8", "x", "jsilva", "Joao da Silva"))  # accents stripped
    assert (proposal.customer_id, proposal.status, proposal.confidence) == ("C2", "proposed", 0.9)


def test_a_crm_handle_on_the_network_outranks_a_name_match():
    # C2 declares a Bluesky handle: another Bluesky account with the same name is a namesake.
    assert link(AuthorRecord("bluesky:8", "bluesky", "someone.bsky.social", "João da Silva")) is None


def test_partial_names_need_a_lower_bar_and_initials_or_first_names_never_match():
    assert link(AuthorRecord("x:9", "x", "mf", "Fernanda Costa")) is None
    proposal = link(AuthorRecord("x:9", "x", "mf", "Fernanda Costa"), fuzzy_threshold=0.85)
    assert (proposal.customer_id, proposal.status, proposal.confidence) == ("C3", "proposed", 0.86)
    assert link(AuthorRecord("x:11", "x", "zz", "Mario Costa"), fuzzy_threshold=0.85) is None
    assert link(AuthorRecord("x:12", "x", "zz", "Maria F. Costa"), fuzzy_threshold=0.5) is None
    assert link(AuthorRecord("x:14", "x", "someone", "Lucía"), fuzzy_threshold=0.5) is None
    assert link(AuthorRecord("reddit:15", "reddit", "mariafernandacosta", "")) is None


def test_handle_equal_to_the_email_name_is_proposed_when_the_names_agree():
    customers = CUSTOMERS + [Customer("C8", "Rita Lopes", email="rita_lopes77@mail.test")]
    found = propose_links([AuthorRecord("x:20", "x", "@Rita.Lopes77", "R. 🌊")], customers)
    assert found == [LinkProposal("x:20", "C8", "email_name", 0.9, "proposed")]
    assert propose_links([AuthorRecord("x:21", "x", "@rita_lopes77", "Paula")], customers) == []


def test_a_second_account_with_a_handle_declared_on_another_network():
    customers = CUSTOMERS + [Customer("C9", "Ernesto Ruiz", handles={"x": "LaNetaVeloz"})]
    found = propose_links([AuthorRecord("bluesky:22", "bluesky", "lanetaveloz.bsky.social", "La Neta")],
                          customers)
    assert found == [LinkProposal("bluesky:22", "C9", "handle_elsewhere", 0.93, "auto")]
    # a short handle is only a hint, and only when the names agree
    short = link(AuthorRecord("bluesky:23", "bluesky", "luciag.bsky.social", "Lucía G."))
    assert (short.customer_id, short.method, short.status) == ("C6", "handle_elsewhere", "proposed")
    assert link(AuthorRecord("bluesky:24", "bluesky", "luciag.bsky.social", "Marcos")) is None


def test_two_equally_close_customers_are_only_proposed():
    proposal = link(AuthorRecord("x:13", "x", "pa", "Pedro Alves"))
    assert proposal == LinkProposal("x:13", "C4", "fuzzy_name", 0.9, "proposed")


def test_two_accounts_on_one_network_for_one_customer_cancel_out():
    authors = [AuthorRecord("x:30", "x", "mfc", "Maria Fernanda Costa"),
               AuthorRecord("x:31", "x", "mfc2", "Maria Fernanda Costa")]
    assert propose_links(authors, CUSTOMERS) == []
    authors[1] = AuthorRecord("bluesky:31", "bluesky", "mfc2", "Maria Fernanda Costa")
    assert len(propose_links(authors, CUSTOMERS)) == 2  # one per network is fine


def test_manual_links_win():
    authors = [AuthorRecord("x:1", "x", "ana_s"), AuthorRecord("x:2", "x", "nobody", "Pedro Alves")]
    assert [p.author_key for p in propose_links(authors, CUSTOMERS)] == ["x:1", "x:2"]
    assert [p.author_key for p in propose_links(authors, CUSTOMERS, manual={"x:1": "C9"})] == ["x:2"]
    assert propose_links(authors, CUSTOMERS, manual=["x:1", "x:2"]) == []


def test_duplicate_handles_in_the_crm_are_not_automatic():
    customers = CUSTOMERS + [Customer("C7", "Ana Two", handles={"x": "ana_s"})]
    proposal = propose_links([AuthorRecord("x:1", "x", "ana_s")], customers)[0]
    assert (proposal.method, proposal.status) == ("handle", "proposed")


def test_normalise_name():
    assert normalise_name("  João  da Silva-Costa ") == "joao da silva costa"


def test_on_the_demo_automatic_links_are_right_and_the_review_queue_is_short():
    """Against the demo's truth file (namesakes included on purpose): see bench/bench_linking.py."""
    import csv
    from pathlib import Path

    from monitor.collectors.file_import import read_mention_file
    from monitor.crm import read_customers

    demo = Path(__file__).resolve().parent.parent / "data" / "demo"
    mentions, _ = read_mention_file(demo / "mentions.jsonl")
    authors = {m.author_key: AuthorRecord(m.author_key, m.source, m.author_handle, m.author_name)
               for m in mentions}
    with open(demo / "crm_truth.csv", encoding="utf-8") as handle:
        truth = {f"{r['source']}:{r['author_id']}": r["customer_id"] for r in csv.DictReader(handle)}
    proposals = propose_links(list(authors.values()), read_customers(demo / "crm.csv"))
    auto = [p for p in proposals if p.status == "auto"]
    review = [p for p in proposals if p.status == "proposed"]
    assert sum(truth.get(p.author_key) == p.customer_id for p in auto) / len(auto) >= 0.98
    assert len(review) <= 30
    found = sum(truth.get(p.author_key) == p.customer_id for p in proposals)
    assert found / len(truth) >= 0.85  # automatic or waiting for review
