"""`--cluster` against local processes: wall time and whether the memos match.

    .venv/bin/python benchmarks/cluster.py [--runs 3] [--inputs seeds,day-dev,window-dev]

Starts a Dask LocalCluster of two worker processes (one thread each, as the
README says to start workers) and runs, in subprocesses as a user would,
`briefing run INPUT --format json --today 2020-06-19` locally (the default
workers: the machine's cores, one process for tiny inputs) and with
`--cluster tcp://...`, interleaved, `--runs` times each; prints the median
wall seconds of each, their ratio, pages per minute, the first run on the
fresh cluster (its workers load their models then), and whether every memo
of a set is byte-identical to the local one. CPU seconds too, which a busy
machine sways less than wall time: a local run's process and its workers;
a cluster run's process, the cluster's two workers and its scheduler (a
thread of this script).
"""

from __future__ import annotations

import argparse
import os
import resource
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


def _cpu(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def run(folder: Path, out: Path, *options: str, workers=()) -> tuple[float, float, bytes]:
    """Wall and CPU seconds of one `briefing run`, and the memo it wrote;
    `workers`: the cluster's worker processes (psutil), whose CPU counts too."""
    cmd = [str(BIN / "briefing"), "run", str(folder), "--format", "json", "-o", str(out), "--today", TODAY, "-q", *options]

    def elsewhere() -> float:  # the cluster's workers and this process (the scheduler)
        return sum(sum(w.cpu_times()[:2]) for w in workers) + (_cpu(resource.RUSAGE_SELF) if workers else 0.0)

    cpu = _cpu(resource.RUSAGE_CHILDREN) + elsewhere()
    start = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    return wall, _cpu(resource.RUSAGE_CHILDREN) + elsewhere() - cpu, out.read_bytes()


def pages(folder: Path) -> int:
    return sum(1 for p in folder.iterdir() if p.suffix in (".txt", ".html"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--inputs", default="seeds,day-dev,window-dev", help=f"of {', '.join(SETS)}")
    args = parser.parse_args()
    import psutil
    from distributed import Client, LocalCluster

    started = time.perf_counter()
    cluster = LocalCluster(n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None)
    address = cluster.scheduler_address
    with Client(address, set_as_default=False) as client:
        workers = [psutil.Process(pid) for pid in client.run(os.getpid).values()]
    print(f"LocalCluster of 2 worker processes at {address}: up in {time.perf_counter() - started:.1f} s")
    print(f"load average {os.getloadavg()[0]:.1f} at the start\n")
    print(f"{'input':<11} {'pages':>5} {'local s':>8} {'cluster s':>9} {'ratio':>6} {'local p/min':>11} "
          f"{'cluster p/min':>13} {'1st cluster s':>13} {'local CPU-s':>11} {'cluster CPU-s':>13}  identical")
    try:
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp) / "memo.json"
            for name in args.inputs.split(","):
                folder = SETS[name]
                n = pages(folder)
                # A fresh set for the workers' caches (on the first set: their first tasks, models loaded then).
                first, _, memo = run(folder, out, "--cluster", address, workers=workers)
                memos = [memo]
                local, remote, local_cpu, remote_cpu = [], [], [], []
                for _ in range(args.runs):  # interleaved: a busy machine weighs on both alike
                    seconds, cpu, reference = run(folder, out)
                    local.append(seconds)
                    local_cpu.append(cpu)
                    seconds, cpu, memo = run(folder, out, "--cluster", address, workers=workers)
                    remote.append(seconds)
                    remote_cpu.append(cpu)
                    memos.append(memo)
                same = all(m == reference for m in memos)
                lm, rm = statistics.median(local), statistics.median(remote)
                print(f"{name:<11} {n:>5} {lm:>8.1f} {rm:>9.1f} {rm / lm:>6.2f} {60 * n / lm:>11.0f} "
                      f"{60 * n / rm:>13.0f} {first:>13.1f} {statistics.median(local_cpu):>11.1f} "
                      f"{statistics.median(remote_cpu):>13.1f}  {'yes' if same else 'NO'}", flush=True)
    finally:
        cluster.close()


if __name__ == "__main__":
    main()
