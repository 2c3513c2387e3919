"""`briefing group` with another bridge bar (grouping.Thresholds.bridge), and group.py's grid of it:

    python benchmarks/_bridge_group.py BAR group ARGS...

The bar is a constant of the code, not an option of the CLI: this sets it in
the defaults grouping.cluster was defined with, then runs the CLI as it is.
"""

from __future__ import annotations

import dataclasses
import json
import sys
import tempfile
from pathlib import Path


def bridge_grid(labels: dict[str, str], rows: list[dict]) -> None:
    """ARI through `briefing group` at other bridge bars (this file run as the CLI)."""
    import csv

    import _group_eval as ev  # here, not at the top: each run of the CLI through this file skips it
    from briefing.events.grouping import Thresholds

    window = ev.eval_file("window-dev")
    with (window / "labels.tsv").open(encoding="utf-8") as handle:
        days = list(csv.DictReader(handle, delimiter="\t"))
    lines = [{"id": str(i), "text": r["headline"]} for i, r in enumerate(rows)]
    stories = {str(i): r["story"] for i, r in enumerate(rows)}
    shipped = Thresholds().bridge
    print(f"\nthe bridge bar through the CLI (shipped {shipped}; 0: off): ARI")
    print(f"{'bar':>5}{'day-dev':>9}{'16 June':>9}{'17 June':>9}{'16-18':>9}{'headlines':>11}")
    with tempfile.TemporaryDirectory() as tmp:
        sets = [(ev.DAY / "text", labels)]
        for day in ("2020-06-16", "2020-06-17"):
            gold = {r["id"]: r["event"] for r in days if r["date"] == day}
            sets.append((ev.subset_folder(Path(tmp), window / "text", sorted(gold)), gold))
        sets.append((window / "text", {r["id"]: r["event"] for r in days}))
        for bar in sorted({0.0, 0.05, 0.08, shipped, 0.12, 0.15}):
            run = [sys.executable, str(Path(__file__).resolve()), str(bar), "group"]
            cells = [ev.ari_on(sorted(gold), gold, _events(ev.measured([*run, str(folder), "--jsonl", "-q"], "")[0]))
                     for folder, gold in sets]
            found = _events(ev.measured([*run, "--jsonl", "-q"], "".join(json.dumps(o) + "\n" for o in lines))[0])
            cells.append(ev.ari_on(sorted(stories), stories, found))
            print(f"{bar:>5.2f}" + "".join(f"{c:>9.3f}" for c in cells[:4]) + f"{cells[4]:>11.3f}")


def _events(jsonl: str) -> dict[str, str]:
    return {str(o["id"]): str(o["event"]) for o in map(json.loads, jsonl.splitlines()) if o}


def main() -> None:
    from briefing.events import grouping

    bar = float(sys.argv[1])
    grouping.cluster.__defaults__ = tuple(
        dataclasses.replace(d, bridge=bar) if isinstance(d, grouping.Thresholds) else d
        for d in grouping.cluster.__defaults__
    )
    from briefing.cli import app

    app(sys.argv[2:], prog_name="briefing")


if __name__ == "__main__":  # the CLI's cleaning may start worker processes
    main()
