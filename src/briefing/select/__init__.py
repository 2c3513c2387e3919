"""Narrow a crawl to what the memo is about: a period (--since / --until) and
a subject (--about).

The period filters articles before grouping. The subject is judged page by
page (subject.py) and then kept event by event: an event is on the subject
when one of its pages is, and then all its pages are, since the other
reports of the same happening often word it otherwise ("la loi Avia" in one
headline, "la loi contre la haine en ligne" in another). Without events
(`briefing summarise --about`) the pages themselves are kept.

Nothing left is a usage error with one line that says what was asked and how
many pages were read, so a user knows to widen the subject or the dates.
"""

from __future__ import annotations

from typing import Sequence

from ..errors import UsageError
from ..records import Article, Event
from ..spill import SpilledArticles
from ..text.embed import Embedder
from .period import in_period, parse_day

# The relevance scores (subject.py) need the grouping's views, which import
# scipy: loaded on first use, so checking a --since date stays light.

__all__ = ["on_subject", "parse_day", "select_articles"]


def _period_words(since: str | None, until: str | None) -> str:
    if since and until:
        return f"from {since} to {until}"
    return f"since {since}" if since else f"until {until}"


def _nothing_on(about: str, read: int, best: float, threshold: float) -> UsageError:
    return UsageError(f"nothing on '{about}' in the {read} pages read (best match {best:.2f}, threshold {threshold:.2f})")


def select_articles(
    articles: Sequence[Article],
    about: str | None = None,
    since: str | None = None,
    until: str | None = None,
    embedder: Embedder | None = None,
    threshold: float | None = None,
) -> tuple[list[Article], tuple[str, ...]]:
    """(the articles kept, notes for the memo saying what was left out);
    `threshold` None is the one chosen on the dev day (subject.THRESHOLD)."""
    read = len(articles)
    kept = list(articles)
    notes: list[str] = []
    if since or until:
        kept, undated = in_period(kept, since, until)
        period = _period_words(since, until)
        if not kept:
            raise UsageError(f"no page dated {period} in the {read} pages read ({undated} without a date)")
        notes.append(f"period {period}: {len(kept)} of {read} pages" + (f" ({undated} without a date left out)" if undated else ""))
    if about:
        from .subject import THRESHOLD, relevance

        threshold = THRESHOLD if threshold is None else threshold
        before = len(kept)
        scores = relevance(about, kept, embedder)
        kept = [a for a, score in zip(kept, scores) if score >= threshold]
        if not kept:
            raise _nothing_on(about, read, max(scores, default=0.0), threshold)
        notes.append(f"subject '{about}': {len(kept)} of {before} pages")
    return kept, tuple(notes)


def on_subject(
    events: Sequence[Event],
    articles: Sequence[Article],
    about: str,
    embedder: Embedder | None = None,
    threshold: float | None = None,
) -> tuple[list[Event], list[Article], tuple[str, ...]]:
    """(events with a page on `about`, their articles, a note for the memo)."""
    from .subject import THRESHOLD, relevance

    threshold = THRESHOLD if threshold is None else threshold
    scores = dict(zip((a.id for a in articles), relevance(about, articles, embedder)))
    kept = [e for e in events if max((scores.get(i, 0.0) for i in e.article_ids), default=0.0) >= threshold]
    if not kept:
        raise _nothing_on(about, len(articles), max(scores.values(), default=0.0), threshold)
    ids = {i for e in kept for i in e.article_ids}
    pages = articles.where(ids) if isinstance(articles, SpilledArticles) else [a for a in articles if a.id in ids]
    note = f"subject '{about}': {len(kept)} of {len(events)} events, {len(pages)} of {len(articles)} pages"
    return kept, pages, (note,)
