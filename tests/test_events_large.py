"""Large sets (>= 20 texts): neighbourhood view over several k, second embedder view."""

from __future__ import annotations

import numpy as np

from briefing.events import similarity as sim
from briefing.events.grouping import cluster

from events_helpers import HashEmbedder

TOPICS = [
    "grève des cheminots SNCF trafic TGV perturbé Lyon",
    "OMS vaccins Maroc Rabat production locale partenariat",
    "Apple iPhone lancement prix euros smartphone nouveau",
    "PSG Neymar transfert Barcelone mercato offre",
    "séisme Japon magnitude tsunami alerte côte",
    "élections européennes résultats abstention scrutin",
    "incendie forêt Gironde pompiers hectares brûlés",
    "Tour de France étape Pyrénées maillot jaune",
]


def _texts() -> tuple[list[str], list[int]]:
    texts, gold = [], []
    for g, topic in enumerate(TOPICS):
        words = topic.split()
        for r in range(3):  # three reports per event, each dropping a different word
            texts.append(" ".join(w for i, w in enumerate(words) if i != r))
            gold.append(g)
    return texts, gold


def test_neighbourhood_over_several_counts_is_their_mean():
    rng = np.random.default_rng(0)
    m = rng.random((12, 12))
    m = (m + m.T) / 2
    both = sim.neighbourhood(m, (2, 3))
    assert np.allclose(both, (sim.neighbourhood(m, 2) + sim.neighbourhood(m, 3)) / 2)
    assert np.allclose(both, both.T)


def test_second_view_changes_only_large_sets_and_is_weighed_in():
    texts, gold = _texts()
    assert len(texts) >= sim.Weights().min_for_neighbours
    vectors = HashEmbedder().encode(texts)
    second = np.eye(len(TOPICS), dtype=np.float32)[gold]  # a perfect second opinion
    labels, raw = cluster(texts, vectors, second=second)
    assert len(set(labels)) == len(TOPICS)
    assert all(labels[i] == labels[j] for i in range(len(gold)) for j in range(len(gold)) if gold[i] == gold[j])
    without = sim.combined(texts, vectors, sim.LARGE)
    assert not np.allclose(raw, without)  # the second view counted
    # Small sets never use it (and never load it).
    small_labels, small_raw = cluster(texts[:6], vectors[:6], second=second[:6])
    assert np.allclose(small_raw, sim.combined(texts[:6], vectors[:6]))
    assert small_labels == [0, 0, 0, 1, 1, 1]
