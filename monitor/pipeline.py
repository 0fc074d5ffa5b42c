"""The product's steps wired together: collect -> classify -> link -> detect -> alert.

The CLI, the scheduler and the demo call these same functions; each takes the store and the
configuration and returns counts or a one-line summary.
"""

from __future__ import annotations

import json
import logging
import os
import threading
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterator, Sequence

import pandas as pd

from monitor.alerts import plain
from monitor.config import Config, load_config, repo_path
from monitor.errors import ConfigError, MonitorError
from monitor.mention import iso, utcnow
from monitor.store import SaveResult, Store

if TYPE_CHECKING:
    from monitor.training import TrainReport

logger = logging.getLogger(__name__)

_classifiers: dict[tuple[str, str, str], Any] = {}
_classifier_lock = threading.Lock()


# ---- collect --------------------------------------------------------------------------------

def build_collector(config: Config, name: str) -> Any:
    from monitor.collectors import get_collector

    collector_class = get_collector(name)
    options = dict(config.collectors.get(name, {}))
    if not options and name != "replay":
        raise ConfigError(f"collectors.{name}: not configured in {config.path or 'monitor.toml'}")
    options.pop("enabled", None)
    options.pop("interval_minutes", None)
    options.setdefault("max_run_s", config.get("scheduler.max_run_s"))
    if name == "replay":
        options.setdefault("file", str(repo_path(config.get("demo.file"))))
        options.setdefault("batch", config.get("demo.batch"))
    elif "brand" not in options and config.brands:
        options.setdefault("brand", config.brands[0].name)
        options.setdefault("queries", config.brands[0].queries)
    return collector_class.from_config(options, env=os.environ)


def collect(store: Store, config: Config,
            names: Sequence[str] | None = None) -> Iterator[tuple[str, SaveResult | Exception]]:
    """Run the named collectors (default: the enabled ones); a failing one does not stop the rest."""
    from monitor.ingest import run_collector

    for name in names or config.enabled_collectors():
        try:
            collector = build_collector(config, name)
        except MonitorError as exc:
            yield name, exc
            continue
        try:
            yield name, run_collector(store, collector)
        except Exception as exc:  # noqa: BLE001 - recorded by run_collector, reported here
            yield name, exc


def after_collection(store: Store, config: Config) -> str:
    """Classify what arrived, link its authors, re-assess the authors it touched."""
    classified = classify_pending(store, config)
    linked = link_authors(store, config, author_keys=sorted(set(store.unassessed()["author_key"])))
    return f"classified {classified}; linked {linked}; {detect(store, config)}"


# ---- classify -------------------------------------------------------------------------------

class StoreEmbeddingCache:
    """The classifier's embedding cache kept in the store, keyed by model and text hash."""

    def __init__(self, store: Store):
        self.store = store

    def get_many(self, model_name: str, hashes: Sequence[str]):
        return self.store.get_embeddings(model_name, hashes)

    def put_many(self, model_name: str, vectors) -> None:
        self.store.put_embeddings(model_name, vectors)


def load_classifier(config: Config) -> Any:
    """The current model version, loaded once per process and reloaded when CURRENT changes."""
    from monitor import model_registry

    models_dir = repo_path(config.get("model.dir"))
    version = model_registry.current_version(models_dir)
    if version is None:
        raise MonitorError(f"{models_dir}: no trained model (run `monitor train`)")
    key = (str(models_dir), version, config.get("model.embedder"))
    with _classifier_lock:
        if key not in _classifiers:
            _classifiers.clear()
            _classifiers[key] = model_registry.load_version(
                models_dir, version, embedder=config.get("model.embedder") or None)
        return _classifiers[key]


def classify_pending(store: Store, config: Config) -> int:
    """Score every unscored mention in batches; returns how many were scored."""
    batch_size = int(config.get("model.batch_size"))
    total = 0
    classifier = None
    while True:
        batch = store.unscored(batch_size)
        if batch.empty:
            return total
        classifier = classifier or load_classifier(config)
        scores = classifier.score_texts(list(batch["text"]), langs=list(batch["lang"]),
                                        cache=StoreEmbeddingCache(store))
        scores.insert(0, "id", list(batch["id"]))
        store.save_scores(scores, classifier.version)
        total += len(batch)


# ---- customers and links --------------------------------------------------------------------

