"""Names and the roles set beside them in apposition, read from one sentence.

French news names a person's function in apposition, after the name
("Samir Ahid, directeur de l'AMMPS, a dit") or before it ("le ministre de la
Santé, Amine Tahraoui, a dit"). The rules here follow the punctuation of that
construction rather than a window of words:

- a role after a name runs to the end of its clause: the next ", NAME", a
  verb, a relative pronoun or a clause mark; a comma goes on inside the role
  when what follows is the tail of a list ("Conseil économique, social et
  environnemental", "pour le Moyen-Orient, l'Afrique et la Turquie");
- in a list "A, ROLE_A, B, ROLE_B, et C, ROLE_C" each role belongs to the name
  before it, so "ROLE, NAME" is read only when ROLE is not itself the
  apposition of a name just before it;
- a role keeps the words that change its meaning: "ancienne directrice",
  "ex-conseiller", "Haut-Commissaire", "épidémiologiste en chef".
"""

from __future__ import annotations

import re

from ..events.lexical import fold
from .bound_roles import _NOUN_BEFORE, _bound
from .role_spans import (
    _ARTICLE, _DETERMINER, _EN_CHEF, _MODIFIER, _NAME, _NAME_WORD, _ROLE_HEAD, _TITLE, ROLE_WORDS,
    _clean_name, _role_end, _role_text, _tail_after,
)

# Women's kin and companions: "la mère de Stéphane X, conseillère municipale" (the role a woman's).
_HER = "mère|fille|sœur|soeur|épouse|femme|compagne|veuve|tante|nièce|cousine|grand-mère|petite-fille|amie|belle-fille"
_AGE = re.compile(r"\s*\d{1,3}\s+ans\s*,\s*")


# "a assuré à Lyon Arkya Sedime, membre …", "a expliqué à Franceinfo Didier Migaud, premier président …",
# "s'est indigné sur Facebook Laetitia Descoing-Cucchi": after a verb of saying and "à" or "sur",
# a run of three capitalised words opens on the place or the outlet the words were said in or
# to, then the speaker's name (a particle second, "à Marine Le Pen", is a name's).
_SAID_TO = re.compile(r"\b(?:a|ont|avait|avaient|est|sont|était)\s+[a-zà-ÿ]+(?:é|i|it|u|is)e?s?\s+(?:à|sur)\s+$")
_PARTICLE = frozenset("le la de du des van von der di da dos del ben bin el al".split())


# "ex-otage de l'Hyper Cacher", "le Bordelais Adrien", "de la Défense": a capitalised run an
# article opens is a place, a brand or a body (or a demonym), not a person's name, which takes a
# title or a noun first ("le Dr X", "le président X"); in a longer run the name may follow it.
_ARTICLE_BEFORE = re.compile(r"(?<![\w-])(?:l['’]|(?:le|la|les|du|des|au|aux)\s+)$", re.IGNORECASE)


def _names(text: str) -> list[tuple[int, int, int, str]]:
    """(match start, name start, end, name) of each person's name."""
    out = []
    for m in _NAME.finditer(text):
        run = m.group(0).split()
        if fold(run[0]) in ("le", "la", "les"):
            continue  # "de La France insoumise": the article is the run's own, a body's name
        # "au Monde Malik Salemkour", "explique à L'Obs Sibeth Ndiaye": an outlet or a body, then the person.
        after_article = re.match(r"L['’]", run[0]) or (
            _ARTICLE_BEFORE.search(text[max(0, m.start() - 6) : m.start()]) and not _TITLE.match(m.group(0)))
        if after_article and len(run) < 3:
            continue
        if len(run) >= 3 and (after_article or _SAID_TO.search(text[: m.start()])) and fold(run[1]) not in _PARTICLE:
            m = _NAME.match(text, m.start() + m.group(0).index(run[1], len(run[0])))  # the speaker alone
            if m is None:  # one word left: no full name
                continue
        name = _clean_name(m.group(0))
        if name:
            first = m.group(0).rfind(name.split()[0], 0, len(m.group(0)) - len(name.split()[-1]) + 1)
            out.append((m.start(), m.start() + max(first, 0), m.end(), name))
    return out


def _role_start(text: str, pos: int) -> re.Match | None:
    """The role that opens at `pos` (a determiner or modifier first), if any."""
    for pattern in (_EN_CHEF, _ROLE_HEAD):
        m = pattern.match(text, pos)
        if m:
            return m
    return None


