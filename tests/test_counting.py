"""events/counting.py and neighbours.py redo scikit-learn's CountVectorizer,
normalize and brute-force cosine NearestNeighbors without importing it: the
same arrays, entry for entry, and the same neighbours, ties included."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from scipy import sparse
from sklearn import config_context
from sklearn.feature_extraction.text import CountVectorizer
from sklearn.neighbors import NearestNeighbors
from sklearn.preprocessing import normalize

from briefing.events import lexical
from briefing.events.counting import term_counts, unit_rows
from briefing.events.neighbours import WORKING_MEMORY_MB, nearest
from briefing.events.vectors import tfidf

SEEDS = [p.read_text(encoding="utf-8") for p in sorted((Path(__file__).parents[1] / "seeds").glob("*.txt"))]
TEXTS = SEEDS + [
    "Le Premier ministre annonce à Rabat un plan de relance de 120 milliards de dirhams",
    "أعلن رئيس الحكومة في الرباط عن خطة بقيمة 120 مليار درهم لإنعاش الاقتصاد",
    "the the the",  # no name, few words
    "",  # no term at all: an all-zero row
    SEEDS[0],  # a copy: a tie at distance 0
]


def _same(a: sparse.csr_matrix, b: sparse.csr_matrix) -> bool:
    return (a.shape == b.shape and np.array_equal(a.indptr, b.indptr) and np.array_equal(a.indices, b.indices)
            and np.array_equal(a.data, b.data) and a.dtype == b.dtype)


def _sklearn_pairs(rows, k: int) -> set[tuple[int, int]]:
    with config_context(working_memory=WORKING_MEMORY_MB):
        found = NearestNeighbors(n_neighbors=k + 1, metric="cosine", algorithm="brute").fit(rows).kneighbors(rows, return_distance=False)
    return {(i, int(j)) for i, row in enumerate(found) for j in row if i != j}


def test_term_counts_are_countvectorizers():
    for analyzer in (lexical.words, lexical.char_ngrams, lexical.names):
        ours = term_counts(TEXTS, analyzer)
        theirs = CountVectorizer(analyzer=analyzer).fit_transform(TEXTS).astype(np.float32).tocsr()
        assert _same(ours, theirs), analyzer.__name__


def test_no_term_at_all_is_one_empty_column():
    assert term_counts(["", "   "], lexical.words).shape == (2, 1)


def test_unit_rows_are_normalizes():
    rows = tfidf(term_counts(TEXTS, lexical.words))
    weighted = rows.multiply(3.7).tocsr()
    assert _same(unit_rows(weighted), normalize(weighted, copy=True).tocsr())
    dense = np.random.default_rng(0).normal(size=(40, 16)).astype(np.float32)
    dense[3] = 0.0
    assert np.array_equal(unit_rows(dense), normalize(dense, copy=True))


def test_nearest_rows_are_nearestneighbors():
    for analyzer in (lexical.words, lexical.names):  # names: most rows empty, every distance a tie
        rows = tfidf(term_counts(TEXTS, analyzer))
        i, j = nearest(rows, 3)
        assert set(zip(i.tolist(), j.tolist())) == _sklearn_pairs(rows, 3), analyzer.__name__


def test_nearest_rows_block_by_block_are_nearestneighbors():
    """1,600 rows take two blocks of WORKING_MEMORY_MB: each row's neighbours as sklearn's blocks give them."""
    dense = np.random.default_rng(1).normal(size=(1600, 8)).astype(np.float32)
    dense[7] = dense[1500]  # a copy across the blocks
    i, j = nearest(dense, 5)
    assert set(zip(i.tolist(), j.tolist())) == _sklearn_pairs(dense, 5)
