"""The flow of DESIGN.md, stage after stage, with progress callbacks.

Stages are pure functions of records; this module only strings them together
and reports progress. It knows nothing of the terminal or of output files.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from typing import Callable, Iterable, Sequence

from .errors import InputError
from .parallel import Workers
from .records import Article, Event, Memo, RawDocument
from .settings import Settings

# progress(stage, done, total): the CLI draws one bar per stage; tests can
# record it. `total` is None while unknown (a stream from stdin, grouping).
Progress = Callable[[str, int, "int | None"], None]


def _silent(stage: str, done: int, total: int | None) -> None:
    return None


@dataclass(frozen=True)
class RunResult:
    memos: dict[str, Memo]  # by language, in the order asked
    articles: Sequence[Article]  # a tuple, or SpilledArticles (their texts on disk)
    events: tuple[Event, ...]
    failures: tuple[InputError, ...] = ()
    notes: tuple[str, ...] = field(default=())


def clean(docs: Sequence[RawDocument], keep_input: bool = True, today: str | None = None) -> tuple[list[Article], list[InputError]]:
    """Clean documents (see ingest.clean_pages)."""
    from .ingest import clean_pages

    return clean_pages(docs, keep_input, today)


def in_period(articles: Sequence[Article], settings: Settings) -> tuple[Sequence[Article], tuple[str, ...]]:
    """The articles dated in --since/--until, and a note on what was left out."""
    if not (settings.since or settings.until):
        return articles, ()
    from .select import select_articles
    from .spill import SpilledArticles

    kept, notes = select_articles(articles, since=settings.since, until=settings.until)
    if isinstance(articles, SpilledArticles):
        return articles.where(a.id for a in kept), notes
    return kept, notes


def on_subject(
    events: Sequence[Event], articles: Sequence[Article], settings: Settings, embedder=None
) -> tuple[list[Event], Sequence[Article], tuple[str, ...]]:
    """The events on --about with their articles, and a note saying how many."""
    if not settings.about:
        return list(events), articles, ()
    from .select import on_subject as keep

    return keep(events, articles, settings.about, embedder)


def group(articles: Sequence[Article], embedder=None, workers=None) -> list[Event]:
    """Events of the articles. The date windows of a large crawl are grouped
    here one after the other, or on a cluster's workers (--cluster), one
    window per worker in flight: local workers grouping two windows at once
    on two cores would hold two windows' matrices, and a process each, beside
    this one (a tree of 912 MB against 763 at 8,000 pages, README)."""
    from .events import group_articles

    mapped = workers is not None and workers.remote
    map_windows = functools.partial(workers.map, window=workers.n) if mapped else None
    return group_articles(articles, embedder, map_windows)  # embedder None: the process-wide one, loaded once


def load_translators(settings: Settings):
    """The run's translators (translate.Translators): French into each memo
    language and every direction the user named for one of them are loaded
    now, so that a missing model stops the run before any long work; others
    (an event told in Arabic, a model for every direction) when asked."""
    targets = [lang for lang in settings.languages if lang != "fr"]
    named = [(s, t) for s, t in settings.named_directions() if t in settings.languages and s != t]
    if not settings.machine_translation:
        return NoTranslation()
    from .errors import ModelNotFound
    from .translate import Translators  # no heavy import until a model loads

    translators = Translators(settings)
    for lang in targets:
        try:
            translators.require("fr", lang)
        except ModelNotFound as missing:
            if missing.name != settings.translation_model_for(lang) or settings.translation_choice(lang)[1] != "default":
                raise
            raise ModelNotFound(missing.name, "translation model", hint=", or --no-translation for a memo in its pages' own words") from None
    for source, target in named:
        translators.get(source, target)
    return translators


class NoTranslation:
    """--no-translation: no direction has a model, none is looked for."""

    def get(self, source: str, target: str) -> None:
        return None


def clean_all(
    docs: Iterable[RawDocument | InputError], workers: Workers, progress: Progress = _silent, total: int | None = None,
    today: str | None = None, spill: bool = False,
) -> tuple[Sequence[Article], list[InputError]]:
    """Clean a stream of documents batch by batch, keeping only the articles
    (the raw pages go as soon as their batch is cleaned); read failures come
    first in the failures, then the inputs that left no text, as in a batch.
    With `spill`, the articles' texts go to a temporary file as they come
    (spill.SpilledArticles): memory then holds their metadata only."""
    from .parallel import tasks
    from .spill import SpilledArticles
    from .stream import map_batches

    articles: list[Article] | SpilledArticles = SpilledArticles() if spill else []
    unread: list[InputError] = []
    dropped: list[InputError] = []
    done = 0
    progress("cleaning", done, total)
    for batch in map_batches(docs, workers, functools.partial(tasks.clean_batch, today=today)):
        cleaned, empty = batch.result
        articles.extend(cleaned)
        dropped += empty
        unread += batch.read_failures
        done += batch.inputs
        progress("cleaning", done, total)
    return articles, unread + dropped


def run(
    docs: Iterable[RawDocument | InputError],
    settings: Settings,
    progress: Progress = _silent,
    failures: Sequence[InputError] = (),
    total: int | None = None,
) -> RunResult:
    """Documents (a list, or a stream with read errors in it) → memos, one
    per language of `settings.languages`. `total`: how many inputs the stream
    holds, when known (progress, and whether workers are worth starting).
    With `settings.store`, pages already stored are left out, each event is
    marked new / update / follow-up against the store, and the run is stored."""
    from .summarise import make_summariser

    # Models and the store first: a missing one stops the run before any long work (exit 2).
    translators = load_translators(settings)
    summariser, note = make_summariser(settings)
    store = open_store(settings, total)
    try:
        return _run(docs, settings, progress, failures, total, translators, summariser, note, store)
    finally:
        if store is not None:
            store.close()


def run_period(settings: Settings, progress: Progress = _silent) -> RunResult:
    """A memo of --since/--until from the store alone (a week from daily runs): the
    stored pages' first words, grouped as the daily runs grouped them (history.py)."""
    from .brief import plan_memo
    from .brief_runs import make_briefs, make_memos
    from .errors import UsageError
    from .history import read_period, renamed
    from .parallel import open_workers
    from .summarise import make_summariser

    translators = load_translators(settings)
    summariser, note = make_summariser(settings)
    from .store import Store

    store = Store(settings.store, create=False)
    try:
        progress("reading the store", 0, None)
        period = read_period(store, settings.since, settings.until)
    finally:
        store.close()
    if not period.articles:
        raise UsageError(f"store {store.shown}: no page stored {_period_words(settings)}; nothing to brief")
    notes = (f"store: {len(period.articles)} pages, {period.stored_events} events of the daily runs, "
             f"read back (each page's first words, as the store keeps them)",)
    with open_workers(settings.workers, len(period.articles), settings.cluster) as workers:
        workers.start()
        events, articles, subject_notes = on_subject(period.events, period.articles, settings)  # --about
        progress("planning", 0, None)
        plan = plan_memo(events, articles, settings.max_events)  # renumbers the events kept
        made = make_briefs(plan, articles, settings, summariser, workers, progress)
    found = renamed(period, plan.events)
    memos, french = make_memos(made, articles, settings, translators, note, progress, notes + subject_notes, found)
    return RunResult(memos, tuple(articles), tuple(plan.events), (), french.notes)


