"""A sentence whose subject designates a person without naming them.

A report's chapeau often leans on its headline for the name: under "Claude
Goasguen, figure de la droite parisienne, meurt à 75 ans" it says "L'homme
politique est décédé jeudi …". Read in the synthesis, or as a brief's lead
when another source's sentence gives the name, it says of whom nothing. (A
designation the sentence qualifies by a name, "Le maire de Lyon Gérard
Collomb a annoncé …", names.)
"""

from __future__ import annotations

import re

from .clauses import main_verb_end
from .role_spans import ROLE_WORDS

PERSON_WORDS = (
    "homme|femme|jeune|garçon|fille|fillette|adolescent|adolescente|enfant|bébé|retraité|retraitée|"
    "quadragénaire|quinquagénaire|sexagénaire|septuagénaire|octogénaire|nonagénaire|trentenaire|"
    "comédien|comédienne|acteur|actrice|chanteur|chanteuse|humoriste|artiste|écrivain|écrivaine|"
    "romancier|romancière|cinéaste|réalisateur|réalisatrice|musicien|musicienne|rappeur|rappeuse|"
    "sportif|sportive|footballeur|joueur|joueuse|athlète|star|militant|militante|opposant|opposante|"
    "suspect|suspecte|victime|policier|policière|gendarme|prêtre|archevêque|évêque|prélat|ecclésiastique|"
    "religieux|religieuse|magistrat|magistrate|juge|médecin|infirmier|infirmière|enseignant|enseignante|"
    "élève|étudiant|étudiante|patient|patiente|chauffeur|conducteur|conductrice|automobiliste|motard|"
    "cycliste|touriste|migrant|migrante|détenu|détenue|accusé|accusée|prévenu|prévenue|agresseur|meurtrier|"
    "tireur|assaillant|otage|ressortissant|ressortissante|habitant|habitante|propriétaire|commerçant|"
    "agriculteur|éleveur|pêcheur|soldat|militaire|pilote|navigateur|alpiniste|milliardaire|entrepreneur|"
    "employé|employée|salarié|salariée|ouvrier|ouvrière|travailleur|travailleuse|individu|personne|mère|père|"
    "défunt|défunte"
)
_PERSON = re.compile(rf"^\W*(?:(?:le|la)\s+|l['’]\s*)(?:{PERSON_WORDS})(?![\w-])", re.IGNORECASE)
# An office is named by its complement ("La porte-parole du gouvernement", "le maire de Lyon"); bare, it is not.
_BARE_ROLE = re.compile(
    rf"^\W*(?:(?:le|la)\s+|l['’]\s*)(?:ancien\s+|ancienne\s+|ex-)?(?:{ROLE_WORDS})(?![\w-])(?!\s+(?:de|du|des|d['’]|à|au|aux|en)\b)",
    re.IGNORECASE,
)
_CAPITAL = re.compile(r"(?<=[\s'’(-])[A-ZÀ-Ý]")
_PERSON_NOUN = re.compile(rf"(?:{PERSON_WORDS}|{ROLE_WORDS})s?", re.IGNORECASE)


def is_person_noun(word: str) -> bool:
    """Whether a common noun designates a person ("employée", "ministres"), not a thing."""
    return _PERSON_NOUN.fullmatch(word) is not None


def designates_only(text: str) -> bool:
    """Whether the sentence's subject designates a person by a common noun, or an office without
    its complement, and names nobody before its main verb ('L'homme politique est décédé jeudi',
    'La chanteuse a annoncé …', 'Le ministre a estimé …'; not 'La porte-parole du gouvernement a réagi')."""
    if not (_PERSON.match(text) or _BARE_ROLE.match(text)):
        return False
    end = main_verb_end(text)
    return end is not None and not _CAPITAL.search(text[:end])
