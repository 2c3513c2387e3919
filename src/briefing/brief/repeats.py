"""One fact told once: a key point that tells again the fact of a point before it goes."""

from __future__ import annotations

from typing import Sequence

from ..events import lexical
from ..records import KeyPoint
from .figures import numbers_in

REPEAT_WORDS = 0.5  # share of the shorter sentence's words the longer gives too


def repeats(a: str, b: str) -> bool:
    """Whether two sentences tell one fact: the same figures (one at least that dates nothing),
    the shorter's names all in the longer, and most of its words ('Annie Cordy … est décédée
    vendredi à l'âge de 92 ans' and 'Annie Cordy est morte à l'âge de 92 ans ce vendredi')."""
    short, long = sorted((a, b), key=len)
    numbers = numbers_in(short)
    if not numbers or not numbers <= numbers_in(long):
        return False
    if not set(lexical.names(short)) <= set(lexical.names(long)):
        return False
    words, others = set(lexical.words(short)), set(lexical.words(long))
    return bool(words) and len(words & others) / len(words) >= REPEAT_WORDS


def without_repeats(points: Sequence[KeyPoint]) -> list[KeyPoint]:
    """The points without those that tell again the fact of a point before them, unless they name
    someone it does not ('le député LR Claude Goasguen est décédé …' after 'L'homme politique est
    décédé …': the synthesis names him from it)."""
    kept: list[KeyPoint] = []
    for point in points:
        names = set(lexical.names(point.text))
        if not any(repeats(k.text, point.text) and names <= set(lexical.names(k.text)) for k in kept):
            kept.append(point)
    return kept
