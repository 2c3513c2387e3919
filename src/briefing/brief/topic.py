"""What a sentence says of its headline: nothing, its subject, or the headline again.

A report's lead restates its headline in other words; a feature opens on a scene
that names nothing the headline names ('Aucune partie de son corps n'est vierge
d'encre' under 'Sylvain Hélaine alias Freaky Hoody, instituteur le jour, star du
tatouage la nuit'). Words are the grouping's content words (folded, stemmed).
"""

from __future__ import annotations

from ..events.lexical import words
from .clauses import main_verb_end, quoted_speech

ECHO = 0.8  # share of a sentence's words already in the headline that makes it an echo
TOPICAL = 2  # content words a sentence shares with the headline to stand for its subject


def _shared(text: str, title: str) -> int:
    return len(set(words(text)) & set(words(title)))


def echoes(sentence: str, title: str) -> bool:
    """Whether the sentence only says its headline again."""
    said = set(words(title))
    mine = words(sentence)
    return bool(mine) and sum(w in said for w in mine) / len(mine) >= ECHO


def shares_headline(text: str, title: str) -> bool:
    """Whether the text names anything its headline names (a content word)."""
    return _shared(text, title) > 0


def topical(text: str, title: str) -> bool:
    """A sentence of the reporter's own that says what the headline is about: it shares
    words with it and has a verb of its own (no slogan, no quotation)."""
    return (
        _shared(text, title) >= TOPICAL
        and not echoes(text, title)
        and text.lstrip()[:1] not in "«\"“"
        and not quoted_speech(text)
        and main_verb_end(text) is not None
    )
