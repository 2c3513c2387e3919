"""Relative datelines: "il y a 3 heures", "Published: 5 hours ago", "منذ 3 ساعات", "Publié hier", "vor 3 Stunden".

A page saved from a live site often dates its article relative to the moment
it was read. The day is resolved against a reference day: the newest full
date the page prints on a short line (a comment's timestamp, a teaser's
dateline: a saved page prints no day after the one it was read), capped at
`today`; else `today` itself (--today, SOURCE_DATE_EPOCH, else the day the
command runs). Rules find the expression; dateparser reads it (French,
English, Arabic).
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from typing import Iterable, Sequence

from ..text.digits import ARABIC_DIGITS
from .byline import PUBLISHED_WORDS, UPDATED_WORDS
from .dates import find_dates

MAX_CHARS = 60  # a relative dateline is one short line
_ARABIC_DIGITS = str.maketrans(ARABIC_DIGITS)
_COUNT = r"(?:\d{1,3}|une?|quelques|an?|one|a few|einer|einem|ein|wenigen)"
# An amount of time before now: these read as a date wherever they stand in a head.
_AGO = re.compile(
    rf"\bil y a\s+{_COUNT}\s+(?:min(?:ute)?s?|h(?:eures?)?|jours?|semaines?|mois)\b"
    rf"|\b{_COUNT}\s+(?:min(?:ute)?s?|hours?|hrs?|h|days?|weeks?|months?)\s+ago\b"
    rf"|\bvor\s+{_COUNT}\s+(?:min(?:uten?)?|std\.?|stunden?|tag(?:en)?|wochen?|monat(?:en)?)(?!\w)"
    r"|منذ\s+(?:\d{1,3}\s+)?(?:دقيقة|دقائق|ساعة|ساعات|ساعتين|يوم|أيام|ايام|يومين|أسبوع|اسبوع|أسابيع|اسابيع|شهر)",
    re.I,
)
# A day word: a menu item or prose as often as a date, so only after a "published" cue.
_DAY_WORDS = r"avant-hier|hier|aujourd['’]hui|yesterday|today|gestern|heute"
_DAY_WORD = re.compile(rf"\b(?:{_DAY_WORDS})\b|(?<!\w)(?:أمس|اليوم)(?!\w)", re.I)
_CUE = re.compile(rf"\b(?:{PUBLISHED_WORDS})\b|نشر|بتاريخ", re.I)
# ... or before a clock time: "Aujourd'hui à 10h15", "Yesterday at 9:40" is a dateline's shape.
_CLOCKED = re.compile(rf"\b(?:{_DAY_WORDS}),?\s+(?:à|at|um\s+)?\s*\d{{1,2}}\s*[:h.]\s*\d{{2}}\b", re.I)
_UPDATED = re.compile(rf"\b(?:{UPDATED_WORDS})\b|تحديث", re.I)
_FILLER = re.compile(rf"\b(?:{PUBLISHED_WORDS}|{UPDATED_WORDS}|last|le|on|à|at|um|uhr|environ|about)\b|نشر|[\W\d_]+", re.I)
MAX_OTHER_WORDS = 3  # besides the cue and the expression: "à 09h42", "par X"


def relative_expression(text: str, cued: bool = False) -> str | None:
    """The relative date a short dateline gives ("il y a 3 heures,"), or None.
    `cued`: the line above says "Publié" (the cue and the date on two lines)."""
    line = text.strip().translate(_ARABIC_DIGITS)
    if not line or len(line) > MAX_CHARS:
        return None
    match = _AGO.search(line)
    if match is None and (cued or _CUE.search(line) or _CLOCKED.search(line)):
        match = _DAY_WORD.search(line)
    if match is None:
        return None
    rest = _FILLER.sub(" ", line[: match.start()] + " " + line[match.end() :]).split()
    return match.group() if len(rest) <= MAX_OTHER_WORDS else None


def is_updated(text: str) -> bool:
    return bool(_UPDATED.search(text))


def reference_day(lines: Iterable[str], today: str | None) -> date:
    """The newest full date printed on a short line, not after `today`; else `today`."""
    ceiling = date.fromisoformat(today) if today else date.today()
    newest = None
    for line in lines:
        if len(line) > 120:
            continue
        for found in find_dates(line):
            if len(found.iso) == 10 and found.year_known:
                day = date.fromisoformat(found.iso)
                if day <= ceiling and (newest is None or day > newest):
                    newest = day
    return newest or ceiling


def resolve(expression: str, reference: date) -> str | None:
    """The ISO day `expression` names, counted back from `reference` (read at noon:
    "il y a 3 heures" is that day, "il y a 15 heures" the day before)."""
    try:
        from dateparser.date import DateDataParser  # lazy: slow to import

        base = datetime(reference.year, reference.month, reference.day, 12)
        settings = {"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"}
        data = DateDataParser(languages=["fr", "en", "ar", "de"], settings=settings).get_date_data(expression)
    except Exception:  # a parser failure only means "no date"
        return None
    when = data.date_obj if data is not None else None
    if when is None or not timedelta(0) <= base - when.replace(tzinfo=None) <= timedelta(days=366):
        return None
    return when.date().isoformat()


def relative_date(head: Sequence[str], page_lines: Iterable[str], today: str | None) -> str | None:
    """The day a relative dateline among `head` (the lines between the headline and
    the body) gives, "published" before "updated"; None when none does."""
    found: list[tuple[bool, str]] = []
    for i, line in enumerate(head):
        previous = head[i - 1].strip() if i else ""
        cued = bool(previous) and len(previous) <= 20 and bool(_CUE.search(previous))
        expression = relative_expression(line, cued)
        if expression:
            found.append((is_updated(line) and not _CUE.search(line), expression))
    if not found:
        return None
    _, expression = min(found, key=lambda item: item[0])
    return resolve(expression, reference_day(page_lines, today))
