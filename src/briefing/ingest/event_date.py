"""When the reported event happened: the publication date, unless the lead says another day.

The lead (the first sentences) of a news article dates its event: "morte
jeudi", "a annoncé mardi dernier", "la veille", "signé mardi 28 décembre
2021". Relative days are read against the publication date; a date further
in the body is background (a law of 2011, last year's figures), not the
event. Without a full publication date a relative day cannot be placed, and a
day without a year keeps its year unknown.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import NamedTuple

from dateutil.easter import easter

from ..records import Article
from .dates import find_dates
from .day_clause import PARTICIPLE, Reading, reading, verb_ends

LEAD_SENTENCES = 2
RECENT_DAYS = 31  # a day of the lead this long before publication is the news, not background
WEEKDAYS = {"lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6}
_DAYS_BACK = {"hier": 1, "la veille": 1, "avant-hier": 2, "l'avant-veille": 2, "aujourd'hui": 0,
              "ce matin": 0, "ce midi": 0, "cet après-midi": 0, "ce soir": 0, "cette nuit": 0}
_WEEKDAY = "(?:" + "|".join(WEEKDAYS) + ")"
# A weekday or a relative day ("hier", "ce matin"); the brief reads points by it too.
RELATIVE_DAY = re.compile(
    rf"(?<![\w-])(?:(?P<weekday>{_WEEKDAY})(?![\w-])"
    # "ce dimanche de Pâques", "le lundi de Pentecôte": a feast's day, not the last such weekday.
    r"(?:\s+(?P<which>dernier|passé|prochain)|\s+(?P<feast>de\s+Pâques|de\s+Pentecôte|de\s+l['’]Ascension|des\s+Rameaux))?"
    r"(?!\s+(?:\d|gras|saint))"
    r"|(?<!à )(?P<word>avant-hier|hier|la veille|l'avant-veille|aujourd'hui|ce matin|ce midi|cet après-midi|ce soir|cette nuit)"
    r"(?!\s+(?:de|du|des|d')\b))",
    re.I,
)
# "la nuit de samedi à dimanche", "dans la soirée de vendredi à samedi", "entre mercredi et
# jeudi": one night, two weekdays that follow each other.
_NIGHT_BEFORE = re.compile(r"(?<![\w-])(?:(?:nuit|soirée)\s+d[eu]|entre)\s+$", re.I)
_NIGHT_END = re.compile(r"\s+(?:à|au|et)\s+(" + _WEEKDAY + r")(?![\w-])", re.I)


def _night_end(sentence: str, cue: re.Match[str]) -> int | None:
    """Where the night that `cue` opens ends ("samedi [à dimanche]"), or None when it opens none."""
    then = _NIGHT_END.match(sentence, cue.end())
    if not (then and _NIGHT_BEFORE.search(sentence, 0, cue.start())):
        return None
    follows = WEEKDAYS[then.group(1).lower()] == (WEEKDAYS[cue.group("weekday").lower()] + 1) % 7
    return then.end() if follows else None


_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"»”]?\s+(?=[«\"“A-ZÀ-Ý0-9])|\n\n")
# A day right after a word of scheduling is a plan ("à paraître mardi", "la manifestation
# programmée samedi", "annoncée pour samedi", "qui devait avoir lieu samedi", "aurait dû se tenir mardi"): the news
# is that it was made, moved or called off, not the day it was set for.
_SCHEDULED = re.compile(
    r"(?:\b(?:programmée?s?|prévue?s?|attendue?s?|fixée?s?|convoquée?s?|"
    r"d'ici|jusqu'à|pour)(?:\s+(?:pour|le|ce))?"
    r"|\b(?:doi[tv]ent|doit|devai[te]nt|devait|devrai(?:en)?t|aurai(?:en)?t\s+dû|va|vont)\s+"
    r"(?:avoir\s+lieu|se\s+tenir|se\s+dérouler)"
    # a release: "disponible sur la plateforme vendredi"
    r"|\bdisponibles?(?:\s+(?:sur|dans|en|à|au|aux|chez)\s+[^,;.]{1,30}?)?)\s*$",
    re.I,
)


# "du 14 au 20 septembre", "entre le 16 et le 22 mars"; not "la nuit du 26 au 27 juin", one night.
_ENDS_A_RANGE = re.compile(
    r"(?<![\w-])(?<!nuit\s)(?:du|entre\s+le)\s+\d{1,2}(?:er)?(?:\s+\w+)?\s+(?:au|et\s+le)\s+$", re.I
)


class Dating(NamedTuple):
    """The event's day and where the lead names it."""

    iso: str | None  # ISO 8601 at the precision known
    sentence: str | None = None  # the lead sentence that names the day; None: the publication date, by default
    start: int = 0  # where the day is named in it
    end: int = 0


