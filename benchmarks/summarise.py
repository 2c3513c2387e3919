"""ROUGE of the extractive summariser on orangesum-dev, beside LEAD-1 and BARThez.

    .venv/bin/python benchmarks/summarise.py [--data PATH] [--limit N] [--max-words 40]
        [--threads N] [--summary-model NAME|PATH]

Scores are ROUGE-1/2/L F-measures (rouge-score, default tokenizer, no stemmer)
against `gold`, on the same documents for every column. Throughput is measured
on `summarise_many` after the embedding model is loaded, in one run.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from briefing.records import Article  # noqa: E402
from briefing.summarise.extractive import ExtractiveSummariser  # noqa: E402
from briefing.text.embed import UseEmbedder, get_embedder  # noqa: E402
from briefing.text.sentences import split_sentences  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "eval" / "orangesum-dev.jsonl"
KEYS = ("rouge1", "rouge2", "rougeL")


def rouge_table(golds: list[str], outputs: list[str]) -> list[list[float]]:
    from rouge_score import rouge_scorer

    scorer = rouge_scorer.RougeScorer(list(KEYS))
    return [[scorer.score(g, o)[k].fmeasure * 100 for k in KEYS] for g, o in zip(golds, outputs)]


def mean_of(rows: list[list[float]], idx: range | None = None) -> list[float]:
    picked = rows if idx is None else [rows[i] for i in idx]
    return [statistics.fmean(col) for col in zip(*picked)] if picked else [0.0] * len(KEYS)


def abstractive_column(name: str, articles: list[Article], max_words: int) -> tuple[list[str], float]:
    from briefing.models import require_model
    from briefing.settings import default_models_dir
    from briefing.summarise.abstractive import AbstractiveSummariser

    path = require_model(name, default_models_dir(), "summary model", "--summary-model")
    summariser = AbstractiveSummariser(path, model_name=name)
    summariser.loaded  # load before timing
    start = time.perf_counter()
    summaries = summariser.summarise_many(articles, max_words=max_words)
    return [s.text for s in summaries], time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--max-words", type=int, default=40)
    parser.add_argument("--summary-model", default=None,
                        help="also score this local seq2seq checkpoint (name or path)")
    parser.add_argument("--threads", type=int, default=None,
                        help="BLAS threads for USE (default: the project's embedder)")
    args = parser.parse_args()

    rows = [json.loads(line) for line in args.data.read_text(encoding="utf-8").splitlines() if line]
    rows = rows[: args.limit] if args.limit else rows
    articles = [Article(id=r["id"], text=r["text"]) for r in rows]
    golds = [r["gold"] for r in rows]

    embedder = UseEmbedder(threads=args.threads) if args.threads else get_embedder()
    start = time.perf_counter()
    embedder.encode(["Chargement du modèle."])
    load_s = time.perf_counter() - start

    summariser = ExtractiveSummariser(embedder=embedder)
    start, cpu = time.perf_counter(), time.process_time()
    summaries = summariser.summarise_many(articles, max_words=args.max_words)
    run_s, cpu_s = time.perf_counter() - start, time.process_time() - cpu

    columns = {
        "extractive": [s.text for s in summaries],
        "LEAD-1": [next((s.text for s in split_sentences(r["text"])), "") for r in rows],
    }
    if args.summary_model:
        columns["abstractive"], abs_s = abstractive_column(args.summary_model, articles, args.max_words)
    if all("barthez" in r for r in rows):
        columns["BARThez (published)"] = [r["barthez"] for r in rows]

    n = len(rows)
    halves = (range(0, n, 2), range(1, n, 2))
    print(f"orangesum-dev: {n} documents, budget {args.max_words} words")
    print(f"{'':22} {'R-1':>6} {'R-2':>6} {'R-L':>6} {'words':>6}   R-1 even/odd half")
    for name, outputs in columns.items():
        table = rouge_table(golds, outputs)
        r1, r2, rl = mean_of(table)
        words = statistics.fmean(len(o.split()) for o in outputs)
        even, odd = (mean_of(table, h)[0] for h in halves)
        print(f"{name:22} {r1:6.2f} {r2:6.2f} {rl:6.2f} {words:6.1f}   {even:.2f} / {odd:.2f}")
    gold_words = statistics.fmean(len(g.split()) for g in golds)
    print(f"{'gold':22} {'':>6} {'':>6} {'':>6} {gold_words:6.1f}")
    print(f"embedding model load: {load_s:.1f} s")
    if args.summary_model:
        print(f"abstractive: {abs_s:.1f} s for {n} documents = {n / abs_s:.2f} docs/s")
    print(f"extractive: {run_s:.1f} s for {n} documents after load = {n / run_s:.1f} docs/s "
          f"(CPU {cpu_s:.1f} s; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)")


if __name__ == "__main__":
    main()
