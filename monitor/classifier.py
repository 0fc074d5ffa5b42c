"""`MentionClassifier`: sentence embeddings + character n-grams + cue lexicon -> three judgements.

Owns the features, the three heads (complaint, disrespectful, founded), their calibration and the
precision-tuned thresholds. Its files are `monitor.model_files`; training data, evaluation and
versions live in `monitor.training` and `monitor.model_registry`.
"""

from __future__ import annotations

import logging
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Mapping, Sequence

import numpy as np
import pandas as pd
from scipy import sparse
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold
from sklearn.utils.validation import check_is_fitted

from monitor import embedding, lexicon
from monitor.text import LANGS, normalise_lang, normalise_text

logger = logging.getLogger(__name__)

FOUNDED, DISRESPECTFUL, OTHER = "founded_complaint", "disrespectful", "other"
CATEGORIES = (FOUNDED, DISRESPECTFUL, OTHER)
HEADS = ("complaint", "disrespectful", "founded")
# Share of each category among real brand mentions; thresholds are tuned for precision at this mix.
NATURAL_MIX = {OTHER: 0.70, FOUNDED: 0.20, DISRESPECTFUL: 0.10}
MIN_POSITIVES_PER_LANG = 15
def head_targets(y: Sequence[str], given: Mapping[str, Sequence[float]] | None = None
                 ) -> dict[str, np.ndarray]:
    """Per-head 0/1 targets (NaN = unknown: the row does not teach that head).

    Derived from the categories unless `given` has the head: a disrespectful post may or may not
    name a grievance, so its `founded` and `complaint` are unknown; `other` may hold vague
    complaints, so only founded ones count as complaints. A given head is used as it is.
    """
    y = np.asarray(y, dtype=object)
    targets = {
        "disrespectful": (y == DISRESPECTFUL).astype(float),
        "founded": np.where(y == FOUNDED, 1.0, np.where(y == OTHER, 0.0, np.nan)),
        "complaint": np.where(y == FOUNDED, 1.0, np.where(y == OTHER, 0.0, np.nan)),
    }
    for name, values in (given or {}).items():
        if name not in targets:
            raise ValueError(f"unknown head {name!r}; expected one of {HEADS}")
        values = np.asarray(values, dtype=float)
        if values.shape != targets[name].shape:
            raise ValueError(f"targets[{name!r}] has {values.size} rows, expected {y.size}")
        targets[name] = values
    return targets


def _fbeta_threshold(p: np.ndarray, target: np.ndarray, weight: np.ndarray, beta: float,
                     also: np.ndarray | None = None) -> float:
    """Threshold on `p` maximising weighted F-beta of (p >= t) [& also] against `target`."""
    candidates = np.unique(np.quantile(p, np.linspace(0.0, 1.0, 201)))
    best_t, best_f = 0.5, -1.0
    b2 = beta * beta
    for t in candidates:
        pred = p >= t
        if also is not None:
            pred &= also
        tp = np.sum(weight * (pred & (target == 1)))
        fp = np.sum(weight * (pred & (target == 0)))
        fn = np.sum(weight * (~pred & (target == 1)))
        denom = (1 + b2) * tp + b2 * fn + fp
        f = (1 + b2) * tp / denom if denom > 0 else 0.0
        if f > best_f + 1e-9:
            best_t, best_f = float(t), f
    return best_t


def _align(p: np.ndarray, threshold: np.ndarray) -> np.ndarray:
    """Monotone map of [0,1] onto [0,1] that sends `threshold` to 0.5 (order is preserved)."""
    t = np.clip(threshold, 1e-6, 1 - 1e-6)
    return np.where(p < t, 0.5 * p / t, 0.5 + 0.5 * (p - t) / (1 - t))


