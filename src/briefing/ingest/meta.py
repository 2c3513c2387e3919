"""Metadata of a cleaned page: title, outlet, publication date, event date, author.

The publication date comes from the page's dateline (or a date printed before
the body, or a dateline next to the body); the event date is the first dated
day the body itself mentions ("signé mardi 28 décembre 2021"). They differ
when a paper reports yesterday's event.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date as _date
from typing import Sequence

from .blocks import Block
from .clean import Page
from .dates import find_dates, parse_date
from .head import byline_name, fold, is_dateline, is_name

# "Publié dans PanoraPost le ...", "Vu sur pharmacie.ma", "Source : MAP"
_OUTLET_CUE = re.compile(
    r"(?:publié(?:e)? (?:dans|sur|par)|vu sur|source\s*:|via)\s+(?P<name>[^\s].{0,40}?)"
    r"(?=\s+(?:le|du|à|il y a)\b|\s*[-|,(]|\s*$)",
    re.I,
)
_DOMAIN = re.compile(r"^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6}$", re.I)
_MEDIA_WORD = re.compile(r"\b(?:média|media|press[e]?|news|journal|info|tv|radio|hebdo|quotidien|magazine|post|times)\b", re.I)
_AUTHOR_BEFORE_DATE = re.compile(r"^(?:(?i:par|by|de)\s+)?(?P<name>[A-ZÀ-Ý][\w'’.-]+(?:\s+[A-ZÀ-Ý][\w'’.-]+){0,3})\s*[-|,–]\s*$")
RECENT_DAYS = 31  # an event this many days before publication is news, not background
NEAR_BODY = 6  # a dateline this close to the body (above or below) dates the article


@dataclass(frozen=True)
class Metadata:
    title: str | None = None
    source: str | None = None
    date: str | None = None
    event_date: str | None = None
    author: str | None = None


def page_metadata(page: Page) -> Metadata:
    blocks = page.blocks
    head = page.head
    title = blocks[head.title].text if head.title is not None else None
    dateline = head.dateline if head.dateline is not None else _dateline_near_body(page)
    date = parse_date(blocks[dateline].text) if dateline is not None else None
    date = date or page.lead_date
    return Metadata(
        title=title,
        source=_outlet(page),
        date=date,
        event_date=event_date(page.text, date),
        author=_author(blocks, head.byline, dateline),
    )


def event_date(body: str, published: str | None = None) -> str | None:
    """The day the body reports: its first dated day, preferring one in the month before publication.

    A page published on 2021-12-29 that mentions a law of 2011 and "mardi 28
    décembre 2021" reports the latter. Days without a year stay so ("--02-04").
    """
    days = [found.iso for found in find_dates(body) if is_day(found.iso)]
    if published and len(published) == 10:
        end = _day(published)
        recent = [d for d in days if len(d) == 10 and 0 <= (end - _day(d)).days <= RECENT_DAYS]
        if recent:
            return recent[0]
    return days[0] if days else None


def _day(iso: str) -> _date:
    return _date(int(iso[:4]), int(iso[5:7]), int(iso[8:10]))


def is_day(iso: str) -> bool:
    """"2021-12-28" or "--02-04" (a day of an unknown year), not "2021-12" or "2021"."""
    return len(iso) == 10 or (iso.startswith("--") and len(iso) == 7)


def _dateline_near_body(page: Page) -> int | None:
    if not page.body:
        return None
    first, last = page.body[0], page.body[-1]
    candidates = [
        i for i, block in enumerate(page.blocks)
        if i not in page.body and is_dateline(block.text)
        and (first - NEAR_BODY <= i < first or last < i <= last + NEAR_BODY)
    ]
    return min(candidates, key=lambda i: min(abs(i - first), abs(i - last)), default=None)


def _outlet(page: Page) -> str | None:
    blocks = page.blocks
    for block in blocks:
        if len(block.text) > 160:
            continue
        match = _OUTLET_CUE.search(block.text)
        if match:
            name = match.group("name").strip(" .:")
            if name and not find_dates(name) and len(name.split()) <= 5:
                return name
    if page.head.site:
        return page.head.site
    return _masthead(blocks, page.head.title)


def _masthead(blocks: Sequence[Block], title: int | None) -> str | None:
    """A short first line naming the outlet: repeated further down, a domain, or a media word."""
    if not blocks or title == 0:
        return None
    text = blocks[0].text.strip()
    if len(text.split()) > 5 or not text[:1].isupper() or find_dates(text) or text.endswith((".", ":")):
        return None
    key = fold(text)
    repeated = any(key in (fold(part) for part in re.split(r"\s*[|•]\s*", b.text)) for b in blocks[1:])
    if repeated or _DOMAIN.match(text) or _MEDIA_WORD.search(text):
        return text
    return None


def _author(blocks: Sequence[Block], byline: int | None, dateline: int | None) -> str | None:
    if byline is not None:
        return byline_name(blocks[byline].text)
    if dateline is None:
        return None
    text = blocks[dateline].text
    found = find_dates(text)
    if found:
        match = _AUTHOR_BEFORE_DATE.match(text[: found[0].start])
        if match:
            return match.group("name")
    # "Rédigé par le 30 Mars 2025" + a name on the next line; or a bare name beside the dateline.
    for i in (dateline + 1, dateline - 1, dateline + 2):
        if 0 <= i < len(blocks) and is_name(blocks[i].text) and not is_dateline(blocks[i].text):
            return blocks[i].text.strip()
    return None
