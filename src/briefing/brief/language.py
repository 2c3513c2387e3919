"""Which of an event's pages write its brief: those in the memo's language.

A French memo tells an event in French: its headline, lead and points come
from the event's French pages when it has any (every page is still cited as
a source). An event with no French page is told from the pages of one
language (the most of them), never two: the same fact is not a point twice,
once per language. Such a brief is written in its sources' words, its
headline marked with their language ("[ar] ..."); after verification the
pipeline translates it (translate.memo.translate_told) when a model for that
direction is at hand, else it stays so, out of the French prose of the
synthesis. A memo in another language (`--to en`) tells the events it has
pages for from them the same way (`language="en"`).
"""

from __future__ import annotations

from collections import Counter
from typing import Sequence

from ..records import Article

MEMO_LANGUAGE = "fr"  # briefs are written in French; --to translates the finished memo, save its own pages' events


def writers(members: Sequence[Article], language: str = MEMO_LANGUAGE) -> tuple[list[Article], str | None]:
    """(the pages whose sentences tell the event, their language when it is
    not `language`). A page of unknown language counts as the memo's."""
    own = [a for a in members if a.lang in (language, None)]
    if own or not members:
        return own, None
    counts = Counter(a.lang for a in members)
    # The most pages; a tie goes to the language of the first page (memo order).
    chosen = max(counts, key=lambda lang: (counts[lang], -next(i for i, a in enumerate(members) if a.lang == lang)))
    return [a for a in members if a.lang == chosen], chosen


def marked(title: str, foreign: str | None) -> str:
    """'[ar] <headline>' for a headline in another language than the memo's."""
    return f"[{foreign}] {title}" if foreign else title
