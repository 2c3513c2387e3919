"""Sparse TF-IDF rows and centred cosines, computed only for chosen pairs.

Nothing here builds an n x n matrix: similarities are read for the candidate
pairs that the nearest-neighbour search proposes (neighbours.py), in chunks,
so memory stays proportional to the number of pairs.

Centring: the cosine of two vectors after subtracting what the whole set
shares (the mean vector). It removes the background every French news text
has in common (function words, 'this is a news story') so that a cosine of 0
means "nothing more in common than any two texts of this set", whatever their
length. Small sets cannot estimate that mean, so it is shrunk towards zero
(weight n / (n + CENTRE_PRIOR)).
"""

from __future__ import annotations

from typing import Callable, Sequence

import numpy as np
from scipy import sparse

from .counting import term_counts, unit_rows

CENTRE_PRIOR = 20  # texts: below a few dozen, the set mean is mostly the texts themselves
CHUNK = 20_000  # pairs per chunk when reading similarities
# Stored entries of the sparse rows gathered per chunk: 20,000 pairs of pages
# of some 500 distinct words each gathered 20 million (some 200 MB with their
# product), a window's peak; this many hold 25 MB, at no cost in time.
CHUNK_ENTRIES = 2_000_000


def tfidf(counts: sparse.csr_matrix, sublinear: bool = True) -> sparse.csr_matrix:
    """L2-normalised TF-IDF rows (smoothed idf, as scikit-learn's default);
    `sublinear` counts a term 1 + log(count) times."""
    df = np.bincount(counts.indices, minlength=counts.shape[1])
    idf = np.log((1 + counts.shape[0]) / (1 + df)) + 1.0
    weighted = counts.copy()
    if sublinear:
        weighted.data = 1.0 + np.log(weighted.data)
    return unit_rows((weighted @ sparse.diags(idf.astype(np.float32))).tocsr(), copy=False)


def tfidf_rows(texts: Sequence[str], analyzer: Callable[[str], list[str]]) -> sparse.csr_matrix:
    return tfidf(term_counts(texts, analyzer))


class Centred:
    """Centred cosines of one view, for any pairs of rows.

    `groups` (one int per row) centres each group on its own mean: texts of one
    language share that language's background (its common words, and the
    direction the sentence encoder gives the language), which the mean of a
    set of mostly other languages would not remove."""

    def __init__(self, rows: sparse.csr_matrix | np.ndarray, groups: np.ndarray | None = None):
        self.rows = rows
        n = rows.shape[0]
        self.groups = np.zeros(n, dtype=np.int64) if groups is None else np.asarray(groups)
        means = _group_means(rows, self.groups)  # G x d, dense
        self.to_means = np.asarray(rows @ means.T)  # x_i . m_g for every group g
        if self.to_means.ndim == 1:
            self.to_means = self.to_means[:, None]
        self.mean_dots = means @ means.T
        own = self.to_means[np.arange(n), self.groups]
        norms_sq = _row_norms_sq(rows)
        self.norms = np.sqrt(np.maximum(norms_sq - 2 * own + self.mean_dots[self.groups, self.groups], 1e-12))

    def pairs(self, a: np.ndarray, b: np.ndarray) -> np.ndarray:
        """(x_a - m_a).(x_b - m_b) / (|x_a - m_a| |x_b - m_b|), clipped to [0, 1]."""
        ga, gb = self.groups[a], self.groups[b]
        dots = pair_dots(self.rows, a, b)
        centred = dots - self.to_means[a, gb] - self.to_means[b, ga] + self.mean_dots[ga, gb]
        return np.clip(centred / (self.norms[a] * self.norms[b]), 0.0, 1.0)


def _group_means(rows: sparse.csr_matrix | np.ndarray, groups: np.ndarray) -> np.ndarray:
    """Each group's mean row, shrunk towards zero for small groups (CENTRE_PRIOR)."""
    count = int(groups.max()) + 1 if len(groups) else 1
    means = np.zeros((count, rows.shape[1]), dtype=np.float64)
    for g in range(count):
        members = np.flatnonzero(groups == g)
        if len(members):
            mean = np.asarray(rows[members].mean(axis=0)).ravel()
            means[g] = mean * (len(members) / (len(members) + CENTRE_PRIOR))
    return means


def centred_dense(vectors: np.ndarray, groups: np.ndarray | None = None) -> np.ndarray:
    """Dense rows minus their group's (shrunk) mean, renormalised: the same
    centring as Centred, for embeddings that a neighbour search reads."""
    groups = np.zeros(len(vectors), dtype=np.int64) if groups is None else np.asarray(groups)
    v = vectors.astype(np.float32) - _group_means(vectors, groups)[groups].astype(np.float32)
    return v / np.maximum(np.linalg.norm(v, axis=1, keepdims=True), 1e-12)


def pair_dots(rows: sparse.csr_matrix | np.ndarray, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Dot products of rows a[i] and b[i], chunked to bound memory (each
    pair's dot is the same whatever the chunks)."""
    out = np.empty(len(a), dtype=np.float32)
    for start, end in _chunks(rows, a, b):
        i, j = a[start:end], b[start:end]
        if sparse.issparse(rows):
            out[start:end] = np.asarray(rows[i].multiply(rows[j]).sum(axis=1)).ravel()
        else:
            out[start:end] = np.einsum("ij,ij->i", rows[i], rows[j])
    return out


def _chunks(rows, a: np.ndarray, b: np.ndarray) -> list[tuple[int, int]]:
    """(start, end) of each chunk of pairs: CHUNK pairs at most, and for
    sparse rows CHUNK_ENTRIES stored entries gathered at most (one pair at least)."""
    if not sparse.issparse(rows):
        return [(start, min(start + CHUNK, len(a))) for start in range(0, len(a), CHUNK)]
    sizes = np.diff(rows.indptr)
    gathered = np.cumsum(sizes[a] + sizes[b])
    out, start = [], 0
    while start < len(a):
        before = gathered[start - 1] if start else 0
        end = int(np.searchsorted(gathered, before + CHUNK_ENTRIES, side="right"))
        end = min(max(end, start + 1), start + CHUNK)
        out.append((start, end))
        start = end
    return out


def _row_norms_sq(rows: sparse.csr_matrix | np.ndarray) -> np.ndarray:
    if sparse.issparse(rows):
        return np.asarray(rows.multiply(rows).sum(axis=1)).ravel()
    return np.einsum("ij,ij->i", rows, rows)
