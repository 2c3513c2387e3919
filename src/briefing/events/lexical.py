"""Lexical views of a text for grouping: folded words, names, character n-grams.

Everything is folded (lower case, no accents) because sources differ in how
they write accents (the headlines benchmark has none at all). Words are cut
to their first six letters: a light stemmer that makes "frôler" and "frôle",
"transfert" and "transferts" meet without a language model.

Arabic words are words too (arabic.py: spelling variants folded, the article
and clitics stripped); Arabic-Indic digits read as digits. Latin and Arabic
words never meet, so these views compare texts of one language only (the
multilingual sentence vectors link languages, see similarity.py).

A desk's store keeps each page's counts of these views (terms.py): a change
of what they make of a text raises terms.TERMS_VERSION.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from ..text.tables import quick_translate
from . import arabic

STEM = 6
STOPWORDS = frozenset(
    """les des une uns est sont pas par pour sur dans avec sans mais plus moins que qui quoi
    dont ces cet cette son sa ses leur leurs nos vos notre votre aux du au de la le un et ou
    ont avait etait etre avoir fait faire tres tout tous toute toutes comme aussi bien
    apres avant entre chez vers selon sous lors ainsi alors elle elles ils nous vous
    lui eux meme deja encore ete cela celui celle ceux quel quelle quels quelles
    peut doit va vont veut this the and for with""".split()
) | arabic.STOPWORDS
_WORD = re.compile(rf"[a-z0-9]+|[{arabic.LETTERS}]+")
_RAW_WORD = re.compile(r"[^\W_][\w'’\-]*", re.UNICODE)
_LATIN_ACCENTS = re.compile("[\u0300-\u036f]")  # the combining marks of Latin letters
_OTHER_CHAR = re.compile("[^\x00-\x7f]")
# "cœur" and "coeur" are one word; no Unicode decomposition splits the ligatures.
_LIGATURES = quick_translate(str.maketrans({"œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE"}))


def _drop_mark(match: re.Match) -> str:
    return "" if unicodedata.category(match.group()) == "Mn" else match.group()


def fold(text: str) -> str:
    """Lower case without accents or ligatures: 'Équipe' -> 'equipe', 'cœur' -> 'coeur'.

    Every combining mark (category Mn) goes; the Latin ones by one pattern,
    the few others (Arabic vowel marks...) checked one character at a time,
    which keeps folding a page fast."""
    decomposed = _LATIN_ACCENTS.sub("", unicodedata.normalize("NFD", _LIGATURES(text)))
    if not decomposed.isascii():
        decomposed = _OTHER_CHAR.sub(_drop_mark, decomposed)
    return decomposed.lower()


def _tokens(text: str) -> list[str]:
    """Folded Latin words and numbers, and normalised Arabic words."""
    return _WORD.findall(arabic.normalise(fold(text)))


def words(text: str) -> list[str]:
    """Content words, folded and stemmed; numbers are kept whole."""
    out = []
    for token in _tokens(text):
        if token.isdigit():
            out.append(token)
        elif token[0] >= "\u0600":
            if token not in STOPWORDS and len(stem := arabic.stem(token)) > 1:
                out.append(stem[:STEM])
        elif len(token) > 2 and token not in STOPWORDS:
            out.append(token[:STEM])
    return out


def names(text: str) -> list[str]:
    """Name-like words: capitalised words not at a sentence start, and acronyms.

    A first word counts only when it is an acronym or followed by another
    capitalised word ("Jony Ive"), since every sentence starts upper case.
    """
    out = []
    for sentence in re.split(r"(?<=[.!?:;»\"])\s+|\s+[-–|]\s+|\n", text):
        tokens = _RAW_WORD.findall(sentence)
        for i, token in enumerate(tokens):
            bare = re.split(r"['’]", token)[-1] or token
            if not bare[:1].isupper() or len(bare) < 2:
                continue
            is_acronym = bare.isupper() and len(bare) >= 2
            next_cap = i + 1 < len(tokens) and tokens[i + 1][:1].isupper()
            if i > 0 or is_acronym or next_cap:
                stem = fold(bare)
                if stem not in STOPWORDS:
                    out.append(stem[:STEM])
    return out


def char_ngrams(text: str, low: int = 3, high: int = 5) -> list[str]:
    """Character n-grams inside word boundaries (robust to spelling variants)."""
    out: list[str] = []
    for token in _tokens(text):
        out.extend(_token_ngrams(token, low, high))
    return out


@functools.lru_cache(maxsize=20_000)  # the frequent words: some 15 MB at most
def _token_ngrams(token: str, low: int, high: int) -> tuple[str, ...]:
    """One word's n-grams, once per process: a news text's words recur (its
    function words, a story's names), and linking reads stored leads again."""
    if token[0] >= "\u0600":
        token = arabic.strip_article(token)
    padded = f" {token} "
    return tuple(padded[i : i + n] for n in range(low, high + 1) for i in range(max(1, len(padded) - n + 1)))

