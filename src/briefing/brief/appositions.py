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
from .lexicon import WEEKDAYS

_UP = "A-ZÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸ"
_NAME_WORD = rf"[{_UP}][a-zà-ÿ'’]+(?:-[{_UP}]?[a-zà-ÿ'’]+)*"
_NAME = re.compile(rf"(?:{_NAME_WORD})(?:\s+(?:{_NAME_WORD}|[{_UP}]{{2,}}(?![a-z]))){{1,3}}")
ROLE_WORDS = (
    "directeur|directrice|ministre|président|présidente|vice-président|vice-présidente|"
    "secrétaire|membre|chef|cheffe|pdg|porte-parole|ambassadeur|ambassadrice|gouverneur|"
    "wali|maire|professeur|professeure|docteur|fondateur|fondatrice|coordinateur|coordinatrice|"
    "responsable|représentant|représentante|conseiller|conseillère|député|députée|"
    "délégué|déléguée|commissaire|doyen|doyenne|recteur|rectrice|administrateur|"
    "administratrice|chercheur|chercheuse|expert|experte|patron|patronne|roi|reine|prince|"
    "sénateur|sénatrice|procureur|procureure|avocat|avocate|adjoint|adjointe|dirigeant|dirigeante"
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
_HARD_END = re.compile(r"[;:!?\"«»“”]|\.(?:\s|$)|\s[-–—]\s|\)")
_LEADING = frozenset(
    """selon pour dans sur avec après avant pendant depuis et mais or donc car ainsi enfin lors
    chez entre par contre vers sans sous malgré comme quand si le la les un une des ce cette son
    sa ses leur du de au aux""".split()
)
_NOT_NAME = frozenset(
    """le la les l de du des et à au aux pour dans sur un une mme mr m mrs pr dr me
    ministère ministre organisation agence université fédération association royaume
    maroc santé conseil direction""".split()
)
_TITLE = re.compile(r"^(?:M|Mme|Mlle|Mr|Pr|Dr|Me)(?:\.\s*|\s+)")
_AGE = re.compile(r"\s*\d{1,3}\s+ans\s*,\s*")


def _clean_name(name: str) -> str | None:
    words = _TITLE.sub("", " ".join(name.split())).split()
    while words and fold(words[0]) in _LEADING:
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
            if pos > start and (re.split(r"['’]", word.lower())[0] in _STOP_WORDS or _IMPERFECT.match(word)):
                return pos
            pos += len(word)
            continue
        pos += 1
    return pos


def _role_text(text: str, start: int, end: int) -> str | None:
    role = " ".join(text[start:end].split()).strip(" ,")
    role = _ARTICLE.sub("", role)
    return role if len(role.split()) >= 2 else None  # "le ministre" alone says nothing


# "a assuré à Lyon Arkya Sedime, membre …", "a expliqué à Franceinfo Didier Migaud, premier président …":
# after a verb of saying and "à", a run of three capitalised words opens on the place or the
# outlet the words were said in or to, then the speaker's name (a particle second, "à Marine
# Le Pen", is a name's).
_SAID_TO = re.compile(r"\b(?:a|ont|avait|avaient)\s+[a-zà-ÿ]+(?:é|i|it|u|is)e?s?\s+à\s+$")
_PARTICLE = frozenset("le la de du des van von der di da dos del ben bin el al".split())


def _names(text: str) -> list[tuple[int, int, int, str]]:
    """(match start, name start, end, name) of each person's name."""
    out = []
    for m in _NAME.finditer(text):
        run = m.group(0).split()
        if len(run) >= 3 and _SAID_TO.search(text[: m.start()]) and fold(run[1]) not in _PARTICLE:
            m = _NAME.match(text, m.start() + m.group(0).index(run[1], len(run[0])))  # the speaker alone
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
    for _, first, end, name in names:  # NAME, ROLE
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
        role = _role_text(text, pos, stop)
        if role:
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
        if not any(n == name for _, n, _ in out):
            out.append((first, name, role))
    return [(name, role) for _, name, role in sorted(out)]


# "le ministre de la Santé Olivier Véran": the role runs to a run of capitalised
# words; after "de la", "du", "d'" the run's first word ends the role ("Santé").
_BOUND = re.compile(
    rf"(?P<body>(?:[^,;:.!?\"«»()]|\([^()]*\))*?)(?P<run>(?:{_NAME_WORD})(?:\s+(?:{_NAME_WORD})){{1,3}})\b"
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
        if (_OF.search(text[:at]) or _OPEN_NAME.search(text[head.end() : at])) and len(run.split()) == 3:
            # "Santé Olivier Véran", "publique France François Bourdillon"; "New York A. B" is unsure
            first_word = run.split()[0]
            at = text.index(first_word, at) + len(first_word)
            run = run[run.index(first_word) + len(first_word):].strip()
        elif _OF.search(text[:at]):
            continue
        name = _clean_name(run)
        if name and len(name.split()) <= 3 and name == " ".join(run.split()):
            role = _role_text(text, head.start(), at)
            if role and not re.search(r"\s(?:et|ou)\s", role):
                out[name] = (head.start(), text.index(name.split()[0], at), name, role)  # the nearest role wins
    return list(out.values())


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
        heads = [m for m in heads if _role_end(text, m.end()) >= comma]
        if heads:
            # The nearest head with a determiner ("le porte-parole"), else the first.
            det = [m for m in heads if _ARTICLE.match(m.group(0))]
            head = max(det, key=lambda m: m.start()) if det else min(heads, key=lambda m: m.start())
            if any(s <= head.start() < e for s, e in owned):
                return None
            return _role_text(text, head.start(), comma)
        if prev < 0 or text[prev] != "," or _tail_after(text, prev) != comma:
            return None
        lo = prev
    return None
