"""Sources that disagree on a figure: the same measure of the same thing, two values.

Two figures measure one thing when they share its unit and most of the words
around the number, and their sentences do not name different subjects; a
figure set right after a name ("le Brésil (134.935 morts)") counts that
name's. Each value is said once with every source that gives it, whatever its
separators ("100.000" and "100 000" are one number).
"""

from __future__ import annotations

import functools
import re
from typing import Callable, Sequence

from ..events import lexical
from ..records import Discrepancy, Sentence
from .figures import found_figures, FoundFigure, numbers_in, subject_words
from .lexicon import WEEKDAYS


def _same_thing(a: FoundFigure, b: FoundFigure, min_shared: int, min_overlap: float, context: _Context) -> bool:
    """Two figures measure the same thing: same unit, the same words around
    the number (at least `min_shared`, most of the shorter side's), and
    sentences that do not name different subjects ("Benoît XVI, 93 ans" and
    "son frère Georg, 96 ans" share "âgé de", not a subject; a sentence that
    names none has the one before it's: "La Colombie a dépassé … En outre,
    13.056 nouveaux cas …") nor different days ("les chiffres publiés mercredi",
    "… jeudi": two days' counts; a sentence that names none, the one before it's)."""
    fa, sa, fb, sb = a.figure, a.sentence, b.figure, b.sentence
    if fa.unit.lower() != fb.unit.lower() or a.kind != b.kind or not (_owned_by(a, b) and _owned_by(b, a)):
        return False  # "l'homme d'affaires de 76 ans" (an age) is not "une peine de 5 ans" (a quantity)
    wa, wb = subject_words(fa), subject_words(fb)
    shared = wa & wb
    if len(shared) < min_shared or len(shared) / max(1, min(len(wa), len(wb))) < min_overlap:
        return False
    na, nb = context.names(sa), context.names(sb)
    da, db = context.days(sa), context.days(sb)
    return not (na and nb and not na & nb) and not (da and db and not da & db)


def _weekdays(text: str) -> frozenset[str]:
    return frozenset(w for w in re.findall(r"[a-zé]+", text.lower()) if w in WEEKDAYS)


NAMES_BACK = 1  # sentences a count's subject is read back over ("La Colombie a dépassé … En outre, 13.056 nouveaux cas")
DAYS_BACK = 3  # ... and its day: "… selon un bilan établi par l'AFP samedi. Plus de 32,6 millions de cas … Les
# États-Unis sont le pays le plus touché … Viennent ensuite le Brésil avec 141.406 morts, l'Inde avec 93.379 morts"


class _Context:
    """The names (or days) a figure's sentence gives, else those of the nearest sentence before it in
    its article that gives any, a few sentences back at most."""

    def __init__(self, sentences: Sequence[Sentence]):
        self._at = {(s.article_id, s.index): s for s in sentences}

    def names(self, sentence: Sentence) -> frozenset[str]:
        return self._read_back(sentence, _names, NAMES_BACK)

    def days(self, sentence: Sentence) -> frozenset[str]:
        return self._read_back(sentence, _weekdays, DAYS_BACK)

    def _read_back(self, sentence: Sentence, read: Callable[[str], frozenset[str]], back: int) -> frozenset[str]:
        for step in range(back + 1):
            at = self._at.get((sentence.article_id, sentence.index - step))
            if at is None:
                break
            if found := read(at.text):
                return found
        return frozenset()


# "L'Allemagne a enregistré …": a capital after an elided article opens the sentence on a name.
_ELIDED_NAME = re.compile(r"^\W*[LlDd]['’]([A-ZÀ-Ý][\w-]+)")


@functools.lru_cache(maxsize=1024)
def _names(text: str) -> frozenset[str]:
    """lexical.names, and the sentence's first word when it is a name after an elided article."""
    first = _ELIDED_NAME.match(text)
    return frozenset(lexical.names(text)) | ({lexical.fold(first.group(1))[: lexical.STEM]} if first else set())


def _number(value: str) -> str:
    """A value as a number, whatever its separators: "100.000", "100 000" and "100000" are one."""
    if re.fullmatch(r"\d{1,3}(?:[ .\u00a0\u202f]\d{3})+(?:,\d+)?", value):
        value = re.sub(r"[ .\u00a0\u202f]", "", value)
    return value.replace(",", ".")


def _owned_by(a: FoundFigure, b: FoundFigure) -> bool:
    """Whether b may count what a counts: a figure given for a name in a list ("le Brésil (134.935
    morts)") is only comparable with a figure given for that name, or in a sentence naming it."""
    if a.owner is None:
        return True
    return a.owner == b.owner if b.owner else a.owner in _words(b.sentence.text)


# A value told as a bound or an approximation ("autour des 60%", "plus de 300 morts") agrees with
# any value it allows: "58,4 %" is no disagreement with "autour des 60 %".
_ABOUT = re.compile(
    r"(?:autour\s+d(?:e|u|es)|environ|près\s+d(?:e|['’])|quelque|presque|quasiment|à\s+peu\s+près|"
    r"de\s+l['’]ordre\s+d(?:e|['’])|approximativement|about|around|nearly|almost|some)\s*$", re.I)