def event_date(body: str, published: str | None = None) -> str | None:
    """The day of the event the article reports, ISO 8601 at the precision known."""
    return dating(body, published).iso


def dating(body: str, published: str | None = None) -> Dating:
    """The day of the event the article reports, with the lead sentence that names it."""
    day = full_day(published)
    sentences = _SENTENCE_END.split(body.replace("’", "'"), maxsplit=LEAD_SENTENCES)[:LEAD_SENTENCES]
    written = [find_dates(sentence) for sentence in sentences]
    for sentence, dates in zip(sentences, written):
        for found in dates:
            if day and _stated(found.iso, published, day) == published:
                # A lead that writes out the publication day ("jeudi 18 juin") reports that day's
                # news; an earlier day in it is what led up to it ("l'intervention de dimanche dernier
                # ne les a pas rassurés ... selon le baromètre publié jeudi 18 juin").
                return Dating(published, sentence, found.start, found.end)
    for sentence, dates in zip(sentences, written):
        cues = [(m.start(), m) for m in RELATIVE_DAY.finditer(sentence)] if day else []
        cues += [(found.start, found) for found in dates]
        carried: Dating | None = None  # the first day a noun carries, when no verb of the sentence does
        night = -1  # where a night read from its first day ends: its second day is read with it
        for start, cue in sorted(cues, key=lambda item: item[0]):
            if start < night:
                continue
            if isinstance(cue, re.Match):
                read, end = _reading(sentence, start, cue.end()), cue.end()
                found = _relative(cue, day, read)
                if (night_end := _night_end(sentence, cue) if cue.group("weekday") else None) is not None:
                    night = night_end
                    if found and found != published:
                        # "dans la nuit de samedi à dimanche": a night gone by is told by its second
                        # day, as "la nuit du 20 au 21 juin" is (the hours after midnight, when such
                        # news mostly happens and is reported); tonight's stays the publication day
                        found, end = (date.fromisoformat(found) + timedelta(days=1)).isoformat(), night_end
            else:
                read, end = reading(sentence, start, cue.end, weekday=False), cue.end
                # "l'ours, retrouvé abattu le 9 juin, ...": what led up to the news; "la semaine
                # du 14 au 20 septembre": a period the figures cover, not a day of news
                background = read == "background" or _ENDS_A_RANGE.search(sentence[:start])
                found = None if background else _stated(cue.iso, published, day)
            if found and read != "attributive":
                return Dating(found, sentence, start, end)
            if found and carried is None and not _RETROSPECTIVE.search(sentence):
                carried = Dating(found, sentence, start, end)
        if carried is not None:
            return carried
    return Dating(published)


# "La journée du samedi 19 mai aura été marquée par …": a sentence that looks back (a future
# perfect) carries its day as a recollection; the news is elsewhere.
_RETROSPECTIVE = re.compile(r"(?<![\w-])(?:aura|auront)\s+(?:\S+\s+)?(?:été|eu|" + PARTICIPLE + r")(?![\w'-])", re.I)


# The day a measure starts from: "à partir de lundi", "à compter de lundi", "dès lundi".
_STARTS_FROM = re.compile(r"(?:\bà\s+partir\s+d[eu]|\bà\s+compter\s+d[eu]|(?<![\w-])dès)(?:\s+ce)?\s*$", re.I)


def _reading(sentence: str, start: int, end: int) -> Reading:
    if _SCHEDULED.search(sentence[:start]):
        return "coming"
    read = reading(sentence, start, end)
    starts = _STARTS_FROM.search(sentence[:start])
    # A measure's first day is one to come ("a opté pour un déconfinement à partir de lundi",
    # "a annoncé une reprise dès lundi") unless it dates the verb right before it ("a affirmé
    # dès lundi soir", "est déployée à partir de mercredi"): so in 47 of 49 archive-dev leads.
    if starts and read in ("past", "attributive") and not verb_ends(sentence[: starts.start()]):
        return "coming"
    return read


