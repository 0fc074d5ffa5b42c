"""Retraining: read and validate label files, train, measure, and promote only if not worse.

Owns label-file parsing, the fixed held-out split, the optional public abuse corpora, metrics
and the `TrainReport`. The estimator is `monitor.classifier`; versions are `monitor.model_registry`.
"""

from __future__ import annotations

import hashlib
import json
import logging
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Sequence

import numpy as np
import pandas as pd
from sklearn.metrics import confusion_matrix, precision_recall_fscore_support

from monitor import model_registry
from monitor.classifier import CATEGORIES, DISRESPECTFUL, OTHER, MentionClassifier, normalise_lang
from monitor.embedding import EmbeddingCache, MemoryCache, normalise_text
from monitor.config import REPO_ROOT
from monitor.errors import InputError
from monitor.tables import read_records

logger = logging.getLogger(__name__)

DEFAULT_SHARED = REPO_ROOT.parent / "shared" / "datasets"
DEFAULT_EVAL = REPO_ROOT / "data" / "eval" / "brand_mentions.csv"
HOLDOUT_PERCENT = 20
# Public Portuguese abuse corpora (see the shared datasets README): they teach what insults look
# like, so they train the disrespectful head only, down-weighted against brand mentions.
SHARED_FILES = {"pt_toldbr.csv": "ToLD-Br", "pt_olidbr_interim.csv": "OLID-BR"}
# The public corpora are used only if they raise cross-validated macro-F1 by more than this: a
# smaller gain is within fold-to-fold noise, and in the 20261123 runs a +0.003 gain came with more
# false insults at the natural mix (disrespectful precision 0.88 vs 0.92).
PUBLIC_MIN_GAIN = 0.005
SHARED_WEIGHT = 0.3
SHARED_LABELS = {"abusive": DISRESPECTFUL, "other": OTHER}
# Finer labels implied by the seed data's `kind` column: (is a complaint, is founded);
# None = unknown. Kinds not listed here fall back to the category.
KIND_FINE_LABELS: dict[str, tuple[float | None, float | None]] = {
    "polite_baseless": (1, 0), "vague_baseless": (1, 0), "sarcasm_vague": (1, 0),
    "complaint_with_insult": (1, 1), "insult_company": (1, 0), "insult_product": (1, 0),
    "insult_staff": (1, 0), "profanity_at_company": (1, 0), "allcaps_insult": (1, 0),
    "short_insult": (1, 0), "generic_ref_insult": (1, 0), "contempt": (1, 0), "threat": (1, 0),
    "boycott_slogan": (1, 0),
    "slur": (1, 0), "sarcasm_insult": (1, 0), "insult_customers": (0, 0),
    "mixed_praise_insult": (None, 0),
}


@dataclass
class TrainReport:
    """What a training run did and measured; `to_text()` is what `monitor train` prints."""

    version: str
    promoted: bool
    reason: str
    previous_version: str | None
    rows: dict[str, int]
    heldout: dict[str, Any]
    previous_heldout: dict[str, Any] | None
    cross_validation: dict[str, Any]
    natural_mix: dict[str, Any] | None = None
    shared_heldout: dict[str, Any] | None = None
    duration_s: float = 0.0
    model_dir: Path | None = None
    notes: list[str] = field(default_factory=list)

    def to_text(self) -> str:
        lines = [f"trained {self.version} in {self.duration_s:.0f}s on "
                 + ", ".join(f"{k} {v}" for k, v in self.rows.items())]
        lines.append(f"cross-validated macro-F1 {self.cross_validation['macro_f1']:.3f}"
                     f" ({self.cross_validation['folds']} folds, training split)")
        lines.append(f"held-out macro-F1 {self.heldout['macro_f1']:.3f} on {self.heldout['n']} rows"
                     + (f" (current {self.previous_version}: {self.previous_heldout['macro_f1']:.3f})"
                        if self.previous_heldout else ""))
        lines.append(_format_metrics(self.heldout))
        if self.natural_mix:
            lines.append(f"natural-mix evaluation ({self.natural_mix['file']}, {self.natural_mix['n']} rows):")
            lines.append(_format_metrics(self.natural_mix))
        if self.shared_heldout:
            lines.append("public abuse corpora, held-out rows (disrespectful vs other): " + ", ".join(
                f"{name} P {m['precision']:.2f} R {m['recall']:.2f} F1 {m['f1']:.2f} (n={m['n']})"
                for name, m in self.shared_heldout.items()))
        lines.extend(self.notes)
        lines.append(("PROMOTED: " if self.promoted else "NOT PROMOTED: ") + self.reason)
        return "\n".join(lines)

    def to_dict(self) -> dict[str, Any]:
        return {"version": self.version, "promoted": self.promoted, "reason": self.reason,
                "previous_version": self.previous_version, "rows": self.rows,
                "heldout": self.heldout, "previous_heldout": self.previous_heldout,
                "cross_validation": self.cross_validation, "natural_mix": self.natural_mix,
                "shared_heldout": self.shared_heldout, "duration_s": round(self.duration_s, 1)}


