"""Multilingual benchmark: `briefing group` / `briefing clean` on the multilingual-dev and
multisite-dev folders, and the French day-dev / window-dev grouping, this tree beside a baseline
(`git archive` of a ref: by default where this branch left main) and beside USE-multilingual (tools/use_group.py).

    .venv/bin/python benchmarks/multilingual.py [--base main] [--eval ../shared/eval] [--skip-use] [--grouping]

Every figure goes through the commands a user runs and the shared scorers (eval/tools/). The
cross-language floor (similarity.Weights.cross_floor) was chosen on flores/mixed and is
checked on flores/text; the Arabic pair scale (Weights.arabic_scale) was chosen on the first
half of the SemEval pairs and is checked on the second (halves by connected components of the
pair graph, printed for the trees and USE alike); the hidden twin of each folder checks all.
--grouping (make bench's quality lane) prints the grouping figures only: no memo, no cleaning.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from _common import EVAL, ROOT, archived_src, merge_base



def briefing(src: Path, args: list[str], out: Path) -> Path:
    # The baseline's code with this tree's prompts (labels.fr.json): only the code is compared.
    env = dict(os.environ, PYTHONPATH=str(src), BRIEFING_PROMPTS_DIR=str(ROOT / "prompts"))
    if args[0] == "run":
        subprocess.run([sys.executable, "-m", "briefing", *args, "--format", "json", "-q", "-o", str(out)], check=True, env=env)
        return out
    with out.open("w") as handle:
        subprocess.run([sys.executable, "-m", "briefing", *args, "--jsonl", "-q"], check=True, stdout=handle, env=env)
    return out


def score(tool: Path, *args: str, lines: str | None = None) -> str:
    text = subprocess.run([sys.executable, str(tool), *map(str, args)], check=True, capture_output=True, text=True).stdout
    kept = [x for x in text.splitlines() if lines is None or any(p in x for p in lines.split("|"))]
    return "\n".join("    " + x for x in kept)


def memo_languages(memo_path: Path, labels: Path) -> str:
    """The French memo of a mixed folder: texts (headline, lead, points) in another language
    and unmarked, events with a French page headed in French, synthesis sentences in French."""
    sys.path.insert(0, str(ROOT / "src"))
    from briefing.text.lang import detect_language

    lang_of = dict(line.split("\t")[:2] for line in labels.read_text(encoding="utf-8").splitlines()[1:])
    memo = json.loads(memo_path.read_text(encoding="utf-8"))
    unmarked = texts = french_events = french_titles = marked = 0
    for event in memo["events"]:
        title = event.get("title", "")
        is_marked = title.startswith("[") and "] " in title[:6]
        marked += is_marked
        parts = [title, event.get("lead", ""), *(p.get("text", "") for p in event.get("key_points", []))]
        for part in filter(None, parts):
            texts += 1
            unmarked += not is_marked and detect_language(part) not in ("fr", None)
        if any(lang_of.get(sid) == "fr" for sid in event.get("sources", [])):
            french_events += 1
            french_titles += detect_language(title) in ("fr", None) and not is_marked
    sentences = [x for x in re.split(r"(?<=[.!?])\s+(?=[^\W\d_])", memo.get("executive_summary", "")) if x.strip()]
    foreign = sum(detect_language(x) not in ("fr", None) for x in sentences)
    return (f"    texts {texts}, in another language unmarked {unmarked}; events marked [xx] {marked}\n"
            f"    events with a French page headed in French {french_titles} of {french_events}\n"
            f"    synthesis sentences not French {foreign} of {len(sentences)}")


def semeval_halves(pairs: Path, out: Path) -> list[Path]:
    """pairs.tsv cut in two by connected components of the pair graph (an article
    and its near-copies in one half), by a hash of the component: the first half
    tunes (similarity.Weights.arabic_scale), the second checks."""
    import hashlib

    lines = pairs.read_text(encoding="utf-8").splitlines()
    parent: dict[str, str] = {}

    def root(x: str) -> str:
        while parent.setdefault(x, x) != x:
            x = parent[x]
        return x

    rows = [line.split("\t") for line in lines[1:] if line]
    for row in rows:
        parent[root(row[0])] = root(row[1])
    halves = []
    for half in (0, 1):
        kept = [r for r in rows if int(hashlib.md5(root(r[0]).encode()).hexdigest(), 16) % 2 == half]
        path = out / f"pairs-half{half}.tsv"
        path.write_text("\n".join([lines[0], *("\t".join(r) for r in kept)]) + "\n", encoding="utf-8")
        halves.append(path)
    return halves


def print_pairs(tools: Path, pairs: Path, halves: list[Path], out: Path) -> None:
    print(score(tools / "score_pairs.py", pairs, out, lines="pairs|ar-ar|en-en|fr-fr|de-en|all"))
    for name, half in zip(("tuned half", "held-out half"), halves):
        print(f"    {name}:")
        print(score(tools / "score_pairs.py", half, out, lines="ar-ar|en-en|fr-fr|de-en|all"))


def event_labels(labels: Path, out: Path) -> Path:
    """The `id` and `event` columns only (score_day.py reads the second column; window-dev has `date` there)."""
    rows = [line.split("\t") for line in labels.read_text(encoding="utf-8").splitlines()]
    col = rows[0].index("event")
    out.write_text("".join(f"{r[0]}\t{r[col]}\n" for r in rows), encoding="utf-8")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", default=None, help="git ref of the baseline (default: merge-base with main)")
    parser.add_argument("--eval", type=Path, default=EVAL)
    parser.add_argument("--skip-use", action="store_true", help="skip the USE-multilingual baseline")
    parser.add_argument("--grouping", action="store_true", help="the grouping figures only (make bench): no memo, no cleaning")
    opts = parser.parse_args()
    if opts.base is None:
        opts.base = merge_base()
    ev, tools = opts.eval, opts.eval / "tools"
    ml, ms = ev / "multilingual-dev", ev / "multisite-dev"
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        halves = semeval_halves(ml / "semeval/pairs.tsv", tmp)
        trees = {opts.base: archived_src(opts.base, tmp / "base"), "this tree": ROOT / "src"}
        for name, src in trees.items():
            tag = "base" if src != ROOT / "src" else "new"
            print(f"\n== {name}")
            for folder, labels in [("flores/mixed", "flores/mixed.tsv"), ("flores/text", "flores/labels.tsv")]:
                out = briefing(src, ["group", str(ml / folder)], tmp / f"{tag}-{folder.replace('/', '-')}.jsonl")
                print(f"  group {folder} (floor tuned on mixed, checked on text)")
                print(score(tools / "score_events.py", ml / labels, out, lines="n=|ar-|ary-|en-|fr-"))
            out = briefing(src, ["group", str(ml / "semeval/text")], tmp / f"{tag}-semeval.jsonl")
            print("  group semeval pairs")
            print_pairs(tools, ml / "semeval/pairs.tsv", halves, out)
            for day in ("day-dev", "window-dev"):
                folder = ev / day / ("text" if day == "day-dev" else "html")
                out = briefing(src, ["group", str(folder)], tmp / f"{tag}-{day}.jsonl")
                print(f"  group {day} (French)")
                print(score(tools / "score_day.py", event_labels(ev / day / "labels.tsv", tmp / f"{day}.tsv"), out))
            if opts.grouping:
                continue
            out = briefing(src, ["run", str(ml / "flores/mixed")], tmp / f"{tag}-memo.json")
            print("  French memo of flores/mixed (run --format json)")
            print(memo_languages(out, ml / "flores/mixed.tsv"))
            out = briefing(src, ["clean", str(ml / "plain/text")], tmp / f"{tag}-plain.jsonl")
            print("  clean plain title+body texts")
            print(score(tools / "score_plain.py", ml / "plain/plain.jsonl", out, lines="ar |en |fr |all "))
            out = briefing(src, ["clean", str(ms / "text")], tmp / f"{tag}-ms.jsonl")
            print("  clean multisite-dev/text (by lang)")
            print(score(tools / "score_multisite.py", ms / "gold.jsonl", out, "--by", "lang", lines="ALL|lang=ar|lang=en|lang=fr"))
        if not opts.skip_use:
            print("\n== USE-multilingual baseline (use_group.py, threshold 0.45)")
            for folder, labels in [("flores/mixed", "flores/mixed.tsv"), ("flores/text", "flores/labels.tsv"), ("semeval/text", None)]:
                out = tmp / f"use-{folder.replace('/', '-')}.jsonl"
                with out.open("w") as handle:
                    subprocess.run([sys.executable, str(tools / "use_group.py"), str(ml / folder), "--threshold", "0.45"],
                                   check=True, stdout=handle)
                print(f"  {folder}")
                if labels:
                    print(score(tools / "score_events.py", ml / labels, out, lines="n=|ar-|ary-|en-|fr-"))
                else:
                    print_pairs(tools, ml / "semeval/pairs.tsv", halves, out)


if __name__ == "__main__":
    main()
