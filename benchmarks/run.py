"""Start-up, seeds → memo, and scaling of `briefing run`.

Prints:
- `briefing --help` wall beside `python -c pass` (goal: <= 3x);
- seeds → memo (docx + md) wall and peak RSS (goals: <= 5 s, <= 1 GB);
- seconds per document for 10, 100 and 500 OrangeSum articles through `run`.
Medians of several runs; every figure is a subprocess, as a user runs it.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from _common import BIN, ROOT, median, orangesum, timed


def help_vs_python(repeat: int) -> None:
    python = [timed([sys.executable, "-c", "pass"])[0] for _ in range(repeat)]
    helps = [timed([str(BIN / "briefing"), "--help"])[0] for _ in range(repeat)]
    ratio = median(helps) / median(python)
    print(f"start-up   python -c pass {median(python)*1000:7.0f} ms | briefing --help {median(helps)*1000:7.0f} ms | ratio {ratio:4.1f}x (goal <= 3x)")


def seeds_to_memo(repeat: int) -> None:
    walls, peaks = [], []
    with tempfile.TemporaryDirectory() as out:
        for _ in range(repeat):
            wall, _ = timed([str(BIN / "briefing"), "run", str(ROOT / "seeds"), "-o", out, "-q"])
            walls.append(wall)
    # Peak RSS needs a fresh parent per run: RUSAGE_CHILDREN keeps the maximum.
    import subprocess

    probe = (
        "import resource,subprocess,sys;"
        f"subprocess.run([{str(BIN / 'briefing')!r},'run',{str(ROOT / 'seeds')!r},'-o',sys.argv[1],'-q'],check=True);"
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
    )
    with tempfile.TemporaryDirectory() as out:
        for _ in range(repeat):
            peaks.append(int(subprocess.check_output([sys.executable, "-c", probe, out])))
    print(f"seeds      5 articles → memo.docx + memo.md: wall {median(walls):5.2f} s (goal <= 5 s) | peak RSS {median(peaks)/1024:6.0f} MB (goal <= 1024 MB)")


def scaling(sizes: list[int]) -> None:
    docs = orangesum(max(sizes))
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            folder = Path(tmp) / f"in{n}"
            folder.mkdir()
            for i, doc in enumerate(docs[:n]):
                (folder / f"{i:04d}_{doc['id']}.txt").write_text(doc["text"], encoding="utf-8")
            wall, _ = timed([str(BIN / "briefing"), "run", str(folder), "-o", str(Path(tmp) / f"out{n}"), "-q", "--format", "md"])
            rows.append((n, wall))
    base = rows[0][1] / rows[0][0]
    for n, wall in rows:
        per = wall / n
        print(f"scaling    {n:4d} articles: {wall:6.1f} s, {per*1000:6.0f} ms/article ({per/base:4.2f}x the 10-article rate)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--sizes", default="10,100,500")
    args = parser.parse_args()
    help_vs_python(args.repeat)
    seeds_to_memo(max(1, args.repeat // 2))
    scaling([int(s) for s in args.sizes.split(",")])


if __name__ == "__main__":
    main()
