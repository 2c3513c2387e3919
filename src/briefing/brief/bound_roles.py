"""A role written right before a name, with no comma: "le ministre de la Santé
Olivier Véran", "la maire de Paris Anne Hidalgo".

Where the role ends and the name starts is read from the run of capitalised
words after the role word; a run that names a thing ("la chaîne Fox News",
"le chef du Rashtriya Swayamsevak Sangh (RSS)"), the object of a preposition
("sur France Info") or the inner role's person ("un porte-parole du maire Sadiq
Khan") gives no pair.
"""

from __future__ import annotations

import re

from ..events.lexical import fold
from .role_spans import (
    _ARTICLE, _MODIFIER, _NAME_TAIL, _NAME_WORD, _ROLE_HEAD, _UP, ROLE_WORDS, _clean_name, _role_end, _role_text,
)

# "le ministre de la Santé Olivier Véran": the role runs to a run of capitalised
# words; after "de la", "du", "d'" the run's first word ends the role ("Santé").
_BOUND = re.compile(
    rf"(?P<body>(?:[^,;:.!?\"«»()]|\([^()]*\))*?)(?P<run>(?:{_NAME_WORD})(?:\s+(?:{_NAME_WORD})){{1,3}}{_NAME_TAIL})\b"
)
_NOUN_BEFORE = re.compile(r"\b(?:la|le|les|l['’]|un|une)\s*[a-zà-ÿ-]+\s+$")
_NEXT_NAME = re.compile(rf"\s*,\s*(?:{_NAME_WORD})\s+(?:{_NAME_WORD})")
_OF = re.compile(r"(?i:\b(?:de|du|des|d['’]|l['’]|la|le|les|au|aux))\s*$")
# "de Santé publique France François Bourdillon": an institution's name opened
# by a capital and going on in lower case takes the run's first word too.
_OPEN_NAME = re.compile(rf"\b(?:de|du|des|d['’])\s*[{_UP}][\w-]*(?:\s+[a-zà-ÿ-]+)+\s+$")


def _bound(text: str) -> list[tuple[int, int, str, str]]:
    """(role start, name start, name, role) for "le ministre de la Santé Olivier Véran"."""
    out: dict[str, tuple[int, int, str, str]] = {}
    for head in _ROLE_HEAD.finditer(text):
        if not _ARTICLE.match(head.group(0)) and not re.match(r"(?i:premier|première)\b", head.group(0)):
            continue
        if re.search(rf"[{_UP}][\w-]*\s+$", text[: head.start()]):
            continue  # "Bruno Le Maire": a name's particle, not "le maire"
        m = _BOUND.match(text, head.end())
        if not m or _role_end(text, head.end()) < m.start("run"):
            continue
        run, at = m.group("run"), m.start("run")
        noun = _NOUN_BEFORE.search(text[head.end() : at])
        if noun or _NEXT_NAME.match(text, m.end()):
            continue  # "la chaîne Fox News", "de One Night Records, Tim Wilson": the run names a thing
        acronym = re.match(r"\s*\(([A-Z]{2,})\b", text[m.end() :])
        if acronym and acronym.group(1) == "".join(w[0] for w in run.split()).upper():
            continue  # "le chef du Rashtriya Swayamsevak Sangh (RSS, ...)": its initials name an organisation
        if _INNER_ROLE.search(text[head.end() : at]):
            continue  # "un porte-parole du maire Sadiq Khan": the name is the inner role's
        if (_OF.search(text[:at]) or _OPEN_NAME.search(text[head.end() : at])) and len(run.split()) == 3:
            # "Santé Olivier Véran", "publique France François Bourdillon"; "New York A. B" is unsure
            first_word = run.split()[0]
            if fold(first_word) in _OPENS_A_NAME:
                continue  # "du New York Times": the run is one name
            at = text.index(first_word, at) + len(first_word)
            run = run[run.index(first_word) + len(first_word):].strip()
        elif _OF.search(text[:at]):
            continue
        if _PREPOSITION_BEFORE.search(text[head.end() : at]):
            continue  # "le député du Lot sur France Info": the run is what the preposition governs
        name = _clean_name(run)
        if name and len(name.split()) <= 3 and name == " ".join(run.split()):
            role = _role_text(text, head.start(), at)
            if not re.search(r"\s(?:et|ou)\s", role or ""):
                # The nearest role wins; one too short to say anything ("le commissaire Dermot Shea")
                # is still that name's, not the apposition of a name before it.
                out[name] = (head.start(), text.index(name.split()[0], at), name, role)
    return list(out.values())


# Words that open a place's or a title's name and never stand alone at a role's end.
_OPENS_A_NAME = frozenset("new san santa los las saint sainte port fort mont grand grande nouvelle royaume".split())
# "sur France Info", "à bord de l'USS Iwo Jima": the run is what the preposition governs.
_PREPOSITION_BEFORE = re.compile(
    r"(?i:\b(?:sur|à|au|aux|dans|pour|avec|chez|par|en|vers|contre)"
    r"|\bà\s+bord\s+d(?:e|u|es|['’])\s*(?:l['’]|la\s+|le\s+)?(?-i:[A-Z]{2,})?)\s+$"
)
_INNER_ROLE = re.compile(rf"(?i:\b(?:du|des|de\s+la|de\s+l['’]|d['’]un|d['’]une)\s*(?:{_MODIFIER})*(?:{ROLE_WORDS}))\s+$")
