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
from .terms import TermRows
from .vectors import Centred, centred_dense, pair_dots, term_counts, tfidf, tfidf_rows

LEAD_WORDS = 60  # title + this many words: who, what, when, where
LATIN = "latin"  # a Latin-script text too short for its language to be told (see same_language)
EMBED_WORDS = 30  # the embedder reads the lead's start: as good, and half the cost
# Two languages share no word: their pair is judged on meaning alone, from a
# longer start of the text (the USE baseline's 100 words; flores/mixed ARI
# 0.980 at 45 or 60 words, 0.993 at 100; flores/text 0.985 / 0.990 / 0.993).
# Embedded only in a set of several languages, so a French run reads the same
# vectors as before; a mixed set's grouping takes about twice the CPU.
CROSS_WORDS = 100
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
    # Two languages share no word, so their pair is scored on the meaning view
    # alone, less this floor (rescaled to [0, 1]): a meaning cosine is higher
    # than the mean of the views for unrelated texts. Chosen on
    # multilingual-dev/flores (benchmarks/multilingual.py).
    cross_floor: float = 0.3
    # Two Arabic texts: USE's vectors of a short Arabic lead barely tell two
    # events apart (SemEval dev ar-ar 'same' against 'different' pairs: AUC
    # 0.77, French 0.96, English 0.93; the lexical views 0.82-0.85), so their
    # pair is scored on the lexical views alone, and that score is scaled down
    # (a bar of its own): two Arabic pages of different stories share more
    # words than two French ones (SemEval's Arabic 'different' pairs are often
    # two statements of one person; median words view 0.13 against 0.02). The
    # factor was chosen on SemEval dev's first half (0.6-1.0 tried, 0.7 best)
    # and checked on the second (benchmarks/multilingual.py prints both).
    arabic_meaning: float = 0.0
    arabic_scale: float = 0.7


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


def cross_embedded(title: str | None, text: str) -> str:
    """What the embedder reads of a text for its pairs with other languages."""
    return " ".join("\n".join(filter(None, [title, text])).split()[:CROSS_WORDS])


def several_languages(langs: Sequence[str | None] | None) -> bool:
    """True when some pair of the texts is of two languages (same_language)."""
    if not langs:
        return False
    one_each = np.array(list({x: i for i, x in enumerate(langs)}.values()))  # a text per language value
    a, b = np.triu_indices(len(one_each), 1)
    return not bool(same_language(langs, one_each[a], one_each[b]).all())


