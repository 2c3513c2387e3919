"""The date of an event across its sources, and the sources that disagree on it.

Dates are ISO 8601 at the precision the source gives ("2025-05-12",
"2025-05", "--02-04" when the year is unknown). Two dates agree when one
refines the other ("2025-05" and "2025-05-12"); the brief takes the finest of
agreeing dates. Disagreeing sources are reported, never averaged.

A source dates an event by the day its lead says it happened
(`Article.event_date`), else by its publication date. A stated day is only
taken when it falls in the week before publication: a lead's "jeudi" or "la
veille" names such a day, while an older date is background (a crime of last
spring recalled in a report on its trial), never the day of the news. Only
stated days can disagree, and only between sources published on the same
day: two publication dates are two days a story ran, and a Sunday protest
reported on Monday beside Wednesday's reported on Wednesday is a story that
goes on, not sources that contradict each other.
"""

from __future__ import annotations

from typing import Mapping, Sequence

# How an article dates its event is the ingest's rule, shared with grouping and --since/--until.
from ..ingest.event_date import compatible, source_date, stated_date
from ..prompts import date_in_words
from ..records import Article, Discrepancy

__all__ = ["brief_date", "compatible", "event_date", "has_day", "human", "source_date", "stated_date"]

def event_date(dated: Sequence[tuple[str, str | None]]) -> tuple[str | None, Discrepancy | None]:
    """(date, discrepancy) from (article id, date) pairs.

    With disagreeing dates, the date most sources support wins (the earliest
    on a tie) and the discrepancy lists every source's claim.
    """
    known = [(aid, d) for aid, d in dated if d]
    if not known:
        return None, None
    groups: list[list[tuple[str, str]]] = []
    for aid, d in known:
        for group in groups:
            if all(compatible(d, other) for _, other in group):
                group.append((aid, d))
                break
        else:
            groups.append([(aid, d)])
    best = min(groups, key=lambda g: (-len(g), min(d for _, d in g)))
    finest = max((d for _, d in best), key=len)
    if len(groups) == 1:
        return finest, None
    claims = tuple((d, aid) for g in groups for aid, d in g)
    return finest, Discrepancy("date", claims)


def brief_date(members: Sequence[Article]) -> tuple[str | None, Discrepancy | None]:
    """(date, discrepancy) of an event: the day its leads state when any does
    (the one most of them state), else the day most sources were published.
    Only days stated by sources of one publication day can disagree."""
    stated = [(a.id, stated_date(a)) for a in members]
    if not any(d for _, d in stated):
        date, _ = event_date([(a.id, a.date) for a in members])
        return date, None
    date, _ = event_date(stated)
    return date, _same_day_conflict(members, dict(stated))


def _same_day_conflict(members: Sequence[Article], stated: dict[str, str | None]) -> Discrepancy | None:
    """The claims of sources published on one day that state different days for the event."""
    by_day: dict[str, list[tuple[str, str | None]]] = {}
    for a in members:
        if a.date and has_day(a.date):
            by_day.setdefault(a.date, []).append((a.id, stated[a.id]))
    claims: list[tuple[str, str]] = []
    for dated in by_day.values():
        _, conflict = event_date(dated)
        if conflict is not None:
            claims += conflict.claims
    return Discrepancy("date", tuple(claims)) if claims else None


def _split(iso: str) -> tuple[str | None, list[str]]:
    """(year or None, [month, day?]) of an ISO date at any precision."""
    year, rest = (None, iso[2:]) if iso.startswith("--") else (iso[:4], iso[5:])
    return year, [p for p in rest.split("-") if p]


def has_day(iso: str | None) -> bool:
    """True when the date gives the day ("2025-05-12", "--02-04")."""
    return bool(iso) and len(_split(iso)[1]) > 1


def human(iso: str | None, words: Mapping[str, str] | Sequence[str]) -> str:
    """ "2025-05-12" -> "12 mai 2025"; "--02-04" -> "4 février" (year unknown);
    "" for no date. `words` is a language's labels (prompts.labels), or only its months."""
    if not iso:
        return ""
    if not isinstance(words, Mapping):
        words = {"months": ",".join(words)}
    return date_in_words(iso, words)
