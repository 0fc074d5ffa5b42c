"""Verdicts per author and per customer: truth-known streams, hand-made cases and invariants."""

from __future__ import annotations

import json
from dataclasses import fields

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from monitor.detection import assess_author, assess_many
from monitor.settings import DetectionSettings
from monitor.text import comparable_text
from monitor.verdicts import Assessment, explain
from tests.streams import NOW, campaign_scores, make_stream

SEEDS = (1, 2, 3)


@pytest.fixture(scope="module")
def runs():
    out = []
    for seed in SEEDS:
        stream = make_stream(seed)
        out.append((stream, assess_many(stream.mentions, stream.now)))
    return out


def mention(i: int, kind: str, days_ago: float, author: str = "x:1", customer: str | None = None,
            text: str | None = None, reposts: int = 0, source: str | None = None) -> dict:
    """One scored mention; kind is attack | rude_founded | founded | vague | benign."""
    dis = kind in ("attack", "rude_founded")
    founded = kind in ("founded", "rude_founded")
    critical = kind != "benign"
    category = "disrespectful" if dis else "founded_complaint" if founded else "other"
    return {
        "id": f"m{i}", "source": source or author.split(":")[0], "author_key": author,
        "customer_id": customer, "lang": "en", "reposts": reposts,
        "text": text or f"{kind} text number {i} about Veloz order {1000 + i}",
        "created_at": NOW - pd.Timedelta(days=days_ago),
        "category": category, "p_complaint": 0.9 if critical else 0.1,
        "p_disrespectful": 0.9 if dis else 0.1, "p_founded": 0.9 if founded else 0.1,
        "founded": founded,
    }


def frame(rows: list[dict]) -> pd.DataFrame:
    return pd.DataFrame(rows)


# ---- truth-known streams --------------------------------------------------------------------

def test_campaign_precision_and_recall_on_noisy_streams(runs):
    hits = predicted = actual = 0
    for stream, assessments in runs:
        scores = campaign_scores(stream, assessments)
        hits += round(scores["precision"] * scores["predicted"])
        predicted += scores["predicted"]
        actual += scores["actual"]
    precision, recall = hits / predicted, hits / actual
    print(f"campaign precision {precision:.3f} recall {recall:.3f} ({hits}/{predicted}/{actual})")
    assert precision >= 0.9
    assert recall >= 0.9


def test_recurring_founded_complainers_are_never_a_campaign(runs):
    for stream, assessments in runs:
        verdicts = {a.subject_key: a.verdict for a in assessments}
        recurring = [p for p in stream.people if p.role == "recurring"]
        assert recurring
        for person in recurring:
            found = {verdicts.get(k) for k in stream.subjects_of(person)}
            assert "campaign" not in found, person
            assert found & {"recurring_complaint", "one_off_complaint"}, person


def test_most_recurring_complainers_are_seen_as_recurring(runs):
    for stream, assessments in runs:
        verdicts = {a.subject_key: a.verdict for a in assessments}
        recurring = [p for p in stream.people if p.role == "recurring"]
        seen = sum(verdicts[p.author_keys[0]] == "recurring_complaint" for p in recurring)
        assert seen / len(recurring) >= 0.9


@pytest.fixture(scope="module")
def half_missed():
    """Streams scored by a classifier that misses half the insults and founded complaints (the
    first model missed that many real complaints); misses get the scores real misses get."""
    out = []
    for seed in SEEDS:
        stream = make_stream(seed, miss_rate=0.5)
        out.append((stream, assess_many(stream.mentions, stream.now),
                    assess_many(stream.mentions, stream.now, DetectionSettings(max_pooling_shift=0.0))))
    return out


def _people_scores(stream, assessments) -> dict[str, float]:
    verdicts = {a.subject_key: a.verdict for a in assessments}
    scores = campaign_scores(stream, assessments)
    recurring = [p for p in stream.people if p.role == "recurring"]
    found = [{verdicts.get(k) for k in stream.subjects_of(p)} for p in recurring]
    return {"precision": scores["precision"], "recall": scores["recall"],
            "recurring_campaign": sum("campaign" in f for f in found),
            "recurring_complainer": np.mean([bool(f & {"recurring_complaint", "one_off_complaint"}) for f in found])}


