"""Trained classifier versions on disk: models/<version>/ folders and the CURRENT pointer.

Owns naming, listing, switching and loading versions, and the per-process cache of the loaded
current model (`loaded_model`), which follows CURRENT by itself. Training is `monitor.training`; the
files inside a version folder are written by `MentionClassifier.save`.
"""

from __future__ import annotations

import logging
import os
import threading
from datetime import datetime, timezone
from pathlib import Path

from typing import TYPE_CHECKING

from monitor.errors import ConfigError

if TYPE_CHECKING:  # loading a model needs scikit-learn; finding the current version does not
    from monitor.classifier import MentionClassifier

CONFIG_FILE = "config.json"
"""The file that makes a folder a model version (`monitor.model_files` writes and reads it)."""

logger = logging.getLogger(__name__)

CURRENT_FILE = "CURRENT"

_loaded: dict[tuple[str, str, str], "MentionClassifier"] = {}
_loaded_lock = threading.Lock()


def list_versions(models_dir: Path) -> list[str]:
    """Version folders (those holding a config.json), oldest first."""
    models_dir = Path(models_dir)
    if not models_dir.is_dir():
        return []
    return sorted(p.name for p in models_dir.iterdir() if (p / CONFIG_FILE).is_file())


def current_version(models_dir: Path) -> str | None:
    """The version named in models/CURRENT, or None when there is none."""
    pointer = Path(models_dir) / CURRENT_FILE
    if not pointer.is_file():
        return None
    version = pointer.read_text(encoding="utf-8").strip()
    return version or None


def use_version(models_dir: Path, version: str) -> None:
    """Point CURRENT at `version` (atomically); ConfigError if no such version exists."""
    models_dir = Path(models_dir)
    if version not in list_versions(models_dir):
        known = ", ".join(list_versions(models_dir)) or "none"
        raise ConfigError(f"{models_dir}: no model version {version!r} (known: {known})")
    tmp = models_dir / f".{CURRENT_FILE}.tmp"
    tmp.write_text(version + "\n", encoding="utf-8")
    os.replace(tmp, models_dir / CURRENT_FILE)
    logger.info("model version %s is now current in %s", version, models_dir)


def new_version_name(models_dir: Path, now: datetime | None = None) -> str:
    """A fresh, sortable version name: UTC time of training, with a suffix if taken."""
    stamp = (now or datetime.now(timezone.utc)).strftime("%Y%m%d-%H%M%S")
    taken = set(list_versions(models_dir)) | {p.name for p in Path(models_dir).glob("*")}
    name, n = stamp, 1
    while name in taken:
        n += 1
        name = f"{stamp}-{n}"
    return name


def load_version(models_dir: Path, version: str, embedder: str | None = None) -> MentionClassifier:
    """Load one version; `embedder` optionally overrides its embedder spec."""
    path = Path(models_dir) / version
    if not (path / CONFIG_FILE).is_file():
        raise ConfigError(f"{path}: not a model version (no {CONFIG_FILE})")
    from monitor.classifier import MentionClassifier

    return MentionClassifier.load(path, embedder=embedder)


def load_current(models_dir: Path, embedder: str | None = None) -> MentionClassifier:
    """Load the version CURRENT names; ConfigError if there is none."""
    version = current_version(models_dir)
    if version is None:
        raise ConfigError(f"{models_dir}: no current model (train one, or `monitor model use`)")
    return load_version(models_dir, version, embedder=embedder)


def loaded_model(models_dir: Path, embedder: str = "") -> MentionClassifier:
    """The current version, loaded once per process and reloaded when CURRENT changes
    (a promotion on the board or by `monitor train` is picked up by the scheduler)."""
    version = current_version(models_dir)
    if version is None:
        raise ConfigError(f"{models_dir}: no trained model (run `monitor train`)")
    key = (str(models_dir), version, embedder)
    with _loaded_lock:
        if key not in _loaded:
            _loaded.clear()
            _loaded[key] = load_version(models_dir, version, embedder=embedder or None)
        return _loaded[key]
