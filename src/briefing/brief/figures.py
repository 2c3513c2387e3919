"""Key figures: a number, its unit and what it measures, from the sentence it stands in.

Dates are not figures (they go to the timeline); a year range such as
"2026-2030" is, as a period (no unit: its measure says what it spans). A unit
is a listed one (%, a currency, "millions de …", "km") or, for a count of
things, the plural noun after the number ("42 voix", "12 nouveaux cas").
What a figure measures is the whole phrase of its sentence that holds it,
subject included (brief.phrase): a figure without one is no table row.
An age or a time since ("âgée de 58 ans", "depuis 27 ans") is a row only when
the event is about it: its headlines (or its sources' leads) give it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Sequence

from ..events import lexical
from ..ingest.dates import MONTH_PATTERN
from .anaphora import stands_alone
from .clauses import told_as_background
from ..records import KeyFigure, Sentence
from .phrase import segments, whole_phrase

_NUMBER = r"\d{1,3}(?:[ .\u00a0\u202f]\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?"
_UNITS = (
    r"(?:millions?|milliards?)(?:\s+d[e'’]\s?\w+)?|%|pour ?cent|MDH|MMDH|DH|dirhams?|euros?|€|dollars?|\$|"
    r"km|kilomètres?|mètres?|m²|tonnes?|ans|mois|jours|heures|semaines|années|minutes"
)
_FIGURE = re.compile(
    rf"(?<![\w/-])(?P<value>{_NUMBER})(?:\s?(?P<range>[-–]\s?(?:19|20)\d\d))?\s?(?P<unit>{_UNITS})?(?![\w-])",
    re.IGNORECASE,
)
# A count of things: a plural noun after the number, maybe after a prenominal adjective.
_PRENOMINAL = r"nouveaux|nouvelles|autres|premiers|premières|derniers|dernières|grands|grandes|petits|petites|jeunes|anciens|anciennes|seuls|seules|principaux|principales"
_COUNT = re.compile(rf"\s(?:(?:{_PRENOMINAL})\s)?[a-zàâçéèêëîïôûùüÿœ]{{2,}}[sx](?![\w'’-])")
# Plural-looking small words that are no noun counted.
_NOT_COUNTED = frozenset(
    """les des mes tes ses nos vos leurs ces aux dans sous sans vers chez puis plus moins très alors depuis
    après lors jamais mais tous toutes fois deux trois six dix ainsi parmi selon près hors dont avons avez
    étiez sommes êtes fûmes êtes""".split()
)
# "près de", "plus de", "environ" … before a number: it still counts what the words before say.
_APPROXIMATELY = r"(?:(?:près|plus|moins)\s+d['’e]\s*|quelque\s+|environ\s+)"
_TIME_OF_DAY = re.compile(r"(?:\bà|\bvers|\bdès|\bjusqu['’]à|\bavant|\baprès)\s+$", re.IGNORECASE)
_DURATIONS = {"ans", "mois", "jours", "heures", "semaines", "années", "minutes"}
# A duration after these is a span: "depuis 27 ans", or the period another figure is counted
# over ("16.096 nouveaux cas en 24 heures", "sur 7 jours"), which that figure's row already says.
_SINCE = re.compile(
    r"(?:\bdepuis|\bpendant|\bdurant|\bil\s+y\s+a|\bvoilà|\bfait|\bdès|\bderni[eè]re?s|\bprochaine?s|\ben|\bsur)\s+" + _APPROXIMATELY + "?$",
    re.IGNORECASE,
)
_LATER = re.compile(r"\S+\s+\w+\s+(?:plus\s+tard|plus\s+tôt|après|auparavant|avant)\b", re.IGNORECASE)
_AGED = re.compile(
    r"(?:\bâgée?s?\s+d['’e]\s*|\bl['’]âge\s+de\s+|(?<!jusqu['’])\bà\s+|\b(?:a|avait|aura|aurait)\s+(?:[\w'’]+\s+)?|\bde\s+)"
    r"(?:" + _APPROXIMATELY + r"|tout\s+juste\s+)?$",
    re.IGNORECASE,
)
_YEAR = re.compile(r"^(?:19|20)\d\d$")
_MONTHS = re.compile(rf"^\s*(?:er\s+)?(?:{MONTH_PATTERN})\b", re.IGNORECASE)
_DATE_AROUND = re.compile(r"\d{1,2}\s?[-/.]\s?\d{1,2}\s?[-/.]\s?\d{2,4}|\d{4}-\d{2}-\d{2}")
# A clause that opens on a demonstrative head noun says what it measures in
# the sentence before: "ce chiffre est tombé à 52 %".
_ANAPHOR = re.compile(
    r"^(?:ce|cette|ces)\s+(?:chiffres?|taux|parts?|proportions?|niveaux?|nombres?|montants?|"
    r"pourcentages?|totaux|total|volumes?|budgets?|effectifs?|indicateurs?|ratios?|sommes?|"
    r"valeurs?|moyennes?|quotas?|seuils?)\b|^(?:celui-ci|celle-ci)\b",
    re.IGNORECASE,
)
MIN_MEASURE_WORDS = 1  # content words a measure needs besides its figure and unit
FOLLOW_UP = " → "  # joins the measure a follow-up figure takes from its antecedent


def _is_date_part(sentence: str, match: re.Match) -> bool:
    bare = not match.group("range") and not match.group("unit")
    return _dates(sentence, match.start("value"), match.group("value"), bare)


def _dates(sentence: str, start: int, value: str, bare: bool = True) -> bool:
    """Whether the number `value` at `start` is part of a date: a day of a month, a bare year, a written date."""
    if _MONTHS.match(sentence[start + len(value) :]):  # "28 décembre", "4 février"
        return True
    if _YEAR.match(value) and bare:
        return True  # a bare year
    return any(d.start() <= start < d.end() for d in _DATE_AROUND.finditer(sentence))


_NUMBER_IN_TEXT = re.compile(rf"(?<![\w/,.-])(?:{_NUMBER})(?!\d)")


def numbers_in(text: str) -> set[str]:
    """The numbers a text gives, as written, but those of its dates ("jeudi 28 mai", "en 2019")."""
    return {m.group(0) for m in _NUMBER_IN_TEXT.finditer(text) if not _dates(text, m.start(), m.group(0))}


def _unit(sentence: str, match: re.Match) -> tuple[str, int] | None:
    """The figure's unit and where it ends; None when it is no figure (a time
    of day, a name such as "24 Heures", a bare number)."""
    unit = (match.group("unit") or "").strip()
    if unit:
        if unit[0].isupper() and unit[1:2].islower():
            return None  # "les 24 Heures du Mans": a name
        if unit == "heures" and _TIME_OF_DAY.search(sentence[: match.start()]):
            return None  # "à 10 heures": a time of day
        return unit, match.end()
    if match.group("range"):
        return "", match.end()
    count = _COUNT.match(sentence, match.end("value"))
    if count and count.group(0).split()[-1] not in _NOT_COUNTED:
        return count.group(0).strip(), count.end()
    return None


def _kind(sentence: str, start: int, unit: str) -> str:
    """ "age", "since" (a time since or a duration: "depuis 27 ans") or "" for any other figure."""
    words = unit.split()
    if not words or words[-1] not in _DURATIONS:
        return ""
    if len(words) > 1:
        return "since"  # "les 24 dernières heures": a span of time, not a quantity
    before = sentence[max(0, start - 40) : start]
    if _SINCE.search(before) or _LATER.match(sentence, start):
        return "since"
    if unit == "ans" and _AGED.search(before) and not re.match(r"\s*d['’e]\s", sentence[start:].split("ans", 1)[1]):
        return "age"
    if unit == "ans" and any(s <= start and sentence[s:e].split() == sentence[start:e].split()[:2] for s, e in segments(sentence)):
        return "age"  # "Benoît XVI, 93 ans, …": an apposition
    return ""


def _fallback(sentence: str, start: int) -> str:
    """The phrase between punctuation around a figure without a whole phrase:
    what discrepancies compare, never a table row."""
    for s, e in segments(sentence):
        if s <= start < e:
            return sentence[s:e]
    return sentence.strip()


def _follow_up(measure: str, before: Sequence[tuple[KeyFigure, str]], unit: str) -> str:
    """An anaphoric measure ("ce chiffre est tombé à 52 %") prefixed with what
    the previous sentence's figure measures, that figure's value elided so
    each number in the measure is the row's own: "la production locale
    couvrait … des besoins médicaux → ce chiffre est tombé à 52 %"."""
    if not before or not _ANAPHOR.match(measure):
        return measure
    same_unit = [b for b in before if b[0].unit.lower() == unit.lower()]
    figure, written = (same_unit or list(before))[-1]
    antecedent = figure.measure.replace(written, "…", 1)
    return f"{antecedent}{FOLLOW_UP}{measure}"