def appositions(text: str) -> list[tuple[str, str]]:
    """(name, role) for each person the sentence names with a role beside them."""
    names = _names(text)
    starts = {s for n in names for s in n[:2]}
    out: list[tuple[int, str, str]] = []
    bound = _bound(text)
    # Role spans taken: by the name before them, or by the name right after them.
    owned: list[tuple[int, int]] = [(h, h + 1) for h, _, _, _ in bound]
    for raw, first, end, name in names:  # NAME, ROLE
        sep = re.match(r"\s*[,;]\s*", text[end:])  # "Mr. Karim Zaher; président de Gigalab" in lists
        if not sep:
            continue
        pos = end + sep.end()
        age = _AGE.match(text, pos)
        pos = age.end() if age else pos
        head = _role_start(text, pos)
        if not head or any(s == head.start() for s, _ in owned):
            continue  # "A, le président B": the role is B's
        stop = _role_end(text, head.end())
        nxt = re.match(r",\s*", text[stop:])
        if _ARTICLE.match(head.group(0)) and nxt and stop + nxt.end() in starts:
            continue  # "A, le ministre de X, B": the role opens B's own pair
        before = text[:first].rstrip()
        if _ARTICLE.match(head.group(0)) and before.endswith(",") and _role_before(text, len(before) - 1, owned):
            continue  # "le président du groupe, A, la présidente du parti a dit": A's role is before
        if _ARTICLE.match(head.group(0)) and _CLAUSE_VERB.match(text, stop):
            continue  # "Répondant au sénateur B, le Premier ministre a indiqué": the role is the verb's subject
        if _ARTICLE.match(head.group(0)) and any(n == name for _, _, n, _ in bound):
            continue  # "Contrairement au Premier ministre B, le représentant de l'UE juge …": B has its role; this one opens the clause
        role = _role_text(text, pos, stop)
        if role and _FEMININE_ROLE.match(role) and _OF_HER.search(text[max(0, raw - 40) : raw]):
            continue  # "la mère de Stéphane X, conseillère municipale": the woman's role, not the name's
        if role and not _MORE_PEOPLE.search(role):
            out.append((first, name, role))
            owned.append((pos, stop))
    for raw, first, end, name in names:  # ROLE, NAME
        before = text[:raw].rstrip()
        if not before.endswith(",") or any(n == name for _, n, _ in out):
            continue
        if not _AFTER_NAME.match(text, end):
            continue
        role = _role_before(text, len(before) - 1, owned)
        if role:
            out.append((first, name, role))
    for _, first, name, role in bound:  # ROLE NAME, no comma
        if role and not any(n == name and r == role for _, n, r in out):
            out.append((first, name, role))
    return [(name, role) for _, name, role in sorted(out)]


_OF_HER = re.compile(rf"(?i:\b(?:{_HER}))\s+(?:de|d['’])\s*$")
# A role in the feminine: "conseillère", "présidente", "directrice", "adjointe", "députée".
_FEMININE_ROLE = re.compile(r"(?:[\w-]*(?:trice|ère|enne|ée|nte|esse|euse|ine)|cheffe|procureure|professeure)\b", re.IGNORECASE)


# What may follow "ROLE, NAME": the apposition's closing comma, the end, or the verb.
_AFTER_NAME = re.compile(r"\s*(?:[,;.)(]|$|(?:a|s['’]|est|et|qui|dont|avait|ont|se|va|sera)\b)")


def _outside_brackets(text: str) -> str:
    """The text with what stands inside brackets blanked: "(CDC), X" is one segment."""
    return re.sub(r"\([^()]*\)", lambda m: " " * len(m.group(0)), text)


def _role_before(text: str, comma: int, owned: list[tuple[int, int]]) -> str | None:
    """The role that ends at `comma`, read back to its determiner or role word;
    none when a name before it owns it in apposition."""
    lo = comma
    for _ in range(5):  # back over the tail of a list inside the role
        prev = max(_outside_brackets(text).rfind(c, 0, lo) for c in ",;:(")
        heads = [m for p in (_EN_CHEF, _ROLE_HEAD) for m in p.finditer(text, prev + 1, comma)]
        heads = [m for m in heads if _role_end(text, m.end()) >= comma and not _inside_name(text, m.start())]
        if heads:
            # The nearest head with a determiner ("le porte-parole"), else the first.
            det = [m for m in heads if _ARTICLE.match(m.group(0))]
            head = max(det, key=lambda m: m.start()) if det else min(heads, key=lambda m: m.start())
            if any(s <= head.start() < e for s, e in owned) or _names_someone(text[head.start() : comma]):
                return None
            return _role_text(text, head.start(), comma)
        if prev < 0 or text[prev] != "," or _tail_after(text, prev) != comma:
            return None
        lo = prev
    return None


# "Bruno Le Maire ou même son concurrent direct, Alain Juppé": a capitalised role word right after
# a capitalised word ("Le", "Bruno") is the end of a name, not a role.
_CAPITALISED_BEFORE = re.compile(r"(?<![\w'’-])[A-ZÀ-Ý][\w'’-]*\s+$")


def _inside_name(text: str, start: int) -> bool:
    return text[start : start + 1].isupper() and bool(_CAPITALISED_BEFORE.search(text, 0, start))


_CLAUSE_VERB = re.compile(r"(?:a|ont|avait|avaient|est|sont|était|étaient|sera|seront|serait|fut)\b")
# "A, le président de la métropole B et le maire de C D": a list of people, not A's role.
_MORE_PEOPLE = re.compile(
    rf"\s(?:et|ou)\s+(?:(?i:{_DETERMINER})(?i:{_MODIFIER})*(?i:{ROLE_WORDS})\b"
    rf"|(?:(?:de\s+|d['’])|(?i:{_DETERMINER})[a-zà-ÿ-]+\s+)?{_NAME_WORD}\s+{_NAME_WORD})"
)
_LOWER_BEFORE = re.compile(r"\b(?!(?:de|du|des|d|la|le|les|l|au|aux|à|en|pour|et|ou)\b)[a-zà-ÿ]{2,}\s+$")


def _names_someone(role: str) -> bool:
    """True when a role holds a person's name after a qualifier ("auprès de l'ex-président
    démocrate Barack Obama", "le sénateur LR Max Brisson"): the role is that person's."""
    for m in _NAME.finditer(role):
        before = role[: m.start()]
        # After "la chaîne", "l'ONG" the capitals name a thing; after a role word, a person.
        if _clean_name(m.group(0)) and _LOWER_BEFORE.search(before) and (not _NOUN_BEFORE.search(before) or _ROLE_WORD_BEFORE.search(before)):
            return True
    return False


_ROLE_WORD_BEFORE = re.compile(rf"(?i:\b(?:{ROLE_WORDS}))\s+$")