def import_customers(store: Store, config: Config, path: Path) -> tuple[int, int]:
    """Import a CRM file (all or nothing), then re-link authors. Returns (customers, links)."""
    from monitor.crm import customer_row, read_customers

    customers = read_customers(path, config.section("crm").get("columns") or None)
    count = store.upsert_customers([customer_row(c) for c in customers])
    return count, link_authors(store, config)


def link_authors(store: Store, config: Config, author_keys: Sequence[str] | None = None) -> int:
    """Propose author-customer links (for all authors, or the given ones, e.g. those who just
    posted); automatic ones above the confidence threshold."""
    from monitor.crm import Customer
    from monitor.linking import AuthorRecord, propose_links

    customers = [Customer.from_row(row) for row in store.customers_frame().to_dict(orient="records")]
    if not customers:
        return 0
    authors = store.authors_frame(author_keys)
    records = [AuthorRecord(author_key=r.author_key, source=r.source, handle=r.handle or "",
                            name=r.name or "", profile_url=r.url or "")
               for r in authors.itertuples(index=False)]
    proposals = propose_links(records, customers,
                              fuzzy_threshold=config.get("linking.min_confidence"),
                              auto_threshold=config.get("linking.auto_confidence"))
    return store.save_link_proposals([
        {"author_key": p.author_key, "customer_id": p.customer_id, "method": p.method,
         "confidence": float(p.confidence), "status": p.status} for p in proposals])


# ---- detect ---------------------------------------------------------------------------------

def detection_settings(config: Config) -> Any:
    from monitor.detection import DetectionSettings

    overrides = {k: v for k, v in config.section("detection").items()
                 if k in DetectionSettings.__dataclass_fields__}
    try:
        return DetectionSettings(**overrides)
    except ValueError as exc:
        raise ConfigError(str(exc)) from None


def detect(store: Store, config: Config, full: bool = False) -> str:
    """Re-assess only the authors (and their customers) with mentions since the last detection."""
    settings = detection_settings(config)
    run_id = store.start_job("detect")
    try:
        summary = _detect(store, config, settings, full)
    except Exception as exc:
        store.finish_job(run_id, "failed", error=f"{type(exc).__name__}: {exc}")
        raise
    store.finish_job(run_id, "ok")
    return summary


def _detect(store: Store, config: Config, settings: Any, full: bool) -> str:
    from monitor.coordination import find_coordinated_groups
    from monitor.detection import assess_many

    now = utcnow()
    window_start = iso(now - timedelta(days=int(config.get("detection.window_days"))))
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
    assessments = assess_many(frame, now=pd.Timestamp(now), settings=settings) if not frame.empty else []
    alerting = bool(config.get("alerts.enabled"))
    changed = store.save_verdicts([assessment_row(a) for a in assessments], iso(now),
                                  alert_for=campaign_alert if alerting else None)
    minutes = int(config.get("detection.coordination_minutes"))
    recent = frame if full or frame.empty else _around_new_mentions(frame, pending["id"], minutes)
    groups = find_coordinated_groups(recent, window_minutes=minutes) if not recent.empty else []
    new_groups = store.save_groups([group_row(g) for g in groups],
                                   alert_for=group_alert if alerting else None)
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


def assessment_row(assessment: Any) -> dict[str, Any]:
    return {
        "subject_key": assessment.subject_key,
        "subject_type": assessment.subject_type,
        "verdict": assessment.verdict,
        "score": float(assessment.score),
        "figures_json": json.dumps(assessment.figures, ensure_ascii=False, default=str),
        "evidence_json": json.dumps(list(assessment.evidence), default=str),
        "reasons_json": json.dumps(list(assessment.reasons), ensure_ascii=False, default=str),
    }


def group_row(group: Any) -> dict[str, Any]:
    return {
        "group_id": group.group_id,
        "members_json": json.dumps(sorted(group.members)),
        "mention_ids_json": json.dumps(list(group.mention_ids)),
        "first_at": iso(group.first_at), "last_at": iso(group.last_at),
        "occurrences": int(group.occurrences), "sample_text": group.sample_text,
    }


