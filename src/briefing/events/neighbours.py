"""Candidate pairs: each text's nearest neighbours in a few views.

Two texts can only be one event if they are close in at least one view, so
the union of every text's k nearest neighbours (in meaning, in lead words, in
body words) holds the pairs worth scoring; every other pair counts as
similarity 0. That is n * k pairs per view instead of n * n.

The search is scikit-learn's brute-force NearestNeighbors: it computes
distances a block of rows at a time (bounded working memory) and keeps k per
row. Its time grows as n^2 * dimension, but with a small constant (a matrix
product): on 2 cores it stays a small part of grouping 10,000 headlines (see
benchmarks/group.py); an approximate index (hnswlib, faiss) would take over
past a few hundred thousand texts.
"""

from __future__ import annotations

from typing import Iterable

import numpy as np
from scipy import sparse
from sklearn.neighbors import NearestNeighbors

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
    from sklearn import config_context

    with config_context(working_memory=WORKING_MEMORY_MB):
        index = NearestNeighbors(n_neighbors=k + 1, metric="cosine", algorithm="brute").fit(rows)
        found = index.kneighbors(rows, return_distance=False)
    i = np.repeat(np.arange(n), found.shape[1])
    j = found.ravel()
    keep = i != j
    return i[keep], j[keep]


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
