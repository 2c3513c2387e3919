"""Which words each memo tells its events in: its own pages', or a translation.

Through `briefing run --to fr --to en --format json`, on a folder of pages in
French, English and Arabic whose languages a labels file gives (default:
multilingual-dev/flores/mixed), for this checkout and for a baseline commit
(default: 33a5a66, main before directions) run the same way, side by side.

No translation weights can be installed here, so the models are tiny random
ones (translate.random_models): a Marian for fr→en (`en=`), and an NLLB-shaped
one given for every direction. Their output is garbage; what is measured is
the plumbing, which lines come from where:

- French memo: of the events with no French page, how many are translated
  (`translated_from` set) and how many are listed marked "[xx]";
- English memo: of the events with an English page (and a lead sentence:
  lines past the memo's word budget have none), how many tell their lead in
  an English page's own words (the sentence found verbatim in one);
- both: lines of the synthesis with text of an event told in another
  language ("[xx]" events are kept out of it).

Then this checkout alone with `--to en --to ar --no-translation` and no model
at all (what a desk without weights can run): per memo, of the events with a
page in its language and a lead sentence, how many tell lead and headline in
such a page's own words; of the others, how many are marked "[xx]"; and the
synthesis's sentences in another language than the memo's
(text.lang.detect_language), "[xx]" events in it.

    .venv/bin/python benchmarks/memo_languages.py [FOLDER LABELS.tsv] [--baseline REF]
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import BIN, EVAL, ROOT  # noqa: E402

BASELINE = "33a5a66"  # main before translation directions: every memo translated from French


def _models(root: Path) -> list[str]:
    sys.path.insert(0, str(ROOT / "src"))
    from briefing.translate.random_models import build_marian, build_nllb

    corpus = [line for p in sorted((ROOT / "seeds").glob("*.txt")) for line in p.read_text().splitlines()]
    marian = build_marian(root / "marian-fr-en", corpus)
    nllb = build_nllb(root / "nllb", corpus)
    return ["--translation-model", f"en={marian}", "--translation-model", str(nllb)]


def _run(src: Path, folder: Path, out: Path, models: list[str]) -> dict[str, dict]:
    env = dict(os.environ, PYTHONPATH=str(src))
    cmd = [str(BIN / "python"), "-m", "briefing", "run", str(folder), "--to", "fr", "--to", "en", *models,
           "--beams", "1", "--format", "json", "-o", str(out), "-q", "--today", "2026-12-06"]  # fmt: skip
    subprocess.run(cmd, check=True, env=env, stdout=subprocess.DEVNULL)
    return {lang: json.loads((out / name).read_text()) for lang, name in (("fr", "memo.json"), ("en", "memo.en.json"))}


def _flat(text: str) -> str:
    return " ".join(text.split())


def _lead_sentence(event: dict) -> str:
    """The lead's sentence, without its date and citations ("" for a bare line)."""
    lead = event["lead"].split(" — ", 1)[-1] if event["detailed"] else event["lead"]
    return _flat(re.sub(r"\s*(\[[^\]\s]+\])+", " ", lead)).rstrip(".")


def _in_pages(text: str, event: dict, lang: str, langs: dict[str, str], texts: dict[str, str]) -> bool:
    return bool(text) and any(text in _flat(texts[s]) for s in event["sources"] if langs.get(s) == lang)


def figures(memos: dict[str, dict], langs: dict[str, str], texts: dict[str, str]) -> dict[str, str]:
    fr, en = memos["fr"]["events"], memos["en"]["events"]
    foreign = [e for e in fr if not any(langs.get(s) == "fr" for s in e["sources"])]
    translated = sum(1 for e in foreign if e.get("translated_from"))
    marked = sum(1 for e in foreign if e["title"].startswith("["))
    # Lines past the memo's word budget keep their headline and citations only: no sentence to compare.
    english = [e for e in en if any(langs.get(s) == "en" for s in e["sources"]) and e["listed"] and _lead_sentence(e)]
    own = sum(1 for e in english if _in_pages(_lead_sentence(e), e, "en", langs, texts))
    # A headline is a page's title, or its first words cut with "…" (these pages have no title line).
    titled = sum(1 for e in english if _in_pages(_flat(e["title"].rstrip(" …")), e, "en", langs, texts))
    out = {
        "fr memo: events without a French page": str(len(foreign)),
        "  translated (translated_from set)": f"{translated}/{len(foreign)}",
        "  listed marked [xx]": f"{marked}/{len(foreign)}",
        "en memo: events with an English page and a lead sentence": str(len(english)),
        "  lead in an English page's own words": f"{own}/{len(english)}",
        "  headline in an English page's own words": f"{titled}/{len(english)}",
    }
    for lang, memo in memos.items():
        leaked = sum(1 for e in memo["events"] if e["title"].startswith("[") and e["title"][5:30] in memo["executive_summary"])
        out[f"{lang} memo: '[xx]' events in the synthesis"] = str(leaked)
    return out


