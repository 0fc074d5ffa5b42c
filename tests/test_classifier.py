"""MentionClassifier: sklearn contract, save/load round trip, and the shipped model on clear cases."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from sklearn.base import clone

from monitor import model_registry
from monitor.classifier import CATEGORIES, MentionClassifier
from monitor.embedding import MemoryCache

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "data" / "seed" / "labelled.csv"

CLEAR = [
    ("pt", "Vocês são uns ladrões, empresa de merda, vão se foder!", "disrespectful"),
    ("pt", "Meu pedido 48213 não chegou, paguei R$ 230 no dia 3 e ninguém responde o protocolo", "founded_complaint"),
    ("pt", "Adorei o atendimento na loja hoje, muito obrigado pela ajuda!", "other"),
    ("es", "Son unos ladrones hijos de puta, empresa de mierda", "disrespectful"),
    ("es", "Me cobraron dos veces la factura de $45.000 de octubre y no me devuelven el dinero", "founded_complaint"),
    ("es", "¿A qué hora abre la tienda del centro el domingo?", "other"),
    ("en", "You are a bunch of incompetent idiots, garbage company, go to hell", "disrespectful"),
    ("en", "My order #55812 never arrived and you charged my card $89 twice on Oct 3", "founded_complaint"),
    ("en", "Big news: the new store opens downtown next Friday with 20% off everything", "other"),
]


def small_dataset(per_cell: int = 8) -> pd.DataFrame:
    """A few seed rows of every (language, label) pair, picked deterministically."""
    seed = pd.read_csv(SEED, keep_default_na=False)
    return seed.groupby(["lang", "label"]).sample(per_cell, random_state=0).reset_index(drop=True)


@pytest.fixture(scope="module")
def fitted() -> tuple[MentionClassifier, pd.DataFrame, MemoryCache]:
    data = small_dataset()
    cache = MemoryCache()
    model = MentionClassifier(cv_folds=3).fit(list(data["text"]), list(data["label"]),
                                              langs=list(data["lang"]), cache=cache)
    return model, data, cache


def test_init_only_stores_params_and_clones():
    model = MentionClassifier(C=2.0, use_lexicon=False)
    assert model.get_params()["C"] == 2.0
    copy = clone(model)
    assert copy.get_params() == model.get_params()
    assert not hasattr(copy, "heads_")


def test_fit_predict_shapes(fitted):
    model, data, cache = fitted
    assert list(model.classes_) == sorted(CATEGORIES)
    scores = model.score_texts(list(data["text"][:5]), cache=cache)
    assert scores.shape == (5, 5)
    assert scores[["p_complaint", "p_disrespectful", "p_founded"]].stack().between(0, 1).all()
    predicted = model.predict(list(data["text"]), langs=list(data["lang"]), cache=cache)
    assert set(predicted) <= set(CATEGORIES)
    assert np.mean(predicted == data["label"].to_numpy()) > 0.8


def test_score_texts_columns_and_consistency(fitted):
    model, data, cache = fitted
    scores = model.score_texts(list(data["text"]), langs=list(data["lang"]), cache=cache)
    assert list(scores.columns) == ["category", "p_complaint", "p_disrespectful", "p_founded", "founded"]
    assert len(scores) == len(data)
    assert ((scores["p_disrespectful"] >= 0.5) == (scores["category"] == "disrespectful")).all()
    founded_only = scores["category"] == "founded_complaint"
    assert scores.loc[founded_only, "founded"].all()
    empty = model.score_texts([])
    assert list(empty.columns) == list(scores.columns) and len(empty) == 0


def test_save_load_round_trip(fitted, tmp_path):
    model, data, cache = fitted
    model.save(tmp_path / "v1", metrics={"note": "test"})
    config = json.loads((tmp_path / "v1" / "config.json").read_text(encoding="utf-8"))
    for key in ("embedder", "labels", "thresholds", "library_versions", "metrics", "trained_at", "version"):
        assert key in config
    assert config["version"] == "v1" and config["metrics"] == {"note": "test"}
    assert (tmp_path / "v1" / "head.joblib").is_file() and (tmp_path / "v1" / "README.md").is_file()
    loaded = MentionClassifier.load(tmp_path / "v1")
    assert loaded.version == "v1"
    texts = list(data["text"])
    pd.testing.assert_frame_equal(loaded.score_texts(texts, cache=cache), model.score_texts(texts, cache=cache))


def test_shipped_model_separates_clear_examples():
    model = model_registry.load_current(REPO / "models")
    langs = [lang for lang, _, _ in CLEAR]
    scores = model.score_texts([text for _, text, _ in CLEAR], langs=langs)
    assert list(scores["category"]) == [label for _, _, label in CLEAR]
    assert list(model.predict([text for _, text, _ in CLEAR])) == [label for _, _, label in CLEAR]


def test_lexicon_versions_keep_old_models_features():
    from monitor import lexicon
    v1 = lexicon.lexicon_features(["X é uma quadrilha de trambiqueiros. X = golpe"], version=1)
    v2 = lexicon.lexicon_features(["X é uma quadrilha de trambiqueiros. X = golpe"], version=2)
    assert v1.shape == (1, len(lexicon.FEATURE_NAMES_V1)) and v2.shape == (1, len(lexicon.FEATURE_NAMES))
    names = lexicon.feature_names(2)
    assert v2[0, names.index("insults")] > v1[0, names.index("insults")]
    assert v2[0, names.index("company_label")] > 0
    assert lexicon.lexicon_features(["Funcionária é agredida em assalto; golpe do falso atendente"])[0, names.index("company_label")] == 0


def test_lexicon_v3_separates_failures_from_mere_order_mentions():
    from monitor import lexicon
    names = lexicon.feature_names(3)
    assert lexicon.LEXICON_VERSION == 3 and names[:len(lexicon.FEATURE_NAMES)] == lexicon.FEATURE_NAMES
    texts = ["pedido 123456 não chegou e fui cobrado duas vezes", "el pedido 998877 llegó hoy perfecto, gracias",
             "20% off com o cupom OLA20, frete grátis!", "¿alguien sabe si el pedido 4455 sigue en plazo?",
             "un chorro de ofertas hoy", "son una manga de chorros"]
    f = lexicon.lexicon_features(texts, version=3)
    assert f.shape == (len(texts), len(names))
    col = {n: f[:, names.index(n)] for n in names}
    assert col["failure"][0] > 0 and col["failure"][1] == 0
    assert col["resolved_positive"][1] > 0 and col["resolved_positive"][0] == 0
    assert col["promo"][2] > 0 and col["questions"][3] > 0
    assert col["insults"][4] == 0 and col["insults"][5] > 0
    # version 2 keeps its features exactly (the ambiguous "chorro" stays an insult there)
    assert lexicon.lexicon_features(["un chorro de ofertas hoy"], version=2)[0, names.index("insults")] > 0


def test_targets_with_unknowns_and_tuning_rows():
    """A head learns only from rows that say something about it; only tuning rows calibrate."""
    data = small_dataset(10)
    n = len(data)
    unknown_dis = np.where(data["label"] == "founded_complaint", np.nan,
                           (data["label"] == "disrespectful").astype(float))
    tune = np.arange(n) % 2 == 0
    model = MentionClassifier(cv_folds=3).fit(
        list(data["text"]), list(data["label"]), langs=list(data["lang"]),
        targets={"disrespectful": unknown_dis}, tune=tune, cache=MemoryCache())
    assert model.training_summary_["tuning_rows"] == int(tune.sum())
    assert len(model.oof_categories_) == int(tune.sum())
    with pytest.raises(ValueError, match="rows"):
        MentionClassifier().fit(list(data["text"]), list(data["label"]),
                                targets={"founded": [1.0, 0.0]}, cache=MemoryCache())
    with pytest.raises(ValueError, match="tuning rows"):
        MentionClassifier().fit(list(data["text"]), list(data["label"]),
                                tune=np.zeros(n, dtype=bool), cache=MemoryCache())
