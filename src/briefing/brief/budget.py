"""The memo budget: which events are briefed in full, decided before any summary.

A day's crawl holds a hundred events; an analyst reads a few pages. The
events that matter most get a full brief, every other one a single cited
line. What matters most is events.order's rule (more distinct sources, then
the most recent date, then more text), the order `briefing group` numbers
events by too. The decision is made on the events and articles alone, so that the
summariser only runs for the events the memo shows in full.

Words are the other budget: a memo of ~3,000 words before its sources list.
The full briefs and their table rows come first; then each other event's
line, headline and sentence, in memo order while words remain; past that,
lines keep their headline and citations only. A hundred events at ~30 words a
line would fill the note alone. A week's crawl holds several hundred: the
lines that would not fit even bare are not listed (the memo counts them in
one closing line; the JSON keeps them, headline, date and sources).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Sequence

from ..events.order import rank_key
from ..records import Article, Brief, Event
from ..spill import articles_by_id

MEMO_WORDS = 3000  # words before the sources list
SUMMARY_WORDS = 180  # the executive summary's opening and sentences, at most
HEADINGS_WORDS = 45  # title block, section headings and table headers
UNLISTED_WORDS = 20  # the closing line that counts the events not listed


@dataclass(frozen=True)
class MemoPlan:
    events: tuple[Event, ...]  # every event, in memo order, ids E1, E2, ... in that order
    detailed: frozenset[str]  # ids of the events briefed in full


def rank_events(events: Sequence[Event], articles: Sequence[Article]) -> list[Event]:
    """The events in memo order, renamed E1, E2, ... in that order (related ids follow)."""
    by_id = articles_by_id(articles)
    # One event's articles at a time: spilled texts are read back for its key and let go.
    keys = {e.id: rank_key(members) for e in events if (members := [by_id[i] for i in e.article_ids if i in by_id])}
    ordered = sorted((e for e in events if e.id in keys), key=lambda e: keys[e.id])
    name = {e.id: f"E{n + 1}" for n, e in enumerate(ordered)}

    def number(event_id: str) -> int:
        return int(event_id[1:])

    return [
        replace(e, id=name[e.id], related=tuple(sorted((name[r] for r in e.related if r in name), key=number)))
        for e in ordered
    ]


def plan_memo(events: Sequence[Event], articles: Sequence[Article], max_events: int | None = None) -> MemoPlan:
    """Memo order and the events briefed in full: the first `max_events`
    (all of them when None)."""
    ranked = rank_events(events, articles)
    keep = len(ranked) if max_events is None else max(0, max_events)
    return MemoPlan(tuple(ranked), frozenset(e.id for e in ranked[:keep]))


def _n(text: str | None) -> int:
    return len(text.split()) if text else 0


def brief_words(brief: Brief) -> int:
    """The words a brief spends in the memo, its table rows included (what
    every renderer writes, give or take a label)."""
    if not brief.detailed:
        return 1 + _n(brief.title) + _n(brief.lead) + (1 if _n(brief.lead) > len(brief.sources) else 0)
    # heading, the line "Date : 18 juin 2020 · Sources : [..]", the lead, "Points clés"
    words = 1 + _n(brief.title) + 9 + _n(brief.lead) + 2
    words += sum(_n(p.text) + 1 for p in brief.key_points)
    words += sum(_n(d.about) + 3 * len(d.claims) for d in brief.discrepancies) + (3 if brief.discrepancies else 0)
    words += sum(_n(f.measure) + 4 for f in brief.figures)
    words += sum(_n(a.name) + _n(a.role) + 1 for a in brief.actors)
    words += 5 + _n(brief.title) if brief.date else 0  # its timeline row
    return words


def fit_lines(briefs: Sequence[Brief], budget: int = MEMO_WORDS) -> list[Brief]:
    """`briefs` with the one-line events listed while their headline and
    citations fit in `budget` words (the rest unlisted), then their sentences
    kept, in memo order, while the memo stays within it; later lines keep
    their headline and citations."""
    bare = [replace(b, lead=_citations(b)) if not b.detailed else b for b in briefs]
    spent = HEADINGS_WORDS + SUMMARY_WORDS + sum(brief_words(b) for b in bare if b.detailed)
    if spent + sum(brief_words(b) for b in bare if not b.detailed) > budget:
        budget -= UNLISTED_WORDS  # room for the line that counts the others
    listed, room = [], True
    for brief in bare:  # in memo order: once a line does not fit, none after it is listed
        room = room and (brief.detailed or spent + brief_words(brief) <= budget)
        spent += brief_words(brief) if room and not brief.detailed else 0
        listed.append(brief.detailed or room)
    out, open_ = [], True
    for brief, headline_only, shown in zip(briefs, bare, listed):
        if brief.detailed:
            out.append(brief)
        elif not shown:
            out.append(replace(headline_only, listed=False))  # as bare as a line past the sentences: nothing more to translate
        else:
            extra = brief_words(brief) - brief_words(headline_only)
            open_ = open_ and spent + extra <= budget
            spent += extra if open_ else 0
            out.append(brief if open_ else headline_only)
    return out


def _citations(brief: Brief) -> str:
    return "".join(f"[{i}]" for i in brief.sources)