def own_words(folder: Path, out: Path, langs: dict[str, str], texts: dict[str, str]) -> dict[str, str]:
    """`--to en --to ar --no-translation`, no model: which words each memo tells its events in."""
    sys.path.insert(0, str(ROOT / "src"))
    from briefing.text.lang import detect_language
    from briefing.text.sentences import split_sentences

    cmd = [str(BIN / "briefing"), "run", str(folder), "--to", "en", "--to", "ar", "--no-translation",
           "--format", "json", "-o", str(out), "-q", "--today", "2026-12-06"]  # fmt: skip
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    rows = {}
    for lang in ("en", "ar"):
        memo = json.loads((out / f"memo.{lang}.json").read_text())
        events = memo["events"]
        having = [e for e in events if any(langs.get(s) == lang for s in e["sources"])]
        told = [e for e in having if e["listed"] and _lead_sentence(e)]
        own = sum(1 for e in told if _in_pages(_lead_sentence(e), e, lang, langs, texts))
        titled = sum(1 for e in told if _in_pages(_flat(e["title"].rstrip(" …")), e, lang, langs, texts))
        others = [e for e in events if e not in having]
        marked = sum(1 for e in others if e["title"].startswith("["))
        sentences = [s.text for s in split_sentences(memo["executive_summary"])]
        foreign = sum(detect_language(x) not in (lang, None) for x in sentences)
        leaked = sum(1 for e in events if e["title"].startswith("[") and e["title"][5:30] in memo["executive_summary"])
        rows[f"{lang} memo: events with a page in {lang} and a lead sentence"] = str(len(told))
        rows[f"  {lang}: lead / headline in such a page's own words"] = f"{own}/{len(told)} / {titled}/{len(told)}"
        rows[f"  {lang}: events with no page in {lang}, marked [xx]"] = f"{marked}/{len(others)}"
        rows[f"  {lang}: synthesis sentences not in {lang}; '[xx]' events in it"] = f"{foreign} of {len(sentences)}; {leaked}"
    return rows


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("folder", nargs="?", default=str(EVAL / "multilingual-dev" / "flores" / "mixed"))
    parser.add_argument("labels", nargs="?", default=str(EVAL / "multilingual-dev" / "flores" / "mixed.tsv"))
    parser.add_argument("--baseline", default=BASELINE, help=f"a commit (default: {BASELINE}, before directions)")
    args = parser.parse_args()
    folder = Path(args.folder)
    with open(args.labels, encoding="utf-8") as handle:
        langs = {row["id"]: row["lang"] for row in csv.DictReader(handle, delimiter="\t")}
    texts = {p.stem: p.read_text(encoding="utf-8") for p in folder.iterdir() if p.is_file()}
    base = subprocess.check_output(["git", "rev-parse", args.baseline], cwd=ROOT, text=True).strip()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "base").mkdir()  # the baseline's code and its prompts (labels), as a checkout holds them
        subprocess.run(f"git -C {ROOT} archive {base} src prompts | tar -x -C {root / 'base'}", shell=True, check=True)
        models = _models(root)
        rows = {
            f"baseline {base[:7]}": figures(_run(root / "base" / "src", folder, root / "out-base", models), langs, texts),
            "this checkout": figures(_run(ROOT / "src", folder, root / "out-new", models), langs, texts),
        }
        plain = own_words(folder, root / "out-plain", langs, texts)
    print(f"{folder} ({len(texts)} pages), tiny random models: {' '.join(models[1::2])}".replace(tmp, "<tmp>"))
    names = list(next(iter(rows.values())))
    width = max(map(len, names))
    print(" " * width + "".join(f"  {k:>18}" for k in rows))
    for name in names:
        print(f"{name:<{width}}" + "".join(f"  {r[name]:>18}" for r in rows.values()))
    print("\nthis checkout, --to en --to ar --no-translation (no model):")
    width = max(map(len, plain))
    for name, value in plain.items():
        print(f"{name:<{width}}  {value}")


if __name__ == "__main__":
    main()
