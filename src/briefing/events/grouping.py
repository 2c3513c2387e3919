"""Group texts that report the same event; link events on the same topic.

Rule: score the candidate pairs (similarity.py), drop the pairs whose known
event dates are clearly apart, then average-link clustering on that sparse
graph (cluster.py), where two clusters with members that far apart never
merge. Related events are pairs of clusters whose members share a topic on
average (similarity.py's topic score), read on the same graph, whatever
their dates.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Sequence

import numpy as np

from .cluster import Spans, average_link
from .similarity import PairScores, Weights, score_pairs, shared_neighbours


@dataclass(frozen=True)
class Thresholds:
    # The merge bar was chosen with the knobs of similarity.Weights on day-dev
    # and headlines-dev (benchmarks/group.py); the related bars on the seeds
    # (the two device agreements 0.39, the panel 0.17-0.21, the WHO visit
    # 0.10): no labelled data exists for related events.
    same_event: float = 0.15  # mean (shared-neighbour) score between two clusters to merge them
    # ... unless one text alone carries it: without it, the clusters' mean plain
    # score (dated) falls under this (cluster.py). Window-dev 16 June: Beijing's
    # outbreak and dexamethasone joined by a round-up of both, 0.05 without it;
    # the inquiry's first hearing and Salomon's testimony, one event, 0.15 without
    # the page naming both; 0.10 between. 0.05 to 0.12 give the same figures
    # elsewhere (benchmarks/group.py prints the grid).
    bridge: float = 0.10
    related: float = 0.25  # mean topic score between two events on one topic ...
    related_floor: float = 0.1  # ... or this, when each is the other's closest event
    # Known event dates further apart than this: two events, however alike
    # (the same people signing two agreements years apart; a daily update).
    # The event date is the publication date unless the lead gives the day,
    # so two reports of one day's event fall within a day (the next morning's
    # report); two days on, it is a follow-up. Read on a week of unlabelled
    # scale pages (June and August 2020): at 2, daily round-ups, polls and
    # reactions two days apart merged; at 1 they part, and day-dev is unchanged.
    days_apart: int = 1
    date_factor: float = 0.0  # the pair's score is scaled by this
    # A day apart, a pair needs four times the evidence: the next morning's report
    # of an evening event stays one event, the next day's development of a story
    # (a death then the tributes, an attack then the threats) mostly does not.
    # day-dev alone: 0.967 at 1.0, 0.978 from 0.5 to 0.0 (0.0 parts the
    # next-morning reports of the June sample). Across days, tuned on window-dev
    # 16+17 June grouped together (0.5: 0.814, 0.25 and 0.1: 0.840) and checked
    # on 17+18 June (0.948 -> 0.954; day-dev unchanged).
    next_day_factor: float = 0.25
    # Two pages published the same day, one whose lead names the day before and
    # one whose lead names no day (its event date is only the publication date):
    # the day's coverage of a happening running over days (the prefect's defence
    # on Monday, Tuesday's analyses and reactions to the week-end's violence), not
    # a next-day development, which the gap between publication days or between two
    # leads' days tells. Tuned on window-dev 16 June, 17 June and 16+17 grouped
    # together: 0.85 to 0.9 join Dijon's pages of 16 June (16: 0.803 -> 0.906,
    # 16+17: 0.840 -> 0.918, 17 unchanged 0.964); 0.8 and below part them again
    # on 16+17, 0.95 and 1.0 merge a solo page of 17 June (17: 0.939). Checked
    # on 17+18 (0.954) and day-dev (0.978): unchanged. Without the lead's naming
    # (every page dated its publication day counted) day-dev falls to 0.967;
    # without the same publication day, 17+18 to 0.936.
    unstated_factor: float = 0.85


def _day_spans(dates: Sequence[str | None]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(has a year, first day, last day) per ISO date, in approximate day
    numbers (31-day months): "2025-05" spans all of May, "--02-04" one day of
    an unknown year, None nothing (first day -1)."""
    has_year = np.zeros(len(dates), dtype=bool)
    first = np.full(len(dates), -1, dtype=np.int64)
    last = np.full(len(dates), -1, dtype=np.int64)
    for i, iso in enumerate(dates):
        year_less = bool(iso) and iso.startswith("--")
        parts = (iso[2:] if year_less else iso or "").split("-")
        try:  # "2020-06-18T10:00" reads as its day; anything unreadable as no date
            numbers = [int(p[:2]) if k else int(p) for k, p in enumerate(parts) if p]
        except ValueError:
            continue
        if not numbers:
            continue
        if not year_less:
            year, numbers = numbers[0], numbers[1:]
            has_year[i] = True
        base = 0 if year_less else year * 372
        month, day = (numbers + [None, None])[:2]
        if month is None:
            first[i], last[i] = base, base + 371
        elif day is None:
            first[i], last[i] = base + (month - 1) * 31, base + month * 31 - 1
        else:
            first[i] = last[i] = base + (month - 1) * 31 + day - 1
    return has_year, first, last


