"""Average-link clustering on a sparse similarity graph.

Two clusters merge while the mean similarity between their members is at
least the threshold; a pair missing from the graph counts as similarity 0.
That is plain average linkage (scipy's 'average' on the full matrix, which
the tests check), computed from the graph's edges only: each cluster keeps
the sum of its edges to each neighbouring cluster, merging two clusters adds
their sums (Lance-Williams), and a heap holds the pairs whose mean reaches
the threshold. Time O(E log E) and memory O(E) for E edges (n * k).

Neither library does this: scipy's linkage needs all n^2 / 2 distances, and
scikit-learn's AgglomerativeClustering(connectivity=...) needs a dense
precomputed matrix and averages over connected pairs only (so chains merge).
Splitting the graph into connected components first does not help at crawl
scale: on 10,000 headlines the edges above the bar form one component.

Optional spans (event dates) make a constraint, not a score: two clusters
whose members lie further apart than the allowed gap never merge, however
alike the rest of them are (zeroing those pairs alone lets a chain of
daily reports average above the bar).

Optional direct scores make another: two clusters whose link one text
carries alone never merge while it does. A round-up ("first medical
breakthrough, a worrying rebound in Beijing") is like the reports of both
its events, and the shared-neighbour score those reports then get lifts a
mean that their own pages, without it, do not reach: without that text
(and its copies), the clusters' mean direct score falls under `bridge`.
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class Spans:
    """Each text's known interval [first, last] (first -1: unknown) in a
    comparison group (texts of different groups are never compared); two
    texts more than `gap` apart never end in one cluster."""

    group: np.ndarray
    first: np.ndarray
    last: np.ndarray
    gap: int

    def bounds(self, n: int) -> list[dict[int, tuple[int, int]]]:
        """Per text: {group: (latest first, earliest last)}."""
        out: list[dict[int, tuple[int, int]]] = [{} for _ in range(n)]
        for x, (g, f, l) in enumerate(zip(self.group.tolist(), self.first.tolist(), self.last.tolist())):
            if f >= 0:
                out[x][g] = (f, l)
        return out

    def apart(self, p: dict[int, tuple[int, int]], q: dict[int, tuple[int, int]]) -> bool:
        """True when some member of one is more than `gap` from some member of the other."""
        return any(
            max(p[g][0] - q[g][1], q[g][0] - p[g][1]) > self.gap for g in p.keys() & q.keys()
        )


def average_link(
    n: int, a: np.ndarray, b: np.ndarray, sim: np.ndarray, threshold: float, spans: Spans | None = None,
    copies: np.ndarray | None = None, direct: np.ndarray | None = None, bridge: float = 0.0,
) -> list[int]:
    """Cluster labels (0..k-1, numbered by first member) for n texts, given
    the similarities `sim` of pairs (a[i], b[i]); `copies` how many texts
    each stands for (a mean is over the texts, as if each copy were there);
    `direct` the pairs' first-hand scores, for the `bridge` constraint."""
    bounds = spans.bounds(n) if spans is not None else None
    sums: list[dict[int, float]] = [{} for _ in range(n)]
    size = [1] * n if copies is None else np.asarray(copies).tolist()
    for i, j, s in zip(np.asarray(a).tolist(), np.asarray(b).tolist(), np.asarray(sim, dtype=float).tolist()):
        if i != j and s > 0:
            s *= size[i] * size[j]
            sums[i][j] = sums[i].get(j, 0.0) + s
            sums[j][i] = sums[j].get(i, 0.0) + s
    version = [0] * n  # a heap entry is stale once either cluster has changed
    heap = [(-s / (size[i] * size[j]), i, j, 0, 0) for i, row in enumerate(sums) for j, s in row.items()
            if i < j and s / (size[i] * size[j]) >= threshold]
    heapq.heapify(heap)
    parent = list(range(n))
    bridges = _Bridges(a, b, direct, list(size), parent) if direct is not None and bridge > 0 else None
    while heap:
        neg, i, j, vi, vj = heapq.heappop(heap)
        if version[i] != vi or version[j] != vj or size[i] == 0 or size[j] == 0:
            continue
        if bounds is not None and spans.apart(bounds[i], bounds[j]):
            continue  # clusters only grow: these two stay apart for good
        if bridges is not None and bridges.carried_by_one(i, j, size, bridge):
            continue  # asked again when either cluster grows
        if len(sums[i]) < len(sums[j]):  # fold the smaller edge list into the larger
            i, j = j, i
        keep, gone = sums[i], sums[j]
        for c, s in gone.items():
            if c != i:
                keep[c] = keep.get(c, 0.0) + s
                row = sums[c]
                row[i] = row.get(i, 0.0) + row.pop(j)
        keep.pop(j, None)
        sums[j] = {}
        size[i] += size[j]
        size[j] = 0
        if bounds is not None:
            bounds[i] = _widened(bounds[i], bounds[j])
            bounds[j] = {}
        parent[j] = i
        version[i] += 1
        if bridges is not None:
            bridges.merge(i, j)
        for c, s in keep.items():
            mean = s / (size[i] * size[c])
            if mean >= threshold:
                heapq.heappush(heap, (-mean, min(i, c), max(i, c), version[min(i, c)], version[max(i, c)]))
    return _labels(parent)


