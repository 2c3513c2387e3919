"""What an address is and the short id a page from it gets.

A page from the web keeps its URL in every output; its id (the handle the
memo cites, "[000]") is the last part of the URL's path, so that the pages of
a folder and the same pages served or crawled get the same ids.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import PurePosixPath
from urllib.parse import unquote, urlsplit

_SCHEME = re.compile(r"^https?://", re.I)
_UNSAFE = re.compile(r"[^\w.-]+")
WARC_SUFFIXES = (".warc", ".warc.gz")
MAX_ID = 60  # characters: an id is a citation, not the whole slug


def is_url(item: str) -> bool:
    return bool(_SCHEME.match(item))


def is_warc(name: str) -> bool:
    return name.lower().endswith(WARC_SUFFIXES)


def url_stem(url: str) -> str:
    """The page's name in its URL: ".../fr/000_ab12.html?x=1" -> "000_ab12"; the host when the path is empty."""
    parts = urlsplit(url)
    segments = [s for s in unquote(parts.path).split("/") if s]
    stem = PurePosixPath(segments[-1]).stem if segments else parts.hostname or "page"
    stem = _UNSAFE.sub("-", stem).strip("-") or "page"
    return stem[:MAX_ID]


def host_of(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme.lower()}://{parts.netloc.lower()}"


class StreamIds:
    """Ids for pages met one at a time (a WARC, a JSON Lines stream), unique in
    the run: the stem's part before the first "_" when not taken yet (as for
    files), else the stem, else the stem numbered."""

    def __init__(self, taken: set[str] | None = None) -> None:
        self._taken = set(taken or ())
        self._count: Counter[str] = Counter()

    def seen(self, doc_id: str) -> None:
        self._taken.add(doc_id)

    def take_url(self, url: str) -> str:
        return self.take(url_stem(url))

    def take(self, stem: str) -> str:
        for candidate in (stem.split("_", 1)[0], stem):
            if candidate not in self._taken:
                self._taken.add(candidate)
                return candidate
        while True:
            self._count[stem] += 1
            candidate = f"{stem}-{self._count[stem] + 1}"
            if candidate not in self._taken:
                self._taken.add(candidate)
                return candidate
