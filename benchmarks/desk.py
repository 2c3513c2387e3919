"""A desk day after day: `briefing run DAY/ --store desk.db --format json` on
window-dev's three days (16, 17, 18 June 2020) into a fresh store, scored by
score_desk.py; day 17 against 16 is where the bars were tuned, day 18 against
16-17 the check. Beside it, in the same run:
- every event new: the same memos with no status (what a run without a store says);
- TF-IDF headlines: each event's headline against the stored events' headlines
  (cosine), bars tuned on day 17 the same way;
- grouping across the days: each day's events, an update joined to its earlier
  event, scored by score_day.py against the window's events, beside
  `briefing group` on the three days at once.
Then the bars' grid on day 17 and day 18, read from the store the run wrote.

usage: python benchmarks/desk.py [EVAL_DIR]   (default ../shared/eval, or BRIEFING_EVAL)
"""

from __future__ import annotations

import itertools
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
from _common import BIN, EVAL  # noqa: E402

DAYS = ("2020-06-16", "2020-06-17", "2020-06-18")


def split_days(window: Path, into: Path) -> dict[str, Path]:
    rows = [line.rstrip("\n").split("\t") for line in (window / "labels.tsv").open(encoding="utf-8")][1:]
    folders = {d: into / d for d in DAYS}
    for folder in folders.values():
        folder.mkdir()
    for page, day, *_ in rows:
        (folders[day] / f"{page}.txt").symlink_to(window / "text" / f"{page}.txt")
    return folders


def score(tools: Path, labels: Path, *memos: Path) -> str:
    out = subprocess.run([sys.executable, str(tools / "score_desk.py"), str(labels), *map(str, memos)],
                         capture_output=True, text=True, check=True).stdout
    return out.strip().replace("continuations: ", "")


def rewritten(path: Path, into: Path, events) -> Path:
    memo = json.loads(path.read_text(encoding="utf-8"))
    memo["events"] = events(memo["events"])
    into.write_text(json.dumps(memo, ensure_ascii=False), encoding="utf-8")
    return into


def all_new(events):
    return [dict(e, status="new", earlier=[]) for e in events]


def tfidf_baseline(memos: dict[str, dict], same: float, story: float) -> dict[str, list[dict]]:
    """Each day's events against every earlier day's by the TF-IDF cosine of their headlines."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    titles = [e["title"] for d in DAYS for e in memos[d]["events"]]
    vec = TfidfVectorizer(sublinear_tf=True).fit(titles)
    out = {}
    for n, d in enumerate(DAYS[1:], start=1):
        past = [(day, e) for day in DAYS[:n] for e in memos[day]["events"]]
        today = memos[d]["events"]
        sims = (vec.transform([e["title"] for e in today]) @ vec.transform([e["title"] for _, e in past]).T).toarray()
        marked = []
        for e, row in zip(today, sims):
            best = int(row.argmax())
            status = "update" if row[best] >= same else "follow-up" if row[best] >= story else "new"
            earlier = [{"sources": past[best][1]["sources"]}] if status != "new" else []
            marked.append(dict(e, status=status, earlier=earlier))
        out[d] = marked
    return out


def across_days(memos: dict[str, dict], into: Path) -> Path:
    """Page -> event across the window: an update takes its earlier event's label."""
    label: dict[str, str] = {}
    lines = []
    for d in DAYS:
        for e in memos[d]["events"]:
            key = f"{d}/{e['id']}"
            if e.get("status") == "update" and e.get("earlier"):
                key = label.get(e["earlier"][0]["event"], e["earlier"][0]["event"])
            label[f"{d}/{e['id']}"] = key
            lines += [json.dumps({"id": s, "event": key}) for s in e["sources"]]
    into.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return into


def grid(store: str) -> None:
    """The bars' grid, from the store the CLI wrote: day 17 (tuned) and day 18 (held out)."""
    import numpy as np

    from briefing.events.continuity import LinkThresholds, event_scores, link_events
    from briefing.records import Event
    from briefing.store import Store

    with Store(store) as s:
        events, pages = s.recent("2000-01-01")
    by_event = {}
    for p in pages:
        by_event.setdefault(p.event, []).append(p)
    parts = []
    for d in DAYS[1:]:
        past = [e for e in events if e.briefed < d]
        today = [e for e in events if e.briefed == d]
        evs = [Event(e.key, tuple(p.id for p in by_event[e.key])) for e in today]
        leads = {p.id: p.lead for e in today for p in by_event[e.key]}
        vecs = {p.id: np.frombuffer(p.vector, dtype=np.float32) for e in today for p in by_event[e.key]}
        dates = {p.id: p.date for e in today for p in by_event[e.key]}
        parts.append((d, evs, dates, event_scores(evs, leads, vecs, past, [p for p in pages if p.event in {e.key for e in past}]), past))
    return parts


