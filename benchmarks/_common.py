"""Helpers for the benchmark scripts: paths, medians, timing subprocesses."""

from __future__ import annotations

import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# The dev data: ../shared/eval beside the checkout, or BRIEFING_EVAL (a worktree elsewhere).
EVAL = Path(os.environ.get("BRIEFING_EVAL") or ROOT.parent / "shared" / "eval")
BIN = Path(sys.executable).parent


def eval_file(name: str) -> Path:
    path = EVAL / name
    if not path.exists():
        sys.exit(f"missing dev data: {path} (the benchmarks read ../shared/eval/, or BRIEFING_EVAL)")
    return path


def median(values) -> float:
    return statistics.median(values)


def timed(cmd: list[str], **kwargs) -> tuple[float, int]:
    """Wall seconds and peak RSS (KiB) of one subprocess run."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, **kwargs)
    wall = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return wall, max(peak, before)


def orangesum(n: int) -> list[dict]:
    with eval_file("orangesum-dev.jsonl").open(encoding="utf-8") as handle:
        return [json.loads(line) for _, line in zip(range(n), handle)]


def archived_src(ref: str, into: Path) -> Path:
    """The ref's src/ unpacked under `into`: the baseline's code, run with this Python."""
    import tarfile
    from io import BytesIO

    data = subprocess.run(["git", "-C", str(ROOT), "archive", ref, "src"], check=True, capture_output=True).stdout
    with tarfile.open(fileobj=BytesIO(data)) as tar:
        tar.extractall(into, filter="data")
    return into / "src"


def merge_base() -> str:
    """Where this branch left main: the default baseline of a comparison."""
    out = subprocess.run(["git", "-C", str(ROOT), "merge-base", "HEAD", "main"], check=True, capture_output=True, text=True)
    return out.stdout.strip()[:10]
