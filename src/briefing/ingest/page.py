"""Read a page once: every block gets one role, and the rest is read off the roles.

Blocks are given their facts once (features, a context-free label, the
dates and byline they print), then structure decides: lines repeated across
the batch, captions, trailers, teaser lists and read-also inserts are
furniture or teasers; the runs of prose are the article (or, for text an
extractor already chose, everything that is not furniture); the byline that
dates the article is the one nearest its first paragraph; the headline is
found among the candidates above it. Text pages and extracted HTML end in the
same LabelledPage, so each rule is written once.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace
from enum import Enum
from typing import Collection, Sequence

from .blocks import Block
from .byline import PUBLISHED_WORDS, UPDATED_WORDS, Byline, cued_by, read_byline
from .dates import find_dates
from .features import Features, Label, features, label
from .head import Headline, find_headline, fold, title_line
from .quotes import pull_quotes
from .runs import article_runs, prose_runs, widened
from .sales import sells, without_pitches
from .sections import captions, dated_lists, linked_teasers, timeline_heads, without_trailers

HEAD_WINDOW = 8  # blocks above the first paragraph where the byline may stand
INSIDE_WINDOW = 3  # blocks into the article where a dateline may still stand
FAR_WINDOW = 30  # further up, a byline still dates the article when only furniture stands between
NEAR_BODY = 6  # a dateline this close under the article dates it when none stands above
_DATE_PREFIX = re.compile(rf"^(?:date|(?:{PUBLISHED_WORDS}|{UPDATED_WORDS})(?:\s+le)?|le)?\s*[:,-]?\s*$", re.I)


class Role(Enum):
    HEADLINE = "headline"  # the article's headline, or a copy of it
    BYLINE = "byline"  # a byline or dateline: who, for whom, when
    STANDFIRST = "standfirst"  # the summary paragraph between headline and byline
    BODY = "body"
    TEASER = "teaser"  # another article's headline or summary
    FURNITURE = "furniture"  # menus, captions, credits, share bars, footers, comments


@dataclass(frozen=True)
class BlockFacts:
    features: Features
    label: Label  # context-free (features.label)
    byline: Byline | None


@dataclass(frozen=True)
class LabelledPage:
    blocks: tuple[Block, ...]
    facts: tuple[BlockFacts, ...]
    roles: tuple[Role, ...]
    headline: Headline | None = None
    byline: int | None = None  # the byline block that dates the article
    lead_date: str | None = None  # a date printed at the very start of the body ("date 2025-05 Le ...")
    texts: tuple[str, ...] = ()  # standfirst and body, in order (a lead date cut off)
    sells: bool = False  # a kiosk's or a subscription's page (sales.sells): no article, whatever its text

    @property
    def text(self) -> str:
        return "\n\n".join(self.texts)

    def having(self, *roles: Role) -> list[int]:
        return [i for i, role in enumerate(self.roles) if role in roles]


# A site prints the same lines on every page (menus, section names, the day's
# date, "Publicité"): on archive-dev nine blocks in ten are a line seen before,
# all of them short, so a short block's facts, a function of its text alone,
# are read once per worker. Every record in them is frozen: a cached one is
# shared, never changed. Paragraphs are read each time: they seldom recur, and
# holding them would grow a worker's memory with the crawl (`clean --jsonl`).
CACHED_CHARS = 200  # blocks up to this long are cached (all the repeats of 384 archive-dev pages)
FACTS_CACHED = 8_192  # of them: some 10 MB


def block_facts(text: str) -> BlockFacts:
    return _cached_facts(text) if len(text) <= CACHED_CHARS else _facts(text)


def _facts(text: str) -> BlockFacts:
    f = features(text)
    return BlockFacts(f, label(f), read_byline(text, f.dates))


_cached_facts = functools.lru_cache(maxsize=FACTS_CACHED)(_facts)


def label_page(
    blocks: Sequence[Block], repeated: Collection[str] = frozenset(), extracted: bool = False,
    title: str | None = None,
) -> LabelledPage:
    """Give each block its role. `repeated` holds the line keys seen in other
    pages of the batch; `extracted` says an extractor already cut the article
    out (HTML), so no run of prose needs choosing; `title` is the headline the
    extractor read from the markup."""
    facts = [block_facts(b.text) for b in blocks]
    for i in range(1, len(facts)):  # "Publié le" on one line, the date on the next
        if facts[i].byline is not None:
            facts[i] = replace(facts[i], byline=cued_by(blocks[i - 1].text, facts[i].byline))
    s = _structure(blocks, facts, repeated)
    labels = s.labels
    runs = [] if extracted else article_runs(blocks, labels, s.inserts)
    embeds = frozenset(i for i, f in enumerate(facts) if f.features.glued_source)
    if runs:
        kept = {i for run in runs for i in widened(blocks, labels, run, s.dated, embeds)}
        candidates = sorted(i for i in kept if labels[i] is not Label.BAD)
    else:  # extracted text, or a short note or a list: keep what is not boilerplate
        candidates = [i for i, lab in enumerate(labels) if lab is not Label.BAD]
    first = next((i for i in candidates if i not in s.dated), None)
    if first is None:
        return _with_texts(LabelledPage(tuple(blocks), tuple(facts), tuple(_roles(len(blocks), s, candidates, -1))))

    bylines = [f.byline for f in facts]
    byline = _dating_byline(bylines, s.dated, first, candidates, labels)
    if runs and byline is not None and byline < first:
        # The prose that opens right under the article's byline is the article's, however
        # short the run (an introduction above a list of sub-headed sections).
        opening = [run for run in prose_runs(labels, s.inserts) if byline < run[0] < first]
        kept |= {i for run in opening for i in widened(blocks, labels, run, s.dated, embeds)}
        candidates = sorted(i for i in kept if labels[i] is not Label.BAD)
        first = next(i for i in candidates if i not in s.dated)
    anchor = byline if byline is not None and byline <= first + INSIDE_WINDOW else first
    headline = None
    if title:
        copies = tuple(i for i, b in enumerate(blocks) if fold(b.text) == fold(title))
        headline = Headline(title, copies[0] if copies else None, copies)
    elif runs:
        skippable = s.dated | s.captions | s.credits | s.inserts
        # A headline may recur across a batch (the same story twice): only its own label bars it.
        barred = s.listed | {i for i, f in enumerate(facts) if f.label is Label.BAD} - skippable
        prose = {i for i, lab in enumerate(labels) if lab is Label.GOOD}
        headline = find_headline(blocks, anchor, barred, skippable, prose, s.listed,
                                 [f.features.date_share for f in facts])
    elif not extracted:  # a short note: no run of prose, but it may be written "title, blank line, body"
        headline = title_line(blocks, [f.features.date_share for f in facts])

    if byline is None and headline is not None and headline.block is not None and headline.block < first:
        byline = _under_headline(bylines, s.dated, headline.block, first, labels)
    # A dateline found under the article's last block dates it, but the article is no head of it.
    below = byline is not None and bool(candidates) and byline > candidates[-1]
    head_end = _head_end(headline, None if below else byline, first, s.dated)
    roles = _roles(len(blocks), s, candidates, head_end)
    if headline is not None and headline.block is not None and byline is not None and anchor == byline:
        # Prose between the headline and the byline is the standfirst, unless a read-also box
        # opened in between (what follows its header is the box's).
        # A paragraph there stands for the article even when a share bar and a paywall
        # notice part it from the body's run (a run of its own, too light to be kept).
        boxed = min((h for h in s.headers if headline.block < h < byline), default=byline)
        for i in range(headline.block + 1, boxed):
            if (i in candidates or labels[i] is Label.GOOD) and i not in s.dated:
                roles[i] = Role.STANDFIRST
    head_start = first - HEAD_WINDOW
    if byline is not None and byline < head_start:  # a far dateline: the head runs from the headline (or just above it)
        head_start = headline.block if headline and headline.block is not None and headline.block < byline else byline - 2
    for i in s.dated:
        if head_start <= i <= head_end or i == byline:
            roles[i] = Role.BYLINE
    for i in headline.copies if headline else ():
        roles[i] = Role.HEADLINE
    return _with_texts(LabelledPage(tuple(blocks), tuple(facts), tuple(roles), headline, byline))


@dataclass(frozen=True)
class _Structure:
    labels: tuple[Label, ...]  # context-free labels, revised by structure (BAD: never article text)
    captions: frozenset[int]
    credits: frozenset[int]
    headers: frozenset[int]  # read-also headers
    linked: frozenset[int]  # the teasers under them
    listed: frozenset[int]  # teaser lists told by their dates
    dated: frozenset[int]  # bylines and datelines (not prose, not teasers, not captions)
    quoted: frozenset[int] = frozenset()  # pull quotes and their attribution lines
    timeline: frozenset[int] = frozenset()  # dates heading a timeline's entries (article text)

    @property
    def inserts(self) -> frozenset[int]:
        """A read-also box, a pull quote or a timeline's date inside an article: skipped, not a
        gap between its paragraphs (the box and the quote are furniture, the date is text)."""
        return self.headers | self.linked | self.quoted | self.timeline

    @property
    def teasers(self) -> frozenset[int]:
        return self.linked | self.listed


def _structure(blocks: Sequence[Block], facts: Sequence[BlockFacts], repeated: Collection[str]) -> _Structure:
    labels = [
        Label.BAD if f.label is not Label.GOOD and fold(b.text) in repeated else f.label for b, f in zip(blocks, facts)
    ]
    features_ = [f.features for f in facts]
    signed = {i for i, f in enumerate(facts) if f.byline and (f.byline.published or f.byline.updated)}
    caption = captions(blocks, features_) - signed  # "AFP, publié le ..." above a credit is no caption
    credits = frozenset(i for i, f in enumerate(facts) if f.features.credit and f.label is Label.BAD)
    for i in caption:
        labels[i] = Label.BAD
    labels = without_trailers(blocks, labels)
    bylines = [f.byline for f in facts]
    headers, linked = linked_teasers(blocks, labels, bylines)
    listed = dated_lists(blocks, features_, labels, bylines, caption)
    quoted = pull_quotes(blocks, labels)
    for i in headers | linked | listed | quoted:
        labels[i] = Label.BAD
    dated = frozenset(i for i, b in enumerate(bylines) if b is not None and labels[i] is not Label.GOOD)
    timeline = timeline_heads(blocks, labels, bylines) - listed - caption
    return _Structure(tuple(labels), caption, credits, headers, linked, listed,
                      dated - linked - listed - caption - quoted - timeline, quoted, timeline)


def _roles(n: int, s: _Structure, candidates: Sequence[int], head_end: int) -> list[Role]:
    roles = [Role.TEASER if i in s.teasers else Role.FURNITURE for i in range(n)]
    for i in candidates:
        if i in s.dated:
            roles[i] = Role.BYLINE
        elif i > head_end:
            roles[i] = Role.BODY
    return roles


def _dating_byline(bylines: Sequence[Byline | None], dated: Collection[int], first: int,
                   candidates: Sequence[int], labels: Sequence[Label]) -> int | None:
    """The dated byline nearest the first paragraph (above it, or a few blocks
    into the article), "published" before "updated"; else one further up with
    no prose between (share bars, players, captions, log-in boxes stand there);
    else one right under the article."""
    near = [i for i in dated if first - HEAD_WINDOW <= i <= first + INSIDE_WINDOW and bylines[i].date]
    if not near:
        above = [i for i in dated if first - FAR_WINDOW <= i < first - HEAD_WINDOW and bylines[i].date]
        near = [i for i in above if all(labels[j] is not Label.GOOD for j in range(i + 1, first))]
    if near:
        return min(near, key=lambda i: (not bylines[i].published and bylines[i].updated, abs(i - first) + (i > first)))
    last = candidates[-1] if candidates else first
    after = [i for i in dated if last < i <= last + NEAR_BODY and bylines[i].date]
    return min(after, default=None)


def _under_headline(bylines: Sequence[Byline | None], dated: Collection[int], headline: int, first: int,
                    labels: Sequence[Label]) -> int | None:
    """The dateline printed right under the article's headline, when a caption, a standfirst or a
    read-also box keeps it too far from the first paragraph: "Headline / AFP / 30 avril 2015 à
    07:19 / [share bar, photo and caption, standfirst, read-also box] / first paragraph". At most
    one paragraph (a standfirst) between the headline and it."""
    for i in range(headline + 1, min(first, headline + 1 + HEAD_WINDOW)):
        if labels[i] is Label.GOOD and any(labels[j] is Label.GOOD for j in range(headline + 1, i)):
            return None
        if i in dated and bylines[i].date:
            return i
    return None


def _head_end(headline: Headline | None, byline: int | None, first: int, dated: Collection[int]) -> int:
    """The last block of the article's head: its headline, its byline and the
    datelines beside them, up to a few blocks into the first run."""
    ends = [i for i in (headline.block if headline else None, byline) if i is not None and i <= first + INSIDE_WINDOW]
    end = max(ends, default=-1)
    while end + 1 in dated:
        end += 1
    return end


def _with_texts(page: LabelledPage) -> LabelledPage:
    """The standfirst and body texts, without a repeated chapeau, and a date
    printed before the first paragraph cut off as the lead date; a line that sells left out, and every line of a page that sells."""
    seen: set[str] = set()
    texts: list[str] = []
    for i in page.having(Role.STANDFIRST, Role.BODY):
        key = fold(page.blocks[i].text)
        if key not in seen:
            seen.add(key)
            texts.append(page.blocks[i].text)
    shop = sells(texts)
    texts = [] if shop else without_pitches(texts)
    lead_date = None
    if texts:
        lead_date, texts[0] = _split_lead_date(texts[0])
    return LabelledPage(page.blocks, page.facts, page.roles, page.headline, page.byline, lead_date,
                        tuple(t for t in texts if t), shop)


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
