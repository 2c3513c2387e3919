"""Where the article stands on a page: runs of prose.

Prose blocks separated by at most MAX_GAP other blocks form runs; the run
with the most prose is the article, and other runs join it only when they
weigh as much as SECONDARY_SHARE of it. Around the kept runs, list items and
one-sentence paragraphs at their edges, and fragments glued after the last
paragraph (an embed and its attribution), belong to the article too.

A live blog is a string of short entries, each under a time stamp ("20:24Antony
Smith", "20:42KEY EVENT") and its own headline, with photos and embeds
between them: when the article is one of them, every entry, and the
introduction right above the first stamp, belongs to it, however light.
"""

from __future__ import annotations

import re
from typing import Collection, Sequence

from .blocks import Block
from .features import Label

MAX_GAP = 2  # non-prose blocks that may separate two paragraphs of one article
SECONDARY_SHARE = 0.5  # a detached run of prose must weigh this much of the article's
TAIL_CHARS = 40  # fragments right after the last paragraph (an embed, an attribution) are kept from this length
MAX_TAIL = 2
# A live entry's stamp: a clock time opening a short line ("20:24", "9h05", "10:32 am", glued to a name),
# its day before it or not ("26/05 à 21:38").
_STAMP = re.compile(r"^(?:\d{1,2}/\d{1,2}(?:/\d{2,4})?\s*(?:à|,|-)?\s*)?\d{1,2}[:h]\d{2}(?:\s?[ap]\.?m\.?)?(?!\d)", re.I)
STAMP_WORDS = 8
MIN_STAMPS = 3  # a page with fewer time-stamped lines is no live blog
STAMP_REACH = 3  # blocks between an entry's stamp and its first paragraph (the stamp, its headline)

Run = tuple[int, int]  # (first, last) block indices


def article_runs(blocks: Sequence[Block], labels: Sequence[Label], inserts: Collection[int]) -> list[Run]:
    """The runs that make the article, in page order; [] when the page has no paragraph of prose."""
    runs = prose_runs(labels, inserts)
    if not runs:
        return []
    main = max(runs, key=lambda run: _weight(blocks, labels, run))
    main_weight = _weight(blocks, labels, main)
    entries = _live_entries(blocks, runs)
    if main in entries:
        return [run for run in runs if run in entries or _weight(blocks, labels, run) >= SECONDARY_SHARE * main_weight]
    return [run for run in runs if run is main or _weight(blocks, labels, run) >= SECONDARY_SHARE * main_weight]


def _live_entries(blocks: Sequence[Block], runs: Sequence[Run]) -> set[Run]:
    """The runs of a live blog, where at least MIN_STAMPS time stamps each open an entry (a run
    starts within STAMP_REACH blocks under it): every run within STAMP_REACH of a stamp (entries,
    the introduction right above the first, a run of entries with no photo between). None on other pages."""
    stamps = [i for i, b in enumerate(blocks) if len(b.text.split()) <= STAMP_WORDS and _STAMP.match(b.text)]
    # Each run counts one stamp (the nearest above it): a ticker's stamps above one paragraph open one entry.
    opening = {max((i for i in stamps if 0 < run[0] - i <= STAMP_REACH), default=None) for run in runs} - {None}
    if len(opening) < MIN_STAMPS:
        return set()
    return {run for run in runs if any(run[0] - STAMP_REACH <= i <= run[1] + STAMP_REACH for i in stamps)}


def widened(blocks: Sequence[Block], labels: Sequence[Label], run: Run, dated: Collection[int],
            embeds: Collection[int] = frozenset()) -> range:
    """A kept run with the list items at its edges and the fragments after it
    (`dated` blocks, a dateline or a byline, end the tail; `embeds`, a video's title and
    source, are furniture the edges reach past as past a heading)."""
    start, end = _with_items(labels, *run, embeds)
    return range(start, _with_tail(blocks, labels, end, dated, embeds) + 1)


def prose_runs(labels: Sequence[Label], inserts: Collection[int]) -> list[Run]:
    """Runs of prose with at most MAX_GAP blocks between paragraphs; `inserts`
    (a read-also box and its teasers) are skipped, not counted as a gap."""
    runs: list[Run] = []
    gap = 0
    for i, lab in enumerate(labels):
        if i in inserts:
            continue
        if lab is Label.GOOD:
            if runs and gap <= MAX_GAP:
                runs[-1] = (runs[-1][0], i)
            else:
                runs.append((i, i))
            gap = 0
        elif lab is not Label.ITEM:  # list items do not break a run of prose
            gap += 1
    return runs


def _weight(blocks: Sequence[Block], labels: Sequence[Label], run: Run) -> int:
    return sum(len(blocks[i].text) for i in range(run[0], run[1] + 1) if labels[i] is Label.GOOD)


def _with_items(labels: Sequence[Label], start: int, end: int, embeds: Collection[int] = frozenset()) -> Run:
    """Widen a run over the list items and one-sentence paragraphs at its edges
    (a key-points list above the first paragraph, a last one-line paragraph);
    one heading, timestamp or embedded video may stand between them and the run."""
    def reach(i: int, step: int) -> int:
        edge = i
        while 0 <= i + step < len(labels):
            nxt = i + step
            if labels[nxt] is Label.ITEM:
                edge = i = nxt
            elif (labels[nxt] is Label.SHORT or nxt in embeds) and i == edge and 0 <= nxt + step < len(labels) \
                    and labels[nxt + step] is Label.ITEM:
                i = nxt
            else:
                break
        return edge

    return reach(start, -1), reach(end, 1)


def _with_tail(blocks: Sequence[Block], labels: Sequence[Label], end: int, dated: Collection[int],
               embeds: Collection[int] = frozenset()) -> int:
    """Keep fragments glued after the last paragraph (an embedded post and its attribution),
    past an embedded video's title (furniture: kept out of the text)."""
    for _ in range(MAX_TAIL):
        nxt = end + 1
        while nxt in embeds:
            nxt += 1
        if nxt >= len(blocks) or labels[nxt] is not Label.SHORT or len(blocks[nxt].text) < TAIL_CHARS:
            break
        if nxt in dated:
            break
        end = nxt
    return end
