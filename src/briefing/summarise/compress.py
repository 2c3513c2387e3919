"""Sentence-level cues and clause trimming for extractive summaries.

Trimming never rewrites words: it keeps the longest prefix of a sentence that
ends at a clause boundary (comma, semicolon, colon, dash, opening bracket), fits
the remaining word budget, leaves quotes and brackets balanced and does not
stop before an apposed name.
"""

from __future__ import annotations

import re

_CLAUSE_END = re.compile(r"\s*[,;:—–]\s|\s\(")
# Words that open an adverbial phrase ("Selon X,", "En effet,", "Après la
# réunion,"): a cut made only of such phrases has no main clause yet.
INTRODUCERS = frozenset(
    """selon d'après pour dans en après avant avec lors depuis malgré face sur sous par
    entre contrairement alors ainsi outre cependant toutefois pourtant enfin
    mais et or donc puis aussi quant à au aux dès durant pendant vers grâce afin sans
    comme si lorsque quand tandis parmi""".split()
)
_QUOTE = re.compile(r"[\"«»“”]")
# Scraped code, markup and links that slip through cleaning: never summary text.
_JUNK = re.compile(r"[{}=<>|\\]|https?:|www\.|\w\.\w+\(")


def balanced(text: str) -> bool:
    quotes = _QUOTE.findall(text)
    straight = sum(q == '"' for q in quotes)
    opened = sum(q in "«“" for q in quotes)
    closed = sum(q in "»”" for q in quotes)
    return straight % 2 == 0 and opened == closed and text.count("(") == text.count(")")


def trim_to_clause(sentence: str, max_words: int) -> str | None:
    """The longest clause prefix of `sentence` within `max_words`, or None."""
    if len(sentence.split()) <= max_words:
        return sentence
    best = None
    after_name = False  # the previous cut was followed by a name
    only_intro = True  # every segment so far opens with an introducer
    segment_start = 0
    for match in _CLAUSE_END.finditer(sentence):
        prefix = sentence[: match.start()].rstrip()
        if len(prefix.split()) > max_words:
            break
        only_intro = only_intro and _opens_with_introducer(sentence[segment_start : match.start()])
        segment_start = match.end()
        # "Le ministre de la Santé, Amine Tahraoui, a dit": a cut before or
        # inside an apposed name would leave a subject without its verb.
        before_name = "," in match.group() and sentence[match.end() : match.end() + 1].isupper()
        if balanced(prefix) and not before_name and not after_name and not only_intro:
            best = prefix
        after_name = before_name
    return best


def _opens_with_introducer(segment: str) -> bool:
    words = segment.split()
    first = words[0].lower().strip("\"«“(").replace("’", "'") if words else ""
    return first in INTRODUCERS


def quoted_share(sentence: str) -> float:
    """Share of the characters that stand inside quotation marks."""
    inside, last, quoted = False, 0, 0
    for match in _QUOTE.finditer(sentence):
        if inside:
            quoted += match.start() - last
        inside = not inside
        last = match.end()
    return quoted / max(len(sentence), 1)


def is_junk(sentence: str) -> bool:
    return bool(_JUNK.search(sentence))
