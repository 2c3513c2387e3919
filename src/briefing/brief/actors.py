"""Actors and their roles, as the sources word them.

Rules, not a model: a person's name is 2 to 4 capitalised words; it counts as
an actor when a role stands beside it in apposition, either after it
("Samir Ahid, directeur de l'AMMPS") or before it ("le ministre de la Santé,
Amine Tahraoui"). Later bare mentions ("Mme Balkhi", "Balkhi") join the full
name by surname, so sources that name a person differently still merge.
"""

from __future__ import annotations

import re
from typing import Sequence

from ..events.lexical import fold
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


def _clean_name(name: str) -> str | None:
    name = _TITLE_PREFIX.sub("", " ".join(name.split()))
    words = name.split()
    if len(words) < 2 or not _CASE_SENSITIVE_NAME.match(name):
        return None
    if any(fold(w) in _NOT_NAME for w in words):
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


def _same_role(a: str, b: str) -> bool:
    """Two wordings of one role: one holds the other ("directeur de l'AMMPS"
    in "directeur de l'AMMPS, l'agence du médicament"), or most words shared."""
    fa, fb = fold(a), fold(b)
    if fa in fb or fb in fa:
        return True
    wa, wb = set(re.findall(r"\w{3,}", fa)), set(re.findall(r"\w{3,}", fb))
    return len(wa & wb) / max(1, min(len(wa), len(wb))) >= 0.6


def _role_groups(claims: Sequence[tuple[str, str]]) -> list[tuple[str, list[str]]]:
    """(role, sources) for each distinct role, worded as its longest form, in
    order of first mention; one source's claims all go to its first role."""
    groups: list[tuple[list[str], list[str]]] = []
    for role, aid in claims:
        group = next((g for g in groups if any(_same_role(role, r) for r in g[0])), None)
        if group is None:
            groups.append(([role], [aid]))
            continue
        group[0].append(role)
        if aid not in group[1]:
            group[1].append(aid)
    return [(max(roles, key=len), ids) for roles, ids in groups]


def merge_actors(sentences: Sequence[Sentence], limit: int = 10) -> list[Actor]:
    """One actor per person across the sources, with every source that names
    them, in order of first mention. When sources give the person different
    roles ("ministre de l'Industrie" here, "membre du bureau de l'AEI" there),
    each role is its own entry citing the sources that give it."""
    claims: dict[str, list[tuple[str, str]]] = {}
    names: dict[str, str] = {}
    order: list[str] = []
    for name, role, aid in find_actors(sentences):
        key = fold(name.split()[-1])  # surname
        if key not in names:
            names[key] = name
            order.append(key)
        elif len(name) > len(names[key]):
            names[key] = name
        if role:
            claims.setdefault(key, []).append((role, aid))
    actors = []
    for key in order[:limit]:
        name = names[key]
        mentioned = sorted(_mentions(name, sentences))
        groups = _role_groups(claims.get(key, []))
        if len(groups) <= 1:
            role = groups[0][0] if groups else None
            actors.append(Actor(name, role, tuple(mentioned)))
            continue
        with_role = {i for _, ids in groups for i in ids}
        for n, (role, ids) in enumerate(groups):
            # Sources that name the person without a role go with the first role.
            extra = [i for i in mentioned if i not in with_role] if n == 0 else []
            actors.append(Actor(name, role, tuple(sorted(set(ids) | set(extra)))))
    return actors


def name_discrepancies(sentences: Sequence[Sentence]) -> list[Discrepancy]:
    """Sources that spell one person's name differently ("Hanane Balkhi" and
    "Hanan Balkhi"): same surname, given names alike but not equal. Different
    people who share a surname have unlike given names and are left alone."""
    spellings: dict[tuple[str, str], dict[str, list[str]]] = {}
    for name, _, aid in find_actors(sentences):
        person = (fold(name.split()[-1]), fold(name.split()[0])[:3])  # surname, given-name stem
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
