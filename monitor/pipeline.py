"""The product's steps wired together: collect -> classify -> link -> detect.

The CLI, the scheduler and the demo call these same short functions; each takes the store and
the configuration and returns counts or a one-line summary. The work itself belongs to the
modules named in each step (collectors, classifier, linking, detection, coordination, alerts,
training); nothing here decides anything.
"""

from __future__ import annotations

import logging
import os
from datetime import timedelta
from typing import TYPE_CHECKING, Callable, Iterator, Sequence

import pandas as pd

from monitor.config import Config
from monitor.errors import ConfigError, MonitorError
from monitor.mention import cut_text, iso, utcnow
from monitor.store import SaveResult, Store

if TYPE_CHECKING:
    from pathlib import Path

    from monitor.collectors.base import Collector
    from monitor.training import TrainReport

logger = logging.getLogger(__name__)


# ---- collect --------------------------------------------------------------------------------

def build_collector(config: Config, name: str) -> "Collector":
    """The named collector with its `[collectors.<name>]` options and its secrets from the
    environment; the brand's queries and the run bound are filled in when not given."""
    from monitor.collectors import get_collector

    collector_class = get_collector(name)
    options = dict(config.collectors.get(name, {}))
    if not options and not collector_class.needs_no_options:
        raise ConfigError(f"collectors.{name}: not configured in {config.path or 'monitor.toml'}")
    options.pop("enabled", None)
    options.pop("interval_minutes", None)
    options.setdefault("max_run_s", config.scheduler.max_run_s)
    options = collector_class.with_defaults(options, config)
    return collector_class.from_config(options, env=os.environ)


def collect(store: Store, config: Config,
            names: Sequence[str] | None = None) -> Iterator[tuple[str, SaveResult | Exception]]:
    """Run the named collectors (default: the enabled ones); a failing one does not stop the rest.

    A source resting after asking to wait (a rate-limit reset, a spent daily quota) is not asked
    again before its time: it is skipped with a result saying until when (`skipped`)."""
    from monitor.ingest import CollectResult, run_collector

    for name in names or config.enabled_collectors():
        until = store.resting_until(f"collect:{name}")
        if until and until > iso(utcnow()):
            logger.info("collect:%s is resting until %s; skipped", name, until)
            yield name, CollectResult(resting_until=until, skipped=True)
            continue
        try:
            collector = build_collector(config, name)
        except MonitorError as exc:
            yield name, exc
            continue
        try:
            yield name, run_collector(store, collector, max_text_chars=config.model.max_text_chars)
        except Exception as exc:  # noqa: BLE001 - recorded by run_collector, reported here
            yield name, exc


def collect_one(store: Store, config: Config, name: str) -> bool:
    """One scheduled collection of a source (the scheduler's job, or a worker's task): a failure
    is logged (the run records it); returns False when the source is resting and was skipped,
    so nothing new needs scoring."""
    for _, outcome in collect(store, config, [name]):
        if isinstance(outcome, Exception):
            logger.warning("collector %s failed: %s", name, outcome)
        elif getattr(outcome, "skipped", False):
            return False
    return True


def after_collection(store: Store, config: Config) -> str:
    """Classify what arrived, link its authors, re-assess the authors it touched."""
    classified = classify_pending(store, config)
    linked = link_new_authors(store, config)
    return f"classified {classified}; linked {linked}; {detect(store, config)}"


# ---- classify -------------------------------------------------------------------------------

def classify_pending(store: Store, config: Config) -> int:
    """Score every unscored mention in batches with the current model; returns how many."""
    from monitor import model_registry

    from monitor.progress import bar

    total = 0
    classifier = None
    with bar(store.unscored_count(), "classifying") as shown:
        while True:
            batch = store.unscored(config.model.batch_size)
            if batch.empty:
                store.compact_counts()  # scoring appended most of the count changes
                return total
            classifier = classifier or model_registry.loaded_model(config.model.dir, config.model.embedder)
            texts = [cut_text(t, config.model.max_text_chars) for t in batch["text"]]  # stored before the limit
            scores = classifier.score_texts(texts, langs=list(batch["lang"]),
                                            cache=store.embedding_cache())
            scores.insert(0, "id", list(batch["id"]))
            store.save_scores(scores, classifier.version)
            total += len(batch)
            shown.update(len(batch))


def classify_ids(store: Store, config: Config, ids: Sequence[str]) -> int:
    """Score those of the given mentions that are still unscored with the current model (a
    Celery worker's batch, `monitor.workers`); returns how many. A batch handed out twice (a
    worker killed before it acknowledged it) finds its mentions scored and scores none again."""
    from monitor import model_registry

    todo = [mention_id for batch in store.unscored_ids(max(len(ids), 1), among=ids) for mention_id in batch]
    if not todo:
        return 0
    batch = store.mentions_by_ids(todo)
    classifier = model_registry.loaded_model(config.model.dir, config.model.embedder)
    texts = [cut_text(t, config.model.max_text_chars) for t in batch["text"]]
    scores = classifier.score_texts(texts, langs=list(batch["lang"]), cache=store.embedding_cache())
    scores.insert(0, "id", list(batch["id"]))
    store.save_scores(scores, classifier.version)
    store.compact_counts()
    return len(batch)


# ---- customers and links --------------------------------------------------------------------

