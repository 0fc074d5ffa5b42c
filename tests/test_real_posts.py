"""The shipped model and the detector on real posts: held-out real brand mentions, never trained
or tuned on, read from ../shared/datasets (skipped, saying why, where that folder is absent).

These are floors that catch a regression before it ships; the model card reports the numbers.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from monitor import corpora, evaluation
from monitor.detection import assess_many
from monitor.settings import DetectionSettings
from monitor.model_registry import load_current
from tests.real_streams import SHARED, heldout_posts, make_real_stream, score_posts, stream_scores

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.skipif(not (SHARED / corpora.REAL_MENTIONS_FILE).is_file(),
                                reason=f"no real labelled posts at {SHARED}")
# Per language: (complaint F1, disrespect F1 or None where the held-out posts hold too few insults
# to hold a floor: 7 in Spanish, 1 in English). The shipped model: complaint 0.83 / 0.81 / 0.82,
# disrespect 0.67 / 0.67 in Portuguese / Spanish.
FLOORS = {"pt": (0.75, 0.6), "es": (0.75, None), "en": (0.75, None)}


@pytest.fixture(scope="module")
def scored():
    return score_posts(load_current(ROOT / "models"), heldout_posts())


def test_shipped_model_on_held_out_real_posts(scored):
    metrics = evaluation.real_post_metrics(
        np.where(scored["pool"].isin(["attack", "rude_complaint"]), "disrespectful",
                 np.where(scored["pool"] == "complaint", "founded_complaint", "other")),
        scored["category"], scored["lang"])
    print(evaluation.real_post_table(metrics))
    for lang, (complaint, disrespect) in FLOORS.items():
        block = metrics["per_lang"][lang]
        assert block["complaint"]["f1"] >= complaint, (lang, block["complaint"])
        if disrespect is not None:
            assert block["disrespect"]["f1"] >= disrespect, (lang, block["disrespect"])
    assert metrics["false_alarms"] <= 0.22


@pytest.fixture(scope="module")
def streams(scored):
    out = []
    for seed in range(6):
        stream = make_real_stream(scored, seed)
        out.append(stream_scores(stream, assess_many(stream.mentions, stream.now)))
    return out


def test_complainers_from_real_posts_are_recognised_and_never_a_campaign(streams):
    # Campaign recall on these streams (0.25) is reported by bench/bench_real_streams.py, not
    # asserted: the held-out real posts hold 16 baseless insults, and the model calls many real
    # rants founded (see the model card).
    assert all(s["campaign_precision"] == 1.0 for s in streams)
    assert sum(s["recurring_called_campaign"] for s in streams) == 0
    assert sum(s["fans_called_campaign"] for s in streams) == 0
    assert np.mean([s["recurring_as_complainer"] for s in streams]) >= 0.9
    assert np.mean([s["recurring_recognised"] for s in streams]) >= 0.85
    assert np.mean([s["one_off_recognised"] for s in streams]) >= 0.85


def test_pooling_the_record_finds_more_campaigns_than_single_posts(scored):
    gains = []
    for seed in range(3):
        stream = make_real_stream(scored, seed)
        pooled = stream_scores(stream, assess_many(stream.mentions, stream.now))
        alone = stream_scores(stream, assess_many(stream.mentions, stream.now,
                                                  DetectionSettings(max_pooling_shift=0.0)))
        gains.append(pooled["campaign_recall"] + pooled["recurring_recognised"]
                     - alone["campaign_recall"] - alone["recurring_recognised"])
    assert np.mean(gains) >= 0
