"""Segment precision/recall/F1 of the cleaner on ../shared/eval/cleaning-dev, beside keep-all.

Scoring (../shared/eval/README.md): a `with` string counts as kept if it
appears in the cleaned text (whitespace folded); precision = kept `with` / all
kept segments (`with` and `without`), recall = kept `with` / all `with`.

    python benchmarks/cleaning.py [--data DIR] [--verbose]
    python benchmarks/cleaning.py --data tests/ingest_pages   # the made-up layout pages
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from briefing.ingest import clean_documents  # noqa: E402
from briefing.records import RawDocument  # noqa: E402
from _common import EVAL  # noqa: E402

DEFAULT_DATA = EVAL / "cleaning-dev"
CLEAN_ARTICLES = EVAL / "orangesum-dev.jsonl"


def fold(text: str) -> str:
    return " ".join(text.split())


def score(outputs: dict[str, str], segments: list[dict]) -> tuple[float, float, float, list[str]]:
    kept_with = kept_without = total_with = 0
    misses: list[str] = []
    for item in segments:
        text = fold(outputs[item["id"]])
        for segment in item["with"]:
            total_with += 1
            if fold(segment) in text:
                kept_with += 1
            else:
                misses.append(f"{item['id']}  lost  {segment!r}")
        for segment in item["without"]:
            if fold(segment) in text:
                kept_without += 1
                misses.append(f"{item['id']}  kept  {segment!r}")
    precision = kept_with / max(kept_with + kept_without, 1)
    recall = kept_with / max(total_with, 1)
    f1 = 2 * precision * recall / max(precision + recall, 1e-9)
    return precision, recall, f1, misses


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--verbose", action="store_true", help="list lost and kept segments")
    args = parser.parse_args()

    segments = [json.loads(line) for line in (args.data / "segments.jsonl").read_text().splitlines() if line]
    docs = [RawDocument(id=item["id"], text=(args.data / f"{item['id']}.txt").read_text()) for item in segments]

    start = time.perf_counter()
    articles = clean_documents(docs)
    elapsed = time.perf_counter() - start
    ours = {a.id: a.text for a in articles}
    keep_all = {d.id: d.text for d in docs}

    print(f"{args.data.name}: {len(docs)} pages, {sum(len(s['with']) for s in segments)} 'with' "
          f"and {sum(len(s['without']) for s in segments)} 'without' segments")
    print(f"{'method':<12}{'P':>7}{'R':>7}{'F1':>7}")
    for name, outputs in (("keep-all", keep_all), ("briefing", ours)):
        p, r, f1, misses = score(outputs, segments)
        print(f"{name:<12}{p:7.3f}{r:7.3f}{f1:7.3f}")
        if args.verbose and name == "briefing":
            print("\n".join(f"  {m}" for m in misses))
    print(f"time: {elapsed:.2f} s for {len(docs)} pages ({elapsed / len(docs) * 1000:.0f} ms/page, with metadata)")
    if CLEAN_ARTICLES.exists():
        kept_whole(CLEAN_ARTICLES)


def kept_whole(path: Path) -> None:
    """Already clean articles must pass through: share of their text the cleaner keeps."""
    from statistics import median

    from briefing.ingest.clean import clean_text

    ratios = []
    for line in path.read_text().splitlines():
        text = json.loads(line)["text"]
        ratios.append(len(fold(clean_text(text))) / max(len(fold(text)), 1))
    print(f"clean articles ({path.name}, n={len(ratios)}): kept share median {median(ratios):.3f}, "
          f"min {min(ratios):.3f}, under 0.95: {sum(r < 0.95 for r in ratios)} (keep-all: 1.000)")


if __name__ == "__main__":
    main()
