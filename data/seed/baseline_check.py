#!/usr/bin/env python3
"""Sanity baseline for the seed set: char_wb 2-5 TF-IDF + LogisticRegression.

Reports macro-F1 per language for
  1. random stratified 5-fold CV (optimistic: variants of one template can sit
     on both sides of the split),
  2. GroupKFold by hand-written template (no template shared between train
     and test),
  3. leave-one-kind-out (each sub-variety scored by a model that never saw it),
  4. cross-lingual (train on two languages, test on the third).
Run: python data/seed/baseline_check.py   (needs scikit-learn)
"""
from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

import numpy as np
from joblib import Parallel, delayed
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import classification_report, f1_score
from sklearn.model_selection import GroupKFold, StratifiedKFold
from sklearn.pipeline import make_pipeline

sys.path.insert(0, str(Path(__file__).resolve().parent))
import make_seed  # noqa: E402

LABELS = list(make_seed.LABELS)


def model():
    return make_pipeline(
        TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), min_df=2, sublinear_tf=True),
        LogisticRegression(max_iter=3000, C=4.0, class_weight="balanced"),
    )


def _fit_predict(texts, y, tr, te):
    return te, model().fit(texts[tr], y[tr]).predict(texts[te])


def oof(texts, y, splits):
    """Out-of-fold predictions; folds run in parallel."""
    pred = np.empty(len(y), dtype=object)
    for te, p in Parallel(n_jobs=-1)(delayed(_fit_predict)(texts, y, tr, te) for tr, te in splits):
        pred[te] = p
    return pred


def per_lang(name, y, pred, lang):
    cells = []
    for lg in make_seed.LANGS:
        k = lang == lg
        cells.append(f"{lg}={f1_score(y[k], pred[k], average='macro'):.3f}")
    print(f"{name:<28} macro-F1 all={f1_score(y, pred, average='macro'):.3f}  " + "  ".join(cells))


def main():
    rows = make_seed.generate()
    texts = np.array([r["text"] for r in rows], dtype=object)
    y = np.array([r["label"] for r in rows], dtype=object)
    lang = np.array([r["lang"] for r in rows])
    kind = np.array([f'{r["label"]}/{r["kind"]}' for r in rows])
    tpl = np.array([r["template"] for r in rows])
    print(f"{len(rows)} rows, {len(set(tpl))} templates, {len(set(kind))} label/kind pairs\n")

    strat = list(StratifiedKFold(5, shuffle=True, random_state=0).split(texts, y))
    p_rand = oof(texts, y, strat)
    per_lang("random 5-fold", y, p_rand, lang)

    grp = list(GroupKFold(5).split(texts, y, groups=tpl))
    p_grp = oof(texts, y, grp)
    per_lang("group 5-fold (template)", y, p_grp, lang)
    print("\nper-class, group split:")
    print(classification_report(y, p_grp, labels=LABELS, digits=3))
    print("  weakest kinds under the group split (accuracy):")
    gacc = {k: float((p_grp[kind == k] == y[kind == k]).mean()) for k in set(kind)}
    for k, a in sorted(gacc.items(), key=lambda kv: kv[1])[:15]:
        print(f"    {k:<48} {a:.2f}")
    print()

    # leave-one-kind-out
    idx = np.arange(len(y))
    p_lko = oof(texts, y, [(idx[kind != k], idx[kind == k]) for k in sorted(set(kind))])
    per_lang("leave-one-kind-out", y, p_lko, lang)
    acc = defaultdict(list)
    for k in sorted(set(kind)):
        te = kind == k
        acc[k] = float((p_lko[te] == y[te]).mean())
    worst = sorted(acc.items(), key=lambda kv: kv[1])[:12]
    print("  hardest unseen kinds (accuracy when the kind is held out):")
    for k, a in worst:
        print(f"    {k:<48} {a:.2f}")

    # cross-lingual
    print()
    p_xl = oof(texts, y, [(idx[lang != lg], idx[lang == lg]) for lg in make_seed.LANGS])
    for lg in make_seed.LANGS:
        te = lang == lg
        print(f"cross-lingual train others -> test {lg}: macro-F1 {f1_score(y[te], p_xl[te], average='macro'):.3f}")


if __name__ == "__main__":
    main()
