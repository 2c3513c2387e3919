"""Today's events against what the store holds of the last days: new, update, follow-up.

Today's grouping is left as it is (its one-day figures stay); each of today's
events is then compared with each stored event by the grouping's own pair
scores (similarity.score_pairs on the leads and the first BODY_WORDS of each
text, which the store keeps: no whole page): each of today's pages against its
closest page of the stored event, averaged over today's pages. A stored event grows over the days (a week of Dijon's
unrest, its reactions and its responses); today's development relates to one
part of it, which a mean over every page pair dilutes (on window-dev day 17
the mean found 11 of 18 continuations, the closest page 14).
- update: the best stored event within the same-happening window (its last
  page at most `happening_days` before today's first) scores at least
  `same_happening`: a second-day report of the same happening;
- follow-up: else the best stored event of the story window scores at least
  `same_story`: a new development of its story;
- new: else.
The bars were chosen on window-dev day 17 against 16 and checked on day 18
against 16-17 (benchmarks/desk.py prints both).

Two stories that share a name (a Van Gogh letter bought, a Van Gogh painting
stolen; two Supreme Court rulings) look alike by their leads; their texts'
vocabulary beyond the lead tells them apart. On leads alone, day 18's
continuations were 12 of 21 right (precision 0.57); with the texts' first 400
words 13 of 16, recall 0.67 -> 0.72 (day 17: 14/16 -> 16/17).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Sequence

import numpy as np

from ..records import Event, StoredEvent, StoredPage
from .similarity import Weights, score_pairs
from .terms import compact, kept_or_counted


# What the store keeps of a page's text for linking: the title and this many
# words. On window-dev day 17 (benchmarks/desk.py), 300 words: recall 0.89 and
# precision 0.94 at the story bar 0.20 only; 400 and 500: the same from 0.18 to
# 0.22 (1,000 and 1,500: 0.89 at 0.20, 0.78/0.88 at 0.22): 400 is the shortest
# of the widest plateau.
BODY_WORDS = 400


def kept_body(title: str | None, text: str) -> str:
    """The part of a page's text that linking compares and the store keeps."""
    return " ".join("\n".join(filter(None, [title, text])).split()[:BODY_WORDS])


@dataclass(frozen=True)
class LinkThresholds:
    # Chosen on window-dev day 17 against 16 (benchmarks/desk.py's grid), the
    # texts' first BODY_WORDS compared: 0.5 and 0.6 tell update/follow-up the
    # same (15/16); from 0.18 to 0.22 continuations are found 16/18 at
    # precision 0.94 (0.16: 0.85 at 0.94; 0.24: 1.00 at 0.61), the middle taken.
    # Day 18 against 16-17 is the check.
    same_happening: float = 0.6
    same_story: float = 0.2
    happening_days: int = 2  # as grouping: one happening is reported within a day or two
    story_days: int = 14  # how far back a story is looked for
    # Stored events compared in full: those of the `candidates` stored pages
    # nearest each of today's pages by meaning (a dense product over the date
    # window), so that lexical views read a few hundred stored leads, not a fortnight's.
    candidates: int = 10


@dataclass(frozen=True)
class Link:
    status: str  # "new" | "update" | "follow-up"
    earlier: tuple[StoredEvent, ...] = ()
    score: float = 0.0


def day(iso: str | None) -> date | None:
    try:
        return date.fromisoformat(iso[:10]) if iso and len(iso) >= 10 else None
    except ValueError:
        return None


def window_start(today_dates: Sequence[str | None], t: LinkThresholds = LinkThresholds()) -> str | None:
    """The first day whose stored events today's run compares with (None: no dated page)."""
    days = [d for d in map(day, today_dates) if d]
    return (min(days) - timedelta(days=t.story_days)).isoformat() if days else None


def _nearest_events(today: np.ndarray, past: np.ndarray, owners: Sequence[str], k: int) -> set[str]:
    """The stored events of the k stored pages nearest each of today's (cosine of lead vectors)."""
    k = min(k, len(owners))
    sims = today @ past.T
    top = np.argpartition(-sims, k - 1, axis=1)[:, :k]
    return {owners[j] for j in np.unique(top)}


