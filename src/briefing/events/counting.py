"""Term counts and unit rows, as scikit-learn makes them, without importing it.

Importing scikit-learn (it loads scipy.stats and its own utilities) took some
0.8 s of every run, a quarter of the seeds' memo, for three small jobs:
counting terms (CountVectorizer), scaling rows to unit length (normalize) and
the nearest rows by cosine (NearestNeighbors, neighbours.py). Each is done
here in the same steps, so the matrices are the same arrays, entry for entry
and in the same order (tests/test_counting.py holds them against
scikit-learn where it is installed), and grouping gives the same events.
"""

from __future__ import annotations

from collections import Counter
from typing import Callable, Sequence

import numpy as np
from scipy import sparse


def counted_rows(texts: Sequence[str], analyzer: Callable[[str], list[str]], column: Callable[[str, int], int],
                 width: int | None = None) -> tuple[sparse.csr_matrix, dict[str, int]]:
    """Term counts per text (float32) and each term's column: `column(term, terms seen before)`
    numbers a term the first time it comes; `width` columns (default: one per term)."""
    columns_of: dict[str, int] = {}
    columns: list[int] = []
    counts: list[int] = []
    indptr = [0]
    for text in texts:
        counter = Counter(analyzer(text))
        for term in counter:
            if term not in columns_of:
                columns_of[term] = column(term, len(columns_of))
        columns.extend(map(columns_of.__getitem__, counter))
        counts.extend(counter.values())
        indptr.append(len(columns))
    rows = sparse.csr_matrix(
        (np.asarray(counts, dtype=np.float32), np.asarray(columns, dtype=np.int32), np.asarray(indptr, dtype=np.int32)),
        shape=(len(texts), width if width is not None else max(len(columns_of), 1)),
    )
    return rows, columns_of


def term_counts(texts: Sequence[str], analyzer: Callable[[str], list[str]]) -> sparse.csr_matrix:
    """Term counts per text (float32), a column per term in sorted order, as
    CountVectorizer(analyzer=analyzer).fit_transform; (n, 1) zeros if no term."""
    # Columns numbered as terms come, then renumbered in sorted order: the
    # matrix does not depend on the first numbering (it is sklearn's too).
    rows, vocabulary = counted_rows(texts, analyzer, lambda term, seen: seen)
    if not vocabulary:
        return rows
    renumber = np.empty(len(vocabulary), dtype=np.int32)
    for new, term in enumerate(sorted(vocabulary)):
        renumber[vocabulary[term]] = new
    rows.indices = renumber.take(rows.indices)
    rows.sort_indices()
    return rows


def unit_rows(rows: sparse.csr_matrix | np.ndarray, copy: bool = True) -> sparse.csr_matrix | np.ndarray:
    """Each row over its L2 norm (an all-zero row left as it is), as sklearn's
    normalize: sparse rows' squares summed in double precision, dense rows' by einsum."""
    if sparse.issparse(rows):
        rows = rows.copy() if copy else rows
        squares = rows.data * rows.data  # in the rows' precision, then summed in double
        sizes = np.diff(rows.indptr)
        sums = np.zeros(rows.shape[0], dtype=np.float64)
        filled = sizes > 0
        sums[filled] = np.add.reduceat(squares.astype(np.float64), rows.indptr[:-1][filled])
        norms = np.sqrt(sums)
        norms[norms == 0.0] = 1.0
        rows.data = (rows.data / np.repeat(norms, sizes)).astype(rows.dtype)
        return rows
    rows = np.array(rows, copy=True) if copy else rows
    norms = np.sqrt(np.einsum("ij,ij->i", rows, rows))
    norms[norms < 10 * np.finfo(norms.dtype).eps] = 1.0  # sklearn's _handle_zeros_in_scale
    rows /= norms[:, None]
    return rows