def _format_metrics(m: dict[str, Any]) -> str:
    out = ["  class              P     R     F1    n"]
    for c in CATEGORIES:
        s = m["per_class"][c]
        out.append(f"  {c:<17} {s['precision']:.2f}  {s['recall']:.2f}  {s['f1']:.2f}  {s['support']}")
    per_lang = "  ".join(f"{lang} {v['macro_f1']:.3f}" for lang, v in m["per_lang"].items())
    out.append(f"  macro-F1 per language: {per_lang}")
    out.append("  confusion (rows true, cols predicted; " + ", ".join(CATEGORIES) + "): "
               + json.dumps(m["confusion"]))
    return "\n".join(out)


# ---- reading label files --------------------------------------------------------------------

def read_label_file(path: Path) -> pd.DataFrame:
    """Rows (text, label, lang, kind, row) of a CSV or JSONL label file, validated.

    Raises InputError naming the file, the 1-based line and the field for an unreadable file,
    a missing column, text that is not UTF-8, an empty text or an unknown label.
    """
    path = Path(path)
    return _validate(path, read_records(path, lower_keys=True))


def _validate(source: Path | str, records: list[tuple[int, dict[str, Any]]]) -> pd.DataFrame:
    rows = []
    for line, record in records:
        for column in ("text", "label"):
            if column not in record:
                raise InputError(source, line, column, "missing field")
        text = "" if record["text"] is None else str(record["text"])
        if not text.strip():
            raise InputError(source, line, "text", "empty text")
        label = str(record["label"] or "").strip().lower()
        if label not in CATEGORIES:
            raise InputError(source, line, "label",
                             f"unknown label {record['label']!r} (expected one of {', '.join(CATEGORIES)})")
        rows.append({"text": text, "label": label, "lang": normalise_lang(record.get("lang")),
                     "kind": str(record.get("kind") or ""), "row": line, "source": str(source)})
    return pd.DataFrame(rows, columns=["text", "label", "lang", "kind", "row", "source"])


def read_labels(label_files: Sequence[Path], extra_labels: pd.DataFrame | None = None) -> pd.DataFrame:
    """All label rows, later files (then `extra_labels`) overriding earlier ones for the same text."""
    frames = [read_label_file(Path(f)) for f in label_files]
    if extra_labels is not None and len(extra_labels):
        records = [(i + 1, {k: v for k, v in row.items() if not _is_missing(v)})
                   for i, row in enumerate(extra_labels.to_dict("records"))]
        frames.append(_validate("board corrections", records))
    if not frames:
        raise InputError("label files", None, None, "no label files given")
    labels = pd.concat(frames, ignore_index=True)
    labels["key"] = labels["text"].map(normalise_text)
    return labels.drop_duplicates("key", keep="last").reset_index(drop=True)


def _is_missing(value: Any) -> bool:
    return value is None or (isinstance(value, float) and np.isnan(value))


def is_heldout(text: str, percent: int = HOLDOUT_PERCENT) -> bool:
    """Fixed split by text hash: a text is held out in every run, for every model version."""
    digest = hashlib.sha1(normalise_text(text).encode("utf-8")).hexdigest()
    return int(digest[:8], 16) % 100 < percent


def read_shared_datasets(shared_datasets: Path | None) -> pd.DataFrame:
    """The public abuse corpora present in `shared_datasets` as (text, label, lang, corpus) rows."""
    if shared_datasets is None or not Path(shared_datasets).is_dir():
        return pd.DataFrame(columns=["text", "label", "lang", "corpus"])
    frames = []
    for file_name, corpus in SHARED_FILES.items():
        path = Path(shared_datasets) / file_name
        if not path.is_file():
            continue
        frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
        frame = frame[frame["label"].isin(SHARED_LABELS) & (frame["text"].str.strip() != "")]
        if "orig_label" in frame:
            frame = frame[~frame["orig_label"].map(_is_profanity_only)]
        frames.append(pd.DataFrame({"text": frame["text"], "label": frame["label"].map(SHARED_LABELS),
                                    "lang": frame.get("lang", "pt"), "corpus": corpus}))
    if not frames:
        return pd.DataFrame(columns=["text", "label", "lang", "corpus"])
    return pd.concat(frames, ignore_index=True)


