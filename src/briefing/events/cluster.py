"""Average-link agglomerative clustering over a similarity matrix, in numpy.

Kept here rather than borrowed from scikit-learn/scipy so the runtime needs
neither; sets are small (hundreds of texts), so the simple O(N^3) loop with
the Lance-Williams update is fast enough (about a second for 500 texts).
"""

from __future__ import annotations

import numpy as np


def average_link(similarity: np.ndarray, threshold: float) -> list[int]:
    """Cluster labels (0..k-1, in order of first appearance).

    Two clusters merge while the mean similarity between their members is at
    least `threshold`.
    """
    n = similarity.shape[0]
    if n == 0:
        return []
    sim = similarity.astype(np.float64).copy()
    np.fill_diagonal(sim, -np.inf)
    sizes = np.ones(n)
    alive = np.ones(n, dtype=bool)
    members = {i: [i] for i in range(n)}
    while alive.sum() > 1:
        masked = np.where(alive[:, None] & alive[None, :], sim, -np.inf)
        flat = int(np.argmax(masked))
        a, b = divmod(flat, n)
        if masked[a, b] < threshold:
            break
        # Lance-Williams: mean similarity of the merged cluster to every other.
        merged = (sizes[a] * sim[a] + sizes[b] * sim[b]) / (sizes[a] + sizes[b])
        sim[a, :] = merged
        sim[:, a] = merged
        sim[a, a] = -np.inf
        sizes[a] += sizes[b]
        alive[b] = False
        members[a].extend(members.pop(b))
    labels = [0] * n
    order = sorted(members.values(), key=min)
    for label, group in enumerate(order):
        for i in group:
            labels[i] = label
    return labels


def mean_between(similarity: np.ndarray, a: list[int], b: list[int]) -> float:
    """Mean similarity between the members of two groups."""
    return float(similarity[np.ix_(a, b)].mean())