def import_customers(store: Store, config: Config, path: "Path") -> tuple[int, int]:
    """Import a CRM file (all or nothing), then re-link authors. Returns (customers, links)."""
    from monitor import linking

    return linking.import_customers(store, config.linking, path, config.section("crm").get("columns"),
                                    config.crm.number_style)


def link_authors(store: Store, config: Config, author_keys: Sequence[str] | None = None) -> int:
    """Propose author-customer links for all authors, or the given ones."""
    from monitor import linking

    return linking.link_authors(store, config.linking, author_keys)


def link_new_authors(store: Store, config: Config) -> int:
    """Link the authors of the mentions not yet assessed (those who just posted)."""
    return link_authors(store, config, author_keys=sorted(set(store.unassessed()["author_key"])))


# ---- detect ---------------------------------------------------------------------------------

def detect(store: Store, config: Config, full: bool = False) -> str:
    """Re-assess only the authors (and their customers) with mentions since the last detection."""
    run_id = store.start_job("detect")
    try:
        summary = _detect(store, config, full)
    except Exception as exc:
        store.finish_job(run_id, "failed", error=f"{type(exc).__name__}: {exc}")
        raise
    store.finish_job(run_id, "ok")
    return summary


def _detect(store: Store, config: Config, full: bool) -> str:
    from monitor import alert_rules, alerts
    from monitor.coordination import find_coordinated_groups
    from monitor.detection import assess_many

    settings = config.detection
    now = utcnow()
    window_start = iso(now - timedelta(days=settings.window_days))
    pending = store.unassessed()
    touched = None if full else sorted(set(pending["author_key"]))
    if touched is not None and not touched:
        return "detect: nothing new"
    frame = store.mentions_frame(since=window_start, author_keys=touched, scored_only=True)
    customer_ids = [c for c in frame["customer_id"].dropna().unique()] if not frame.empty else []
    if customer_ids and touched is not None:
        more = set(store.linked_author_keys(customer_ids)) - set(touched)
        if more:
            frame = pd.concat([frame, store.mentions_frame(since=window_start, author_keys=sorted(more),
                                                           scored_only=True)])
    from monitor.progress import bar

    subjects = frame["author_key"].nunique() + frame["customer_id"].nunique() if not frame.empty else 0
    with bar(subjects, "assessing", "people") as shown:
        assessments = assess_many(frame, now=pd.Timestamp(now), settings=settings,
                                  progress=shown.update) if not frame.empty else []
    alerting, rules = config.alerts.enabled, alert_rules.AlertContext.from_config(config)
    changed = store.save_verdicts([a.to_row() for a in assessments], iso(now),
                                  alert_for=alert_rules.campaign_alerts(store, now, rules)
                                  if alerting else None)
    minutes = settings.coordination_minutes
    recent = frame if full or frame.empty else _around_new_mentions(frame, pending["id"], minutes)
    groups = find_coordinated_groups(recent, window_minutes=minutes,
                                     similarity=settings.near_duplicate_similarity,
                                     decision_threshold=settings.decision_threshold
                                     ) if not recent.empty else []
    new_groups = store.save_groups([g.to_row() for g in groups],
                                   alert_for=alert_rules.group_alerts(store, now, rules) if alerting else None)
    if alerting:  # threats, key customers, campaign authors posting again, before marking them seen
        alerts.queue(store, alert_rules.mention_alerts(store, list(pending["id"]), now, rules,
                                                       changed=[row["subject_key"] for row in changed]))
    store.mark_assessed(list(pending["id"]))
    return (f"detect: {len(assessments)} subjects assessed, {len(changed)} verdicts changed, "
            f"{len(new_groups)} new coordinated groups")


def _around_new_mentions(frame: pd.DataFrame, new_ids: pd.Series, minutes: int) -> pd.DataFrame:
    """Coordination only needs the new mentions and what was posted within minutes of them."""
    new = frame["id"].isin(set(new_ids))
    if not new.any():
        return frame.iloc[0:0]
    start = frame.loc[new, "created_at"].min() - pd.Timedelta(minutes=minutes)
    return frame[frame["created_at"] >= start]


# ---- training -------------------------------------------------------------------------------

def train(store: Store, config: Config, label_files: Sequence["Path"], force: bool,
          shared_datasets: "Path | None", use_written: bool = True,
          progress: Callable[[str], None] | None = None, auto_promote: bool = True) -> "TrainReport":
    """Retrain on real labelled posts, the given label files, every board correction and the
    written seed; promote only if not worse on held-out real posts (see `monitor.training`)."""
    from monitor.training import train_model

    corrections = store.labels_frame()
    report = train_model(
        config.model.dir, written_files=[config.model.written_seed],
        written_eval=config.model.written_eval,
        label_files=label_files, shared_datasets=shared_datasets, force=force,
        corrections=corrections[["text", "label", "lang"]] if not corrections.empty else None,
        cache=store.embedding_cache(), use_written=use_written, progress=progress,
        auto_promote=auto_promote, embedder_spec=config.model.embedder or None,
        max_text_chars=config.model.max_text_chars,
    )
    if report.promoted:
        store.clear_scores()
    return report


def use_model(store: Store, config: Config, version: str) -> int:
    """Make `version` current and queue every mention for re-scoring (the loaded-model cache
    follows CURRENT by itself); returns how many mentions were queued."""
    from monitor import model_registry

    model_registry.use_version(config.model.dir, version)
    return store.clear_scores()
