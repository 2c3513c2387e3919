"""How alike two texts are, for the candidate pairs only.

Views of each text:
- meaning: USE embedding of the lead's start (title + first words), centred;
- lead words: TF-IDF of folded, stemmed words;
- lead spelling: TF-IDF of character n-grams (variants, plurals, names);
- lead names: TF-IDF of capitalised words and acronyms;
- body: TF-IDF of the folded, stemmed words of the whole text, for texts that have
  more than a lead. Two reports of one event share the body's specific
  vocabulary (names, places, figures); two pages that share only a theme share
  its common words, which the centring and the idf discount.
Each view is a centred cosine (vectors.py), so 0 means "no more alike than
two texts of this set drawn at random", for headlines and full pages alike.

The score is the weighted mean of the views; the body's weight grows from 0
(texts no longer than a lead: headlines) to full (texts twice a lead).
The weights are round numbers, not fitted; the three knobs that decide a
merge (shared-neighbour k, its gate, the merge bar in grouping.py) were
chosen on day-dev and headlines-dev together and checked each on the other
(benchmarks/group.py prints the grid).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

import numpy as np
from scipy import sparse

from . import lexical
from .neighbours import candidate_pairs
from .vectors import Centred, centred_dense, pair_dots, term_counts, tfidf, tfidf_rows

LEAD_WORDS = 60  # title + this many words: who, what, when, where
EMBED_WORDS = 30  # the embedder reads the lead's start: as good, and half the cost
BODY_WORDS = 1500  # enough to tell an event; bounds memory on very long pages


@dataclass(frozen=True)
class Weights:
    meaning: float = 1.0
    words: float = 1.0
    chars: float = 1.0
    names: float = 0.5
    body: float = 3.0  # at full weight (texts of two leads or more): pages are judged mostly on it
    candidates: int = 20  # nearest neighbours per text and view
    neighbours: int = 4  # shared-neighbour view (see shared_neighbours); 0: off
    gate: float = 0.2  # ... read only where the plain score reaches this


@dataclass(frozen=True)
class PairScores:
    """Scores of the candidate pairs (a[i] < b[i]) of n texts."""

    n: int
    a: np.ndarray
    b: np.ndarray
    score: np.ndarray  # plain score in [0, 1]
    topic: np.ndarray  # how much of a topic they share (see score_pairs)


def lead(title: str | None, text: str) -> str:
    return " ".join("\n".join(filter(None, [title, text])).split()[:LEAD_WORDS])


def embedded(lead_text: str) -> str:
    """What the embedder reads of a lead (its vector is cached by this text)."""
    return " ".join(lead_text.split()[:EMBED_WORDS])


def score_pairs(leads: Sequence[str], bodies: Sequence[str], vectors: np.ndarray | None, w: Weights = Weights()) -> PairScores:
    """Candidate pairs, their scores and topic scores. `bodies` are whole
    texts (title included). The topic score of two full pages is their body
    cosine on raw term counts (a topic's words recur: the same subject,
    whatever the event); of two short texts, their score."""
    n = len(leads)
    meaning = centred_dense(vectors) if vectors is not None and len(vectors) else None
    words = tfidf_rows(leads, lexical.words)
    body_counts = term_counts([" ".join(t.split()[:BODY_WORDS]) for t in bodies], lexical.words)
    body = tfidf(body_counts)
    length = np.array([len(t.split()) for t in bodies])
    with_body = np.flatnonzero(length > LEAD_WORDS)  # for the others, body words are lead words
    proposers = [(meaning, None), (words, None), (body, with_body)]
    a, b = candidate_pairs([(v, among) for v, among in proposers if v is not None], w.candidates)
    views = [
        (w.words, Centred(words).pairs(a, b)),
        (w.chars, Centred(tfidf_rows(leads, lexical.char_ngrams)).pairs(a, b)),
        (w.names, Centred(tfidf_rows(leads, lexical.names)).pairs(a, b)),
    ]
    if meaning is not None:
        views.append((w.meaning, np.clip(pair_dots(meaning, a, b), 0.0, 1.0)))
    shorter = np.minimum(length[a], length[b])
    has_body = np.clip((shorter - LEAD_WORDS) / LEAD_WORDS, 0.0, 1.0)
    total = sum(weight * view for weight, view in views) + w.body * has_body * Centred(body).pairs(a, b)
    score = total / (sum(weight for weight, _ in views) + w.body * has_body)
    topic = has_body * Centred(tfidf(body_counts, sublinear=False)).pairs(a, b) + (1 - has_body) * score
    return PairScores(n, a, b, score.astype(np.float32), topic.astype(np.float32))


def shared_neighbours(p: PairScores, k: int, gate: float) -> np.ndarray:
    """Second-order score of each pair: the cosine of the two texts' rows
    kept to themselves and their k best-scored neighbours. Headlines of one
    story often share no word with each other but the same neighbours. Read
    only where the plain score reaches `gate`, so that two texts are never
    joined only because each is the other's nearest (but unrelated) text."""
    rows = np.concatenate([p.a, p.b, np.arange(p.n)])
    cols = np.concatenate([p.b, p.a, np.arange(p.n)])
    vals = np.concatenate([p.score, p.score, np.ones(p.n, dtype=np.float32)])
    order = np.lexsort((-vals, rows))  # by row, best first
    rows, cols, vals = rows[order], cols[order], vals[order]
    rank = np.arange(len(rows)) - np.searchsorted(rows, rows)
    keep = rank <= k
    top = sparse.csr_matrix((vals[keep], (rows[keep], cols[keep])), shape=(p.n, p.n))
    top = sparse.diags(1.0 / np.maximum(np.sqrt(top.multiply(top).sum(axis=1).A.ravel()), 1e-12)) @ top
    second = pair_dots(top.tocsr(), p.a, p.b)
    return np.where(p.score >= gate, np.clip(second, 0.0, 1.0), 0.0).astype(np.float32)
