"""Grouping benchmark: ARI and pairwise F1 on headlines-dev, beside a TF-IDF baseline.

    .venv/bin/python benchmarks/group.py [--tsv PATH]

The baseline is the one the eval README names: word TF-IDF (scikit-learn
defaults), cosine, average-link clustering, with its threshold chosen on the
science_tech half. Our settings were also chosen on science_tech; the sports
half shows whether they hold on a category they were not tuned on. Both
methods cluster all headlines together; figures per category are computed
on that category's headlines.
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics import adjusted_rand_score

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from briefing.events import group_texts  # noqa: E402
from briefing.events.cluster import average_link  # noqa: E402

DEFAULT_TSV = ROOT.parent / "shared" / "eval" / "headlines-dev.tsv"
TUNE_ON = "science_tech"


def pairwise_f1(gold: list[str], pred: list[str]) -> float:
    g = np.array(gold)
    p = np.array(pred)
    iu = np.triu_indices(len(g), 1)
    same_g = (g[:, None] == g[None, :])[iu]
    same_p = (p[:, None] == p[None, :])[iu]
    tp = float((same_g & same_p).sum())
    if tp == 0:
        return 0.0
    precision, recall = tp / same_p.sum(), tp / same_g.sum()
    return 2 * precision * recall / (precision + recall)


def scores(gold: list[str], pred: list[str], cats: list[str]) -> dict[str, tuple[float, float]]:
    out = {"all": (adjusted_rand_score(gold, pred), pairwise_f1(gold, pred))}
    for cat in sorted(set(cats)):
        idx = [i for i, c in enumerate(cats) if c == cat]
        g = [gold[i] for i in idx]
        p = [pred[i] for i in idx]
        out[cat] = (adjusted_rand_score(g, p), pairwise_f1(g, p))
    return out


def baseline(texts: list[str], gold: list[str], cats: list[str]) -> tuple[list[str], float]:
    matrix = TfidfVectorizer().fit_transform(texts)
    sim = (matrix @ matrix.T).toarray()
    tune = [i for i, c in enumerate(cats) if c == TUNE_ON]
    best = (-1.0, 0.0)
    for threshold in np.arange(0.05, 0.45, 0.025):
        labels = average_link(sim[np.ix_(tune, tune)], float(threshold))
        ari = adjusted_rand_score([gold[i] for i in tune], labels)
        best = max(best, (ari, float(threshold)))
    labels = average_link(sim, best[1])
    return [str(x) for x in labels], best[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tsv", type=Path, default=DEFAULT_TSV)
    args = parser.parse_args()
    with args.tsv.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    texts = [r["headline"] for r in rows]
    gold = [r["story"] for r in rows]
    cats = [r["category"] for r in rows]
    ids = [str(i) for i in range(len(rows))]

    start = time.perf_counter()
    base, threshold = baseline(texts, gold, cats)
    base_s = time.perf_counter() - start
    start = time.perf_counter()
    ours_map = group_texts(ids, texts)
    ours_s = time.perf_counter() - start
    ours = [ours_map[i] for i in ids]

    b, o = scores(gold, base, cats), scores(gold, ours, cats)
    print(f"headlines-dev: {len(rows)} headlines, {len(set(gold))} stories; tuned on {TUNE_ON}")
    print(f"{'subset':<14}{'n':>5}  {'TF-IDF ARI':>10} {'F1':>6}   {'ours ARI':>8} {'F1':>6}   {'ARI ratio':>9}")
    for key in ["all"] + sorted(set(cats)):
        n = len(rows) if key == "all" else cats.count(key)
        tag = " (tuned)" if key == TUNE_ON else " (held out)" if key != "all" else ""
        print(
            f"{key:<14}{n:>5}  {b[key][0]:>10.3f} {b[key][1]:>6.3f}   {o[key][0]:>8.3f} {o[key][1]:>6.3f}"
            f"   {o[key][0] / max(b[key][0], 1e-9):>9.2f}{tag}"
        )
    print(f"groups: TF-IDF {len(set(base))} (threshold {threshold:.3f}), ours {len(set(ours))}, gold {len(set(gold))}")
    print(f"time: TF-IDF {base_s:.1f} s, ours {ours_s:.1f} s (includes loading the embedder)")
    sensitivity(texts, gold, cats)


def sensitivity(texts: list[str], gold: list[str], cats: list[str]) -> None:
    """ARI per category around the chosen threshold: a plateau, not a knife edge."""
    from dataclasses import replace

    from briefing.events.grouping import Thresholds, cluster
    from briefing.text.embed import get_embedder

    vectors = get_embedder().encode(texts)  # cached from the run above
    base = Thresholds()
    print("threshold sensitivity (neighbourhood view), ARI:")
    for delta in (-0.04, -0.02, 0.0, 0.02, 0.04):
        t = replace(base, neighbourhood=base.neighbourhood + delta)
        labels = [str(x) for x in cluster(texts, vectors, thresholds=t)[0]]
        per = scores(gold, labels, cats)
        cells = "  ".join(f"{k} {per[k][0]:.3f}" for k in ["all"] + sorted(set(cats)))
        mark = "  <- chosen" if delta == 0.0 else ""
        print(f"  {t.neighbourhood:.2f}: {cells}{mark}")


if __name__ == "__main__":
    main()
