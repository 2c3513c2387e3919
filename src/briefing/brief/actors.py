"""Actors and their roles, as the sources word them.

Rules, not a model: a person's name is 2 to 4 capitalised words; it counts as
an actor when a role stands beside it in apposition, either after it
("Samir Ahid, directeur de l'AMMPS") or before it ("le ministre de la Santé,
Amine Tahraoui"). Later bare mentions ("Mme Balkhi", "Balkhi") join the full
name by surname, so sources that name a person differently still merge.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Sequence

from ..records import Actor, Discrepancy, Sentence

_UP = "A-ZÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸ"
_NAME_WORD = rf"[{_UP}][a-zà-ÿ'’\-]+(?:-[{_UP}][a-zà-ÿ]+)?"
_NAME = rf"(?:{_NAME_WORD})(?:\s+(?:{_NAME_WORD}|[{_UP}]{{2,}}(?![a-z]))){{1,3}}"
ROLE_WORDS = (
    "directeur|directrice|ministre|président|présidente|vice-président|vice président|"
    "secrétaire|membre|chef|cheffe|pdg|porte-parole|ambassadeur|ambassadrice|gouverneur|"
    "wali|maire|professeur|docteur|fondateur|fondatrice|coordinateur|coordinatrice|"
    "responsable|représentant|représentante|conseiller|conseillère|député|députée|"
    "délégué|déléguée|commissaire|doyen|doyenne|recteur|rectrice|administrateur|"
    "administratrice|chercheur|chercheuse|expert|experte|patron|patronne|roi|reine|prince"
)
_ARTICLE = r"(?i:(?:le|la|l['’]|son|sa)\s*)"
_ROLE_WORD = rf"(?i:{ROLE_WORDS})\b"
_ROLE_BODY = r"[^,;:.()]*(?:\([^)]*\)[^,;:.()]*)?"
# Role, Name,  ("le ministre de la Santé, Amine Tahraoui, a ...")
_BEFORE = re.compile(
    rf"(?P<role>{_ARTICLE}?{_ROLE_WORD}{_ROLE_BODY}),\s*(?P<name>{_NAME})(?=\s*[,;.)]|\s+(?:a|s['’]|est|et)\b)"
)
# Name, role   ("Samir Ahid, directeur de l'AMMPS"): no article before the
# role, else "X, le ministre de ..., Y" lists would pair X with Y's role.
_AFTER = re.compile(rf"(?P<name>{_NAME})\s*[,;]\s*(?P<role>{_ROLE_WORD}{_ROLE_BODY})")
_NOT_NAME = frozenset(
    """le la les l de du des et à au aux pour dans sur un une mme mr m mrs pr dr me
    ministère ministre organisation agence université fédération association royaume
    maroc santé conseil direction""".split()
)
_TITLE_PREFIX = re.compile(r"^(?:M|Mme|Mlle|Mr|Pr|Dr|Me)(?:\.\s*|\s+)")
_CASE_SENSITIVE_NAME = re.compile(rf"^{_NAME}$")


def _fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn").lower()


def _clean_name(name: str) -> str | None:
    name = _TITLE_PREFIX.sub("", " ".join(name.split()))
    words = name.split()
    if len(words) < 2 or not _CASE_SENSITIVE_NAME.match(name):
        return None
    if any(_fold(w) in _NOT_NAME for w in words):
        return None
    return name


def _clean_role(role: str) -> str:
    role = re.split(r"\s[-–•]\s", " ".join(role.split()))[0].strip(" ,;")
    role = re.sub(r"^(?:le|la|l['’]|son|sa)\s*", "", role, flags=re.IGNORECASE)
    return role


def find_actors(sentences: Sequence[Sentence]) -> list[tuple[str, str, str]]:
    """(name, role, article id) for every name in apposition with a role."""
    out = []
    for sentence in sentences:
        claimed: list[tuple[int, int]] = []  # name spans a role-before match took
        for pattern in (_BEFORE, _AFTER):
            for match in pattern.finditer(sentence.text):
                span = match.span("name")
                if any(span[0] < end and start < span[1] for start, end in claimed):
                    continue
                name = _clean_name(match.group("name"))
                if name:
                    claimed.append(span)
                    out.append((name, _clean_role(match.group("role")), sentence.article_id))
    return out


def _mentions(name: str, sentences: Sequence[Sentence]) -> set[str]:
    """Articles that mention the person by full name or by surname."""
    surname = re.escape(name.split()[-1])
    pattern = re.compile(rf"(?<![\w-]){surname}(?![\w-])")
    return {s.article_id for s in sentences if pattern.search(s.text)}


def merge_actors(sentences: Sequence[Sentence], limit: int = 10) -> list[Actor]:
    """One actor per person across the sources, with the role the first source
    gives (the longest wording when one source is terser) and every source
    that names them, in order of first mention."""
    roles: dict[str, list[str]] = {}
    names: dict[str, str] = {}
    order: list[str] = []
    for name, role, _ in find_actors(sentences):
        key = _fold(name.split()[-1])  # surname
        if key not in names:
            names[key] = name
            order.append(key)
        elif len(name) > len(names[key]):
            names[key] = name
        roles.setdefault(key, []).append(role)
    actors = []
    for key in order[:limit]:
        name = names[key]
        role = max(roles[key], key=len) if roles[key] else None
        ids = sorted(_mentions(name, sentences))
        actors.append(Actor(name, role or None, tuple(ids)))
    return actors


def name_discrepancies(sentences: Sequence[Sentence]) -> list[Discrepancy]:
    """Sources that spell one person's name differently ("Hanane Balkhi" and
    "Hanan Balkhi"): same surname, given names alike but not equal. Different
    people who share a surname have unlike given names and are left alone."""
    spellings: dict[tuple[str, str], dict[str, list[str]]] = {}
    for name, _, aid in find_actors(sentences):
        person = (_fold(name.split()[-1]), _fold(name.split()[0])[:3])  # surname, given-name stem
        ids = spellings.setdefault(person, {}).setdefault(name, [])
        if aid not in ids:
            ids.append(aid)
    out = []
    for variants in spellings.values():
        names = list(variants)
        sources = {i for ids in variants.values() for i in ids}
        # "Hanane Balkhi" inside "Hanane Hassan Balkhi" is a shorter form, not a conflict.
        distinct = [n for n in names if not any(n != m and set(n.split()) < set(m.split()) for m in names)]
        if len(distinct) > 1 and len(sources) > 1:
            claims = tuple((n, i) for n in names for i in variants[n])
            out.append(Discrepancy("nom", claims))
    return out
