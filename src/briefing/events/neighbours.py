"""Candidate pairs: each text's nearest neighbours in a few views.

Two texts can only be one event if they are close in at least one view, so
the union of every text's k nearest neighbours (in meaning, in lead words, in
body words) holds the pairs worth scoring; every other pair counts as
similarity 0. That is n * k pairs per view instead of n * n.

The search is brute force, as scikit-learn's NearestNeighbors(metric="cosine",
algorithm="brute") does it, step for step (counting.py says why not by
importing it): distances a block of rows at a time (bounded working memory),
k kept per row. Its time grows as n^2 * dimension, but with a small constant
(a matrix product): on 2 cores it stays a small part of grouping 10,000
headlines (see benchmarks/group.py); an approximate index (hnswlib, faiss)
would take over past a few hundred thousand texts.
"""

from __future__ import annotations

from typing import Iterable

import numpy as np
from scipy import sparse

from .counting import unit_rows

# Per block of distances. A sparse view's block is first a sparse product
# (nearly dense for bodies: they share common words) then its dense copy:
# at 64 MB, the body view of a 4,000-page window took 113 MB over its rows,
# at 16 MB 31 MB, in less time; each row's neighbours do not depend on it.
WORKING_MEMORY_MB = 16


def nearest(rows: sparse.csr_matrix | np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """(i, j) pairs: j is among the k nearest rows of i by cosine, j != i."""
    n = rows.shape[0]
    k = min(k, n - 1)
    if k < 1:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    blocks = _blocks(n)
    others = unit_rows(rows)  # every row, once: sklearn scales them again for each block, to the same values
    found = np.vstack([_closest(rows, others, start, stop, k + 1) for start, stop in blocks])
    i = np.repeat(np.arange(n), found.shape[1])
    j = found.ravel()
    keep = i != j
    return i[keep], j[keep]


def _blocks(n: int) -> list[tuple[int, int]]:
    """Rows per block: WORKING_MEMORY_MB of float64 distances (as sklearn counts them)."""
    size = max(1, min(n, int(WORKING_MEMORY_MB * 2**20 // (8 * n))))
    return [(start, min(start + size, n)) for start in range(0, n, size)]


def _closest(rows: sparse.csr_matrix | np.ndarray, others: sparse.csr_matrix | np.ndarray,
             start: int, stop: int, k: int) -> np.ndarray:
    """Indexes of the k rows of smallest cosine distance to each row of the block
    (itself included), in no order; ties fall as numpy's argpartition leaves them.
    `others`: every row scaled to unit length."""
    whole = start == 0 and stop == rows.shape[0]
    block = others if whole else unit_rows(rows[start:stop])
    similarity = block @ others.T
    if sparse.issparse(similarity):
        similarity = similarity.toarray()
    similarity *= -1
    similarity += 1
    distance = np.clip(similarity, 0.0, 2.0)  # a row's own distance left as computed, as sklearn leaves it
    return np.argpartition(distance, k - 1, axis=1)[:, :k]


def candidate_pairs(
    views: Iterable[tuple[sparse.csr_matrix | np.ndarray, np.ndarray | None]], k: int
) -> tuple[np.ndarray, np.ndarray]:
    """Unique pairs (a < b) proposed by any view. Each view comes with the
    texts it applies to (None: all), e.g. only the texts that have a body."""
    found = []
    for rows, among in views:
        if among is None:
            found.append(nearest(rows, k))
        elif len(among) > 1:
            i, j = nearest(rows[among], k)
            found.append((among[i], among[j]))
    if not found:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    i = np.concatenate([f[0] for f in found])
    j = np.concatenate([f[1] for f in found])
    a, b = np.minimum(i, j).astype(np.int64), np.maximum(i, j).astype(np.int64)
    width = int(b.max(initial=0)) + 1
    keys = np.unique(a * width + b)
    return keys // width, keys % width