def _period_words(settings: Settings) -> str:
    if settings.since and settings.until:
        return f"from {settings.since} to {settings.until}"
    return f"since {settings.since}" if settings.since else f"until {settings.until}"


# A run of this many pages ends its workers once grouping has embedded the
# leads, so that they do not hold their encoders (some 150 MB each) through a
# long grouping; the briefs start fresh ones. A smaller run keeps them: its
# grouping takes a second or two, and starting two workers again (spawned:
# Python, numpy, the encoder each) cost 1 s of a 146-page day's 4.3 s.
REST_FROM = 1000


def open_store(settings: Settings, total: int | None = None):
    """The run's store, or None. A run of fewer than REST_FROM pages on this machine
    has it served by a forked process (store/forked.py: SQLAlchemy's import, the
    database and the stored pages' reading on the other core while this one cleans
    and groups); a larger run, or one on a cluster, opens it here (those costs are
    small beside it, and a bad store then stops it before any long work)."""
    if not settings.store:
        return None
    from .store.forked import ForkedStore, fork_available

    if total is not None and total < REST_FROM and not settings.cluster and fork_available():
        return ForkedStore(settings.store)
    from .store import Store

    return Store(settings.store)


def _run(docs, settings: Settings, progress: Progress, failures, total, translators, summariser, note, store) -> RunResult:
    from .brief import plan_memo
    from .brief_runs import make_briefs, make_memos
    from .parallel import open_workers
    from .parallel.embed import PoolEmbedder
    from .spill import SpilledArticles

    if total is None and isinstance(docs, Sequence):
        total = len(docs)
    with open_workers(settings.workers, total, settings.cluster) as workers:
        workers.start()  # before the first progress report starts the bar's thread
        # Without a store, texts wait on disk between the stages that read them (spill.py).
        articles, dropped = clean_all(docs, workers, progress, total, settings.today, spill=store is None)
        failures = tuple(failures) + tuple(dropped)
        if not articles:
            return RunResult({}, (), (), failures)

        articles, period_notes = in_period(articles, settings)  # --since/--until
        if store is not None:  # a page an earlier run read is not news again
            from .memory import drop_known

            articles, known_notes = drop_known(store, articles)
            period_notes += known_notes
            if not articles:
                from .errors import UsageError

                raise UsageError(f"store {store.shown}: every page was already read by an earlier run; nothing new to brief")
            from .memory import ask_recent

            ask_recent(store, articles)  # a forked store reads them while this process groups

        progress("grouping", 0, None)
        rest = len(articles) >= REST_FROM
        embedder = PoolEmbedder(workers, rest=rest) if workers.parallel else None
        events, articles, subject_notes = on_subject(group(articles, embedder, workers), articles, settings, embedder)  # --about
        if rest:  # --about may have embedded again: idle until the briefs start them (pool.py)
            workers.rest()
        progress("grouping", 1, 1)
        # The memo budget is decided here, before any summary: only the events
        # briefed in full are summarised, the others get one line.
        progress("planning", 0, None)
        plan = plan_memo(events, articles, settings.max_events)
        events = list(plan.events)
        found = None
        if store is not None:  # each event against the stored events of the last days
            from .memory import link

            found = link(store, events, articles, embedder)
        made = make_briefs(plan, articles, settings, summariser, workers, progress)
    memos, french = make_memos(made, articles, settings, translators, note, progress, period_notes + subject_notes, found)
    if store is not None and found is not None:  # one transaction, once the memos are made
        from .memory import remember

        remember(store, french, events, articles, found)
    kept = articles if isinstance(articles, SpilledArticles) else tuple(articles)
    return RunResult(memos, kept, tuple(events), failures, french.notes)

