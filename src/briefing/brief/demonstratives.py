"""Demonstratives that point at something the text has not named ("Cette décision …" when no
decision was mentioned). Time needs no antecedent ("Ce jeudi", "Ces dernières semaines"), nor a
thing the sentence names or qualifies itself ("Ce projet de loi", "Ce collectif, Baclohelp,")."""

from __future__ import annotations

import re
import unicodedata

from .clauses import main_verb_end
from .designation import is_person_noun
from .lexicon import MONTHS, WEEKDAYS

_DEMONSTRATIVE = re.compile(
    r"(?<![\w'’])(?:ce|cet|cette|ces)\s+(?:(?:nouveaux?|nouvel|nouvelles?|même|mêmes|derniers?|dernières?|"
    r"premiers?|premières?|grande?s?|petite?s?|seule?s?|autres?|vaste|longue?|lourde?|deux|trois|quatre|cinq|\d[\d\s.,]*)\s+)?"
    r"(?P<noun>[^\W\d_][\w-]*)(?P<after>[^\w]*\S*)",
    re.IGNORECASE,
)
# Demonstratives of time point at the calendar, not at a sentence before.
_TIME = frozenset(
    """an ans année années semaine semaines mois jour jours journée journées matin matinée soir soirée nuit
    week-end weekend après-midi midi printemps été automne hiver saison heure heures minute minutes moment
    instant fois stade époque""".split()
) | WEEKDAYS | MONTHS
# After its noun, these name or describe the thing in the same sentence ("ce projet de loi").
_QUALIFIER = re.compile(
    r"^(?:\s+(?:de|d['’]|du|des|qui|que|qu['’]|dont|où|sur|pour|contre|entre|visant|baptisée?s?|appelée?s?|"
    r"nommée?s?|intitulée?s?|lancée?s?|[A-ZÀ-Ý])|\s*,\s*[A-ZÀ-Ý«\"])"
)


_NAMED = re.compile(r"^(?:\s+[A-ZÀ-Ý]|\s*,\s*[A-ZÀ-Ý«\"])")


def _fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text.casefold()) if unicodedata.category(c) != "Mn")


def _stems(text: str) -> set[str]:
    """Crude stems (five letters) of a text's words: "décision" and "décidé" do not meet, "décisions" does."""
    return {w[:5] for w in re.findall(r"[^\W\d_]+", _fold(text))}


_PREPOSITION_OPENS = re.compile(r"^\W*(?:dans|en|pour|avec|à|sur|par|sous|après|avant|malgré|face\s+à|devant)\s+(?:ce|cet|cette|ces)\s", re.I)
_NAME_INSIDE = re.compile(r"(?<=\S)[\s'’]+[A-ZÀ-Ý]")
_OPENING_CLAUSE = re.compile(r"^[^,;:«»\"“”()]{1,60},\s+")


def unnamed_demonstrative(text: str, before: str) -> str | None:
    """'Cette décision' when the sentence opens on it (within its first four
    words) and neither `before` nor the sentence itself names the thing."""
    head = " ".join(text.split()[:4])
    match = _DEMONSTRATIVE.search(head)
    opening = _OPENING_CLAUSE.match(text)
    if not match and opening and main_verb_end(opening.group(0)) is None and not _NAME_INSIDE.search(opening.group(0)):
        # "En apparence timides, ces nouvelles mesures signalent …": the subject after a fronted
        # clause that names nothing ("Quatre ans après la mort d'Adama Traoré, cette affaire …" does)
        text = text[opening.end() :]
        head = " ".join(text.split()[:4])
        match = _DEMONSTRATIVE.match(head)
    if not match:
        return None
    rest = text[text.find(head) + match.end("noun") :] if head in text else ""
    return _unnamed(match, rest, before, _PREPOSITION_OPENS.match(head) is not None)


def _unnamed(match: re.Match, rest: str, before: str, fronted: bool = False) -> str | None:
    """The demonstrative `match` ("cette décision"), when neither `before` nor the words after it
    (`rest`) name the thing; `fronted` when it stands in a phrase before the sentence's subject."""
    noun = match.group("noun")
    if len(noun) < 3 or noun.lower() in _TIME or noun[0].isupper() or noun.lower() in {"qui", "que", "dont", "faire"}:
        return None
    if _fold(noun)[:5] in _stems(before):
        return None
    # A thing is named by its complement ("ce projet de loi"); a person is not ("Cette employée d'un
    # service d'urgences de 26 ans a été tuée": which one?), only by a name ("cet homme, Jean X,").
    qualifier = _NAMED.match(rest) if is_person_noun(noun) else _QUALIFIER.match(rest)
    # "Dans ces circonstances, Bernard Cazeneuve …": the comma closes a fronted phrase; the capital
    # after it opens the sentence's subject, not an apposition naming the thing.
    if qualifier and not (qualifier.group(0).lstrip().startswith(",") and fronted):
        return None
    return match.group(0).split(noun)[0] + noun


def refers_back(text: str, before: str = "") -> bool:
    """Whether a demonstrative before the sentence's main verb points at a thing it and `before` do
    not name ("A Puente de Vallecas, l'un des quartiers visés par ces mesures, des voitures de police
    contrôlaient …"): what the sentence starts from was told before it. (After the verb, "ce soutien"
    mostly takes up the sentence's own words: "suggérant un accord …, a assuré … en échange de ce
    soutien".) For a lead, which nothing precedes but its headline."""
    verb = main_verb_end(text)
    for match in _DEMONSTRATIVE.finditer(text, 0, len(text) if verb is None else verb):
        if _unnamed(match, text[match.end("noun") :], before + " " + text[: match.start()]):
            return True
    return False
