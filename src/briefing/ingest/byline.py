"""One rule for bylines and datelines: who signs a page, for which outlet, and when.

"AFP, publié le dimanche 14 juin 2020 à 05h05", "Par Nadia Alaoui - 12/05/2025",
"Mis à jour le 2 novembre 2023 à 11h05", "Publié le 21/06/2023 par Claire Vasseur",
"Compte Test - 2025-05-12 09:03:42 - Vu sur pharmacie.ma", "Publié dans
PanoraPost le 29 - 12 - 2021", "19 février 2020", "Par Kab Niang". A line is
read once, from the dates already found in it; the page labelling decides
which of these lines dates the article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Sequence

from .dates import FoundDate

MAX_CHARS = 120  # a byline is one short line
# A line that opens on one of these words exists to give a date ("Le 17/02/2020", "Publié le ...").
# The words of a page's own dates, written once for every pattern below and for page.py.
_PUBLISHED_CUES = r"publiée?|postée?|mise? en ligne|published|posted|veröffentlicht|erschienen"
_UPDATED_CUES = r"mise? à jour|modifiée?|actualisée?|updated|modified|aktualisiert"
# "Publication :" and "Stand:" ("as of", German) count only as labels: the words also head prose
# ("Publication du rapport le 5 mars", "Residents stand firm on 5 August").
_LABEL = r"(?=\s*:)"
PUBLISHED_WORDS = rf"{_PUBLISHED_CUES}|publication{_LABEL}"
UPDATED_WORDS = rf"{_UPDATED_CUES}|stand{_LABEL}"
_OPENING_CUE = re.compile(rf"^(?:date|le|du|rédigé|{PUBLISHED_WORDS}|{UPDATED_WORDS})\b", re.I)
_OPENS_PUBLISHED = re.compile(rf"^(?:{PUBLISHED_WORDS}|{UPDATED_WORDS})\b", re.I)
# Anywhere in a short line: it states when the page was published or updated.
# (after a digit too: "3:04 PM GMT+1Updated 2 hours ago", glued when the page was flattened)
_PUBLISHED = re.compile(rf"(?<![^\W\d_])(?:{PUBLISHED_WORDS})\b", re.I)
_UPDATED = re.compile(rf"(?<![^\W\d_])(?:{UPDATED_WORDS})\b", re.I)
# The same words once a line's colon is trimmed off: what is left of a cue is no name.
_CUE_ONLY_WORDS = rf"{_PUBLISHED_CUES}|{_UPDATED_CUES}|publication|stand"
_CUE_NAME = re.compile(rf"(?:{_CUE_ONLY_WORDS})\b", re.I)
_PARTS = re.compile(r"\s+[-|–—·•]\s+|\s*\|\s*")  # "Par X - 12/05/2025", "Lundi 3 mai | Par X"
# "Par X", "By X", "Rédigé par X": the author's name, nothing else on the line.
_BY = re.compile(r"^(?i:par|by|rédigé par|écrit par)\s+(?P<name>[A-ZÀ-Ý][^\d,;:.!?]{1,60})$")
# "Par Jean Dupont, envoyé spécial à Rabat", "By Sarah Smith, BBC News": the name, then a role or an outlet.
_CAPITAL_WORD = r"[A-ZÀ-Ý][\w'’.-]+"
_BY_ROLE = re.compile(rf"^(?i:par|by)\s+(?P<name>{_CAPITAL_WORD}(?:\s+{_CAPITAL_WORD}){{1,3}})\s*,\s*[^\W\d][^\d]{{0,60}}$")
_ASIDE = re.compile(r"\s*\([^()]{1,60}\)\s*$")  # "(Bruxelles, bureau européen)", "(avec Y et Z)" after a name
# "كتب أحمد عبد الرحمن", "كتبت- هند عادل:", "بقلم: X" (wrote / by the pen of): Arabic letters only after the cue.
_BY_ARABIC = re.compile(r"^(?:كتبت|كتب|بقلم|إعداد|اعداد)\s*[-ـ:]*\s*(?P<name>[\u0621-\u064A][\u0621-\u064A\u064B-\u0652 ]{2,50}?)\s*:?$")
_BY_PREFIX = re.compile(r"^(?:(?i:par|by|rédigé par|écrit par)|Von)\s+")
# "Von Philipp Wahl", "Von Ursula von der Leyen", "von X und Y": German signs with "Von" and names of
# capitalised words (a heading "Von Berlin nach Paris" has a lower-case word between).
_GERMAN_NAME = r"[A-ZÄÖÜ][\w'’.-]+(?:\s+(?:(?:von|van|de|der|den|zu)\s+){0,2}[A-ZÄÖÜ][\w'’.-]+){1,3}"
_BY_GERMAN = re.compile(rf"^[Vv]on\s+(?P<name>{_GERMAN_NAME}(?:(?:,\s+|\s+und\s+){_GERMAN_NAME}){{0,3}})$")
# "Rédigé par X le 5 août 2024", "By X on August 5, 2024": a signature, then the date.
_SIGNED_BEFORE = re.compile(r"^(?i:par|by|rédigé par|écrit par|written by)\s+[A-ZÀ-Ý][^\d,;:.!?]{1,60}?\s+(?i:le|on)\s*$")
_BY_AFTER = re.compile(rf"^\W*(?i:par|by)\s+(?P<name>{_CAPITAL_WORD}(?:\s+{_CAPITAL_WORD}){{0,3}})")
# "Publié dans PanoraPost le ...", "Vu sur pharmacie.ma", "Source : MAP", "Source 20Minutes"
# (a bare "source" only before a capital: "une source proche du dossier" names no outlet).
# Not a share button ("Partagez via Facebook"), a menu item ("Source Sûre": without a colon, only
# initials, "Source AFP", "Source 20Minutes", or a dateline's "Source L'Opinion, publié le"), nor a
# common word ("Vu sur le www"): a name opens on a capital or a digit, or is a domain.
OUTLET_CUE = re.compile(
    r"(?<!\w)(?<!partagez )(?<!partager )(?<!envoyer )(?<!share )"
    r"(?:publiée? (?:dans|sur|par)|vu sur|source\s*:|source(?=\s+(?:(?-i:[A-Z0-9][A-Z0-9])|[^,\n]{1,40},))|via)"
    r"\s+(?P<name>(?-i:[A-Z0-9À-Ý])[^\s].{0,39}?|[\w-]+\.[a-z]{2,6}\b.{0,30}?)"
    r"(?=\s+(?:le|du|à|il y a)\b|\s*[-|,(]|\s*$)",
    re.I,
)
# Weekdays a dateline may print before its date, French and English (in full or cut: "Mon 5 Aug").
_WEEKDAY_NAMES = (
    r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday"
    r"|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun"
)
# "Last updated", "First published", "Dernière mise à jour", "Date de publication": the qualifier
# is the cue's, not a name.
_QUALIFIER = r"(?:(?:last|first|originally|dernière|initialement|date\s+de|date\s+of)\s+|date\s+d['’])?"
_CUE_WORDS = re.compile(
    rf"(?:\b{_QUALIFIER}(?:{_CUE_ONLY_WORDS}|rédigé)"
    rf"(?:\s+(?:le|du|à|par|sur|dans|en|on|the|am))?|\b(?:le|du|on|date)|\b(?:{_WEEKDAY_NAMES})\.?,?)\s*$",
    re.I,
)
# A line of several words that ends like a sentence states something; a byline does not end so.
_SENTENCE = re.compile(r"^(?:\S+\s+){7,}\S*[.!?…][\"»”]?$")
_WEEKDAY_AT_MOST = re.compile(rf"^[\s:,]*(?:le\s+|du\s+|on\s+)?(?:(?:{_WEEKDAY_NAMES})\.?\s*,?\s*)?$", re.I)
_TRIM = " ,;:-|–—·•()[]"
MAX_NAME_WORDS = 6


@dataclass(frozen=True)
class Byline:
    date: str | None  # ISO 8601 at the precision printed ("--06-27" when the year is not)
    author: str | None  # a person or an agency ("AFP", "Orange avec AFP")
    source: str | None  # an outlet the line names ("Vu sur pharmacie.ma")
    published: bool = False  # says "published" (so not only "updated")
    updated: bool = False


def read_byline(text: str, dates: Sequence[FoundDate]) -> Byline | None:
    """The byline or dateline `text` is, or None; `dates` are the dates found in it."""
    text = text.strip()
    if len(text) > MAX_CHARS:
        return None
    if not dates:
        name = byline_name(text)
        return Byline(None, name, None) if name else None
    if not _dated(text, dates):
        return None
    first = dates[0]
    author, source = _credit(text[: first.start])
    after = text[dates[-1].end :]
    if author is None:
        match = _BY_AFTER.match(after) or _BY_AFTER.match(_after_time(after))
        author = match.group("name") if match else None
    if source is None:
        match = OUTLET_CUE.search(after)
        source = _clean_name(match.group("name")) if match else None
    # "04.05.2015 à 13h36 • Mis à jour le": the cue after the date is the next line's.
    return Byline(first.iso, author, source, bool(_PUBLISHED.search(text)), bool(_UPDATED.search(text[: first.start])))


# A line that ends on a cue ("Publié le", "Published:", "• Mis à jour le"): the date is on the next line.
_TRAILING_CUE = re.compile(rf"(?:^|\W)(?:(?P<published>{PUBLISHED_WORDS})|(?P<updated>{UPDATED_WORDS}))(?:\s+(?:le|on|at))?\s*:?\s*$", re.I)


def cued_by(previous: str, byline: Byline) -> Byline:
    """The dateline under a line that ends on "Publié le" / "Mis à jour le" says so."""
    match = _TRAILING_CUE.search(previous) if len(previous) <= MAX_CHARS else None
    if match is None or byline.date is None:
        return byline
    return replace(byline, published=byline.published or bool(match.group("published")),
                   updated=bool(match.group("updated")) and not byline.published)


def is_dateline(text: str, dates: Sequence[FoundDate]) -> bool:
    """A short line that exists to give a date: "19 février 2020", "Publié le ...", "Le 17/02/2020"."""
    return len(text.strip()) <= MAX_CHARS and bool(dates) and _dated(text.strip(), dates)


def byline_name(text: str) -> str | None:
    """"Par Kab Niang" → "Kab Niang"; "Par X (avec Y)", "Par X(Bruxelles, bureau)" → "X";
    "كتبت- ياسمين الشرقاوي:" ("wrote:") → "ياسمين الشرقاوي"."""
    line = _ASIDE.sub(" ", text).strip()
    match = _BY.match(line) or _BY_ARABIC.match(line) or _BY_GERMAN.match(line) or _BY_ROLE.match(line)
    if match and len(match.group("name").split()) <= 5:
        return match.group("name").strip()
    return None


def _dated(text: str, dates: Sequence[FoundDate]) -> bool:
    covered = sum(d.end - d.start for d in dates)
    if covered >= 0.4 * len(text):
        return True
    if _OPENS_PUBLISHED.match(text):  # "Publié le 12 mars 2024 Lecture : 3 minutes.": a dateline, whatever follows
        return True
    if _SENTENCE.search(text):  # "Le décret a été publié le 3 mars au Journal officiel.": prose, not a byline
        return False
    if _PUBLISHED.search(text) or _UPDATED.search(text):
        return True
    cue = _OPENING_CUE.match(text)
    # "Le 17/02/2020 à 10h", "Publié le mardi 3 mars": the cue, at most a weekday, the date, little after.
    # ("Le jugement est attendu le 29 juin." opens on "Le" too, but with words between.)
    if cue and _WEEKDAY_AT_MOST.match(text[cue.end() : dates[0].start]) and len(text) - dates[0].end <= 25:
        return True
    if _SIGNED_BEFORE.match(text[: dates[0].start]) and len(text) - dates[0].end <= 25:
        return True
    return any(_mostly_date(part, dates, start) for part, start in _parts(text))


def _parts(text: str) -> list[tuple[str, int]]:
    parts, start = [], 0
    for match in _PARTS.finditer(text):
        parts.append((text[start : match.start()], start))
        start = match.end()
    if parts:
        parts.append((text[start:], start))
    return parts


def _mostly_date(part: str, dates: Sequence[FoundDate], start: int) -> bool:
    """A piece of a separated line ("Par X - 12/05/2025") that is mostly a date."""
    end = start + len(part)
    covered = sum(min(d.end, end) - max(d.start, start) for d in dates if d.start < end and start < d.end)
    return bool(part.strip()) and covered >= 0.5 * len(part.strip())


def _credit(before: str) -> tuple[str | None, str | None]:
    """(author, outlet) from what a dateline prints before its date: "AFP, publié le" → ("AFP", None)."""
    outlet = OUTLET_CUE.search(before)
    source = _clean_name(outlet.group("name")) if outlet else None
    if outlet:
        before = before[: outlet.start()]
    # "Douai, le 12 septembre": a place. A name is signed: "Par X", "X, publié le", "X - 12/05/2025".
    signed = _BY_PREFIX.match(before.strip()) or _PUBLISHED.search(before) or _UPDATED.search(before) \
        or re.search(r"\s[-|–—·]\s*(?:le\s*)?$", before)
    if not signed:
        return None, source
    text = before
    for _ in range(3):  # "publié le mercredi": strip cue words from the end
        text = _CUE_WORDS.sub("", text.rstrip(_TRIM + " ")).rstrip(_TRIM + " ")
    text = _BY_PREFIX.sub("", text.strip(_TRIM + " "))
    return _clean_name(text), source


def _clean_name(text: str) -> str | None:
    name = " ".join(text.strip(_TRIM + " .").split())
    if not name or len(name.split()) > MAX_NAME_WORDS or len(name) > 60 or not re.search(r"[^\W\d_]", name):
        return None
    if (_OPENING_CUE.match(name) and len(name.split()) == 1) or _CUE_NAME.match(name):
        return None  # "Le", "Publié sur": a cue, not a name
    return name


def _after_time(text: str) -> str:
    """What follows a time printed after the date ("à 09h40 par X")."""
    return re.sub(r"^\s*(?:à|,)?\s*\d{1,2}\s*[h:]\s*\d{0,2}\s*(?:min)?", "", text)
