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
goes on, not sources that contradict each other. Even then two pages disagree
only when they report the same happening (same_happening): the day of
Wednesday's vote and the day of Thursday's reactions to it are two days of
one event, not two sources at odds.
"""

from __future__ import annotations

import datetime
import re
from typing import Mapping, Sequence

# How an article dates its event is the ingest's rule, shared with grouping and --since/--until.
from ..events.lexical import fold, names, words
from ..ingest.day_clause import action
from ..ingest.dates import find_dates
from ..ingest.event_date import RELATIVE_DAY, Dating, compatible, dating, full_day, source_date, stated_date
from ..ingest.event_date import WEEKDAYS as _WEEKDAY_NUMBERS
from ..prompts import date_in_words
from ..records import Article, Discrepancy
from .lexicon import WEEKDAYS

__all__ = ["brief_date", "compatible", "event_date", "has_day", "human", "names_only_earlier_days", "names_the_day",
           "source_date", "stated_date"]

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
    """The claims of sources published on one day that state different days for one
    happening: pages of one event may report its parts (Wednesday's vote, Thursday's
    reactions), which is no disagreement."""
    by_day: dict[str, list[tuple[Article, Dating]]] = {}
    for a in members:
        if a.date and has_day(a.date) and stated[a.id]:
            found = dating(a.text, a.date)
            if found.sentence is not None and compatible(found.iso or "", stated[a.id] or ""):
                by_day.setdefault(a.date, []).append((a, found))  # only a page whose lead names the day claims it
    claims: list[tuple[str, str]] = []
    for dated in by_day.values():
        for one in _happenings(dated):
            _, conflict = event_date([(a.id, stated[a.id]) for a, _ in one])
            if conflict is not None:
                claims += conflict.claims
    return Discrepancy("date", tuple(claims)) if claims else None


def _happenings(dated: Sequence[tuple[Article, Dating]]) -> list[list[tuple[Article, Dating]]]:
    """The pages grouped by the happening their dating sentences report (linked pairs)."""
    groups: list[list[tuple[Article, Dating]]] = []
    for page in dated:
        joined = [g for g in groups if any(same_happening(page[1], other) for _, other in g)]
        merged = sorted([p for g in joined for p in g] + [page], key=dated.index)  # pages keep their order
        groups = [g for g in groups if g not in joined] + [merged]
    return groups


# Verbs of saying: two statements are one happening only when they say the same thing.
_SAYING = ("annon", "indiq", "decla", "affir", "dit", "dire", "preci", "confi", "assur", "estim", "expli",
           "appri", "rappo", "soulig", "ajout", "repon", "ecrit", "tweet", "publi", "revel", "evoqu", "insis")
SAME_WORDS = 0.6  # Dice of the dating sentences' content words: one report, told twice
SAME_STATEMENT = 0.5  # ... as two pages tell one statement (Maas on Tuesday, Trump on Monday: 0.40)


def same_happening(a: Dating, b: Dating) -> bool:
    """True when two leads' dating sentences report one happening: the verbs that carry
    their days are one ("a été inculpé mercredi" / "a été inculpé jeudi"), or two verbs of
    saying that say the same thing, or (no verb found) the sentences are one report told
    twice; never when they name no name in common or one says it happened again."""
    if a.sentence is None or b.sentence is None:
        return False
    if _AGAIN.search(a.sentence) or _AGAIN.search(b.sentence):
        return False  # "se sont de nouveau rassemblés mardi": another time, not the same one
    names_a, names_b = set(names(a.sentence)), set(names(b.sentence))
    if names_a and names_b and not names_a & names_b:
        return False  # "à Bobigny, Mulhouse" / "à Paris, Lille": other places, other people
    overlap = _dice(_words_without_days(a.sentence), _words_without_days(b.sentence))
    act_a, act_b = (action(d.sentence or "", d.start, d.end) for d in (a, b))
    if not act_a or not act_b:  # no verb to go by: one report told twice, or not
        return overlap >= SAME_WORDS
    stem_a, stem_b = fold(act_a)[:5], fold(act_b)[:5]
    if stem_a.startswith(_SAYING) and stem_b.startswith(_SAYING):
        return overlap >= SAME_STATEMENT  # "a annoncé" / "a indiqué": one statement if it says the same
    return stem_a == stem_b  # "a voté mercredi" / "ont salué jeudi": two happenings


_AGAIN = re.compile(r"\b(?:de nouveau|à nouveau|une nouvelle fois|encore une fois)\b", re.I)
# Day words as `words` stems them (six letters).
_DAY_WORDS = frozenset(w[:6] for w in WEEKDAYS) | frozenset({"veille", "hier", "soir", "matin"})


def _words_without_days(sentence: str) -> set[str]:
    return {w for w in words(sentence) if w not in _DAY_WORDS and not w.isdigit()}


def _dice(a: set[str], b: set[str]) -> float:
    return 2 * len(a & b) / (len(a) + len(b)) if a and b else 0.0


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


EARLIER_DAYS = 2  # a day named this long before the event's is what led up to it


def names_only_earlier_days(text: str, iso: str | None) -> bool:
    """True when every day the sentence writes out lies more than EARLIER_DAYS before the
    event's day `iso`, and it names no weekday nor relative day ("… partie de Sfax dans la nuit
    du 4 au 5 juin", a week before the bodies were found): background, not the news. "…
    après la démonstration de force du 5 décembre" with "mardi", or "disparu le 28 mai,
    … ce jeudi 4 juin" name the news's day too."""
    day = full_day(iso)
    if day is None or RELATIVE_DAY.search(text):
        return False
    # A month or a year ("en mars 2019", "a interdit en 2001") over a year gone by is background too.
    written = find_dates(text)
    months = [f.iso for f in written if _MONTH.fullmatch(f.iso)]
    found = _written_days([f for f in written if f.iso not in months], day)
    periods = [_month_end(iso) for iso in months] + [datetime.date(int(m.group(1)), 12, 31) for m in _IN_YEAR.finditer(text)]
    return bool(found or periods) and all(d is not None and (day - d).days > EARLIER_DAYS for d in found) \
        and all((day - end).days > EARLIER_PERIOD_DAYS for end in periods)


