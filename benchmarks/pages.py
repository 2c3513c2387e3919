"""Real pages through `briefing clean`: body, title, date and bylines, beside keep-all and trafilatura.

    .venv/bin/python benchmarks/pages.py [--sets pages-dev day-dev] [--no-html]

For each page set of ../shared/eval (text/, html/, gold.jsonl):
- text pages: `tools/pages_jsonl.py SET > in.jsonl; briefing clean --jsonl < in.jsonl`
- HTML pages: `briefing clean SET/html --jsonl`
- keep-all (the flattened text as it is) and trafilatura on the HTML (the
  call our HTML path makes), run here in the same script.
Scores come from the set's own scorer (`tools/score_pages.py`), per half:
pages-dev is split by id parity (even: where the rules were tuned, odd:
checked), day-dev (another crawl day) is held out whole. Beside it: the
title with a site-wide suffix folded (a trailing ": ..." / " - ..." part shared
by 3+ gold titles, which the page's own headline does not print), and
bodies that open on a byline or hold a byline, photo credit or read-also
line anywhere. Then the seeds' metadata and the cleaning-dev F1 (other
sites), both through the CLI. Times are wall seconds of the CLI, start-up
(one page) taken off for ms/page.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter
from contextlib import nullcontext
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import BIN, EVAL, ROOT  # noqa: E402
from cleaning import score as segment_score  # noqa: E402

TOOLS = EVAL / "tools"
BRIEFING = str(BIN / "briefing")
_METRIC = re.compile(r"(\w+)=([0-9.]+)")
_DATE = re.compile(
    r"\b\d{1,2}(?:er)?\s+(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\b"
    r"|\b\d{1,2}/\d{1,2}/\d{2,4}\b|\b(?:19|20)\d\d-\d\d-\d\d\b",
    re.I,
)
_BYLINE_CUE = re.compile(r"\bpubliée?\b|\bmise? à jour\b|^(?:par|by)\s+[A-ZÀ-Ý]", re.I)
_FURNITURE = re.compile(r"©|^\W*(?:[àa]\s+)?lire aussi\b", re.I)


def words(text: str) -> list[str]:
    return re.findall(r"\w+", (text or "").lower().replace("’", "'"))


def shingles(text: str) -> set[tuple[str, ...]]:
    w = words(text)
    return {tuple(w[i : i + 4]) for i in range(max(len(w) - 3, 1))} if w else set()


def run_cli(args: list[str], stdin: Path | None = None) -> tuple[list[dict], float]:
    start = time.perf_counter()
    with stdin.open("rb") if stdin else nullcontext(subprocess.DEVNULL) as handle:
        done = subprocess.run([BRIEFING, *args], stdin=handle, capture_output=True, check=False)
    wall = time.perf_counter() - start
    if done.returncode not in (0, 1):
        sys.exit(f"briefing {' '.join(args)} failed: {done.stderr.decode()[-500:]}")
    return [json.loads(line) for line in done.stdout.decode().splitlines() if line.strip()], wall


def trafilatura_records(html_dir: Path, ids: list[str]) -> tuple[list[dict], float]:
    import trafilatura

    out = []
    start = time.perf_counter()
    for doc_id in ids:
        html = (html_dir / f"{doc_id}.html").read_text(encoding="utf-8", errors="replace")
        doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, include_tables=True)
        out.append({"id": doc_id, "text": getattr(doc, "text", "") or "", "title": getattr(doc, "title", None),
                    "date": getattr(doc, "date", None)})
    return out, time.perf_counter() - start


def official(gold: list[dict], pred: list[dict], tmp: Path) -> dict[str, float]:
    """score_pages.py on these gold lines and predictions."""
    gold_file, pred_file = tmp / "gold.jsonl", tmp / "pred.jsonl"
    gold_file.write_text("".join(json.dumps(g, ensure_ascii=False) + "\n" for g in gold), encoding="utf-8")
    pred_file.write_text("".join(json.dumps(p, ensure_ascii=False) + "\n" for p in pred), encoding="utf-8")
    line = subprocess.run([sys.executable, str(TOOLS / "score_pages.py"), str(gold_file), str(pred_file)],
                          capture_output=True, text=True, check=True).stdout
    return {k: float(v) for k, v in _METRIC.findall(line)}


def site_suffixes(gold: list[dict]) -> set[str]:
    """Trailing title parts (after " : ", " - ", " | ") shared by 3+ gold titles: a site's suffix."""
    counts: Counter[str] = Counter()
    for g in gold:
        for match in re.finditer(r"\s+[:|–-]\s+", g["title"]):
            counts[g["title"][match.start() :]] += 1
    return {suffix for suffix, n in counts.items() if n >= 3}


