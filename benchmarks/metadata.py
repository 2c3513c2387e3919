"""Metadata from any site: `briefing clean --jsonl` on multisite-dev (text and HTML) and on the
title + body texts of multilingual-dev/plain, this tree beside a baseline (`git archive` of a
ref: by default where this branch left main) and beside trafilatura on the HTML.

    .venv/bin/python benchmarks/metadata.py [--base main] [--eval ../shared/eval] [--skip-french-check]

multisite-dev is cut in two halves by site (sha1 of the registrable domain with a fixed salt,
chosen for balanced halves before any figure was seen): the rules were tuned on the "tuned"
half and are checked on the "held-out" one; both are printed, French pages and all pages.
Figures per half: title exact, date right / wrong (of pages with a gold date), author right
(of pages with a gold author), body word-4-gram F1 (mean over pages with a gold body), from the shared scorer's per-page results (score_multisite.py).
The plain texts (Arabic title, English body) were looked at whole: their check is the hidden twin.
Last, the French pages the project was tuned on (pages-dev text and HTML, day-dev text): how
many pages' title, date, author or text differ from the baseline's (0: unchanged figures).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from _common import EVAL, ROOT, archived_src, merge_base
SALT = "a"  # fixes the cut; see the module's docstring
FIELDS = ("title", "date", "author", "text")



def clean(src: Path, folder: Path, out: Path) -> Path:
    env = dict(os.environ, PYTHONPATH=str(src))
    with out.open("w") as handle:
        subprocess.run([sys.executable, "-m", "briefing", "clean", str(folder), "--jsonl", "-q"],
                       check=True, stdout=handle, env=env)
    return out


def registrable(host: str) -> str:
    """lefigaro.fr for madame.lefigaro.fr; mirror.co.uk for www.mirror.co.uk."""
    parts = host.lower().split(".")
    keep = 3 if len(parts) > 2 and parts[-2] in ("co", "com") and len(parts[-1]) == 2 else 2
    return ".".join(parts[-keep:])


def half(host: str) -> str:
    return "tuned" if int(hashlib.sha1((SALT + registrable(host)).encode()).hexdigest(), 16) % 2 else "held-out"


def per_page(tools: Path, gold: Path, out: Path, tmp: Path) -> list[dict]:
    pages = tmp / f"{out.stem}-pages.jsonl"
    subprocess.run([sys.executable, str(tools / "score_multisite.py"), str(gold), str(out), "--pages", str(pages)],
                   check=True, capture_output=True)
    return [json.loads(line) for line in pages.read_text(encoding="utf-8").splitlines()]


def figures(rows: list[dict]) -> str:
    dated = [r for r in rows if r.get("date") is not None]
    signed = [r for r in rows if r.get("author") is not None]

    def share(items: list[dict], key: str, value) -> str:
        if not items:
            return "   -"
        hits = sum(r[key] == value if value is not True else bool(r[key]) for r in items)
        return f"{hits / len(items):.2f}"

    bodies = [r["F1"] for r in rows if r.get("F1") is not None]
    body = f"{sum(bodies) / len(bodies):.2f}" if bodies else "   -"
    return (f"n={len(rows):<3} title {share(rows, 'title_ok', True)} | date (n={len(dated):<2}) right "
            f"{share(dated, 'date', 'right')} wrong {share(dated, 'date', 'wrong')} | author (n={len(signed):<2}) "
            f"right {share(signed, 'author', 'right')} | body F1 (n={len(bodies):<2}) {body}")


def multisite_table(runs: dict[str, list[dict]], sites: dict[str, tuple[str, str]]) -> None:
    for lang in ("fr", "en", "all"):
        for part in ("tuned", "held-out", "both"):
            print(f"  {lang} pages, {part} half" if part != "both" else f"  {lang} pages, both halves")
            for name, rows in runs.items():
                kept = [r for r in rows if (lang == "all" or sites[r["id"]][0] == lang)
                        and (part == "both" or half(sites[r["id"]][1]) == part)]
                print(f"    {name:34} {figures(kept)}")


def plain_table(tools: Path, gold: Path, outs: dict[str, Path]) -> None:
    for name, out in outs.items():
        text = subprocess.run([sys.executable, str(tools / "score_plain.py"), str(gold), str(out)],
                              check=True, capture_output=True, text=True).stdout
        print(f"    {name}")
        print("\n".join("      " + line for line in text.splitlines() if line[:3] in ("ar ", "en ", "fr ")))


def differing(a: Path, b: Path) -> str:
    old = {r["id"]: r for r in map(json.loads, a.read_text(encoding="utf-8").splitlines())}
    new = {r["id"]: r for r in map(json.loads, b.read_text(encoding="utf-8").splitlines())}
    counts = {f: sum(old[i].get(f) != new.get(i, {}).get(f) for i in old) for f in FIELDS}
    return f"{len(old)} pages; differing from the baseline: " + ", ".join(f"{f} {n}" for f, n in counts.items())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", default=None, help="git ref of the baseline (default: merge-base with main)")
    parser.add_argument("--eval", type=Path, default=EVAL, help="the dev data (default: ../shared/eval or BRIEFING_EVAL)")
    parser.add_argument("--skip-french-check", action="store_true", help="skip pages-dev / day-dev (about 3 minutes)")
    opts = parser.parse_args()
    if opts.base is None:
        opts.base = merge_base()
    ev, tools = opts.eval, opts.eval / "tools"
    ms, gold = ev / "multisite-dev", ev / "multisite-dev" / "gold.jsonl"
    sites = {r["id"]: (r["lang"], r["site"]) for r in map(json.loads, gold.read_text(encoding="utf-8").splitlines())}
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        trees = {f"baseline ({opts.base})": archived_src(opts.base, tmp / "base"), "this tree": ROOT / "src"}
        counts = {h: sorted({registrable(s) for lang, s in sites.values() if half(s) == h}) for h in ("tuned", "held-out")}
        print("multisite-dev halves by site: " + "; ".join(f"{h}: {', '.join(v)}" for h, v in counts.items()))
        for kind in ("text", "html"):
            runs = {}
            for name, src in trees.items():
                tag = "base" if "baseline" in name else "new"
                runs[f"briefing clean {kind}/, {name}"] = per_page(tools, gold, clean(src, ms / kind, tmp / f"{tag}-{kind}.jsonl"), tmp)
            if kind == "html":
                traf = tmp / "trafilatura.jsonl"
                with traf.open("w") as handle:
                    subprocess.run([sys.executable, str(tools / "trafilatura_pages.py"), str(ms)], check=True, stdout=handle)
                runs["trafilatura on html/"] = per_page(tools, gold, traf, tmp)
            print(f"\n== multisite-dev/{kind}")
            multisite_table(runs, sites)
        print("\n== multilingual-dev/plain (title + body texts: Arabic title, English body)")
        plain_table(tools, ev / "multilingual-dev" / "plain" / "plain.jsonl",
                    {name: clean(src, ev / "multilingual-dev" / "plain" / "text", tmp / f"plain-{i}.jsonl")
                     for i, (name, src) in enumerate(trees.items())})
        if not opts.skip_french_check:
            print("\n== French pages tuned on before (same output = same figures)")
            for folder in ("pages-dev/text", "pages-dev/html", "day-dev/text"):
                outs = [clean(src, ev / folder, tmp / f"fr-{i}.jsonl") for i, src in enumerate(trees.values())]
                print(f"  {folder}: {differing(*outs)}")


if __name__ == "__main__":
    main()
