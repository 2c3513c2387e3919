"""Event grouping: which articles report the same event, and which events are related.

Events come in memo order, ids E1, E2, ... following it (order.py: more
distinct sources first, then the most recent, then more text).
"""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass
from typing import Callable, Iterable, Sequence

import numpy as np

from ..records import Article, Event
from ..text.embed import Embedder
from .order import rank_key
from .similarity import LATIN, cross_embedded, embedded, several_languages
from .similarity import lead as _lead
from .windows import Window, WindowJob, date_windows, group_window, stitch

# How a run maps a function over the windows' jobs, results in order (Workers.map).
MapWindows = Callable[[Callable[[WindowJob], tuple[list[int], set[tuple[int, int]]]], Iterable[WindowJob]], Iterable]

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


def _or_default(embedder: Embedder | None) -> Embedder:
    """The embedder given, else the process-wide one (loaded once)."""
    if embedder is None:
        from ..text.embed import get_embedder

        return get_embedder()
    return embedder


def _embed(leads: Sequence[str], embedder: Embedder | None):
    return _or_default(embedder).encode([embedded(x) for x in leads])


# The second vector is embedded for every text of a set (its centring reads them all), so it is
# made only where other languages than the set's largest hold at least this share of its texts:
# archive-dev's first 4,000 pages hold one page read "en" and one "es", which made every page be
# embedded again (grouping +50 %) for the pairs of two stray pages. Those are scored on their
# leads' vectors, as every pair of two languages was before.
MIXED_SHARE = 0.01


def _strays_only(langs: Sequence[str | None]) -> bool:
    known = Counter(x for x in langs if x is not None and x != LATIN)
    others = sum(known.values()) - max(known.values(), default=0)
    return others < MIXED_SHARE * len(langs)


def _cross_vectors(articles: Sequence[Article], unique: Sequence[int], langs: Sequence[str | None],
                   embedder: Embedder | None):
    """The vectors pairs of two languages are scored on (similarity.CROSS_WORDS),
    for a set of several languages only (its texts read again then); else None."""
    if not several_languages(langs) or _strays_only(langs):
        return None
    return _or_default(embedder).encode([cross_embedded(articles[i].title, articles[i].text) for i in unique])


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
    articles: Sequence[Article], unique: Sequence[int], leads: Sequence[str], dates: Sequence[str | None],
    langs: Sequence[str | None], vectors, copies: Sequence[int], cross_vectors=None,
    named: Sequence[bool] | None = None, map_windows: MapWindows | None = None,
) -> tuple[list[int], set[tuple[int, int]]]:
    """Cluster labels and related label pairs of the texts `unique` (indices
    into `articles`; leads, dates, langs, vectors, copy counts and whether
    the lead names the day, per text),
    each date window grouped on its own (one window, the whole set, for a
    crawl of a few thousand pages), by `map_windows(group_window, jobs)`
    (a cluster's workers; None: here, one after the other). A window's bodies
    are read when its job is made: only the windows in flight are held.
    `cross_vectors` (or None) score the pairs of two languages."""
    windows = date_windows(dates)
    texts = _Texts(articles, unique, leads, dates, langs, vectors, copies, cross_vectors, named)
    if len(windows) == 1:  # the whole set, here: nothing to gain from a worker
        return group_window(texts.job(windows[0]))
    grouped = list((map_windows or map)(group_window, (texts.job(w) for w in windows)))
    return stitch(len(unique), windows, grouped)


@dataclass(frozen=True)
class _Texts:
    """The unique texts' per-text facts, indexed like `unique`, cut into window jobs."""

    articles: Sequence[Article]
    unique: Sequence[int]
    leads: Sequence[str]
    dates: Sequence[str | None]
    langs: Sequence[str | None]
    vectors: np.ndarray | None
    copies: Sequence[int]
    cross_vectors: np.ndarray | None
    named: Sequence[bool] | None

    def job(self, window: Window) -> WindowJob:
        at = window.members.tolist()
        pick = lambda values: None if values is None else values[window.members]  # noqa: E731
        return WindowJob(
            tuple(self.leads[i] for i in at), tuple(_body(self.articles[self.unique[i]]) for i in at),
            pick(self.vectors), tuple(self.dates[i] for i in at),
            tuple(self.langs[i] for i in at), tuple(self.copies[i] for i in at),
            cross_vectors=pick(self.cross_vectors),
            named=None if self.named is None else tuple(self.named[i] for i in at),
            published=tuple(self.articles[self.unique[i]].date for i in at),
        )


def event_date(article: Article) -> str | None:
    """The date the event happened, as the memo dates it (ingest.event_date.source_date),
    else the first date in the opening lines of the text."""
    from ..ingest.event_date import source_date

    if found := source_date(article):
        return found
    from ..ingest.dates import parse_date

    head = "\n".join(filter(None, [article.title, article.text[:400]]))
    return parse_date(head) if head else None


def day_named(article: Article) -> bool:
    """True when the event date grouping reads (event_date) is a day the lead
    names, False when it is the publication date by default (grouping.py's
    `unstated_factor`: such a page may well report the evening before too)."""
    from ..ingest.event_date import dating, stated_date

    stated = stated_date(article)
    if not article.date or not stated:
        return True  # no publication date: a date from the text, or none
    return stated != article.date or dating(article.text, article.date).sentence is not None


def _copy_key(article: Article) -> str:
    """The same for two copies of a page (title and text, spaces folded). A site
    publishes one page under several addresses, and on the next day again:
    copies are grouped as one text, so that a page's nearest neighbours (the
    shared-neighbour view) and the words' rarity are not its own copies. A
    digest, so that a spilled crawl's texts are not all held at once."""
    folded = " ".join(f"{article.title or ''}\n{article.text}".split())
    return hashlib.blake2b(folded.encode("utf-8"), digest_size=16).hexdigest()


def group_articles(articles: Sequence[Article], embedder: Embedder | None = None,
                   map_windows: MapWindows | None = None) -> list[Event]:
    """Events in memo order (see the module docstring), related events linked.

    Only the leads are embedded (embedded_lead), one vector per article;
    the embedder's cache lets later stages reuse them. A large crawl is
    grouped window by window of event dates (windows.py), the windows
    mapped by `map_windows` (see group_windows)."""
    if not articles:
        return []
    first, leads, dates, langs, ids, named = [], [], [], [], [], []
    seen: dict[str, int] = {}
    for n, a in enumerate(articles):  # one pass: spilled articles are read back one at a time (spill.py)
        first.append(seen.setdefault(_copy_key(a), n))
        ids.append(a.id)
        if first[-1] == n:
            leads.append(lead(a.text, a.title))
            dates.append(event_date(a))
            named.append(day_named(a))
            langs.append(_language(a))
    unique = [n for n, f in enumerate(first) if f == n]
    counts = Counter(first)  # each text weighs as its copies in the average link, as if read apart
    copies = [counts[i] for i in unique]
    vectors = _embed(leads, embedder)
    cross = _cross_vectors(articles, unique, langs, embedder)
    unique_labels, pairs = group_windows(articles, unique, leads, dates, langs, vectors, copies, cross, named,
                                         map_windows)
    slot = {i: k for k, i in enumerate(unique)}
    labels = [unique_labels[slot[f]] for f in first]
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