def campaign_alert(row: dict[str, Any]) -> dict[str, str] | None:
    """The alert for a verdict that just became `campaign` (one per subject and day)."""
    if row["verdict"] != "campaign":
        return None
    figures = json.loads(row["figures_json"])
    return {
        "id": f"campaign:{row['subject_key']}:{iso(utcnow())[:10]}", "kind": "campaign",
        "subject": row["subject_key"],
        "title": f"New campaign: {row['subject_key']} (score {row['score']:.2f})",
        "body": f"{figures.get('mentions', '?')} mentions on {figures.get('distinct_days', '?')} days; "
                f"{round(100 * float(figures.get('disrespect_share', 0)))}% disrespectful. "
                "Open the board's Campaigns tab for the evidence and the playbook.",
    }


def group_alert(row: dict[str, Any]) -> dict[str, str]:
    """The alert for a coordinated group seen for the first time."""
    members = json.loads(row["members_json"])
    return {
        "id": f"coordinated:{row['group_id']}", "kind": "coordinated", "subject": row["group_id"],
        "title": f"Coordinated group: {len(members)} accounts posting the same attack",
        "body": f"Accounts: {', '.join(members[:8])}. Sample: {plain(row['sample_text'], 200)}",
    }


def authors_table(store: Store, verdict: str | None = None) -> pd.DataFrame:
    """Verdicts with their figures flattened into columns, for `monitor authors`."""
    verdicts = store.verdicts_frame(verdict)
    if verdicts.empty:
        return pd.DataFrame(columns=["subject_key", "subject_type", "verdict", "score", "verdict_since"])
    figures = pd.json_normalize([json.loads(f) for f in verdicts["figures_json"]])
    table = pd.concat([verdicts[["subject_key", "subject_type", "verdict", "score", "verdict_since"]]
                       .reset_index(drop=True), figures], axis=1)
    table["reasons"] = [" | ".join(json.loads(r)) for r in verdicts["reasons_json"]]
    return table


# ---- playbook -------------------------------------------------------------------------------

def playbook_settings(config: Config) -> Any:
    from monitor.playbook import PlaybookSettings

    return PlaybookSettings(**config.section("playbook"))


def case_for(store: Store, subject_key: str, now=None, config: Config | None = None) -> dict[str, Any] | None:
    """The recommended course for one assessed author or customer, with drafts and checklist."""
    from monitor.detection import Assessment
    from monitor.playbook import decide, has_threat_in

    row = store.verdict_row(subject_key)
    if row is None:
        return None
    assessment = Assessment.from_row(row)
    customer = _customer_for(store, subject_key)
    config = config or load_config()
    evidence = store.mentions_by_ids(list(assessment.evidence))
    threat = assessment.verdict in ("campaign", "watch") and has_threat_in(evidence.get("text", []))
    course = decide(assessment, customer, now=pd.Timestamp(now or utcnow()), has_threat=threat,
                    settings=playbook_settings(config))
    done = store.done_steps(subject_key)
    return {
        "course": course.course, "priority": course.priority, "reasons": list(course.reasons),
        "checklist": [(step_id, text, step_id in done) for step_id, text in course.checklist_items()],
        "drafts": dict(course.drafts), "customer": vars(customer) if customer else None,
    }


def _customer_for(store: Store, subject_key: str) -> Any:
    from monitor.crm import Customer

    row = store.customer_of(subject_key)
    return Customer.from_row(row) if row else None


# ---- training -------------------------------------------------------------------------------

def train(store: Store, config: Config, label_files: Sequence[Path], force: bool,
          shared_datasets: Path | None, use_written: bool = True,
          progress: Callable[[str], None] | None = None, auto_promote: bool = True) -> "TrainReport":
    """Retrain on real labelled posts, the given label files, every board correction and the
    written seed; promote only if not worse on held-out real posts (see `monitor.training`)."""
    from monitor.training import train_model

    corrections = store.labels_frame()
    report = train_model(
        repo_path(config.get("model.dir")), written_files=[repo_path("data/seed/labelled.csv")],
        label_files=label_files, shared_datasets=shared_datasets, force=force,
        corrections=corrections[["text", "label", "lang"]] if not corrections.empty else None,
        cache=StoreEmbeddingCache(store), use_written=use_written, progress=progress,
        auto_promote=auto_promote, embedder_spec=config.get("model.embedder") or None,
    )
    if report.promoted:
        store.clear_scores()
    return report


def use_model(store: Store, config: Config, version: str) -> int:
    """Make `version` current and queue every mention for re-scoring (the loaded-model cache
    follows CURRENT by itself); returns how many mentions were queued."""
    from monitor import model_registry

    model_registry.use_version(repo_path(config.get("model.dir")), version)
    return store.clear_scores()