class _Bridges:
    """Each cluster's members and each text's direct scores, to tell a merge
    that one text carries alone. `parent` is average_link's own: a text's
    cluster is its root there."""

    def __init__(self, a: np.ndarray, b: np.ndarray, direct: np.ndarray, copies: list[int], parent: list[int]) -> None:
        n = len(parent)
        self.copies = copies
        self.parent = parent
        self.members: list[list[int]] = [[x] for x in range(n)]
        self.edges: list[list[tuple[int, float]]] = [[] for _ in range(n)]
        for i, j, s in zip(np.asarray(a).tolist(), np.asarray(b).tolist(), np.asarray(direct, dtype=float).tolist()):
            if i != j and s > 0:
                self.edges[i].append((j, s))
                self.edges[j].append((i, s))

    def owner(self, x: int) -> int:
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:  # path compression (the labels read the roots alike)
            self.parent[x], x = root, self.parent[x]
        return root

    def merge(self, i: int, j: int) -> None:
        """Cluster j has joined cluster i (average_link set its parent): their members
        together (the longer list is kept, not copied)."""
        if len(self.members[j]) > len(self.members[i]):
            self.members[i], self.members[j] = self.members[j], self.members[i]
        self.members[i] += self.members[j]
        self.members[j] = []

    def carried_by_one(self, i: int, j: int, size: list[int], bar: float) -> bool:
        """True when, without one member of either cluster (and its copies) that
        links them, the two clusters' mean direct score is under `bar`. Read from
        the smaller cluster's edges, so a growing cluster costs its new members only."""
        small, large = (i, j) if len(self.members[i]) <= len(self.members[j]) else (j, i)
        shares: dict[int, float] = {}  # each linking member's part of the clusters' direct sum
        for m in self.members[small]:
            for x, s in self.edges[m]:
                if self.owner(x) == large:
                    part = self.copies[m] * self.copies[x] * s
                    shares[m] = shares.get(m, 0.0) + part
                    shares[x] = shares.get(x, 0.0) + part
        total = sum(shares[m] for m in shares if self.owner(m) == small)
        for m, share in shares.items():
            one, other = (small, large) if self.owner(m) == small else (large, small)
            rest = size[one] - self.copies[m]
            if rest > 0 and (total - share) / (rest * size[other]) < bar:
                return True
        return False


def _widened(p: dict[int, tuple[int, int]], q: dict[int, tuple[int, int]]) -> dict[int, tuple[int, int]]:
    out = dict(p)
    for g, (f, l) in q.items():
        out[g] = (max(f, out[g][0]), min(l, out[g][1])) if g in out else (f, l)
    return out


def _labels(parent: list[int]) -> list[int]:
    """Labels in order of each cluster's first member."""
    for x in range(len(parent)):  # point every text at its root (parents are found first when lower)
        r = x
        while parent[r] != r:
            r = parent[r]
        while parent[x] != r:
            parent[x], x = r, parent[x]
    rank: dict[int, int] = {}
    return [rank.setdefault(parent[x], len(rank)) for x in range(len(parent))]
