"""Time each renderer on the hand-built seed memos (median of N runs).

    PYTHONPATH=src:tests .venv/bin/python benchmarks/render.py [N]

Prints milliseconds per memo and the ratio to Markdown, the cheapest format,
as the baseline; and the size of each output.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parents[1] / d) for d in ("src", "tests")]

from render_memos import arabic_memo, french_memo  # noqa: E402

from briefing.render import FORMATS, render_bytes  # noqa: E402


def main(runs: int) -> None:
    render_bytes(french_memo(), "docx")  # warm imports (python-docx) out of the figures
    print(f"{'memo':6} {'format':6} {'median ms':>10} {'x md':>6} {'bytes':>8}")
    for name, memo in (("fr", french_memo()), ("ar", arabic_memo())):
        medians = {}
        for fmt in ("md",) + tuple(f for f in FORMATS if f != "md"):
            times = []
            for _ in range(runs):
                start = time.perf_counter()
                data = render_bytes(memo, fmt)
                times.append((time.perf_counter() - start) * 1000)
            medians[fmt] = statistics.median(times)
            ratio = medians[fmt] / medians["md"]
            print(f"{name:6} {fmt:6} {medians[fmt]:10.2f} {ratio:6.1f} {len(data):8}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 20)