class MentionClassifier(ClassifierMixin, BaseEstimator):
    """Scores brand mentions as founded complaints, disrespectful, or other.

    Features: L2-normalised sentence embeddings (`embedder` spec, see `monitor.embedding`),
    char n-gram TF-IDF and lexicon cue counts, stacked into one sparse matrix. Heads: one
    logistic regression per judgement, trained on every row that says something about it.
    Calibration and thresholds come from out-of-fold scores of the *tuning* rows (real posts at
    their natural mix, see `fit`), F-beta thresholds per head (`threshold_beta`, 0.7: a false
    alarm costs a person's attention, so precision counts more; `disrespectful_beta` for
    disrespect, 1.0), per language if `per_language_thresholds`. `lexicon_version` picks the
    cue lexicon (see `monitor.lexicon`; models saved before it existed load as version 1).
    """

    def __init__(self, embedder: str = embedding.DEFAULT_SPEC, use_tfidf: bool = True,
                 use_lexicon: bool = True, ngram_range: tuple[int, int] = (3, 4),
                 max_tfidf_features: int = 60_000, embedding_weight: float = 1.0,
                 lexicon_weight: float = 1.0, C: float = 1.0, cv_folds: int = 5,
                 threshold_beta: float = 0.7, per_language_thresholds: bool = True,
                 natural_mix: Mapping[str, float] | None = None,
                 lexicon_version: int = lexicon.LEXICON_VERSION,
                 disrespectful_beta: float | None = 2.0, random_state: int = 0):
        self.embedder = embedder
        self.use_tfidf = use_tfidf
        self.use_lexicon = use_lexicon
        self.ngram_range = ngram_range
        self.max_tfidf_features = max_tfidf_features
        self.embedding_weight = embedding_weight
        self.lexicon_weight = lexicon_weight
        self.C = C
        self.cv_folds = cv_folds
        self.threshold_beta = threshold_beta
        self.per_language_thresholds = per_language_thresholds
        self.natural_mix = natural_mix
        self.lexicon_version = lexicon_version
        self.disrespectful_beta = disrespectful_beta
        self.random_state = random_state

    # ---- features -----------------------------------------------------------------------

    def get_embedder(self) -> embedding.Embedder:
        """The loaded embedder for this model's spec (shared per process)."""
        return embedding.get_embedder(self.embedder)

    def _features(self, texts: Sequence[str], cache: embedding.EmbeddingCache | None,
                  fit: bool = False) -> sparse.csr_matrix:
        """Stacked feature matrix; with `fit` the TF-IDF vocabulary is learnt from `texts`."""
        blocks = []
        if self.embedding_weight > 0:
            vectors = embedding.embed(self.get_embedder(), texts, cache)
            blocks.append(sparse.csr_matrix(vectors * np.float32(self.embedding_weight)))
        if self.use_tfidf:
            normalised = [normalise_text(t) for t in texts]
            if fit:
                self.vectorizer_ = TfidfVectorizer(
                    analyzer="char_wb", ngram_range=tuple(self.ngram_range), min_df=2,
                    max_features=self.max_tfidf_features, sublinear_tf=True, lowercase=False,
                    dtype=np.float32)
                self.vectorizer_.fit(normalised)
                # Pruned terms are kept only for introspection and would bloat the artifact.
                self.vectorizer_.stop_words_ = None
            blocks.append(self.vectorizer_.transform(normalised))
        if self.use_lexicon:
            cues = lexicon.lexicon_features(texts, self.lexicon_version) * np.float32(self.lexicon_weight)
            blocks.append(sparse.csr_matrix(cues))
        if not blocks:
            raise ValueError("no features: enable embeddings, TF-IDF or the lexicon")
        return sparse.hstack(blocks, format="csr", dtype=np.float32)

    def _new_head(self) -> LogisticRegression:
        return LogisticRegression(C=self.C, class_weight="balanced", max_iter=3000,
                                  solver="liblinear")

    # ---- training -----------------------------------------------------------------------

    def fit(self, texts: Sequence[str], y: Sequence[str], *, langs: Sequence[str] | None = None,
            sample_weight: Sequence[float] | None = None,
            targets: Mapping[str, Sequence[float]] | None = None,
            tune: Sequence[bool] | None = None, reweight_tuning: bool | None = None,
            cache: embedding.EmbeddingCache | None = None) -> "MentionClassifier":
        """Fit the features and heads, then calibrate and tune thresholds out of fold.

        Args:
            y: category per text (founded_complaint / disrespectful / other).
            targets: per-head 0/1 labels with NaN for "this row does not say" (see
                `head_targets`), e.g. a complaint corpus says nothing about insults.
            tune: rows that decide calibration and thresholds, from their out-of-fold scores:
                real posts at their natural mix. Other rows only train the heads. Without it,
                every row tunes.
            reweight_tuning: weight the tuning rows to `natural_mix` (for written data, whose
                mix its author chose); default: only when `tune` is not given.
        """
        texts = [str(t) for t in texts]
        y = np.asarray(list(y), dtype=object)
        unknown = sorted(set(y) - set(CATEGORIES))
        if unknown:
            raise ValueError(f"unknown labels {unknown}; expected one of {CATEGORIES}")
        n = len(texts)
        langs_ = np.array([normalise_lang(l) for l in (langs if langs is not None else [""] * n)])
        weight = np.ones(n) if sample_weight is None else np.asarray(sample_weight, dtype=float)
        head_y = head_targets(y, targets)
        tune_ = np.ones(n, dtype=bool) if tune is None else np.asarray(tune, dtype=bool)
        if tune_.sum() < 6 or len(np.unique(y[tune_])) < 2:
            raise ValueError("need at least 6 tuning rows with two or more categories")
        reweight = tune is None if reweight_tuning is None else bool(reweight_tuning)

        X = self._features(texts, cache, fit=True)
        oof = self._out_of_fold(X, head_y, weight, tune_, y)
        self.heads_ = {}
        for name in HEADS:
            known = ~np.isnan(head_y[name])
            self.heads_[name] = self._new_head().fit(X[known], head_y[name][known].astype(int),
                                                     sample_weight=weight[known])
        self._calibrate_and_tune({k: v[tune_] for k, v in oof.items()}, y[tune_], langs_[tune_],
                                 {k: v[tune_] for k, v in head_y.items()}, reweight)
        self.classes_ = np.array(sorted(CATEGORIES))
        self.n_features_in_ = X.shape[1]
        self.trained_at_ = datetime.now(timezone.utc).isoformat(timespec="seconds")
        self.training_summary_ = {
            "rows": int(n), "tuning_rows": int(tune_.sum()),
            "labels": {c: int(np.sum(y == c)) for c in CATEGORIES},
            "langs": {l: int(np.sum(langs_ == l)) for l in sorted(set(langs_))},
        }
        return self

    def _out_of_fold(self, X: sparse.csr_matrix, targets: dict[str, np.ndarray], weight: np.ndarray,
                     tune: np.ndarray, y: np.ndarray) -> dict[str, np.ndarray]:
        """Decision values of each head for every tuning row, from heads that did not see it.

        Rows that only train (public corpora) are in every fold's training part."""
        tuning = np.flatnonzero(tune)
        always = np.flatnonzero(~tune)
        smallest = min(np.sum(y[tuning] == c) for c in np.unique(y[tuning]))
        n_splits = max(2, min(self.cv_folds, smallest))
        folds = StratifiedKFold(n_splits=n_splits, shuffle=True, random_state=self.random_state)
        oof = {name: np.full(len(y), np.nan) for name in HEADS}
        for train_idx, test_idx in folds.split(tuning, y[tuning]):
            rows = np.concatenate([always, tuning[train_idx]])
            for name in HEADS:
                t = targets[name][rows]
                known = ~np.isnan(t)
                if len(np.unique(t[known])) < 2:
                    continue
                head = self._new_head().fit(X[rows[known]], t[known].astype(int),
                                            sample_weight=weight[rows[known]])
                oof[name][tuning[test_idx]] = head.decision_function(X[tuning[test_idx]])
        return oof

    def _calibrate_and_tune(self, oof: dict[str, np.ndarray], y: np.ndarray, langs: np.ndarray,
                            targets: dict[str, np.ndarray], reweight: bool) -> None:
        """Platt-scale each head and pick its thresholds on the tuning rows' out-of-fold scores.

        With `reweight` the rows are weighted to the natural mix (written data); otherwise
        they are real posts and count as they are."""
        mix = dict(self.natural_mix or NATURAL_MIX)
        natural = np.ones(len(y))
        if reweight:
            for lang in np.unique(langs):
                in_lang = langs == lang
                for category in CATEGORIES:
                    rows = in_lang & (y == category)
                    if rows.any():
                        natural[rows] = mix.get(category, 0.0) * in_lang.sum() / rows.sum()
        self.calibrators_, self.thresholds_ = {}, {}
        calibrated = {}
        for name in HEADS:
            target = targets[name]
            known = ~np.isnan(target) & ~np.isnan(oof[name])
            platt = LogisticRegression(C=1e4, solver="lbfgs")
            if len(np.unique(target[known])) == 2:
                platt.fit(oof[name][known].reshape(-1, 1), target[known].astype(int),
                          sample_weight=natural[known])
                self.calibrators_[name] = (float(platt.coef_[0, 0]), float(platt.intercept_[0]))
            else:
                self.calibrators_[name] = (1.0, 0.0)
            a, b = self.calibrators_[name]
            calibrated[name] = 1.0 / (1.0 + np.exp(-(a * np.nan_to_num(oof[name]) + b)))
        # Category-level tuning: disrespectful first, then founded among the rest; the
        # complaint head on its own target. Unknown targets (NaN) count as negatives only
        # where the category says so (a disrespectful row is not a founded_complaint).
        category_targets = {
            "disrespectful": (y == DISRESPECTFUL).astype(int),
            "founded": (y == FOUNDED).astype(int),
            "complaint": np.nan_to_num(targets["complaint"], nan=-1).astype(int),
        }
        for name in ("disrespectful", "founded", "complaint"):
            per_lang = {}
            usable = ~np.isnan(oof[name]) & (category_targets[name] >= 0)

            def tune(rows: np.ndarray) -> float:
                also = None
                if name == "founded":
                    dis = self.thresholds_["disrespectful"]
                    also = calibrated["disrespectful"][rows] < np.array(
                        [dis.get(l, dis["*"]) for l in langs[rows]])
                beta = self.threshold_beta
                if name == "disrespectful" and self.disrespectful_beta is not None:
                    beta = self.disrespectful_beta
                return _fbeta_threshold(calibrated[name][rows], category_targets[name][rows],
                                        natural[rows], beta, also)

            per_lang["*"] = tune(usable)
            if self.per_language_thresholds:
                for lang in LANGS:
                    rows = usable & (langs == lang)
                    if np.sum(category_targets[name][rows] == 1) >= MIN_POSITIVES_PER_LANG:
                        per_lang[lang] = tune(rows)
            self.thresholds_[name] = per_lang
        dis = calibrated["disrespectful"] >= np.array(
            [self.thresholds_["disrespectful"].get(l, self.thresholds_["disrespectful"]["*"]) for l in langs])
        founded = calibrated["founded"] >= np.array(
            [self.thresholds_["founded"].get(l, self.thresholds_["founded"]["*"]) for l in langs])
        self.oof_categories_ = np.where(dis, DISRESPECTFUL, np.where(founded, FOUNDED, OTHER))

    # ---- inference ----------------------------------------------------------------------

    def _probabilities(self, texts: Sequence[str], cache: embedding.EmbeddingCache | None
                       ) -> dict[str, np.ndarray]:
        check_is_fitted(self, "heads_")
        X = self._features([str(t) for t in texts], cache)
        out = {}
        for name in HEADS:
            a, b = self.calibrators_[name]
            out[name] = 1.0 / (1.0 + np.exp(-(a * self.heads_[name].decision_function(X) + b)))
        return out

    def _thresholds(self, name: str, langs: Sequence[str] | None, n: int) -> np.ndarray:
        table = self.thresholds_[name]
        if langs is None:
            return np.full(n, table["*"])
        return np.array([table.get(normalise_lang(l), table["*"]) for l in langs])

    def predict(self, texts: Sequence[str], langs: Sequence[str] | None = None,
                cache: embedding.EmbeddingCache | None = None) -> np.ndarray:
        """Category per text, using the tuned (per-language when `langs` given) thresholds."""
        return self.score_texts(texts, langs=langs, cache=cache)["category"].to_numpy()

    def score_texts(self, texts: Sequence[str], langs: Sequence[str] | None = None,
                    cache: embedding.EmbeddingCache | None = None) -> pd.DataFrame:
        """One row per text: category, p_complaint, p_disrespectful, p_founded, founded.

        The p_* columns are calibrated probabilities mapped monotonically so that 0.5 is the
        tuned decision threshold for the text's language: p >= 0.5 means "yes".
        """
        texts = list(texts)
        if not texts:
            return pd.DataFrame({"category": pd.Series(dtype=object), "p_complaint": [],
                                 "p_disrespectful": [], "p_founded": [],
                                 "founded": pd.Series(dtype=bool)})
        p = self._probabilities(texts, cache)
        n = len(texts)
        scores = {name: _align(p[name], self._thresholds(name, langs, n)) for name in HEADS}
        is_dis = scores["disrespectful"] >= 0.5
        is_founded = scores["founded"] >= 0.5
        category = np.where(is_dis, DISRESPECTFUL, np.where(is_founded, FOUNDED, OTHER))
        return pd.DataFrame({
            "category": category,
            "p_complaint": scores["complaint"].round(4),
            "p_disrespectful": scores["disrespectful"].round(4),
            "p_founded": scores["founded"].round(4),
            "founded": is_founded,
        })

    # ---- files --------------------------------------------------------------------------

    @property
    def version(self) -> str:
        """Version name given when saved or loaded ("unsaved" before)."""
        return getattr(self, "version_", "unsaved")

    def save(self, directory: str | Path, *, version: str | None = None,
             metrics: Mapping[str, Any] | None = None, card: str | None = None) -> Path:
        """Write config.json, head.joblib and a README.md model card into `directory`."""
        from monitor import model_files

        return model_files.save_model(self, directory, version=version, metrics=metrics, card=card)

    @classmethod
    def load(cls, directory: str | Path, embedder: str | None = None) -> "MentionClassifier":
        """Read a saved model; `embedder` overrides the saved spec (must have the same dim)."""
        from monitor import model_files

        return model_files.load_model(cls, directory, embedder)
