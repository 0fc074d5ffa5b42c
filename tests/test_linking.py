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


def test_fuzzy_full_name_match_is_automatic_above_the_threshold():
    proposal = link(AuthorRecord("bluesky:7", "bluesky", "mfc.bsky.social", "MARIA FERNANDA COSTA"))
    assert (proposal.customer_id, proposal.method, proposal.status) == ("C3", "fuzzy_name", "auto")
    proposal = link(AuthorRecord("x:8", "x", "jsilva", "Joao da Silva"))  # accents stripped
    assert (proposal.customer_id, proposal.status, proposal.confidence) == ("C2", "auto", 1.0)


def test_fuzzy_match_between_thresholds_is_only_proposed():
    for name in ("Mariana Fernandes Costa", "Maria Fernandes da Costa", "Fernanda Costa"):
        proposal = link(AuthorRecord("x:9", "x", "mf", name))
        assert (proposal.customer_id, proposal.status) == ("C3", "proposed"), name
        assert 0.85 <= proposal.confidence < 0.92


def test_weak_matches_are_dropped():
    assert link(AuthorRecord("x:11", "x", "zz", "Mario Costa")) is None
    assert link(AuthorRecord("x:12", "x", "zz", "Maria F. Costa")) is None
    assert link(AuthorRecord("x:12", "x", "zz", "Maria F. Costa"), fuzzy_threshold=0.8).status == "proposed"


def test_two_equally_close_customers_are_only_proposed():
    proposal = link(AuthorRecord("x:13", "x", "pa", "Pedro Alves"))
    assert proposal == LinkProposal("x:13", "C4", "fuzzy_name", 1.0, "proposed")


def test_single_word_names_and_handles_are_never_automatic():
    proposal = link(AuthorRecord("x:14", "x", "someone", "Lucía"))
    assert proposal is None or proposal.status == "proposed"
    proposal = link(AuthorRecord("reddit:15", "reddit", "mariafernandacosta", ""))
    assert (proposal.customer_id, proposal.status) == ("C3", "proposed")


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
