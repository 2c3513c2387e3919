"""Structural rules over labelled blocks: what a header, a credit or a list announces.

A page announces its furniture: "Commentaires" opens the readers' comments,
"À propos de X" or "Contact presse" the boilerplate under a press release,
"À lire aussi" or "Vous aimerez aussi" a list of teasers; a photo credit
closes the caption above it; and teaser headlines stand in lists, each with
its date or time beside it. What these cover may be well-formed prose, so
labels alone cannot tell it from the article; the structure can.
"""

from __future__ import annotations

import re
from typing import Collection, Sequence

from .blocks import Block
from .byline import Byline
from .features import LONG_CHARS, Features, Label, opens_comments

# A header that closes the article: what follows is about the publisher, not the news.
_TRAILER = re.compile(
    r"""^\W*(?:à\ propos\ (?:de\ |du\ |des\ |d')\S.{0,60}|about\ (?:us|the\ \w+|\S+)|
    contacts?\ (?:presse|médias?)|relations?\ (?:presse|médias?)|press\ contacts?|media\ contacts?)\W*$""",
    re.I | re.X,
)
# A header alone on its line that announces links to other articles.
_LINKS_HEADER = re.compile(
    r"""^\W*(?:(?:[àa]\ )?(?:lire|voir|écouter|regarder)\ (?:aussi|également|encore)|sur\ le\ même\ (?:sujet|thème)|
    vous\ aimerez\ (?:aussi|également)|(?:ces\ articles\ )?pourraient\ vous\ intéresser|
    (?:ça|cela)\ (?:peut|pourrait)\ vous\ intéresser|dans\ la\ même\ rubrique|
    articles?\ (?:liés|similaires|recommandés|connexes)|(?:les\ )?plus\ (?:lus|partagés|commentés)|
    (?:nos\ )?autres\ (?:articles|actualités|directs)|[àa]\ découvrir|sélectionnés?\ pour\ vous|
    related\ (?:posts?|articles?|stories)|you\ may\ also\ like|more\ stories)\W*$""",
    re.I | re.X,
)
_SENTENCE_BREAK = re.compile(r"[.!?…»]\s+[A-ZÀ-Ý«]")
_COUNTER = re.compile(r"^\d{1,3}\s?/\s?\d{1,3}$")  # "1/3" under a slideshow's photo
_TIME = re.compile(r"^(?:\d{1,2}\s?[:h]\s?\d{2}|il y a \d+ \w+)$", re.I)
CAPTION_CHARS = 300  # a caption is one sentence or two
LIST_SPACING = 4  # blocks between two dates of one teaser list, at most
LIST_DATES = 3  # dated teasers that make a list
TIMELINE_HEADS = 3  # dates, each heading its own entry, that make an article's timeline
TIMELINE_SPACING = 6  # blocks between two heads of one timeline, at most
HEAD_WORDS = 6  # a head is the date alone ("8 janvier 1961", "Le 28 octobre 1962")


def opens_trailer(text: str) -> bool:
    if len(text) >= 120:  # both cues are short lines: a paragraph is not copied to be told so
        return False
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


def linked_teasers(
    blocks: Sequence[Block], labels: Sequence[Label], bylines: Sequence[Byline | None]
) -> tuple[frozenset[int], frozenset[int]]:
    """(links headers, teasers under them). The blocks under a links header are
    teasers: headlines, or one-sentence summaries, until a real paragraph
    (several sentences or long), its sub-heading, or the head of an article (a
    dateline, a byline) comes back. The first block under the header is a
    teaser even when a paragraph follows it. Both are an insert inside an
    article, not a gap between its paragraphs."""
    headers: set[int] = set()
    teasers: set[int] = set()
    i = 0
    while i < len(blocks):
        if not announces_links(blocks[i].text):
            i += 1
            continue
        headers.add(i)
        j = i + 1
        while j < len(blocks) and _teaser(blocks[j].text, labels[j], bylines[j]) and (
            j == i + 1 or not _subheading(blocks, labels, bylines, j)
        ):
            teasers.add(j)
            j += 1
        i = j
    return frozenset(headers), frozenset(teasers)


