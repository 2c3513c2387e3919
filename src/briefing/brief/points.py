"""Key points with their sources: say once what sources agree on, cite all of them.

A point's sources are the article its sentence came from plus every other
article of the event with a sentence that says much the same (word and name
overlap, TF-IDF cosine). Two chosen sentences from different articles that
say the same thing become one point citing both.
"""

from __future__ import annotations

from typing import Sequence

import numpy as np

from ..events import lexical
from ..records import KeyPoint, Sentence

AGREE = 0.35  # cosine of two sentences that report the same fact
SAME_POINT = 0.5  # cosine above which two chosen sentences are one point
MIN_WORDS = 8  # shorter fragments ("Dans une déclaration à la presse") say nothing alone
_LIST_ITEM = ("-", "•", "*", "–")  # speaker lists and menus, not statements


def usable(sentence: Sentence) -> bool:
    text = sentence.text.strip()
    return len(text.split()) >= MIN_WORDS and not text.startswith(_LIST_ITEM)


def _vectors(sentences: Sequence[Sentence]) -> np.ndarray:
    docs = [lexical.words(s.text) + lexical.names(s.text) for s in sentences]
    return lexical.tfidf(docs)


def key_points(chosen: Sequence[Sentence], pool: Sequence[Sentence]) -> list[KeyPoint]:
    """Points from the summary's `chosen` sentences, cited by every article
    in `pool` (all sentences of the event) that supports them."""
    chosen = [s for s in chosen if usable(s)]
    if not chosen:
        return []
    everything = list(chosen) + list(pool)
    vectors = _vectors(everything)
    sim = vectors[: len(chosen)] @ vectors.T
    points: list[tuple[str, list[str]]] = []
    owner: list[int] = []  # which point each chosen sentence went to
    for i, sentence in enumerate(chosen):
        supporters = [sentence.article_id]
        for j, other in enumerate(everything):
            if other.article_id not in supporters and sim[i, j] >= AGREE:
                supporters.append(other.article_id)
        merged = next(
            (owner[k] for k in range(i) if chosen[k].article_id != sentence.article_id and sim[i, k] >= SAME_POINT),
            None,
        )
        if merged is None:
            owner.append(len(points))
            points.append((sentence.text, supporters))
        else:
            owner.append(merged)
            points[merged][1].extend(s for s in supporters if s not in points[merged][1])
    return [KeyPoint(text, tuple(sorted(ids))) for text, ids in points]
