"""Where a person's name and a role in apposition begin and end, in one sentence.

The vocabulary the apposition readers share (appositions.py, bound_roles.py):
what a name looks like, the words a role opens on, and where a role's clause
ends (a verb, a relative pronoun, a gerund, a dash; a comma unless the tail
of a list follows).
"""

from __future__ import annotations

import re

from ..events.lexical import fold
from .lexicon import WEEKDAYS

_UP = "A-ZÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸ"
_NAME_WORD = rf"[{_UP}](?:['’][{_UP}])?[a-zà-ÿ'’]+(?:-[{_UP}]?[a-zà-ÿ'’]+)*"  # "O'Petit", "N'Djim" too
# "Valéry Giscard d'Estaing": an elided particle ends a name of two words or more.
_NAME_TAIL = rf"(?:\s+d['’][{_UP}][a-zà-ÿ]+(?:-[{_UP}][a-zà-ÿ]+)?)?"
_NAME = re.compile(rf"(?:{_NAME_WORD})(?:\s+(?:{_NAME_WORD}|[{_UP}]{{2,}}(?![a-z]))){{1,3}}{_NAME_TAIL}")
ROLE_WORDS = (
    "directeur|directrice|ministre|président|présidente|vice-président|vice-présidente|"
    "secrétaire|membre|chef|cheffe|pdg|porte-parole|ambassadeur|ambassadrice|gouverneur|"
    "wali|maire|professeur|professeure|docteur|fondateur|fondatrice|coordinateur|coordinatrice|"
    "responsable|représentant|représentante|conseiller|conseillère|député|députée|"
    "délégué|déléguée|commissaire|doyen|doyenne|recteur|rectrice|administrateur|"
    "administratrice|chercheur|chercheuse|expert|experte|patron|patronne|roi|reine|prince|"
    "sénateur|sénatrice|procureur|procureure|avocat|avocate|adjoint|adjointe|dirigeant|dirigeante|"
    "chancelier|chancelière"
)
# Words before a role word that belong to it: a time ("ancien", "ex-"), a rank ("haut-", "vice-").
_MODIFIER = r"(?:(?:ex|haut|haute|vice|sous|co)-|(?:ancien|ancienne|ex|actuel|actuelle|nouveau|nouvel|nouvelle|futur|future|premier|première|haut|haute)\s+)"
_DETERMINER = r"(?:(?:le|la|les|son|sa|ses|leur|cet|cette|ce|un|une|notre)\s+|l['’]\s*)"
_ROLE_HEAD = re.compile(rf"(?i:\b{_DETERMINER})?(?i:{_MODIFIER})*(?i:\b(?:{ROLE_WORDS}))\b(?![-'’])")
# "l'épidémiologiste en chef du CDC": the role is the noun before "en chef".
_EN_CHEF = re.compile(r"(?i:\b(?:{d})?(?:{m})*[\w-]+\s+en\s+chef\b)".format(d=_DETERMINER, m=_MODIFIER))
_ARTICLE = re.compile(rf"^(?i:{_DETERMINER})")
# A clause goes on past the role: a verb, a relative pronoun, a quotation.
_STOP_WORDS = frozenset(
    """a ont avait avaient est sont était étaient sera seront serait fut a-t-il a-t-elle
    qui que qu dont où lequel laquelle selon s""".split()
)
_LIST_STOP = _STOP_WORDS | frozenset(
    """et ou il elle ils elles on nous vous je se s y en ne n hier aujourd demain""".split()
) | WEEKDAYS
# "répondait", "dirigeaient": a verb in the imperfect ends the role.
_IMPERFECT = re.compile(r"(?!(?:portrait|souhait|attrait|extrait|retrait|trait|lait)s?$)[a-zà-ÿ]{2,}(?:ait|aient)$")
# A hyphen after a space or before one is a dash ("la maire PS sortante -et grande favorite- Anne Hidalgo").
_GERUND = re.compile(r"\s+(?:[a-zà-ÿ]+['’])?[a-zà-ÿ]{2,}ant\b")
# "son ancien ministre de l'Éducation au second tour de la primaire": a complement
# of time or occasion belongs to the verb, not to the role.
_CIRCUMSTANCE = re.compile(
    r"(?i:(?:au|aux|à\s+l['’]\s*|à\s+la|à)\s*(?:[a-zà-ÿ]+\s+)?(?:tours?|issue|occasion|cours|moment|lendemain|veille|terme|sortie|époque)\b)"
)
_MEDIUM = re.compile(rf"\s+[{_UP}0-9]")
# "rencontrera", "annonceront": a verb in the future ends the role too.
_FUTURE = re.compile(r"[a-zà-ÿ]{4,}(?:era|eront)$")
_HARD_END = re.compile(r"[;:!?\"«»“”]|\.(?:\s|$)|\s[-–—]\s|\s-(?=\w)|(?<=\w)-\s|\)")
_LEADING = frozenset(
    """selon pour dans sur avec après avant pendant depuis et mais or donc car ainsi enfin lors
    chez entre par contre vers sans sous malgré comme quand si le la les un une des ce cette son
    sa ses leur du de au aux en""".split()
)
_NOT_NAME = frozenset(
    """le la les l de du des et à au aux pour dans sur un une mme mr m mrs pr dr me
    ministère ministre organisation agence université fédération association royaume
    maroc santé conseil direction the""".split()
)
_TITLE = re.compile(r"^(?:M|Mme|Mlle|Mr|Pr|Dr|Me)(?:\.\s*|\s+)")
_ELIDED = re.compile(r"^[A-ZÀ-Ý][a-zà-ÿ]?['’][a-zà-ÿ]")  # "C'est", "D'après", "L'ancien"; not "D'Alema", "N'Djim"


