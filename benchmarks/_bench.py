"""`make bench`: every benchmark script, each beside its baseline, in two lanes.

    .venv/bin/python benchmarks/_bench.py [--only a,b] [--serial]

The scripts whose figures are seconds or memory (TIMED) run one after another
at normal priority; the others (quality figures: ARI, F1, audits, counts) run
meanwhile in a second lane at the lowest priority (nice 19), so that they take
the CPU the timed lane leaves and barely weigh on its clocks (Linux gives a
nice-19 process about 1.5 % of a core that a nice-0 one wants). Either way
every time figure is printed beside a baseline run in the same script. A
script's output is printed whole when it ends, under its name, then its wall
and CPU seconds; the total last. Exit status 1 when any script failed.

The heavy sizes are left to a hand run (README, Benchmarks): scale.py at
250/500 pages here (`benchmarks/scale.py --baseline b64d585` for 1,000-3,000),
group.py's scale to 1,000 pages (--full-scale), sources.py on 1,000 pages once,
desk_month.py on 9 days (the whole month by hand), translate.py 3 runs, cluster.py once on seeds and
day-dev. multilingual.py runs its grouping figures only (--grouping: about 3.2
CPU-minutes; the memo and cleaning figures by hand); summarise_salience.py is
run by hand (no figure of the table; it shows why the lead is the default).
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASELINE = os.environ.get("BENCH_BASELINE", "b64d585")  # the code before the crawl-scale work
SIZES = os.environ.get("BENCH_SIZES", "250,500")
BY_HAND = {"summarise_salience.py"}
TIMED = {"scale.py", "sources.py", "run.py", "translate.py", "cluster.py", "desk_month.py", "group.py", "summarise.py"}
ARGS = {
    "memo.py": ["--baseline", BASELINE],
    "scale.py": ["--baseline", BASELINE, "--sizes", SIZES, "--last", "250"],
    "sources.py": ["-n", "1000", "--repeats", "1"],
    "desk_month.py": ["--days", "9", "--repeats", "3"],
    "translate.py": ["--runs", "3"],
    "cluster.py": ["--runs", "1", "--inputs", "seeds,day-dev"],
    "metadata.py": ["--base", "b880d2b"],  # the commit before the metadata of other sites
    "multilingual.py": ["--base", "3537dd6", "--grouping"],  # before cross-language vectors and the Arabic pair scale
}

_print_lock = threading.Lock()


def _lowest_priority() -> None:
    os.nice(19)


def run_script(path: Path, nice: bool) -> tuple[str, bool]:
    """Run one script; its output, then its wall and CPU seconds (its own
    and its children's, from wait4: the other lane's are not counted)."""
    args = ARGS.get(path.name, [])
    start = time.monotonic()
    with tempfile.TemporaryFile("w+") as out:
        child = subprocess.Popen([sys.executable, str(path), *args], stdout=out, stderr=subprocess.STDOUT, text=True,
                                 preexec_fn=_lowest_priority if nice else None)
        _, status, usage = os.wait4(child.pid, 0)
        child.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        text = out.read()
    wall = time.monotonic() - start
    head = f"== {path.relative_to(HERE.parent)} {' '.join(args)}".rstrip()
    tail = f"== {path.name}: {wall:.1f} s wall, {usage.ru_utime:.1f} + {usage.ru_stime:.1f} s CPU"
    if child.returncode:
        tail += f", FAILED (exit {child.returncode})"
    return f"{head}\n{text.rstrip()}\n{tail}\n", child.returncode == 0


def lane(scripts: list[Path], nice: bool, failed: list[str]) -> None:
    for path in scripts:
        with _print_lock:
            print(f"-- started {path.name}" + (" (nice 19)" if nice else ""), flush=True)
        text, ok = run_script(path, nice)
        with _print_lock:
            print(text, flush=True)
        if not ok:
            failed.append(path.name)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", help="comma-separated script names (e.g. memo.py,group.py)")
    parser.add_argument("--serial", action="store_true", help="one lane: every script one after another")
    opts = parser.parse_args()
    scripts = [p for p in sorted(HERE.glob("[!_]*.py")) if p.name not in BY_HAND]
    if opts.only:
        wanted = set(opts.only.split(","))
        scripts = [p for p in scripts if p.name in wanted]
    timed = [p for p in scripts if opts.serial or p.name in TIMED]
    other = [p for p in scripts if p not in timed]
    failed: list[str] = []
    start = time.monotonic()
    second = threading.Thread(target=lane, args=(other, True, failed))
    second.start()
    lane(timed, False, failed)
    second.join()
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    print(f"== make bench: {len(scripts)} scripts, {time.monotonic() - start:.1f} s wall, "
          f"{usage.ru_utime:.1f} + {usage.ru_stime:.1f} s CPU" + (f"; FAILED: {', '.join(failed)}" if failed else ""))
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
