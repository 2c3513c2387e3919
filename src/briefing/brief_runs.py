"""How a run builds its briefs: in the worker processes or in this one, and
in another memo language from that language's own pages.

Part of the flow (pipeline.py); it knows nothing of the terminal either.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterator

from .parallel import Workers
from .records import Brief
from .settings import Settings

if TYPE_CHECKING:
    from .summarise.flags import FlagCounter

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
    English page's own sentence before translating a French one."""
    from .brief import build_briefs, verify_briefs

    langs = {a.id: a.lang for a in articles}
    having = {e.id for e in events if any(langs.get(i) == language for i in e.article_ids)}
    if not having:
        return {}
    briefs = build_briefs(
        events, articles, counted, settings.event_max_words, detailed=plan.detailed,
        build=brief_builder(workers, counted, settings.event_max_words, language), language=language, only=having,
    )
    return {b.event_id: b for b in verify_briefs(briefs, articles, language)}
