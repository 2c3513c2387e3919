"""Key figures: a number, its unit and what it measures, from the sentence it stands in.

Dates are not figures (they go to the timeline); a year range such as
"2026-2030" is, as a period (no unit: its measure says what it spans). What a figure measures is the clause around it,
cut at commas and kept short, so a reader can check it against the source.
"""

from __future__ import annotations

import re
from typing import Sequence

from ..events import lexical
from ..ingest.dates import MONTH_PATTERN
from ..records import Discrepancy, KeyFigure, Sentence

_NUMBER = r"\d{1,3}(?:[ .\u00a0\u202f]\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?"
_UNITS = (
    r"(?:millions?|milliards?)(?:\s+d[e']\s?\w+)?|%|pour ?cent|MDH|MMDH|DH|dirhams?|euros?|€|dollars?|\$|"
    r"km|kilomètres?|mètres?|m²|tonnes?|ans|mois|jours|heures|membres|pays|personnes|"
    r"habitants|lits|emplois|entreprises|médecins|patients|hôpitaux|centres|sites|"
    r"projets|bénéficiaires|élèves|étudiants|cas|décès|morts|victimes"
)
_FIGURE = re.compile(
    rf"(?<![\w/-])(?P<value>{_NUMBER})(?:\s?(?P<range>[-–]\s?(?:19|20)\d\d))?\s?(?P<unit>{_UNITS})?(?![\w-])",
    re.IGNORECASE,
)
_YEAR = re.compile(r"^(?:19|20)\d\d$")
_MONTHS = re.compile(rf"^\s*(?:er\s+)?(?:{MONTH_PATTERN})\b", re.IGNORECASE)
_DATE_AROUND = re.compile(r"\d{1,2}\s?[-/.]\s?\d{1,2}\s?[-/.]\s?\d{2,4}|\d{4}-\d{2}-\d{2}")
MAX_MEASURE_WORDS = 14
# A clause that opens on a demonstrative head noun says what it measures in
# the sentence before: "ce chiffre est tombé à 52 %".
_ANAPHOR = re.compile(
    r"^(?:ce|cette|ces)\s+(?:chiffres?|taux|parts?|proportions?|niveaux?|nombres?|montants?|"
    r"pourcentages?|totaux|total|volumes?|budgets?|effectifs?|indicateurs?|ratios?|sommes?|"
    r"valeurs?|moyennes?|quotas?|seuils?)\b|^(?:celui-ci|celle-ci)\b",
    re.IGNORECASE,
)
# A clause cut out of a longer one can open on a dangling preposition ("par le
# cluster qui compte 40 membres"): the measure starts at the noun phrase.
_LEADING_PREPOSITION = re.compile(r"^(?:(?:par|de|du|à|au|aux|pour|dans|sur|avec)\s+|d['’])(?=\S+\s+\S+\s+\S)", re.IGNORECASE)
FOLLOW_UP = " → "  # joins the measure a follow-up figure takes from its antecedent


def _is_date_part(sentence: str, match: re.Match) -> bool:
    value = match.group("value")
    after = sentence[match.end("value") :]
    if _MONTHS.match(after):  # "28 décembre", "4 février"
        return True
    if _YEAR.match(value) and not match.group("range") and not match.group("unit"):
        return True  # a bare year
    for d in _DATE_AROUND.finditer(sentence):
        if d.start() <= match.start() < d.end():
            return True
    return False


def _measure(sentence: str, start: int, end: int) -> str:
    """The clause around a figure, cut at commas, semicolons and colons."""
    left = max(sentence.rfind(c, 0, start) for c in ",;:()")
    rights = [i for i in (sentence.find(c, end) for c in ",;:()") if i != -1]
    right = min(rights) if rights else len(sentence)
    clause = sentence[left + 1 : right].strip(" .«»\"!?")
    words = clause.split()
    if len(words) > MAX_MEASURE_WORDS:
        # Keep the words nearest the figure.
        before = sentence[left + 1 : start].split()[-8:]
        after = sentence[end:right].split()[:6]
        words = before + [sentence[start:end]] + after
    return _LEADING_PREPOSITION.sub("", " ".join(words)).rstrip(" .")


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


def extract_figures(sentences: Sequence[Sentence]) -> list[KeyFigure]:
    """Every figure in `sentences`, in reading order."""
    out: list[KeyFigure] = []
    # Figures with a unit of the sentence just read, per article: (figure, text as written).
    last: dict[str, tuple[int, list[tuple[KeyFigure, str]]]] = {}
    for sentence in sentences:
        text = sentence.text
        previous = last.get(sentence.article_id)
        before = previous[1] if previous and previous[0] == sentence.index - 1 else []
        here: list[tuple[KeyFigure, str]] = []
        for match in _FIGURE.finditer(text):
            if _is_date_part(text, match):
                continue
            if match.group("range") and not _YEAR.match(match.group("value")):
                continue  # "2025-05" is a month, not a period
            value = match.group("value") + (match.group("range") or "").replace(" ", "")
            unit = (match.group("unit") or "").strip()
            if not unit and not match.group("range"):
                continue  # a bare number ("niveau 3", "Panel 2") rarely means much alone
            measure = _follow_up(_measure(text, match.start(), match.end()), before, unit)
            figure = KeyFigure(value, unit, measure, sentence.article_id)
            out.append(figure)
            if unit:
                here.append((figure, match.group(0).strip()))
        last[sentence.article_id] = (sentence.index, here)
    return out


def key_figures(sentences: Sequence[Sentence], limit: int = 8) -> list[KeyFigure]:
    """Figures worth a table row: one per (value, unit, source), percentages
    and quantities first, at most `limit`."""
    seen: set[tuple[str, str, str]] = set()
    unique = []
    for figure in extract_figures(sentences):
        key = (figure.value, figure.unit.lower(), figure.source)
        if key not in seen:
            seen.add(key)
            unique.append(figure)
    rank = {f: (0 if f.unit == "%" else 1, i) for i, f in enumerate(unique)}
    return sorted(sorted(unique, key=lambda f: rank[f])[:limit], key=lambda f: rank[f][1])


def figure_discrepancies(figures: Sequence[KeyFigure], min_overlap: float = 0.4) -> list[Discrepancy]:
    """Sources that give different values for what reads as the same measure
    (same unit, mostly the same words around the figure)."""
    out = []
    used: set[int] = set()
    for i, a in enumerate(figures):
        if i in used:
            continue
        claims = [(f"{a.value} {a.unit}".strip(), a.source)]
        wa = set(lexical.words(a.measure))
        for j in range(i + 1, len(figures)):
            b = figures[j]
            wb = set(lexical.words(b.measure))
            overlap = len(wa & wb) / max(1, min(len(wa), len(wb)))
            if b.source != a.source and b.unit == a.unit and b.value != a.value and overlap >= min_overlap:
                claims.append((f"{b.value} {b.unit}".strip(), b.source))
                used.add(j)
        if len(claims) > 1:
            out.append(Discrepancy(a.measure, tuple(claims)))
    return out