def test_verdicts_hold_when_the_classifier_misses_half(half_missed):
    pooled = [_people_scores(stream, with_record) for stream, with_record, _ in half_missed]
    precision = np.mean([s["precision"] for s in pooled])
    recall = np.mean([s["recall"] for s in pooled])
    print(f"half missed: campaign precision {precision:.3f} recall {recall:.3f}; recurring called campaign "
          f"{sum(s['recurring_campaign'] for s in pooled)}; recurring as complainer "
          f"{np.mean([s['recurring_complainer'] for s in pooled]):.2f}")
    assert precision >= 0.9 and recall >= 0.85
    # Of 75 recurring complainers, a few have nearly every complaint missed and insults caught:
    # nothing in their scores tells them from a campaigner (see the closing note of issue 9).
    assert sum(s["recurring_campaign"] for s in pooled) <= 4
    assert np.mean([s["recurring_complainer"] for s in pooled]) >= 0.75


def test_the_authors_record_is_what_finds_half_missed_campaigns(half_missed):
    alone = [_people_scores(stream, post_by_post) for stream, _, post_by_post in half_missed]
    pooled = [_people_scores(stream, with_record) for stream, with_record, _ in half_missed]
    assert np.mean([s["recall"] for s in alone]) + 0.2 <= np.mean([s["recall"] for s in pooled])
    assert (np.mean([s["recurring_complainer"] for s in alone])
            <= np.mean([s["recurring_complainer"] for s in pooled]))


def test_campaign_split_across_platforms_is_caught_at_customer_level(runs):
    for stream, assessments in runs:
        verdicts = {a.subject_key: a for a in assessments}
        split = [p for p in stream.people if p.role == "campaigner_split"]
        caught = [p for p in split if verdicts[f"customer:{p.customer_id}"].verdict == "campaign"]
        assert len(caught) >= len(split) - 1
        for person in caught:
            customer = verdicts[f"customer:{person.customer_id}"]
            assert customer.subject_type == "customer"
            assert customer.figures["accounts"] == 2
            assert len(customer.figures["platforms"]) == 2


def test_old_campaigns_outside_the_window_are_not_assessed(runs):
    for stream, assessments in runs:
        keys = {a.subject_key for a in assessments}
        for person in stream.people:
            if person.role == "former_campaigner":
                assert not set(person.author_keys) & keys


def test_one_day_outburst_is_watch_not_campaign(runs):
    for stream, assessments in runs:
        verdicts = {a.subject_key: a.verdict for a in assessments}
        for person in stream.people:
            if person.role == "outburst":
                assert verdicts[person.author_keys[0]] == "watch"


def test_embeddings_give_the_same_quality():
    stream = make_stream(5, with_embeddings=True)
    scores = campaign_scores(stream, assess_many(stream.mentions, stream.now))
    assert scores["precision"] >= 0.9 and scores["recall"] >= 0.9


def test_reassessing_only_touched_subjects_gives_the_same_verdicts(runs):
    stream, everything = runs[0]
    by_key = {a.subject_key: a for a in everything}
    touched = sorted(set(stream.mentions["author_key"]))[::7]
    customers = set(stream.mentions.loc[stream.mentions["author_key"].isin(touched), "customer_id"].dropna())
    linked = set(stream.mentions.loc[stream.mentions["customer_id"].isin(customers), "author_key"])
    subset = stream.mentions[stream.mentions["author_key"].isin(set(touched) | linked)]
    for assessment in assess_many(subset, stream.now):
        assert assessment == by_key[assessment.subject_key]


# ---- hand-made cases ------------------------------------------------------------------------

def test_a_single_founded_complaint_is_one_off():
    result = assess_author(frame([mention(1, "founded", 3), mention(2, "benign", 2)]), NOW)
    assert result.verdict == "one_off_complaint"
    assert result.evidence == ("m1",)
    assert result.figures["founded_complaints"] == 1
    assert [r.key for r in result.reasons] == ["volume", "founded"]


def test_angry_but_concrete_complainer_is_recurring_complaint_not_campaign():
    rows = [mention(i, "rude_founded" if i % 2 else "founded", days_ago=i * 2) for i in range(12)]
    rows += [mention(20 + i, "attack", days_ago=i * 3 + 1) for i in range(3)]
    result = assess_author(frame(rows), NOW)
    assert result.verdict == "recurring_complaint"
    assert result.figures["disrespect_share"] >= 0.5
    assert "angry_but_founded" in [r.key for r in result.reasons]
    assert set(result.evidence) <= {f"m{i}" for i in range(12)}


