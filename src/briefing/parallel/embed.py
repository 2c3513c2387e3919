"""An `Embedder` whose encoding runs in the workers, for stages that run in
this process (grouping) but embed a text per article.

Texts are deduplicated and cached here; the missing ones are sorted by
length (little padding inside the encoder's batches) and cut into chunks of
a fixed size, so the chunks, and so the vectors, do not depend on the
number of workers.

With `rest`, the workers are ended once the texts are embedded (Workers.rest):
grouping embeds every lead at once, then clusters in this process for a
long while, and the workers would hold their encoders meanwhile.
"""

from __future__ import annotations

from typing import Sequence

import numpy as np

from ..text.embed import CACHED_VECTORS, VectorCache
from . import tasks
from .pool import Workers

CHUNK = 64  # texts per task: small enough to keep both workers busy to the end


class PoolEmbedder:
    def __init__(self, workers: Workers, chunk: int = CHUNK, rest: bool = False) -> None:
        self.workers = workers
        self.chunk = chunk
        self.rest = rest
        self._cache = VectorCache(CACHED_VECTORS)

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        texts = list(texts)
        missing = self._cache.missing(texts)
        chunks = [missing[i : i + self.chunk] for i in range(0, len(missing), self.chunk)]
        for chunk, vectors in zip(chunks, self.workers.map(tasks.embed_texts, chunks)):
            self._cache.add(chunk, vectors)
        if self.rest and missing:
            self.workers.rest()
        return self._cache.read(texts)
