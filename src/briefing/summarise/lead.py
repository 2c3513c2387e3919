"""Lead summaries: an article's first sentences up to the word budget.

News puts the gist first, and on orangesum-dev no sentence scorer tried here
(position, centroid, title and novelty weights; salience learnt from the
reference summaries of one half, checked on the other) beat the first N words
by a clear margin at the same length (benchmarks/summarise.py). The lead needs
no model and keeps the article's own order. The last sentence that does not
fit is cut at a clause end, never mid-clause; sentences with code or links in
them and (when longer ones exist) sentences under `min_words` are passed over.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Sequence

from ..records import Article, Sentence, Summary
from ..text.sentences import split_sentences
from .compress import is_junk, trim_to_clause

MIN_WORDS = 5  # shorter "sentences" are mostly datelines and captions
MIN_TRIMMED_WORDS = 8  # a clause cut shorter than this says too little
FULL = 0.9  # the budget counts as filled at this share


class LeadSummariser:
    name = "lead"

    def summarise(
        self, articles: Sequence[Article], max_words: int, sentences: int | None = None
    ) -> Summary:
        """The lead of the first article; the next ones' leads only while the
        budget is not filled (a short first page)."""
        ids = tuple(a.id for a in articles)
        chosen: list[Sentence] = []
        for article in articles:
            left = None if sentences is not None else max_words - sum(len(s.text.split()) for s in chosen)
            if (sentences is not None and len(chosen) >= sentences) or (left is not None and left <= (1 - FULL) * max_words):
                break
            chosen += lead(article, left, None if sentences is None else sentences - len(chosen))
        return Summary(ids, tuple(chosen), " ".join(s.text for s in chosen), self.name)

    def summarise_many(
        self, articles: Sequence[Article], max_words: int, sentences: int | None = None
    ) -> list[Summary]:
        return [self.summarise([a], max_words, sentences) for a in articles]


def lead(article: Article, max_words: int | None, n_sentences: int | None = None) -> list[Sentence]:
    """The first sentences of `article` within `max_words` (or the first
    `n_sentences`), the last cut at a clause end when it does not fit."""
    clean = [s for s in split_sentences(article.text, article.id) if not is_junk(s.text)]
    usable = [s for s in clean if len(s.text.split()) >= MIN_WORDS] or clean
    if n_sentences is not None:
        return usable[:n_sentences]
    picked: list[Sentence] = []
    used = 0
    for sentence in usable:
        if max_words is None or used >= FULL * max_words:
            break
        text = trim_to_clause(sentence.text, max_words - used)
        if text is None or (text != sentence.text and len(text.split()) < MIN_TRIMMED_WORDS):
            continue  # a later, shorter sentence may still fit
        if text != sentence.text:
            end = min(sentence.end, sentence.start + len(text))
            sentence = replace(sentence, text=text.rstrip(",;:—– ") + "…", end=end)
        picked.append(sentence)
        used += len(text.split())
    return picked
