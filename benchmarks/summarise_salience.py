"""A sentence scorer learnt from orangesum-dev's reference summaries, tuned on one half, checked on the other.

    .venv/bin/python benchmarks/summarise_salience.py [--data PATH]   (not run by make bench: about 3 CPU-minutes)

Why `briefing summarise` defaults to the lead: this is the supervised salience
the issue suggested, measured honestly. Each article's first 12 usable
sentences (as the summarisers split them) get features: position, length,
similarity to the centroid of the candidates and to the first sentence (the
USE encoder the project ships), novelty against the sentences before,
quotation, digits, capitals, the article's length. The label is the sentence's
own ROUGE-1 (F, or precision) against the reference. A ridge regression and a
gradient-boosted regressor (scikit-learn) learnt on lines 0-249 (A) pick
sentences by score to the 40-word budget, cut at a clause end as the lead is,
on lines 250-499 (B); then the other way round. Each is set beside the first N
words of the article, N its own summary's length, and beside the lead at
sentence ends; an oracle (the label itself) shows the room sentence choice has.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from briefing.summarise.compress import is_junk, quoted_share, trim_to_clause  # noqa: E402
from briefing.text.embed import get_embedder  # noqa: E402
from briefing.text.sentences import split_sentences  # noqa: E402

from _common import EVAL  # noqa: E402

CANDIDATES, BUDGET = 12, 40


def prepare(rows: list[dict]) -> list[dict]:
    docs, texts = [], []
    for r in rows:
        clean = [s for s in split_sentences(r["text"], r["id"]) if not is_junk(s.text)]
        cands = ([s for s in clean if len(s.text.split()) >= 5] or clean)[:CANDIDATES]
        docs.append({"text": r["text"], "gold": r["gold"], "cands": [(s.text, s.index) for s in cands], "n": len(clean)})
        texts += [" ".join(s.text.split()[:32]) for s in cands]
    vectors = np.asarray(get_embedder().encode(texts), dtype=np.float32)
    at = 0
    for d in docs:
        d["vec"], at = vectors[at : at + len(d["cands"])], at + len(d["cands"])
    return docs


def features(d: dict) -> np.ndarray:
    v, n = d["vec"], len(d["vec"])
    centroid = v.mean(0) / max(float(np.linalg.norm(v.mean(0))), 1e-12)
    sims = v @ v.T
    rows = []
    for i, (text, index) in enumerate(d["cands"]):
        words = text.split()
        rows.append([index, i, i / n, len(words), np.log(len(words)), v[i] @ centroid, sims[i, 0],
                     sims[i, :i].max() if i else 0.0, (sims[i].sum() - 1) / max(n - 1, 1), quoted_share(text),
                     float(text[:1] in "\"«“"), sum(c.isdigit() for c in text),
                     sum(w[:1].isupper() for w in words[1:]) / len(words), d["n"], float(i == 0)])
    return np.array(rows, dtype=np.float32).reshape(-1, 15)


def select(d: dict, score: np.ndarray) -> str:
    picked, used = [], 0
    for j in np.argsort(-score, kind="stable"):
        if used >= 0.9 * BUDGET:
            break
        text = d["cands"][j][0]
        cut = trim_to_clause(text, BUDGET - used)
        if cut is None or (cut != text and len(cut.split()) < 8):
            continue
        picked.append((d["cands"][j][1], cut if cut == text else cut.rstrip(",;:—– ") + "…"))
        used += len(cut.split())
    return " ".join(t for _, t in sorted(picked))


def main() -> None:
    from rouge_score import rouge_scorer, tokenize
    from sklearn.ensemble import GradientBoostingRegressor
    from sklearn.linear_model import Ridge
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=EVAL / "orangesum-dev.jsonl")
    args = parser.parse_args()
    rows = [json.loads(line) for line in args.data.read_text(encoding="utf-8").splitlines() if line]
    docs = prepare(rows)
    scorer = rouge_scorer.RougeScorer(["rouge1"])

    def r1(gold: str, text: str) -> float:
        return scorer.score(gold, text)["rouge1"].fmeasure * 100

    def label(d: dict, kind: str) -> np.ndarray:
        gold = set(tokenize.tokenize(d["gold"], None))
        if kind == "F":
            return np.array([r1(d["gold"], t) / 100 for t, _ in d["cands"]])
        toks = [tokenize.tokenize(t, None) for t, _ in d["cands"]]
        return np.array([sum(x in gold for x in t) / max(len(t), 1) for t in toks])

    X = [features(d) for d in docs]
    Y = {k: [label(d, k) for d in docs] for k in ("F", "precision")}
    half = len(docs) // 2
    parts = {"A": range(half), "B": range(half, len(docs))}

    def versus(idx, outs) -> str:
        ours = statistics.fmean(r1(docs[i]["gold"], o) for i, o in zip(idx, outs))
        base = statistics.fmean(r1(docs[i]["gold"], " ".join(docs[i]["text"].split()[: len(o.split())])) for i, o in zip(idx, outs))
        words = statistics.fmean(len(o.split()) for o in outs)
        return f"R-1 {ours:5.2f}, first-N words at its length {base:5.2f} ({ours - base:+.2f}), {words:.1f} words"

    print(f"orangesum-dev: {len(docs)} articles, budget {BUDGET} words, A lines 0-{half - 1}, B {half}-{len(docs) - 1}")
    for name, idx in parts.items():
        print(f"  lead at sentence ends, {name}: {versus(idx, [select(docs[i], -np.arange(len(X[i]), dtype=float)) for i in idx])}")
        print(f"  oracle (label F), {name}:      {versus(idx, [select(docs[i], Y['F'][i]) for i in idx])}")
    models = {
        "ridge": lambda: make_pipeline(StandardScaler(), Ridge(1.0)),
        "gradient boosting": lambda: GradientBoostingRegressor(n_estimators=150, max_depth=3, learning_rate=0.05,
                                                               subsample=0.8, random_state=0),
    }
    for kind in Y:
        for name, make in models.items():
            for train, test in (("A", "B"), ("B", "A")):
                fit = make().fit(np.vstack([X[i] for i in parts[train]]), np.concatenate([Y[kind][i] for i in parts[train]]))
                outs = [select(docs[i], fit.predict(X[i])) for i in parts[test]]
                print(f"  {name}, label {kind}, learnt on {train}, held out {test}: {versus(parts[test], outs)}", flush=True)


if __name__ == "__main__":
    main()
