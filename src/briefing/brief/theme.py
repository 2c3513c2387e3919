"""The memo's subject: the theme its sources' headlines share.

Rule: in each cited source's title and opening sentence, every phrase of 2 to
5 words within one clause that starts and ends on a content word ("dispositifs
médicaux", "production locale de médicaments") is a candidate. Words are
compared folded and cut to six letters, so "dispositif médical" and
"dispositifs médicaux" meet. The subject is the candidate found in the most
events, then the most sources; ties go to more content words, then to the
first met in memo order. It must be shared by two sources and, when the memo
holds several events, by half of them (two at least): a phrase two events of
a day's ten share is their theme, not the memo's. Days, months and byline
words ("annoncé jeudi", "publié le") never make a theme, nor do the words
after an auxiliary (a verb phrase). Nothing shared: no subject, and the memo
keeps its bare label.
"""

from __future__ import annotations

import re
from typing import Iterable, Sequence

from ..events.lexical import STOPWORDS, fold
from ..records import Article, Brief
from ..spill import articles_by_id
from ..text.sentences import split_sentences
from .lexicon import MONTHS, WEEKDAYS
from .points import usable

MIN_SOURCES = 2
MAX_WORDS = 5
MAX_CONTENT = 3
OPENING_CHARS = 2000  # where the opening sentence is looked for
_CLAUSE = re.compile(r"[,;:.!?()«»\"“”|/—–]|\s-\s")
_TOKEN = re.compile(r"[^\W\d_][\w’'\-]*", re.UNICODE)
# Short function words that may sit inside a phrase but never open or close it.
_FUNCTION = frozenset("de d du des la le les l et en à au aux un une sur pour par dans".split())
# A theme names a thing, not a day: phrases holding these words ("annoncé jeudi") are
# left out. (Bylines never reach here: the opening read is a news sentence.)
_NOT_THEME = frozenset(fold(w) for w in WEEKDAYS | MONTHS | {"hier", "demain", "veille", "lendemain"})
# After an auxiliary, the words are a verb phrase ("a annoncé", "ont été signés").
_AUXILIARY = frozenset("a ont est sont etait etaient sera seront avait avaient aura auront ete s se".split())


def _content(token: str) -> bool:
    word = fold(re.split(r"['’]", token)[-1])
    return len(word) > 2 and word not in STOPWORDS and word not in _FUNCTION


def _key(tokens: Sequence[str]) -> tuple[str, ...]:
    return tuple(fold(t)[:6] if _content(t) else fold(t) for t in tokens)


def _phrases(text: str) -> Iterable[tuple[tuple[str, ...], str, bool]]:
    """(key, words as written, whether it opens its text) of each candidate."""
    for n_clause, clause in enumerate(_CLAUSE.split(text)):
        tokens = _TOKEN.findall(clause)
        first = n_clause == 0 and clause.lstrip().startswith(tokens[0]) if tokens else False
        folded = [fold(re.split(r"['’]", t)[-1]) for t in tokens]
        for i in range(len(tokens)):
            if i and (folded[i - 1] in _AUXILIARY or re.match(r"^s['’]", fold(tokens[i]))):
                continue  # the participle of a verb phrase
            for j in range(i + 2, min(i + MAX_WORDS, len(tokens)) + 1):
                span = tokens[i:j]
                if any(w in _NOT_THEME for w in folded[i:j]):
                    break
                content = sum(1 for t in span if _content(t))
                if _content(span[0]) and _content(span[-1]) and content <= MAX_CONTENT:
                    yield _key(span), " ".join(span), first and i == 0


def _headline(article: Article) -> str:
    """The title and the opening news sentence (not a byline or a credit the body kept)."""
    head = article.text[:OPENING_CHARS]
    sentences = split_sentences(head, article.id)
    whole = len(head) == len(article.text)  # else the last piece may be a sentence cut short
    opening = next((s.text for s in sentences if usable(s) and (whole or s.end < len(head.rstrip()))), "")
    return "\n".join(filter(None, (article.title, opening)))


def _proper(word: str, texts: Sequence[str]) -> bool:
    """A word written with a capital inside a clause is a name ("Maroc")."""
    return any(re.search(rf"(?<=[\w,] ){re.escape(word)}\b", t) for t in texts)


def memo_subject(briefs: Sequence[Brief], articles: Sequence[Article]) -> str | None:
    """The phrase the memo's events (then sources) most often put in a title or opening."""
    by_id = articles_by_id(articles)
    owners = {i: n for n, b in enumerate(briefs) for i in reversed(b.sources) if i in by_id}
    ids = list(dict.fromkeys(i for b in briefs for i in b.sources if i in by_id))
    texts = [_headline(by_id[i]) for i in ids]
    # key -> (events, sources, first met, form as written, whether that form opens its text)
    found: dict[tuple[str, ...], tuple[set[int], set[str], int, str, bool]] = {}
    for aid, text in zip(ids, texts):
        for line in text.split("\n"):
            for key, written, opens in _phrases(line):
                if key not in found:
                    found[key] = (set(), set(), len(found), written, opens)
                events, sources, first, form, at_start = found[key]
                events.add(owners[aid])
                sources.add(aid)
                if at_start and not opens:  # prefer a form met inside a clause
                    found[key] = (events, sources, first, written, False)
    if not found:
        return None
    best = min(found, key=lambda k: (-len(found[k][0]), -len(found[k][1]), -sum(map(_content, k)), found[k][2]))
    events, sources, _, form, at_start = found[best]
    # Several events: a theme of one of them, or of a few among many, is not the memo's.
    if len(sources) < MIN_SOURCES or (len(briefs) > 1 and len(events) < max(2, (len(briefs) + 1) // 2)):
        return None
    head = form.split()[0]
    if at_start and not head.isupper() and not _proper(head, texts):
        form = form[0].lower() + form[1:]
    return form
