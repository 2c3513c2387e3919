"""Sentences that lean on the one before them.

A key point that opens with a subject pronoun ("Elle a mis l'accent sur …")
names nobody unless the sentence before it in its source stands directly
before it in the brief. The source's words are never rewritten (no name put
in for the pronoun): such a point is kept only in that place, else another
sentence takes its slot. Impersonal "il" ("Il faut", "Il y a") leans on
nothing and is left alone.
"""

from __future__ import annotations

import re
from typing import Sequence

from .points import OwnedPoint

_QUOTE = r"[«\"“‘(]?\s*"
_SUBJECT = (
    r"(?:il|elle|ils|elles|celui-ci|celle-ci|ceux-ci|celles-ci|celui-là|celle-là|"
    r"ce\s+dernier|cette\s+dernière|ces\s+derniers|ces\s+dernières|"
    r"(?:selon|pour|d['’]après)\s+(?:lui|elle|eux|elles))"
)
_IMPERSONAL = (
    r"il\s+(?:y\s+a|y\s+avait|faut|fallait|faudra|s['’]agit|s['’]agissait|convient|importe|"
    r"reste|semble|paraît|était\s+une\s+fois)\b"
)
_OPENS_WITH_PRONOUN = re.compile(rf"^{_QUOTE}(?!{_IMPERSONAL}){_SUBJECT}(?![\w-])", re.IGNORECASE)


def opens_with_pronoun(text: str) -> bool:
    """True when the sentence's subject is a pronoun whose antecedent lies outside it."""
    return bool(_OPENS_WITH_PRONOUN.match(text.strip()))


# Openings that answer a sentence before them: "De l'autre, ...", "En revanche, ...", "Mais ...".
_OPENS_WITH_SEQUEL = re.compile(
    rf"^{_QUOTE}(?:d['’]un\s+autre\s+côté|de\s+l['’]autre|d['’]autre\s+part|en\s+revanche|pourtant|mais|"
    r"cependant|toutefois|néanmoins|quant\s+à|de\s+son\s+côté|de\s+leur\s+côté)(?![\w-])",
    re.IGNORECASE,
)


def leans_on_previous(text: str) -> bool:
    """True when the sentence cannot open a text: a pronoun subject or a
    connective that answers the sentence before it."""
    return opens_with_pronoun(text) or bool(_OPENS_WITH_SEQUEL.match(text.strip()))


def _follows(point: OwnedPoint, before: OwnedPoint | None) -> bool:
    """True when `before` is the sentence just before `point` in the same source."""
    return (
        before is not None
        and before.owner == point.owner
        and before.sentence.index == point.sentence.index - 1
    )


def _first_dangling(points: Sequence[OwnedPoint]) -> int | None:
    for n, point in enumerate(points):
        if opens_with_pronoun(point.sentence.text) and not _follows(point, points[n - 1] if n else None):
            return n
    return None


def drop_dangling(picked: Sequence[OwnedPoint], candidates: Sequence[OwnedPoint], keep: int) -> list[OwnedPoint]:
    """`picked` (lead first, in rank order) without pronoun-led points whose
    antecedent sentence is not just before them; each one dropped is replaced,
    while fewer than `keep` remain, by the next candidate in rank order that
    is not itself left dangling."""
    points = sorted(picked, key=lambda p: p.rank)
    banned: set[int] = set()
    while (n := _first_dangling(points)) is not None:
        banned.add(points.pop(n).rank)
        if len(points) < keep:
            spare = next((c for c in candidates if c.rank not in banned and c not in points), None)
            if spare is not None:
                points = sorted(points + [spare], key=lambda p: p.rank)
    return points
