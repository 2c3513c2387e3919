"""How far these views can take the headlines: the ceiling behind benchmarks/group.py.

    .venv/bin/python benchmarks/group_ceiling.py

headlines-dev (466 headlines, 100 Google News stories) scores 0.78-0.80 ARI
through `briefing group`, against a 0.85 target. This script asks whether
another setting, a learned pair score or another clustering would reach it
with the same views (the grouping's own functions, every pair scored, no
candidate search):
1. each view alone: pair AUC, and average link at its best distance (an
   upper bound: the distance is chosen on the scores it reports);
2. the views' mean (the shipped weights) clustered by average link, by
   scikit-learn's HDBSCAN and by networkx's Louvain on the 8-NN graph;
3. a pair model (logistic regression, gradient boosting) on the views and
   their neighbour ranks, fitted on one category's pairs with its cut
   chosen there, scored on the other category.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import _group_eval as ev  # noqa: E402
from scipy.cluster.hierarchy import fcluster, linkage  # noqa: E402
from scipy.spatial.distance import squareform  # noqa: E402
from sklearn.metrics import adjusted_rand_score, roc_auc_score  # noqa: E402

CUTS = np.arange(0.02, 1.0, 0.02)


def main() -> None:
    from briefing.events import lexical
    from briefing.events.similarity import Weights, embedded
    from briefing.events.vectors import Centred, centred_dense, pair_dots, tfidf_rows
    from briefing.text.embed import get_embedder

    rows = ev.headline_rows()
    texts = [r["headline"] for r in rows]
    stories, cats = np.array([r["story"] for r in rows]), np.array([r["category"] for r in rows])
    n = len(texts)
    a, b = np.triu_indices(n, 1)
    same = stories[a] == stories[b]
    w = Weights()
    views = {
        "lead words": (w.words, Centred(tfidf_rows(texts, lexical.words)).pairs(a, b)),
        "lead spelling": (w.chars, Centred(tfidf_rows(texts, lexical.char_ngrams)).pairs(a, b)),
        "lead names": (w.names, Centred(tfidf_rows(texts, lexical.names)).pairs(a, b)),
        "meaning (USE)": (w.meaning, np.clip(pair_dots(centred_dense(get_embedder().encode([embedded(t) for t in texts])), a, b), 0, 1)),
    }
    mean = sum(weight * v for weight, v in views.values()) / sum(weight for weight, _ in views.values())
    whole = np.ones(n, dtype=bool)

    def line(name: str, labels_by_cut, score=None) -> None:
        best = max(labels_by_cut, key=lambda lab: adjusted_rand_score(stories, lab))
        cells = [adjusted_rand_score(stories[m], best[m]) for m in (whole, cats == "science_tech", cats == "sports")]
        auc = f"{roc_auc_score(same, score):>8.3f}" if score is not None else f"{'':>8}"
        print(f"  {name:<34}{auc}" + "".join(f"{x:>8.3f}" for x in cells))

    print("== 1-2. best cut chosen on the scores (an upper bound)")
    print(f"  {'':<34}{'pairAUC':>8}{'ARI':>8}{'sci':>8}{'sports':>8}")
    for name, (_, score) in views.items():
        line(f"{name}, average link", _average_link(n, a, b, score), score)
    line("views' mean, average link", _average_link(n, a, b, mean), mean)
    line("views' mean, HDBSCAN", _hdbscan(n, a, b, mean))
    line("views' mean, Louvain on 8-NN", _louvain(n, a, b, mean))

    print("== 3. pair model fitted on one category, cut chosen there, ARI on the other")
    features = np.stack([v for _, v in views.values()] + _ranks(n, a, b, [v for _, v in views.values()]), axis=1)
    from sklearn.ensemble import HistGradientBoostingClassifier
    from sklearn.linear_model import LogisticRegression

    for model in (LogisticRegression(max_iter=2000), HistGradientBoostingClassifier(max_depth=3, max_iter=200)):
        for fit_on, check_on in (("science_tech", "sports"), ("sports", "science_tech")):
            pairs_in = (cats[a] == fit_on) & (cats[b] == fit_on)
            model.fit(features[pairs_in], same[pairs_in])
            p = model.predict_proba(features)[:, 1]
            fitted = _per_cut(n, a, b, p, cats == fit_on, stories)
            cut = int(np.argmax(fitted))
            held = _per_cut(n, a, b, p, cats == check_on, stories)
            print(f"  {type(model).__name__:<32} fitted on {fit_on:<13} {fitted[cut]:.3f}   "
                  f"held out {check_on:<13} {held[cut]:.3f} (its own best cut {max(held):.3f})")


def _square(n: int, a: np.ndarray, b: np.ndarray, score: np.ndarray) -> np.ndarray:
    m = np.zeros((n, n))
    m[a, b] = m[b, a] = score
    return m


def _average_link(n, a, b, score) -> list[np.ndarray]:
    distance = 1 - _square(n, a, b, score)
    np.fill_diagonal(distance, 0)
    tree = linkage(squareform(distance, checks=False), method="average")
    return [fcluster(tree, 1 - cut, criterion="distance") for cut in CUTS]


def _per_cut(n, a, b, p, nodes: np.ndarray, stories: np.ndarray) -> list[float]:
    """ARI of average link on these texts only, at each cut."""
    idx = np.flatnonzero(nodes)
    keep = nodes[a] & nodes[b]
    where = np.full(n, -1)
    where[idx] = np.arange(len(idx))
    labels = _average_link(len(idx), where[a[keep]], where[b[keep]], p[keep])
    return [adjusted_rand_score(stories[idx], lab) for lab in labels]


def _hdbscan(n, a, b, score) -> list[np.ndarray]:
    from sklearn.cluster import HDBSCAN

    distance = 1 - _square(n, a, b, score)
    np.fill_diagonal(distance, 0)
    out = []
    for size in (2, 3):
        for samples in (1, 2, 3):
            lab = HDBSCAN(min_cluster_size=size, min_samples=samples, metric="precomputed", copy=True).fit_predict(distance)
            out.append(np.where(lab < 0, np.arange(n) + n, lab))  # noise: one event each
    return out


def _louvain(n, a, b, score) -> list[np.ndarray]:
    import networkx as nx

    m = _square(n, a, b, score)
    graph = nx.Graph()
    graph.add_nodes_from(range(n))
    for i, row in enumerate(np.argsort(-m, axis=1)[:, :8]):
        graph.add_weighted_edges_from((i, int(j), float(m[i, j])) for j in row if m[i, j] > 0)
    out = []
    for resolution in (1, 4, 16, 64):
        lab = np.zeros(n, dtype=int)
        for k, members in enumerate(nx.community.louvain_communities(graph, resolution=resolution, seed=0)):
            lab[list(members)] = k
        out.append(lab)
    return out


def _ranks(n, a, b, scores) -> list[np.ndarray]:
    """Per view, log(1 + the better and the worse of the pair's two neighbour ranks)."""
    out = []
    for score in scores:
        rank = np.argsort(np.argsort(-_square(n, a, b, score), axis=1), axis=1)
        out += [np.log1p(np.minimum(rank[a, b], rank[b, a])), np.log1p(np.maximum(rank[a, b], rank[b, a]))]
    return out


if __name__ == "__main__":
    main()