def _is_profanity_only(orig_label: str) -> bool:
    """ToLD-Br rows flagged only as "obscene": profanity not aimed at anyone. This product
    calls profanity used as emphasis not disrespectful, so those rows would teach the wrong rule."""
    _, _, categories = str(orig_label).partition(";")
    return categories.strip() == "obscene"


# ---- metrics --------------------------------------------------------------------------------

def category_metrics(y_true: Sequence[str], y_pred: Sequence[str], langs: Sequence[str]) -> dict[str, Any]:
    """Per-class and per-language precision/recall/F1, macro-F1 and the confusion matrix."""
    y_true, y_pred, langs = np.asarray(y_true), np.asarray(y_pred), np.asarray(langs)

    def block(t: np.ndarray, p: np.ndarray) -> dict[str, Any]:
        prec, rec, f1, support = precision_recall_fscore_support(
            t, p, labels=list(CATEGORIES), zero_division=0)
        return {
            "n": int(len(t)),
            "macro_f1": float(np.mean(f1)),
            "per_class": {c: {"precision": round(float(prec[i]), 4), "recall": round(float(rec[i]), 4),
                              "f1": round(float(f1[i]), 4), "support": int(support[i])}
                          for i, c in enumerate(CATEGORIES)},
            "confusion": confusion_matrix(t, p, labels=list(CATEGORIES)).tolist(),
        }

    if not len(y_true):
        empty = {c: {"precision": 0.0, "recall": 0.0, "f1": 0.0, "support": 0} for c in CATEGORIES}
        return {"n": 0, "macro_f1": 0.0, "per_class": empty, "confusion": [[0] * 3] * 3, "per_lang": {}}
    result = block(y_true, y_pred)
    result["per_lang"] = {lang: block(y_true[langs == lang], y_pred[langs == lang])
                          for lang in sorted(set(langs)) if (langs == lang).sum()}
    return result


def binary_metrics(truth: np.ndarray, predicted: np.ndarray) -> dict[str, Any]:
    """Precision, recall and F1 of boolean predictions against boolean truth."""
    prec, rec, f1, _ = precision_recall_fscore_support(truth, predicted, average="binary", zero_division=0)
    return {"precision": round(float(prec), 4), "recall": round(float(rec), 4),
            "f1": round(float(f1), 4), "n": int(len(truth))}


def evaluate(model: MentionClassifier, frame: pd.DataFrame,
             cache: EmbeddingCache | None = None) -> dict[str, Any]:
    """`category_metrics` of `model` on a (text, label, lang) frame."""
    predicted = model.predict(list(frame["text"]), langs=list(frame["lang"]), cache=cache)
    return category_metrics(frame["label"], predicted, frame["lang"])


def read_eval_file(path: Path) -> pd.DataFrame:
    """A validated (text, label, lang) evaluation file, e.g. data/eval/brand_mentions.csv."""
    labels = read_label_file(path)
    return labels[["text", "label", "lang"]]


# ---- training -------------------------------------------------------------------------------

