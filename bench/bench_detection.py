"""Detection speed: re-assess the authors touched by a new batch, pulled from a 1M-mention store.

The store is simulated by a DataFrame plus a pre-grouped index (author key -> row positions,
customer id -> author keys), as an indexed table would serve it. Prints numbers; no assertions.

Run: python bench/bench_detection.py [STORED_MENTIONS] [BATCH] [AUTHORS_TOUCHED]
"""

from __future__ import annotations

import statistics
import sys
import time
from collections import defaultdict

import numpy as np
import pandas as pd

from monitor.coordination import find_coordinated_groups
from monitor.detection import assess_many
from monitor.settings import DetectionSettings

NOW = pd.Timestamp("2026-03-01T12:00:00Z")
PLATFORMS = np.array(["x", "bluesky", "mastodon", "reddit", "youtube"], dtype=object)
CATEGORIES = np.array(["other", "founded_complaint", "disrespectful"], dtype=object)
TEMPLATES = [
    "Veloz order {} arrived late again", "Thanks Veloz, parcel {} came early",
    "Veloz are thieves, boycott them {}", "Pedido {} da Veloz chegou quebrado",
    "Veloz = golpe, bando de ladrões {}", "¿Veloz entrega en Rosario? pedido {}",
    "Veloz charged invoice {} twice", "Nunca más compro en Veloz {}",
]


def make_store(n: int, authors: int, rng: np.random.Generator) -> pd.DataFrame:
    """n scored mentions over 120 days by `authors` accounts with a heavy-tailed activity."""
    heavy = (np.minimum(rng.zipf(1.6, n) - 1, authors - 1) * 7919) % authors
    author = np.where(rng.random(n) < 0.7, rng.integers(0, authors, n), heavy)
    category = rng.choice(CATEGORIES, n, p=[0.8, 0.12, 0.08])
    is_dis = category == "disrespectful"
    is_founded = category == "founded_complaint"
    template = rng.integers(0, len(TEMPLATES), n)
    numbers = rng.integers(1000, 99999, n)
    frame = pd.DataFrame({
        "id": [f"m{i}" for i in range(n)],
        "source": PLATFORMS[author % len(PLATFORMS)],
        "author_key": [f"{PLATFORMS[a % 5]}:{a}" for a in author],
        "customer_id": np.where(author % 20 == 0, [f"C{a // 40}" for a in author], None),
        "text": [TEMPLATES[t].format(k) for t, k in zip(template, numbers)],
        "lang": rng.choice(np.array(["pt", "es", "en"], dtype=object), n),
        "created_at": NOW - pd.to_timedelta(rng.uniform(0.05, 120, n), unit="D"),
        "category": category,
        "p_complaint": np.where(is_dis | is_founded, 0.8, 0.2),
        "p_disrespectful": np.where(is_dis, 0.85, 0.1),
        "p_founded": np.where(is_founded, 0.8, 0.15),
        "founded": is_founded,
        "reposts": rng.poisson(0.5, n),
    })
    return frame


def make_batch(store: pd.DataFrame, size: int, touched: int, rng: np.random.Generator) -> pd.DataFrame:
    """`size` new mentions of the last hour by `touched` authors already in the store,
    ten of them among the most active ones."""
    counts = store["author_key"].value_counts()
    heavy = counts.index[:10].to_numpy()
    others = rng.choice(counts.index[10:].to_numpy(), touched - len(heavy), replace=False)
    keys = np.concatenate([others, heavy])
    rows = store.sample(size, random_state=1).reset_index(drop=True)
    rows["author_key"] = rng.choice(keys, size)
    rows["source"] = rows["author_key"].str.split(":").str[0]
    rows["customer_id"] = [f"C{int(k.split(':')[1]) // 40}" if int(k.split(":")[1]) % 20 == 0 else None
                           for k in rows["author_key"]]
    rows["id"] = [f"new{i}" for i in range(size)]
    rows["created_at"] = NOW - pd.to_timedelta(rng.uniform(0, 60, size), unit="min")
    attack = "Veloz robs its customers, share this! #BoycottVeloz https://dossier.example/veloz"
    for i, key in enumerate(keys[:8]):  # one coordinated burst hidden in the batch
        rows.loc[i, ["author_key", "text", "category", "p_disrespectful", "founded", "p_founded"]] = [
            key, attack, "disrespectful", 0.9, False, 0.1]
        rows.loc[i, "created_at"] = NOW - pd.Timedelta(minutes=5 + i)
    rows["source"] = rows["author_key"].str.split(":").str[0]
    return rows


