"""Grouping by date windows against grouping the whole set, on hand-labelled days.

    .venv/bin/python benchmarks/windows.py [--pages 100]

A crawl of more than windows.WINDOW_PAGES (4,000) pages is grouped window by
window of event dates (events/windows.py); no labelled crawl is that large,
so this runs the grouping function itself with the window shrunk to a
hundred pages, i.e. about one day per window core: window-dev (three days,
labelled across them: the case where events straddle window edges) and
day-dev (one day: one core plus the pages dated otherwise). ARI of each way,
and how many pages change event. The same cleaned pages and vectors feed
both (the sentence encoder of the CLI, in this process).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from sklearn.metrics import adjusted_rand_score

from _common import eval_file

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))


def labelled(folder: Path) -> tuple[list, dict[str, str]]:
    from briefing.ingest.read import read_inputs
    from briefing.pipeline import clean

    rows = [line.split("\t") for line in (folder / "labels.tsv").read_text(encoding="utf-8").splitlines()[1:]]
    column = 1 if folder.name == "day-dev" else 2  # day-dev: id, event, title; window-dev: id, date, event, story
    docs, _ = read_inputs([str(folder / "text")])
    articles, _ = clean(docs)
    return articles, {r[0]: r[column] for r in rows}


def ari(events, gold: dict[str, str]) -> float:
    event_of = {i: e.id for e in events for i in e.article_ids}
    ids = sorted(gold)
    return adjusted_rand_score([gold[i] for i in ids], [event_of.get(i, "missing-" + i) for i in ids])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=100, help="pages in a window's core for the windowed run")
    args = parser.parse_args()
    from briefing.events import event_date, group_articles, windows
    from briefing.text.embed import get_embedder

    embedder = get_embedder()
    print(f"grouping the whole set vs by date windows (cores of at least {args.pages} pages, margin {windows.MARGIN} days)")
    for name in ("window-dev", "day-dev"):
        articles, gold = labelled(eval_file(name))
        whole = group_articles(articles, embedder)
        full_size = windows.WINDOW_PAGES
        windows.WINDOW_PAGES = args.pages
        try:
            count = len(windows.date_windows([event_date(a) for a in articles]))
            windowed = group_articles(articles, embedder)
        finally:
            windows.WINDOW_PAGES = full_size
        moved = {frozenset(e.article_ids) for e in whole} ^ {frozenset(e.article_ids) for e in windowed}
        changed = len({i for group in moved for i in group})
        print(f"  {name} ({len(articles)} pages, {count} windows): ARI whole {ari(whole, gold):.3f}, "
              f"windowed {ari(windowed, gold):.3f}; pages in an event that differs: {changed}")


if __name__ == "__main__":
    main()