def same_language(langs: Sequence[str | None] | None, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Per pair: True when the two texts are of one language. None is an
    unknown language, LATIN one of the Latin-script languages: each is
    compared with any language it may be (None with all, LATIN with all but
    Arabic)."""
    if langs is None:
        return np.ones(len(a), dtype=bool)
    codes = {lang: k for k, lang in enumerate(sorted({x for x in langs if x and x != LATIN}))}
    lang = np.array([codes.get(x, -2 if x == LATIN else -1) if x else -1 for x in langs], dtype=np.int64)
    arabic = np.array([x == "ar" for x in langs])
    la, lb = lang[a], lang[b]
    latin_any = ((la == -2) & ~arabic[b]) | ((lb == -2) & ~arabic[a])
    return (la == lb) | (la == -1) | (lb == -1) | latin_any


def both_arabic(langs: Sequence[str | None] | None, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Per pair: True when both texts are Arabic (by their script, see events._language)."""
    if langs is None:
        return np.zeros(len(a), dtype=bool)
    arabic = np.array([x == "ar" for x in langs], dtype=bool)
    return arabic[a] & arabic[b]


def language_groups(langs: Sequence[str | None] | None, n: int) -> np.ndarray | None:
    """A centring group per text (vectors.Centred): one per language; a text of
    unknown or untold Latin language joins the commonest language but Arabic
    (one group, as before, for a set in one language)."""
    if langs is None:
        return None
    known = [x for x in langs if x and x != LATIN]
    counts = {x: known.count(x) for x in dict.fromkeys(known)}
    latin = max((x for x in counts if x != "ar"), key=counts.__getitem__, default=None)
    keys = [x if x and x != LATIN else latin for x in langs]
    ids = {k: i for i, k in enumerate(dict.fromkeys(keys))}
    return np.array([ids[k] for k in keys], dtype=np.int64) if len(keys) == n else None


def _comparable(rows: sparse.csr_matrix, same: np.ndarray, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """A lexical view counts for a pair of one language where both texts have
    terms in it: an empty row (an Arabic text has no capitalised names) says
    nothing, and two empty rows are not alike."""
    has = np.diff(rows.indptr) > 0
    return same & has[a] & has[b]


def cross_language(meaning: np.ndarray, w: Weights) -> np.ndarray:
    """The score of two texts in different languages, read from the meaning
    view alone and put on the scale of the mixed score (see Weights.cross_floor)."""
    return np.clip((meaning - w.cross_floor) / (1.0 - w.cross_floor), 0.0, 1.0)


def score_pairs(
    leads: Sequence[str],
    bodies: Sequence[str],
    vectors: np.ndarray | None,
    w: Weights = Weights(),
    langs: Sequence[str | None] | None = None,
    across: int | None = None,
    cross_vectors: np.ndarray | None = None,
    counts: TermRows | None = None,
) -> PairScores:
    """Candidate pairs, their scores and topic scores. `bodies` are whole
    texts (title included); `langs` the texts' languages (None: unknown,
    compared with any). The lexical views count only between texts of one
    language; a pair of two languages is scored on meaning (cross_language).
    The topic score of two full pages is their body cosine on raw term counts
    (a topic's words recur: the same subject, whatever the event); of two
    short texts, or two languages, their score. `across` n keeps only the pairs
    of a text below n and one at or above it (today's pages against stored
    ones): the others are proposed alike, but not scored. `cross_vectors`
    (cross_embedded texts' vectors) score the pairs of two languages, when given.
    `counts`: the texts' term rows counted already (terms.py: linking keeps
    stored pages' counts), bodies then cut to the words counted."""
    n = len(leads)
    groups = language_groups(langs, n)
    meaning = centred_dense(vectors, groups) if vectors is not None and len(vectors) else None
    if counts is None:
        lead_counts = term_counts(leads, lexical.words)
        cut = [" ".join(t.split()[:BODY_WORDS]) for t in bodies]
        body_counts = lead_counts if cut == list(leads) else term_counts(cut, lexical.words)  # leads only: read once
    else:
        lead_counts, body_counts = counts.lead_words, counts.body_words
    words = tfidf(lead_counts)
    body = tfidf(body_counts)
    length = np.array([len(t.split()) for t in bodies])
    with_body = np.flatnonzero(length > LEAD_WORDS)  # for the others, body words are lead words
    proposers = [(meaning, None), (words, None), (body, with_body)]
    a, b = candidate_pairs([(v, among) for v, among in proposers if v is not None], w.candidates)
    if across is not None:
        keep = (a < across) != (b < across)
        a, b = a[keep], b[keep]
    same = same_language(langs, a, b)
    arabic = both_arabic(langs, a, b)
    chars = tfidf_rows(leads, lexical.char_ngrams) if counts is None else tfidf(counts.chars)
    names = tfidf_rows(leads, lexical.names) if counts is None else tfidf(counts.names)
    views = [
        (w.words * _comparable(words, same, a, b), Centred(words, groups).pairs(a, b)),
        (w.chars * _comparable(chars, same, a, b), Centred(chars, groups).pairs(a, b)),
        (w.names * _comparable(names, same, a, b), Centred(names, groups).pairs(a, b)),
    ]
    if meaning is not None:
        views.append((np.where(arabic, w.arabic_meaning, w.meaning), np.clip(pair_dots(meaning, a, b), 0.0, 1.0)))
    shorter = np.minimum(length[a], length[b])
    has_body = np.clip((shorter - LEAD_WORDS) / LEAD_WORDS, 0.0, 1.0) * _comparable(body, same, a, b)
    read_body = bool(has_body.any())  # no pair of two full pages (leads only): the body view weighs 0
    if read_body:
        views.append((w.body * has_body, Centred(body, groups).pairs(a, b)))
    total = sum(weight * view for weight, view in views)
    score = total / np.maximum(sum(weight for weight, _ in views), 1e-12)
    if meaning is not None:
        cross = views[3][1]
        if cross_vectors is not None and not same.all():
            longer = centred_dense(cross_vectors, groups)
            cross = np.where(same, cross, np.clip(pair_dots(longer, a, b), 0.0, 1.0))
        score = np.where(same, score, cross_language(cross, w))
    score = np.where(arabic, score * w.arabic_scale, score)
    topic = has_body * Centred(tfidf(body_counts, sublinear=False), groups).pairs(a, b) + (1 - has_body) * score if read_body else score
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