def folded_title(title: str, suffixes: set[str]) -> str:
    for suffix in suffixes:
        if title.endswith(suffix):
            return title[: -len(suffix)]
    return title


def extra(gold: list[dict], pred: dict[str, dict], suffixes: set[str]) -> dict[str, float]:
    """Title with site suffix folded; bylines, credits and read-also lines left in the body."""
    title = opens = byline = furniture = 0
    for g in gold:
        o = pred.get(g["id"], {})
        title += words(o.get("title")) == words(folded_title(g["title"], suffixes))
        gs = shingles((g["heading"] or "") + "\n" + g["article"])
        paragraphs = [p for p in (o.get("text") or "").split("\n\n") if p.strip()]

        def outside_gold(p: str) -> bool:
            s = shingles(p)
            return len(s & gs) < 0.5 * len(s)

        def is_byline(p: str) -> bool:
            return len(p) <= 150 and bool(_DATE.search(p) or p.lower().startswith(("par ", "by "))) \
                and bool(_BYLINE_CUE.search(p)) and outside_gold(p)

        opens += bool(paragraphs) and is_byline(paragraphs[0])
        byline += any(is_byline(p) for p in paragraphs)
        furniture += any(len(p) <= 150 and _FURNITURE.search(p) and outside_gold(p) for p in paragraphs)
    n = max(len(gold), 1)
    return {"title_site": title / n, "opens_byline": opens / n, "byline": byline / n, "furniture": furniture / n}


def report(name: str, gold: list[dict], halves: dict[str, set[str]], outputs: dict[str, list[dict]],
           times: dict[str, float], tmp: Path) -> None:
    suffixes = site_suffixes(gold)
    print(f"\n{name}: {len(gold)} pages; halves: " + ", ".join(f"{h} {len(ids)}" for h, ids in halves.items()))
    print(f"{'half':<9}{'method':<20}{'P':>6}{'R':>6}{'F1':>7}{'title':>7}{'t-site':>7}"
          f"{'d.right':>8}{'d.wrong':>8}{'d.full':>7}{'opens':>7}{'byline':>7}{'furn.':>7}")
    for half, ids in halves.items():
        part = [g for g in gold if g["id"] in ids]
        for method, pred in outputs.items():
            mine = [p for p in pred if str(p["id"]) in ids]
            m = official(part, mine, tmp)
            e = extra(part, {str(p["id"]): p for p in mine}, suffixes)
            print(f"{half:<9}{method:<20}{m['P']:6.3f}{m['R']:6.3f}{m['F1']:7.3f}{m['title']:7.3f}"
                  f"{e['title_site']:7.3f}{m['date_right']:8.3f}{m['date_wrong']:8.3f}{m['date_full']:7.3f}"
                  f"{e['opens_byline']:7.3f}{e['byline']:7.3f}{e['furniture']:7.3f}")
    print("time: " + ", ".join(f"{k} {v:.2f} s ({v / len(gold) * 1000:.1f} ms/page)" for k, v in times.items()))


