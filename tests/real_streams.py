"""Author streams built from real held-out posts, scored by a real model, with known roles.

The generated streams in `tests/streams.py` say how detection behaves on the scores we imagine;
these say how it behaves on the scores the shipped model really gives real posts. Only the
held-out real brand mentions are used (the model never trained or tuned on them), read from
`../shared/datasets` at run time: no text is stored in the repository.

People: campaigners (baseless insults and bare verdicts, again and again, on many days),
recurring founded complainers (real complaints on several days, some rude), one-off founded
complainers, and fans or neutral posters.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from monitor import corpora
from monitor.classifier import MentionClassifier

NOW = pd.Timestamp("2026-03-01T12:00:00Z")
SHARED = Path(__file__).resolve().parent.parent.parent / "shared" / "datasets"
ROLES = {"campaigner": 20, "recurring": 25, "one_off": 120, "fan": 300}


def heldout_posts(shared: Path = SHARED) -> pd.DataFrame:
    """The held-out real posts with their pool: attack, vague, complaint, rude_complaint, other."""
    rows = corpora.read_real_mentions(shared)
    rows = rows[rows["split"] == "heldout"].reset_index(drop=True)
    raw = pd.read_csv(shared / corpora.REAL_MENTIONS_FILE, dtype=str, keep_default_na=False)
    notes = dict(zip(raw["text"], raw["notes"]))
    vague = rows["text"].map(lambda t: "vague negative" in notes.get(t, "")).to_numpy()
    category, founded = rows["category"].to_numpy(), rows["founded"].to_numpy() == 1
    rows["pool"] = np.select(
        [(category == "disrespectful") & ~founded, (category == "disrespectful") & founded,
         category == "founded_complaint", vague],
        ["attack", "rude_complaint", "complaint", "vague"], default="other")
    return rows


def score_posts(model: MentionClassifier, posts: pd.DataFrame) -> pd.DataFrame:
    """`posts` with the model's category and aligned scores."""
    scores = model.score_texts(list(posts["text"]), langs=list(posts["lang"]))
    truth = posts.reset_index(drop=True).drop(columns=["category", "complaint", "founded", "disrespectful"])
    return pd.concat([truth, scores], axis=1)


@dataclass
class RealStream:
    mentions: pd.DataFrame
    roles: dict[str, str]  # author_key -> role
    now: pd.Timestamp = NOW


def make_real_stream(scored: pd.DataFrame, seed: int = 0, now: pd.Timestamp = NOW) -> RealStream:
    """One stream: each person posts real held-out posts of their role's kinds, in one language."""
    rng = np.random.default_rng(seed)
    pools = {(lang, pool): group.index.to_numpy() for (lang, pool), group in scored.groupby(["lang", "pool"])}
    rows: list[dict] = []
    roles: dict[str, str] = {}

    def pick(lang: str, pool: str) -> int | None:
        options = pools.get((lang, pool))
        return None if options is None or not len(options) else int(rng.choice(options))

    def post(author: str, lang: str, pool: str, days_ago: float) -> None:
        index = pick(lang, pool)
        if index is None:
            return
        source = scored.loc[index]
        rows.append({"id": f"m{len(rows) + 1}", "author_key": author, "source": author.split(":")[0],
                     "lang": lang, "text": source["text"], "truth": pool,
                     "created_at": now - pd.Timedelta(days=float(days_ago), minutes=float(rng.uniform(0, 600))),
                     **{c: source[c] for c in ("category", "p_complaint", "p_disrespectful",
                                               "p_founded", "founded")}})

    def days(count: int, high: float = 50.0) -> np.ndarray:
        return np.sort(rng.choice(np.arange(0, int(high)), size=count, replace=False)) + 0.3

    hostile_langs = [lang for lang in ("pt", "es", "en") if (lang, "attack") in pools]
    for i in range(sum(ROLES.values())):
        role = next(r for r, _ in _cumulative(i))
        author = f"x:{i + 1}"
        roles[author] = role
        lang = str(rng.choice(hostile_langs if role == "campaigner" else ["pt", "es", "en"]))
        if role == "campaigner":
            hostile = int(rng.integers(6, 16))
            active = days(int(rng.integers(4, min(hostile, 12) + 1)))
            for k in range(hostile):
                post(author, lang, "attack" if rng.random() < 0.65 else "vague", active[k % active.size])
            for day in days(int(rng.integers(0, 3))):
                post(author, lang, "other", day)
        elif role == "recurring":
            for day in days(int(rng.integers(3, 8))):
                post(author, lang, "rude_complaint" if rng.random() < 0.2 else "complaint", day)
            for day in days(int(rng.integers(0, 3))):
                post(author, lang, "other", day)
        elif role == "one_off":
            day = float(rng.uniform(0.5, 45))
            for _ in range(int(rng.integers(1, 3))):
                post(author, lang, "complaint", day)
            for extra in days(int(rng.integers(0, 3))):
                post(author, lang, "other", extra)
        else:
            for day in days(int(rng.integers(1, 6))):
                post(author, lang, "other", day)
    frame = pd.DataFrame(rows)
    frame["created_at"] = pd.to_datetime(frame["created_at"], utc=True)
    return RealStream(frame, roles, now)


def _cumulative(i: int):
    """(role, upper bound) pairs from which the i-th person's role is the first above i."""
    total = 0
    for role, count in ROLES.items():
        total += count
        if i < total:
            yield role, total


def stream_scores(stream: RealStream, assessments) -> dict[str, float]:
    """Campaign precision/recall, recurring and one-off recognition, over the stream's people."""
    verdicts = {a.subject_key: a.verdict for a in assessments}
    by_role: dict[str, list[str]] = {}
    for author, role in stream.roles.items():
        if author in verdicts:
            by_role.setdefault(role, []).append(verdicts[author])
    campaign_called = [a for a, v in verdicts.items() if v == "campaign"]
    true_campaign = [a for a in campaign_called if stream.roles.get(a) == "campaigner"]
    campaigners = by_role.get("campaigner", [])
    recurring = by_role.get("recurring", [])
    one_off = by_role.get("one_off", [])
    return {
        "campaign_precision": len(true_campaign) / len(campaign_called) if campaign_called else 1.0,
        "campaign_recall": len(true_campaign) / len(campaigners) if campaigners else 1.0,
        "campaigners": len(campaigners), "campaign_watch": campaigners.count("watch"),
        "recurring_recognised": recurring.count("recurring_complaint") / len(recurring) if recurring else 1.0,
        "recurring_as_complainer": sum(v in ("recurring_complaint", "one_off_complaint") for v in recurring)
        / len(recurring) if recurring else 1.0,
        "recurring_called_campaign": recurring.count("campaign"),
        "one_off_recognised": sum(v in ("one_off_complaint", "recurring_complaint") for v in one_off)
        / len(one_off) if one_off else 1.0,
        "fans_called_campaign": by_role.get("fan", []).count("campaign"),
    }
