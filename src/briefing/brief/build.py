"""Event -> Brief: title, dated lead, cited key points, figures, actors, discrepancies."""

from __future__ import annotations

from typing import Protocol, Sequence

from ..events import event_date as article_date
from ..prompts import labels
from ..records import Article, Brief, Event, KeyPoint, Sentence, Summary
from ..text.sentences import split_sentences
from . import dates
from .actors import merge_actors, name_discrepancies
from .figures import figure_discrepancies, key_figures
from .points import key_points, usable

TITLE_WORDS = 14
LEAD_WORDS = 40  # the lead sentence comes on top of the key points' word budget


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


def _uncovered_leads(chosen: Sequence[Sentence], members: Sequence[Article]) -> list[Sentence]:
    """The first usable sentence of each source the summary left out, so every
    source of the event speaks at least once (and differences can show)."""
    covered = {s.article_id for s in chosen if usable(s)}
    extra = []
    for article in members:
        if article.id not in covered:
            lead = next((s for s in split_sentences(article.text, article.id) if usable(s)), None)
            if lead is not None:
                extra.append(lead)
    return extra


def build_brief(event: Event, members: Sequence[Article], summariser: Summariser, max_words: int) -> Brief:
    pool: list[Sentence] = [s for a in members for s in split_sentences(a.text, a.id)]
    summary = summariser.summarise(members, max_words + LEAD_WORDS)
    points = key_points(list(summary.sentences) + _uncovered_leads(summary.sentences, members), pool)
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
    events: Sequence[Event], articles: Sequence[Article], summariser: Summariser, max_words: int = 90
) -> list[Brief]:
    """One brief per event, in the events' order (the memo order)."""
    by_id = {a.id: a for a in articles}
    return [build_brief(e, [by_id[i] for i in e.article_ids if i in by_id], summariser, max_words) for e in events]
