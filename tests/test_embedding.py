"""Embedders load offline from package-shipped weights; the embed path encodes each text once."""

from __future__ import annotations

import numpy as np
import pytest

from monitor import embedding
from monitor.text import text_hash
from tests.conftest import make_mention


class RecordingEmbedder:
    """A real embedder that also records what it was asked to encode."""

    def __init__(self, inner: embedding.Embedder):
        self.inner = inner
        self.name = inner.name
        self.dim = inner.dim
        self.calls: list[list[str]] = []

    def encode(self, texts):
        self.calls.append(list(texts))
        return self.inner.encode(texts)


@pytest.fixture(scope="module")
def use():
    return embedding.get_embedder("use-multilingual")


def test_use_vectors_are_unit_float32(use):
    vectors = use.encode(["o pedido não chegou", "el pedido no llegó", "my order never arrived"])
    assert vectors.shape == (3, 512)
    assert vectors.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert use.name == "use-multilingual-v3" and use.dim == 512


def test_use_is_multilingual(use):
    pt, es, en, other = use.encode(["meu pedido não chegou", "mi pedido no llegó",
                                    "my order did not arrive", "adoro praia no verão"])
    assert pt @ en > pt @ other
    assert es @ en > es @ other


def test_repeated_text_is_encoded_once_per_batch_and_then_cached(use):
    recorder = RecordingEmbedder(use)
    cache = embedding.MemoryCache()
    texts = ["Pedido 123 não chegou", "pedido 123   NÃO chegou", "Great app", "Pedido 123 não chegou"]
    first = embedding.embed(recorder, texts, cache)
    assert recorder.calls == [["pedido 123 não chegou", "great app"]]
    assert first.shape == (4, 512)
    np.testing.assert_array_equal(first[0], first[1])
    np.testing.assert_array_equal(first[0], first[3])
    again = embedding.embed(recorder, ["great   app", "Pedido 123 não chegou"], cache)
    assert len(recorder.calls) == 1
    assert cache.hits == 2
    np.testing.assert_array_equal(again[0], first[2])


def test_embed_without_cache_and_empty_input(use):
    assert embedding.embed(use, [], None).shape == (0, 512)
    assert embedding.embed(use, ["oi", "oi"], None).shape == (2, 512)


def test_stored_text_hash_is_the_shared_text_hash(store):
    """The store's text_hash column, the embedding cache key and monitor.text agree."""
    texts = ["Olá  Mundo", "¿Qué PASA?", "fine\tthanks\n"]
    store.save_page([make_mention(n, text=text) for n, text in enumerate(texts)])
    stored = dict(store.db.execute("SELECT text, text_hash FROM mentions").fetchall())
    assert stored == {text: text_hash(text) for text in texts}
    assert all(embedding.text_hash(text) == text_hash(text) for text in texts)


def test_minilm_loads_offline_from_the_package():
    model = embedding.make_embedder("minilm")
    vectors = model.encode(["the flight was cancelled", "the flight got cancelled", "I love pizza"])
    assert vectors.shape == (3, 384) and model.dim == 384
    assert vectors[0] @ vectors[1] > vectors[0] @ vectors[2]
    same = embedding.make_embedder(f"sentence-transformers:{embedding.minilm_path()}")
    np.testing.assert_allclose(same.encode(["hello"]), model.encode(["hello"]), atol=1e-5)


def test_unknown_spec_is_rejected():
    with pytest.raises(ValueError, match="unknown embedder spec"):
        embedding.make_embedder("word2vec")
