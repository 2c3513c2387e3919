"""How a run builds its briefs: in the worker processes or in this one, and
in another memo language from that language's own pages.

Part of the flow (pipeline.py); it knows nothing of the terminal either.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Callable, Iterator

from .parallel import Workers
from .records import Brief, Memo
from .settings import Settings

if TYPE_CHECKING:
    from .brief.budget import MemoPlan
    from .summarise.flags import FlagCounter

Progress = Callable[[str, int, "int | None"], None]  # as pipeline.Progress

BRIEF_CHUNK = 32  # events a worker briefs per task (most take one line: a millisecond each)


def brief_builder(workers: Workers, counted: "FlagCounter", max_words: int, language: str = "fr"):
    """How build_briefs makes the briefs: in the workers, a chunk of events
    each, for an extractive summariser (each worker has its own encoder);
    None, in this process, for one worker or a seq2seq model (too big to
    load once per worker)."""
    if not workers.parallel or getattr(counted.summariser, "name", "") != "extractive":
        return None
    from .parallel import tasks

    def build(jobs, limits) -> Iterator[Brief]:
        chunks = (
            tasks.BriefJob(tuple((e, tuple(m), full) for e, m, full in jobs[at : at + BRIEF_CHUNK]), max_words, limits, language)
            for at in range(0, len(jobs), BRIEF_CHUNK)
        )
        for done in workers.map(tasks.brief_events, chunks):
            for brief, left_out in done:
                counted.flagged.extend(left_out)
                yield brief

    return build


def native_briefs(events, articles, plan, language: str, counted, settings: Settings, workers: Workers) -> dict[str, Brief]:
    """The briefs of the events that have pages in `language`, told from those
    pages and verified there, by event id: a memo in that language takes an
    English page's own sentence before translating a French one. With no
    machine translation, every event's: the others told in their pages'
    words, marked with their language."""
    from .brief import build_briefs, verify_briefs

    langs = {a.id: a.lang for a in articles}
    having = None
    if settings.machine_translation:
        having = {e.id for e in events if any(langs.get(i) == language for i in e.article_ids)}
        if not having:
            return {}
    briefs = build_briefs(
        events, articles, counted, settings.event_max_words, detailed=plan.detailed,
        build=brief_builder(workers, counted, settings.event_max_words, language), language=language, only=having,
    )
    return {b.event_id: b for b in verify_briefs(briefs, articles, language)}


@dataclass(frozen=True)
class Made:
    """What the workers made: the events' briefs (French, and natives per memo language)."""

    plan: "MemoPlan"
    briefs: list[Brief]
    natives: dict[str, dict[str, Brief]]  # by memo language, by event id
    counted: "FlagCounter"


def make_briefs(plan: "MemoPlan", articles, settings: Settings, summariser, workers, progress: Progress) -> Made:
    """Each planned event's brief, built on the run's workers, and those a memo in
    another language tells from its own pages."""
    from .brief import build_briefs
    from .summarise.flags import FlagCounter

    events = list(plan.events)
    counted = FlagCounter(summariser)
    progress("briefing", 0, len(plan.detailed))
    briefs = build_briefs(
        events, articles, counted, settings.event_max_words,
        progress=lambda done, total: progress("briefing", done, total),
        detailed=plan.detailed, build=brief_builder(workers, counted, settings.event_max_words),
    )
    # A memo in another language tells the events it has pages for from them.
    natives = {
        lang: native_briefs(events, articles, plan, lang, counted, settings, workers)
        for lang in settings.languages
        if lang != "fr"
    }
    return Made(plan, briefs, natives, counted)


def make_memos(made: Made, articles, settings: Settings, translators, note: str, progress: Progress,
           notes: tuple[str, ...], found=None) -> tuple[dict[str, Memo], Memo]:
    """The memos by language, and the French memo they come from (what a store remembers)."""
    from .brief import build_memo, verify_briefs

    # Every claim against the pages it cites: a page is cited only where it states the claim.
    progress("verifying", 0, None)
    briefs = verify_briefs(made.briefs, articles)
    # An event with no French page: translated (after verification, in its
    # pages' words) when a model for that direction is at hand, else marked.
    told = {b.event_id: b for b in briefs if b.language}
    from .translate.memo import translate_told

    translated, told_notes = translate_told(briefs, translators.get, "fr")
    briefs = [translated.get(b.event_id, b) for b in briefs]
    if not settings.machine_translation:
        told_notes = kept_notes(briefs)

    progress("memo", 0, None)
    notes = notes + tuple(n for n in (f"summariser: {note}", made.counted.note()) if n)
    memo = build_memo(
        briefs, articles, language="fr", today=settings.today, notes=notes, title=settings.memo_title, about=settings.about
    )
    if found is not None:
        from .memory import mark

        memo = mark(memo, found, articles)

    memos: dict[str, Memo] = {}
    for lang in settings.languages:
        if lang == "fr":  # the notes on its own translations are the French memo's
            memos[lang] = replace(memo, notes=memo.notes + tuple(told_notes))
            continue
        if not settings.machine_translation:
            memos[lang] = own_words_memo(made, articles, lang, settings, notes, found)
            continue
        from .translate import translate_memo

        progress(f"translating to {lang}", 0, None)
        memos[lang] = translate_memo(memo, translators[lang], lang, translators.get, made.natives[lang], told)
        if found is not None:  # what is new since, in the memo's own words (the French memo's were copied)
            from .memory import mark

            memos[lang] = mark(memos[lang], found, articles)
        progress(f"translating to {lang}", 1, 1)
    return memos, memo


def own_words_memo(made: Made, articles, language: str, settings: Settings, notes: tuple[str, ...], found=None) -> Memo:
    """The memo in `language` with no machine translation (--no-translation):
    each event told from its pages in that language, else in the words of its
    pages' language, marked ("[fr] ...") and kept out of the synthesis; title,
    synthesis, dates and labels in `language`'s own words."""
    from .brief import build_memo

    told = made.natives[language]
    briefs = [told[b.event_id] for b in made.briefs]
    memo = build_memo(
        briefs, articles, language=language, today=settings.today, notes=notes + tuple(kept_notes(briefs)),
        title=settings.memo_title, about=settings.about,
    )
    if found is not None:
        from .memory import mark

        memo = mark(memo, found, articles)
    return memo


def kept_notes(briefs) -> list[str]:
    """What --no-translation left in another language than the memo's, per language."""
    from collections import Counter

    kept = Counter(b.language for b in briefs if b.language)
    return [f"{n} event(s) told in {lang} kept in its words, marked [{lang}]: --no-translation" for lang, n in sorted(kept.items())]
