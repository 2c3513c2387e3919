"""Keep the article, drop the page around it (menus, tickers, share bars, forms, footers).

Each block gets a context-free label (features.py). Prose blocks separated by
at most MAX_GAP other blocks form runs; the run with the most prose is the
article, and other runs join it only when they weigh as much as
SECONDARY_SHARE of it. Inside the kept runs, headings and list items between
prose are kept, boilerplate is not. The head (title, dateline, byline) is cut
off the body and returned apart. Lines seen in several documents of one batch
(menus, footers of one site) count as boilerplate unless they are prose.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Collection, Sequence

from .blocks import Block, split_blocks
from .dates import find_dates
from .features import Label, features, label
from .head import Head, fold, find_head, is_dateline
from .sections import without_teasers, without_trailers

MAX_GAP = 2  # non-prose blocks that may separate two paragraphs of one article
SECONDARY_SHARE = 0.5  # a detached run of prose must weigh this much of the article's
TAIL_CHARS = 40  # fragments right after the last paragraph (an embed, an attribution) are kept from this length
MAX_TAIL = 2
_DATE_PREFIX = re.compile(r"^(?:date|publié le|mis à jour le|le)?\s*[:,-]?\s*$", re.I)


@dataclass(frozen=True)
class Page:
    """A cleaned page: its blocks, which of them form the body, and its head."""

    blocks: tuple[Block, ...]
    labels: tuple[Label, ...]
    body: tuple[int, ...]  # indices of body blocks, in order
    head: Head
    lead_date: str | None = None  # a date printed at the very start of the body ("date 2025-05 Le ...")
    body_texts: tuple[str, ...] = ()  # the body blocks' text (prefix dates removed)

    @property
    def text(self) -> str:
        return "\n\n".join(self.body_texts)


def line_key(text: str) -> str:
    return fold(text)


def clean_page(text: str, repeated: Collection[str] = frozenset()) -> Page:
    """Clean one page; `repeated` holds line keys seen in other documents of the batch."""
    return clean_blocks(split_blocks(text), repeated)


def clean_blocks(blocks: Sequence[Block], repeated: Collection[str] = frozenset()) -> Page:
    """Clean one page already cut into blocks (split_blocks)."""
    own_labels = [label(features(b.text)) for b in blocks]
    labels = [
        Label.BAD if lab is not Label.GOOD and line_key(b.text) in repeated else lab
        for b, lab in zip(blocks, own_labels)
    ]
    labels, inserts = without_teasers(blocks, without_trailers(blocks, labels))
    runs = _runs(labels, inserts)
    if not runs:  # no paragraph of prose (a short note, a list): keep what is not boilerplate
        body = [i for i, lab in enumerate(labels) if lab is not Label.BAD and not is_dateline(blocks[i].text)]
        texts = tuple(blocks[i].text for i in body)
        return Page(tuple(blocks), tuple(labels), tuple(body), Head(), None, texts)
    main = max(runs, key=lambda run: _weight(blocks, labels, run))
    main_weight = _weight(blocks, labels, main)
    kept = [run for run in runs if run is main or _weight(blocks, labels, run) >= SECONDARY_SHARE * main_weight]

    # A headline may recur across a batch (the same story twice): only its own label bars it.
    head = find_head(
        blocks, kept[0][0], [lab is Label.BAD for lab in own_labels], [lab is Label.GOOD for lab in labels]
    )
    body: list[int] = []
    for start, end in kept:
        start, end = _with_items(labels, start, end)
        end = _with_tail(blocks, labels, end)
        body.extend(i for i in range(start, end + 1) if labels[i] is not Label.BAD and i > head.end)
    body = _without_repeats(blocks, body)
    body = [i for i in body if labels[i] is Label.GOOD or not is_dateline(blocks[i].text)]
    texts = [blocks[i].text for i in body]
    lead_date = None
    if texts:
        lead_date, texts[0] = _split_lead_date(texts[0])
    return Page(tuple(blocks), tuple(labels), tuple(body), head, lead_date, tuple(t for t in texts if t))


def _runs(labels: Sequence[Label], inserts: Collection[int] = frozenset()) -> list[tuple[int, int]]:
    """(first, last) indices of runs of prose with at most MAX_GAP blocks between paragraphs;
    `inserts` (a read-also box and its teasers) are skipped, not counted as a gap."""
    runs: list[tuple[int, int]] = []
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


def _weight(blocks: Sequence[Block], labels: Sequence[Label], run: tuple[int, int]) -> int:
    return sum(len(blocks[i].text) for i in range(run[0], run[1] + 1) if labels[i] is Label.GOOD)


def _with_items(labels: Sequence[Label], start: int, end: int) -> tuple[int, int]:
    """Widen a run over the list items and one-sentence paragraphs at its edges
    (a key-points list above the first paragraph, a last one-line paragraph);
    one heading or timestamp may stand between them and the run."""
    def reach(i: int, step: int) -> int:
        edge = i
        while 0 <= i + step < len(labels):
            nxt = i + step
            if labels[nxt] is Label.ITEM:
                edge = i = nxt
            elif labels[nxt] is Label.SHORT and i == edge and 0 <= nxt + step < len(labels) \
                    and labels[nxt + step] is Label.ITEM:
                i = nxt
            else:
                break
        return edge

    return reach(start, -1), reach(end, 1)


def _with_tail(blocks: Sequence[Block], labels: Sequence[Label], end: int) -> int:
    """Keep fragments glued after the last paragraph (an embedded post and its attribution)."""
    for _ in range(MAX_TAIL):
        nxt = end + 1
        if nxt >= len(blocks) or labels[nxt] is not Label.SHORT or len(blocks[nxt].text) < TAIL_CHARS:
            break
        if is_dateline(blocks[nxt].text):
            break
        end = nxt
    return end


def _without_repeats(blocks: Sequence[Block], body: Sequence[int]) -> list[int]:
    """A page may print its chapeau twice; keep the first copy."""
    seen: set[str] = set()
    out = []
    for i in body:
        key = line_key(blocks[i].text)
        if key in seen:
            continue
        seen.add(key)
        out.append(i)
    return out


def _split_lead_date(text: str) -> tuple[str | None, str]:
    """"date 2025-05 Le ministre ..." → ("2025-05", "Le ministre ..."): a date printed before the body."""
    found = find_dates(text[:60])
    if not found:
        return None, text
    first = found[0]
    rest = text[first.end :].lstrip(" :,-–—")
    if _DATE_PREFIX.match(text[: first.start]) and first.year_known and rest[:1].isupper():
        return first.iso, rest
    return None, text


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
