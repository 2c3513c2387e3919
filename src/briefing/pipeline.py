"""The flow of DESIGN.md, stage after stage, with progress callbacks.

Stages are pure functions of records; this module only strings them together
and reports progress. It knows nothing of the terminal or of output files.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Iterable, Sequence

from .errors import InputError
from .parallel import Workers
from .records import Article, Brief, Event, Memo, RawDocument
from .settings import Settings

# progress(stage, done, total): the CLI draws one bar per stage; tests can
# record it. `total` is None while unknown (a stream from stdin, grouping).
Progress = Callable[[str, int, "int | None"], None]
BRIEF_CHUNK = 8  # events a worker briefs per task


def _silent(stage: str, done: int, total: int | None) -> None:
    return None


@dataclass(frozen=True)
class RunResult:
    memos: dict[str, Memo]  # by language, in the order asked
    articles: tuple[Article, ...]
    events: tuple[Event, ...]
    failures: tuple[InputError, ...] = ()
    notes: tuple[str, ...] = field(default=())


def clean(docs: Sequence[RawDocument]) -> tuple[list[Article], list[InputError]]:
    """Clean documents; an input with no text left is a failure, not an article."""
    from .ingest import clean_documents

    articles, failures = [], []
    for article in clean_documents(docs):
        if article.text.strip():
            articles.append(article)
        else:
            failures.append(InputError(article.path or article.id, "no article text left after cleaning"))
    return articles, failures


def group(articles: Sequence[Article], embedder=None) -> list[Event]:
    from .events import group_articles

    return group_articles(articles, embedder)  # None: the process-wide embedder, loaded once


class FlagCounter:
    """Wraps a summariser and counts the sentences its faithfulness guard
    left out, so that the memo can say so."""

    def __init__(self, summariser):
        self.summariser = summariser
        self.flagged: list[str] = []

    def summarise(self, articles, max_words, sentences=None):
        summary = self.summariser.summarise(articles, max_words, sentences)
        self.flagged.extend(summary.flagged)
        return summary


def load_translators(settings: Settings) -> dict:
    """Every translator the run needs, by language."""
    targets = [lang for lang in settings.languages if lang != "fr"]
    if not targets:
        return {}
    from .translate import load_translator

    return {lang: load_translator(lang, settings) for lang in targets}


def clean_all(
    docs: Iterable[RawDocument | InputError], workers: Workers, progress: Progress = _silent, total: int | None = None
) -> tuple[list[Article], list[InputError]]:
    """Clean a stream of documents batch by batch, keeping only the articles
    (the raw pages go as soon as their batch is cleaned); read failures come
    first in the failures, then the inputs that left no text, as in a batch."""
    from .parallel import tasks
    from .stream import map_batches

    articles: list[Article] = []
    unread: list[InputError] = []
    dropped: list[InputError] = []
    done = 0
    progress("cleaning", done, total)
    for batch in map_batches(docs, workers, tasks.clean_batch):
        cleaned, empty = batch.result
        articles += cleaned
        dropped += empty
        unread += batch.read_failures
        done += batch.inputs
        progress("cleaning", done, total)
    return articles, unread + dropped


def briefed_in_full(events: Sequence[Event], settings: Settings) -> list[Event]:
    """The events the memo briefs in full, each summarised from its sources.

    Today every event is; a memo budget (--max-events) decides it here, and
    the events it leaves out then need no summary at all.
    """
    return list(events)


def brief_all(
    events: Sequence[Event],
    articles: Sequence[Article],
    summariser,
    max_words: int,
    workers: Workers,
    progress: Progress = _silent,
) -> tuple[list[Brief], list[str]]:
    """One brief per event, in order, and the sentences the guard left out.

    Extractive briefs are built in the workers (each with its own encoder);
    a seq2seq summariser is too big to load once per worker and stays here.
    """
    from .parallel import tasks

    by_id = {a.id: a for a in articles}
    in_workers = workers.parallel and getattr(summariser, "name", "") == "extractive"
    chunk = BRIEF_CHUNK if in_workers else 1
    jobs = (
        tasks.BriefJob(
            tuple((e, tuple(by_id[i] for i in e.article_ids if i in by_id)) for e in events[at : at + chunk]),
            max_words,
            None if in_workers else summariser,
        )
        for at in range(0, len(events), chunk)
    )
    run = workers if in_workers else Workers(1)
    briefs: list[Brief] = []
    flagged: list[str] = []
    progress("briefing", 0, len(events))
    for done in run.map(tasks.brief_events, jobs):
        for brief, left_out in done:
            briefs.append(brief)
            flagged += left_out
        progress("briefing", len(briefs), len(events))
    return briefs, flagged


def flag_note(flagged: Sequence[str]) -> str | None:
    if not flagged:
        return None
    return f"faithfulness guard: {len(flagged)} generated sentence(s) left out (a number or name not in the sources)"


def run(
    docs: Iterable[RawDocument | InputError],
    settings: Settings,
    progress: Progress = _silent,
    failures: Sequence[InputError] = (),
    total: int | None = None,
) -> RunResult:
    """Documents (a list, or a stream with read errors in it) → memos, one
    per language of `settings.languages`. `total`: how many inputs the stream
    holds, when known (progress, and whether workers are worth starting)."""
    from .brief import build_memo
    from .parallel import choose_workers
    from .parallel.embed import PoolEmbedder
    from .summarise import make_summariser

    # Models first: a missing one stops the run before any long work (exit 2).
    translators = load_translators(settings)
    summariser, note = make_summariser(settings)
    if total is None and isinstance(docs, Sequence):
        total = len(docs)
    with Workers(choose_workers(settings.workers, total)) as workers:
        articles, dropped = clean_all(docs, workers, progress, total)
        failures = tuple(failures) + tuple(dropped)
        if not articles:
            return RunResult({}, (), (), failures)

        progress("grouping", 0, None)
        events = group(articles, PoolEmbedder(workers) if workers.parallel else None)
        progress("grouping", 1, 1)
        full = briefed_in_full(events, settings)
        briefs, flagged = brief_all(full, articles, summariser, settings.event_max_words, workers, progress)

    notes = tuple(n for n in (f"summariser: {note}", flag_note(flagged)) if n)
    memo = build_memo(briefs, articles, language="fr", today=settings.today, notes=notes, title=settings.memo_title)

    memos: dict[str, Memo] = {}
    for lang in settings.languages:
        if lang == "fr":
            memos[lang] = memo
            continue
        from .translate import translate_memo

        progress(f"translating to {lang}", 0, None)
        memos[lang] = translate_memo(memo, translators[lang], lang)
        progress(f"translating to {lang}", 1, 1)
    return RunResult(memos, tuple(articles), tuple(events), failures, notes)
