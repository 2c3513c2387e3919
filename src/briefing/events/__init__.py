"""Event grouping: which articles report the same event, and which events are related.

Events come in memo order, ids E1, E2, ... following it (order.py: more
distinct sources first, then the most recent, then more text).
"""

from __future__ import annotations

from typing import Sequence

from ..records import Article, Event
from ..text.embed import Embedder
from .grouping import cluster
from .order import rank_key
from .similarity import LATIN, embedded
from .similarity import lead as _lead
from .windows import date_windows, stitch

LANGUAGE_WORDS = 30  # below this, a Latin text's language is not trusted to part it from another

__all__ = ["group_articles", "event_date", "lead", "embedded_lead"]


def lead(text: str, title: str | None = None) -> str:
    """The title and opening words of a text: where news tells who, what,
    when and where, and what grouping compares first."""
    return _lead(title, text)


def embedded_lead(article: Article) -> str:
    """The text grouping embeds for an article; a later stage that embeds the
    same string gets the vector from the embedder's cache."""
    return embedded(lead(article.text, article.title))


def _embed(leads: Sequence[str], embedder: Embedder | None):
    if embedder is None:
        from ..text.embed import get_embedder

        embedder = get_embedder()
    return embedder.encode([embedded(x) for x in leads])


def _language(article: Article) -> str | None:
    """The article's language for grouping: Arabic by its script; a Latin
    language only from a text long enough for the detector (a headline's
    guess is often wrong: 'fr' headlines read as 'en', 'ca', 'ro')."""
    if article.lang == "ar" or not article.lang:
        return article.lang
    return article.lang if len(article.text.split()) >= LANGUAGE_WORDS else LATIN


def _body(article: Article) -> str:
    return "\n".join(filter(None, [article.title, article.text]))


def group_windows(
    articles: Sequence[Article], leads: Sequence[str], dates: Sequence[str | None], langs: Sequence[str | None], vectors
) -> tuple[list[int], set[tuple[int, int]]]:
    """Cluster labels and related label pairs, each date window grouped on
    its own (one window, the whole set, for a crawl of a few thousand pages);
    the bodies of one window only are held at a time."""
    windows = date_windows(dates)
    grouped = []
    for window in windows:
        at = window.members.tolist()
        grouped.append(cluster(
            [leads[i] for i in at], [_body(articles[i]) for i in at], None if vectors is None else vectors[window.members],
            [dates[i] for i in at], langs=[langs[i] for i in at],
        ))
    return grouped[0] if len(windows) == 1 else stitch(len(articles), windows, grouped)


def event_date(article: Article) -> str | None:
    """The date the event happened, as the memo dates it (ingest.event_date.source_date),
    else the first date in the opening lines of the text."""
    from ..ingest.event_date import source_date

    if found := source_date(article):
        return found
    from ..ingest.dates import parse_date

    head = "\n".join(filter(None, [article.title, article.text[:400]]))
    return parse_date(head) if head else None


def group_articles(articles: Sequence[Article], embedder: Embedder | None = None) -> list[Event]:
    """Events in memo order (see the module docstring), related events linked.

    Only the leads are embedded (embedded_lead), one vector per article;
    the embedder's cache lets later stages reuse them. A large crawl is
    grouped window by window of event dates (windows.py)."""
    if not articles:
        return []
    leads, dates, langs, ids = [], [], [], []
    for a in articles:  # one pass: spilled articles are read back one at a time (spill.py)
        leads.append(lead(a.text, a.title))
        dates.append(event_date(a))
        langs.append(_language(a))
        ids.append(a.id)
    labels, pairs = group_windows(articles, leads, dates, langs, _embed(leads, embedder))
    groups: dict[int, list[int]] = {}
    for k, label in enumerate(labels):
        groups.setdefault(label, []).append(k)
    keys = {label: rank_key([articles[k] for k in members]) for label, members in groups.items()}
    order = sorted(groups, key=keys.__getitem__)
    name = {label: f"E{rank + 1}" for rank, label in enumerate(order)}
    linked: dict[int, list[int]] = {}
    for a, b in pairs:
        linked.setdefault(a, []).append(b)
        linked.setdefault(b, []).append(a)
    return [
        Event(name[label], tuple(ids[k] for k in groups[label]),
              tuple(sorted((name[x] for x in linked.get(label, [])), key=lambda e: int(e[1:]))))
        for label in order
    ]