EARLIER_PERIOD_DAYS = 365
_MONTH = re.compile(r"\d{4}-\d\d")  # "2019-03"
_IN_YEAR = re.compile(r"(?<![\w-])en\s+((?:1[5-9]|20)\d\d)(?![\w-])")


def _month_end(iso: str) -> datetime.date:
    """The last day of the month "2019-03"."""
    year, month = int(iso[:4]), int(iso[5:7])
    return datetime.date(year + month // 12, month % 12 + 1, 1) - datetime.timedelta(days=1)


def _written_days(written, day: datetime.date) -> list[datetime.date | None]:
    """The days among dates written out (ingest.dates.find_dates), a yearless one ("le 5 juin") in
    `day`'s year (None: no day)."""
    return [full_day(f.iso if not f.iso.startswith("--") else f"{day.year}{f.iso[1:]}") for f in written]


_WEEKDAY_NAMES = {n: w for w, n in _WEEKDAY_NUMBERS.items()}


def names_the_day(text: str, iso: str | None) -> bool:
    """True when the sentence names the event's day `iso`: its weekday ("samedi") or the date
    itself ("1er août"). A report's lead says when the news happened; a scene or a portrait
    that opens a feature ("L'écouvillon s'enfonce dans le nez de …") does not."""
    day = full_day(iso)
    if day is None:
        return False
    weekday = _WEEKDAY_NAMES[day.weekday()]
    return bool(re.search(rf"(?<![\w-]){weekday}(?![\w-])", text, re.IGNORECASE)) or names_the_date(text, iso)


def names_the_date(text: str, iso: str | None) -> bool:
    """True when the sentence writes the event's date itself ("ce jeudi 28 mai"), not only its weekday."""
    day = full_day(iso)
    return day is not None and day in _written_days(find_dates(text), day)
