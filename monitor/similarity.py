"""How alike two mentions are: their embeddings when every one has one, else character shingles.

Shared by detection (an author repeating themselves) and coordination (accounts pasting the
same attack); deterministic across runs, so verdicts do not change between identical runs.
"""

from __future__ import annotations

import zlib
from typing import Any, Iterable

import numpy as np

from monitor.text import comparable_text

SHINGLE_FEATURES = 2**20


def text_vectors(texts: Iterable[str]):
    """Sparse L2-normalised vectors of character 3-grams of the normalised text (CRC32-hashed).

    The fallback similarity when mentions carry no embeddings: deterministic across runs.
    """
    from scipy.sparse import csr_matrix

    indptr, indices, values = [0], [], []
    for raw in texts:
        padded = f" {comparable_text(raw)} "
        counts: dict[int, int] = {}
        for i in range(len(padded) - 2):
            slot = zlib.crc32(padded[i:i + 3].encode("utf-8")) & (SHINGLE_FEATURES - 1)
            counts[slot] = counts.get(slot, 0) + 1
        weights = np.fromiter(counts.values(), dtype=np.float32, count=len(counts))
        norm = float(np.sqrt((weights * weights).sum())) or 1.0
        indices.extend(counts.keys())
        values.extend((weights / norm).tolist())
        indptr.append(len(indices))
    return csr_matrix((np.asarray(values, dtype=np.float32), np.asarray(indices, dtype=np.int64),
                       np.asarray(indptr, dtype=np.int64)), shape=(len(indptr) - 1, SHINGLE_FEATURES))


def embedding_matrix(values: Iterable[Any]) -> np.ndarray | None:
    """Stack embedding vectors, or None when any is missing (then shingles are used)."""
    rows = []
    for value in values:
        if value is None or (isinstance(value, float) and np.isnan(value)):
            return None
        vector = np.asarray(value, dtype=np.float32).ravel()
        if vector.size == 0:
            return None
        rows.append(vector)
    if not rows or len({r.size for r in rows}) != 1:
        return None
    return np.vstack(rows)