def _clean_name(name: str) -> str | None:
    words = _TITLE.sub("", " ".join(name.split())).split()
    # "C'est Iris Knobloch", "D'après Jean X": an elided word opening a sentence is none of the name.
    while words and (fold(words[0]) in _LEADING or _ELIDED.match(words[0])):
        words = words[1:]
    name = " ".join(words)
    if len(words) < 2 or not _NAME.fullmatch(name) or any(fold(w) in _NOT_NAME for w in words):
        return None
    return name


def _words(text: str) -> list[str]:
    return re.findall(r"[\w-]+", text.lower())


def _is_list_tail(segment: str) -> bool:
    """", social et environnemental" or ", l'Afrique et la Turquie": items of
    a few words, each opening in lower case (no name, no new sentence), none
    holding a verb or a relative pronoun."""
    items = re.split(r",|\s(?:et|ou)\s", segment)
    if len(items) < 2:
        return False
    for item in items:
        words = _words(item)
        item = item.strip()
        if not 1 <= len(words) <= 4 or not item[:1].islower() or words[0] in _LIST_STOP:
            return False
        if any(w in _STOP_WORDS for w in words):
            return False
    return True


_SEGMENT = re.compile(r",([^,;:.!?()\"«»]*)")


def _tail_after(text: str, comma: int) -> int | None:
    """The end of the list tail that opens at `comma`, if one does: comma
    segments up to the one holding "et" or "ou"."""
    pos = comma
    for _ in range(4):
        seg = _SEGMENT.match(text, pos)
        if not seg:
            return None
        pos = seg.end()
        if re.search(r"\s(?:et|ou)\s", seg.group(1)):
            return pos if _is_list_tail(text[comma + 1 : pos]) else None
    return None


def _role_end(text: str, start: int) -> int:
    """Where a role that opens at `start` ends: the clause's end, or a comma
    that is not followed by the tail of a list."""
    pos, depth = start, 0
    while pos < len(text):
        ch = text[pos]
        if ch == "(":
            depth += 1
        elif ch == ")" and depth:
            depth -= 1
        elif depth == 0 and _HARD_END.match(text, pos):
            return pos
        elif depth == 0 and ch == ",":
            tail = _tail_after(text, pos)
            if tail is None:
                return pos
            pos = tail
            continue
        elif depth == 0 and ch.isalpha() and (pos == start or not text[pos - 1].isalnum()):
            word = re.match(r"[\w’'-]+", text[pos:]).group(0)
            # "qu'il", "s'est", and "n'a": the negation's verb ("l'est toulonnais" is a place).
            parts = re.split(r"['’]", word.lower())
            if pos > start and (parts[0] in _STOP_WORDS or parts[0] == "n" and parts[-1] in _STOP_WORDS
                                or _IMPERFECT.match(word) or _FUTURE.match(word)):
                return pos
            if pos > start and _CIRCUMSTANCE.match(text, pos):
                return pos
            if pos > start and word.lower() == "sur" and _MEDIUM.match(text, pos + 3):
                return pos  # "directrice générale de Lubrizol sur Franceinfo": where it was said
            if pos > start and word.lower() == "en" and _GERUND.match(text, pos + 2):
                return pos  # "présidente du groupe X en estimant que ...": a gerund opens another clause
            pos += len(word)
            continue
        pos += 1
    return pos


_DANGLING = re.compile(
    r"(?:\s+(?:de|du|des|d['’]|à|au|aux|avec|pour|sur|en|et|ou|par|dans|chez|la|le|les|l['’]|ma[iî]tre|me))+\s*$",
    re.IGNORECASE
)


def _role_text(text: str, start: int, end: int) -> str | None:
    role = " ".join(text[start:end].split()).strip(" ,")
    role = _ARTICLE.sub("", role)
    # "ancien ministre de la Santé avec [qui]", "fondatrice de ["Food Blessed"]": what the word opens is not in it.
    role = _DANGLING.sub("", role)
    if role.count("(") != role.count(")"):
        return None  # '"La ministre (de la Santé, Agnès Buzyn, ndlr)': the role is cut inside a bracket
    return role if len(role.split()) >= 2 else None  # "le ministre" alone says nothing