@dataclass(frozen=True)
class FoundFigure:
    figure: KeyFigure
    sentence: Sentence
    whole: bool  # its measure is a whole phrase of the sentence (else only what discrepancies compare)
    kind: str  # "age", "since" or ""
    owner: str | None = None  # the name it is given for, right before it ("le Brésil avec …", "l'Inde (…")
    start: int = 0  # where its number stands in the sentence


def found_figures(sentences: Sequence[Sentence]) -> list[FoundFigure]:
    """Every figure in `sentences` with the sentence it stands in, in reading order."""
    out: list[FoundFigure] = []
    # Figures with a whole phrase of the sentence just read, per article: (figure, text as written).
    last: dict[str, tuple[int, list[tuple[KeyFigure, str]]]] = {}
    for sentence in sentences:
        text = sentence.text
        previous = last.get(sentence.article_id)
        before = previous[1] if previous and previous[0] == sentence.index - 1 else []
        here: list[tuple[KeyFigure, str]] = []
        listed: list[tuple[int, int]] = []  # (where, index in out) of this sentence's figures
        for match in _FIGURE.finditer(text):
            if _is_date_part(text, match):
                continue
            if match.group("range") and not _YEAR.match(match.group("value")):
                continue  # "2025-05" is a month, not a period
            found = _unit(text, match)
            if found is None:
                continue  # a bare number ("niveau 3", "Panel 2") rarely means much alone
            unit, end = found
            value = match.group("value") + (match.group("range") or "").replace(" ", "")
            span = whole_phrase(text, match.start(), end)
            measure = _follow_up(text[span[0] : span[1]], before, unit) if span else _fallback(text, match.start())
            figure = KeyFigure(value, unit, measure, sentence.article_id)
            out.append(FoundFigure(figure, sentence, span is not None, _kind(text, match.start(), unit), start=match.start()))
            listed.append((match.start(), len(out) - 1))
            if unit and span:
                here.append((figure, text[match.start() : end]))
        last[sentence.article_id] = (sentence.index, here)
        _own(text, listed, out)
    return out