def date_spans(dates: Sequence[str | None], t: Thresholds = Thresholds()) -> Spans:
    """The texts' event dates as clustering spans: texts more than `t.days_apart`
    apart never share a cluster; a date without a year is compared only with
    another without one."""
    has_year, first, last = _day_spans(dates)
    return Spans(has_year.astype(np.int64), first, last, t.days_apart)


def date_factors(
    spans: Spans, a: np.ndarray, b: np.ndarray, t: Thresholds = Thresholds(),
    named: np.ndarray | None = None, published: np.ndarray | None = None,
) -> np.ndarray:
    """A factor per pair: 1 unless both dates are known and apart.

    Dates compare at the precision they are known ("2025-05" overlaps every
    day of May). A date without a year compares only with another date
    without a year (the year is never guessed), so missing years never split
    events. With `named` (whether a text's lead names its event's day) and
    `published` (its publication day, "" unknown), a day apart between two
    pages of one publication day, one lead naming the day and the other
    none, takes `t.unstated_factor`.
    """
    known = (spans.first[a] >= 0) & (spans.first[b] >= 0) & (spans.group[a] == spans.group[b])
    gap = np.maximum(spans.first[a], spans.first[b]) - np.minimum(spans.last[a], spans.last[b])
    next_day = np.full(len(gap), t.next_day_factor)
    if named is not None and published is not None:
        same_day = (published[a] == published[b]) & (published[a] != "")
        next_day = np.where(same_day & (named[a] != named[b]), t.unstated_factor, next_day)
    return np.where(known & (gap > t.days_apart), t.date_factor, np.where(known & (gap > 0), next_day, 1.0))


def cluster(
    leads: Sequence[str],
    bodies: Sequence[str],
    vectors: np.ndarray | None,
    dates: Sequence[str | None] | None = None,
    weights: Weights = Weights(),
    thresholds: Thresholds = Thresholds(),
    langs: Sequence[str | None] | None = None,
    copies: Sequence[int] | None = None,
    cross_vectors: np.ndarray | None = None,
    named: Sequence[bool] | None = None,
    published: Sequence[str | None] | None = None,
) -> tuple[list[int], set[tuple[int, int]]]:
    """A cluster label per text (one label, one event) and the related label
    pairs; `langs` the texts' languages, `cross_vectors` what pairs of two
    languages are scored on (similarity.score_pairs); `named` and `published`
    whether each text's lead names its day, and its publication date
    (date_factors)."""
    if not leads:
        return [], set()
    pairs = score_pairs(leads, bodies, vectors, weights, langs, cross_vectors=cross_vectors)
    same = pairs.score
    spans = date_spans(dates, thresholds) if dates is not None else None
    if spans is not None:
        days = None if published is None else np.asarray([(p or "")[:10] for p in published])
        same = same * date_factors(spans, pairs.a, pairs.b, thresholds,
                                   None if named is None else np.asarray(named, dtype=bool), days)
    direct = same
    if weights.neighbours:
        same = shared_neighbours(replace(pairs, score=same), weights.neighbours, weights.gate)
    labels = average_link(pairs.n, pairs.a, pairs.b, same, thresholds.same_event, spans,
                          None if copies is None else np.asarray(copies), direct, thresholds.bridge)
    return labels, related_pairs(labels, pairs, thresholds)


def related_pairs(labels: Sequence[int], pairs: PairScores, t: Thresholds) -> set[tuple[int, int]]:
    """Pairs of clusters on the same topic: their members' topic scores
    average (pairs off the graph count 0) above `t.related`, or above
    `t.related_floor` when each is the other's closest cluster (a mutual best
    match stands out even when a whole run is about one broad subject)."""
    lab = np.asarray(labels)
    la, lb = lab[pairs.a], lab[pairs.b]
    cross = la != lb
    x, y = np.minimum(la, lb)[cross], np.maximum(la, lb)[cross]
    if not len(x):
        return set()
    width = int(lab.max()) + 1
    keys, where = np.unique(x * width + y, return_inverse=True)
    sums = np.bincount(where, weights=pairs.topic[cross])
    sizes = np.bincount(lab)
    x, y = keys // width, keys % width
    mean = sums / (sizes[x] * sizes[y])
    # Each cluster's closest cluster, looking both ways.
    own = np.concatenate([x, y])
    other = np.concatenate([y, x])
    both = np.concatenate([mean, mean])
    order = np.lexsort((-both, own))
    first = order[np.r_[True, own[order][1:] != own[order][:-1]]]
    best = dict(zip(own[first].tolist(), other[first].tolist()))
    out = set()
    for p, q, m in zip(x.tolist(), y.tolist(), mean.tolist()):
        mutual = best.get(p) == q and best.get(q) == p
        if m >= t.related or (mutual and m >= t.related_floor):
            out.add((p, q))
    return out
