"""Flattened page text → blocks (one paragraph, heading or menu item each).

Two shapes of scraped text are undone here: run-on lines whose items are
separated by runs of spaces (a ticker of headlines, paragraphs glued on one
line), and hard-wrapped paragraphs cut mid-sentence at a fixed width.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .byline import MAX_CHARS, is_dateline
from .dates import find_dates

_RUN_OF_SPACES = re.compile(r"[ \t\u00a0]{3,}")
_SPACES = re.compile(r"[ \t\u00a0\u2009\u202f]+")
_TERMINAL = re.compile(r"[.!?…:;»\"”)\]]$")
_LOWER_START = re.compile(r"^[a-zà-ÿœæ(]")
# Characters that print nothing: a line of them alone (a zero-width joiner a
# page uses as a spacer) is a blank line, not a block between two paragraphs.
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff"
MIN_WRAPPED = 30  # a shorter line is a menu item, not a wrapped paragraph


@dataclass(frozen=True)
class Block:
    text: str
    line: int  # index of the source line where the block starts
    blank_before: int  # blank lines just before it (a hint of a section break)
    split: bool  # cut out of a longer line at a run of spaces
    last_line: int = -1  # index of the source line where it ends (joined lines)

    @property
    def end_line(self) -> int:
        return max(self.line, self.last_line)


def normalise(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00ad", "")
    return text.replace("\u2028", "\n").replace("\u2029", "\n\n")


def split_blocks(text: str) -> list[Block]:
    """Cut `text` into blocks: lines, split at runs of 3+ spaces, wrapped lines re-joined."""
    raw: list[Block] = []
    blanks = 0
    for number, line in enumerate(normalise(text).split("\n")):
        pieces = [p.strip().strip(_INVISIBLE).strip() for p in _RUN_OF_SPACES.split(line)]
        pieces = [_SPACES.sub(" ", p) for p in pieces if p]
        if not pieces:
            blanks += 1
            continue
        for index, piece in enumerate(pieces):
            raw.append(Block(piece, number, blanks if index == 0 else 0, index > 0))
        blanks = 0
    return _unwrap(raw)


def _unwrap(blocks: list[Block]) -> list[Block]:
    """Join a line cut mid-sentence with the next one (which starts in lower case)."""
    out: list[Block] = []
    for block in blocks:
        if out and _continues(out[-1], block):
            previous = out[-1]
            joined = f"{previous.text} {block.text}"
            out[-1] = Block(joined, previous.line, previous.blank_before, previous.split, block.end_line)
        else:
            out.append(block)
    return out


def _continues(previous: Block, block: Block) -> bool:
    if block.split or block.blank_before or block.line != previous.end_line + 1:
        return False
    if _TERMINAL.search(previous.text):
        return False
    if len(previous.text) < MIN_WRAPPED and not previous.split:  # a split piece ends a long line
        return False
    if not _LOWER_START.match(block.text):
        return False
    # "franceinfo, publié le 11 janvier 2017" under a teaser, or a paragraph under a byline:
    # a byline is a line of its own, not part of a wrapped one.
    # A joined text past a byline's length is no byline: no need to look for dates in it (a long wrapped
    # paragraph would be searched again at every line).
    return not any(len(text) <= MAX_CHARS and is_dateline(text, find_dates(text)) for text in (block.text, previous.text))

