"""Actors and roles against a hand-judged list, sentence by sentence.

    .venv/bin/python benchmarks/actors.py [--spacy] [--old FILE.py] [--pool] [--wrong] [--time]

Reads every sentence of day-dev's articles (tuned on) and of the 16 and 17
June window days (held out), through `briefing clean --jsonl`. Each extractor
gives (name, role) pairs per sentence; benchmarks/data/actors_gold.tsv holds
the pairs judged by reading the sentence (ok=1 right, ok=0 wrong: the name is
not a person's full name, the role is someone else's, cut inside its wording,
runs into the next clause, or drops a word that changes it such as
"ancienne"). Precision = right pairs found / pairs found (unjudged ones listed);
recall = right pairs found / every right pair of the list (pooled over the
extractors judged so far). --pool prints the unjudged pairs, tab-separated,
to add to the list after reading them. --spacy: fr_core_news_sm's PER entities
with their `appos` noun phrases; --old: a module of an older find_actors.
"""

from __future__ import annotations

import argparse
import csv
import importlib.util
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import _common
from _common import BIN, ROOT, eval_file

from briefing.events.lexical import fold
from briefing.text.sentences import split_sentences

GOLD = ROOT / "benchmarks" / "data" / "actors_gold.tsv"
WINDOW = ("2020-06-16", "2020-06-17")
# A git worktree outside the main checkout names the eval folder here.
_common.EVAL = Path(os.environ.get("BRIEFING_EVAL", _common.EVAL))


def sets() -> dict[str, list[tuple[str, str]]]:
    """set name -> (sentence key 'article:index', text), each distinct sentence once."""
    window = eval_file("window-dev")
    days = [json.loads(line) for line in (window / "gold.jsonl").read_text(encoding="utf-8").splitlines()]
    held = [str(window / "text" / f"{d['id']}.txt") for d in days if d.get("date", "")[:10] in WINDOW]
    out: dict[str, list[tuple[str, str]]] = {}
    for name, paths in (("tuned", [str(eval_file("day-dev/text"))]), ("held-out", held)):
        seen: set[str] = set()
        rows = out.setdefault(name, [])
        for page in _clean(paths):
            for s in split_sentences(page["text"], page["id"]):
                if s.text not in seen:
                    seen.add(s.text)
                    rows.append((f"{page['id']}:{s.index}", s.text))
    return out


def _clean(paths: list[str]) -> list[dict]:
    run = subprocess.run([BIN / "briefing", "clean", *paths, "--jsonl"], capture_output=True, text=True, check=True)
    return [json.loads(line) for line in run.stdout.splitlines()]


def load_gold() -> dict[tuple[str, str, str, str], int]:
    if not GOLD.exists():
        return {}
    with GOLD.open(encoding="utf-8") as handle:
        return {_key(r["set"], r["sentence"], r["name"], r["role"]): int(r["ok"]) for r in csv.DictReader(handle, delimiter="\t")}


def _key(set_name: str, sentence: str, name: str, role: str) -> tuple[str, str, str, str]:
    return set_name, sentence, fold(" ".join(name.split())), fold(" ".join(role.split()))


def rules_extractor():
    from briefing.brief.appositions import appositions

    return lambda texts: [appositions(t) for t in texts]


def old_extractor(path: str):
    spec = importlib.util.spec_from_file_location("old_actors", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    from briefing.records import Sentence

    return lambda texts: [[(n, r) for n, r, _ in module.find_actors([Sentence(t, 0, len(t), 0, "x")])] for t in texts]


def spacy_extractor():
    import spacy

    nlp = spacy.load("fr_core_news_sm", disable=["lemmatizer"])

    def pairs(doc) -> list[tuple[str, str]]:
        out = []
        for ent in doc.ents:
            if ent.label_ != "PER" or len(ent) < 2:
                continue
            root = ent.root
            # The apposition is a child of the name ("X, directeur de Y") or the name
            # a child of the role ("le directeur de Y, X").
            nouns = [c for c in root.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
            if root.dep_ == "appos" and root.head.pos_ == "NOUN":
                nouns.append(root.head)
            for noun in nouns:
                span = [t for t in noun.subtree if not (ent.start <= t.i < ent.end) and t.i not in _appos_of(noun, ent)]
                if not span:
                    continue
                lo, hi = min(t.i for t in span), max(t.i for t in span)
                while lo <= hi and (doc[lo].is_punct or doc[lo].pos_ == "DET"):
                    lo += 1
                while hi >= lo and doc[hi].is_punct:
                    hi -= 1
                if hi > lo:
                    out.append((ent.text, doc[lo : hi + 1].text))
        return out

    def _appos_of(noun, ent) -> set[int]:
        # Drop the parts of the role's subtree that are other appositions (the next name).
        return {t.i for c in noun.children if c.dep_ in ("appos", "conj") and c.i >= ent.end or c.dep_ == "appos" and c.i < ent.start for t in c.subtree}

    return lambda texts: [pairs(d) for d in nlp.pipe(texts, batch_size=64)]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--spacy", action="store_true")
    ap.add_argument("--old", help="path of an older actors module with find_actors")
    ap.add_argument("--pool", action="store_true", help="print the unjudged pairs")
    ap.add_argument("--wrong", action="store_true", help="print the pairs judged wrong, with their sentence")
    args = ap.parse_args()
    data = sets()
    gold = load_gold()
    start = time.perf_counter()
    extract = spacy_extractor() if args.spacy else old_extractor(args.old) if args.old else rules_extractor()
    loaded = time.perf_counter() - start
    for set_name, rows in data.items():
        start = time.perf_counter()
        found = extract([t for _, t in rows])
        took = time.perf_counter() - start
        right = {k for k, ok in gold.items() if ok and k[0] == set_name}
        hits = wrong = unjudged = 0
        for (sentence, text), pairs in zip(rows, found):
            for name, role in pairs:
                key = _key(set_name, sentence, name, role)
                verdict = gold.get(key)
                if verdict is None:
                    unjudged += 1
                    if args.pool:
                        print(f"{set_name}\t{sentence}\t{name}\t{role}\t?\t{text}")
                elif verdict:
                    hits += 1
                else:
                    wrong += 1
                    if args.wrong:
                        print(f"wrong\t{set_name}\t{name}\t{role}\t{text}")
        total = hits + wrong + unjudged
        print(
            f"{set_name}: {len(rows)} sentences, {total} pairs, {hits} right, {wrong} wrong, {unjudged} unjudged; "
            f"precision {hits / max(1, hits + wrong):.3f}, recall {hits / max(1, len(right)):.3f} "
            f"({len(right)} right pairs in the list); {took:.2f} s",
            file=sys.stderr,
        )
    print(f"load {loaded:.2f} s", file=sys.stderr)


if __name__ == "__main__":
    main()
