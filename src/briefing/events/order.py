"""Memo order of events: the one rule `briefing group` and the memo both number events by.

What matters most comes first: more distinct sources (copies of one text
under several addresses count once), then the most recent date (as the memo
dates an article's event), then more text, then the first article id so the
order is stable. Events without a dated source come after dated ones.
"""

from __future__ import annotations

from typing import Sequence

from ..ingest.event_date import source_date
from ..records import Article
from .lexical import fold

COPY_WORDS = 30  # two texts opening on the same words are one text under two addresses


def _text_key(article: Article) -> tuple[str, str]:
    """What makes two articles one text: the same outlet and the same
    headline, or, without a headline, the same opening words."""
    opening = article.title or " ".join(article.text.split()[:COPY_WORDS])
    return (fold(article.source or ""), " ".join(fold(opening).split()))


def distinct_sources(members: Sequence[Article]) -> int:
    return len({_text_key(a) for a in members})


def _latest(members: Sequence[Article]) -> str:
    """The most recent full date among the sources ("" when none has a year)."""
    return max((d for a in members if (d := source_date(a)) and not d.startswith("--")), default="")


def rank_key(members: Sequence[Article]) -> tuple:
    """Sort key of an event made of `members`: smaller comes first in the memo."""
    latest = _latest(members)
    size = sum(len(a.text.split()) for a in members)
    # Negated characters sort the most recent ISO date first.
    return (-distinct_sources(members), 0 if latest else 1, tuple(-ord(c) for c in latest), -size, min(a.id for a in members))
