"""How much a page is about a subject, by meaning and by words.

Two views of the page's title and lead (where news says who, what and
where), each in [0, 1]:
- words: BM25 of the subject's words, as a share of what a text of average
  length holding each of them once scores (at most 1), so that a subject whose
  rare words ("Avia", "Dijon") a page holds scores near 1 whatever the
  subject's length;
- meaning: the cosine of the subject's and the lead's sentence vectors, on
  the very text the grouping embeds (events.embedded_lead), so each lead's
  vector is computed once for both.
The relevance is their weighted mean; a page is kept at or above a threshold
chosen on the subjects of the dev day and checked on others
(benchmarks/memo.py prints both).

A page in another script than the subject's ("diabète" and an Arabic page)
shares no word with it: the words view would read 0 and hide the page. Its
relevance is the meaning view alone, put on the same scale by the bar that
meaning alone needs (CROSS_THRESHOLD).
"""

from __future__ import annotations

import math
from collections import Counter
from typing import Sequence

import numpy as np

from ..events import embedded_lead, lead
from ..events.lexical import words
from ..records import Article
from ..text.embed import Embedder

WORDS_WEIGHT = 0.5  # share of the words view in the relevance (set, not tuned: both views count alike)
# Relevance at or above which a page is on the subject: the middle of the range
# (0.54-0.58) where all ten tuned subjects of day-dev keep their event's pages
# with precision >= 0.8 and recall >= 0.9; nine of ten held-out subjects do at it
# (benchmarks/memo.py --sweep). (Before the words' share was read against one
# mention, a page naming the subject once scored 0.45 in words, and 0.38 was the bar.)
THRESHOLD = 0.56
# The meaning view's own bar: on the ten tuned subjects of day-dev, scored by meaning
# alone, 0.25 keeps the most subjects at precision >= 0.8 and recall >= 0.9 (6 of 10;
# mean P 0.84, R 0.83); held-out subjects 6 of 10 (P 0.77, R 1.00). Weaker than both
# views (7 and 8 of 10), the best one view can do.
CROSS_THRESHOLD = 0.25
K1, B = 1.2, 0.75  # BM25's usual saturation and length normalisation


def words_scores(subject: str, texts: Sequence[str]) -> np.ndarray:
    """BM25 of the subject's words in each text, over the best it could reach."""
    query = list(dict.fromkeys(words(subject)))
    docs = [Counter(words(t)) for t in texts]
    if not query or not docs:
        return np.zeros(len(docs), dtype=np.float32)
    n = len(docs)
    df = Counter(t for d in docs for t in set(d))
    idf = {t: math.log(1 + (n - df[t] + 0.5) / (df[t] + 0.5)) for t in query}
    best = sum(idf.values())  # each word once in a text of average length
    lengths = np.array([sum(d.values()) for d in docs], dtype=np.float64)
    average = max(1.0, float(lengths.mean()))
    out = np.zeros(n, dtype=np.float32)
    for row, (doc, length) in enumerate(zip(docs, lengths)):
        score = 0.0
        for term in query:
            tf = doc.get(term, 0)
            if tf:
                score += idf[term] * tf * (K1 + 1) / (tf + K1 * (1 - B + B * length / average))
        out[row] = min(score / best, 1.0)
    return out


def meaning_scores(subject: str, articles: Sequence[Article], embedder: Embedder) -> np.ndarray:
    vectors = embedder.encode([subject, *(embedded_lead(a) for a in articles)])
    return np.clip(vectors[1:] @ vectors[0], 0.0, 1.0)


def relevance(subject: str, articles: Sequence[Article], embedder: Embedder | None = None) -> np.ndarray:
    """Each article's relevance to `subject`, in [0, 1]."""
    if embedder is None:
        from ..text.embed import get_embedder

        embedder = get_embedder()
    lexical = words_scores(subject, [lead(a.text, a.title) for a in articles])  # title and lead, as grouping reads them
    return _combined(subject, lexical, meaning_scores(subject, articles, embedder), [a.lang for a in articles])


def lead_relevance(subject: str, leads: Sequence[str], vectors: np.ndarray, langs: Sequence[str | None],
                   embedder: Embedder) -> np.ndarray:
    """The relevance of texts known by their leads (events.lead) and their leads' vectors
    (of events.embedded_lead), as the store keeps them."""
    if not len(leads):
        return np.zeros(0, dtype=np.float32)
    meaning = np.clip(vectors @ embedder.encode([subject])[0], 0.0, 1.0)
    return _combined(subject, words_scores(subject, leads), meaning, langs)


def _combined(subject: str, lexical: np.ndarray, meaning: np.ndarray, langs: Sequence[str | None]) -> np.ndarray:
    both = WORDS_WEIGHT * lexical + (1 - WORDS_WEIGHT) * meaning
    other_script = np.array([_arabic(subject) != (lang == "ar") for lang in langs], dtype=bool)
    return np.where(other_script, np.minimum(meaning * THRESHOLD / CROSS_THRESHOLD, 1.0), both).astype(np.float32)


def _arabic(text: str) -> bool:
    """Written mostly in Arabic letters."""
    letters = [c for c in text if c.isalpha()]
    return sum("\u0600" <= c <= "\u06ff" for c in letters) * 2 > len(letters)
