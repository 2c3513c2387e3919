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
_LEADING_PREPOSITION = re.compile(r"^(?:(?:et|ou|mais|par|de|du|à|au|aux|pour|dans|sur|avec)\s+|d['’])(?=\S+\s+\S+\s+\S)", re.IGNORECASE)
MIN_MEASURE_WORDS = 1  # content words a measure needs besides its figure and unit
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


def _extract(sentences: Sequence[Sentence]) -> list[tuple[KeyFigure, Sentence]]:
    """Every figure in `sentences` with the sentence it stands in, in reading order."""
    out: list[tuple[KeyFigure, Sentence]] = []
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
            out.append((figure, sentence))
            if unit:
                here.append((figure, match.group(0).strip()))
        last[sentence.article_id] = (sentence.index, here)
    return out


def extract_figures(sentences: Sequence[Sentence]) -> list[KeyFigure]:
    """Every figure in `sentences`, in reading order."""
    return [figure for figure, _ in _extract(sentences)]


def key_figures(sentences: Sequence[Sentence], limit: int = 8) -> list[KeyFigure]:
    """Figures worth a table row, percentages and quantities first, at most
    `limit`. One row per figure: the same value and unit said again with
    some of the same words (by a copy of the story, or by another source) is
    the same figure. A figure whose measure says nothing but the figure
    ("99 ans": an age, of whom the clause does not say) is no row."""
    unique: list[KeyFigure] = []
    for figure in extract_figures(sentences):
        words = _subject_words(figure)
        if len(words) < MIN_MEASURE_WORDS:
            continue
        if not any(_said_before(figure, words, kept) for kept in unique):
            unique.append(figure)
    rank = {f: (0 if f.unit == "%" else 1, i) for i, f in enumerate(unique)}
    return sorted(sorted(unique, key=lambda f: rank[f])[:limit], key=lambda f: rank[f][1])


def _said_before(figure: KeyFigure, words: set[str], kept: KeyFigure) -> bool:
    same_value = (figure.value, figure.unit.lower()) == (kept.value, kept.unit.lower())
    return same_value and (figure.source == kept.source or bool(words & _subject_words(kept)))


def _subject_words(figure: KeyFigure) -> set[str]:
    """The words around a figure that say what it counts: its measure's
    content words, without numbers and without the unit itself."""
    unit = set(lexical.words(figure.unit))
    return {w for w in lexical.words(figure.measure) if not w.isdigit() and w not in unit}


def _same_thing(a: tuple[KeyFigure, Sentence], b: tuple[KeyFigure, Sentence], min_shared: int, min_overlap: float) -> bool:
    """Two figures measure the same thing: same unit, the same words around
    the number (at least `min_shared`, most of the shorter side's), and
    sentences that do not name different subjects ("Benoît XVI, 93 ans" and
    "son frère Georg, 96 ans" share "âgé de", not a subject)."""
    (fa, sa), (fb, sb) = a, b
    if fa.unit.lower() != fb.unit.lower():
        return False
    wa, wb = _subject_words(fa), _subject_words(fb)
    shared = wa & wb
    if len(shared) < min_shared or len(shared) / max(1, min(len(wa), len(wb))) < min_overlap:
        return False
    na, nb = set(lexical.names(sa.text)), set(lexical.names(sb.text))
    return not (na and nb and not na & nb)


def figure_discrepancies(sentences: Sequence[Sentence], min_shared: int = 2, min_overlap: float = 0.6) -> list[Discrepancy]:
    """Sources that give different values for the same measure of the same
    thing. A source that also gives the other's value does not disagree with
    it (two figures of one story, such as two candidates' scores)."""
    found = _extract(sentences)
    given: dict[str, set[tuple[str, str]]] = {}
    for figure, _ in found:
        given.setdefault(figure.source, set()).add((figure.value, figure.unit.lower()))
    out: list[Discrepancy] = []
    seen: set[frozenset[tuple[str, str]]] = set()
    for i, a in enumerate(found):
        fa = a[0]
        claims = [(f"{fa.value} {fa.unit}".strip(), fa.source)]
        for b in found[i + 1 :]:
            fb = b[0]
            if fb.source == fa.source or fb.value == fa.value or any(fb.source == s for _, s in claims):
                continue
            if (fb.value, fb.unit.lower()) in given[fa.source] or (fa.value, fa.unit.lower()) in given[fb.source]:
                continue
            if _same_thing(a, b, min_shared, min_overlap):
                claims.append((f"{fb.value} {fb.unit}".strip(), fb.source))
        key = frozenset(claims)
        if len(claims) > 1 and key not in seen:
            seen.add(key)
            out.append(Discrepancy(fa.measure, tuple(claims)))
    return out
