"""Crawl scale: `briefing run` over thousands of real pages, and the streaming stages.

    .venv/bin/python benchmarks/scale.py [--pages DIR] [--sizes 250,500,1000,2000,3000]
        [--baseline REF|OTHER/.venv/bin/briefing] [--skip-clean] [--skip-summarise]
        [--format md|json] [--stages]

At archive scale (issue 22; each 32,000-page run takes minutes, so not in `make bench`):
    .venv/bin/python benchmarks/scale.py --pages ARCHIVE-DEV --sizes 4000,8000,16000,32000 \
        --format json --stages --baseline 3537dd6 --last 0 --skip-clean --skip-summarise [--memos DIR]
(archive-dev holds 31,533 pages: a size past the folder runs the whole folder, and says so;
--memos keeps each run's memo, to compare the two columns byte for byte.)

Every figure is the CLI as a user runs it, in a subprocess:
- `briefing run DIR --format md` on the first N pages of DIR (sorted, so each
  set holds the one before), and on the last 1,000 pages (--last) as a check that the
  figures do not depend on which pages: wall, CPU (all processes), peak RSS,
  ms per page, and the time ratio per doubling of the pages. Peak RSS is
  given twice: the largest process (what /usr/bin/time or `resource`
  report) and the whole process tree, workers included, sampled every 50 ms;
- `briefing clean --jsonl` on 300 and 3,000 pages piped in: the tree's peak
  RSS must not grow with the input (and the time to the first line);
- `briefing summarise --jsonl` on orangesum-dev: documents per second from
  start to end, and ROUGE-1 of what it wrote.
With --baseline, the same commands of another checkout (its briefing
executable, or a git ref: `git archive` of it run with this Python) run beside
each of ours (interleaved), so that a busy machine weighs on both alike.
`make bench` passes --baseline b64d585 (the code before the crawl-scale work)
and smaller sizes (250 / 500, the last 250), to fit its time.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import BIN, EVAL, eval_file
from _measure import Measured, measure


def subset(pages: list[Path], folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for page in pages:
        (folder / page.name).symlink_to(page.resolve())
    return folder


def whole_folder(sizes: list[int], available: int) -> list[int]:
    """The sizes to run: one larger than the folder runs on the whole folder
    (said in the output, and the table's pages column shows the real count);
    sizes that would repeat it are dropped."""
    out: list[int] = []
    for n in sizes:
        if n > available:
            print(f"note: {n} pages asked, the folder has {available}: running the whole folder")
            n = available
        if n not in out:
            out.append(n)
    return out


def per_doubling(n1: int, w1: float, n2: int, w2: float) -> float:
    return (w2 / w1) ** (1 / math.log2(n2 / n1))


def run_table(binaries: dict[str, str], pages: list[Path], sizes: list[int], tmp: Path, last: int,
              fmt: str = "md", stages: bool = False, memos: Path | None = None) -> None:
    print(f"briefing run DIR --format {fmt} over the first N of {len(pages)} pages (the last {last} too, as a check)")
    print(f"{'':16}{'pages':>6}{'wall s':>8}{'CPU s':>8}{'ms/page':>9}{'x/doubling':>11}"
          f"{'largest MB':>12}{'tree RSS':>9}{'tree PSS':>9}")
    plan = [(n, pages[:n], "first") for n in whole_folder(sizes, len(pages))]
    if last and len(pages) >= 2 * last:
        plan.append((last, pages[-last:], "last"))
    results: dict[str, list[tuple[int, str, Measured]]] = {name: [] for name in binaries}
    for n, chosen, where in plan:
        folder = subset(chosen, tmp / f"{where}{n}")
        for name, binary in binaries.items():
            out = (memos or tmp) / f"memo-{name}-{where}{n}.{fmt}"
            quiet = ["-v"] if stages else ["-q"]
            m = measure([binary, "run", str(folder), "-o", str(out), "--format", fmt, *quiet], stages=stages)
            before = [(k, x.wall) for k, wh, x in results[name] if wh == "first"]
            ratio = per_doubling(*before[-1], n, m.wall) if before and where == "first" else None
            results[name].append((n, where, m))
            label = name if where == "first" else f"{name} (last)"
            print(f"{label:16}{n:>6}{m.wall:>8.1f}{m.cpu:>8.1f}{1000 * m.wall / n:>9.1f}"
                  f"{ratio if ratio else float('nan'):>11.2f}{m.largest_kb / 1024:>12.0f}{m.tree_kb / 1024:>9.0f}"
                  f"{m.pss_kb / 1024:>9.0f}", flush=True)
            if m.stages:
                print(f"{'':16}stages s: " + ", ".join(f"{k} {v:.1f}" for k, v in m.stages.items()), flush=True)
    if stages:
        stage_growth(results)
    for name, rows in results.items():
        flat = [(n, m.wall) for n, where, m in rows if where == "first" and n >= 500]
        if len(flat) > 1:
            per_page = [1000 * wall / n for n, wall in flat]
            # What each further page costs, size to size: flat when the work
            # per page does not grow with the crawl (start-up is not in it).
            extra = [f"{a}-{b}: {1000 * (wb - wa) / (b - a):.1f}" for (a, wa), (b, wb) in zip(flat, flat[1:])]
            print(f"{name}: ms/page from {flat[0][0]} pages on spans {min(per_page):.1f}-{max(per_page):.1f} "
                  f"({max(per_page) / min(per_page):.2f}x; target <= 1.15x); ms per added page {', '.join(extra)}")


def stage_growth(results: dict[str, list[tuple[int, str, Measured]]]) -> None:
    """Per stage, its time ratio per doubling from the smallest size to the
    largest, and the stage that grows fastest (of those over 5% of the run)."""
    for name, rows in results.items():
        first = [(n, m) for n, where, m in rows if where == "first" and m.stages]
        if len(first) < 2:
            continue
        (n1, m1), (n2, m2) = first[0], first[-1]
        growth = {s: per_doubling(n1, m1.stages[s], n2, m2.stages[s])
                  for s in m2.stages if m1.stages.get(s, 0) > 0.05 and m2.stages[s] > 0.05 * m2.wall}
        if growth:
            worst = max(growth, key=growth.get)
            shown = ", ".join(f"{s} {g:.2f}" for s, g in sorted(growth.items(), key=lambda x: -x[1]))
            print(f"{name}: x per doubling by stage, {n1}-{n2} pages: {shown}; fastest-growing: {worst}")


def savings_table(binary: str, pages: list[Path], tmp: Path, n: int = 1000) -> None:
    """What each part of the change saves, by turning it off: the workers
    (one process instead), and the memo budget (every event summarised)."""
    folder = subset(pages[:n], tmp / f"savings{n}")
    print(f"\nwhat each part saves: briefing run on {n} pages, one part off at a time (interleaved, median of 3)")
    variants = {
        "as shipped": [],
        "--workers 1 (no worker processes)": ["--workers", "1"],
        "--max-events 100000 (every event summarised)": ["--max-events", "100000"],
    }
    runs: dict[str, list[Measured]] = {name: [] for name in variants}
    for _ in range(3):
        for name, extra in variants.items():
            runs[name].append(measure([binary, "run", str(folder), "-o", str(tmp / "savings.md"), "--format", "md", "-q", *extra]))
    for name, measured in runs.items():
        wall = statistics.median(m.wall for m in measured)
        cpu = statistics.median(m.cpu for m in measured)
        print(f"  {name:46} wall {wall:6.1f} s   CPU {cpu:6.1f} s")


def jsonl_of(pages: list[Path], path: Path) -> Path:
    with path.open("w", encoding="utf-8") as out:
        for page in pages:
            out.write(json.dumps({"id": page.stem, "text": page.read_text(encoding="utf-8")}, ensure_ascii=False) + "\n")
    return path


def clean_table(binaries: dict[str, str], pages: list[Path], tmp: Path) -> None:
    print("\nbriefing clean --jsonl < pages.jsonl (memory must not grow with the input)")
    print(f"{'':16}{'pages':>6}{'wall s':>8}{'first line s':>13}{'largest MB':>12}{'tree RSS':>9}{'tree PSS':>9}")
    sizes = [n for n in (300, 3000) if n <= len(pages)]
    tree: dict[str, list[int]] = {name: [] for name in binaries}
    for n in sizes:
        feed = jsonl_of(pages[:n], tmp / f"pages{n}.jsonl")
        for name, binary in binaries.items():
            m = measure([binary, "clean", "--jsonl"], stdin=feed)
            tree[name].append(m.pss_kb)
            print(f"{name:16}{n:>6}{m.wall:>8.1f}{m.first_line or float('nan'):>13.1f}"
                  f"{m.largest_kb / 1024:>12.0f}{m.tree_kb / 1024:>9.0f}{m.pss_kb / 1024:>9.0f}", flush=True)
    for name, peaks in tree.items():
        if len(peaks) == 2:
            print(f"{name}: tree peak PSS at {sizes[1]} pages is {peaks[1] / peaks[0]:.2f}x that at {sizes[0]} (target within 1.20x)")


def summarise_table(binaries: dict[str, str], tmp: Path) -> None:
    from rouge_score import rouge_scorer

    rows = [json.loads(line) for line in eval_file("orangesum-dev.jsonl").read_text(encoding="utf-8").splitlines() if line]
    feed = tmp / "orangesum.jsonl"
    feed.write_text("".join(json.dumps({"id": r["id"], "text": r["text"]}, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    gold = {str(r["id"]): r["gold"] for r in rows}
    scorer = rouge_scorer.RougeScorer(["rouge1"])
    print(f"\nbriefing summarise --jsonl < orangesum-dev ({len(rows)} articles)")
    for name, binary in binaries.items():
        out = tmp / f"summaries-{name}.jsonl"
        start = time.perf_counter()
        with feed.open("rb") as stdin, out.open("wb") as stdout:
            subprocess.run([binary, "summarise", "--jsonl"], stdin=stdin, stdout=stdout, stderr=subprocess.DEVNULL, check=True)
        wall = time.perf_counter() - start
        made = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
        r1 = statistics.fmean(scorer.score(gold[str(m["id"])], m["summary"])["rouge1"].fmeasure * 100 for m in made)
        print(f"{name:16} {len(made)} summaries in {wall:.1f} s = {len(made) / wall:.1f} docs/s start to end, R-1 {r1:.2f}", flush=True)


def encoder_table(pages: list[Path], n: int = 1000) -> None:
    """Where the sentence encoder runs best: once per worker (one BLAS thread
    each, texts sent over), or batched in this process on every core."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
    from briefing.parallel import Workers, machine_cores
    from briefing.parallel.embed import PoolEmbedder
    from briefing.text.embed import UseEmbedder

    texts = [" ".join(p.read_text(encoding="utf-8").split()[200:230]) for p in pages[:n]]  # lead-sized texts
    cores = machine_cores()
    print(f"\nsentence encoder on {len(texts)} texts of 30 words (the grouping's leads), median of 3")
    ways = {
        f"in this process, {cores} BLAS threads": lambda: UseEmbedder(threads=cores),
        "in this process, 1 BLAS thread": lambda: UseEmbedder(threads=1),
    }
    times: dict[str, list[float]] = {name: [] for name in [*ways, f"{cores} workers, 1 thread each"]}
    with Workers(cores) as workers:
        workers.start()
        PoolEmbedder(workers).encode(["warm up"] * 2)  # load the encoder in the workers
        for _ in range(3):
            for name, make in ways.items():
                embedder = make()
                embedder.encode(["warm up"])
                start = time.perf_counter()
                embedder.encode(texts)
                times[name].append(time.perf_counter() - start)
            start = time.perf_counter()
            PoolEmbedder(workers).encode(texts)
            times[f"{cores} workers, 1 thread each"].append(time.perf_counter() - start)
    for name, spent in times.items():
        print(f"  {name:34} {1000 * statistics.median(spent) / len(texts):6.2f} ms/text")


def baseline_binary(baseline: str, tmp: Path) -> str:
    """An executable for --baseline: itself when it is one, else a script that
    runs `briefing` from `git archive` of that ref with this Python."""
    if Path(baseline).is_file():
        return baseline
    from memo import archived

    tree = tmp / "baseline-tree"
    tree.mkdir()
    archived(baseline, str(tree))
    script = tmp / "baseline-briefing"
    script.write_text(f"#!/bin/sh\nPYTHONPATH='{tree}/src' BRIEFING_PROMPTS_DIR='{tree}/prompts' "
                      f"exec '{sys.executable}' -m briefing \"$@\"\n")
    script.chmod(0o755)
    return str(script)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=Path, default=EVAL / "scale" / "text")
    parser.add_argument("--sizes", default="250,500,1000,2000,3000")
    parser.add_argument("--last", type=int, default=1000, help="also the last N pages (0: not)")
    parser.add_argument("--baseline", help="a git ref, or another checkout's briefing executable, run beside ours")
    parser.add_argument("--skip-run", action="store_true")
    parser.add_argument("--format", default="md", help="the memo format of the run table (the archive targets are on json)")
    parser.add_argument("--stages", action="store_true", help="run with -v and time each stage from its progress line")
    parser.add_argument("--memos", type=Path, help="keep the run table's memos in this folder (to compare them)")
    parser.add_argument("--skip-clean", action="store_true")
    parser.add_argument("--skip-summarise", action="store_true")
    parser.add_argument("--encoder", action="store_true", help="also time the encoder in workers vs in one process")
    parser.add_argument("--savings", action="store_true", help="also time run with each part of the change turned off")
    args = parser.parse_args()

    pages = sorted(p for p in args.pages.iterdir() if p.suffix in (".txt", ".html"))
    binaries = {"briefing": str(BIN / "briefing")}
    print(f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at start")
    with tempfile.TemporaryDirectory() as tmp:
        if args.baseline:
            binaries = {args.baseline[:12]: baseline_binary(args.baseline, Path(tmp)), **binaries}
        if not args.skip_run:
            if args.memos:
                args.memos.mkdir(parents=True, exist_ok=True)
            run_table(binaries, pages, [int(s) for s in args.sizes.split(",")], Path(tmp), args.last, args.format,
                      args.stages, args.memos)
        if not args.skip_clean:
            clean_table(binaries, pages, Path(tmp))
        if not args.skip_summarise:
            summarise_table(binaries, Path(tmp))
        if args.savings:
            savings_table(binaries["briefing"], pages, Path(tmp))
    if args.encoder:
        encoder_table(pages)
    print(f"load average {os.getloadavg()[0]:.1f} at end")


if __name__ == "__main__":
    main()