_OVER = re.compile(r"(?:plus\s+d(?:e|['’])|au\s+moins|au-delà\s+d(?:e|['’])|more\s+than|over|at\s+least)\s*$", re.I)
_UNDER = re.compile(r"(?:moins\s+d(?:e|['’])|jusqu['’]à|au\s+plus|less\s+than|under|up\s+to)\s*$", re.I)
ABOUT_SHARE = 0.1  # an approximation allows this share of its value either way


def _told_as(found: FoundFigure) -> str:
    """'about', 'over', 'under', or '' for a value given as such."""
    before = found.sentence.text[: found.start]
    for kind, pattern in (("about", _ABOUT), ("over", _OVER), ("under", _UNDER)):
        if pattern.search(before):
            return kind
    return ""


def _allows(a: FoundFigure, b: FoundFigure) -> bool:
    """Whether a's value, told as a bound or an approximation, allows b's (or b's allows a's)."""
    try:
        x, y = float(_number(a.figure.value)), float(_number(b.figure.value))
    except ValueError:
        return False
    ka, kb = _told_as(a), _told_as(b)
    if ka == kb == "over" and _rounded_below(x, y):
        return True  # "plus de 929.000 morts" is the rounded count "au moins 930.180 morts" gives
    if ka == kb != "about":
        return False  # two counts told alike ("plus de 1.550", "plus de 1.500"): the sources' figures differ
    if "about" in (ka, kb):
        return abs(x - y) <= ABOUT_SHARE * max(abs(x), abs(y))
    return (ka == "over" and y >= x) or (ka == "under" and y <= x) or (kb == "over" and x >= y) or (kb == "under" and x <= y)


ROUNDED = 1000  # a bound this round (thousands) ...
ROUNDED_SHARE = 0.01  # ... stands for the counts this little above it


def _rounded_below(x: float, y: float) -> bool:
    """Whether the lower of two lower bounds is a round figure the higher one rounds down to."""
    low, high = sorted((x, y))
    return low >= ROUNDED and low % ROUNDED == 0 and high <= low * (1 + ROUNDED_SHARE)


# A share a source gives in points or in words: "le 1,5 point manquant", "12 pour cent".
_PERCENT = re.compile(r"(\d+(?:[,.]\d+)?)\s*(?:%|pour\s*cent\b|points?\b)", re.IGNORECASE)


@functools.lru_cache(maxsize=1024)
def _words(text: str) -> frozenset[str]:
    """A sentence's words, read once however many figures are compared with it."""
    return frozenset(lexical.words(text))


def figure_discrepancies(sentences: Sequence[Sentence], min_shared: int = 2, min_overlap: float = 0.6) -> list[Discrepancy]:
    """Sources that give different values for the same measure of the same
    thing, each value once with every source that gives it ("1.550 [a][c] ;
    1.500 [b]", not one line per pair). A source that also gives the other's
    value does not disagree with it (two figures of one story, such as two
    candidates' scores)."""
    found = found_figures(sentences)
    context = _Context(sentences)
    given: dict[str, set[tuple[str, str]]] = {}
    for figure in (f.figure for f in found):
        given.setdefault(figure.source, set()).add((_number(figure.value), figure.unit.lower()))
    for sentence in sentences:  # "le 1,5 point manquant" gives the "1,5 %" another source tells
        given.setdefault(sentence.article_id, set()).update((_number(v), "%") for v in _PERCENT.findall(sentence.text))
        # "66 départements …, dont 13 en vigilance rouge. Les 53 autres sont en vigilance orange": a
        # source that writes the other's count, unit or not, knows both; they measure two things.
        # (Two digits at least: "3 blessés" tells nothing of another source's "3 morts".)
        given[sentence.article_id].update((_number(v), "") for v in numbers_in(sentence.text) if sum(c.isdigit() for c in v) > 1)
    out: list[Discrepancy] = []
    reported: list[set[tuple[str, str]]] = []  # each discrepancy's (value, source) claims
    for i, a in enumerate(found):
        fa = a.figure
        claims = [(fa.value, fa.unit, fa.source)]
        for b in found[i + 1 :]:
            fb = b.figure
            if any(fb.source == s for _, _, s in claims):
                continue
            va, vb = _number(fa.value), _number(fb.value)
            if va != vb and ({(vb, fb.unit.lower()), (vb, "")} & given[fa.source] or {(va, fa.unit.lower()), (va, "")} & given[fb.source]):
                continue
            if _same_thing(a, b, min_shared, min_overlap, context) and (va == vb or not _allows(a, b)):
                claims.append((fb.value, fb.unit, fb.source))
        if len({_number(value) for value, _, _ in claims}) < 2:
            continue
        pairs = {(value, source) for value, _, source in claims}
        if any(pairs <= earlier for earlier in reported):
            continue  # the same disagreement, read from another of its sources
        reported.append(pairs)
        first = {_number(value): n for n, (value, _, _) in reversed(list(enumerate(claims)))}
        ordered = sorted(claims, key=lambda c: first[_number(c[0])])
        out.append(Discrepancy(fa.measure, tuple((f"{v} {u}".strip(), src) for v, u, src in ordered)))
    return out
