"""Event -> Brief: title, dated lead, cited key points, figures, actors, discrepancies."""

from __future__ import annotations

from dataclasses import replace
from typing import Callable, Protocol, Sequence

from ..events import event_date as article_date
from ..prompts import labels
from ..records import Article, Brief, Event, KeyPoint, Sentence, Summary
from ..text.sentences import split_sentences
from . import dates
from .actors import merge_actors, name_discrepancies
from .anaphora import drop_dangling
from .figures import figure_discrepancies, key_figures
from .points import OwnedPoint, balance, owned_points, usable

TITLE_WORDS = 14
LEAD_WORDS = 40  # the lead sentence comes on top of the key points' word budget
BUDGET_SOURCES = 3  # the word budget grows with the sources, up to this many
MERGED_POINTS = (3, 5)  # key points (besides the lead) of an event told by several sources
SINGLE_MIN_POINTS = 2  # key points of an event told by one source, at least
WHOLE_WORDS = 50  # a sentence the summariser cut is given back whole up to this length


class Summariser(Protocol):
    def summarise(self, articles: Sequence[Article], max_words: int, sentences: int | None = None) -> Summary: ...


def citation(ids: Sequence[str]) -> str:
    return "".join(f"[{i}]" for i in ids)


def _title(members: Sequence[Article], points: Sequence[KeyPoint]) -> str:
    """The first source's own title; else the first point, cut short."""
    for article in members:
        if article.title and article.title.strip():
            return " ".join(article.title.split())
    if not points:
        return members[0].id
    words = points[0].text.split()
    return " ".join(words[:TITLE_WORDS]) + (" …" if len(words) > TITLE_WORDS else "")


def _lead(date: str | None, point: KeyPoint | None) -> str:
    """'12 mai 2025 — <the main point> [000][001]': the date first, then the
    point the summariser ranked first, with its sources."""
    months = labels("fr").get("months", "").split(",")
    when = dates.human(date, months)
    text = f"{point.text} {citation(point.sources)}" if point else ""
    return " — ".join(p for p in (when, text) if p)


def _round_robin(chosen: Sequence[Sentence], members: Sequence[Article]) -> list[Sentence]:
    """The sentences the summary left out, taking each source's next one in
    turn (news puts what matters first), to draw on when a merged event needs
    more points or a source has not been heard."""
    taken = {(s.article_id, s.index) for s in chosen}
    queues = [
        [s for s in split_sentences(a.text, a.id) if (s.article_id, s.index) not in taken and usable(s)]
        for a in members
    ]
    return [q[depth] for depth in range(max(map(len, queues), default=0)) for q in queues if depth < len(q)]


def _whole(summary: Summary, pool: Sequence[Sentence]) -> Summary:
    """The summary with its cut sentences given back whole when they are not
    too long: a cut can stop before the main verb, leaving no statement."""
    by_place = {(s.article_id, s.index): s for s in pool}
    sentences = []
    for sentence in summary.sentences:
        whole = by_place.get((sentence.article_id, sentence.index))
        if whole is not None and whole.text != sentence.text and len(whole.text.split()) <= WHOLE_WORDS:
            sentence = whole
        sentences.append(sentence)
    return replace(summary, sentences=tuple(sentences))


def _points(members: Sequence[Article], pool: Sequence[Sentence], summariser: Summariser, max_words: int) -> list[OwnedPoint]:
    """The lead point first, then the key points. One source: the summary's
    sentences (at least two points). Several: a budget that grows with the sources, each source
    heard at least once, and 3 to 5 points that never repeat a fact."""
    budget = max_words * min(len(members), BUDGET_SOURCES)
    summary = _whole(summariser.summarise(members, budget + LEAD_WORDS), pool)
    found = owned_points(list(summary.sentences) + _round_robin(summary.sentences, members), pool)
    if not found:
        return []
    in_summary = {(s.article_id, s.index) for s in summary.sentences}
    from_summary = sum(1 for p in found[1:] if (p.owner, p.sentence.index) in in_summary)
    # One source: the summary's points, topped up when the filters left too few.
    low, high = MERGED_POINTS if len(members) > 1 else (SINGLE_MIN_POINTS, max(from_summary, SINGLE_MIN_POINTS))
    rest = balance(found[1:], [a.id for a in members], from_summary, low, high)
    # A pronoun-led point whose antecedent sentence is not just before it gives way.
    return drop_dangling([found[0]] + rest, found, keep=1 + len(rest))


def build_brief(event: Event, members: Sequence[Article], summariser: Summariser, max_words: int) -> Brief:
    pool: list[Sentence] = [s for a in members for s in split_sentences(a.text, a.id)]
    points = [p.point for p in _points(members, pool, summariser, max_words)]
    date, date_conflict = dates.event_date([(a.id, article_date(a)) for a in members])
    figures = key_figures(pool)
    conflicts = ([date_conflict] if date_conflict else []) + figure_discrepancies(figures) + name_discrepancies(pool)
    return Brief(
        event_id=event.id,
        title=_title(members, points),
        date=date,
        lead=_lead(date, points[0] if points else None),
        key_points=tuple(points[1:]),
        sources=tuple(a.id for a in members),
        figures=tuple(figures),
        actors=tuple(merge_actors(pool)),
        discrepancies=tuple(conflicts),
        related=event.related,
    )


def build_briefs(
    events: Sequence[Event],
    articles: Sequence[Article],
    summariser: Summariser,
    max_words: int = 90,
    progress: Callable[[int, int], None] | None = None,
) -> list[Brief]:
    """One brief per event, in the events' order (the memo order);
    `progress(done, total)` after each."""
    by_id = {a.id: a for a in articles}
    briefs = []
    for event in events:
        briefs.append(build_brief(event, [by_id[i] for i in event.article_ids if i in by_id], summariser, max_words))
        if progress is not None:
            progress(len(briefs), len(events))
    return briefs
