"""Grouping benchmark: `briefing group --jsonl` beside TF-IDF average link, tuned here, checked there.

    .venv/bin/python benchmarks/group.py [--skip-quality] [--skip-tuning] [--skip-scale] [--full-scale]

1. The shipped settings through the CLI: day-dev text and HTML pages (ARI,
   pairwise precision/recall, groups for 99 gold events), headlines-dev (all,
   then each category), the seeds. Baseline in the same run: scikit-learn's
   default TF-IDF, cosine, average link; on day-dev at distance 0.5 (the eval
   README's anchor) on the site's clean text and on our cleaned text, on
   headlines at the distance tuned on the other category.
2. Tuned on one part, checked on another (same code as the CLI, in-process so
   the grid is fast): the grouping's three knobs (shared-neighbour k, its gate,
   the merge bar) chosen on day-dev then scored on headlines-dev and the seeds,
   and the other way round; one category for the other; one half of day-dev
   (split by event) for the other. The baseline's distance goes through the
   same protocol. Then the score across the grid around the shipped setting.
   Last, the bridge bar (a merge one text carries alone) through the CLI on
   day-dev, window-dev's 16 and 17 June each alone and its three days at once,
   and headlines-dev.
3. Scale through the CLI: the first 500/1,000 pages of eval/scale/text
   (cleaning and embedding included) and 2,500/5,000 headline-like lines from
   those pages (--full-scale: also 2,000/3,000 pages and 10,000 lines): seconds, peak RSS, time ratio per
   doubling. The machine is shared: compare ratios, not seconds.
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import sys
import tempfile
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import _group_eval as ev  # noqa: E402
from _bridge_group import bridge_grid  # noqa: E402

CATEGORIES = ("science_tech", "sports")
BASELINE_GRID = [round(x, 3) for x in np.arange(0.3, 0.96, 0.025)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--skip-quality", action="store_true")
    parser.add_argument("--skip-tuning", action="store_true")
    parser.add_argument("--skip-scale", action="store_true")
    parser.add_argument("--full-scale", action="store_true",
                        help="scale up to 3,000 pages and 10,000 lines (make bench stops at 1,000 and 5,000)")
    args = parser.parse_args()
    labels = ev.day_labels()
    rows = ev.headline_rows()
    if not args.skip_quality:
        cli_quality(labels, rows)
        other_days()
    if not args.skip_tuning:
        tuning(labels, rows)
        bridge_grid(labels, rows)
    if not args.skip_scale:
        scale(args.full_scale)


def cli_quality(labels: dict[str, str], rows: list[dict]) -> None:
    ids = sorted(labels)
    gold = [labels[i] for i in ids]
    print("== 1. through `briefing group --jsonl` (shipped settings)")
    print(f"{'day-dev (99 events)':<34}{'ARI':>6}{'pairP':>7}{'pairR':>7}{'groups':>7}  time")
    site = ev.day_site_text()
    anchor = ev.scores(gold, ev.TfidfBaseline([site[i] for i in ids]).labels(0.5))
    _row("TF-IDF d=0.5, site's clean text", anchor)
    for kind in ("text", "html"):
        pred, seconds, _, _ = ev.cli_group([str(ev.DAY / kind)])
        _row(f"briefing group {kind}", ev.scores(gold, [pred.get(i, "missing-" + i) for i in ids]), seconds)
        with tempfile.TemporaryDirectory() as tmp:
            halves = [ev.cli_group([str(ev.subset_folder(Path(tmp), ev.DAY / kind, half))])[0] for half in ev.day_halves(labels)]
        print(f"{'':<4}each half of the events on its own: ARI "
              + " / ".join(f"{ev.ari_on(h, labels, p):.3f}" for h, p in zip(ev.day_halves(labels), halves)))
        ours = ev.cleaned(ev.DAY / kind)
        base = ev.TfidfBaseline([ours[i] for i in ids]).labels(0.5)
        _row(f"TF-IDF d=0.5, our cleaned {kind}", ev.scores(gold, base))

    texts, stories, cats = [r["headline"] for r in rows], [r["story"] for r in rows], [r["category"] for r in rows]
    pred, seconds, _, _ = ev.cli_group([], [{"id": str(i), "text": t} for i, t in enumerate(texts)])
    ours = [pred[str(i)] for i in range(len(rows))]
    baseline = ev.TfidfBaseline(texts)
    print(f"\nheadlines-dev ({len(rows)} lines, {len(set(stories))} stories): ARI, all together, then by category")
    print(f"{'':<34}{'all':>7}" + "".join(f"{c:>14}" for c in CATEGORIES))
    print(f"{'briefing group --jsonl':<34}{_ari(stories, ours):>7.3f}" + "".join(f"{_ari(stories, ours, cats, c):>14.3f}" for c in CATEGORIES) + f"   {seconds:.1f} s")
    for tune in CATEGORIES:
        held = next(c for c in CATEGORIES if c != tune)
        d = max(BASELINE_GRID, key=lambda x: _ari(stories, baseline.labels(x), cats, tune))
        pred_b = baseline.labels(d)
        print(f"{f'TF-IDF d={d:.3f} (tuned on {tune[:5]})':<34}{_ari(stories, pred_b):>7.3f}"
              + "".join(f"{_ari(stories, pred_b, cats, c):>13.3f}{'*' if c == held else ' '}" for c in CATEGORIES))
    print("  (* held out)")

    with tempfile.TemporaryDirectory() as tmp:
        folder = ev.scale_folder(Path(tmp), 250)
        pred = ev.cli_group([str(folder)])[0]
        cleaned = ev.cleaned(folder)
    base = dict(zip(sorted(cleaned), ev.TfidfBaseline([cleaned[i] for i in sorted(cleaned)]).labels(0.5)))
    print("\n250 pages drawn from ten years (scale/text, no labels: nearly all distinct events):")
    for name, found in (("briefing group", pred), ("TF-IDF d=0.5, our cleaned text", base)):
        sizes = np.bincount(np.unique(list(found.values()), return_inverse=True)[1])
        print(f"  {name:<32} {len(sizes)} groups; {int(sizes[sizes > 1].sum())} pages in {int((sizes > 1).sum())} groups of 2+")

    groups, related = ev.related_of_seeds(ev.cli_group_text([str(ROOT / "seeds")]))
    print(f"\nseeds: groups {groups}; related {related}")
    print("  expected: [['000', '001'], ['002'], ['003'], ['004']]; related [('003', '004')]")


def other_days() -> None:
    """Held out: the other days of window-dev (16 and 17 June 2020; day-dev is
    its 18 June), each grouped alone through the CLI and scored by the eval's
    tools/score_day.py on window-dev's labels of that day, beside the TF-IDF
    anchor at d=0.5 on the site's clean text of the same pages."""
    import csv
    import subprocess

    window, tool = ev.eval_file("window-dev"), ev.eval_file("tools") / "score_day.py"
    with (window / "labels.tsv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    site = {}
    for line in (window / "gold.jsonl").open(encoding="utf-8"):
        o = json.loads(line)
        site[str(o["id"])] = "\n".join(filter(None, [o.get("title"), o.get("heading"), o.get("article")]))
    print("\nheld out: the other days of window-dev, each grouped alone (tools/score_day.py)")
    for day in ("2020-06-16", "2020-06-17"):
        labels = {r["id"]: r["event"] for r in rows if r["date"] == day}
        ids = sorted(labels)
        with tempfile.TemporaryDirectory() as tmp:
            folder = ev.subset_folder(Path(tmp), window / "text", ids)
            pred, seconds, _, _ = ev.cli_group([str(folder)])
            (Path(tmp) / "labels.tsv").write_text("id\tevent\n" + "".join(f"{i}\t{labels[i]}\n" for i in ids), encoding="utf-8")
            (Path(tmp) / "pred.jsonl").write_text("".join(json.dumps({"id": i, "event": e}) + "\n" for i, e in pred.items()), encoding="utf-8")
            scored = subprocess.run([sys.executable, str(tool), str(Path(tmp) / "labels.tsv"), str(Path(tmp) / "pred.jsonl")],
                                    capture_output=True, text=True, check=True).stdout.strip()
        base = ev.scores([labels[i] for i in ids], ev.TfidfBaseline([site.get(i, "") for i in ids]).labels(0.5))
        print(f"  {day} ({len(ids)} pages, {len(set(labels.values()))} events): briefing group {scored} ({seconds:.1f} s)")
        print(f"  {'':10} TF-IDF d=0.5, site's clean text: ARI={base['ari']:.3f} pairP={base['p']:.3f} pairR={base['r']:.3f} groups={base['groups']}")


def tuning(labels: dict[str, str], rows: list[dict]) -> None:
    from dataclasses import replace

    from briefing.events.grouping import Thresholds, cluster
    from briefing.events.similarity import Weights

    print("\n== 2. tuned on one part, checked on another (in-process, the CLI's code)")
    sets = {"day text": ev.prepared(ev.DAY / "text"), "day html": ev.prepared(ev.DAY / "html"),
            "headlines": ev.prepared_lines([r["headline"] for r in rows]), "seeds": ev.prepared(ROOT / "seeds")}
    for half, ids in zip("AB", ev.day_halves(labels)):  # each half clustered on its own
        for kind in ("text", "html"):
            sets[f"day {kind} {half}"] = ev.subset_of(sets[f"day {kind}"], set(ids))
    day_ids = sets["day text"][0]
    stories = [r["story"] for r in rows]
    cats = [r["category"] for r in rows]
    shipped_w, shipped_t = Weights(), Thresholds()
    bars = (0.1, 0.15, 0.2, 0.25, 0.3)
    grid = [(0, shipped_w.gate, bar) for bar in bars]
    grid += list(itertools.product((3, 4, 5), (0.15, 0.2, 0.25, 0.3), bars))

    def run(setting):
        k, gate, bar = setting
        w, t = replace(shipped_w, neighbours=k, gate=gate), replace(shipped_t, same_event=bar)
        out = {}
        for name, (ids, leads, bodies, vectors, dates) in sets.items():
            found, related = cluster(leads, bodies, vectors, dates, w, t)
            out[name] = dict(zip(ids, map(str, found)))
            if name == "seeds":
                out["seeds ok"] = _seeds_ok(ids, found, related)
        return out

    results = {s: run(s) for s in grid}
    half_a, half_b = ev.day_halves(labels)
    headline_ids = [str(i) for i in range(len(rows))]
    gold_lines = dict(zip(headline_ids, stories))

    def metric(res, part):
        if part == "day":
            return np.mean([ev.ari_on(day_ids, labels, res[k]) for k in ("day text", "day html")])
        if part in ("day A", "day B"):
            ids = half_a if part == "day A" else half_b
            return np.mean([ev.ari_on(ids, labels, res[f"{k} {part[-1]}"]) for k in ("day text", "day html")])
        if part == "day+headlines":
            return (metric(res, "day") + metric(res, "headlines")) / 2
        if part == "headlines":
            return ev.ari_on(headline_ids, gold_lines, res["headlines"])
        cat_ids = [i for i, c in zip(headline_ids, cats) if c == part]
        return ev.ari_on(cat_ids, gold_lines, res["headlines"])

    parts = ["day", "headlines", *CATEGORIES, "day A", "day B"]
    print(f"{'tuned on':<13}{'k, gate, bar':<16}" + "".join(f"{p[:9]:>10}" for p in parts) + "  seeds")
    shipped = (shipped_w.neighbours, shipped_w.gate, shipped_t.same_event)
    for tune in ["(shipped)", "day+headlines", "day", "headlines", *CATEGORIES, "day A", "day B"]:
        best = shipped if tune == "(shipped)" else max(grid, key=lambda s: round(metric(results[s], tune), 3))
        res = results[best]
        cells = "".join(f"{metric(res, p):>9.3f}{'*' if tune not in ('(shipped)', p) else ' '}" for p in parts)
        print(f"{tune[:12]:<13}{str(best):<16}{cells}  {'ok' if res['seeds ok'] else 'WRONG'}")
    print("  (* not tuned on it; 'day' is the mean of text and HTML; day A, day B: each half of the events clustered on its own)")
    _baseline_protocol(labels, rows, day_ids)
    print("\nARI around the shipped setting (k, gate, bar):")
    for label, settings in [("bar", [(shipped[0], shipped[1], b) for b in bars]),
                            ("gate", [(shipped[0], g, shipped[2]) for g in (0.15, 0.2, 0.25, 0.3)]),
                            ("k", [(k, shipped[1], shipped[2]) for k in (0, 3, 4, 5)])]:
        for s in settings:
            print(f"  {label:<5}{str(s):<18}" + "".join(f"{p[:9]} {metric(results[s], p):.3f}  " for p in parts[:4]))


def _baseline_protocol(labels, rows, day_ids) -> None:
    site, texts = ev.day_site_text(), [r["headline"] for r in rows]
    ours = ev.cleaned(ev.DAY / "text")
    day_gold = [labels[i] for i in day_ids]
    day_site = ev.TfidfBaseline([site[i] for i in day_ids])
    day_ours = ev.TfidfBaseline([ours[i] for i in day_ids])
    lines = ev.TfidfBaseline(texts)
    stories = [r["story"] for r in rows]
    score = {
        "day (site text)": lambda d: ev.scores(day_gold, day_site.labels(d))["ari"],
        "day (our text)": lambda d: ev.scores(day_gold, day_ours.labels(d))["ari"],
        "headlines": lambda d: _ari(stories, lines.labels(d)),
    }
    print("TF-IDF baseline, same protocol (distance tuned on one, ARI on each):")
    for tune in ("day (site text)", "headlines"):
        d = max(BASELINE_GRID, key=score[tune])
        print(f"  tuned on {tune:<16} d={d:.3f}: " + "  ".join(f"{k} {f(d):.3f}{'' if k == tune else '*'}" for k, f in score.items()))


def scale(full: bool = False) -> None:
    print("\n== 3. scale through the CLI (cleaning, embedding, grouping; one run each; machine shared)")
    pages, lines = ((500, 1000, 2000, 3000), (2500, 5000, 10000)) if full else ((500, 1000), (2500, 5000))
    print(f"{'input':<28}{'n':>7}{'wall s':>8}{'CPU s':>8}{'peak MiB':>10}{'x per doubling (wall, CPU)':>28}")
    with tempfile.TemporaryDirectory() as tmp:
        previous = None
        for n in pages:
            _, *run = ev.cli_group([str(ev.scale_folder(Path(tmp), n))])
            previous = _scale_row("scale/text pages (folder)", n, *run, previous)
    previous = None
    for n in lines:
        _, *run = ev.cli_group([], ev.headline_lines(n))
        previous = _scale_row("headline lines (stdin)", n, *run, previous)


def _scale_row(name, n, seconds, cpu, peak, previous):
    ratio = ""
    if previous:
        n0, s0, c0 = previous
        per = 1 / math.log2(n / n0)
        ratio = f"{(seconds / s0) ** per:.2f}x, {(cpu / c0) ** per:.2f}x"
    print(f"{name:<28}{n:>7}{seconds:>8.1f}{cpu:>8.1f}{peak:>10}{ratio:>28}")
    return n, seconds, cpu


def _seeds_ok(ids, found, related) -> bool:
    groups = sorted(sorted(i for i, x in zip(ids, found) if x == label) for label in set(found))
    label = dict(zip(ids, found))
    return groups == [["000", "001"], ["002"], ["003"], ["004"]] and related == {tuple(sorted((label["003"], label["004"])))}


def _ari(gold, pred, cats=None, cat=None) -> float:
    from sklearn.metrics import adjusted_rand_score

    idx = [i for i in range(len(gold)) if cats is None or cats[i] == cat]
    return adjusted_rand_score([gold[i] for i in idx], [pred[i] for i in idx])


def _row(name: str, s: dict, seconds: float | None = None) -> None:
    time_cell = f"  {seconds:.1f} s" if seconds is not None else ""
    print(f"{name:<34}{s['ari']:>6.3f}{s['p']:>7.3f}{s['r']:>7.3f}{s['groups']:>7}{time_cell}")


if __name__ == "__main__":
    main()