def dated_lists(
    blocks: Sequence[Block], facts: Sequence[Features], labels: Sequence[Label], bylines: Sequence[Byline | None],
    captioned: Collection[int] = frozenset(),
) -> frozenset[int]:
    """Teaser lists told by their shape: short lines, each unit with a date or a
    time of its own ("Rubrique / Headline / 14 mars 2024", "12:39 / Headline"),
    LIST_DATES or more units spaced alike. A date in such a list dates a teaser,
    never the article; its headlines are never the article's. A date right
    above a paragraph heads that article, and a byline ("Par X") ends a list:
    teasers are not signed. A photo's caption ("Lyon, le 4 janvier 2012") is no
    teaser's date."""
    stamps = [
        i for i, f in enumerate(facts)
        if labels[i] is not Label.GOOD and i not in captioned and _stamp(blocks[i].text, f)
        and not (i + 1 < len(labels) and labels[i + 1] is Label.GOOD)
    ]
    out: set[int] = set()
    group: list[int] = []
    for i in stamps + [None]:
        if i is not None and group and i - group[-1] <= LIST_SPACING and _unsigned(labels, bylines, group[-1], i):
            group.append(i)
            continue
        if len(group) >= LIST_DATES:
            spacing = max(b - a for a, b in zip(group, group[1:]))
            start = max(group[0] - spacing + 1, 0)
            while start < group[0] and labels[start] is Label.GOOD:
                start += 1
            out.update(range(start, group[-1] + 1))
        group = [i] if i is not None else []
    return frozenset(out)


def timeline_heads(
    blocks: Sequence[Block], labels: Sequence[Label], bylines: Sequence[Byline | None],
) -> frozenset[int]:
    """Dates that head the entries of a timeline inside an article ("28 septembre 1958 /
    Adoption de la Constitution ... / 8 janvier 1961 / Un référendum est organisé ..."):
    TIMELINE_HEADS or more bare dates (no author, outlet or "publié"), later each time,
    each followed by its entry's sentence, with nothing but entries between. They are the
    article's text; none dates the article, and the run of its prose goes on across them.
    Teaser lists differ: their dates follow a headline and run back in time."""
    def head(i: int) -> bool:
        b = bylines[i]
        return (b is not None and b.date is not None and b.author is None and b.source is None
                and not b.published and not b.updated and labels[i] is not Label.GOOD
                and len(blocks[i].text.split()) <= HEAD_WORDS
                and i + 1 < len(blocks) and bylines[i + 1] is None and _entry(blocks[i + 1], labels[i + 1]))

    out: set[int] = set()
    group: list[int] = []
    for i in [i for i in range(len(blocks)) if head(i)] + [None]:
        if (i is not None and group and i - group[-1] <= TIMELINE_SPACING
                and bylines[i].date > bylines[group[-1]].date
                and all(_entry(blocks[j], labels[j]) for j in range(group[-1] + 1, i))):
            group.append(i)
            continue
        if len(group) >= TIMELINE_HEADS:
            out.update(group)
        group = [i] if i is not None else []
    return frozenset(out)


def _entry(block: Block, label: Label) -> bool:
    """A timeline entry's text: prose, or a short sentence of three words or more."""
    return label in (Label.GOOD, Label.ITEM) or (label is Label.SHORT and len(block.text.split()) >= 3)


def captions(blocks: Sequence[Block], facts: Sequence[Features]) -> frozenset[int]:
    """The block right above a photo credit (or above the slideshow counter over
    it) is the photo's caption: page furniture, even when it reads as prose."""
    out = set()
    for i, f in enumerate(facts):
        if not (f.credit and f.chars < 100):
            continue
        j = i - 1
        while j >= 0 and _COUNTER.match(blocks[j].text):
            j -= 1
        if j >= 0 and not facts[j].credit and _caption_like(blocks[j].text):
            out.add(j)
    return frozenset(out)


def _caption_like(text: str) -> bool:
    return len(text) <= CAPTION_CHARS and len(_SENTENCE_BREAK.findall(text)) <= 1


def _stamp(text: str, f: Features) -> bool:
    """A line that is only a date or a time."""
    return f.chars <= 40 and (f.date_share >= 0.6 or bool(_TIME.match(text)))


def _unsigned(labels: Sequence[Label], bylines: Sequence[Byline | None], a: int, b: int) -> bool:
    """No paragraph and no byline between two dates of a list."""
    return all(labels[k] is not Label.GOOD and bylines[k] is None for k in range(a + 1, b))


def _subheading(blocks: Sequence[Block], labels: Sequence[Label], bylines: Sequence[Byline | None], i: int) -> bool:
    """A short line right above a real paragraph heads the article's next section."""
    nxt = i + 1
    return (
        labels[i] is Label.SHORT
        and nxt < len(blocks)
        and labels[nxt] is Label.GOOD
        and not _teaser(blocks[nxt].text, labels[nxt], bylines[nxt])
    )


def _teaser(text: str, lab: Label, byline: Byline | None) -> bool:
    if byline is not None or announces_links(text):
        return False
    if lab is Label.GOOD:
        return len(text) < LONG_CHARS and not _SENTENCE_BREAK.search(text)
    return True
