"""Coordinated groups: same text, same link or near-identical posts by several accounts in minutes."""

from __future__ import annotations

import numpy as np
import pandas as pd

from monitor.coordination import find_coordinated_groups, group_id_for, normalise_link
from tests.streams import make_stream

T0 = pd.Timestamp("2026-03-01T10:00:00Z")


def post(i: int, author: str, minutes: float, text: str, hostile: bool = True, **extra) -> dict:
    return {"id": f"m{i}", "author_key": author, "source": author.split(":")[0], "text": text,
            "created_at": T0 + pd.Timedelta(minutes=minutes),
            "category": "disrespectful" if hostile else "founded_complaint",
            "p_complaint": 0.9, "p_disrespectful": 0.9 if hostile else 0.1,
            "p_founded": 0.1 if hostile else 0.9, "founded": not hostile, **extra}


ATTACK = "Veloz robs its customers, share this everywhere! #BoycottVeloz"


def test_same_text_from_three_accounts_within_minutes_is_a_group():
    rows = [post(1, "x:a", 0, ATTACK), post(2, "bluesky:b", 4, ATTACK.upper() + "!!"),
            post(3, "mastodon:c@m.social", 9, "@veloz " + ATTACK),
            post(4, "x:d", 30 * 60, ATTACK)]  # a day later: not together
    groups = find_coordinated_groups(pd.DataFrame(rows))
    assert len(groups) == 1
    group = groups[0]
    assert group.members == ("bluesky:b", "mastodon:c@m.social", "x:a")
    assert group.group_id == group_id_for(["x:a", "mastodon:c@m.social", "bluesky:b"])
    assert group.mention_ids == ("m1", "m2", "m3")
    assert group.first_at == T0.to_pydatetime()
    assert group.last_at == (T0 + pd.Timedelta(minutes=9)).to_pydatetime()
    assert group.occurrences == 1
    assert group.sample_text == ATTACK


def test_the_same_accounts_again_later_keep_the_id_and_count_occurrences():
    rows = [post(i, author, minutes, ATTACK) for i, (author, minutes) in enumerate(
        [("x:a", 0), ("x:b", 2), ("x:c", 5), ("x:a", 3000), ("x:b", 3004), ("x:c", 3010)])]
    groups = find_coordinated_groups(pd.DataFrame(rows))
    assert len(groups) == 1
    assert groups[0].occurrences == 2 and len(groups[0].mention_ids) == 6


def test_posts_further_apart_than_the_window_are_not_grouped():
    rows = [post(1, "x:a", 0, ATTACK), post(2, "x:b", 20, ATTACK), post(3, "x:c", 40, ATTACK)]
    assert find_coordinated_groups(pd.DataFrame(rows)) == []
    assert len(find_coordinated_groups(pd.DataFrame(rows), window_minutes=25)) == 1


def test_a_shared_link_ties_different_texts():
    rows = [post(1, "x:a", 0, "They lie! https://www.dossier.example/veloz/"),
            post(2, "x:b", 3, "Read this before buying http://dossier.example/veloz?utm=1"),
            post(3, "x:c", 6, "Everything here: https://dossier.example/Veloz")]
    groups = find_coordinated_groups(pd.DataFrame(rows))
    assert [g.members for g in groups] == [("x:a", "x:b", "x:c")]
    assert normalise_link("https://dossier.example/") is None


def test_embedding_similarity_ties_paraphrases():
    base = np.random.default_rng(1).standard_normal(16).astype(np.float32)
    texts = ["Veloz steals from people", "People get robbed by Veloz", "Veloz = theft, plain and simple"]
    rows = []
    for i, text in enumerate(texts):
        vector = base + np.random.default_rng(10 + i).standard_normal(16).astype(np.float32) * 0.05
        rows.append(post(i, f"x:{i}", i * 3, text, embedding=vector / np.linalg.norm(vector)))
    assert len(find_coordinated_groups(pd.DataFrame(rows))) == 1
    rows[2]["embedding"] = None  # a missing vector: shingles decide, and these texts differ
    assert find_coordinated_groups(pd.DataFrame(rows)) == []


def test_two_accounts_or_founded_complaints_are_not_a_group():
    two = [post(1, "x:a", 0, ATTACK), post(2, "x:b", 1, ATTACK)]
    assert find_coordinated_groups(pd.DataFrame(two)) == []
    founded = [post(i, f"x:{i}", i, "Order 123 arrived broken, ticket 55 unanswered", hostile=False)
               for i in range(4)]
    assert find_coordinated_groups(pd.DataFrame(founded)) == []
    assert len(find_coordinated_groups(pd.DataFrame(founded), attacks_only=False)) == 1


def test_short_common_texts_need_similarity_not_just_equality():
    rows = [post(i, f"x:{i}", i, "scam") for i in range(4)]
    groups = find_coordinated_groups(pd.DataFrame(rows))
    assert len(groups) == 1  # identical, so the shingle similarity is 1.0
    rows = [post(i, f"x:{i}", i, word) for i, word in enumerate(["scam", "liars", "thieves", "crooks"])]
    assert find_coordinated_groups(pd.DataFrame(rows)) == []


def test_stream_group_is_found_and_nothing_else():
    stream = make_stream(3)
    groups = find_coordinated_groups(stream.mentions)
    assert groups
    members = set().union(*(g.members for g in groups))
    assert members <= set(stream.coordinated_members)
    assert len(members) >= 6
    shuffled = stream.mentions.sample(frac=1.0, random_state=9)
    assert find_coordinated_groups(shuffled) == groups


def test_empty_input():
    assert find_coordinated_groups(pd.DataFrame(columns=["id", "author_key", "text", "created_at"])) == []