def _relative(match: re.Match[str], published: date | None, read: Reading = "past") -> str | None:
    """The day a cue names, read against the publication day; None when its clause names
    no day of the news (a habit, background, a day still to come)."""
    if published is None or read in ("habitual", "background"):
        return None
    if match.group("word"):
        if read == "coming" and _DAYS_BACK[match.group("word").lower()]:
            return None
        return (published - timedelta(days=_DAYS_BACK[match.group("word").lower()])).isoformat()
    weekday = WEEKDAYS[match.group("weekday").lower()]
    if match.group("feast"):
        return _feast_day(match.group("feast"), weekday, published)
    which = (match.group("which") or "").lower()
    if which == "prochain":  # an announcement: the news is the day it was made
        return None
    back = (published.weekday() - weekday) % 7
    if read == "coming" and back and not which:  # a day ahead: the news is its announcement
        return None
    if which and back == 0:  # "mardi dernier", said on a Tuesday: a week ago
        back = 7
    return (published - timedelta(days=back)).isoformat()


# A movable feast's day, in days after Easter; 'le lundi de Pâques' is the first Monday from it.
_FEASTS = {"pâques": 0, "pentecôte": 49, "ascension": 39, "rameaux": -7}


def _feast_day(feast: str, weekday: int, published: date) -> str | None:
    """'le lundi de Pentecôte': that day of the latest such feast up to publication
    (dateutil's computus of Easter), when it lies within RECENT_DAYS; else no day of the news."""
    key = next(k for k in _FEASTS if k in feast.lower())
    for year in (published.year, published.year - 1):
        anchor = easter(year) + timedelta(days=_FEASTS[key])
        day = anchor + timedelta(days=(weekday - anchor.weekday()) % 7)
        if day <= published:
            return day.isoformat() if (published - day).days <= RECENT_DAYS else None
    return None


def _stated(iso: str, published: str | None, day: date | None) -> str | None:
    """A day the lead writes out, when it is the news: within RECENT_DAYS before
    publication (or, with a publication month only, in that month)."""
    if not (len(iso) == 10 or (iso.startswith("--") and len(iso) == 7)):
        return None  # a month or a year: not a day
    if published is None:
        return iso  # nothing to measure it against
    if not published[:4].isdigit():  # a yearless publication: only a yearless day a few days before it
        return iso if iso.startswith("--") and 0 <= _yearless_gap(iso, published) <= RECENT_DAYS else None
    if iso.startswith("--"):  # the publication's year, or the one before for a day after it
        year = int(published[:4])
        stated = full_day(f"{year}{iso[1:]}")
        if stated is not None and day is not None and stated > day:
            stated = full_day(f"{year - 1}{iso[1:]}")
    else:
        stated = full_day(iso)
    if stated is None:
        return None
    if day is None:
        return stated.isoformat() if stated.isoformat().startswith(published) else None
    return stated.isoformat() if 0 <= (day - stated).days <= RECENT_DAYS else None


def _yearless_gap(stated: str, published: str) -> int:
    """Days from "--MM-DD" `stated` to `published` ("--MM-DD" or "--MM"), in a leap year; -1 when unknown."""
    if len(published) != 7:
        return -1
    then, now = full_day(f"2000{stated[1:]}"), full_day(f"2000{published[1:]}")
    return (now - then).days if then and now else -1


def full_day(iso: str | None) -> date | None:
    """The day an ISO date gives ("2020-06-18"), else None (a month, a year, a yearless day)."""
    if not iso or len(iso) != 10 or not iso[:4].isdigit():
        return None
    try:
        return date(int(iso[:4]), int(iso[5:7]), int(iso[8:10]))
    except ValueError:
        return None


EVENT_WINDOW_DAYS = 7  # a day stated in the lead lies at most this long before publication


def stated_date(article: Article) -> str | None:
    """The day the article's lead says the event happened, when it is one
    its publication date allows (the year of a yearless day taken from it)."""
    stated, published = article.event_date, article.date
    if not stated:
        return None
    if not published or published.startswith("--"):
        return stated  # no year to check it against
    if stated.startswith("--"):
        year = int(published[:4])
        candidates = [f"{y}{stated[1:]}" for y in (year, year - 1)]
        pub = full_day(published)
        stated = next((c for c in candidates if (d := full_day(c)) and pub and d <= pub), candidates[0])
    day, pub = full_day(stated), full_day(published)
    if day is None or pub is None:
        return stated if compatible(stated, published) else None
    return stated if 0 <= (pub - day).days <= EVENT_WINDOW_DAYS else None


def source_date(article: Article) -> str | None:
    """When the article's event happened, for every stage (grouping, briefs,
    --since/--until): the day its lead states, else the day it was published.
    Never a date found only in the body."""
    return stated_date(article) or article.date


def compatible(a: str, b: str) -> bool:
    """True when one date refines the other (or they are equal)."""
    return a.startswith(b) or b.startswith(a)
