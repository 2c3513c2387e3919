"""Average-link clustering on a sparse similarity graph (scipy).

Two clusters merge while the mean similarity between their members is at
least the threshold; a pair missing from the graph counts as similarity 0.
Such a merge needs at least one edge at or above the threshold between the
two clusters, so clusters never cross the connected components of the
graph's strong edges: each component is clustered on its own with scipy's
average linkage, on a dense matrix of that component only. Memory is the
square of the largest component, not of the whole set; a component too large
for that is first cut on a stricter bar (an approximation that the benchmark
would show: it prints the largest component).
"""

from __future__ import annotations

import numpy as np
from scipy.cluster.hierarchy import fcluster, linkage
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components
from scipy.spatial.distance import squareform

MAX_COMPONENT = 4000  # texts: a dense 4000 x 4000 block is 128 MB of float64
BAR_STEP = 0.05


def average_link(n: int, a: np.ndarray, b: np.ndarray, sim: np.ndarray, threshold: float) -> list[int]:
    """Cluster labels (0..k-1, numbered by first member) for n texts, given
    the similarities `sim` of pairs (a[i], b[i])."""
    labels = np.full(n, -1, dtype=np.int64)
    _cluster(np.arange(n), a, b, sim, threshold, threshold, labels, [0])
    return _renumber(labels)


def largest_component(n: int, a: np.ndarray, b: np.ndarray, sim: np.ndarray, threshold: float) -> int:
    """Size of the largest component of strong edges (for the benchmark)."""
    _, comp = _components(n, a, b, sim >= threshold)
    return int(np.bincount(comp).max()) if n else 0


def _components(n: int, a: np.ndarray, b: np.ndarray, strong: np.ndarray) -> tuple[int, np.ndarray]:
    graph = coo_matrix((np.ones(int(strong.sum()), dtype=np.int8), (a[strong], b[strong])), shape=(n, n))
    return connected_components(graph, directed=False)


def _cluster(members, a, b, sim, threshold, bar, labels, next_label) -> None:
    """Label `members` (global ids); a, b index into members (local ids)."""
    n = len(members)
    count, comp = _components(n, a, b, sim >= bar)
    order = np.argsort(comp, kind="stable")
    starts = np.searchsorted(comp[order], np.arange(count + 1))
    inside = comp[a] == comp[b]
    edge_comp = comp[a[inside]]
    edge_order = np.argsort(edge_comp, kind="stable")
    ea, eb, es = a[inside][edge_order], b[inside][edge_order], sim[inside][edge_order]
    edge_starts = np.searchsorted(edge_comp[edge_order], np.arange(count + 1))
    local = np.empty(n, dtype=np.int64)
    for c in range(count):
        nodes = order[starts[c] : starts[c + 1]]
        if len(nodes) == 1:
            labels[members[nodes[0]]] = next_label[0]
            next_label[0] += 1
            continue
        local[nodes] = np.arange(len(nodes))
        span = slice(edge_starts[c], edge_starts[c + 1])
        ca, cb, cs = local[ea[span]], local[eb[span]], es[span]
        if len(nodes) > MAX_COMPONENT:
            _cluster(members[nodes], ca, cb, cs, threshold, bar + BAR_STEP, labels, next_label)
            continue
        flat = _dense_average_link(len(nodes), ca, cb, cs, threshold)
        labels[members[nodes]] = flat + next_label[0]
        next_label[0] += int(flat.max()) + 1


def _dense_average_link(m: int, a: np.ndarray, b: np.ndarray, sim: np.ndarray, threshold: float) -> np.ndarray:
    distance = np.ones((m, m))
    distance[a, b] = distance[b, a] = 1.0 - np.clip(sim, 0.0, 1.0)
    np.fill_diagonal(distance, 0.0)
    tree = linkage(squareform(distance, checks=False), method="average")
    return fcluster(tree, 1.0 - threshold, criterion="distance") - 1


def _renumber(labels: np.ndarray) -> list[int]:
    """Labels in order of each cluster's first member."""
    _, first = np.unique(labels, return_index=True)
    rank = {labels[i]: r for r, i in enumerate(sorted(first))}
    return [rank[x] for x in labels]