# "le Brésil avec 43.332 morts", "l'Inde (83.198 morts)": a name right before a figure of a list.
_OWNER = re.compile(
    r"(?P<name>[A-ZÀ-Ý][\w'’-]+(?:[ -][A-ZÀ-Ý][\w'’-]+)*)\s*(?:\(\s*|avec\s+|:\s*)" + _APPROXIMATELY + "?$"
)


def _own(text: str, listed: Sequence[tuple[int, int]], out: list[FoundFigure]) -> None:
    """Give each figure set right after a name ("le Brésil avec 43.332 morts, le Royaume-Uni
    (41.736 morts)") that name: two figures of two names are two things' counts, not two claims."""
    for start, n in listed:
        if m := _OWNER.search(text[max(0, start - 80) : start]):
            named = lexical.words(m.group("name"))
            out[n] = replace(out[n], owner=named[-1] if named else None)


def extract_figures(sentences: Sequence[Sentence]) -> list[KeyFigure]:
    """Every figure in `sentences`, in reading order."""
    return [found.figure for found in found_figures(sentences)]


def _about(found: FoundFigure, about: str) -> bool:
    """An age or a time since belongs to the event when what it is about says it."""
    if not found.kind:
        return True
    said = re.sub(r"\s+", " ", f"{found.figure.value} {found.figure.unit}")
    return said.lower() in about


CENTRAL_SENTENCES = 3  # a source's opening sentences carry its news


def key_figures(sentences: Sequence[Sentence], limit: int = 8, headlines: Sequence[str] = ()) -> list[KeyFigure]:
    """Figures worth a table row, percentages and quantities first, at most
    `limit`. A row says what it measures in a whole phrase of its source; an
    age or a time since is a row only when the event's `headlines` (else its
    sources' first sentences) give it. One row per figure: the same value and unit said again with
    some of the same words (by a copy of the story, or by another source) is
    the same figure. A figure whose measure says nothing but the figure
    ("99 ans": an age, of whom the clause does not say) is no row."""
    leads = headlines or [s.text for s in sentences if s.index == 0]
    about = re.sub(r"\s+", " ", " ".join(leads)).lower()
    topic = set(lexical.words(" ".join(headlines)))
    unique: list[KeyFigure] = []
    central: dict[KeyFigure, bool] = {}
    sentence_of: dict[KeyFigure, str] = {}
    for found in found_figures(sentences):
        figure = found.figure
        if not found.whole or not _about(found, about):
            continue
        words = subject_words(figure)
        if len(words) < MIN_MEASURE_WORDS:
            continue
        if not any(_said_before(figure, words, kept) for kept in unique):
            unique.append(figure)
            sentence_of[figure] = found.sentence.text
            # A figure of the news itself: in a source's opening sentences, or in
            # a sentence on what the headlines name (not a side fact further down);
            # with no headlines to tell, every figure.
            central[figure] = not topic or found.sentence.index < CENTRAL_SENTENCES or len(topic & set(lexical.words(f"{found.sentence.text} {figure.measure}"))) >= 2
    rank = {f: (0 if f.unit == "%" else 1, i) for i, f in enumerate(unique)}
    # A side fact further down ("le siège de l'ONU a 38 étages", in a profile) is
    # no key figure; nor a measure that leans on a sentence it lacks ("Ce bilan est ...").
    # Nor a figure of what led up to the news, told in the plus-que-parfait ("les frères Kouachi
    # avaient attaqué la rédaction …, y assassinant 12 personnes").
    kept = [f for f in unique if central[f] and stands_alone(f.measure.split(" → ")[0], " ".join(headlines))
            and not told_as_background(sentence_of[f])]
    return sorted(kept, key=lambda f: rank[f])[:limit]  # the table shows each event's first rows


def _said_before(figure: KeyFigure, words: set[str], kept: KeyFigure) -> bool:
    same_value = (figure.value, figure.unit.lower()) == (kept.value, kept.unit.lower())
    return same_value and (figure.source == kept.source or bool(words & subject_words(kept)))


def subject_words(figure: KeyFigure) -> set[str]:
    """The words around a figure that say what it counts: its measure's
    content words, without numbers and without the unit itself."""
    unit = set(lexical.words(figure.unit))
    return {w for w in lexical.words(figure.measure) if not w.isdigit() and w not in unit}
