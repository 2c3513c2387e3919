"""A desk day after day: `briefing run DAY/ --store desk.db --format json` on
window-dev's three days (16, 17, 18 June 2020) into a fresh store, scored by
score_desk.py; day 17 against 16 is where the bars were tuned, day 18 against
16-17 the check. Beside it, in the same run:
- every event new: the same memos with no status (what a run without a store says);
- three days grouped at once: `briefing group` on the window, an event of day 2 or 3
  holding pages of an earlier day marked update of them;
- TF-IDF headlines: each event's headline against the stored events' headlines
  (cosine), bars tuned on day 17 the same way;
- grouping across the days, ARI by score_day.py against the window's events on
  16+17 (where the grouping's next-day factor was tuned), 17+18 (held out) and all
  three: each day's events with an update joined to its earlier event, beside
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
from collections import Counter
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


def short(line: str) -> str:
    """recall=0.765 (13/17) precision=... update-vs-follow-up=14/14 ... -> 'R 0.76 P 0.81 kind 14/14'."""
    r, p, k = (re.search(rf"{key}=([\d./]+)", line).group(1) for key in ("recall", "precision", "update-vs-follow-up"))
    return f"R {float(r):.2f} P {float(p):.2f} kind {k}"


def grouped_at_once(path: Path, labels: Path) -> dict[str, dict[str, list[str]]]:
    """`briefing group` on the three days: per day, its pages by event."""
    published = {r.split("\t")[0]: r.split("\t")[1] for r in labels.read_text(encoding="utf-8").splitlines()[1:]}
    out: dict[str, dict[str, list[str]]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        o = json.loads(line)
        out.setdefault(published[str(o["id"])], {}).setdefault(o["event"], []).append(str(o["id"]))
    return out


def day_memo(once: dict[str, dict[str, list[str]]], d: str, into: Path) -> Path:
    """A day's memo from the three days grouped at once: an event holding pages of an
    earlier day is an update of them (no follow-ups: grouping has no stories)."""
    events = []
    for key, pages in once[d].items():
        earlier = [i for day in DAYS if day < d for i in once.get(day, {}).get(key, [])]
        events.append({"id": key, "sources": pages, "status": "update" if earlier else "new",
                       "earlier": [{"sources": earlier}] if earlier else []})
    into.write_text(json.dumps({"events": events}), encoding="utf-8")
    return into


def ari(tools: Path, labels: Path, pred: Path, days: tuple[str, ...], tmp: Path) -> str:
    """score_day.py on the pages published on `days` only."""
    rows = [r.split("\t") for r in labels.read_text(encoding="utf-8").splitlines()[1:]]
    keep = {r[0] for r in rows if r[1] in days}
    gold, sub = tmp / "gold-part.tsv", tmp / "pred-part.jsonl"
    gold.write_text("id\tevent\n" + "".join(f"{r[0]}\t{r[2]}\n" for r in rows if r[0] in keep), encoding="utf-8")
    sub.write_text("".join(l + "\n" for l in pred.read_text(encoding="utf-8").splitlines()
                           if str(json.loads(l)["id"]) in keep), encoding="utf-8")
    out = subprocess.run([sys.executable, str(tools / "score_day.py"), str(gold), str(sub)],
                         capture_output=True, text=True, check=True).stdout
    a, p, r = (re.search(rf"{k}=([\d.]+)", out).group(1) for k in ("ARI", "pairP", "pairR"))
    return f"ARI {a} ({p}/{r})"


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


def joined_by_labels(memos: dict[str, dict], labels: Path, into: Path) -> Path:
    """Page -> event across the window, each day's event joined to the earlier event holding
    its labelled event's pages (what linking could reach at best, today's grouping as it is)."""
    gold = {r.split("\t")[0]: r.split("\t")[2] for r in labels.read_text(encoding="utf-8").splitlines()[1:]}
    home: dict[str, str] = {}  # labelled event -> the first memo event holding it
    lines = []
    for d in DAYS:
        found = {}
        for e in memos[d]["events"]:
            known = [gold[s] for s in e["sources"] if s in gold]
            # the labelled event most of its pages report; a tie goes to the first page's (a set's order
            # would change with the string hashes from one run to the next)
            top = Counter(known).most_common(1)[0][0] if known else None
            key = home.get(top, f"{d}/{e['id']}")
            found.setdefault(top, key)
            lines += [json.dumps({"id": s, "event": key}) for s in e["sources"]]
        home.update({k: v for k, v in found.items() if k not in home})
    into.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return into


def grid(store: str) -> None:
    """The bars' grid, from the store the CLI wrote: day 17 (tuned) and day 18 (held out)."""
    import numpy as np

    from briefing.events.continuity import event_scores
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
        bodies = {p.id: p.body for e in today for p in by_event[e.key]}
        stored = [p for p in pages if p.event in {e.key for e in past}]
        parts.append((d, evs, dates, event_scores(evs, leads, vecs, past, stored, bodies=bodies), past))
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
        at_once = tmp / "once.jsonl"
        with at_once.open("w") as out:
            subprocess.run([str(BIN / "briefing"), "group", str(window / "text"), "--jsonl"], stdout=out, check=True)

        def row(name: str, paths: list[Path]) -> None:
            cells = [short(score(tools, labels, p)) for p in paths]
            print(f"  {name:34s} {cells[0]:28s} | {cells[1]}")

        print("\ncontinuations (score_desk.py: recall, precision, update told from follow-up)")
        print(f"  {'':34s} {'day 17 vs 16 (tuned)':28s} | day 18 vs 16-17 (held out)")
        row("store (new/update/follow-up)", [memos[d] for d in DAYS[1:]])
        row("every event new", [rewritten(memos[d], tmp / f"new-{d}.json", all_new) for d in DAYS[1:]])
        once = grouped_at_once(at_once, labels)
        row("three days grouped at once", [day_memo(once, d, tmp / f"once-{d}.json") for d in DAYS[1:]])
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
        row(f"TF-IDF headlines (bars {best[1]}/{best[2]})",
            [rewritten(memos[d], tmp / f"tfidf-{d}.json", lambda _, d=d: marked[d]) for d in DAYS[1:]])

        day_by_day = across_days(loaded, tmp / "days.jsonl")
        print("\nevents across the days (score_day.py: ARI, pair precision / recall)")
        print(f"  {'':34s} {'16+17 (tuned)':22s} | {'17+18 (held out)':22s} | all three")
        ceiling = joined_by_labels(loaded, labels, tmp / "ceiling.jsonl")
        for name, pred in (("day by day, updates joined", day_by_day), ("`briefing group` on all three", at_once),
                           ("day by day, joined by the labels", ceiling)):
            cells = [ari(tools, labels, pred, days, tmp) for days in (DAYS[:2], DAYS[1:], DAYS)]
            print(f"  {name:34s} {cells[0]:22s} | {cells[1]:22s} | {cells[2]}")
        print("  (`briefing group` tuned on 16+17 grouped together, checked on 17+18; day-dev is 18 June alone;")
        print("   joined by the labels: the best linking can do with each day's own grouping as it is)")
        period_memo(store, window, tools, labels, tmp)
        story_search(store, window)

        print("\nbars grid (same happening / same story), read from the store: recall precision kind")
        parts = grid(store)
        rows = [l.rstrip("\n").split("\t") for l in labels.open(encoding="utf-8")][1:]
        print_grid(parts, rows)


