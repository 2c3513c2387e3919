"""The memo of a day's crawl and --about, through `briefing run` on day-dev.

    .venv/bin/python benchmarks/memo.py [--baseline main] [--sweep] [--day DIR] [--pages text|html] [--crawl N ...]

Prints, for the day's memo: words before the sources list (in the .docx, as a
reader gets it), events in full and in one line, the share of event headlines
equal to one of their sources' site titles (gold.jsonl), the share of full
events with several sources, how many of the first 10 events several pages
report, leads and points that are page furniture, the memo title, and time.
Then, for subjects written from labels.tsv's events, `briefing run --about`:
the pages kept (its sources list) against the labelled event's pages,
precision and recall, on the subjects the threshold was chosen on and on the
others. --sweep scores every page for every subject (from `briefing clean
--jsonl`) and prints P/R over thresholds: the tuned subjects choose one, the
held-out ones are read at it. --baseline REF runs the same day through the
code of a git ref (git archive into a temporary folder) beside this one.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import BIN, EVAL, ROOT
from _memo_read import bare_lead, docx_words_before_sources, matches_site_title

sys.path.insert(0, str(ROOT / "src"))

# Subjects a user would type for labelled events of day-dev (not their titles).
TUNED = {
    "loi Avia": "loi-avia", "Vera Lynn": "vera-lynn", "tensions à Dijon": "dijon",
    "appel du 18 juin": "appel-18-juin", "Covid-19 à Pékin": "pekin-covid",
    "tableau volé de Van Gogh": "van-gogh", "relocalisation du paracétamol": "paracetamol",
    "livre de John Bolton": "bolton", "Baclocur": "baclocur", "Jean-Pierre Pernaut": "pernaut",
}
HELD_OUT = {
    "discriminations des personnes noires": "cncdh", "personnes déplacées dans le monde": "deplaces-onu",
    "boycott de Facebook": "boycott-facebook", "Bixente Lizarazu": "lizarazu",
    "déchets plastiques en Thaïlande": "thailande-plastique", "manifestation des soignants à l'hôpital": "hopital-soignants",
    "Benoît XVI": "benoit-xvi", "policier inculpé à Atlanta": "atlanta",
    "homme tué par balles à Ajaccio": "ajaccio", "test obligatoire pour l'avion en Equateur": "equateur",
}
# Held out from the threshold's choice in another way: subjects for events of
# another day (window-dev, 16 June 2020), written here before this benchmark
# first ran them (2026-12-06), so neither the words nor the pages were seen.
ANOTHER_DAY = "2020-06-16"
ANOTHER_DAY_SUBJECTS = {
    "violences à Dijon": "dijon-violences", "audition de Jérôme Salomon": "commission-enquete-salomon",
    "mobilisation du personnel hospitalier": "soignants-manifestation", "mousson en Inde": "inde-mousson",
    "dexaméthasone": "dexamethasone-recovery", "Roger Borniche": "mort-borniche",
    "bureau de liaison intercoréen": "coree-bureau-liaison", "procès du Mediator": "mediator-caisses",
    "Macron chez Sanofi": "macron-sanofi", "reconstruction de Notre-Dame": "notre-dame-travaux",
}
WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
BYLINE_WORDS = ("publié", "mis à jour", "afp", "reuters", "par ")


def briefing(python_path: str | None) -> tuple[list[str], dict]:
    """The command and environment that run `briefing` (this tree, or an archived ref)."""
    if python_path is None:
        return [str(BIN / "briefing")], dict(os.environ)
    env = dict(os.environ, PYTHONPATH=str(Path(python_path) / "src"), BRIEFING_PROMPTS_DIR=str(Path(python_path) / "prompts"))
    return [sys.executable, "-m", "briefing"], env


def run(cmd: list[str], env: dict, *args: str) -> tuple[float, subprocess.CompletedProcess]:
    start = time.perf_counter()
    done = subprocess.run([*cmd, *args], env=env, capture_output=True, text=True)
    return time.perf_counter() - start, done


def day_memo(label: str, cmd: list[str], env: dict, pages: Path, gold: dict[str, dict]) -> None:
    from briefing.brief.furniture import is_furniture

    with tempfile.TemporaryDirectory() as tmp:
        wall, done = run(cmd, env, "run", str(pages), "-o", f"{tmp}/memo.docx", "-q")
        if done.returncode != 0:
            print(f"{label:9s} run failed: {done.stderr.strip()[:300]}")
            return
        _, done = run(cmd, env, "run", str(pages), "-o", f"{tmp}/memo.json", "-q")
        memo = json.loads(Path(f"{tmp}/memo.json").read_text(encoding="utf-8"))
        words = docx_words_before_sources(Path(f"{tmp}/memo.docx"))
    events = memo["events"]
    full = [e for e in events if e.get("detailed", True)]
    matches = [[matches_site_title(e["title"], gold.get(i, {}).get("title")) for i in e["sources"]] for e in events]
    same_title = sum(any(m[0] for m in found) for found in matches)
    up_to_suffix = sum(any(m[1] for m in found) for found in matches)
    several = sum(len(e["sources"]) > 1 for e in full)
    first10 = sum(len(e["sources"]) > 1 for e in events[:10])
    texts = [bare_lead(e["lead"]) for e in events] + [p["text"] for e in events for p in e["key_points"]]
    furniture = sum(is_furniture(t) for t in texts if t)
    title = memo["title"].lower()
    bad_title = any(w in title for w in WEEKDAYS) or any(w in title for w in BYLINE_WORDS)
    print(
        f"{label:9s} words before sources {words:5d} (goal <= 3000) | events {len(events)}: {len(full)} in full, "
        f"{len(events) - len(full)} one line | headline = a source's site title {same_title / max(1, len(events)):5.1%} "
        f"({up_to_suffix / max(1, len(events)):5.1%} once the site's suffix is cut; goal >= 95%) | "
        f"full events with several sources {several}/{len(full)} | first 10 with several pages {first10}/10 (goal >= 8) | "
        f"furniture leads/points {furniture} | title {'weekday/byline!' if bad_title else 'ok'}: \"{memo['title']}\" | time {wall:5.1f} s"
    )


def _pr(kept: set[str], wanted: set[str]) -> tuple[float, float]:
    hit = len(kept & wanted)
    return (hit / len(kept) if kept else 0.0), hit / len(wanted)


def about(cmd: list[str], env: dict, pages: Path, pages_of: dict[str, set[str]], subjects: dict[str, str], name: str) -> None:
    precisions, recalls = [], []
    with tempfile.TemporaryDirectory() as tmp:
        for subject, event in subjects.items():
            _, done = run(cmd, env, "run", str(pages), "--about", subject, "-o", f"{tmp}/a.json", "-q")
            if done.returncode == 2 and "nothing on" in done.stderr:
                kept, title = set(), "(nothing kept)"
            elif done.returncode != 0:
                print(f"  {subject!r}: run failed: {done.stderr.strip()[:200]}")
                continue
            else:
                memo = json.loads(Path(f"{tmp}/a.json").read_text(encoding="utf-8"))
                kept, title = {s["id"] for s in memo["sources"]}, memo["title"]
            p, r = _pr(kept, pages_of[event])
            precisions.append(p)
            recalls.append(r)
            print(f"  {name:8s} {subject:42s} kept {len(kept):3d} / event {len(pages_of[event]):2d}  P {p:4.2f} R {r:4.2f}  {title}")
    n = max(1, len(precisions))
    print(f"--about {name:8s} mean precision {sum(precisions) / n:4.2f} (goal >= 0.8), mean recall {sum(recalls) / n:4.2f} (goal >= 0.9), "
          f"subjects meeting both {sum(p >= 0.8 and r >= 0.9 for p, r in zip(precisions, recalls))}/{len(precisions)}")


def another_day(here: tuple[list[str], dict], window: Path, kind: str) -> None:
    """--about on the pages of another day of window-dev, its own subjects."""
    pages_of: dict[str, set[str]] = {}
    with (window / "labels.tsv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            if row["date"] == ANOTHER_DAY:
                pages_of.setdefault(row["event"], set()).add(row["id"])
    suffix = ".txt" if kind == "text" else ".html"
    with tempfile.TemporaryDirectory() as tmp:
        for page in (p for ids in pages_of.values() for p in ids):
            (Path(tmp) / f"{page}{suffix}").symlink_to(window / kind / f"{page}{suffix}")
        print(f"--about on {ANOTHER_DAY} (window-dev, {sum(map(len, pages_of.values()))} pages), subjects written before the run:")
        about(*here, Path(tmp), pages_of, ANOTHER_DAY_SUBJECTS, "other day")


def sweep(cmd: list[str], env: dict, pages: Path, pages_of: dict[str, set[str]]) -> None:
    """P/R over thresholds, as `run --about` keeps pages: the events (from
    `briefing group --jsonl`) with a page scoring at or above the threshold
    (pages from `briefing clean --jsonl`). The tuned subjects choose it; the
    held-out ones are read at it."""
    import numpy as np

    from briefing.records import Article
    from briefing.select.subject import THRESHOLD, relevance
    from briefing.text.embed import get_embedder

    _, done = run(cmd, env, "clean", str(pages), "--jsonl", "-q")
    rows = [json.loads(line) for line in done.stdout.splitlines()]
    articles = [Article(r["id"], r["text"], title=r["title"], date=r["date"]) for r in rows]
    _, done = run(cmd, env, "group", str(pages), "--jsonl", "-q")
    event_of = {r["id"]: r["event"] for r in map(json.loads, done.stdout.splitlines())}
    embedder = get_embedder()
    ids = [a.id for a in articles]

    def table(subjects: dict[str, str]) -> dict[float, tuple[float, float, int]]:
        out = {}
        scored = {s: relevance(s, articles, embedder) for s in subjects}
        for threshold in np.arange(0.20, 0.62, 0.02):
            ps, rs = [], []
            for subject, event in subjects.items():
                on = {event_of[i] for i, v in zip(ids, scored[subject]) if v >= threshold}
                p, r = _pr({i for i in ids if event_of[i] in on}, pages_of[event])
                ps.append(p)
                rs.append(r)
            met = sum(p >= 0.8 and r >= 0.9 for p, r in zip(ps, rs))
            out[round(float(threshold), 2)] = (float(np.mean(ps)), float(np.mean(rs)), met)
        return out

    tuned, held = table(TUNED), table(HELD_OUT)
    chosen, reverse = _middle_of_best(tuned), _middle_of_best(held)
    print(f"sweep     threshold | tuned P   R  met | held-out P   R  met   (in use: {THRESHOLD:.2f})")
    for t in tuned:
        mark = "  <- middle of the best run on the tuned subjects" if t == chosen else ""
        print(f"          {t:9.2f} | {tuned[t][0]:5.2f} {tuned[t][1]:4.2f} {tuned[t][2]:2d}/{len(TUNED)} | {held[t][0]:8.2f} {held[t][1]:4.2f} {held[t][2]:2d}/{len(HELD_OUT)}{mark}")
    print(f"          the other way round: chosen on the held-out subjects {reverse:.2f}, "
          f"tuned subjects there {tuned[reverse][2]}/{len(TUNED)} (P {tuned[reverse][0]:.2f} R {tuned[reverse][1]:.2f})")


def _middle_of_best(table: dict[float, tuple[float, float, int]]) -> float:
    """The threshold in the middle of the run where most subjects meet both goals (the widest margin)."""
    top = max(v[2] for v in table.values())
    best = [t for t in table if table[t][2] == top]
    return best[len(best) // 2]


def archived(ref: str, into: str) -> str:
    """The tree of `ref`, extracted into `into`."""
    data = subprocess.run(["git", "-C", str(ROOT), "archive", ref], capture_output=True, check=True).stdout
    subprocess.run(["tar", "-x", "-C", into], input=data, check=True)
    return into


def crawl_memo(label: str, cmd: list[str], env: dict, n: int) -> None:
    """Words before the sources list and events listed, for the first n pages of scale/text
    (a week and more of the site: hundreds of events)."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "pages"
        folder.mkdir()
        for path in sorted((EVAL / "scale" / "text").glob("*.txt"))[:n]:
            (folder / path.name).symlink_to(path)
        wall, done = run(cmd, env, "run", str(folder), "-o", f"{tmp}/memo.docx", "-q")
        if done.returncode != 0:
            print(f"{label:9s} run failed: {done.stderr.strip()[:300]}")
            return
        run(cmd, env, "run", str(folder), "-o", f"{tmp}/memo.json", "-q")
        events = json.loads(Path(f"{tmp}/memo.json").read_text(encoding="utf-8"))["events"]
        words = docx_words_before_sources(Path(f"{tmp}/memo.docx"))
    listed = sum(e.get("listed", True) for e in events)
    print(f"{label:9s} {n:5d} scale pages: words before sources {words:5d} (goal <= 3000) | events {len(events)}, "
          f"listed {listed}, counted in one line {len(events) - listed} | time {wall:5.1f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--day", type=Path, default=EVAL / "day-dev")
    parser.add_argument("--pages", default="text", choices=("text", "html"), help="which copy of the day's pages to read")
    parser.add_argument("--baseline", help="a git ref to run beside this tree, e.g. main")
    parser.add_argument("--sweep", action="store_true", help="print P/R over thresholds for the --about scores")
    parser.add_argument("--no-about", action="store_true", help="only the day's memo")
    parser.add_argument("--crawl", type=int, nargs="*", default=[], metavar="N",
                        help="also the memo of the first N pages of eval/scale/text, e.g. --crawl 500 3000")
    parser.add_argument("--window", type=Path, default=EVAL / "window-dev", help="for --about on another day")
    args = parser.parse_args()
    pages = args.day / args.pages
    gold = {r["id"]: r for r in map(json.loads, (args.day / "gold.jsonl").read_text(encoding="utf-8").splitlines())}
    pages_of: dict[str, set[str]] = {}
    with (args.day / "labels.tsv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            pages_of.setdefault(row["event"], set()).add(row["id"])
    here = briefing(None)
    with tempfile.TemporaryDirectory() as tmp:
        base = briefing(archived(args.baseline, tmp)) if args.baseline else None
        if base:
            day_memo(args.baseline, *base, pages, gold)
        day_memo("this tree", *here, pages, gold)
        for n in args.crawl:
            if base:
                crawl_memo(args.baseline, *base, n)
            crawl_memo("this tree", *here, n)
    if not args.no_about:
        about(*here, pages, pages_of, TUNED, "tuned")
        about(*here, pages, pages_of, HELD_OUT, "held-out")
        another_day(here, args.window, args.pages)
    if args.sweep:
        sweep(*here, pages, pages_of)


if __name__ == "__main__":
    main()
