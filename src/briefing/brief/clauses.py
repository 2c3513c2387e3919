"""Where a French sentence's main verb is, from its words alone (no parser).

A cut that stops before the main verb leaves no statement ("La famille
d'Adama Traoré, mort en 2016 au cours d'une interpellation …"). The cues are
the ones a reader uses: an auxiliary or a common finite verb, a verb after a
subject or reflexive clitic ("il dénonce", "s'est"), the endings of the
imperfect, future and conditional, a plural present after its subject. A verb
after a relative pronoun or a subordinating conjunction in the same clause
("qui a été tué", "alors que la police avait") is not the main one. The cues
miss some verbs ("La firme avance"); callers treat a miss as "no verb", which
only keeps a sentence longer, never cuts it short.
"""

from __future__ import annotations

import re

from ..ingest.day_clause import PARTICIPLE, looks_back
from .lexicon import (
    ARTICLES,
    AUXILIARIES,
    BEFORE_NOUN,
    CLITICS,
    CONNECTORS,
    DETERMINERS,
    FINITE_FORMS,
    FINITE_WORD,
    INFINITIVE,
    NOT_VERBS,
    PLURAL_VERB,
    PREPOSITIONS,
    PRENOMINAL,
    PRONOUNS,
    SUBORDINATORS,
    TENSE_ENDING,
    words,
)

_SMALL = CONNECTORS | PRONOUNS | PREPOSITIONS | DETERMINERS
_BEFORE_NUMBER = re.compile(
    r"([A-Za-zÀ-ÿœ'’-]+)\s+(?:(?:plus|moins|près|pas\s+moins)\s+d(?:e\s+|['’])|environ\s+|quelque\s+|au\s+moins\s+|jusqu['’]à\s+)?\d"
)
_TOKEN = re.compile(r"[^\W\d_]+['’]|[^\W\d_][\w-]*|[,;:()«»\"“”—–]")
_CLAUSE_BREAK = frozenset(",;:()«»\"“”—–")


def _verb_like(word: str, previous: str) -> bool:
    if previous == "en":  # "il en a", not "en baisse"
        return word in AUXILIARIES
    if previous in BEFORE_NOUN:
        return False
    if word in FINITE_FORMS:
        return True
    if previous in CLITICS:  # "il dénonce", "s'est"; not an infinitive ("sortir se promener", "pour se protéger")
        return not INFINITIVE.fullmatch(word)
    if word in NOT_VERBS or len(word) < 5:
        return False
    if TENSE_ENDING.search(word):
        return True
    # A plural present ("les prix augmentent"), not an adverb in -ment.
    return word.endswith("ent") and not word.endswith("ment")


def main_verb_end(text: str) -> int | None:
    """Offset just after the sentence's first main-clause finite verb, else None."""
    previous = ""
    subordinate = quoted = False
    for match in _TOKEN.finditer(text):
        token = match.group(0)
        if token in _CLAUSE_BREAK:
            # A verb inside quotation marks is the quotation's ("Je ne suis pas votre nègre").
            quoted = not quoted if token == '"' else token in "«“" or (quoted and token not in "»”")
            previous, subordinate = "", False
            continue
        if quoted:
            continue
        word = token.replace("’", "'").lower()
        if word in SUBORDINATORS or word == "qu'":
            subordinate = True
        elif word not in CLITICS and (token[0].islower() or word in FINITE_FORMS and token != "A"):
            if not subordinate and _verb_like(word, previous):
                return match.end()
        previous = word
    return None


def has_main_verb(text: str) -> bool:
    """True when the text holds a main-clause finite verb (see main_verb_end)."""
    return main_verb_end(text) is not None


