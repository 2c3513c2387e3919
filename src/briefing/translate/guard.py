"""Check that numbers and names survive translation.

A translated sentence whose numbers differ from its source's is flagged (the
sentence is kept: a person decides). Numbers are compared as digit strings,
so "37.000" (fr) matches "37,000" (en) and "٣٧٠٠٠" (Arabic-Indic digits).
Names (capitalised words inside a sentence) are checked for Latin-script
targets only: Arabic transliterates them.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

# A number: digit groups joined by . , or (narrow) spaces: "37 000", "3,5", "2026".
_NUMBER = re.compile(r"\d+(?:[.,\u00a0\u202f ]\d+)*")
# A name: a capitalised word (or acronym) that does not start the sentence.
_NAME = re.compile(r"(?<=[\s(«\"“'’])([A-ZÀ-ÖØ-Þ][\w\-]*[A-Za-zÀ-ÿ])", re.UNICODE)
_LATIN_TARGETS = frozenset({"en", "fr", "es", "de", "it", "pt"})
# Capitalised French words that are not names (titles, months keep their case in en).
_NOT_NAMES = frozenset(
    "Le La Les Un Une Des Du De Au Aux Ce Cette Ces Il Elle Ils Elles Nous Vous On "
    "Selon Mais Et Ou Pour Par Dans En Sur Avec Sans Lors Après Avant Depuis "
    "M Mme Mmes Dr Pr".split()
)


def _ascii_digits(text: str) -> str:
    return "".join(
        str(unicodedata.digit(ch)) if ch.isdigit() and not ch.isascii() else ch for ch in text
    )


def numbers(text: str) -> Counter[str]:
    """The numbers of a text, as digit strings (separators dropped)."""
    found = _NUMBER.findall(_ascii_digits(text))
    return Counter(re.sub(r"\D", "", n) for n in found)


def names(text: str) -> list[str]:
    return [n for n in _NAME.findall(text) if n not in _NOT_NAMES]


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()


def check(source: str, translation: str, target: str) -> tuple[str, ...]:
    """Problems with one translated sentence, as short phrases ("" if none)."""
    problems = []
    src_numbers, tgt_numbers = numbers(source), numbers(translation)
    if src_numbers != tgt_numbers:
        lost = sorted((src_numbers - tgt_numbers).elements())
        added = sorted((tgt_numbers - src_numbers).elements())
        detail = []
        if lost:
            detail.append("lost " + ", ".join(lost))
        if added:
            detail.append("added " + ", ".join(added))
        problems.append("numbers differ (" + "; ".join(detail) + ")")
    if target in _LATIN_TARGETS:
        folded = _fold(translation)
        missing = [n for n in dict.fromkeys(names(source)) if _fold(n) not in folded]
        if missing:
            problems.append("names missing (" + ", ".join(missing) + ")")
    return tuple(problems)
