"""How good a classifier is, in the terms its users care about, and those numbers as tables.

Two views. On real posts (the headline): per language, is a complaint recognised as one
(complaint F1 with precision and recall), is disrespect recognised (disrespect F1), and how many
posts that are neither get flagged anyway (false alarms at the natural mix). On any labelled
set: per-class precision/recall/F1, macro-F1 and the confusion matrix.
"""

from __future__ import annotations

from typing import Any, Sequence

import numpy as np
from sklearn.metrics import confusion_matrix, precision_recall_fscore_support

from monitor.classifier import CATEGORIES, DISRESPECTFUL, FOUNDED, OTHER

# Fewer positives than this in a language and its F1 is shown but not used to compare models.
MIN_POSITIVES = 5


def _prf(truth: np.ndarray, predicted: np.ndarray) -> dict[str, Any]:
    p, r, f, _ = precision_recall_fscore_support(truth, predicted, average="binary",
                                                 zero_division=0)
    return {"precision": round(float(p), 4), "recall": round(float(r), 4), "f1": round(float(f), 4),
            "positives": int(truth.sum())}


def real_post_metrics(truth: Sequence[str], predicted: Sequence[str],
                      langs: Sequence[str]) -> dict[str, Any]:
    """Complaint and disrespect P/R/F1 and the false-alarm share, overall and per language.

    A complaint is a `founded_complaint` category (the real labels call a complaint only a
    post that says what went wrong); disrespect is the `disrespectful` category. A false alarm
    is an `other` post given either.
    """
    truth, predicted, langs = np.asarray(truth), np.asarray(predicted), np.asarray(langs)

    def block(mask: np.ndarray) -> dict[str, Any]:
        t, p = truth[mask], predicted[mask]
        neither = t == OTHER
        return {"n": int(mask.sum()),
                "complaint": _prf(t == FOUNDED, p == FOUNDED),
                "disrespect": _prf(t == DISRESPECTFUL, p == DISRESPECTFUL),
                "other": _prf(neither, p == OTHER),
                "false_alarms": round(float(np.mean(p[neither] != OTHER)) if neither.any() else 0.0, 4)}

    result = block(np.ones(len(truth), dtype=bool))
    result["per_lang"] = {lang: block(langs == lang) for lang in ("pt", "es", "en")
                          if (langs == lang).any()}
    return result


def one_class_metrics(truth: Sequence[str], predicted: Sequence[str]) -> dict[str, Any]:
    """P/R/F1 of the one class a public corpus labels (founded_complaint or disrespectful)."""
    truth, predicted = np.asarray(truth), np.asarray(predicted)
    positive = DISRESPECTFUL if (truth == DISRESPECTFUL).any() else FOUNDED
    return {"class": positive, "n": int(len(truth)), **_prf(truth == positive, predicted == positive)}


def real_post_score(metrics: dict[str, Any]) -> float:
    """One number to compare models on real posts: the mean, over complaint, disrespect and
    other, of that class's F1 averaged over the languages with at least MIN_POSITIVES of it
    (so flagging everything scores low: the other posts' F1 falls)."""
    per_lang = metrics.get("per_lang") or {}
    parts = []
    for name in ("complaint", "disrespect", "other"):
        scores = [m[name]["f1"] for m in per_lang.values() if m[name]["positives"] >= MIN_POSITIVES]
        if scores:
            parts.append(float(np.mean(scores)))
    return round(float(np.mean(parts)), 4) if parts else 0.0


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


# ---- tables -----------------------------------------------------------------------------------

def _cell(m: dict[str, Any]) -> str:
    return f"{m['f1']:.2f} ({m['precision']:.2f}/{m['recall']:.2f})"


def beside(new: dict[str, Any], current: dict[str, Any] | None):
    """(language, new block, current block or None) per language, then "all"."""
    for lang, block in [*new["per_lang"].items(), ("all", new)]:
        old = current if lang == "all" else (current or {}).get("per_lang", {}).get(lang)
        yield lang, block, old


def real_post_table(new: dict[str, Any], current: dict[str, Any] | None = None,
                    markdown: bool = False) -> str:
    """Per-language complaint and disrespect F1 (P/R), false alarms; the current model beside."""
    header = ["language", "posts", "complaint F1 (P/R)", "disrespect F1 (P/R)", "false alarms"]
    if current:
        header = ["language", "posts", "complaint F1 (P/R)", "current", "disrespect F1 (P/R)",
                  "current", "false alarms", "current"]
    rows = []
    for lang, block, old in beside(new, current):
        row = [lang, str(block["n"]), _cell(block["complaint"])]
        if current:
            row.append(_cell(old["complaint"]) if old else "-")
        row.append(_cell(block["disrespect"]) + ("" if block["disrespect"]["positives"] >= MIN_POSITIVES
                                                 else f" n={block['disrespect']['positives']}"))
        if current:
            row.append(_cell(old["disrespect"]) if old else "-")
        row.append(f"{block['false_alarms']:.0%}")
        if current:
            row.append(f"{old['false_alarms']:.0%}" if old else "-")
        rows.append(row)
    return _render(header, rows, markdown)


def _render(header: list[str], rows: list[list[str]], markdown: bool) -> str:
    """A table as markdown, or as aligned text for the terminal."""
    if markdown:
        return "\n".join(["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
                         + ["| " + " | ".join(r) + " |" for r in rows])
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(header)]
    fmt = "  ".join(f"{{:<{w}}}" for w in widths)
    return "\n".join("  " + fmt.format(*r) for r in [header, *rows])


def other_domains_table(new: dict[str, dict[str, Any]], current: dict[str, dict[str, Any]] | None = None,
                        markdown: bool = False) -> str:
    """Per public corpus: the class it labels, F1 (P/R), and the current model's F1 beside."""
    header = ["corpus", "class", "rows", "F1 (P/R)"] + (["current"] if current else [])
    rows = []
    for name, m in new.items():
        row = [name, "complaint" if m["class"] == FOUNDED else "disrespect", str(m["n"]), _cell(m)]
        if current:
            row.append(_cell(current[name]) if name in current else "-")
        rows.append(row)
    return _render(header, rows, markdown) if rows else ""


def category_table(m: dict[str, Any]) -> str:
    """Per-class P/R/F1 by language and macro-F1, as markdown (for the model card)."""
    out = ["| language | class | precision | recall | F1 | n |", "|---|---|---|---|---|---|"]
    for lang, block in [("all", m), *m["per_lang"].items()]:
        for c in CATEGORIES:
            s = block["per_class"][c]
            out.append(f"| {lang} | {c} | {s['precision']:.2f} | {s['recall']:.2f} | "
                       f"{s['f1']:.2f} | {s['support']} |")
    out += ["", "Macro-F1: " + ", ".join(
        [f"all {m['macro_f1']:.3f}"] + [f"{lang} {b['macro_f1']:.3f}" for lang, b in m["per_lang"].items()])]
    return "\n".join(out)
