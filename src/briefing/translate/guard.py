"""Check that numbers and names survive translation.

A translated sentence whose numbers differ from its source's is flagged (the
sentence is kept: a person decides). Numbers are compared as digit strings,
so "37.000" (fr) matches "37,000" (en) and "٣٧٠٠٠" (Arabic-Indic digits).
Names are checked for Latin-script targets only (Arabic transliterates
them), and only people-like names: two or more capitalised words in a row
("Aziz Akhannouch"). Single capitalised words are often rightly translated
("Maroc" → "Morocco", "OMS" → "WHO") and would flag good sentences.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

# A number: digit groups joined by . , or (narrow) spaces: "37 000", "3,5", "2026".
_NUMBER = re.compile(r"\d+(?:[.,\u00a0\u202f ]\d+)*")
_PUNCT = "()[]{}«»\"“”,;:.!?…—–"
_CAPITALISED = re.compile(r"^[A-ZÀ-ÖØ-Þ][\w\-’']*[A-Za-zÀ-ÿ]$")
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
    """Runs of two or more capitalised words: the names a translation must keep."""
    found: list[str] = []
    run: list[str] = []

    def flush() -> None:
        if len(run) >= 2:
            found.append(" ".join(run))
        run.clear()

    for token in text.split():
        word = token.strip(_PUNCT)
        if token[:1] in _PUNCT:  # "(OMS)": an opening mark starts afresh
            flush()
        if _CAPITALISED.match(word) and word not in _NOT_NAMES:
            run.append(word)
        else:
            flush()
        if token[-1:] in _PUNCT:  # "Moyen-Orient," ends the name
            flush()
    flush()
    return found


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
        missing = [
            n for n in dict.fromkeys(names(source)) if any(_fold(w) not in folded for w in n.split())
        ]
        if missing:
            problems.append("names missing (" + ", ".join(missing) + ")")
    return tuple(problems)
