"""Memo claims against their pages: ../shared/eval/tools/audit_memo.py on the CLI's memos.

    .venv/bin/python benchmarks/audit.py [--baseline REF] [--show]

Runs `briefing run DIR --format json` on day-dev (the day the rules were
worked out on), on the other two days of window-dev (16 and 17 June, held
out) and on the seeds, and prints for each the checker's counts (flagged /
checked) beside a baseline git ref run the same way (default dc97b98, the
tree before brief.verify). Also printed: claim–page citations, the share a
page that holds a claim word for word is cited for it (recall), and what the
memo keeps (events in full, key points, figures, actors), so that a memo does
not pass by saying less. --show prints every flagged line of this tree's memos.
"""

from __future__ import annotations

import argparse
import csv
import importlib.util
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from _common import EVAL, ROOT
from memo import archived, briefing, run

BASELINE = "dc97b98"
KEYS = ("actors_wrong", "actor_cites_unsupported", "figures_bad", "figures_incomplete", "figures_trivial",
        "points_unsupported", "cites_unsupported", "cites_not_verbatim", "points_dangling", "leads_fragment",
        "date_lead_mismatch", "dates_suspect", "period_suspect")


def checker():
    spec = importlib.util.spec_from_file_location("audit_memo", EVAL / "tools" / "audit_memo.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def days(tmp: Path) -> list[tuple[str, Path]]:
    """(label, folder): day-dev (tuned), then each other day of window-dev (held out), then the seeds."""
    out = [("day-dev 18 Jun (tuned)", EVAL / "day-dev" / "text")]
    rows = list(csv.DictReader((EVAL / "window-dev" / "labels.tsv").open(encoding="utf-8"), delimiter="\t"))
    for day in ("2020-06-16", "2020-06-17"):
        folder = tmp / day
        folder.mkdir()
        for row in rows:
            if row["date"] == day:
                (folder / f"{row['id']}.txt").symlink_to(EVAL / "window-dev" / "text" / f"{row['id']}.txt")
        out.append((f"window {day[5:]} (held out)", folder))
    out.append(("seeds", ROOT / "seeds"))
    return out


def counts(audit, memo: Path, folder: Path, show: bool) -> dict[str, str]:
    done = subprocess.run([sys.executable, str(EVAL / "tools" / "audit_memo.py"), str(memo), str(folder)],
                          capture_output=True, text=True, check=True)
    lines = done.stdout.strip().splitlines()
    if show:
        print("\n".join("    " + line for line in lines[:-1]))
    return dict(part.split("=") for part in lines[-1].split())


def kept(audit, memo: Path, folder: Path) -> dict[str, str]:
    """Citation pairs, verbatim recall, and what the memo holds."""
    data = json.loads(memo.read_text(encoding="utf-8"))
    sources = audit.Sources(data, str(folder))
    pairs = stated = cited_stated = 0
    for event in data["events"]:
        claims = [(audit.DATE_PREFIX.sub("", audit.bare(event["lead"])), audit.cite_ids(event["lead"]))]
        claims += [(audit.bare(p["text"]), p["sources"]) for p in event["key_points"]]
        for text, cites in claims:
            if len(text.split()) < 4:
                continue
            pairs += len(cites)
            for page in event["sources"]:
                if audit.verbatim(text, sources.flat(page)):
                    stated += 1
                    cited_stated += page in cites
    full = [e for e in data["events"] if e["detailed"]]
    return {
        "claim-page citations": str(pairs),
        "verbatim pages cited": f"{cited_stated}/{stated}",
        "events in full": str(len(full)),
        "key points": str(sum(len(e["key_points"]) for e in full)),
        "figures": str(sum(len(e["figures"]) for e in full)),
        "actors": str(sum(len(e["actors"]) for e in full)),
        "period": "..".join(data.get("period") or []),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", default=BASELINE, help="git ref run beside this tree ('' for none)")
    parser.add_argument("--show", action="store_true", help="print every flagged line of this tree's memos")
    args = parser.parse_args()
    audit = checker()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        trees = [("now", briefing(None))]
        if args.baseline:
            (tmp / "base").mkdir()
            trees.insert(0, (args.baseline, briefing(archived(args.baseline, str(tmp / "base")))))
        for label, folder in days(tmp):
            print(f"== {label}: {folder}")
            table: dict[str, list[str]] = {}
            for name, (cmd, env) in trees:
                memo = tmp / f"{name}-{folder.name}.json"
                _, done = run(cmd, env, "run", str(folder), "--format", "json", "-o", str(memo), "-q", "--workers", "1")
                if done.returncode != 0:
                    sys.exit(f"{name}: briefing run failed: {done.stderr.strip()[-600:]}")
                found = counts(audit, memo, folder, args.show and name == "now")
                found.update(kept(audit, memo, folder))
                for key in (*KEYS, "claim-page citations", "verbatim pages cited", "events in full", "key points",
                            "figures", "actors", "period"):
                    table.setdefault(key, []).append(found.get(key, "-"))
            print(f"  {'':26s}" + "".join(f"{name:>22s}" for name, _ in trees))
            for key, values in table.items():
                print(f"  {key:26s}" + "".join(f"{v:>22s}" for v in values))


if __name__ == "__main__":
    main()
