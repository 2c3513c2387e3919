"""Event dates against a hand reading: the leads that name a day other than their publication day.

benchmarks/data/event_dates_judged.tsv lists every page of day-dev (18 June 2020) and of the
held-out days of window-dev (16 and 17 June) whose lead (first two sentences) names a weekday
other than the publication's, or "la veille", "hier", "demain": the day read before the clause
reading (`before`), after it (`after`) and by hand (`judged`: the day of the lead's news, the
publication day when the day named is still to come). The pages are cleaned as a run cleans
them (one batch per day) and their event date read again; the count of days that differ from
the hand reading is printed per day, then each page that differs.

    python benchmarks/event_dates.py [--eval ../shared/eval]
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from briefing.ingest import clean_documents  # noqa: E402
from briefing.ingest.read import read_inputs  # noqa: E402
from _common import EVAL  # noqa: E402

JUDGED = ROOT / "benchmarks" / "data" / "event_dates_judged.tsv"
FOLDERS = {"2020-06-18": "day-dev/text", "2020-06-16": "window-dev/text", "2020-06-17": "window-dev/text"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--eval", type=Path, default=EVAL)
    args = parser.parse_args()
    rows = list(csv.DictReader(JUDGED.open(encoding="utf-8"), delimiter="\t"))
    labels = {r["id"]: r["date"] for r in csv.DictReader((args.eval / "window-dev/labels.tsv").open(), delimiter="\t")}
    for day in sorted({r["day"] for r in rows}):
        folder = args.eval / FOLDERS[day]
        # A day's batch: the window's pages of that day only (repeated lines are read across a batch).
        paths = sorted(p for p in folder.iterdir() if FOLDERS[day].startswith("day") or labels.get(p.stem) == day)
        docs, _ = read_inputs([str(p) for p in paths])
        read = {a.id: a.event_date for a in clean_documents(docs)}
        judged = [r for r in rows if r["day"] == day]
        wrong = [r for r in judged if read.get(r["id"]) != r["judged"]]
        was = sum(r["before"] != r["judged"] for r in judged)
        role = "tuned" if FOLDERS[day].startswith("day") else "held out"
        print(f"{day} ({role}): {len(wrong)} of {len(judged)} wrong now, {was} before the clause reading "
              f"({len(paths)} pages that day)")
        for r in wrong:
            print(f"    {r['id']}: read {read.get(r['id'])}, judged {r['judged']} — {r['lead excerpt (around the first day other than the publication day)'][:100]}")


if __name__ == "__main__":
    main()
