"""The whole phrase a figure stands in: a span of its sentence that a reader can take alone.

A figure's phrase starts where a clause starts, on its subject (the sentence's
start, or after punctuation on a determiner, a number or a name) and never on
what leaves the subject behind: a connector ("contre", "qui", "où", "soit"), a
preposition ("avec 55 % des voix"), a verb ("abritait 670.000 personnes") or a
pronoun ("Il dénombre …"). It ends at punctuation or at the sentence's end, so
it is never cut before the words its last one governs ("… de rémunération
des"). A phrase too long for a table row falls back on the smallest clause
inside it that has its own subject and verb (after "que", "et", "mais" …);
when there is none the figure has no phrase, rather than a false or cut one.
"""

from __future__ import annotations

import re

from .clauses import has_verb
from .lexicon import AUXILIARIES, CONNECTORS, DETERMINERS, PREPOSITIONS, PRONOUNS, words

MAX_PHRASE_WORDS = 30  # longer is no table row
# Boundaries between phrases: a comma, semicolon or colon before a space (not
# the decimal comma of "55,25"), a spaced dash, brackets.
_BOUNDARY = re.compile(r"[,;:](?=\s|$)|\s[—–-](?=\s)|[()\[\]]|\.\.\.|…")
_WORD = re.compile(r"[\w’'-]+")
_EDGE = " \t\"«»“”.!?…"

# Introducers of an adverbial phrase at a sentence's start ("Avec 55 % des voix, X l'emporte"):
# such a phrase is whole only with the main clause after it.
_INTRODUCERS = PREPOSITIONS | frozenset("selon d'après après lors en".split())
# Where a smaller clause with its own subject starts inside a long phrase.
_CLAUSE_OPENERS = frozenset("que qu et mais car lorsque quand puisque si".split())
# "ainsi que", "plus que", "ce que": a "que" that compares, joins or relates, not one that opens a clause.
_COMPARATIVE = frozenset("ainsi plus moins autant aussi tant même ce".split())


def _first(text: str) -> str:
    """The first word, an elided article or preposition alone ("l'", "d'", "qu'")."""
    tokens = words(text)
    if not tokens:
        return ""
    w = tokens[0]
    return w.split("'", 1)[0] if "'" in w[:4] else w


def segments(sentence: str) -> list[tuple[int, int]]:
    """The sentence's phrases between punctuation, as (start, end) offsets with the edges trimmed."""
    out, at = [], 0
    for m in list(_BOUNDARY.finditer(sentence)) + [None]:
        end = m.start() if m else len(sentence)
        s, e = at, end
        while s < e and sentence[s] in _EDGE:
            s += 1
        while e > s and sentence[e - 1] in _EDGE:
            e -= 1
        if e > s:
            out.append((s, e))
        at = m.end() if m else len(sentence)
    return out


def opens_clause(text: str, sentence_start: bool) -> bool:
    """The phrase opens on a subject: a determiner, a number or a name, never on
    a connector, pronoun, preposition or verb (at a sentence's start a capital
    says nothing: only the word does)."""
    raw = text.lstrip(_EDGE)
    first = _first(raw)
    if not first or first in CONNECTORS or first in PRONOUNS or first in PREPOSITIONS:
        return False
    if first == "ce" and len(words(raw)) > 1 and (words(raw)[1] in AUXILIARIES or words(raw)[1][:2] in ("qu", "n'")):
        return False  # "ce serait le cas de 31 %": a pronoun, its referent said before
    if first[0].isdigit() or first in DETERMINERS:
        return True
    # A name: capitalised inside the sentence; at its start, any word not listed above.
    return raw[:1].isupper()


def _inner_clause(sentence: str, s: int, e: int, start: int) -> tuple[int, int] | None:
    """The smallest clause of sentence[s:e] that holds the figure and has its
    own subject and verb: a completive after "que", or a clause opening on its
    subject after "et", "mais", "lorsque" …"""
    best = None
    previous = ""
    for m in _WORD.finditer(sentence, s, start):
        word = m.group(0).lower().replace("’", "'")
        head = word.split("'")[0]
        joined, previous = previous, word
        if head not in _CLAUSE_OPENERS or ("'" in word and head != "qu") or joined in _COMPARATIVE:
            continue
        # "et" joins two clauses after a comma; without one it mostly joins two names.
        if head == "et" and not sentence[: m.start()].rstrip().endswith(","):
            continue
        after_verb = head in ("que", "qu")
        at = m.end() if "'" not in word else m.start() + word.index("'") + 1
        while at < start and sentence[at] in " \"«“":
            at += 1
        first = _first(sentence[at:e])
        if at > start or first in CONNECTORS or first in PRONOUNS:
            continue
        if not after_verb and not opens_clause(sentence[at:e], False):
            continue
        # A clause does not run on past a colon or semicolon without its verb
        # ("plus de discriminations que le reste de la population: ce serait …").
        own = re.split(r"[:;]", sentence[at:e], maxsplit=1)[0]
        if has_verb(own) and len(sentence[at:e].split()) <= MAX_PHRASE_WORDS:
            found = _balanced(sentence, at, e)
            if _paired(sentence[found[0] : found[1]]):
                best = found  # the rightmost is the smallest
    return best


