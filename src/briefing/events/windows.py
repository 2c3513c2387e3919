"""Grouping by date windows: a crawl of years groups a few thousand pages at a time.

One happening is reported within a day or two, and grouping never puts in
one event two pages whose event dates are more than `days_apart` (1) apart
(grouping.Thresholds). So pages dated to the day are cut into windows of
whole days (as few cores as hold WINDOW_PAGES pages each, as even as whole
days allow), each window grouped on
its own with a margin of MARGIN days either side of its core: every event
whose earliest page lies in a core is seen whole by that core's window,
however it straddles the edge. Windows meet only in their margins; there,
a page goes to the event of the first window (in date order) that claims it.
The cost of grouping then grows with the pages (windows x pages per window
squared, the nearest-neighbour search being quadratic within a set), not
with their square.

Pages whose event date is not known to the day (none; only a month or a
year) are grouped together in one more window; pages dated without a year
("--07-25") are windowed on their own calendar, as grouping compares their
dates only with each other. A crawl of at most WINDOW_PAGES pages is one
window: grouped exactly as a whole.

`date_windows` and `stitch` are plain functions of dates and labels, and
`group_window` one of a window's texts (a `WindowJob`), so that a
distributed engine maps grouping over the windows (pipeline.group: on a
cluster; a local run groups them one after the other, in its own memory).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

import numpy as np

from .grouping import _day_spans, cluster

WINDOW_PAGES = 4000  # pages in a window's core: enough for the set statistics (idf, centring) of a whole crawl
MARGIN = 2  # days either side of a core: an event spans two consecutive days at most, and its context


@dataclass(frozen=True)
class Window:
    """Pages grouped together: their indices in the whole set (ascending),
    and which of them lie in the window's core (the others in its margins)."""

    members: np.ndarray
    core: np.ndarray  # bool per member


@dataclass(frozen=True)
class WindowJob:
    """What grouping.cluster reads of one window's texts (one entry per text)."""

    leads: tuple[str, ...]
    bodies: tuple[str, ...]
    vectors: np.ndarray | None
    dates: tuple[str | None, ...]
    langs: tuple[str | None, ...]
    copies: tuple[int, ...]
    cross_vectors: np.ndarray | None = None  # what pairs of two languages are scored on (None: one language)
    named: tuple[bool, ...] | None = None  # whether each lead names its day
    published: tuple[str | None, ...] | None = None  # each text's publication date


def group_window(job: WindowJob) -> tuple[list[int], set[tuple[int, int]]]:
    """The window's cluster labels and related label pairs (grouping.cluster)."""
    return cluster(list(job.leads), list(job.bodies), job.vectors, list(job.dates), langs=list(job.langs),
                   copies=list(job.copies), cross_vectors=job.cross_vectors,
                   named=None if job.named is None else list(job.named),
                   published=None if job.published is None else list(job.published))


def date_windows(dates: Sequence[str | None], pages: int | None = None, margin: int = MARGIN) -> list[Window]:
    """The windows of a set of texts with these event dates (ISO, at any
    precision, or None), in date order, the texts not dated to the day last;
    as few cores as hold `pages` texts each (None: WINDOW_PAGES), as even as days allow."""
    pages = WINDOW_PAGES if pages is None else pages
    n = len(dates)
    if n <= pages:
        return [Window(np.arange(n), np.ones(n, dtype=bool))]
    has_year, first, last = _day_spans(dates)
    exact = (first >= 0) & (first == last)
    windows = []
    for calendar in (True, False):
        chosen = np.flatnonzero(exact & (has_year == calendar))
        windows += _calendar_windows(chosen, first[chosen], pages, margin)
    loose = np.flatnonzero(~exact)
    if len(loose):
        windows.append(Window(loose, np.ones(len(loose), dtype=bool)))
    return windows


def _calendar_windows(index: np.ndarray, day: np.ndarray, pages: int, margin: int) -> list[Window]:
    """Windows over texts `index` dated `day` (day numbers of one calendar)."""
    if not len(index):
        return []
    days, counts = np.unique(day, return_counts=True)
    # As few cores as hold `pages` texts each, cut as evenly as whole days allow: cores of at least
    # `pages` with the remainder joining the last made 4,000-8,000-text windows, and a window's
    # grouping grows with the square of its texts (4,000 -> 8,000 pages took x2.17).
    k = -(-int(counts.sum()) // pages)
    ends = np.searchsorted(np.cumsum(counts), [j * counts.sum() / k for j in range(1, k)])
    ends = sorted(set(ends.tolist()) | {len(days) - 1})
    cores = [(days[a], days[b]) for a, b in zip([0] + [e + 1 for e in ends[:-1]], ends)]
    out = []
    for low, high in cores:
        inside = (day >= low - margin) & (day <= high + margin)
        members = index[inside]
        order = np.argsort(members, kind="stable")
        core = ((day >= low) & (day <= high))[inside]
        out.append(Window(members[order], core[order]))
    return out


def stitch(
    n: int, windows: Sequence[Window], grouped: Sequence[tuple[Sequence[int], set[tuple[int, int]]]]
) -> tuple[list[int], set[tuple[int, int]]]:
    """One label per text (0.., numbered by first member) and the related
    label pairs, from each window's (labels, related pairs) as grouping.cluster
    gives them. Windows in date order: a cluster of a window makes an event of
    its texts no earlier window took, when one of those lies in its core."""
    label = np.full(n, -1, dtype=np.int64)
    made = 0
    links: list[tuple[np.ndarray, set[tuple[int, int]]]] = []
    for window, (labels, related) in zip(windows, grouped):
        labels = np.asarray(labels, dtype=np.int64)
        for local in range(int(labels.max(initial=-1)) + 1):
            at = labels == local
            members = window.members[at]
            free = label[members] < 0
            if (free & window.core[at]).any():
                label[members[free]] = made
                made += 1
        links.append((_global_labels(window, labels, label), related))
    # Every text is in a core, and the window of that core takes it if no earlier one did.
    related_out = set()
    for to_global, related in links:
        for p, q in related:
            g, h = to_global.get(p), to_global.get(q)
            if g is not None and h is not None and g != h:
                related_out.add((g, h))
    return _renumbered(label, related_out)


def _global_labels(window: Window, labels: np.ndarray, label: np.ndarray) -> dict[int, int]:
    """Each local cluster with a text in the core: the event its first core text went to."""
    out: dict[int, int] = {}
    for local, index, core in zip(labels.tolist(), window.members.tolist(), window.core.tolist()):
        if core and local not in out:
            out[local] = int(label[index])
    return out


def _renumbered(label: np.ndarray, related: set[tuple[int, int]]) -> tuple[list[int], set[tuple[int, int]]]:
    rank: dict[int, int] = {}
    labels = [rank.setdefault(x, len(rank)) for x in label.tolist()]
    pairs = {(min(rank[p], rank[q]), max(rank[p], rank[q])) for p, q in related}
    return labels, pairs
