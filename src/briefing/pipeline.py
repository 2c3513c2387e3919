"""The flow of DESIGN.md, stage after stage, with progress callbacks.

Stages are pure functions of records; this module only strings them together
and reports progress. It knows nothing of the terminal or of output files.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Sequence

from .errors import InputError
from .records import Article, Event, Memo, RawDocument
from .settings import Settings

# progress(stage, done, total): the CLI draws it; tests can record it.
Progress = Callable[[str, int, int], None]


def _silent(stage: str, done: int, total: int) -> None:
    return None


@dataclass(frozen=True)
class RunResult:
    memos: dict[str, Memo]  # by language, in the order asked
    articles: tuple[Article, ...]
    events: tuple[Event, ...]
    failures: tuple[InputError, ...] = ()
    notes: tuple[str, ...] = field(default=())


def clean(docs: Sequence[RawDocument], keep_input: bool = True) -> tuple[list[Article], list[InputError]]:
    """Clean documents. When cleaning leaves no text, the article keeps the
    input as it came (`keep_input`, what the later stages want: a headline is
    not boilerplate) or the empty text (what `briefing clean` reports); either
    way its `note` says so. A page of nothing but site furniture fails."""
    from .ingest import clean_documents, kept_as_given

    articles, failures = [], []
    for doc, article in zip(docs, clean_documents(docs)):
        if article.text.strip() or not keep_input:
            articles.append(article)
            continue
        kept = kept_as_given(doc, article)
        if kept is None:
            failures.append(InputError(article.path or article.id, "no article text, only page furniture"))
        else:
            articles.append(kept)
    return articles, failures


def in_period(articles: Sequence[Article], settings: Settings) -> tuple[list[Article], tuple[str, ...]]:
    """The articles dated in --since/--until, and a note on what was left out."""
    if not (settings.since or settings.until):
        return list(articles), ()
    from .select import select_articles

    return select_articles(articles, since=settings.since, until=settings.until)


def on_subject(
    events: Sequence[Event], articles: Sequence[Article], settings: Settings
) -> tuple[list[Event], list[Article], tuple[str, ...]]:
    """The events on --about with their articles, and a note saying how many."""
    if not settings.about:
        return list(events), list(articles), ()
    from .select import on_subject as keep

    return keep(events, articles, settings.about)


def group(articles: Sequence[Article]) -> list[Event]:
    from .events import group_articles

    return group_articles(articles)  # the process-wide embedder, loaded once


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

    def note(self) -> str | None:
        if not self.flagged:
            return None
        return f"faithfulness guard: {len(self.flagged)} generated sentence(s) left out (a number or name not in the sources)"


def load_translators(settings: Settings) -> dict:
    """Every translator the run needs, by language."""
    targets = [lang for lang in settings.languages if lang != "fr"]
    if not targets:
        return {}
    from .translate import load_translator

    return {lang: load_translator(lang, settings) for lang in targets}


def run(
    docs: Sequence[RawDocument],
    settings: Settings,
    progress: Progress = _silent,
    failures: Sequence[InputError] = (),
) -> RunResult:
    """Documents → memos, one per language of `settings.languages`."""
    from .brief import build_briefs, build_memo, plan_memo
    from .summarise import make_summariser

    # Models first: a missing one stops the run before any long work (exit 2).
    translators = load_translators(settings)
    summariser, note = make_summariser(settings)
    steps = 4 + len(translators)
    progress("cleaning", 0, steps)
    articles, dropped = clean(docs)
    failures = tuple(failures) + tuple(dropped)
    if not articles:
        return RunResult({}, (), (), failures)

    articles, period_notes = in_period(articles, settings)  # --since/--until

    progress("grouping", 1, steps)
    events, articles, subject_notes = on_subject(group(articles), articles, settings)  # --about
    # The memo budget is decided here, before any summary: only the events
    # briefed in full are summarised, the others get one line.
    plan = plan_memo(events, articles, settings.max_events)
    events = list(plan.events)

    progress("summarising", 2, steps)
    counted = FlagCounter(summariser)
    briefs = build_briefs(
        events, articles, counted, settings.event_max_words,
        progress=lambda done, total: progress(f"summarising event {done}/{total}", 2, steps),
        detailed=plan.detailed,
    )

    progress("writing the memo", 3, steps)
    notes = period_notes + subject_notes + tuple(n for n in (f"summariser: {note}", counted.note()) if n)
    memo = build_memo(
        briefs, articles, language="fr", today=settings.today, notes=notes, title=settings.memo_title, about=settings.about
    )

    memos: dict[str, Memo] = {}
    done = 4
    for lang in settings.languages:
        if lang == "fr":
            memos[lang] = memo
            continue
        from .translate import translate_memo

        progress(f"translating to {lang}", done, steps)
        memos[lang] = translate_memo(memo, translators[lang], lang)
        done += 1
    progress("done", steps, steps)
    return RunResult(memos, tuple(articles), tuple(events), failures, notes)
