"""The head of an article in flattened text: its title, dateline and byline.

Pages repeat their headline (the browser title "Headline | Site", then the
headline again above the article), and print a dateline ("Publié le ...",
"Le 17/02/2020") and a byline ("Par Kab Niang") between the headline and the
body. Finding them tells where the body starts, and gives the metadata.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Sequence

from .blocks import Block
from .dates import date_share, find_dates

# Separators between a headline and the site name in a browser title.
_TITLE_SEPARATOR = re.compile(r"\s+[|–—-]\s+|\s+::\s+")
_DATE_CUE = re.compile(
    r"^(?:date|le|publié|publiée|mis à jour|mise à jour|rédigé|posté|modifié|updated|posted|published)\b", re.I
)
_BYLINE = re.compile(r"^(?:par|by|rédigé par|écrit par|de)\s+(?P<name>[A-ZÀ-Ý][^\d,;:.!?]{1,60})$", re.I)
_NAME = re.compile(r"^[A-ZÀ-Ý][\w'’.-]+(?:\s+[A-ZÀ-Ý][\w'’.-]+){1,3}$")
HEAD_WINDOW = 8  # blocks searched above the body for the head
INSIDE_WINDOW = 3  # blocks into the first prose run where a dateline may still stand


def fold(text: str) -> str:
    """Compare headlines ignoring case, accents' forms, quotes and final punctuation."""
    text = unicodedata.normalize("NFC", text).replace("’", "'").replace("`", "'")
    return re.sub(r"\W+$", "", " ".join(text.casefold().split()))


@dataclass(frozen=True)
class Head:
    title: int | None = None  # block index of the headline
    dateline: int | None = None  # block index of the dateline
    byline: int | None = None  # block index of the byline
    site: str | None = None  # site name from a browser title ("Headline | Site")
    end: int = -1  # last block index that belongs to the head (the body starts after)


def is_dateline(text: str) -> bool:
    """A short block that exists to give a date: "19 février 2020", "Publié le ...", "Le 17/02/2020"."""
    if len(text) > 120 or not find_dates(text):
        return False
    return date_share(text) >= 0.4 or bool(_DATE_CUE.match(text)) or " - " in text or "publié" in text.lower()


def byline_name(text: str) -> str | None:
    match = _BYLINE.match(text.strip())
    if match and len(match.group("name").split()) <= 5:
        return match.group("name").strip()
    return None


def is_name(text: str) -> bool:
    return bool(_NAME.match(text.strip())) and len(text) <= 40


def browser_title(blocks: Sequence[Block]) -> tuple[str, str] | None:
    """(headline, site) when the first block reads "Headline | Site" and the headline recurs."""
    if not blocks:
        return None
    first = blocks[0].text
    later = {fold(b.text) for b in blocks[1:]}
    best: tuple[str, str] | None = None
    for match in _TITLE_SEPARATOR.finditer(first):
        headline, rest = first[: match.start()].strip(), first[match.end() :].strip()
        if fold(headline) in later and (best is None or len(headline) > len(best[0])):
            site = _TITLE_SEPARATOR.split(rest)[0].strip()
            best = (headline, site)
    return best


def title_like(text: str) -> bool:
    words = text.split()
    return (
        3 <= len(words) <= 30
        and len(text) <= 220
        and not text.rstrip().endswith((".", ",", ";"))
        and text[:1].isupper()
        and date_share(text) < 0.3
        and byline_name(text) is None
    )


def find_head(blocks: Sequence[Block], first_good: int, first_bad: Sequence[bool], prose: Sequence[bool]) -> Head:
    """Locate title, dateline and byline around `first_good`, the first prose block of the body.

    `first_bad[i]` tells that block i is boilerplate (never a title); `prose[i]`
    that it is a paragraph (never a dateline, even when it opens on a date).
    """
    low = max(0, first_good - HEAD_WINDOW)
    high = min(len(blocks), first_good + INSIDE_WINDOW + 1)
    dateline = next((i for i in range(low, high) if not prose[i] and is_dateline(blocks[i].text)), None)
    anchor = dateline if dateline is not None else first_good

    title = None
    site = None
    recurring = browser_title(blocks)
    if recurring:
        headline, site = recurring
        key = fold(headline)
        matches = [i for i in range(1, len(blocks)) if fold(blocks[i].text) == key]
        before = [i for i in matches if i <= anchor]
        title = before[-1] if before else None
    if title is None:
        title = _title_above(blocks, anchor, low, first_bad)

    byline = None
    start = title if title is not None else (dateline if dateline is not None else first_good)
    for i in range(start, min(len(blocks), max(anchor, start) + 3)):
        if byline_name(blocks[i].text):
            byline = i
            break

    head_blocks = [i for i in (title, dateline, byline) if i is not None and i <= first_good + INSIDE_WINDOW]
    end = max(head_blocks) if head_blocks else -1
    # Head blocks around the dateline ("Par X", "Le", a bare name) belong to the head too.
    while end + 1 < len(blocks) and end + 1 < first_good and _head_furniture(blocks[end + 1].text):
        end += 1
    return Head(title=title, dateline=dateline, byline=byline, site=site, end=end)


def _title_above(blocks: Sequence[Block], anchor: int, low: int, bad: Sequence[bool]) -> int | None:
    """The nearest title-like block above `anchor`, skipping bylines, names and dates."""
    for i in range(anchor - 1, max(low, anchor - 4) - 1, -1):
        text = blocks[i].text
        if bad[i]:
            return None
        if is_dateline(text) or byline_name(text) or is_name(text) or len(text.split()) < 3:
            continue
        return i if title_like(text) else None
    return None


def _head_furniture(text: str) -> bool:
    return is_dateline(text) or byline_name(text) is not None or is_name(text) or len(text) <= 3