def test_constant_disrespectful_baseless_author_is_a_campaign():
    rows = [mention(i, "attack", days_ago=i * 1.5, text="Veloz are thieves, boycott them now!!",
                    reposts=i) for i in range(8)]
    rows.append(mention(50, "benign", 1))
    result = assess_author(frame(rows), NOW)
    assert result.verdict == "campaign"
    f = result.figures
    assert (f["mentions"], f["attacks"], f["attack_days"], f["disrespectful"]) == (9, 8, 8, 8)
    assert f["unfounded_share"] == 1.0 and f["founded_complaints"] == 0
    assert f["repetition"] == 1.0
    assert f["amplification"] == sum(range(8))
    assert f["platforms"] == ["x"] and f["accounts"] == 1 and f["lang"] == "en"
    assert result.evidence[0] == "m7"  # most reposted copy first
    assert result.score > 0.8
    keys = [r.key for r in result.reasons]
    assert keys[:3] == ["volume", "attacks", "disrespect"]
    assert "repetition" in keys and "amplification" in keys


def test_hostile_but_not_constant_is_watch_and_benign_is_none():
    rows = [mention(i, "attack", days_ago=i + 1) for i in range(3)]
    assert assess_author(frame(rows), NOW).verdict == "watch"
    assert assess_author(frame([mention(1, "benign", 1)]), NOW).verdict == "none"


def test_burst_in_one_day_is_watch():
    rows = [mention(i, "attack", days_ago=2 + i / 100) for i in range(7)]
    result = assess_author(frame(rows), NOW)
    assert result.verdict == "watch"
    assert result.figures["burst_max_per_day"] == 7
    assert "burst" in [r.key for r in result.reasons]


def test_escalation_is_positive_when_tone_hardens():
    rows = [mention(i, "vague", days_ago=40 - i) for i in range(5)]
    rows += [mention(10 + i, "attack", days_ago=20 - i) for i in range(5)]
    assert assess_author(frame(rows), NOW).figures["escalation"] > 0.5


def test_window_and_future_mentions_are_ignored():
    rows = [mention(1, "attack", days_ago=80), mention(2, "attack", days_ago=-1),
            mention(3, "benign", days_ago=1)]
    result = assess_author(frame(rows), NOW)
    assert result.figures["mentions"] == 1


def test_iso_text_times_and_missing_optional_columns_are_accepted():
    rows = frame([mention(i, "attack", days_ago=i * 2) for i in range(6)])
    rows["created_at"] = rows["created_at"].map(lambda t: t.strftime("%Y-%m-%dT%H:%M:%SZ"))
    rows = rows.drop(columns=["p_complaint", "p_disrespectful", "p_founded", "founded", "reposts",
                              "source", "customer_id"])
    result = assess_author(rows, NOW.to_pydatetime())
    assert result.verdict == "campaign"
    assert result.figures["platforms"] == ["x"]


def test_customer_subject_spans_accounts():
    rows = [mention(i, "attack", days_ago=i * 2, author="x:1", customer="C1") for i in range(3)]
    rows += [mention(10 + i, "attack", days_ago=i * 2 + 1, author="bluesky:9", customer="C1")
             for i in range(3)]
    results = {a.subject_key: a for a in assess_many(frame(rows), NOW)}
    assert results["x:1"].verdict == "watch"
    assert results["bluesky:9"].verdict == "watch"
    assert results["customer:C1"].verdict == "campaign"
    assert results["customer:C1"].customer_id == "C1"
    assert results["customer:C1"].author_keys == ("bluesky:9", "x:1")
    assert assess_author(frame(rows), NOW).subject_key == "customer:C1"


def test_assessment_round_trips_through_stored_json():
    rows = [mention(i, "attack", days_ago=i * 2) for i in range(6)]
    result = assess_author(frame(rows), NOW)
    stored = {"subject_key": result.subject_key, "subject_type": result.subject_type,
              "verdict": result.verdict, "score": result.score,
              "figures_json": json.dumps(result.figures), "evidence_json": json.dumps(list(result.evidence)),
              "reasons_json": json.dumps(list(result.reasons))}
    back = Assessment.from_row(stored)
    assert back.verdict == result.verdict and back.figures == result.figures
    assert back.evidence == result.evidence
    assert [r.key for r in back.reasons] == [r.key for r in result.reasons]
    assert json.loads(stored["reasons_json"]) == [str(r) for r in back.reasons]


