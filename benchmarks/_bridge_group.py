"""`briefing group` with another bridge bar (grouping.Thresholds.bridge), for group.py's grid:

    python benchmarks/_bridge_group.py BAR group ARGS...

The bar is a constant of the code, not an option of the CLI: this sets it in
the defaults grouping.cluster was defined with, then runs the CLI as it is.
"""

from __future__ import annotations

import dataclasses
import sys


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