def event_scores(
    events: Sequence[Event], leads: dict[str, str], vectors: dict[str, np.ndarray],
    past_events: Sequence[StoredEvent], past_pages: Sequence[StoredPage], t: LinkThresholds = LinkThresholds(),
    bodies: dict[str, str] | None = None, terms: dict[str, bytes] | None = None,
) -> np.ndarray:
    """(today's events x stored events): the mean over today's pages of each one's best pair score
    with the stored event's pages, pairs off the candidate graph counting 0; 0 for a stored
    event none of whose pages is near one of today's. `bodies`: today's kept_body by page id
    (None: leads only); a stored page without one (an older store) is read by its lead.
    `terms`: today's pages' term rows (terms.packed) by page id, counted here where missing;
    stored pages' are those the store kept."""
    where = {ev.key: n for n, ev in enumerate(past_events)}
    kept = [p for p in past_pages if p.event in where]
    if not events or not kept:
        return np.zeros((len(events), len(past_events)), dtype=np.float32)
    ids = [i for e in events for i in e.article_ids]
    owner = [n for n, e in enumerate(events) for _ in e.article_ids]
    today = np.stack([vectors[i] for i in ids]).astype(np.float32)
    past = np.stack([np.frombuffer(p.vector, dtype=np.float32) for p in kept])
    near = _nearest_events(today, past, [p.event for p in kept], t.candidates)
    chosen = [n for n, p in enumerate(kept) if p.event in near]
    kept = [kept[n] for n in chosen]
    texts = [leads[i] for i in ids] + [p.lead for p in kept]
    full = texts if bodies is None else [bodies.get(i) or leads[i] for i in ids] + [p.body or p.lead for p in kept]
    vecs = np.vstack([today, past[chosen]])
    label = np.array(owner + [len(events) + where[p.event] for p in kept])
    blobs = [(terms or {}).get(i) for i in ids] + [p.terms for p in kept]
    counts = compact(kept_or_counted(blobs, texts, full))
    pairs = score_pairs(texts, full, vecs, Weights(), across=len(ids), counts=counts)  # only today's pages against stored ones
    a_today, b_today = pairs.a < len(ids), pairs.b < len(ids)
    cross = a_today != b_today
    page = np.where(a_today, pairs.a, pairs.b)[cross]
    stored = label[np.where(a_today, pairs.b, pairs.a)[cross]] - len(events)
    nearest = np.zeros((len(ids), len(past_events)))  # today's page x stored event: its closest page
    np.maximum.at(nearest, (page, stored), pairs.score[cross])
    sums = np.zeros((len(events), len(past_events)))
    np.add.at(sums, np.array(owner), nearest)
    return sums / np.bincount(np.array(owner), minlength=len(events))[:, None]


def link_events(
    events: Sequence[Event], dates: dict[str, str | None], scores: np.ndarray,
    past_events: Sequence[StoredEvent], t: LinkThresholds = LinkThresholds(),
) -> dict[str, Link]:
    """A Link per today's event id, from event_scores."""
    out: dict[str, Link] = {}
    # Each stored event's last day once, as a day number (undated: within any window).
    last = np.array([d.toordinal() if (d := day(e.last)) else np.nan for e in past_events], dtype=np.float64)
    everywhere = np.ones(len(past_events), dtype=bool)
    for n, ev in enumerate(events):
        first = min((d for d in (day(dates.get(i)) for i in ev.article_ids) if d), default=None)
        recent = everywhere if first is None else np.isnan(last) | (first.toordinal() - last <= t.happening_days)
        best = _best(scores[n], recent)
        if best is not None and scores[n, best] >= t.same_happening:
            out[ev.id] = Link("update", (past_events[best],), float(scores[n, best]))
            continue
        best = _best(scores[n], everywhere)
        if best is not None and scores[n, best] >= t.same_story:
            out[ev.id] = Link("follow-up", _story(past_events[best], past_events), float(scores[n, best]))
        else:
            out[ev.id] = Link("new")
    return out


def _best(row: np.ndarray, keep: np.ndarray) -> int | None:
    """The best-scored stored event among `keep` (the first of equals), None if none is kept."""
    if not keep.any():
        return None
    return int(np.argmax(np.where(keep, row, -np.inf)))


def _story(best: StoredEvent, past: Sequence[StoredEvent]) -> tuple[StoredEvent, ...]:
    """The event followed up first, then the story's other stored events, latest first."""
    others = sorted((e for e in past if e.story == best.story and e.key != best.key), key=lambda e: e.last or "", reverse=True)
    return (best, *others)
