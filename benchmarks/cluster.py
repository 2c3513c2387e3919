"""`--cluster` against local processes: wall time and whether the memos match.

    .venv/bin/python benchmarks/cluster.py [--runs 3] [--inputs seeds,day-dev,window-dev]

Starts a Dask LocalCluster of two worker processes (one thread each, as the
README says to start workers) and runs, in subprocesses as a user would,
`briefing run INPUT --format json --today 2020-06-19` locally (the default
workers: the machine's cores, one process for tiny inputs) and with
`--cluster tcp://...`, interleaved, `--runs` times each; prints the median
wall seconds of each, their ratio, pages per minute, the first run on the
fresh cluster (its workers load their models then), and whether every memo
of a set is byte-identical to the local one.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

from _common import BIN, EVAL, ROOT

SETS = {
    "seeds": ROOT / "seeds",
    "day-dev": EVAL / "day-dev" / "text",
    "window-dev": EVAL / "window-dev" / "text",
}
TODAY = "2020-06-19"


def run(folder: Path, out: Path, *options: str) -> tuple[float, bytes]:
    """Wall seconds of one `briefing run`, and the memo it wrote."""
    cmd = [str(BIN / "briefing"), "run", str(folder), "--format", "json", "-o", str(out), "--today", TODAY, "-q", *options]
    start = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start, out.read_bytes()


def pages(folder: Path) -> int:
    return sum(1 for p in folder.iterdir() if p.suffix in (".txt", ".html"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--inputs", default="seeds,day-dev,window-dev", help=f"of {', '.join(SETS)}")
    args = parser.parse_args()
    from distributed import LocalCluster

    started = time.perf_counter()
    cluster = LocalCluster(n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None)
    address = cluster.scheduler_address
    print(f"LocalCluster of 2 worker processes at {address}: up in {time.perf_counter() - started:.1f} s\n")
    print(f"{'input':<11} {'pages':>5} {'local s':>8} {'cluster s':>9} {'ratio':>6} {'local p/min':>11} "
          f"{'cluster p/min':>13} {'1st cluster s':>13}  identical")
    try:
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp) / "memo.json"
            for name in args.inputs.split(","):
                folder = SETS[name]
                n = pages(folder)
                first, memo = run(folder, out, "--cluster", address)  # a fresh set for the workers' caches
                memos = [memo]
                local, remote = [], []
                for _ in range(args.runs):  # interleaved: a busy machine weighs on both alike
                    seconds, memo = run(folder, out)
                    local.append(seconds)
                    reference = memo
                    seconds, memo = run(folder, out, "--cluster", address)
                    remote.append(seconds)
                    memos.append(memo)
                same = all(m == reference for m in memos)
                lm, rm = statistics.median(local), statistics.median(remote)
                print(f"{name:<11} {n:>5} {lm:>8.1f} {rm:>9.1f} {rm / lm:>6.2f} {60 * n / lm:>11.0f} "
                      f"{60 * n / rm:>13.0f} {first:>13.1f}  {'yes' if same else 'NO'}", flush=True)
    finally:
        cluster.close()


if __name__ == "__main__":
    main()