def has_verb(text: str) -> bool:
    """A finite verb: an auxiliary, a telling ending, or the word just before a
    number when it is none of the small words ("Le parc compte 40 membres",
    "atteint plus de 10 %")."""
    tokens = words(text)
    # "l'a emporté", "n'est": the auxiliary after an elision counts too.
    for w in [w.split("'", 1)[1] for w in tokens if "'" in w[:3]]:
        if w in AUXILIARIES:
            return True
    for before, w in zip([""] + tokens, tokens):
        if before in ARTICLES:
            continue  # "le reste", "un compte": a noun
        if w in FINITE_FORMS or FINITE_WORD.match(w) or _plural_verb(w):
            return True
    for m in _BEFORE_NUMBER.finditer(text):
        w = m.group(1)
        if w.islower() and w.isalpha() and w not in _SMALL and w not in PRENOMINAL:
            return True
    return False


def _plural_verb(word: str) -> bool:
    """A third person plural ("viennent", "restent"), by the endings nouns and
    adjectives in "-ent" ("gouvernement", "président", "récent") do not share."""
    return bool(PLURAL_VERB.search(word)) and word not in NOT_VERBS


_AUXILIARY = re.compile(r"(?:(?P<elided>[smt]')|(?<![\w-]))(?P<aux>avais|avait|avions|aviez|avaient|étais|était|étions|étiez|étaient)$")
# The participle after the auxiliary, past adverbs and an incise ("avait, selon son avocat, accusé").
_PARTICIPLE = re.compile(
    r"(?:\s*,[^,.;]{1,60},)?\s+(?:(?:déjà|encore|aussi|alors|même|pourtant|bien|toujours|jamais|pas|plus|guère|"
    r"jusqu['’](?:ici|alors|à\s+présent)|jusque-là|de\s+nouveau|à\s+nouveau|également|finalement|officiellement|enfin|"
    r"ainsi|notamment|récemment)\s+)*(?P<p>" + PARTICIPLE + r")(?![\w'-])",
    re.I,
)


_PRESENT_AUXILIARY = re.compile(r"(?:[smtnl]'|(?<![\w-]))(?:a|ont|est|sont)$")


def _compound_tense(text: str) -> tuple[str, str] | None:
    """(the sentence up to its main verb's auxiliary, lower case; the participle after it) when
    the main verb is an auxiliary and a past participle, else None."""
    end = main_verb_end(text)
    participle = None if end is None else _PARTICIPLE.match(text, end)
    if participle is None:
        return None
    return text[:end].replace("’", "'").lower(), participle.group("p")


def told_as_background(text: str) -> bool:
    """True when the sentence's main verb is a plus-que-parfait ("s'était émue du contrôle",
    "avait annoncé en mai"): what led up to the news, not the news. "étaient invités"
    (a passive imperfect) is not one (day_clause.looks_back, the dating's own reading)."""
    compound = _compound_tense(text)
    aux = None if compound is None else _AUXILIARY.search(compound[0])
    if aux is None:
        return False
    return looks_back(aux.group("aux"), [compound[1]], compound[0][: aux.start("aux")])


def told_as_done(text: str) -> bool:
    """True when the sentence's main verb is a passé composé, active or passive ("ont bravé la
    pluie samedi", "est décédée vendredi", "a été mis en examen"): what a report says happened."""
    compound = _compound_tense(text)
    return compound is not None and bool(_PRESENT_AUXILIARY.search(compound[0]))


# '"…", a déploré Édouard Philippe', '« … », estime le chercheur', '"…", écrit Emmanuel Macron':
# a whole sentence quoted, then its speaker.
_QUOTED_THEN_SPEAKER = re.compile(
    r'^\s*["«“](?P<quote>[^"«»“”]{20,})["»”]\s*,\s*(?:(?:a|ont|avait|avaient)\s+(?:[a-zà-ÿ\'’]+\s+){0,3}[a-zà-ÿ]+(?:é|i|it|u|is)e?s?'
    r"|[a-zà-ÿ]+(?:e|ent|it|ut|aît|et)(?:-t-(?:il|elle|on|ils|elles))?|(?:a|ont)-t-(?:il|elle|on|ils|elles)\s+[a-zà-ÿ]+)\b"
)


def quoted_speech(text: str) -> bool:
    """True when the sentence is a quotation and its speaker ('"Nous venons de saisir …", a annoncé
    la défense'): someone's words, not the reporter's account of what happened."""
    return bool(_QUOTED_THEN_SPEAKER.match(text))
