"""One similarity matrix from several views of the texts.

Views: meaning (USE embeddings), rare words (TF-IDF with squared idf, so names
and places weigh more than common words), spelling variants (character
n-grams) and names (capitalised words and acronyms). Weights and the
neighbourhood step were chosen on the science_tech half of headlines-dev and
checked on the sports half (see benchmarks/group.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

import numpy as np

from . import lexical


@dataclass(frozen=True)
class Weights:
    meaning: float = 0.3
    words: float = 0.4
    chars: float = 0.3
    names: float = 0.2
    idf_power: float = 2.0
    neighbours: int = 2  # nearest neighbours in the neighbourhood view
    min_for_neighbours: int = 20  # below this, neighbourhoods say too little
    centre_min: int = 20  # centre embeddings only when the set can estimate a mean


def meaning_similarity(vectors: np.ndarray, centre: bool) -> np.ndarray:
    """Cosine of embeddings; centring removes what all texts of a set share
    (e.g. 'this is a sports headline'), which otherwise inflates every pair."""
    v = vectors.astype(np.float32)
    if centre:
        v = v - v.mean(axis=0, keepdims=True)
    v = v / np.maximum(np.linalg.norm(v, axis=1, keepdims=True), 1e-12)
    return np.clip(v @ v.T, 0.0, 1.0)


def lexical_similarity(texts: Sequence[str], w: Weights) -> np.ndarray:
    parts = [
        (w.words, lexical.tfidf([lexical.words(t) for t in texts], w.idf_power)),
        (w.chars, lexical.tfidf([lexical.char_ngrams(t) for t in texts])),
        (w.names, lexical.tfidf([lexical.names(t) for t in texts])),
    ]
    total = sum(weight for weight, _ in parts)
    return sum(weight * lexical.cosine(m) for weight, m in parts) / total


def neighbourhood(similarity: np.ndarray, k: int) -> np.ndarray:
    """Second-order similarity: two texts are close when their k nearest
    neighbours (and themselves) are the same. This joins headlines that
    share no word with each other but share neighbours."""
    rows = similarity.copy()
    np.fill_diagonal(rows, 1.0)
    drop = np.argsort(-rows, axis=1)[:, k + 1 :]
    np.put_along_axis(rows, drop, 0.0, axis=1)
    rows /= np.maximum(np.linalg.norm(rows, axis=1, keepdims=True), 1e-12)
    return np.clip(rows @ rows.T, 0.0, 1.0)


def combined(texts: Sequence[str], vectors: np.ndarray | None, w: Weights = Weights()) -> np.ndarray:
    """The raw (first-order) similarity, in [0, 1]."""
    lex = lexical_similarity(texts, w)
    lex_weight = w.words + w.chars + w.names
    if vectors is None:
        return lex
    meaning = meaning_similarity(vectors, centre=len(texts) >= w.centre_min)
    return (w.meaning * meaning + lex_weight * lex) / (w.meaning + lex_weight)
