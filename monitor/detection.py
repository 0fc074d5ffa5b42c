"""Per-subject verdicts: founded complaint (one-off or recurring), campaign, watch or none.

A subject is one author account, or one customer with all their linked accounts. A verdict is
a pure function of that subject's scored mentions inside the window and of `now` (no store, no
clock), so the caller re-assesses only subjects that received new mentions.

Input: a DataFrame of scored mentions with id, author_key and created_at, and where known
source, customer_id, text, lang, category, p_complaint, p_disrespectful, p_founded, founded,
reposts and embedding (missing scores fall back to the category; missing embeddings to
character shingles).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any, Callable, Mapping

import numpy as np
import pandas as pd

from monitor.text import main_language
from monitor.scored_mentions import column, mention_flags, probability, utc_nanoseconds
from monitor.settings import DetectionSettings
from monitor.similarity import embedding_matrix, text_vectors
from monitor.verdicts import Assessment, explain

logger = logging.getLogger(__name__)

DAY_NS = 86_400 * 10**9




# ---- preparing a frame once -------------------------------------------------------------

@dataclass
class _Prepared:
    """Column arrays of the mentions inside the window, computed once per call."""

    ids: np.ndarray
    sources: np.ndarray
    author_keys: np.ndarray
    customer_ids: np.ndarray
    times: np.ndarray
    days: np.ndarray
    critical: np.ndarray
    disrespectful: np.ndarray
    founded: np.ndarray
    p_dis: np.ndarray
    p_founded: np.ndarray
    reposts: np.ndarray
    texts: np.ndarray
    embeddings: np.ndarray | None
    langs: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=object))
    shingles: dict[str, Any] | None = None


def _timestamp(now: Any) -> pd.Timestamp:
    moment = pd.Timestamp(now)
    return moment.tz_localize("UTC") if moment.tzinfo is None else moment.tz_convert("UTC")


def _prepare(df: pd.DataFrame, now: pd.Timestamp, settings: DetectionSettings) -> _Prepared:
    now_ns = now.as_unit("ns").value
    times_ns = utc_nanoseconds(column(df, "created_at", None))
    keep = (times_ns <= now_ns) & (times_ns > now_ns - settings.window_days * DAY_NS)
    df, times_ns = df.loc[keep], times_ns[keep]
    critical, disrespectful, founded = mention_flags(df, settings.decision_threshold)
    p_dis, p_founded = probability(df, "p_disrespectful"), probability(df, "p_founded")
    keys = df["author_key"].astype(str)
    author_keys = keys.to_numpy(dtype=object)
    sources = column(df, "source", None).astype(object)
    present = sources.notna() & (sources.astype(str) != "")
    if not present.all():
        sources = sources.where(present, keys.str.split(":").str[0])
    customers = column(df, "customer_id", None).astype(object)
    customer_text = customers.astype(str)
    customer_ids = np.where((customers.notna() & (customer_text != "")).to_numpy(),
                            customer_text.to_numpy(dtype=object), None)
    reposts = pd.to_numeric(column(df, "reposts", 0), errors="coerce").fillna(0).to_numpy()
    embeddings = df["embedding"].to_numpy(dtype=object) if "embedding" in df.columns else None
    return _Prepared(
        ids=df["id"].astype(str).to_numpy(dtype=object), sources=sources.astype(str).to_numpy(dtype=object),
        author_keys=author_keys,
        customer_ids=customer_ids, times=times_ns, days=times_ns // DAY_NS,
        critical=critical.astype(bool), disrespectful=disrespectful.astype(bool), founded=founded,
        p_dis=np.where(np.isnan(p_dis), disrespectful.astype(float), p_dis),
        p_founded=np.where(np.isnan(p_founded), founded.astype(float), p_founded),
        reposts=np.maximum(reposts.astype(np.int64), 0),
        texts=column(df, "text", "").fillna("").astype(str).to_numpy(dtype=object), embeddings=embeddings,
        langs=column(df, "lang", "").fillna("").astype(str).str.strip().str.lower().str[:2]
        .to_numpy(dtype=object),
    )


def _shingles_for(prepared: _Prepared, rows: np.ndarray):
    """Shingle vectors for the given rows, each distinct text vectorised once per call."""
    cache = prepared.shingles if prepared.shingles is not None else {}
    prepared.shingles = cache
    texts = prepared.texts[rows].tolist()
    missing = sorted({t for t in texts if t not in cache})
    if missing:
        for text, row in zip(missing, text_vectors(missing)):
            cache[text] = row
    from scipy.sparse import vstack

    return vstack([cache[t] for t in texts], format="csr")


def _similarity(prepared: _Prepared, rows: np.ndarray) -> np.ndarray:
    vectors = embedding_matrix(prepared.embeddings[rows]) if prepared.embeddings is not None else None
    if vectors is not None:
        return vectors @ vectors.T
    matrix = _shingles_for(prepared, rows)
    return (matrix @ matrix.T).toarray()


# ---- the assessment -------------------------------------------------------------------------

def assess_author(mentions: pd.DataFrame, now: Any, settings: DetectionSettings | None = None,
                  subject_key: str | None = None, subject_type: str | None = None) -> Assessment:
    """Assess one subject: an author, or a customer (pass all of the customer's mentions).

    The subject key defaults to the single author key, or `customer:<id>` when the mentions
    come from several accounts of one customer.
    """
    settings = settings or DetectionSettings()
    if subject_key is None:
        authors = set(mentions["author_key"].astype(str)) if len(mentions) else set()
        customers = {str(c) for c in column(mentions, "customer_id", None).dropna() if str(c)}
        if len(authors) > 1 and len(customers) == 1:
            subject_key, subject_type = f"customer:{customers.pop()}", "customer"
        elif len(authors) == 1:
            subject_key = authors.pop()
        else:
            raise ValueError("assess_author needs the mentions of one author or one customer, "
                             "or an explicit subject_key")
    subject_type = subject_type or ("customer" if subject_key.startswith("customer:") else "author")
    now = _timestamp(now)
    prepared = _prepare(mentions, now, settings)
    rows = np.arange(len(prepared.ids))
    return _assess(prepared, rows, now, settings, subject_key, subject_type)


PROGRESS_EVERY = 1000
"""Subjects assessed between two progress reports (a bar's update costs more than one assessment)."""


def assess_many(df: pd.DataFrame, now: Any, settings: DetectionSettings | None = None,
                progress: Callable[[int], None] | None = None) -> list[Assessment]:
    """Assess every author in `df`, and every customer (all linked accounts together).

    Pass only the mentions of the subjects that received something new (their whole window):
    each verdict depends on its own subject's mentions alone. Sorted by subject key.
    `progress(n)` is told of every n subjects assessed (for a progress bar).
    """
    settings = settings or DetectionSettings()
    now = _timestamp(now)
    if df is None or len(df) == 0:
        return []
    prepared = _prepare(df, now, settings)
    results: list[Assessment] = []
    if len(prepared.ids) == 0:
        return results

    def tell() -> None:
        if progress and len(results) % PROGRESS_EVERY == 0:
            progress(PROGRESS_EVERY)

    order = np.argsort(prepared.author_keys, kind="stable")
    keys, starts = np.unique(prepared.author_keys[order], return_index=True)
    for key, rows in zip(keys, np.split(order, starts[1:])):
        results.append(_assess(prepared, rows, now, settings, str(key), "author"))
        tell()
    linked = np.flatnonzero([c is not None for c in prepared.customer_ids])
    if linked.size:
        customer_ids = prepared.customer_ids[linked].astype(str)
        order = np.argsort(customer_ids, kind="stable")
        ids, starts = np.unique(customer_ids[order], return_index=True)
        for customer_id, rows in zip(ids, np.split(linked[order], starts[1:])):
            results.append(_assess(prepared, rows, now, settings, f"customer:{customer_id}", "customer"))
            tell()
    if progress:
        progress(len(results) % PROGRESS_EVERY)  # the rest, so the bar ends at the total
    results.sort(key=lambda a: a.subject_key)
    return results


def _iso(ns: int) -> str:
    return datetime.fromtimestamp(int(ns) // 10**9, tz=timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _assess(p: _Prepared, rows: np.ndarray, now: pd.Timestamp, settings: DetectionSettings,
            subject_key: str, subject_type: str) -> Assessment:
    rows = rows[np.lexsort((p.ids[rows], p.times[rows]))]
    n = int(rows.size)
    author_keys = tuple(sorted(set(p.author_keys[rows].tolist())))
    if n == 0:
        figures = {"mentions": 0, "window_days": settings.window_days}
        return Assessment(subject_key, subject_type, "none", 0.0, figures, (),
                          tuple(explain("none", figures)), author_keys)
    # A post the classifier is sure is founded is never made an insult by record; an angry
    # post can still be founded by record (recurring complainers are often rude).
    dis = _pooled(p.p_dis[rows], p.disrespectful[rows], ~p.founded[rows],
                  settings.base_disrespect_rate, settings)
    founded = _pooled(p.p_founded[rows], p.founded[rows], np.ones(rows.size, dtype=bool),
                      settings.base_founded_rate, settings)
    pooled_dis = int(dis.sum() - p.disrespectful[rows].sum())
    pooled_founded = int(founded.sum() - p.founded[rows].sum())
    critical = p.critical[rows] | dis | founded
    hostile = critical & ~founded
    days = p.days[rows]
    n_critical, n_dis, n_founded, n_hostile = (int(critical.sum()), int(dis.sum()),
                                               int(founded.sum()), int(hostile.sum()))
    founded_share = n_founded / n_critical if n_critical else 0.0
    disrespect_share = n_dis / n
    hostile_rows = rows[hostile]
    burst, burst_day = 0, None
    if n_hostile:
        values, counts = np.unique(days[hostile], return_counts=True)
        burst, burst_day = int(counts.max()), int(values[np.argmax(counts)])
    repetition, duplicated = _repetition(p, hostile_rows, settings)
    last_hostile = int(p.times[hostile_rows].max()) if n_hostile else None
    figures: dict[str, Any] = {
        "mentions": n,
        "distinct_days": int(np.unique(days).size),
        "complaints": n_critical,
        "attacks": n_hostile,
        "attack_days": int(np.unique(days[hostile]).size),
        "disrespectful": n_dis,
        "disrespectful_by_record": pooled_dis,
        "founded_by_record": pooled_founded,
        "disrespect_share": round(disrespect_share, 4),
        "founded_complaints": n_founded,
        "founded_days": int(np.unique(days[founded]).size),
        "founded_share": round(founded_share, 4),
        # Mean founded score of the critical posts: a campaign needs the evidence, not only
        # the hard labels, to say "baseless" (half-missed complaints still score near the bar).
        "founded_likelihood": round(float(np.mean(p.p_founded[rows][critical])) if n_critical else 0.0, 4),
        "unfounded_share": round(1.0 - founded_share, 4) if n_critical else 0.0,
        "repetition": round(repetition, 4),
        "burst_max_per_day": burst,
        "burst_date": _iso(burst_day * DAY_NS)[:10] if burst_day is not None else None,
        "escalation": round(_escalation(p.times[rows], dis), 4),
        "amplification": int(p.reposts[hostile_rows].sum()),
        "first_seen": _iso(p.times[rows[0]]),
        "last_seen": _iso(p.times[rows[-1]]),
        "last_attack_at": _iso(last_hostile) if last_hostile is not None else None,
        "platforms": sorted(set(p.sources[rows].tolist())),
        "lang": main_language(p.langs[rows].tolist()),
        "accounts": len(author_keys),
        "window_days": settings.window_days,
    }
    verdict = _verdict(figures, settings)
    evident = _evident_at(verdict, p.times[rows], days, hostile, founded, dis, settings)
    figures["evident_at"] = _iso(evident) if evident is not None else None
    score = _score(verdict, figures, settings)
    evidence = _evidence(p, rows, verdict, critical, founded, dis, duplicated, settings)
    return Assessment(subject_key, subject_type, verdict, round(score, 4), figures, evidence,
                      tuple(explain(verdict, figures)), author_keys)


def _evident_at(verdict: str, times: np.ndarray, days: np.ndarray, hostile: np.ndarray,
                founded: np.ndarray, dis: np.ndarray, s: DetectionSettings) -> int | None:
    """When the evidence first made the verdict true (ns): the mention that completed the
    counts the rule asks for. Shown as "verdict since", so a verdict reads as of the posts that
    made it, not as of the detection run (or the day the data was loaded)."""
    if verdict == "campaign":
        chosen, need, need_days = hostile, s.min_mentions, s.min_distinct_days
    elif verdict == "watch":
        chosen, need, need_days = hostile, s.watch_min_mentions, 1
    elif verdict == "recurring_complaint":
        chosen, need, need_days = founded, s.recurring_min_complaints, s.recurring_min_days
    elif verdict == "one_off_complaint":
        chosen, need, need_days = founded, 1, 1
    else:
        return None
    picked = np.flatnonzero(chosen)
    if picked.size == 0:
        return None
    seen_days: set[int] = set()
    for count, i in enumerate(picked, start=1):
        seen_days.add(int(days[i]))
        enough_dis = verdict != "campaign" or int(dis[picked[:count]].sum()) >= s.min_disrespectful
        if count >= need and len(seen_days) >= need_days and enough_dis:
            return int(times[i])
    return int(times[picked[-1]])


def _pooled(scores: np.ndarray, confident: np.ndarray, open_to: np.ndarray, base_rate: float,
            s: DetectionSettings) -> np.ndarray:
    """Per-post yes/no that also weighs the author's whole record (empirical Bayes).

    The classifier misses many real insults and complaints, but its misses are usually
    borderline scores. An author whose confident posts are well above the ordinary rate is
    likelier than a stranger to mean the borderline ones too, so their bar is lowered by the
    log-odds of their smoothed rate over the base rate (never raised, at most
    `max_pooling_shift`), for the posts in `open_to` only. Scores are the classifier's aligned
    probabilities (`decision_threshold` = its bar).
    """
    if s.max_pooling_shift <= 0 or confident.size == 0 or not confident.any():
        return confident.copy()
    prior = s.pooling_strength
    rate = (confident.sum() + base_rate * prior) / (confident.size + prior)
    rate = min(max(rate, 1e-6), 1 - 1e-6)
    shift = np.log(rate / (1 - rate)) - np.log(base_rate / (1 - base_rate))
    shift = min(max(shift, 0.0), s.max_pooling_shift)
    if shift <= 0:
        return confident.copy()
    clipped = np.clip(np.nan_to_num(scores, nan=0.0), 1e-6, 1 - 1e-6)
    bar = min(max(s.decision_threshold, 1e-6), 1 - 1e-6)
    lifted = np.log(clipped / (1 - clipped)) - np.log(bar / (1 - bar)) + shift >= 0
    return confident | (lifted & open_to)


def _repetition(p: _Prepared, hostile_rows: np.ndarray, settings: DetectionSettings
                ) -> tuple[float, set[int]]:
    """Share of pairs of hostile mentions that are near copies, and the rows that have a copy."""
    if hostile_rows.size < 2:
        return 0.0, set()
    rows = hostile_rows[-settings.max_pair_mentions:]
    similarity = _similarity(p, rows)
    upper = np.triu(similarity >= settings.near_duplicate_similarity - 1e-6, k=1)
    pairs = rows.size * (rows.size - 1) / 2
    with_copy = upper.any(axis=0) | upper.any(axis=1)
    return float(upper.sum() / pairs), set(rows[with_copy].tolist())


def _escalation(times: np.ndarray, disrespectful: np.ndarray) -> float:
    """Least-squares slope of 'disrespectful' over the subject's active period (-1..1)."""
    if times.size < 4 or times[-1] == times[0]:
        return 0.0
    x = (times - times[0]) / float(times[-1] - times[0])
    y = disrespectful.astype(float)
    variance = float(((x - x.mean()) ** 2).sum())
    if variance == 0:
        return 0.0
    slope = float(((x - x.mean()) * (y - y.mean())).sum() / variance)
    return max(-1.0, min(1.0, slope))


def _verdict(f: Mapping[str, Any], s: DetectionSettings) -> str:
    """The rules. Founded complaints are checked before watch, and campaign needs few of them."""
    if f["complaints"] == 0:
        return "none"
    mostly_unfounded = f["founded_share"] <= s.max_founded_share
    if (mostly_unfounded and f.get("founded_likelihood", 0.0) <= s.max_founded_likelihood
            and f["attacks"] >= s.min_mentions
            and f["attack_days"] >= s.min_distinct_days
            and f["disrespect_share"] >= s.min_disrespect_share
            and f["disrespectful"] >= s.min_disrespectful):
        return "campaign"
    if f["founded_complaints"] and not mostly_unfounded:
        if (f["founded_days"] >= s.recurring_min_days
                and f["founded_complaints"] >= s.recurring_min_complaints):
            return "recurring_complaint"
        return "one_off_complaint"
    if mostly_unfounded and f["attacks"] >= s.watch_min_mentions and (
            f["disrespect_share"] >= s.watch_min_disrespect_share):
        return "watch"
    if f["burst_max_per_day"] >= s.burst_min_per_day:
        return "watch"
    return "none"


def _score(verdict: str, f: Mapping[str, Any], s: DetectionSettings) -> float:
    if verdict in ("one_off_complaint", "recurring_complaint"):
        strength = 0.3 + 0.15 * f["founded_complaints"] + 0.1 * f["founded_days"]
        return min(1.0, strength) * f["founded_share"]
    # Both are needed: how constant the hostility is, and how disrespectful and baseless.
    constancy = (0.5 * min(1.0, f["attacks"] / (2 * s.min_mentions))
                 + 0.5 * min(1.0, f["attack_days"] / (2 * s.min_distinct_days)))
    character = (0.45 * min(1.0, f["disrespect_share"] / 0.7) + 0.35 * f["unfounded_share"]
                 + 0.2 * f["repetition"])
    war = float(np.sqrt(constancy * character))
    if f["founded_share"] > s.max_founded_share:
        war *= 1.0 - f["founded_share"]
    return max(0.0, min(1.0, war))


def _evidence(p: _Prepared, rows: np.ndarray, verdict: str, critical: np.ndarray,
              founded: np.ndarray, dis: np.ndarray, duplicated: set[int],
              s: DetectionSettings) -> tuple[str, ...]:
    """Mention ids, most telling first: founded ones for complaints, hostile ones otherwise.

    `critical`, `founded` and `dis` are the subject's flags (aligned with `rows`)."""
    if verdict in ("one_off_complaint", "recurring_complaint"):
        chosen, flags = rows[founded], dis[founded]
        weight = p.p_founded[chosen] + 0.2 * flags
    else:
        hostile = critical & ~founded
        chosen, flags = rows[hostile], dis[hostile]
        weight = (flags + p.p_dis[chosen] + (1.0 - p.p_founded[chosen])
                  + 0.5 * np.isin(chosen, list(duplicated)) + 0.3 * np.log1p(p.reposts[chosen]))
    if chosen.size == 0:
        return ()
    order = np.lexsort((p.ids[chosen], -p.times[chosen], -np.round(weight, 6)))
    return tuple(str(i) for i in p.ids[chosen[order]][: s.max_evidence])
