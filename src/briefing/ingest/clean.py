"""Clean one flattened page: split it into blocks, label them, keep the body.

Lines seen in several pages of one batch (a site's menus and footers) count
as boilerplate unless they are prose; the labelling itself is page.py's.
"""

from __future__ import annotations

from typing import Collection, Sequence

from .blocks import Block, split_blocks
from .head import fold
from .page import LabelledPage, label_page


def line_key(text: str) -> str:
    return fold(text)


def clean_page(text: str, repeated: Collection[str] = frozenset()) -> LabelledPage:
    """Label one page; `repeated` holds line keys seen in other documents of the batch."""
    return label_page(split_blocks(text), repeated)


def clean_text(text: str) -> str:
    """The body of one page as paragraphs separated by blank lines."""
    return clean_page(text).text


def repeated_lines(pages: Sequence[Sequence[Block]], min_docs: int = 2) -> frozenset[str]:
    """Line keys that occur in at least `min_docs` of `pages` (site menus and footers)."""
    counts: dict[str, int] = {}
    for blocks in pages:
        for key in {line_key(b.text) for b in blocks}:
            counts[key] = counts.get(key, 0) + 1
    return frozenset(key for key, n in counts.items() if n >= min_docs and key)
