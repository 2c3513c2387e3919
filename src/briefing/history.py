"""The desk's past read back from the store alone: a memo of a period (a
week of daily runs) and a story's timeline.

The store keeps each page's title and first words (continuity.BODY_WORDS),
not the whole page: a memo of a period is written from those, which hold a
news page's lead and first paragraphs, where briefs take their lead and key
points. Like memory.py, the glue between the store and the stages: it knows
nothing of the CLI.

A happening reported on several days is one event of the period's memo: each
day's `update` joins the event it updated (the store's `earlier` link; from a
store written before that link was kept, the latest earlier event of its
story). A `follow-up` stays an event of its own, marked as following the
event it continues, and the events of one story point at each other ("see
also").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

from .events.continuity import Link
from .memory import Continuity
from .records import Article, Event, StoredEvent, StoredPage
from .store import Store

# A stored text cut at its word limit ends mid-sentence: it is read up to its last full stop.
_LAST_STOP = re.compile(r"[.!?…][\"»”]?(?=\s|$)")


@dataclass(frozen=True)
class Period:
    """A period's articles and events as a run's grouping would give them (in the store's
    order: the memo's plan ranks and renumbers them), and each event's place in its story
    (memory.mark reads it, once `renamed` to the plan's numbers)."""

    articles: list[Article]
    events: list[Event]
    found: Continuity
    stored_events: int  # the store's events the period's events were made of


def read_period(store: Store, since: str | None, until: str | None) -> Period:
    """The stored events with pages dated in [since, until] (either bound may be open)."""
    from .store.schema import events as table

    conditions = []
    if since:
        conditions.append(table.c.last_date >= since)
    if until:
        conditions.append(table.c.first_date <= until)
    stored, pages = store.events_where(*conditions)
    pages = [p for p in pages if _within(p.date, since, until)]
    held = {p.event for p in pages}
    stored = [e for e in stored if e.key in held]
    by_key = {e.key: e for e in stored}
    root = {e.key: _happening(e, by_key) for e in stored}
    articles, owner = _articles(pages, root)
    members: dict[str, list[Article]] = {}
    for article in articles:
        members.setdefault(owner[article.id], []).append(article)
    order = list(members)  # the store's order: the memo's plan ranks and numbers them (brief.plan_memo)
    ids = {key: f"E{n + 1}" for n, key in enumerate(order)}
    in_story: dict[str, list[str]] = {}
    for key in order:
        in_story.setdefault(by_key[key].story, []).append(ids[key])
    events = [
        Event(ids[key], tuple(a.id for a in members[key]),
              tuple(i for i in in_story[by_key[key].story] if i != ids[key]))
        for key in order
    ]
    outside = {by_key[key].earlier for key in order if by_key[key].earlier and by_key[key].earlier not in by_key}
    before, before_pages = store.events_where(table.c.key.in_(sorted(outside))) if outside else ([], [])
    known = {**{e.key: e for e in before}, **by_key}
    links = {ids[key]: _link(by_key[key], known, by_key) for key in order}
    found = Continuity(links, tuple(before_pages) + tuple(p for p in pages if p.event in by_key), {}, {})
    return Period(articles, events, found, len(stored))


def renamed(period: Period, events: Sequence[Event]) -> Continuity:
    """The period's links keyed by the ids `events` (the same events, or those --about kept,
    renumbered by the memo's plan) give them."""
    was = {i: e.id for e in period.events for i in e.article_ids}
    links = {e.id: period.found.links[was[e.article_ids[0]]] for e in events if e.article_ids}
    return Continuity(links, period.found.past_pages, {}, {})


def _within(day: str | None, since: str | None, until: str | None) -> bool:
    """An undated page stays with its event; a dated one must fall in the period."""
    if not day:
        return True
    day = day[:10]
    return (not since or day >= since) and (not until or day <= until)


def _happening(event: StoredEvent, by_key: dict[str, StoredEvent]) -> str:
    """The key of the period's event this stored event belongs to: an update joins
    the event it updated, as far back as the period holds it."""
    seen = set()
    while event.status == "update" and event.key not in seen:
        seen.add(event.key)
        updated = by_key.get(event.earlier) if event.earlier else _latest_before(event, by_key)
        if updated is None:
            break
        event = updated
    return event.key


def _latest_before(event: StoredEvent, by_key: dict[str, StoredEvent]) -> StoredEvent | None:
    """A store of schema 3 kept no link: the latest earlier event of the same story."""
    earlier = [e for e in by_key.values() if e.story == event.story and e.key != event.key
               and (e.last or "") <= (event.first or "") and (e.briefed or "") < (event.briefed or "")]
    return max(earlier, key=lambda e: (e.last or "", e.key), default=None)


def _link(event: StoredEvent, known: dict[str, StoredEvent], period: dict[str, StoredEvent]) -> Link:
    """The period's event as its first day's memo marked it: new, or continuing an earlier event."""
    earlier = known.get(event.earlier) if event.earlier else _latest_before(event, period)
    if event.status == "new" or earlier is None:
        return Link("new")
    return Link(event.status, (earlier,))


def _articles(pages: Sequence[StoredPage], root: dict[str, str]) -> tuple[list[Article], dict[str, str]]:
    """An article per stored page, and the period's event each belongs to. Two pages of
    one id (two days' folders may reuse a name) keep their ids apart ("id~2"), so that
    each citation names one page."""
    articles, owner, taken = [], {}, set()
    for page in pages:
        page_id, n = page.id, 1
        while page_id in taken:
            n += 1
            page_id = f"{page.id}~{n}"
        taken.add(page_id)
        articles.append(Article(page_id, stored_text(page), page.title, page.source, page.date, page.event_date,
                                lang=page.lang, path=page.path))
        owner[page_id] = root[page.event]
    return articles, owner


def stored_text(page: StoredPage) -> str:
    """The text the store kept of a page: its first words after the title, up to the last full stop
    when the words were cut (continuity.kept_body)."""
    from .events.continuity import BODY_WORDS

    text = page.body or page.lead
    title = " ".join((page.title or "").split())
    if title and text.startswith(title):
        text = text[len(title):].strip()
    if not page.body or len(page.body.split()) >= BODY_WORDS:  # a lead alone is cut too
        stops = list(_LAST_STOP.finditer(text))
        if stops:
            text = text[: stops[-1].end()]
    return text


@dataclass(frozen=True)
class Story:
    """What the store holds of one story: its events by first day, each with its pages."""

    key: str  # the key of the story's first event
    events: list[StoredEvent]
    pages: dict[str, list[StoredPage]]  # by event key
    relevance: float | None = None  # how well the words asked for matched it (None: named by an event's key)
    others: list[tuple[str, str, float]] = ()  # other stories on those words: (key, headline, relevance)


def read_story(store: Store, query: str, embedder=None, since: str | None = None, until: str | None = None) -> Story:
    """The story of the stored event keyed `query`, else the story whose pages are the most on
    `query` (the relevance --about reads: words and meaning of each page's lead, select.subject),
    whatever its score: a search ranks, and a long query (a sentence describing the story) scores
    below --about's bar for a subject of a few words even when it finds the right story (window-dev's
    25 story descriptions: the right story first for 23, at relevance 0.23-0.45), while a few words
    on nothing stored may score above it. The score and the next stories are shown with it."""
    from .errors import UsageError
    from .store.schema import events as table

    named, _ = store.events_where(table.c.key == query.strip())
    if named:
        return _story(store, named[0].story)
    conditions = ([table.c.last_date >= since] if since else []) + ([table.c.first_date <= until] if until else [])
    stored, pages = store.events_where(*conditions, texts=False)
    if not pages:
        raise UsageError(f"store {store.shown}: no event stored{' in that period' if conditions else ''}")
    best = _stories_on(query, stored, pages, embedder)
    story = _story(store, best[0][0])
    return Story(story.key, story.events, story.pages, best[0][2], best[1:4])


def _stories_on(query: str, stored: Sequence[StoredEvent], pages: Sequence[StoredPage], embedder) -> list[tuple[str, str, float]]:
    """Each story's best page relevance to `query`, best first: (story key, its headline, relevance)."""
    import numpy as np

    from .select.subject import lead_relevance

    if embedder is None:
        from .text.embed import get_embedder

        embedder = get_embedder()
    vectors = np.stack([np.frombuffer(p.vector, dtype=np.float32) for p in pages])
    scores = lead_relevance(query, [p.lead for p in pages], vectors, [p.lang for p in pages], embedder)
    event = {e.key: e for e in stored}
    best: dict[str, float] = {}
    for page, score in zip(pages, scores.tolist()):
        story = event[page.event].story
        best[story] = max(best.get(story, 0.0), score)
    title = {e.key: e.title for e in stored}
    return sorted(((k, title.get(k) or k, s) for k, s in best.items()), key=lambda item: -item[2])


def _story(store: Store, key: str) -> Story:
    from .store.schema import events as table

    events, pages = store.events_where(table.c.story == key)
    by_event: dict[str, list[StoredPage]] = {}
    for page in pages:
        by_event.setdefault(page.event, []).append(page)
    events = sorted(events, key=lambda e: (e.first or "", e.briefed or "", e.key))
    return Story(key, events, by_event)