def page_set(name: str, html: bool, tmp: Path) -> None:
    root = EVAL / name
    gold = [json.loads(line) for line in (root / "gold.jsonl").open(encoding="utf-8") if line.strip()]
    ids = [g["id"] for g in gold]
    if name == "pages-dev":
        halves = {"even": {i for i in ids if int(i) % 2 == 0}, "odd": {i for i in ids if int(i) % 2 == 1}}
    else:
        halves = {"held-out": set(ids)}
    lines = tmp / f"{name}.jsonl"
    with lines.open("w", encoding="utf-8") as out:
        subprocess.run([sys.executable, str(TOOLS / "pages_jsonl.py"), str(root)], stdout=out, check=True)
    one = tmp / "one.jsonl"
    one.write_text(lines.read_text(encoding="utf-8").splitlines()[0] + "\n", encoding="utf-8")
    _, start_up = run_cli(["clean", "--jsonl"], one)
    text_out, text_wall = run_cli(["clean", "--jsonl"], lines)
    keep_all = [json.loads(line) for line in lines.read_text(encoding="utf-8").splitlines()]
    outputs = {"briefing text": text_out, "keep-all text": keep_all}
    times = {"briefing text (start-up off)": text_wall - start_up, "start-up": start_up}
    if html:
        html_out, html_wall = run_cli(["clean", str(root / "html"), "--jsonl"])
        traf, traf_wall = trafilatura_records(root / "html", ids)
        outputs |= {"briefing html": html_out, "trafilatura html": traf}
        times |= {"briefing html (start-up off)": html_wall - start_up, "trafilatura in-process": traf_wall}
    report(name, gold, halves, outputs, times, tmp)


def seeds_and_other_sites() -> None:
    seeds, _ = run_cli(["clean", str(ROOT / "seeds"), "--jsonl"])
    print("\nseeds (Moroccan sites), through `briefing clean seeds --jsonl`:")
    for a in seeds:
        print(f"  {a['id']}  date={a['date']}  event={a['event_date']}  source={a['source']}  "
              f"author={a['author']}  title={a['title']}")
    data = EVAL / "cleaning-dev"
    segments = [json.loads(line) for line in (data / "segments.jsonl").read_text().splitlines() if line]
    cleaned, _ = run_cli(["clean", str(data), "--jsonl"])
    ours = {a["id"]: a["text"] for a in cleaned}
    keep_all = {s["id"]: (data / f"{s['id']}.txt").read_text() for s in segments}
    print(f"\ncleaning-dev (8 pages of 8 other sites), through `briefing clean {data.name} --jsonl`:")
    for name, outputs in (("keep-all", keep_all), ("briefing", ours)):
        p, r, f1, _ = segment_score(outputs, segments)
        print(f"  {name:<10} P={p:.3f} R={r:.3f} F1={f1:.3f}")
    for a in cleaned:
        print(f"  {a['id']}  date={a['date']}  source={a['source']}  author={a['author']}  title={a['title']}")


def multisite(tmp: Path) -> None:
    """Other sites: the French pages of multisite-dev (18 pages of 13 sites the
    head rules were not written on), HTML and flattened text through `briefing
    clean`, and trafilatura on the HTML (tools/trafilatura_pages.py), all scored
    by the set's tools/score_multisite.py."""
    data, tools = EVAL / "multisite-dev", EVAL / "tools"
    french = [line for line in (data / "gold.jsonl").read_text(encoding="utf-8").splitlines()
              if line and json.loads(line)["lang"] == "fr"]
    gold = tmp / "multisite-fr.jsonl"
    gold.write_text("\n".join(french) + "\n", encoding="utf-8")
    ids = {json.loads(line)["id"] for line in french}
    runs = {}
    for kind in ("html", "text"):
        records, _ = run_cli(["clean", str(data / kind), "--jsonl"])
        runs[f"briefing clean {kind}"] = [r for r in records if r["id"] in ids]
    done = subprocess.run([sys.executable, str(tools / "trafilatura_pages.py"), str(data)], capture_output=True, text=True, check=True)
    runs["trafilatura (html)"] = [r for r in map(json.loads, done.stdout.splitlines()) if r["id"] in ids]
    print(f"\nheld out: multisite-dev, its {len(ids)} French pages (other sites), tools/score_multisite.py:")
    for name, records in runs.items():
        out = tmp / "multisite-out.jsonl"
        out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
        scored = subprocess.run([sys.executable, str(tools / "score_multisite.py"), str(gold), str(out), "--name", name],
                                capture_output=True, text=True, check=True).stdout.splitlines()[0]
        print("  " + scored)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", nargs="+", default=["pages-dev", "day-dev"])
    parser.add_argument("--no-html", action="store_true", help="text pages only (no trafilatura run)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        for name in args.sets:
            page_set(name, not args.no_html, Path(tmp))
        multisite(Path(tmp))
    seeds_and_other_sites()


if __name__ == "__main__":
    main()
