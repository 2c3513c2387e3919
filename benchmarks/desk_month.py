"""A month of pages fed day by day into one store: does a day's run stay as
fast, and does the store grow by a day's worth, whatever is already stored?

The pages of June 2020 in archive-dev.tar.xz (about 2,500), each day's by the
publication date `briefing clean` reads; one `briefing run DAY/ --store` per
day, in order; then the last day again without a store, beside it.

usage: python benchmarks/desk_month.py [EVAL_DIR] [--days N]   (default ../shared/eval, or BRIEFING_EVAL)
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

from _common import BIN, EVAL

MONTH = "2020-06"


def pages_by_day(archive: Path, into: Path) -> dict[str, list[Path]]:
    with tarfile.open(archive) as tar:
        tar.extractall(into, filter="data")
    files = [p for p in into.rglob("*.txt") if MONTH.encode() in p.read_bytes() or b"juin 2020" in p.read_bytes()]
    listing = into / "files.txt"
    listing.write_text("\n".join(map(str, files)), encoding="utf-8")
    out = subprocess.run(f"xargs {BIN / 'briefing'} clean --jsonl < {listing}", shell=True, capture_output=True, text=True).stdout
    days: dict[str, list[Path]] = {}
    by_id = {p.stem: p for p in files}
    for line in out.splitlines():
        page = json.loads(line)
        if (page.get("date") or "").startswith(MONTH) and str(page["id"]) in by_id:
            days.setdefault(page["date"][:10], []).append(by_id[str(page["id"])])
    return dict(sorted(days.items()))


def run_day(pages: list[Path], folder: Path, *store: str) -> float:
    folder.mkdir(exist_ok=True)
    for p in pages:
        if not (folder / p.name).exists():
            (folder / p.name).symlink_to(p)
    start = time.perf_counter()
    subprocess.run([str(BIN / "briefing"), "run", str(folder), *store, "-f", "json", "-o", str(folder.with_suffix(".json")), "-q"],
                   check=True)
    return time.perf_counter() - start


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    limit = int(sys.argv[sys.argv.index("--days") + 1]) if "--days" in sys.argv else None
    root = Path(args[0] if args and not args[0].isdigit() else os.environ.get("BRIEFING_EVAL", EVAL))
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        days = pages_by_day(root / "archive-dev.tar.xz", tmp / "archive")
        if limit:
            days = dict(list(days.items())[:limit])
        print(f"{sum(map(len, days.values()))} pages of {MONTH} over {len(days)} days")
        store = tmp / "desk.db"
        rows = []
        before = 0
        for day, pages in days.items():
            wall = run_day(pages, tmp / day, "--store", str(store))
            size = sum(p.stat().st_size for p in tmp.glob("desk.db*"))
            memo = json.loads((tmp / f"{day}.json").read_text(encoding="utf-8"))
            marked = sum(e["status"] != "new" for e in memo["events"])
            rows.append((day, len(pages), wall, size - before))
            print(f"{day}: {len(pages):4d} pages {wall:5.1f} s ({1000 * wall / len(pages):5.1f} ms/page), store +{(size - before) / 1e6:.2f} MB "
                  f"(total {size / 1e6:5.2f} MB), {marked}/{len(memo['events'])} events continue a stored one")
            before = size
        last, pages = list(days.items())[-1]
        bare = run_day(pages, tmp / f"{last}-bare")
        first_half = [r[2] / r[1] for r in rows[: len(rows) // 2]]
        second_half = [r[2] / r[1] for r in rows[len(rows) // 2 :]]
        print(f"\nms/page, first half of the days {1000 * sum(first_half) / len(first_half):.1f}, "
              f"second half {1000 * sum(second_half) / len(second_half):.1f}")
        print(f"last day ({last}, {len(pages)} pages): with the month in the store {rows[-1][2]:.1f} s, "
              f"without a store {bare:.1f} s ({rows[-1][2] / bare:.2f}x; goal <= 1.2x)")


if __name__ == "__main__":
    main()