def period_memo(store: str, window: Path, tools: Path, labels: Path, tmp: Path) -> None:
    """The three days' memo from the store alone (no INPUT, --since/--until), beside the
    same memo from the window's pages read again (`briefing run window-dev/text`): its
    events against the window's (score_day.py) and its claims against the pages (audit_memo.py)."""
    print("\nthe period's memo (16-18 June): from the store alone | from the pages")
    cells = []
    for name, source in (("store", ["--store", store, "--since", DAYS[0], "--until", DAYS[-1]]),
                         ("pages", [str(window / "text")])):
        memo = tmp / f"period-{name}.json"
        start = time.perf_counter()
        subprocess.run([str(BIN / "briefing"), "run", *source, "-f", "json", "-o", str(memo), "-q"], check=True)
        took = time.perf_counter() - start
        events = json.loads(memo.read_text(encoding="utf-8"))["events"]
        pages = tmp / f"period-{name}.jsonl"
        pages.write_text("".join(json.dumps({"id": i, "event": e["id"]}) + "\n" for e in events for i in e["sources"]),
                         encoding="utf-8")
        audit = subprocess.run([sys.executable, str(tools / "audit_memo.py"), str(memo), str(window / "text"), "-q"],
                               capture_output=True, text=True, check=True).stdout.split()
        kept = [a for a in audit if a.split("=")[0] in ("points_unsupported", "cites_unsupported", "actors_wrong", "figures_bad")]
        cells.append(f"{took:4.1f} s, {len(events)} events, {ari(tools, labels, pages, DAYS, tmp)}, {' '.join(kept)}")
    print(f"  store: {cells[0]}\n  pages: {cells[1]}")


def story_search(store: str, window: Path) -> None:
    """`briefing story TEXT --store` with each of window-dev's 25 story descriptions (English, by
    the labellers; the pages are French), whole and up to its first colon: is the story shown
    first the labelled one (the story most of its pages belong to)?"""
    story_of = {r[0]: r[3] for r in (l.rstrip("\n").split("\t") for l in (window / "labels.tsv").open(encoding="utf-8")) if r[0] != "id"}
    stories = [l.rstrip("\n").split("\t") for l in (window / "stories.tsv").open(encoding="utf-8")][1:]
    print("\nstory search (`briefing story DESCRIPTION`): the labelled story first")
    for name, cut in (("whole description", lambda d: d), ("up to its first colon", lambda d: d.split(":")[0])):
        right, scores = 0, []
        for key, _, description in stories:
            out = subprocess.run([str(BIN / "briefing"), "story", cut(description), "--store", store, "--json"],
                                 capture_output=True, text=True, check=True).stdout
            found = json.loads(out)
            pages = [p["id"] for e in found["events"] for p in e["sources"]]
            right += Counter(story_of.get(p) for p in pages).most_common(1)[0][0] == key
            scores.append(found["relevance"])
        print(f"  {name:24s} {right}/{len(stories)} (relevance {min(scores):.2f}-{max(scores):.2f})")


def print_grid(parts, rows) -> None:
    import collections

    from briefing.events.continuity import LinkThresholds, link_events

    date = {r[0]: r[1] for r in rows}; ev = {r[0]: r[2] for r in rows}; st = {r[0]: r[3] for r in rows}
    ev_days, st_days = collections.defaultdict(set), collections.defaultdict(set)
    for i in date:
        ev_days[ev[i]].add(date[i]); st_days[st[i]].add((date[i], ev[i]))
    for same, story in itertools.product((0.4, 0.5, 0.6, 0.7), (0.16, 0.18, 0.2, 0.22, 0.24, 0.26)):
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
