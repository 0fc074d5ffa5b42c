"""The shipped model on the report-only independent set (never trained or tuned on): a floor
that catches a regression before it ships. The card reports the exact numbers."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from sklearn.metrics import f1_score, precision_score

from monitor.model_registry import load_current

ROOT = Path(__file__).resolve().parent.parent


def test_shipped_model_generalises_to_the_independent_set():
    data = pd.read_csv(ROOT / "data" / "eval" / "independent.csv")
    model = load_current(ROOT / "models")
    predicted = model.score_texts(list(data["text"]), langs=list(data["lang"]))["category"]
    for lang in ("pt", "es", "en"):
        mask = data["lang"] == lang
        assert f1_score(data["label"][mask], predicted[mask], average="macro") >= 0.85, lang
    alarms = precision_score(data["label"], predicted, labels=["disrespectful"], average=None)[0]
    assert alarms >= 0.85  # what marketing feels: most disrespect alarms must be right