def test_reasons_translate():
    result = assess_author(frame([mention(i, "attack", days_ago=i * 2) for i in range(6)]), NOW)
    attacks = next(r for r in result.reasons if r.key == "attacks")
    assert attacks.startswith("Hostile mentions")
    assert attacks.render("pt").startswith("Menções hostis")
    assert attacks.render("es").startswith("Menciones hostiles")
    assert "6" in attacks.render("pt")
    assert explain("none", {"mentions": 0, "window_days": 56})[0].key == "no_mentions"


def test_every_setting_has_help_and_is_validated():
    assert set(DetectionSettings.HELP) == {f.name for f in fields(DetectionSettings)}
    with pytest.raises(ValueError, match="min_disrespect_share"):
        DetectionSettings(min_disrespect_share=1.5)
    with pytest.raises(ValueError, match="window_days"):
        DetectionSettings(window_days=0)


def test_comparable_text_ignores_case_accents_links_and_handles():
    assert comparable_text("@Veloz LADRÕES!!! https://x.test/a") == comparable_text("ladroes @foo")


# ---- invariants -----------------------------------------------------------------------------

KINDS = ("attack", "rude_founded", "founded", "vague", "benign")
subject_rows = st.lists(
    st.tuples(st.sampled_from(KINDS), st.floats(min_value=0.01, max_value=60.0),
              st.integers(min_value=0, max_value=5), st.sampled_from(["x:1", "bluesky:2"])),
    min_size=1, max_size=25)


def build(rows) -> pd.DataFrame:
    return frame([mention(i, kind, days, author=author, customer="C1", reposts=reposts,
                          text=f"Veloz {kind} {i % 3}")
                  for i, (kind, days, reposts, author) in enumerate(rows)])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(subject_rows, st.randoms(use_true_random=False))
def test_input_order_does_not_matter(rows, rnd):
    data = build(rows)
    shuffled = data.iloc[rnd.sample(range(len(data)), len(data))].reset_index(drop=True)
    assert assess_many(data, NOW) == assess_many(shuffled, NOW)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(subject_rows, st.floats(min_value=0.01, max_value=55.0), st.sampled_from(["x:1", "bluesky:2"]))
def test_adding_a_benign_mention_never_creates_a_campaign(rows, days, author):
    before = {a.subject_key: a.verdict for a in assess_many(build(rows), NOW)}
    extra = mention(999, "benign", days, author=author, customer="C1", text="Veloz opens at nine?")
    after = assess_many(pd.concat([build(rows), frame([extra])], ignore_index=True), NOW)
    for assessment in after:
        if assessment.verdict == "campaign":
            assert before.get(assessment.subject_key) == "campaign"


def test_scores_stay_between_zero_and_one(runs):
    for _, assessments in runs:
        scores = np.array([a.score for a in assessments])
        assert ((scores >= 0) & (scores <= 1)).all()


def test_a_verdict_dates_from_the_post_that_completed_its_evidence():
    import pandas as pd

    now = pd.Timestamp("2026-03-01T12:00:00Z")
    rows = [{"id": f"m{i}", "author_key": "x:a", "created_at": now - pd.Timedelta(days=10 - i),
             "text": f"insulto número {i}", "category": "disrespectful", "p_complaint": 0.9,
             "p_disrespectful": 0.95, "p_founded": 0.05} for i in range(7)]
    (campaign,) = assess_many(pd.DataFrame(rows), now)
    assert campaign.verdict == "campaign"
    fifth = (now - pd.Timedelta(days=6)).strftime("%Y-%m-%dT%H:%M:%SZ")  # min_mentions = 5
    assert campaign.figures["evident_at"] == fifth == campaign.to_row()["verdict_since"]
    complaint = [{"id": "c1", "author_key": "x:b", "created_at": now - pd.Timedelta(days=3),
                  "text": "meu pedido não chegou", "category": "founded_complaint", "p_complaint": 0.9,
                  "p_disrespectful": 0.02, "p_founded": 0.9}]
    (one_off,) = assess_many(pd.DataFrame(complaint), now)
    assert one_off.verdict == "one_off_complaint"
    assert one_off.figures["evident_at"] == (now - pd.Timedelta(days=3)).strftime("%Y-%m-%dT%H:%M:%SZ")