def build_index(store: pd.DataFrame) -> tuple[dict[str, np.ndarray], dict[str, list[str]]]:
    """The simulated store index: author key -> row positions, customer id -> author keys."""
    by_author = store.groupby("author_key", sort=False).indices
    by_customer: dict[str, set[str]] = defaultdict(set)
    linked = store[store["customer_id"].notna()]
    for customer_id, author_key in zip(linked["customer_id"], linked["author_key"]):
        by_customer[customer_id].add(author_key)
    return by_author, {c: sorted(a) for c, a in by_customer.items()}


def pull(store: pd.DataFrame, by_author, by_customer, batch: pd.DataFrame, window_days: int) -> pd.DataFrame:
    """What the caller hands to assess_many: the touched subjects' whole window plus the batch."""
    keys = set(batch["author_key"])
    for customer_id in batch["customer_id"].dropna().unique():
        keys.update(by_customer.get(customer_id, ()))
    positions = np.concatenate([by_author[k] for k in keys if k in by_author])
    history = store.iloc[positions]
    history = history[history["created_at"] > NOW - pd.Timedelta(days=window_days)]
    return pd.concat([history, batch], ignore_index=True)


def main(stored: int = 1_000_000, batch_size: int = 1_000, touched: int = 300, repeats: int = 5) -> None:
    """Build the store once, then time `repeats` batches: pull + assess, and coordination."""
    rng = np.random.default_rng(42)
    start = time.perf_counter()
    store = make_store(stored, authors=stored // 8, rng=rng)
    by_author, by_customer = build_index(store)
    print(f"store: {len(store):,} mentions, {len(by_author):,} authors, "
          f"{len(by_customer):,} customers (built in {time.perf_counter() - start:.1f}s)")
    settings = DetectionSettings()
    assess_many(store.head(100), NOW, settings)  # warm-up: imports and caches
    find_coordinated_groups(store.head(100))

    pulls, assessing, coordinating = [], [], []
    for r in range(repeats):
        batch = make_batch(store, batch_size, touched, np.random.default_rng(100 + r))
        t0 = time.perf_counter()
        frame = pull(store, by_author, by_customer, batch, settings.window_days)
        t1 = time.perf_counter()
        assessments = assess_many(frame, NOW, settings)
        t2 = time.perf_counter()
        groups = find_coordinated_groups(batch)
        t3 = time.perf_counter()
        pulls.append(t1 - t0)
        assessing.append(t2 - t1)
        coordinating.append(t3 - t2)
        verdicts = pd.Series([a.verdict for a in assessments]).value_counts().to_dict()
        print(f"run {r + 1}: batch {len(batch):,} mentions by {batch['author_key'].nunique()} authors -> "
              f"{len(frame):,} mentions in window, {len(assessments)} subjects; "
              f"pull {t1 - t0:.3f}s, assess {t2 - t1:.3f}s, coordination {t3 - t2:.3f}s "
              f"({len(groups)} groups); verdicts {verdicts}")
    print(f"median: pull {statistics.median(pulls):.3f}s, assess {statistics.median(assessing):.3f}s, "
          f"(a) pull+assess {statistics.median(p + a for p, a in zip(pulls, assessing)):.3f}s, "
          f"(b) coordination on the batch {statistics.median(coordinating):.3f}s")


if __name__ == "__main__":
    main(*(int(a) for a in sys.argv[1:4]))