def _starts(sentence: str, segs: list[tuple[int, int]], i: int, k: int) -> bool:
    """Segment i can open the phrase of a figure in segment k."""
    s, e = segs[i]
    first = _first(sentence[s:])
    if i > 0 and sentence[:s].rstrip(_EDGE).endswith(")"):
        return False  # the clause goes on after a bracket: it started before it
    if not opens_clause(sentence[s:e], i == 0):
        return i == 0 and first in _INTRODUCERS
    if i > 0 and (first[:1].isdigit() or first in DETERMINERS - {"le", "la", "les", "l", "un", "une", "des", "ce", "cet", "cette", "ces"}):
        # "Le Maroc, 35 millions d'habitants, reste …": a number after a subject
        # still without its verb is that subject's apposition.
        before = sentence[segs[0][0] : segs[i - 1][1]]
        if not has_verb(before) and opens_clause(before, True) and _first(before) not in _INTRODUCERS:
            return has_verb(sentence[s:e])
    return True


def whole_phrase(sentence: str, start: int, end: int) -> tuple[int, int] | None:
    """(start, end) of the whole phrase holding sentence[start:end], or None."""
    segs = segments(sentence)
    k = next((n for n, (s, e) in enumerate(segs) if s <= start < e), None)
    if k is None or segs[k][1] < end:
        return None
    for i in range(k, -1, -1):
        if not _starts(sentence, segs, i, k):
            continue
        s = segs[i][0]
        for j in range(k, len(segs)):
            e = segs[j][1]
            part = sentence[segs[j][0] : e]
            if j > k and opens_clause(part, False) and has_verb(part):
                # Another clause: only the one an opening adverbial belongs to
                # ("Avec 55 % des voix, le candidat l'emporte"); one without a
                # verb is an apposition ("près de 80 millions, un record, ont fui").
                if i > 0 or has_verb(sentence[s : segs[j - 1][1]]):
                    break
            if not _ends(sentence, e):
                continue  # "(22,7%) et la candidate …": the phrase goes on after the bracket
            if _unfinished(sentence[s:e]):
                continue  # "a assuré que le stationnement de 52.000 soldats, …": its verb comes later
            if _main_verb(sentence, segs, i, j) or (i == 0 and j == len(segs) - 1):  # a whole sentence is a clause
                found = _fit(sentence, s, e, start)
                if found and _paired(sentence[found[0] : found[1]]):
                    return found
                break
    return None


_THAT = re.compile(r"\b(?:que|qu['’])", re.IGNORECASE)


def _unfinished(text: str) -> bool:
    """A clause opened by "que" whose verb the text has not reached yet."""
    last = None
    for m in _THAT.finditer(text):
        before, after = words(text[: m.start()]), words(text[m.end() :])
        if before and before[-1] in _COMPARATIVE or any(w in ("ne", "n") or w.startswith("n'") for w in before):
            continue  # "plus que", "ce que", "ne … que": no clause opens
        if after and after[0] in ("à", "au", "aux", "un", "une"):
            continue  # "qu'à Bangkok", "qu'une seule": restrictive
        last = m
    return last is not None and not has_verb(text[last.end() :])


def _main_verb(sentence: str, segs: list[tuple[int, int]], i: int, j: int) -> bool:
    """Segments i..j hold a verb outside the relative clauses they take in
    ("l'Inde, où certains hôpitaux ont …" has none of its own)."""
    parts = [sentence[a:b] for n, (a, b) in enumerate(segs[i : j + 1]) if n == 0 or _first(sentence[a:b]) not in CONNECTORS]
    return has_verb(" , ".join(parts))


def _fit(sentence: str, s: int, e: int, start: int) -> tuple[int, int] | None:
    """The phrase, or when too long the smallest clause inside it, or None."""
    if len(sentence[s:e].split()) <= MAX_PHRASE_WORDS:
        return _balanced(sentence, s, e)
    return _inner_clause(sentence, s, e, start)


def _ends(sentence: str, e: int) -> bool:
    """A phrase may end here: punctuation or the sentence's end follows, not a word."""
    rest = sentence[e:].lstrip(" \"»”)]")
    return not rest or not rest[0].isalnum()


def _paired(text: str) -> bool:
    """Brackets and quotation marks open and close inside the phrase."""
    depth = 0
    for c in text:
        depth += (c == "(") - (c == ")")
        if depth < 0:
            return False
    return depth == 0 and text.count('"') % 2 == 0 and text.count("«") == text.count("»") and text.count("“") == text.count("”")


def _balanced(sentence: str, s: int, e: int) -> tuple[int, int]:
    """Take in a quotation mark the phrase opens or closes, so its quotes pair up."""
    text = sentence[s:e]
    if text.count('"') % 2 and s > 0 and sentence[s - 1] == '"':
        s -= 1
    elif text.count('"') % 2 and e < len(sentence) and sentence[e] == '"':
        e += 1
    if text.count("(") > text.count(")") and e < len(sentence) and sentence[e] == ")":
        e += 1
    for o, c in ("«»", "“”"):
        if text.count(o) > text.count(c) and e < len(sentence) and sentence[e] == c:
            e += 1
        elif text.count(c) > text.count(o) and s > 0 and sentence[s - 1] == o:
            s -= 1
    return s, e
