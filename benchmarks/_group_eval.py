"""Data, scores, the TF-IDF baseline and CLI runs for benchmarks/group.py."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import tempfile
import time
from itertools import combinations
from pathlib import Path

import numpy as np
from scipy.cluster.hierarchy import fcluster, linkage
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics import adjusted_rand_score

from _common import BIN, eval_file

DAY = eval_file("day-dev")
HEADLINES = eval_file("headlines-dev.tsv")


def day_labels() -> dict[str, str]:
    rows = [line.split("\t") for line in (DAY / "labels.tsv").read_text(encoding="utf-8").splitlines()[1:]]
    return {r[0]: r[1] for r in rows}


def day_site_text() -> dict[str, str]:
    """The site's own clean text (title, standfirst, body) of each day-dev page."""
    out = {}
    for line in (DAY / "gold.jsonl").open(encoding="utf-8"):
        o = json.loads(line)
        out[str(o["id"])] = "\n".join(filter(None, [o.get("title"), o.get("heading"), o.get("article")]))
    return out


def day_halves(labels: dict[str, str]) -> tuple[list[str], list[str]]:
    """Two halves of day-dev by event (every page of an event in one half)."""
    events = sorted(set(labels.values()))
    rng = np.random.default_rng(12)
    first = set(rng.permutation(events)[: len(events) // 2])
    ids = sorted(labels)
    return [i for i in ids if labels[i] in first], [i for i in ids if labels[i] not in first]


def headline_rows() -> list[dict]:
    with HEADLINES.open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def scores(gold: list[str], pred: list[str]) -> dict[str, float]:
    """ARI, pairwise precision and recall, number of groups."""
    tp = fp = fn = 0
    for a, b in combinations(range(len(gold)), 2):
        same_pred, same_gold = pred[a] == pred[b], gold[a] == gold[b]
        tp += same_pred and same_gold
        fp += same_pred and not same_gold
        fn += same_gold and not same_pred
    return {
        "ari": adjusted_rand_score(gold, pred),
        "p": tp / max(tp + fp, 1),
        "r": tp / max(tp + fn, 1),
        "groups": len(set(pred)),
    }


def ari_on(ids: list[str], gold: dict[str, str], pred: dict[str, str]) -> float:
    return adjusted_rand_score([gold[i] for i in ids], [pred.get(i, "missing-" + i) for i in ids])


class TfidfBaseline:
    """scikit-learn's default TF-IDF, cosine, average link cut at a distance."""

    def __init__(self, texts: list[str]):
        matrix = TfidfVectorizer().fit_transform(texts).toarray()
        self.tree = linkage(matrix, method="average", metric="cosine") if len(texts) > 1 else None

    def labels(self, distance: float) -> list[str]:
        if self.tree is None:
            return ["0"]
        return [str(x) for x in fcluster(self.tree, distance, criterion="distance")]


def cli_group(args: list[str], stdin_lines: list[dict] | None = None) -> tuple[dict[str, str], float, float, int]:
    """`briefing group ... --jsonl`: id -> event, wall and CPU seconds, peak RSS in MiB."""
    data = "".join(json.dumps(o, ensure_ascii=False) + "\n" for o in stdin_lines or [])
    out, seconds, cpu, peak = measured([str(BIN / "briefing"), "group", *args, "--jsonl", "-q"], data)
    return {str(o["id"]): str(o["event"]) for o in map(json.loads, out.splitlines()) if o}, seconds, cpu, peak


def cli_group_text(args: list[str]) -> str:
    return measured([str(BIN / "briefing"), "group", *args, "-q"], "")[0]


def measured(cmd: list[str], stdin: str) -> tuple[str, float, float, int]:
    """stdout, wall and CPU seconds and peak RSS (MiB) of this one child process
    (CPU time is less at the mercy of other jobs on a shared machine)."""
    with tempfile.TemporaryFile("w+", encoding="utf-8") as given, tempfile.TemporaryFile("w+", encoding="utf-8") as out:
        given.write(stdin)
        given.seek(0)
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdin=given, stdout=out, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(proc.pid, 0)  # this child's own peak, not the run's
        seconds = time.perf_counter() - start
        code = os.waitstatus_to_exitcode(status)
        if code not in (0, 1):
            raise SystemExit(f"{' '.join(cmd[:3])} failed with exit {code}")
        out.seek(0)
        return out.read(), seconds, usage.ru_utime + usage.ru_stime, int(usage.ru_maxrss // 1024)


def related_of_seeds(text: str) -> tuple[list[list[str]], list[tuple[str, ...]]]:
    """Groups and related pairs (as article ids) from `briefing group seeds/`."""
    groups, related = {}, []
    for line in text.splitlines():
        if line and not line.startswith(" ") and ":" in line:
            event, rest = line.split(":", 1)
            members = rest.split("(related:")[0].split()
            groups[event] = members
            if "(related:" in rest:
                related += [(event, other.strip(" )")) for other in rest.split("(related:")[1].split(",")]
    pairs = sorted({tuple(sorted(groups[a] + groups[b])) for a, b in related if b in groups})
    return sorted(sorted(g) for g in groups.values()), pairs


def headline_lines(n: int) -> list[dict]:
    """n distinct headline-like lines (6 to 20 words, not a sentence, not a
    byline or photo credit) from the scale pages' titles, teasers and
    captions: a synthetic but real-worded set of headlines for timing."""
    seen: dict[str, None] = {}
    for path in sorted((eval_file("scale") / "text").glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if 6 <= len(line.split()) <= 20 and not line.endswith(".") and "publié le" not in line and "©" not in line:
                seen.setdefault(line)
    lines = list(seen)
    if len(lines) < n:  # repeat with a number so that every line stays distinct
        lines += [f"{x} ({k})" for k in range(2, 2 + n // max(len(lines), 1)) for x in lines]
    return [{"id": str(i), "text": t} for i, t in enumerate(lines[:n])]


def scale_folder(tmp: Path, n: int) -> Path:
    """A folder of links to the first n scale pages."""
    return _links(tmp / f"pages{n}", sorted((eval_file("scale") / "text").glob("*.txt"))[:n])


def subset_folder(tmp: Path, source: Path, ids: list[str]) -> Path:
    """A folder of links to the pages of `source` with these ids."""
    keep = set(ids)
    return _links(tmp / f"{source.name}-{len(ids)}", [p for p in sorted(source.iterdir()) if p.stem in keep])


def _links(folder: Path, paths: list[Path]) -> Path:
    folder.mkdir()
    for path in paths:
        (folder / path.name).symlink_to(path.resolve())
    return folder


# What group.py's tuning reads: the texts cleaned as the CLI cleans them, and what
# group_articles computes before clustering.
def cleaned(folder: Path) -> dict[str, str]:
    _, articles = _clean(folder)
    return {a.id: "\n".join(filter(None, [a.title, a.text])) for a in articles}


def _clean(folder: Path):
    from briefing.ingest.read import read_inputs
    from briefing.pipeline import clean

    docs, _ = read_inputs([str(folder)])
    articles, _ = clean(docs)
    return docs, articles


def prepared(folder: Path):
    _, articles = _clean(folder)
    return _prepare(articles)


def prepared_lines(texts: list[str]):
    from briefing.pipeline import clean
    from briefing.records import RawDocument

    articles, _ = clean([RawDocument(id=str(i), text=t) for i, t in enumerate(texts)])
    return _prepare(articles)


def subset_of(prepared, keep: set[str]):
    ids, *columns = prepared
    idx = [i for i, x in enumerate(ids) if x in keep]
    return ([ids[i] for i in idx], *[[c[i] for i in idx] if isinstance(c, list) else c[idx] for c in columns])


def _prepare(articles):
    """What group_articles computes before clustering (same functions)."""
    from briefing.events import embedded_lead, event_date, lead
    from briefing.text.embed import get_embedder

    vectors = get_embedder().encode([embedded_lead(a) for a in articles])
    return ([a.id for a in articles], [lead(a.text, a.title) for a in articles],
            ["\n".join(filter(None, [a.title, a.text])) for a in articles], vectors, [event_date(a) for a in articles])
