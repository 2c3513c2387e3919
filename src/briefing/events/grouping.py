"""Group texts that report the same event; link events on the same topic.

Rule: average-link clustering over one similarity matrix (see similarity.py).
Large sets (>= 20 texts) cluster on the neighbourhood view, where the texts
of one story share nearest neighbours; small sets cluster on the raw view.
Known dates far apart lower a pair's similarity: the same people signing
two agreements years apart are two events.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

import numpy as np

from . import similarity as sim
from .cluster import average_link, mean_between


@dataclass(frozen=True)
class Thresholds:
    neighbourhood: float = 0.10  # same event, on the neighbourhood view (>= 20 texts)
    # Small sets cluster on the raw view. The short-text bar was chosen on
    # small samples of science_tech headlines and holds on sports (see
    # benchmarks/group.py). Long texts on one topic share much vocabulary, so
    # their bar is higher; it and the related bars were set on the seeds and
    # on made-up sets (tests/test_events*.py): no labelled data exists for them.
    raw_short: float = 0.15  # same event: headlines, leads (< long_words words)
    raw_long: float = 0.35  # same event: article leads (title + first 60 words)
    related_short: float = 0.10  # same topic, different events (mean link)
    related_long: float = 0.40  # on whole texts
    related_floor_short: float = 0.08  # ... or mutual closest events above this
    related_floor_long: float = 0.25
    # Floors sit above unrelated pairs: 99th percentile 0.09 for headlines of
    # different categories, 0.21 for OrangeSum articles drawn at random.
    long_words: int = 40
    days_apart: int = 45  # known event dates further apart than this ...
    date_factor: float = 0.5  # ... scale the pair's similarity by this


def _ordinal(iso: str | None) -> tuple[int | None, int | None]:
    """(year, day of year approx.) from an ISO date; the year may be unknown."""
    if not iso:
        return None, None
    if iso.startswith("--"):
        parts = iso[2:].split("-")
        return None, (int(parts[0]) - 1) * 31 + (int(parts[1]) if len(parts) > 1 else 15)
    parts = iso.split("-")
    year = int(parts[0])
    month = int(parts[1]) if len(parts) > 1 and parts[1] else 6
    day = int(parts[2][:2]) if len(parts) > 2 else 15
    return year, (month - 1) * 31 + day


def date_penalty(dates: Sequence[str | None], t: Thresholds) -> np.ndarray:
    """A factor per pair: 1 unless both dates are known and clearly apart.

    A date without a year compares on month and day only with dates whose
    year is known (the year is never guessed), and only when both lack it or
    the gap is large whatever the year, so missing years never split events.
    """
    n = len(dates)
    out = np.ones((n, n), dtype=np.float64)
    parsed = [_ordinal(d) for d in dates]
    for i in range(n):
        for j in range(i + 1, n):
            (yi, di), (yj, dj) = parsed[i], parsed[j]
            if di is None or dj is None:
                continue
            if yi is not None and yj is not None:
                gap = abs((yi - yj) * 372 + di - dj)
            elif yi is None and yj is None:
                gap = abs(di - dj)
            else:
                continue
            if gap > t.days_apart:
                out[i, j] = out[j, i] = t.date_factor
    return out


def cluster(
    texts: Sequence[str],
    vectors: np.ndarray | None,
    dates: Sequence[str | None] | None = None,
    weights: sim.Weights = sim.Weights(),
    thresholds: Thresholds = Thresholds(),
) -> list[int]:
    """A cluster label per text: texts with one label report the same event."""
    raw = sim.combined(texts, vectors, weights)
    dated = raw * date_penalty(dates, thresholds) if dates is not None else raw
    if len(texts) >= weights.min_for_neighbours:
        return average_link(sim.neighbourhood(dated, weights.neighbours), thresholds.neighbourhood)
    return average_link(dated, thresholds.raw_long if is_long(texts, thresholds) else thresholds.raw_short)


def is_long(texts: Sequence[str], t: Thresholds) -> bool:
    return bool(texts) and float(np.median([len(x.split()) for x in texts])) >= t.long_words


def related_pairs(labels: Sequence[int], raw: np.ndarray, threshold: float, floor: float) -> set[tuple[int, int]]:
    """Pairs of clusters on the same topic: their members are, on average,
    similar above `threshold`; or above `floor` when each is the other's
    closest cluster (a mutual best match stands out from the run's background
    even when a whole run is about one broad subject)."""
    groups: dict[int, list[int]] = {}
    for i, label in enumerate(labels):
        groups.setdefault(label, []).append(i)
    keys = sorted(groups)
    mean = {(a, b): mean_between(raw, groups[a], groups[b]) for a in keys for b in keys if a != b}
    best = {a: max((b for b in keys if b != a), key=lambda b: mean[(a, b)], default=None) for a in keys}
    pairs = set()
    for x, a in enumerate(keys):
        for b in keys[x + 1 :]:
            mutual = best[a] == b and best[b] == a
            if mean[(a, b)] >= threshold or (mutual and mean[(a, b)] >= floor):
                pairs.add((a, b))
    return pairs
