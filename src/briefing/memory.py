"""A run against the desk's store (--store): what is already known, which
events continue stored ones, and what this run leaves for the next.

The glue between the pipeline and two stages that know nothing of each other:
the store (store/, records in and out) and linking (events/continuity.py).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace
from datetime import date
from typing import Sequence

import numpy as np

from .events import embedded_lead, lead
from .events.continuity import Link, LinkThresholds, event_scores, kept_body, link_events, window_start
from .events.terms import packed, term_rows
from .records import Article, Earlier, Event, Memo, StoredPage
from .store import NewEvent, Store


def content_hash(article: Article) -> str:
    """The same page read twice, whatever its file name: its cleaned title and text, spaces folded."""
    text = " ".join(f"{article.title or ''}\n{article.text}".split())
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def drop_known(store: Store, articles: Sequence[Article]) -> tuple[list[Article], tuple[str, ...]]:
    """The articles the store does not hold yet (not the same content, nor the same id and path)."""
    known = store.known([(content_hash(a), a.id, a.path) for a in articles])
    if not known:
        return list(articles), ()
    kept = [a for n, a in enumerate(articles) if n not in known]
    return kept, (f"store: {len(known)} page(s) already read by an earlier run, left out",)


def ask_recent(store, articles: Sequence[Article], t: LinkThresholds = LinkThresholds()) -> None:
    """Ask the store for what link will read, now (a forked store reads it meanwhile)."""
    start = window_start([a.date for a in articles], t)
    if start:
        store.ask_recent(start)


@dataclass(frozen=True)
class Continuity:
    links: dict[str, Link]  # by today's event id
    past_pages: tuple[StoredPage, ...]
    vectors: dict[str, np.ndarray]  # today's lead vectors, by article id
    terms: dict[str, bytes]  # today's term rows (events.terms.packed), by article id


def link(store: Store, events: Sequence[Event], articles: Sequence[Article], embedder,
         t: LinkThresholds = LinkThresholds()) -> Continuity:
    """Each event of today against the stored events of the last days."""
    if embedder is None:
        from .text.embed import get_embedder

        embedder = get_embedder()
    vecs = embedder.encode([embedded_lead(a) for a in articles])  # the grouping's vectors, from the cache
    vectors = {a.id: v for a, v in zip(articles, vecs)}
    start = window_start([a.date for a in articles], t)
    past_events, past_pages = store.recent(start) if start else ([], [])
    leads = {a.id: lead(a.text, a.title) for a in articles}
    bodies = {a.id: kept_body(a.title, a.text) for a in articles}
    ids = list(leads)
    terms = dict(zip(ids, packed(term_rows([leads[i] for i in ids], [bodies[i] for i in ids]))))
    scores = event_scores(events, leads, vectors, past_events, past_pages, t, bodies, terms)
    links = link_events(events, {a.id: a.date for a in articles}, scores, past_events, t)
    return Continuity(links, tuple(past_pages), vectors, terms)


def _stored(title: str, language: str) -> str:
    """A stored event's headline (the French memo's) in a memo of another language: marked "[fr]"."""
    return title if language == "fr" or not title or title.startswith("[") else f"[fr] {title}"


def mark(memo: Memo, found: Continuity, articles: Sequence[Article]) -> Memo:
    """The memo with each event's status, its earlier events and, for an update, what is new since."""
    from .prompts import labels
    from .render.common import figure_text

    w = labels(memo.language)
    outlets = {a.id: a.source for a in articles}
    past_outlets: dict[str, set[str]] = {}
    for page in found.past_pages:
        past_outlets.setdefault(page.event, set()).add(page.source or "")
    # An earlier event this memo briefs too (a memo of a period, history.py) goes by the memo's headline for it.
    headline = {i: b.title for b in memo.briefs for i in b.sources}
    briefs = []
    for brief in memo.briefs:
        link_ = found.links.get(brief.event_id)
        if link_ is None or link_.status == "new":
            briefs.append(brief)
            continue
        earlier = tuple(Earlier(e.key, next((headline[i] for i in e.sources if i in headline), None) or _stored(e.title, memo.language),
                                e.last, e.sources, e.story) for e in link_.earlier)
        since = ""
        if link_.status == "update":
            first = link_.earlier[0]
            new = sorted({outlets.get(i) or "" for i in brief.sources} - past_outlets.get(first.key, set()) - {""})
            if new:
                parts = [w["since_sources"].format(n=len(new), outlets=", ".join(new))]
            else:  # outlets unknown, or the same ones: say how many more pages
                parts = [w["since_articles"].format(n=len(brief.sources))]
            if brief.figures:
                parts.append(w["since_figures"].format(figures=", ".join(figure_text(f.value, f.unit) for f in brief.figures[:3])))
            from .prompts import date_in_words

            when = date_in_words(first.last, w) if first.last else "?"
            since = w["since"].format(date=when, what="; ".join(parts))
        briefs.append(replace(brief, status=link_.status, earlier=earlier, since=since))
    return replace(memo, briefs=tuple(briefs))


def remember(store: Store, memo: Memo, events: Sequence[Event], articles: Sequence[Article], found: Continuity) -> None:
    """Write the run: its memo, its events (a continuation joins its earlier event's story) and its pages."""
    by_id = {a.id: a for a in articles}
    titles = {b.event_id: b.title for b in memo.briefs}
    dated = [a.date[:10] for a in articles if a.date and len(a.date) >= 10]
    day = max(dated) if dated else (memo.created or date.today().isoformat())
    new_events, pages = [], []
    for ev in events:
        days = sorted(by_id[i].date[:10] for i in ev.article_ids if by_id[i].date and len(by_id[i].date) >= 10)
        link_ = found.links.get(ev.id)
        story = link_.earlier[0].story if link_ and link_.earlier else ""
        earlier = link_.earlier[0].key if link_ and link_.earlier else ""
        status = link_.status if link_ else "new"
        title = titles.get(ev.id) or by_id[ev.article_ids[0]].heading
        new_events.append(NewEvent(ev.id, title, days[0] if days else None, days[-1] if days else None, status, story,
                                   earlier))
        for i in ev.article_ids:
            a = by_id[i]
            vector = np.asarray(found.vectors[i], dtype=np.float32).tobytes()
            page = StoredPage(a.id, a.path, content_hash(a), a.title, a.date, a.event_date, a.source, a.lang,
                              lead(a.text, a.title), vector, body=kept_body(a.title, a.text), terms=found.terms[i])
            pages.append((page, ev.id))
    store.save(day, memo.created, memo.title, new_events, pages)
