"""Pull quotes: a sentence of the article printed again, large, with its speaker.

A site sets a quotation apart between two paragraphs ("La mer est généreuse
…" / "Javier López" / "Directeur de campagne …"), and the same words stand
in a paragraph of the article. The copy is no paragraph of its own, and its
name and role lines, three short blocks in a row, read as a gap between
paragraphs that ends the article there. A pull quote is told by both marks:
its words repeat those of a nearby paragraph, and a name line follows it.
Quote and attribution are then an insert, skipped like a read-also box.
"""

from __future__ import annotations

import re
from typing import Callable, Sequence

from .blocks import Block
from .features import Label
from .head import fold, is_name

QUOTE_REACH = 20  # blocks between the pull quote and the paragraph it repeats
MIN_QUOTE_CHARS = 40  # shorter repeats are headings and captions
ROLE_WORDS = 12  # "Directeur de campagne pour la pêche durable à Oceana"
_NON_WORD = re.compile(r"[\W_]+")


def pull_quotes(blocks: Sequence[Block], labels: Sequence[Label]) -> frozenset[int]:
    """The blocks of each pull quote: the quote and its one or two attribution lines."""
    words: dict[int, str] = {}  # folded words of the blocks compared, read only for a quote's candidates

    def words_of(j: int) -> str:
        if j not in words:
            words[j] = _NON_WORD.sub(" ", fold(blocks[j].text)).strip()
        return words[j]

    out: set[int] = set()
    for i, block in enumerate(blocks):
        if labels[i] is not Label.GOOD or len(block.text) < MIN_QUOTE_CHARS:
            continue
        attribution = _attribution(blocks, labels, i + 1)
        if not attribution or len(words_of(i)) < MIN_QUOTE_CHARS or not _repeated(words_of, labels, i):
            continue
        out.add(i)
        out.update(attribution)
    return frozenset(out)


def _repeated(words_of: Callable[[int], str], labels: Sequence[Label], i: int) -> bool:
    """Another paragraph near block i holds all its words, in order."""
    lo, hi = max(0, i - QUOTE_REACH), min(len(labels), i + QUOTE_REACH + 1)
    quote = words_of(i)
    return any(
        j != i and labels[j] is Label.GOOD and len(words_of(j)) >= len(quote) and quote in words_of(j)
        for j in range(lo, hi)
    )


def _attribution(blocks: Sequence[Block], labels: Sequence[Label], start: int) -> list[int]:
    """A name line at `start`, and a role line under it if one follows: [] when none."""
    if start >= len(blocks) or labels[start] is Label.GOOD or not is_name(blocks[start].text):
        return []
    role = start + 1
    if role < len(blocks) and labels[role] is Label.SHORT and _role_line(blocks[role].text):
        return [start, role]
    return [start]


def _role_line(text: str) -> bool:
    tokens = text.split()
    return 1 <= len(tokens) <= ROLE_WORDS and not text.rstrip().endswith((".", "!", "?", ":"))
