"""Metadata read off a labelled page: title, outlet, publication date, event date, author.

The date is the dating byline's (a date printed before the first paragraph
next); markup an extractor read (HTML) adds what the byline leaves out: the
year of a yearless byline, an author, the site name. The outlet comes from a
cue ("Publié dans X", "Vu sur X", "Source : X"), the browser title's suffix, a
copyright line or a masthead; the event date from the lead (event_date.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

from ..text.agencies import AGENCIES
from .blocks import Block
from .byline import OUTLET_CUE, Byline
from .dates import find_dates
from .event_date import event_date
from .head import fold, is_name
from .page import LabelledPage, Role
from .relative import relative_date

HEAD_REACH = 30  # blocks above the first paragraph searched for a relative dateline when no headline bounds them

_DOMAIN = re.compile(r"^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6}$", re.I)
_MEDIA_WORD = re.compile(r"\b(?:média|media|press[e]?|news|journal|info|tv|radio|hebdo|quotidien|magazine|post|times)\b", re.I)
# "© 2025 Le Journal", "Copyright © Le Journal 2024 - Tous droits réservés": a year or a rights
# notice tells a copyright line from a photo credit ("©GEORGES GOBET, AFP").
_COPYRIGHT = re.compile(
    r"^(?:copyright\s*)?(?:©|\(c\))\s*(?P<year>(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?\s+)?"
    r"(?P<name>[A-ZÀ-Ý][^|,.©]{1,40}?)\s*(?P<year2>\b(?:19|20)\d\d\b)?\s*(?:[-|,.]\s*(?P<rights>tous droits réservés|all rights reserved).*)?$",
    re.I,
)

# "Cet article, initialement publié en avril 2017, a fait l'objet d'une mise à jour", "First published
# on 3 May 2021": the dateline is the update's, the article came out on the date the note gives.
# The note names the article itself: a photo or a decree "publié pour la première fois en 1975" is news.
_FIRST_PUBLISHED = re.compile(
    r"\b(?:cet|ce|this|the)\s+(?:article|texte|papier|entretien|interview|tribune|chronique|story|piece|post)\b"
    r"[^.]{0,40}?\b(?:(?:initialement|originellement|d'abord|précédemment)\s+(?:publiée?|parue?|mise?\s+en\s+ligne)|"
    r"(?:publiée?|parue?)\s+(?:initialement|originellement|pour\s+la\s+première\s+fois)|"
    r"(?:first|originally|initially)\s+(?:published|posted|appeared))\b(?:\s+(?:le|en|on|in))?",
    re.I,
)


@dataclass(frozen=True)
class Metadata:
    title: str | None = None
    source: str | None = None
    date: str | None = None
    event_date: str | None = None
    author: str | None = None


def read_metadata(page: LabelledPage, markup: Metadata = Metadata(), today: str | None = None) -> Metadata:
    """`markup` holds what an extractor read from the page's markup (HTML meta tags);
    `today` (ISO day, None: the day it runs) is the last resort of a relative date."""
    placed = _head_bylines(page)
    bylines = [b for _, b in placed]
    dating = page.facts[page.byline].byline if page.byline is not None else None
    date = _date(dating.date if dating else page.lead_date, markup.date) or _relative(page, today)
    date = _first_published(page.text, date)
    # A signature in the article's head first: one inside the body may sign a read-also teaser.
    body = page.having(Role.STANDFIRST, Role.BODY)
    head = [b for i, b in placed if not body or i <= body[0]]
    author = next((b.author for b in head if b.author), None) or _name_beside(page) or markup.author \
        or _head_signature(page) or next((b.author for b in bylines if b.author), None)
    source = markup.source or _outlet(page, bylines) or _agency(author)
    title = page.headline.text if page.headline else markup.title
    return Metadata(title=title, source=source, date=date, event_date=event_date(page.text, date), author=author)


# A page signed by a news agency alone ("AFP, publié le …") names where its text comes from.
_AGENCIES = frozenset(fold(a) for a in AGENCIES)
_WITH = re.compile(r"^(?P<outlet>[^,;]{2,40}?)\s+avec\s+\S")  # "Orange avec AFP", "Orange avec Media Services"


def _agency(author: str | None) -> str | None:
    """The outlet a signature names when the page names none: an agency signing alone
    ("AFP"), or the site that signs "with" one ("Orange avec Media Services")."""
    if not author:
        return None
    if fold(author) in _AGENCIES:
        return author
    match = _WITH.match(author)
    return match.group("outlet") if match else None


def _first_published(text: str, date: str | None) -> str | None:
    """The date an article says it first came out on, when earlier than its dateline (an update's):
    at the precision the note gives ("2017-04" for "initialement publié en avril 2017")."""
    if date is None:
        return None
    for cue in _FIRST_PUBLISHED.finditer(text):
        found = find_dates(text[cue.end() : cue.end() + 40])
        if found and found[0].start <= 8 and found[0].year_known and found[0].iso < date[: len(found[0].iso)]:
            return found[0].iso
    return date


def _head(page: LabelledPage) -> list[int]:
    """The blocks between the headline (else HEAD_REACH blocks up) and the first paragraph, teasers left out."""
    body = page.having(Role.STANDFIRST, Role.BODY)
    if not body:
        return []
    first = body[0]
    start = page.headline.block if page.headline and page.headline.block is not None and page.headline.block < first \
        else first - HEAD_REACH
    return [i for i in range(max(0, start), first + 1) if page.roles[i] is not Role.TEASER]


def _relative(page: LabelledPage, today: str | None) -> str | None:
    """A relative dateline ("il y a 3 heures") in the head."""
    head = [page.blocks[i].text for i in _head(page)]
    return relative_date(head, (b.text for b in page.blocks), today) if head else None


def _head_signature(page: LabelledPage) -> str | None:
    """"Par Le Figaro et AFP" in the head when no dateline was found beside it, or a bare
    name beside a dated line of the head, pieces of one word between ("X", "|", "Le", "19 février")."""
    head = _head(page)
    signed = next((page.facts[i].byline.author for i in head if page.facts[i].byline and page.facts[i].byline.author), None)
    if signed:
        return signed
    blocks, facts = page.blocks, page.facts
    for i in head:
        if not is_name(blocks[i].text) or facts[i].byline is not None:
            continue
        for step in (1, -1):
            j = i + step
            while 0 <= j < len(blocks) and len(blocks[j].text.split()) <= 1 and not facts[j].byline:
                j += step
            if 0 <= j < len(blocks) and facts[j].byline and facts[j].byline.date:
                return blocks[i].text.strip()
    return None


def _head_bylines(page: LabelledPage) -> list[tuple[int, Byline]]:
    """The page's bylines with their blocks, the dating one first, then in page order."""
    order = sorted(page.having(Role.BYLINE), key=lambda i: i != page.byline)
    return [(i, b) for i, b in ((i, page.facts[i].byline) for i in order) if b is not None]


def _date(printed: str | None, markup: str | None) -> str | None:
    """The date the page prints, made whole by the markup's when they agree
    ("--06-27" and 2019-06-27); a full printed date wins over the markup's."""
    if printed is None or markup is None:
        return printed or markup
    if len(printed) == 10 and printed[:4].isdigit():
        return printed
    if printed.startswith("--"):
        return markup if markup[4:].startswith(printed[1:]) else printed
    return markup if markup.startswith(printed) else printed


def _name_beside(page: LabelledPage) -> str | None:
    """"Rédigé par le 30 Mars 2025" with the name on the next line, or a bare name beside the dateline."""
    if page.byline is None:
        return None
    blocks = page.blocks
    for i in (page.byline + 1, page.byline - 1, page.byline + 2):
        if 0 <= i < len(blocks) and is_name(blocks[i].text) and page.facts[i].byline is None \
                and not page.facts[i].features.credit:  # "Getty Images" under the photo names no author
            return blocks[i].text.strip()
    return None


def _outlet(page: LabelledPage, bylines: Sequence[Byline]) -> str | None:
    for block, role, facts in zip(page.blocks, page.roles, page.facts):
        # The article's own sentences name places and sources ("via Marseille", "une source proche"), not its
        # outlet; nor does a photo credit ("Anadolu via Getty Images").
        if len(block.text) > 160 or role in (Role.TEASER, Role.BODY, Role.STANDFIRST) or facts.features.credit:
            continue
        match = OUTLET_CUE.search(block.text)
        if match:
            name = match.group("name").strip(" .:")
            if name and not find_dates(name) and len(name.split()) <= 5:
                return name
    found = next((b.source for b in bylines if b.source), None)
    if found:
        return found
    if page.headline and page.headline.site:
        return page.headline.site
    return _copyright(page.blocks) or _masthead(page)


def _copyright(blocks: Sequence[Block]) -> str | None:
    for block in reversed(blocks):  # the footer
        if len(block.text) > 80:
            continue
        match = _COPYRIGHT.match(block.text.strip())
        if match and (match.group("year") or match.group("year2") or match.group("rights")):
            return match.group("name").strip()
    return None


def _masthead(page: LabelledPage) -> str | None:
    """A short first line naming the outlet: repeated further down, a domain, or a media word."""
    blocks = page.blocks
    if not blocks or (page.headline and 0 in page.headline.copies):
        return None
    text = blocks[0].text.strip()
    if len(text.split()) > 5 or not text[:1].isupper() or page.facts[0].features.dates or text.endswith((".", ":")):
        return None
    key = fold(text)
    repeated = any(key in (fold(part) for part in re.split(r"\s*[|•]\s*", b.text)) for b in blocks[1:])
    if repeated or _DOMAIN.match(text) or _MEDIA_WORD.search(text):
        return text
    return None
