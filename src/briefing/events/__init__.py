"""Event grouping: which articles report the same event, and which events are related.

Events come in memo order, ids E1, E2, ... following it (order.py: more
distinct sources first, then the most recent, then more text).
"""

from __future__ import annotations

from collections import Counter
from typing import Sequence

from ..records import Article, Event
from ..text.embed import Embedder
from .grouping import cluster
from .order import rank_key
from .similarity import LATIN, embedded
from .similarity import lead as _lead

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


def event_date(article: Article) -> str | None:
    """The date the event happened, as the memo dates it (ingest.event_date.source_date),
    else the first date in the opening lines of the text."""
    from ..ingest.event_date import source_date

    if found := source_date(article):
        return found
    from ..ingest.dates import parse_date

    head = "\n".join(filter(None, [article.title, article.text[:400]]))
    return parse_date(head) if head else None


def _first_copies(articles: Sequence[Article]) -> list[int]:
    """Per article, the index of the first article with the same title and text
    (spaces folded). A site publishes one page under several addresses, and on
    the next day again: copies are grouped as one text, so that a page's nearest
    neighbours (the shared-neighbour view) and the words' rarity are not its own copies."""
    seen: dict[str, int] = {}
    return [seen.setdefault(" ".join(f"{a.title or ''}\n{a.text}".split()), n) for n, a in enumerate(articles)]


def group_articles(articles: Sequence[Article], embedder: Embedder | None = None) -> list[Event]:
    """Events in memo order (see the module docstring), related events linked.

    Only the leads are embedded (embedded_lead), one vector per article;
    the embedder's cache lets later stages reuse them."""
    if not articles:
        return []
    first = _first_copies(articles)
    unique = [articles[i] for i in sorted(set(first))]
    leads = [lead(a.text, a.title) for a in unique]
    bodies = ["\n".join(filter(None, [a.title, a.text])) for a in unique]
    dates = [event_date(a) for a in unique]
    langs = [_language(a) for a in unique]
    counts = Counter(first)  # each text weighs as its copies in the average link, as if read apart
    copies = [counts[i] for i in sorted(counts)]
    labels, pairs = cluster(leads, bodies, _embed(leads, embedder), dates, langs=langs, copies=copies)
    slot = {i: n for n, i in enumerate(sorted(set(first)))}
    labels = [labels[slot[f]] for f in first]
    groups: dict[int, list[Article]] = {}
    for article, label in zip(articles, labels):
        groups.setdefault(label, []).append(article)
    order = sorted(groups, key=lambda label: rank_key(groups[label]))
    name = {label: f"E{rank + 1}" for rank, label in enumerate(order)}
    linked: dict[int, list[int]] = {}
    for a, b in pairs:
        linked.setdefault(a, []).append(b)
        linked.setdefault(b, []).append(a)
    return [
        Event(name[label], tuple(a.id for a in groups[label]),
              tuple(sorted((name[x] for x in linked.get(label, [])), key=lambda e: int(e[1:]))))
        for label in order
    ]
