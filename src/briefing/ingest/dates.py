"""French, English, Arabic (and ISO) dates in free text, as ISO 8601 at the precision the text gives.

"2025-05-12 09:03:42" → 2025-05-12, "date 2025-05" → 2025-05,
"Dimanche 30 Mars 2025" → 2025-03-30, "le 29 - 12 - 2021" → 2021-12-29,
"Le 4 février" → "--02-04" (ISO 8601 for a day whose year is unknown: the year
is never invented). "March 3, 2024", "3 مارس 2024", "١٥ كانون الثاني ٢٠٢٠" too:
Arabic month names of the Egyptian/Gulf, Levantine and Maghreb calendars,
hamza spellings folded, Arabic-Indic digits read as digits. Regular
expressions find the dates; dateparser is a fallback for a short dateline in
another language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date as _date

from ..text.digits import ARABIC_LETTERS, TATWEEL
from ..text.tables import quick_translate

MONTHS = {
    "janvier": 1, "janv": 1, "février": 2, "fevrier": 2, "févr": 2, "fév": 2, "fev": 2,
    "mars": 3, "avril": 4, "avr": 4, "mai": 5, "juin": 6, "juillet": 7, "juil": 7,
    "août": 8, "aout": 8, "septembre": 9, "sept": 9, "octobre": 10, "oct": 10,
    "novembre": 11, "nov": 11, "décembre": 12, "decembre": 12, "déc": 12, "dec": 12,
}
# English names and abbreviations ("20 Apr 2026"); "may", "march" are words of prose
# too, so a month name alone is never a date: a day or a year goes with it.
ENGLISH_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
}
# German names and abbreviations ("12. März 2024", "3. Jänner 2025"); the others are French or English too.
GERMAN_MONTHS = {
    "januar": 1, "jänner": 1, "februar": 2, "feber": 2, "märz": 3, "maerz": 3, "mär": 3, "juni": 6,
    "juli": 7, "oktober": 10, "okt": 10, "dezember": 12, "dez": 12,
}
# Arabic, in the spelling _ARABIC_FOLD leaves (no hamza on alef, no taa marbuta).
ARABIC_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            "يناير جانفي كانون الثاني", "فبراير فيفري شباط", "مارس اذار", "ابريل افريل نيسان",
            "مايو ماي ايار", "يونيو يونيه جوان حزيران", "يوليو يوليه يوليوز جويليه تموز",
            "اغسطس غشت اوت اب", "سبتمبر شتنبر ايلول", "اكتوبر تشرين الاول",
            "نوفمبر نونبر تشرين الثاني", "ديسمبر دجنبر كانون الاول",
        ],
        start=1,
    )
    for name in names.replace("كانون الثاني", "كانون_الثاني").replace("تشرين الاول", "تشرين_الاول")
    .replace("تشرين الثاني", "تشرين_الثاني").replace("كانون الاول", "كانون_الاول").split()
}
ARABIC_MONTHS = {name.replace("_", " "): number for name, number in ARABIC_MONTHS.items()}
_ALL_MONTHS = {**MONTHS, **ENGLISH_MONTHS, **GERMAN_MONTHS, **ARABIC_MONTHS}
# Length-preserving, so that offsets found in the folded text hold in the original.
_ARABIC_FOLD = str.maketrans({**ARABIC_LETTERS, TATWEEL: " "})
_arabic_fold = quick_translate(_ARABIC_FOLD)

MONTH_PATTERN = "|".join(sorted(MONTHS, key=len, reverse=True))  # longest first
_ANY_MONTH = "|".join(sorted(_ALL_MONTHS, key=len, reverse=True))
_YEAR = r"(?:19|20)\d\d"
# The year's end: no digit after it, unless a clock time is glued to it in a flattened
# page ("August 5, 20243:04 PM", "5 Aug 202420:49").
_YEAR_END = r"(?:(?!\d)|(?=\d{1,2}[:h.]\d\d(?!\d)))"
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    # 2025-05-12, 2025/05/12 (a time may follow)
    ("ymd", re.compile(rf"\b(?P<y>{_YEAR})[-/.](?P<m>\d{{1,2}})[-/.](?P<d>\d{{1,2}})\b")),
    # 12/05/2025, 29 - 12 - 2021, 10.12.19
    ("dmy", re.compile(rf"\b(?P<d>\d{{1,2}})\s?[-/.]\s?(?P<m>\d{{1,2}})\s?[-/.]\s?(?P<y>{_YEAR}|\d\d)\b(?![-/.]\d)")),
    # [dimanche] 30 mars [2025], 1er mai 2025, 3rd May 2024, 12. März 2024, 3 مارس 2024; a year may be glued to
    # the next word of a flattened page ("20 Apr 2026Updated")
    ("dMy", re.compile(rf"\b(?P<d>\d{{1,2}})(?:er|st|nd|rd|th|\.)?\s+(?:of\s+)?(?P<mon>{_ANY_MONTH})\.?,?(?:\s+(?P<y>{_YEAR}){_YEAR_END})?(?(y)|\b)", re.I)),
    # March 3, 2024 (the year written: "May 5" alone is too often prose)
    ("Mdy", re.compile(rf"\b(?P<mon>{'|'.join(sorted(ENGLISH_MONTHS, key=len, reverse=True))})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>{_YEAR}){_YEAR_END}", re.I)),
    # mars 2025, March 2024
    ("My", re.compile(rf"\b(?P<mon>{_ANY_MONTH})\.?,?\s+(?P<y>{_YEAR})\b", re.I)),
    # 2025-05 (only when nothing finer matched)
    ("ym", re.compile(rf"\b(?P<y>{_YEAR})[-/](?P<m>0?[1-9]|1[0-2])\b(?![-/]\d)")),
)


@dataclass(frozen=True)
class FoundDate:
    iso: str  # "2025-05-12", "2025-05", "2025", "--02-04"
    start: int
    end: int
    year_known: bool


def _valid(year: int | None, month: int, day: int | None) -> bool:
    if not 1 <= month <= 12:
        return False
    if day is None:
        return True
    try:
        _date(year or 2000, month, day)  # 2000 is a leap year: 29 February passes
    except ValueError:
        return False
    return True


def _iso(year: int | None, month: int, day: int | None) -> str:
    if year is None:
        return f"--{month:02d}-{day:02d}" if day else f"--{month:02d}"
    if day is None:
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}"


def _year(text: str | None) -> int | None:
    if not text:
        return None
    value = int(text)
    if len(text) == 2:  # "19" in 10.12.19
        value += 2000 if value < 70 else 1900
    return value


def find_dates(text: str) -> list[FoundDate]:
    """Every date in `text`, left to right, without overlaps (finest match wins)."""
    text = _arabic_fold(text)
    found: list[FoundDate] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in _PATTERNS:
        for match in pattern.finditer(text):
            if any(match.start() < end and start < match.end() for start, end in taken):
                continue
            groups = match.groupdict()
            month = _ALL_MONTHS[groups["mon"].lower()] if groups.get("mon") else int(groups["m"])
            day = int(groups["d"]) if groups.get("d") else None
            year = _year(groups.get("y"))
            if not _valid(year, month, day):
                continue
            taken.append((match.start(), match.end()))
            found.append(FoundDate(_iso(year, month, day), match.start(), match.end(), year is not None))
    return sorted(found, key=lambda item: item.start)


def parse_date(text: str) -> str | None:
    """The first date in `text` as ISO 8601 at its precision, or None."""
    found = find_dates(text)
    if found:
        return found[0].iso
    return _dateparser_fallback(text)


def _dateparser_fallback(text: str) -> str | None:
    """Short datelines in other languages ("February 17, 2020"); the year must be written."""
    short = text.strip()
    if len(short) > 60 or not re.search(rf"\b{_YEAR}\b", short):
        return None
    try:
        from dateparser.date import DateDataParser  # lazy: slow to import

        data = DateDataParser(languages=["fr", "en"]).get_date_data(short)
    except Exception:  # a parser failure only means "no date"
        return None
    if data is None or data.date_obj is None:
        return None
    when = data.date_obj
    if data.period == "year":
        return f"{when.year:04d}"
    if data.period == "month":
        return f"{when.year:04d}-{when.month:02d}"
    return f"{when.year:04d}-{when.month:02d}-{when.day:02d}"
