"""What a worker runs: clean a batch, summarise it, embed texts, brief events.

Every function here is a plain function of picklable records, so the same
call runs in this process (one worker) or in a spawned one. A worker loads
its models on first use and keeps them: the sentence encoder with one BLAS
thread (the processes are the parallelism; two threads per process on two
cores only fight), and an extractive summariser over it.

A page that makes a stage raise fails alone: the batch is redone without it.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Callable, Sequence, TypeVar

from ..errors import InputError
from ..records import Article, Brief, Event, RawDocument, Summary

T = TypeVar("T")
R = TypeVar("R")

_IN_WORKER = False
_MODELS: dict[str, object] = {}


def start_worker() -> None:
    """Initialise a worker process: one thread per BLAS and OpenMP pool."""
    global _IN_WORKER
    _IN_WORKER = True
    for name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ[name] = "1"  # read by libraries loaded from here on
    try:
        from threadpoolctl import threadpool_limits

        threadpool_limits(1)  # and by those already loaded
    except Exception:
        pass


def preload() -> None:
    """Import what every stage's tasks run (cleaning), so that forked workers
    inherit it rather than each importing it; a command that also briefs or
    summarises has imported those modules already."""
    from .. import ingest  # noqa: F401
    from ..text import lang  # noqa: F401


def embedder():
    """This process's sentence encoder: its own in a worker, the shared one otherwise."""
    if not _IN_WORKER:
        from ..text.embed import get_embedder

        return get_embedder()
    if "embedder" not in _MODELS:
        from ..text.embed import CACHED_VECTORS, UseEmbedder

        _MODELS["embedder"] = UseEmbedder(threads=1, max_cached=CACHED_VECTORS)
    return _MODELS["embedder"]


def extractive():
    if "extractive" not in _MODELS:
        from ..summarise import ExtractiveSummariser

        _MODELS["extractive"] = ExtractiveSummariser(embedder=embedder())
    return _MODELS["extractive"]


def each_alone(run: Callable[[Sequence[T]], list[R]], items: Sequence[T], name: Callable[[T], str],
               what: str) -> tuple[list[T], list[InputError]]:
    """The items `run` accepts when given alone, and an error for each it raises on."""
    good, bad = [], []
    for item in items:
        try:
            run([item])
            good.append(item)
        except Exception as exc:  # a bug met on this page only
            bad.append(InputError(name(item), f"cannot {what} ({type(exc).__name__}: {exc})"))
    return good, bad


def clean_batch(docs: Sequence[RawDocument], keep_input: bool = True, today: str | None = None) -> tuple[list[Article], list[InputError]]:
    """Clean a batch together (lines repeated across it are boilerplate): the
    articles in input order, and the inputs that failed (see ingest.clean_pages
    for `keep_input`)."""
    from ..ingest import clean_pages

    def run(items: Sequence[RawDocument]) -> tuple[list[Article], list[InputError]]:
        return clean_pages(items, keep_input=keep_input, today=today)

    try:
        return run(docs)
    except Exception:
        good, bad = each_alone(run, docs, lambda d: d.path or d.id, "clean this page")
        articles, dropped = run(good)
        return articles, bad + dropped


@dataclass(frozen=True)
class SummaryJob:
    docs: tuple[RawDocument, ...]
    max_words: int
    sentences: int | None = None


def clean_and_summarise(job: SummaryJob) -> tuple[list[tuple[Article, Summary]], list[InputError]]:
    """`briefing summarise` on a batch: clean it, then summarise each article (extractive)."""
    articles, failures = clean_batch(job.docs)
    model = extractive()

    def summarise(items: Sequence[Article]) -> list[Summary]:
        return model.summarise_many(items, job.max_words, job.sentences)

    try:
        return list(zip(articles, summarise(articles))), failures
    except Exception:
        good, bad = each_alone(summarise, articles, lambda a: a.path or a.id, "summarise this article")
        return list(zip(good, summarise(good))), failures + bad


def embed_texts(texts: Sequence[str]):
    """Vectors of `texts` (an (N, D) float32 array). The caller (PoolEmbedder)
    caches them: a worker keeping them too would hold every lead twice over."""
    model = embedder()
    encode = getattr(model, "encode_uncached", model.encode)
    return encode(texts)


@dataclass(frozen=True)
class BriefJob:
    events: tuple[tuple[Event, tuple[Article, ...], bool], ...]  # each event, its articles, whether in full
    max_words: int
    limits: object  # brief.build.Limits: how much a full brief holds
    language: str = "fr"  # the memo's: the pages that tell each event


def brief_events(job: BriefJob) -> list[tuple[Brief, tuple[str, ...]]]:
    """The brief of each event (full ones with extractive summaries), with
    the sentences the summariser's guard left out."""
    from ..brief.build import build_each
    from ..summarise.flags import FlagCounter

    counted = FlagCounter(extractive())
    out = []
    for brief in build_each(job.events, job.limits, counted, job.max_words, job.language):
        out.append((brief, tuple(counted.flagged)))
        counted.flagged.clear()
    return out