def _fine_labels(kinds: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    complaint = np.full(len(kinds), np.nan)
    founded = np.full(len(kinds), np.nan)
    for i, kind in enumerate(kinds):
        c, f = KIND_FINE_LABELS.get(kind, (None, None))
        complaint[i] = np.nan if c is None else c
        founded[i] = np.nan if f is None else f
    return complaint, founded


def _cv_macro_f1(model: MentionClassifier, train: pd.DataFrame) -> float:
    """Macro-F1 of the out-of-fold categories the model computed while tuning its thresholds."""
    return category_metrics(train["label"], model.oof_categories_, train["lang"])["macro_f1"]


def fit_model(train: pd.DataFrame, shared: pd.DataFrame | None = None, embedder_spec: str | None = None,
              cache: EmbeddingCache | None = None, shared_weight: float = SHARED_WEIGHT,
              **params: Any) -> MentionClassifier:
    """Fit a `MentionClassifier` on brand-mention labels plus (optionally) the abuse corpora."""
    complaint, founded = _fine_labels(train["kind"] if "kind" in train else pd.Series([""] * len(train)))
    texts, labels, langs = list(train["text"]), list(train["label"]), list(train["lang"])
    weight = [1.0] * len(train)
    auxiliary = [False] * len(train)
    if shared is not None and len(shared):
        texts += list(shared["text"])
        labels += list(shared["label"])
        langs += list(shared["lang"])
        weight += [shared_weight] * len(shared)
        auxiliary += [True] * len(shared)
        complaint = np.concatenate([complaint, np.full(len(shared), np.nan)])
        founded = np.concatenate([founded, np.full(len(shared), np.nan)])
    if embedder_spec:
        params["embedder"] = embedder_spec
    model = MentionClassifier(**params)
    return model.fit(texts, labels, langs=langs, sample_weight=weight, complaint=complaint,
                     founded=founded, auxiliary=auxiliary, cache=cache)


def train_model(label_files: list[Path], models_dir: Path, shared_datasets: Path | None = DEFAULT_SHARED,
                force: bool = False, embedder_spec: str | None = None,
                extra_labels: pd.DataFrame | None = None, *, eval_file: Path | None = DEFAULT_EVAL,
                cache: EmbeddingCache | None = None, card: str | None = None) -> TrainReport:
    """Train a new version, compare it with the current one on the same held-out rows, and make
    it current only if its macro-F1 is not lower (or `force`). Every version is kept on disk.

    Rows whose text hash falls in the fixed 20 % held-out split are never trained on, by any
    version, so the comparison is fair. `shared_datasets` may be None or missing (seed only).
    """
    started = time.monotonic()
    models_dir = Path(models_dir)
    cache = cache if cache is not None else MemoryCache()
    labels = read_labels(label_files, extra_labels)
    heldout_mask = labels["text"].map(is_heldout)
    train, heldout = labels[~heldout_mask], labels[heldout_mask]
    if train["label"].nunique() < len(CATEGORIES) or len(train) < 10:
        raise InputError(", ".join(map(str, label_files)) or "labels", None, "label",
                         "need at least 10 training rows covering all three labels")
    shared = read_shared_datasets(shared_datasets)
    shared_mask = shared["text"].map(is_heldout) if len(shared) else pd.Series([], dtype=bool)
    shared_train = shared[~shared_mask]
    if len(shared_train):
        shared_train = shared_train[~shared_train["text"].map(normalise_text).isin(set(labels["key"]))]

    model = fit_model(train, None, embedder_spec, cache)
    cv_f1 = _cv_macro_f1(model, train)
    notes = []
    if len(shared_train):
        # Whether the public corpora help is measured on brand mentions every time, not assumed.
        with_public = fit_model(train, shared_train, embedder_spec, cache)
        cv_public = _cv_macro_f1(with_public, train)
        use_public = cv_public > cv_f1 + PUBLIC_MIN_GAIN
        notes.append(f"public abuse corpora ({len(shared_train)} rows): cross-validated macro-F1 "
                     f"{cv_public:.3f} with, {cv_f1:.3f} without -> "
                     + ("used" if use_public else "not used (they did not help on brand mentions by more "
                                                    f"than {PUBLIC_MIN_GAIN})"))
        if use_public:
            model, cv_f1 = with_public, cv_public
    if not model.training_summary_.get("auxiliary_rows"):
        shared_train = shared_train.iloc[:0]
    cross_validation = {"folds": model.cv_folds, "macro_f1": cv_f1, "n": len(train)}

    heldout_metrics = evaluate(model, heldout, cache) if len(heldout) else category_metrics([], [], [])
    previous_version = model_registry.current_version(models_dir)
    previous_metrics = None
    if previous_version is not None:
        try:
            previous = model_registry.load_version(models_dir, previous_version)
            previous_metrics = evaluate(previous, heldout, cache) if len(heldout) else None
        except Exception as exc:  # a broken or incompatible old version must not block training
            logger.warning("could not evaluate current model %s: %s", previous_version, exc)

    natural = None
    if eval_file is not None and Path(eval_file).is_file():
        eval_frame = read_eval_file(Path(eval_file))
        natural = {"file": Path(eval_file).name, **evaluate(model, eval_frame, cache)}
    shared_heldout = None
    if len(shared) and shared_mask.any():
        shared_heldout = {}
        for corpus, rows in shared[shared_mask].groupby("corpus"):
            predicted = model.predict(list(rows["text"]), langs=list(rows["lang"]), cache=cache)
            shared_heldout[corpus] = binary_metrics(rows["label"].to_numpy() == DISRESPECTFUL,
                                                    predicted == DISRESPECTFUL)

    new_f1 = heldout_metrics["macro_f1"]
    if previous_metrics is None:
        promoted, reason = True, "no comparable current model"
    elif new_f1 + 1e-9 >= previous_metrics["macro_f1"]:
        promoted, reason = True, f"held-out macro-F1 {new_f1:.3f} >= current {previous_metrics['macro_f1']:.3f}"
    elif force:
        promoted, reason = True, (f"forced, although held-out macro-F1 {new_f1:.3f} < current "
                                  f"{previous_metrics['macro_f1']:.3f}")
    else:
        promoted, reason = False, (f"held-out macro-F1 {new_f1:.3f} < current {previous_version} "
                                   f"{previous_metrics['macro_f1']:.3f}; kept the current model "
                                   "(use --force to promote anyway)")

    version = model_registry.new_version_name(models_dir)
    rows = {"labelled": len(labels), "trained": len(train), "held out": len(heldout),
            "public abuse rows": len(shared_train)}
    report = TrainReport(version=version, promoted=promoted, reason=reason,
                         previous_version=previous_version, rows=rows, heldout=heldout_metrics,
                         previous_heldout=previous_metrics, cross_validation=cross_validation,
                         natural_mix=natural, shared_heldout=shared_heldout, notes=notes)
    report.duration_s = time.monotonic() - started
    metrics = report.to_dict()
    metrics.pop("version"), metrics.pop("promoted"), metrics.pop("reason")
    report.model_dir = model.save(models_dir / version, version=version, metrics=metrics,
                                  card=card or model_card(report, model))
    if promoted:
        model_registry.use_version(models_dir, version)
    logger.info("trained %s (promoted=%s): %s", version, promoted, reason)
    return report


def model_card(report: TrainReport, model: MentionClassifier) -> str:
    """Markdown model card for one version: data, metrics per class and language, thresholds."""
    lines = [f"# Mention classifier {report.version}", "",
             f"Embedder `{model.embedder}` + char {tuple(model.ngram_range)}-gram TF-IDF"
             + (" + cue lexicon" if model.use_lexicon else "")
             + "; one calibrated logistic-regression head per judgement.", "",
             "Rows: " + ", ".join(f"{k} {v}" for k, v in report.rows.items()) + ".", ""]
    if report.rows.get("public abuse rows") or report.shared_heldout:
        use = "trains an abuse score used by the disrespectful head" if report.rows.get(
            "public abuse rows") else "was used for evaluation only"
        lines += [f"Public data ({use}; no texts are included here): ToLD-Br (Leite et al., "
                  "AACL 2020, CC BY-SA 4.0) and OLID-BR (Trajano et al., Apache-2.0).", ""]
    lines += [f"- {note}" for note in report.notes] + ([""] if report.notes else [])
    lines += ["## Held-out split (20 % of labelled rows by text hash, never trained on)", "",
              _markdown_metrics(report.heldout)]
    if report.natural_mix:
        lines += ["## Natural mix (" + report.natural_mix["file"] + ")", "", _markdown_metrics(report.natural_mix)]
    if report.shared_heldout:
        lines += ["## Public abuse corpora, held-out rows (disrespectful vs other)", "",
                  "| corpus | P | R | F1 | n |", "|---|---|---|---|---|"]
        lines += [f"| {c} | {m['precision']:.2f} | {m['recall']:.2f} | {m['f1']:.2f} | {m['n']} |"
                  for c, m in report.shared_heldout.items()]
        lines.append("")
    lines += ["## Thresholds", "", "Calibrated probability at which each head says yes ('*' = any "
              "language); the p_* scores map this point to 0.5.", "", "```",
              json.dumps(model.thresholds_, indent=2), "```", "",
              f"Training took {report.duration_s:.0f}s. {report.reason}.", ""]
    return "\n".join(lines)


def _markdown_metrics(m: dict[str, Any]) -> str:
    out = ["| language | class | precision | recall | F1 | n |", "|---|---|---|---|---|---|"]
    for lang, block in [("all", m), *m["per_lang"].items()]:
        for c in CATEGORIES:
            s = block["per_class"][c]
            out.append(f"| {lang} | {c} | {s['precision']:.2f} | {s['recall']:.2f} | {s['f1']:.2f} | {s['support']} |")
    out += ["", "Macro-F1: " + ", ".join(
        [f"all {m['macro_f1']:.3f}"] + [f"{lang} {b['macro_f1']:.3f}" for lang, b in m["per_lang"].items()]), ""]
    return "\n".join(out)
