"""Briefs -> Memo: title, executive summary, timeline across events, sources list.

The briefs stay in the order they came in (the memo budget orders them:
more distinct sources first, then the most recent date, then more text). The timeline is in date
order; a date whose year the sources do not give ("--02-04") is never given
one: it goes after the dated entries, in month order.
"""

from __future__ import annotations

import datetime as _dt
from typing import Sequence

from ..prompts import labels
from ..records import Article, Brief, Memo, SourceRef, TimelineEntry
from ..spill import without_text
from . import dates
from .synthesis import executive_summary, memo_period
from .theme import memo_subject


def _timeline_key(entry: TimelineEntry) -> tuple[int, str]:
    unknown_year = entry.date.startswith("--")
    return (1 if unknown_year else 0, entry.date)


def timeline(briefs: Sequence[Brief]) -> tuple[TimelineEntry, ...]:
    """One entry per event briefed in full, on the event's date; none when
    they all fall on one day (there is nothing to put in order)."""
    entries = [TimelineEntry(b.date, b.title, b.event_id, b.sources) for b in briefs if b.date and b.detailed]
    if len({e.date for e in entries}) < 2:
        return ()
    return tuple(sorted(entries, key=_timeline_key))


def sources_list(briefs: Sequence[Brief], articles: Sequence[Article]) -> tuple[SourceRef, ...]:
    cited = {i for b in briefs for i in b.sources}
    return tuple(
        SourceRef(a.id, a.title, a.source, a.date, a.path, a.url)
        for a in sorted((a for a in without_text(articles) if a.id in cited), key=lambda a: a.id)
    )


def title_of(language: str, subject: str | None, span: Sequence[str]) -> str:
    """'Note de synthèse : <subject>', else 'Note de synthèse — <date or
    period>', else the bare label: the title in `language`'s own words."""
    words = labels(language)
    label = words.get("memo_title", "Memo")
    if subject:
        return words.get("memo_title_about", "{label}: {subject}").format(label=label, subject=subject)
    if len(span) == 1:
        return words.get("memo_title_day", "{label} — {date}").format(label=label, date=dates.human(span[0], words))
    if len(span) == 2:
        start, end = (dates.human(d, words) for d in span)
        return words.get("memo_title_period", "{label} — {start} – {end}").format(label=label, start=start, end=end)
    return label


def build_memo(
    briefs: Sequence[Brief],
    articles: Sequence[Article],
    language: str = "fr",
    today: str | None = None,
    notes: Sequence[str] = (),
    title: str | None = None,
    about: str | None = None,
) -> Memo:
    """The memo of `briefs` (in memo order, those briefed in full first).

    Its title: `title` (the user's) as given; else the subject asked for
    (`about`); else the theme half its events share (theme.py: a day's main story
    among many others is not the memo's subject); else the day or period its pages
    were published in (memo_period)."""
    span = memo_period(briefs, without_text(articles))
    subject = about or memo_subject(briefs, articles)
    return Memo(
        title=title or title_of(language, subject, span),
        language=language,
        created=today or _dt.date.today().isoformat(),
        executive_summary=executive_summary(briefs, language, span),
        briefs=tuple(briefs),
        timeline=timeline(briefs),
        sources=sources_list(briefs, articles),
        notes=tuple(notes),
        subject=subject,
        period=span,
    )
