"""'M. X' given the full name a source of the event writes.

News writes a person's full name once ("Gilles Le Gendre, président du groupe
LREM") and "M. Le Gendre" after that. A lead or key point taken from a later
sentence names someone the reader cannot place. The one change made to the
sources' words: "M. X" / "Mme X" becomes "Prénom X" when the event's sources
name exactly one person of that surname in full; otherwise it stays as written.
"""

from __future__ import annotations

import re
from typing import Iterable, Mapping

_CAPITAL = r"[A-ZÀ-ÖØ-Ý]"
_WORD = rf"{_CAPITAL}[\w’'-]*\w"
# "Le Gendre", "de Villepin", "Dupond-Moretti", "El Khomri": a surname after its title.
_SURNAME = rf"(?:(?:de|du|des|d['’]|van|von|der|di|da|dos|del|ben|bin)\s*)?{_WORD}(?:\s+{_WORD})?"
_TITLED = re.compile(rf"\b(?:M\.|Mme|Mlle|Mr\.|Mrs\.)\s+(?P<surname>{_SURNAME})")
# Capitalised words that are not first names: titles, roles, words that open a sentence.
_NOT_FIRST = frozenset(
    """M Mme Mlle Mr Mrs Dr Pr Me Mgr Monsieur Madame Mademoiselle Maître Docteur Professeur Président
    Présidente Ministre Premier Première Général Générale Sir Lord Saint Sainte Père Soeur Sœur Roi Reine Prince
    Princesse Cheikh Sheikh Imam Abbé Le La Les L Un Une Des Du De D Au Aux Et Ou Mais Si Selon Pour Par Sur
    Dans Avec Après Avant Depuis Lors Chez Sans Contre Quand Alors Ainsi En À A Ce Cet Cette Ces Son Sa Ses
    Leur Leurs Il Elle Ils Elles On Pendant Comme Entre Vers Face Malgré Lundi Mardi Mercredi Jeudi Vendredi
    Samedi Dimanche Janvier Février Mars Avril Mai Juin Juillet Août Septembre Octobre Novembre Décembre
    Etat État Etats États France Paris""".split()
)


# A run of capitalised words right after one of these opens on the word they
# govern ("maire de Lyon", "ministre de la Santé", "mayor of Boston").
# (Read in the dozen characters before the run: the whole text before it would be read
# again for every run.)
_COMPLEMENT = re.compile(r"(?<![\w’'])(?:de|du|des|la|le|les|à|au|aux|en|of|the|in|at)[ \t\u00a0]+\Z")


def _base(surname: str) -> str:
    """The surname as the sources write it after a first name: the title's
    surname may run on into a capitalised word of the sentence ("M. Macron Mardi")."""
    return surname.strip()


def known_full_names(sources: Iterable[str], surnames: Iterable[str]) -> dict[str, str]:
    """surname -> "Prénoms Nom", for each surname that the sources write after
    the given names of exactly one person: "Hanane Hassan Balkhi" and "Hassan
    Balkhi" are one person (the shorter run ends the longer), "Jean Dupont"
    and "Marie Dupont" two, and then no name is given."""
    text = "\n".join(sources)
    found: dict[str, str] = {}
    for surname in set(surnames):
        # Up to three given names (hyphenated or not) just before the surname, on the same line.
        pattern = re.compile(rf"(?<![\w’'.-])((?:{_WORD}[ \t\u00a0]+){{1,3}}){re.escape(surname)}(?![\w’'-])")
        runs = set()
        for m in pattern.finditer(text):
            given = m.group(1).split()
            while given and (given[0] in _NOT_FIRST or given[0].isupper()):  # "Selon", "LREM"
                given = given[1:]
            if len(given) > 1 and _COMPLEMENT.search(text, max(0, m.start() - 12), m.start()):
                given = given[1:]  # "le maire de Lyon Gérard Collomb": Lyon is the role's, not a given name
            if given and not any(w in _NOT_FIRST or w.isupper() for w in given):
                runs.add(tuple(given))
        longest = {r for r in runs if not any(len(o) > len(r) and o[-len(r) :] == r for o in runs)}
        if len(longest) == 1:
            found[surname] = f"{' '.join(longest.pop())} {surname}"
    return found


def full_names(text: str, sources: Iterable[str], names: Mapping[str, str] | None = None) -> str:
    """`text` with each "M. X" / "Mme X" replaced by the full name the event's
    `sources` give, when they name exactly one person of that surname in full.
    `names` (from known_full_names) saves reading the sources again."""
    titled = list(_TITLED.finditer(text))
    if not titled:
        return text
    candidates = {_base(m.group("surname")) for m in titled}
    # "M. Le Gendre Mardi": try the one-word surname too.
    candidates |= {c.split()[0] for c in candidates if " " in c and not c.startswith(("Le ", "La "))}
    if names is None:
        names = known_full_names(list(sources), candidates)

    def named(match: re.Match[str]) -> str:
        surname = _base(match.group("surname"))
        if surname in names:
            return names[surname]
        first_word = surname.split()[0]
        if first_word in names and first_word != surname:
            return names[first_word] + surname[len(first_word) :]
        return match.group(0)

    return _TITLED.sub(named, text)