def main() -> None:
    root = Path(sys.argv[1] if len(sys.argv) > 1 else os.environ.get("BRIEFING_EVAL", EVAL))
    window, tools = root / "window-dev", root / "tools"
    if not window.is_dir():
        sys.exit(f"missing dev data: {window} (pass the eval folder, or set BRIEFING_EVAL)")
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        folders = split_days(window, tmp)
        store = str(tmp / "desk.db")
        memos: dict[str, Path] = {}
        for d in DAYS:
            start = time.perf_counter()
            memos[d] = tmp / f"{d}.json"
            subprocess.run([str(BIN / "briefing"), "run", str(folders[d]), "--store", store, "-f", "json", "-o", str(memos[d]), "-q"], check=True)
            size = Path(store).stat().st_size + sum(p.stat().st_size for p in tmp.glob("desk.db-*"))
            print(f"day {d}: {len(list(folders[d].iterdir()))} pages, run {time.perf_counter() - start:5.1f} s, store {size / 1e6:.2f} MB")
        labels = window / "labels.tsv"
        loaded = {d: json.loads(memos[d].read_text(encoding="utf-8")) for d in DAYS}
        print("\ncontinuations (score_desk.py)        day 17 vs 16 (tuned)  |  day 18 vs 16-17 (held out)")
        print(f"  store (new/update/follow-up)       {score(tools, labels, memos[DAYS[1]])}\n"
              f"                                     {score(tools, labels, memos[DAYS[2]])}")
        new = [rewritten(memos[d], tmp / f"new-{d}.json", all_new) for d in DAYS[1:]]
        print(f"  every event new                    {score(tools, labels, new[0])}\n"
              f"                                     {score(tools, labels, new[1])}")
        best = None
        for same, story in itertools.product((0.3, 0.4, 0.5, 0.6, 0.7), (0.15, 0.2, 0.25, 0.3, 0.4)):
            if story > same:
                continue
            marked = tfidf_baseline(loaded, same, story)
            path = rewritten(memos[DAYS[1]], tmp / "tfidf-17.json", lambda _: marked[DAYS[1]])
            found = score(tools, labels, path)
            r, p = (float(re.search(rf"{k}=([\d.]+)", found).group(1)) for k in ("recall", "precision"))
            f1 = 2 * r * p / max(r + p, 1e-9)
            if best is None or f1 > best[0]:
                best = (f1, same, story)
        marked = tfidf_baseline(loaded, best[1], best[2])
        tf = [rewritten(memos[d], tmp / f"tfidf-{d}.json", lambda _, d=d: marked[d]) for d in DAYS[1:]]
        print(f"  TF-IDF headlines (bars {best[1]}/{best[2]}, best F1 on day 17)\n"
              f"                                     {score(tools, labels, tf[0])}\n"
              f"                                     {score(tools, labels, tf[1])}")

        gold = tmp / "events.tsv"
        gold.write_text("id\tevent\n" + "".join(
            f"{r.split(chr(9))[0]}\t{r.split(chr(9))[2]}\n" for r in labels.read_text(encoding="utf-8").splitlines()[1:]), encoding="utf-8")
        day_by_day = across_days(loaded, tmp / "days.jsonl")
        at_once = tmp / "once.jsonl"
        with at_once.open("w") as out:
            subprocess.run([str(BIN / "briefing"), "group", str(window / "text"), "--jsonl"], stdout=out, check=True)
        run_score = lambda pred: subprocess.run([sys.executable, str(tools / "score_day.py"), str(gold), str(pred)],
                                                capture_output=True, text=True, check=True).stdout.strip()
        print("\nevents across the three days (score_day.py)")
        print(f"  day by day, updates joined         {run_score(day_by_day)}")
        print(f"  `briefing group` on all three      {run_score(at_once)}")

        print("\nbars grid (same happening / same story), read from the store: recall precision kind")
        parts = grid(store)
        rows = [l.rstrip("\n").split("\t") for l in labels.open(encoding="utf-8")][1:]
        print_grid(parts, rows)


def print_grid(parts, rows) -> None:
    import collections

    from briefing.events.continuity import LinkThresholds, link_events

    date = {r[0]: r[1] for r in rows}; ev = {r[0]: r[2] for r in rows}; st = {r[0]: r[3] for r in rows}
    ev_days, st_days = collections.defaultdict(set), collections.defaultdict(set)
    for i in date:
        ev_days[ev[i]].add(date[i]); st_days[st[i]].add((date[i], ev[i]))
    for same, story in itertools.product((0.3, 0.4, 0.5, 0.6), (0.15, 0.18, 0.22, 0.25, 0.3)):
        cells = []
        for d, evs, dates, scores, past in parts:
            links = link_events(evs, dates, scores, past, LinkThresholds(same, story))
            g = f = pc = pr = kn = kr = 0
            for e in evs:
                ids = [i for i in e.article_ids if i in ev]
                day = max(date[i] for i in ids)
                ge = collections.Counter(ev[i] for i in ids).most_common(1)[0][0]
                gs = collections.Counter(st[i] for i in ids).most_common(1)[0][0]
                upd = any(x < day for x in ev_days[ge])
                gold = "update" if upd else "follow-up" if any(x < day and y != ge for x, y in st_days[gs]) else "new"
                link = links[e.id]
                earlier = [s for x in link.earlier for s in x.sources if s in ev]
                ok = any(ev[s] == ge for s in earlier) if gold == "update" else any(st[s] == gs for s in earlier)
                g += gold != "new"; f += gold != "new" and link.status != "new" and ok
                if link.status != "new":
                    pc += 1; pr += gold != "new" and ok
                    if gold != "new":
                        kn += 1; kr += link.status == gold
            cells.append(f"{f / max(g, 1):.2f} {pr / max(pc, 1):.2f} {kr}/{kn}")
        mark = " <- default" if LinkThresholds(same, story) == LinkThresholds() else ""
        print(f"  {same:.2f}/{story:.2f}   day 17: {cells[0]:16s} day 18: {cells[1]}{mark}")


if __name__ == "__main__":
    main()
