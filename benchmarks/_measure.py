"""How a command runs: wall, CPU of every process, peak memory of the process tree, stage times.

`measure` runs one command and samples /proc while it runs; scale.py and
sources.py time the CLI with it.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path


@dataclass
class Measured:
    wall: float
    cpu: float  # user + system seconds of every process of the run
    largest_kb: int  # peak RSS of the largest single process
    tree_kb: int  # peak of the sum of RSS over the process tree
    pss_kb: int  # peak of the sum of PSS over the process tree (shared pages counted once)
    first_line: float | None = None
    stages: dict[str, float] | None = None  # seconds from each stage's start to the next's (the last: to the exit)


def _children() -> dict[int, list[int]]:
    tree: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", "rb") as handle:
                    fields = handle.read().rsplit(b")", 1)[1].split()
            except OSError:
                continue
            tree.setdefault(int(fields[1]), []).append(int(entry))
    return tree


def _tree_memory(root: int) -> tuple[int, int]:
    """(RSS, PSS) in KiB of `root` and all its descendants now. Forked
    workers share pages with their parent: the sum of RSS counts those
    pages once per process, PSS splits them between the processes."""
    tree, todo, rss, pss = _children(), [root], 0, 0
    while todo:
        pid = todo.pop()
        todo += tree.get(pid, [])
        try:
            with open(f"/proc/{pid}/smaps_rollup") as handle:
                for line in handle:
                    if line.startswith("Rss:"):
                        rss += int(line.split()[1])
                    elif line.startswith("Pss:"):
                        pss += int(line.split()[1])
        except OSError:
            pass
    return rss, pss


def _stage_times(proc: subprocess.Popen, start: float, marks: list[tuple[str, float]]) -> threading.Thread:
    """Read `briefing -v`'s stage lines ("briefing: grouping ...") as they
    come, each with its time since `start`."""

    def read() -> None:
        for line in proc.stderr:
            text = line.decode("utf-8", "replace").strip()
            if text.startswith("briefing: ") and text.endswith(" ..."):
                marks.append((text[len("briefing: "):-4], time.perf_counter() - start))

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    return reader


def measure(cmd: list[str], stdin: Path | None = None, stages: bool = False) -> Measured:
    """Run `cmd` once (stdout read and dropped): wall, CPU, peak memory;
    with `stages` (a `briefing -v` command), the seconds of each stage.

    /usr/bin/time gives the largest process and the CPU of all of them (it
    waits for the command, which waits for its workers); the tree's sum is
    sampled from /proc every 50 ms (it includes /usr/bin/time's own 2 MB).
    """
    with tempfile.NamedTemporaryFile("r") as stat, open(stdin or os.devnull, "rb") as feed:
        start = time.perf_counter()
        proc = subprocess.Popen(["/usr/bin/time", "-o", stat.name, "-f", "%M %U %S", *cmd],
                                stdin=feed, stdout=subprocess.PIPE, stderr=subprocess.PIPE if stages else subprocess.DEVNULL)
        marks: list[tuple[str, float]] = []
        reader = _stage_times(proc, start, marks) if stages else None
        peak = [0, 0]
        done = threading.Event()

        def sample() -> None:
            while not done.is_set():
                rss, pss = _tree_memory(proc.pid)
                peak[0], peak[1] = max(peak[0], rss), max(peak[1], pss)
                done.wait(0.05)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        first = time.perf_counter() - start if proc.stdout.readline() else None
        for _ in proc.stdout:
            pass
        code = proc.wait()
        wall = time.perf_counter() - start
        done.set()
        sampler.join()
        if reader is not None:
            reader.join()
        if code != 0:
            sys.exit(f"failed ({code}): {' '.join(cmd)}")
        largest, user, system = stat.read().split()[-3:]
    spans = None
    if stages:  # start-up (reading options, loading models) is the time before the first stage
        ends = [t for _, t in marks[1:]] + [wall]
        spans = {"start": marks[0][1] if marks else wall, **{name: end - t for (name, t), end in zip(marks, ends)}}
    return Measured(wall, float(user) + float(system), int(largest), peak[0], peak[1], first, spans)
