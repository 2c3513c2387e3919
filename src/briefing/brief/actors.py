"""Actors and their roles, as the sources word them.

The names and roles come from the sentence's appositions (`appositions`):
"Samir Ahid, directeur de l'AMMPS" or "le ministre de la Santé, Amine
Tahraoui". Sources that give one person the same role in other words merge
into one entry; a source is cited for an actor only when it sets that role
beside that name, so a reader who opens it finds both.
"""

from __future__ import annotations

import re
from typing import Sequence

from ..events.lexical import fold
from ..records import Actor, Discrepancy, Sentence
from .appositions import appositions


def find_actors(sentences: Sequence[Sentence]) -> list[tuple[str, str, str]]:
    """(name, role, article id) for every name in apposition with a role."""
    return [(name, role, s.article_id) for s in sentences for name, role in appositions(s.text)]


def _same_role(a: str, b: str) -> bool:
    """Two wordings of one role: one holds the other ("directeur de l'AMMPS"
    in "directeur de l'AMMPS, l'agence du médicament"), or most words shared."""
    fa, fb = fold(a), fold(b)
    if fa in fb or fb in fa:
        return True
    wa, wb = set(re.findall(r"\w{3,}", fa)) - _NOW, set(re.findall(r"\w{3,}", fb)) - _NOW
    return len(wa & wb) / max(1, min(len(wa), len(wb))) >= 0.6


# "son actuel président" is the role "président de la plateforme Paris en Commun" says in full.
_NOW = frozenset({"actuel", "actuelle", "actuels", "actuelles"})


def _states(claim: tuple[str, str], name: str, role: str) -> bool:
    """Whether a source's (name, role) is this one. In its own words only: a
    source that says "ministre de l'Industrie, X" does not say "ministre de
    l'Industrie et du Commerce", and one that says more is cut short by less."""
    return " ".join(claim[0].split()) == " ".join(name.split()) and fold(" ".join(role.split())) == fold(" ".join(claim[1].split()))


def _entry(claims: Sequence[tuple[str, str, str]]) -> Actor:
    """One role of a person: worded as the (name, role) most sources state
    (then the fullest), citing only the sources that state it in those words."""
    pairs = {(n, r) for n, r, _ in claims}

    def stated_by(pair: tuple[str, str]) -> list[str]:
        return sorted({aid for n, r, aid in claims if _states((n, r), *pair)})

    best = max(pairs, key=lambda p: (len(stated_by(p)), len(p[1]), len(p[0]), p))
    return Actor(best[0], best[1], tuple(stated_by(best)))


def merge_actors(sentences: Sequence[Sentence], limit: int = 10) -> list[Actor]:
    """One entry per person and role across the sources, in order of first
    mention; a person is matched by surname ("Hanane Balkhi", "Hanan Balkhi").
    When sources give the person different roles ("ministre de l'Industrie"
    here, "membre du bureau de l'AEI" there), each role is its own entry."""
    claims: dict[str, list[tuple[str, str, str]]] = {}
    for name, role, aid in find_actors(sentences):
        claims.setdefault(fold(name.split()[-1]), []).append((name, role, aid))
    actors = []
    for person in list(claims.values())[:limit]:
        groups: list[list[tuple[str, str, str]]] = []
        for claim in person:
            group = next((g for g in groups if any(_same_role(claim[1], c[1]) for c in g)), None)
            if group is None:
                groups.append([claim])
            else:
                group.append(claim)
        actors.extend(_entry(g) for g in groups)
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
        # "Hanane Balkhi" inside "Hanane Hassan Balkhi" is a shorter form, and
        # "Edouard" for "Édouard" typography (capitals lose their accents): no conflict.
        spelt = {fold(n) for n in names}
        distinct = [n for n in spelt if not any(n != m and set(n.split()) < set(m.split()) for m in spelt)]
        if len(distinct) > 1 and len(sources) > 1:
            claims = tuple((n, i) for n in names for i in variants[n])
            out.append(Discrepancy("nom", claims))
    return out
