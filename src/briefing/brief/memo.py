"""Briefs -> Memo: executive summary, timeline across events, sources list.

The briefs stay in the order the events came in (group_articles orders them:
more sources first, then the most recent date). The timeline is in date
order; a date whose year the sources do not give ("--02-04") is never given
one: it goes after the dated entries, in month order.
"""

from __future__ import annotations

import datetime as _dt
from typing import Sequence

from ..prompts import labels
from ..records import Article, Brief, Memo, SourceRef, TimelineEntry
from .synthesis import executive_summary
from .theme import memo_subject


def _timeline_key(entry: TimelineEntry) -> tuple[int, str]:
    unknown_year = entry.date.startswith("--")
    return (1 if unknown_year else 0, entry.date)


def timeline(briefs: Sequence[Brief]) -> tuple[TimelineEntry, ...]:
    entries = [TimelineEntry(b.date, b.title, b.event_id, b.sources) for b in briefs if b.date]
    return tuple(sorted(entries, key=_timeline_key))


def sources_list(briefs: Sequence[Brief], articles: Sequence[Article]) -> tuple[SourceRef, ...]:
    cited = {i for b in briefs for i in b.sources}
    return tuple(
        SourceRef(a.id, a.title, a.source, a.date, a.path) for a in sorted(articles, key=lambda a: a.id) if a.id in cited
    )


def memo_title(briefs: Sequence[Brief], articles: Sequence[Article], language: str = "fr") -> str:
    """'Note de synthèse : dispositifs médicaux', or the bare label when the
    sources share no theme (see theme.py for the rule)."""
    words = labels(language)
    label = words.get("memo_title", "Memo")
    subject = memo_subject(briefs, articles)
    if not subject:
        return label
    return words.get("memo_title_about", "{label}: {subject}").format(label=label, subject=subject)


def build_memo(
    briefs: Sequence[Brief],
    articles: Sequence[Article],
    language: str = "fr",
    today: str | None = None,
    notes: Sequence[str] = (),
    title: str | None = None,
) -> Memo:
    """The memo of `briefs`; `title` (the user's) overrides the one made of
    the label and the subject the sources share."""
    return Memo(
        title=title or memo_title(briefs, articles, language),
        language=language,
        created=today or _dt.date.today().isoformat(),
        executive_summary=executive_summary(briefs, language),
        briefs=tuple(briefs),
        timeline=timeline(briefs),
        sources=sources_list(briefs, articles),
        notes=tuple(notes),
    )
