"""Structural rules over labelled blocks: sections that a header announces.

A page announces its furniture with short headers: "Commentaires" opens the
readers' comments, "À propos de X" or "Contact presse" opens the boilerplate
under a press release, "À lire aussi" or "Vous aimerez aussi" opens a list of
teasers. What follows such a header may be well-formed prose, so labels
alone cannot tell it from the article; the header can.
"""

from __future__ import annotations

import re
from typing import Sequence

from .blocks import Block
from .features import LONG_CHARS, Label, opens_comments
from .head import byline_name, is_dateline

# A header that closes the article: what follows is about the publisher, not the news.
_TRAILER = re.compile(
    r"""^\W*(?:à\ propos\ (?:de\ |du\ |des\ |d')\S.{0,60}|about\ (?:us|the\ \w+|\S+)|
    contacts?\ (?:presse|médias?)|relations?\ (?:presse|médias?)|press\ contacts?|media\ contacts?)\W*$""",
    re.I | re.X,
)
# A header alone on its line that announces links to other articles.
_LINKS_HEADER = re.compile(
    r"""^\W*(?:(?:à\ )?(?:lire|voir|écouter|regarder)\ (?:aussi|également|encore)|sur\ le\ même\ (?:sujet|thème)|
    vous\ aimerez\ (?:aussi|également)|(?:ces\ articles\ )?pourraient\ vous\ intéresser|
    (?:ça|cela)\ (?:peut|pourrait)\ vous\ intéresser|dans\ la\ même\ rubrique|
    articles?\ (?:liés|similaires|recommandés|connexes)|(?:les\ )?plus\ (?:lus|partagés|commentés)|
    (?:nos\ )?autres\ (?:articles|actualités|directs)|à\ découvrir|sélectionnés?\ pour\ vous|
    related\ (?:posts?|articles?|stories)|you\ may\ also\ like|more\ stories)\W*$""",
    re.I | re.X,
)
_SENTENCE_BREAK = re.compile(r"[.!?…»]\s+[A-ZÀ-Ý«]")


def opens_trailer(text: str) -> bool:
    text = text.replace("’", "'")
    return opens_comments(text) or (len(text) < 80 and bool(_TRAILER.match(text)))


def announces_links(text: str) -> bool:
    return len(text) < 60 and bool(_LINKS_HEADER.match(text.replace("’", "'")))


def without_trailers(blocks: Sequence[Block], labels: list[Label]) -> list[Label]:
    """Everything from the first comments, "about" or press-contact header on is boilerplate,
    when some prose stands before it: readers and press officers write prose
    too, so it would otherwise join the article as more paragraphs."""
    for i, block in enumerate(blocks):
        if opens_trailer(block.text) and Label.GOOD in labels[:i]:
            return labels[:i] + [Label.BAD] * (len(labels) - i)
    return labels


def without_teasers(blocks: Sequence[Block], labels: list[Label]) -> tuple[list[Label], frozenset[int]]:
    """The blocks under a links header are teasers: headlines, or one-sentence
    summaries, until a real paragraph (several sentences or long), its
    sub-heading, or the head of an article (a dateline, a byline) comes back.
    The first block under the header is a teaser even when a paragraph follows
    it. Also returns the indices of the header and its teasers: an insert
    inside an article, not a gap between its paragraphs."""
    out = list(labels)
    inserts: set[int] = set()
    i = 0
    while i < len(blocks):
        if not announces_links(blocks[i].text):
            i += 1
            continue
        out[i] = Label.BAD
        inserts.add(i)
        j = i + 1
        while j < len(blocks) and _teaser(blocks[j].text, labels[j]) and (
            j == i + 1 or not _subheading(blocks, labels, j)
        ):
            out[j] = Label.BAD
            inserts.add(j)
            j += 1
        i = j
    return out, frozenset(inserts)


def _subheading(blocks: Sequence[Block], labels: Sequence[Label], i: int) -> bool:
    """A short line right above a real paragraph heads the article's next section."""
    nxt = i + 1
    return (
        labels[i] is Label.SHORT
        and nxt < len(blocks)
        and labels[nxt] is Label.GOOD
        and not _teaser(blocks[nxt].text, labels[nxt])
    )


def _teaser(text: str, lab: Label) -> bool:
    if is_dateline(text) or byline_name(text) or announces_links(text):
        return False
    if lab is Label.GOOD:
        return len(text) < LONG_CHARS and not _SENTENCE_BREAK.search(text)
    return True
