"""Faithfulness guard: generated sentences must not invent numbers or names.

A sentence is flagged when it holds a number, or a capitalised word that is
not the first word of the sentence, that appears nowhere in its sources.
Matching ignores case, accents and digit grouping ("2 000" = "2.000" = "2000"),
and a digit matches its word in the source ("3" = "trois").
"""

from __future__ import annotations

import re
import unicodedata
from typing import Sequence

# Thousands groups are exactly three digits, so "2 2 2" stays three numbers.
_NUMBER = re.compile(r"\d{1,3}(?:[.\u00a0\u202f ]\d{3})+(?!\d)(?:,\d+)?|\d+(?:[.,]\d+)?")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_ELISION = re.compile(r"^(?:[ldjmnstc]|qu|jusqu|lorsqu|puisqu)['’]", re.IGNORECASE)


# Number words a model may write as digits ("trois" -> "3"), folded; not
# "un"/"une", articles in nearly every sentence.
_NUMBER_WORDS = dict(
    zip(
        """zero deux trois quatre cinq six sept huit neuf dix onze douze treize
        quatorze quinze seize vingt trente quarante cinquante soixante cent mille""".split(),
        "0 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 20 30 40 50 60 100 1000".split(),
    )
)


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _digits(number: str) -> str:
    return re.sub(r"\D", "", number)


def _names(sentence: str) -> list[str]:
    words = _WORD.findall(sentence)
    names = []
    for position, word in enumerate(words):
        word = _ELISION.sub("", word).strip("'’-")
        if position > 0 and word[:1].isupper():
            names.append(word)
    return names


class SourceIndex:
    """The numbers and words of the source texts, folded for matching."""

    def __init__(self, sources: Sequence[str]):
        text = " ".join(sources)
        self.numbers = {_digits(n) for n in _NUMBER.findall(text)}
        self.words = {_fold(_ELISION.sub("", w)) for w in _WORD.findall(text)}
        self.words |= {part for w in self.words for part in w.split("-")}
        self.numbers |= {_NUMBER_WORDS[w] for w in self.words if w in _NUMBER_WORDS}

    def unsupported(self, sentence: str) -> list[str]:
        """The numbers and names of `sentence` that the sources do not hold."""
        missing = [n for n in _NUMBER.findall(sentence) if _digits(n) not in self.numbers]
        for name in _names(sentence):
            folded = _fold(name)
            parts = folded.split("-")
            if folded not in self.words and not all(p in self.words for p in parts if p):
                missing.append(name)
        return missing


def guard(sentences: Sequence[str], sources: Sequence[str]) -> tuple[list[str], list[str]]:
    """Split generated `sentences` into (kept, flagged) against `sources`."""
    index = SourceIndex(sources)
    kept: list[str] = []
    flagged: list[str] = []
    for sentence in sentences:
        (flagged if index.unsupported(sentence) else kept).append(sentence)
    return kept, flagged
