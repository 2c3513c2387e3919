"""A month of pages fed day by day into one store: does a day's run stay as
fast, and does the store grow by a day's worth, whatever is already stored?

The pages of June 2020 in archive-dev (about 2,500), each day's by the
publication date `briefing clean` reads; one `briefing run DAY/ --store` per
day, in order. Then the last day, interleaved: run again on a copy of the store
as it stood before that day (the month stored), and without a store, the median
of --repeats runs each (the month's own run of the day counted with the first).

usage: python benchmarks/desk_month.py [EVAL_DIR] [--archive DIR] [--days N] [--repeats N] [--keep DIR [--again]]
  EVAL_DIR: ../shared/eval, or BRIEFING_EVAL; --archive: archive-dev already
  extracted (else archive-dev.tar.xz is extracted into a temporary folder);
  --days N: the first N days only; --keep DIR: work there and keep it
  (the day split is read back from DIR/days.json on the next run); --again: only the
  last day's repeats, on the store a former --keep run left there.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

from _common import BIN, EVAL, median

MONTH = "2020-06"


def option(name: str, default: str | None = None) -> str | None:
    return sys.argv[sys.argv.index(name) + 1] if name in sys.argv else default


def pages_by_day(folder: Path, work: Path) -> dict[str, list[Path]]:
    """The month's pages by publication date, as `briefing clean` reads it (cached in work/days.json)."""
    cached = work / "days.json"
    if cached.exists():
        return {d: [Path(p) for p in ps] for d, ps in json.loads(cached.read_text(encoding="utf-8")).items()}
    # Only pages naming the month can be dated in it: the rest are not cleaned.
    files = [p for p in sorted(folder.rglob("*.txt")) if MONTH.encode() in (b := p.read_bytes()) or b"juin 2020" in b]
    listing = work / "files.txt"
    listing.write_text("\n".join(map(str, files)), encoding="utf-8")
    out = subprocess.run(f"xargs {BIN / 'briefing'} clean --jsonl < {listing}", shell=True, capture_output=True, text=True).stdout
    days: dict[str, list[Path]] = {}
    by_id = {p.stem: p for p in files}
    for line in out.splitlines():
        page = json.loads(line)
        if (page.get("date") or "").startswith(MONTH) and str(page["id"]) in by_id:
            days.setdefault(page["date"][:10], []).append(by_id[str(page["id"])])
    days = dict(sorted(days.items()))
    cached.write_text(json.dumps({d: list(map(str, ps)) for d, ps in days.items()}), encoding="utf-8")
    return days


def run_day(pages: list[Path], folder: Path, *store: str) -> float:
    folder.mkdir(exist_ok=True)
    for p in pages:
        if not (folder / p.name).exists():
            (folder / p.name).symlink_to(p)
    start = time.perf_counter()
    subprocess.run([str(BIN / "briefing"), "run", str(folder), *store, "-f", "json", "-o", str(folder.with_suffix(".json")), "-q"],
                   check=True)
    return time.perf_counter() - start


def store_size(work: Path, name: str) -> int:
    return sum(p.stat().st_size for p in work.glob(f"{name}*"))


def copy_store(work: Path, src: str, dst: str) -> None:
    for p in work.glob(f"{dst}*"):
        p.unlink()
    for p in work.glob(f"{src}*"):
        shutil.copy2(p, work / (dst + p.name[len(src):]))


def month(work: Path, root: Path, limit: int | None, repeats: int) -> None:
    archive = option("--archive")
    if archive:
        folder = Path(archive)
    else:
        folder = work / "archive"
        if not folder.exists():
            with tarfile.open(root / "archive-dev.tar.xz") as tar:
                tar.extractall(folder, filter="data")
    days = pages_by_day(folder, work)
    if limit:
        days = dict(list(days.items())[:limit])
    print(f"{sum(map(len, days.values()))} pages of {MONTH} over {len(days)} days", flush=True)
    if "--again" in sys.argv:  # only the last day's repeats, on the store a former --keep run left
        last, last_pages = list(days.items())[-1]
        return last_day(work, last, last_pages, [], repeats)
    for p in work.glob("desk.db*"):
        p.unlink()
    store = work / "desk.db"
    rows = []
    before = 0
    last, last_pages = list(days.items())[-1]
    for day, pages in days.items():
        if day == last:  # the store as the month left it, for the last day's repeats
            copy_store(work, "desk.db", "before-last.db")
        wall = run_day(pages, work / day, "--store", str(store))
        size = store_size(work, "desk.db")
        memo = json.loads((work / f"{day}.json").read_text(encoding="utf-8"))
        marked = sum(e["status"] != "new" for e in memo["events"])
        rows.append((day, len(pages), wall, size - before))
        print(f"{day}: {len(pages):4d} pages {wall:5.1f} s ({1000 * wall / len(pages):5.1f} ms/page), store +{(size - before) / 1e6:.2f} MB "
              f"(total {size / 1e6:5.2f} MB), {marked}/{len(memo['events'])} events continue a stored one", flush=True)
        before = size
    half = max(1, len(rows) // 2)
    first_half = [r[2] / r[1] for r in rows[:half]]
    second_half = [r[2] / r[1] for r in rows[half:]] or first_half
    print(f"\nms/page, first half of the days {1000 * sum(first_half) / len(first_half):.1f}, "
          f"second half {1000 * sum(second_half) / len(second_half):.1f}; store per day "
          f"{min(r[3] for r in rows) / 1e6:.2f}-{max(r[3] for r in rows) / 1e6:.2f} MB")
    last_day(work, last, last_pages, [rows[-1][2]], repeats)


def last_day(work: Path, last: str, last_pages: list[Path], stored: list[float], repeats: int) -> None:
    """The last day with the month stored (a copy of the store before it) and without a store, interleaved."""
    bare: list[float] = []
    for _ in range(repeats):  # interleaved, so that a change of load weighs on both
        if len(stored) < repeats:
            copy_store(work, "before-last.db", "again.db")
            stored.append(run_day(last_pages, work / f"{last}-again", "--store", str(work / "again.db")))
        bare.append(run_day(last_pages, work / f"{last}-bare"))
    print(f"last day ({last}, {len(last_pages)} pages, the month before it stored): with the store "
          f"{' '.join(f'{s:.1f}' for s in stored)} s, without {' '.join(f'{s:.1f}' for s in bare)} s; "
          f"medians {median(stored):.1f} / {median(bare):.1f} s ({median(stored) / median(bare):.2f}x; goal <= 1.2x)")


def main() -> None:
    args = [a for n, a in enumerate(sys.argv[1:], 1) if not a.startswith("--") and not sys.argv[n - 1].startswith("--")]
    limit = int(option("--days", "0")) or None
    repeats = int(option("--repeats", "3"))
    root = Path(args[0] if args else os.environ.get("BRIEFING_EVAL", EVAL))
    keep = option("--keep")
    if keep:
        Path(keep).mkdir(parents=True, exist_ok=True)
        month(Path(keep), root, limit, repeats)
        return
    with tempfile.TemporaryDirectory() as tmp:
        month(Path(tmp), root, limit, repeats)


if __name__ == "__main__":
    main()
