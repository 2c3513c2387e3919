"""Key points with their sources: say once what sources agree on, cite all of them.

A point's sources are the article its sentence came from plus every other
article of the event with a sentence that says much the same (word and name
overlap, TF-IDF cosine). Two chosen sentences from different articles that
say the same thing become one point citing both.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

from ..events import lexical
from ..records import KeyPoint, Sentence
from ..text.sentences import QuoteMarks, is_question
from .clauses import has_main_verb, has_verb
from .furniture import is_furniture, strip_dateline
from .lexicon import SUBORDINATE_OPENERS

AGREE = 0.35  # cosine of two sentences that report the same fact
SAME_POINT = 0.5  # cosine above which two chosen sentences are one point
MIN_WORDS = 8  # shorter fragments ("Dans une déclaration à la presse") say nothing alone
NAME_SHARE = 0.6  # above this share of capitalised words, a "sentence" is a list of names
_LIST_ITEM = ("-", "•", "*", "–", "—", "·", "▪", "►")  # speaker lists and menus, not statements
# A sentence starts like one: a capital, a digit or an opening quote.
_STARTS_LIKE_SENTENCE = re.compile(r"^[«\"“‘(]?\s*[^\W\d_a-zà-ÿ]|^\d", re.UNICODE)
# A cut that stops on the verb announcing a quotation keeps only "X a déclaré…".
_QUOTE_INTRO_CUT = re.compile(
    r"(?:[:«]|\b(?:déclaré|indiqué|affirmé|ajouté|souligné|précisé|expliqué|estimé|"
    r"noté|rappelé|dit|annoncé|relevé|insisté|confié|lancé|martelé|assuré))\s*…$",
    re.IGNORECASE,
)


# A clause that announces the article itself ("…: un point sur les dernières évolutions
# de la pandémie", "voici ce que l'on sait", "here's what we know"): the page's
# standfirst describes the page, it states no fact of the event.
_ANNOUNCES_ITSELF = re.compile(
    # "Voici les temps forts de l'affaire Navalny, …": a page of dates or reactions announces its list.
    r"(?:^|[:—–]\s*|\s-\s+)(?:(?:un|le) point sur|voici ce (?:que|qu['’])|voici\s+(?:les|la|le|l['’]|un|une|des|quelques)\b|"
    r"ce qu['’]il faut (?:retenir|savoir)|"
    r"tour d['’]horizon|retour sur|here['’]s what|what we know|everything (?:we|you) (?:know|need))\b",
    re.IGNORECASE,
)


# "Quand une crise géopolitique lance une nouvelle tendance vestimentaire...": a subordinate
# clause with no main clause after it is a kicker, no statement.
_SUBORDINATE = re.compile(rf"^[«\"“]?\s*(?:{SUBORDINATE_OPENERS}|s['’]il)(?![\w-])", re.IGNORECASE)
# "Zones à circulation restreinte, normes antipollution, taxes sur le CO2...", "Militantes, submergées
# de douleur, amoureuses au défi des conventions...": words trailing off with no verb are a list or a
# teaser that the next sentence explains, no statement.
_TRAILS_OFF = re.compile(r"(?:\.\.\.|…)\s*[»\"”]?\s*$")
_QUOTE_MARKS = re.compile(r"[«»\"“”]")


def _is_name_list(text: str) -> bool:
    """'Ryad Mezzour, Karim Zaher et Said Benhajjou.': mostly capitalised words
    with no lower-case word to make a clause of them."""
    tokens = re.findall(r"[^\W\d_][\w'’\-]*", text)
    if not tokens:
        return True
    capitals = sum(1 for t in tokens[1:] if t[0].isupper())
    return capitals / max(1, len(tokens) - 1) >= NAME_SHARE


def usable(sentence: Sentence) -> bool:
    """A full sentence that can stand alone as a point."""
    text = sentence.text.strip()
    return (
        len(text.split()) >= MIN_WORDS
        and not text.startswith(_LIST_ITEM)
        and bool(_STARTS_LIKE_SENTENCE.match(text))
        and not _QUOTE_INTRO_CUT.search(text)
        and not _is_name_list(text)
        and not is_furniture(text)
        and not is_question(text)  # a point states what happened; "Fallait-il intervenir plus tôt ?" frames it
        and not _ANNOUNCES_ITSELF.search(text)
        and not (_SUBORDINATE.match(text) and not has_main_verb(_QUOTE_MARKS.sub(" ", text)))
        and not (_TRAILS_OFF.search(text) and not has_verb(_QUOTE_MARKS.sub(" ", text)))
    )


def quote_left_open(text: str) -> bool:
    """A piece of a quotation that runs over several sentences ('"Je suis un rescapé … copies.',
    then 'Je les ai rendues … institution".'): a quote mark opened or closed outside it. Such a
    piece gives way to a whole sentence, and is used only when a source gives none."""
    return not QuoteMarks(text).balanced


def piece_of_quote(sentence: Sentence) -> bool:
    """A sentence of a quotation that runs over several: its own marks unbalanced, or opened
    inside a quotation an earlier sentence opened."""
    return sentence.in_quote or quote_left_open(sentence.text)


def whole_first(sentences: Sequence[Sentence]) -> list[Sentence]:
    """The sentences that are no piece of a quotation, or all of them when none is."""
    return [s for s in sentences if not piece_of_quote(s)] or list(sentences)


def _vectors(sentences: Sequence[Sentence]):
    """TF-IDF rows of the sentences' words and names (the grouping's builder)."""
    from ..events.vectors import tfidf_rows

    return tfidf_rows([s.text for s in sentences], lambda text: lexical.words(text) + lexical.names(text))


@dataclass(frozen=True)
class OwnedPoint:
    """A key point and the article whose sentence words it."""

    point: KeyPoint
    sentence: Sentence  # the sentence that words it
    rank: int  # position among the points, best first

    @property
    def owner(self) -> str:
        return self.sentence.article_id


def owned_points(chosen: Sequence[Sentence], pool: Sequence[Sentence]) -> list[OwnedPoint]:
    """Points from the `chosen` sentences (best first), each cited by every
    article in `pool` (all sentences of the event) that supports it. A chosen
    sentence that repeats an earlier one from another source adds its source
    to that point instead of making a new one."""
    chosen = whole_first([s for s in chosen if usable(s)])
    if not chosen:
        return []
    everything = list(chosen) + list(pool)
    vectors = _vectors(everything)
    sim = (vectors[: len(chosen)] @ vectors.T).toarray()
    points: list[tuple[int, list[str]]] = []  # (index of the wording sentence, supporters)
    owner: list[int] = []  # which point each chosen sentence went to
    for i, sentence in enumerate(chosen):
        supporters = [sentence.article_id]
        for j, other in enumerate(everything):
            if other.article_id not in supporters and sim[i, j] >= AGREE:
                supporters.append(other.article_id)
        # Another source's wording of a chosen fact, or this source repeating itself.
        merged = next((owner[k] for k in range(i) if sim[i, k] >= SAME_POINT), None)
        if merged is None:
            owner.append(len(points))
            points.append((i, supporters))
        else:
            owner.append(merged)
            points[merged][1].extend(s for s in supporters if s not in points[merged][1])
    return [
        OwnedPoint(KeyPoint(strip_dateline(chosen[i].text), tuple(sorted(ids))), chosen[i], rank)
        for rank, (i, ids) in enumerate(points)
    ]


def balance(
    points: Sequence[OwnedPoint], sources: Sequence[str], from_summary: int, low: int, high: int
) -> list[OwnedPoint]:
    """Between `low` and `high` points: the summary's first `from_summary`,
    then the first point worded by each source not yet heard, then the next
    points in order; kept in their original order."""
    picked = list(points[: min(from_summary, high)])
    for source in sources:
        if len(picked) >= high:
            break
        if not any(source == p.owner or source in p.point.sources for p in picked):
            extra = next((p for p in points if p.owner == source and p not in picked), None)
            if extra is not None:
                picked.append(extra)
    for p in points:
        if len(picked) >= low:
            break
        if p not in picked:
            picked.append(p)
    return sorted(picked, key=lambda p: p.rank)
