"""Articles whose text waits on disk: what a crawl of years holds in memory.

A run needs every page's text twice or three times (grouping, a brief, its
verification), each time a few pages at once; between those it would hold
the cleaned text of every page, most of which no memo line quotes. So the
text goes, as it is cleaned, to an append-only temporary file (unnamed: it
goes with the process), and the run holds per page its metadata and where
its text lies. `SpilledArticles` is a sequence of whole Articles read back
one at a time: the stages take it as they take a list, and a stage that
wants a page by id asks `by_id` (see articles_by_id) instead of building a
dict of every page.
"""

from __future__ import annotations

import tempfile
from dataclasses import replace
from typing import Iterable, Iterator, Mapping, Sequence, overload

from .records import Article


class SpilledArticles(Sequence[Article]):
    """Articles in the order added; their texts in a temporary file."""

    def __init__(self) -> None:
        self._file = tempfile.TemporaryFile()
        self._end = 0
        self._meta: list[Article] = []  # each article without its text
        self._at: list[tuple[int, int]] = []  # (offset, bytes) of its text
        self._index: dict[str, int] = {}

    def extend(self, articles: Iterable[Article]) -> None:
        chunk = bytearray()
        for article in articles:
            data = article.text.encode("utf-8")
            self._at.append((self._end + len(chunk), len(data)))
            chunk += data
            self._index[article.id] = len(self._meta)  # a repeated id: the last, as a dict by id gives
            self._meta.append(replace(article, text=""))
        self._file.seek(self._end)
        self._file.write(chunk)
        self._end += len(chunk)

    def _read(self, k: int) -> Article:
        offset, size = self._at[k]
        self._file.seek(offset)
        return replace(self._meta[k], text=self._file.read(size).decode("utf-8"))

    def __len__(self) -> int:
        return len(self._meta)

    @overload
    def __getitem__(self, k: int) -> Article: ...
    @overload
    def __getitem__(self, k: slice) -> list[Article]: ...
    def __getitem__(self, k):
        if isinstance(k, slice):
            return [self._read(i) for i in range(*k.indices(len(self)))]
        return self._read(range(len(self))[k])

    def __iter__(self) -> Iterator[Article]:
        self._file.flush()
        for k in range(len(self)):
            yield self._read(k)

    def without_text(self) -> Sequence[Article]:
        """The articles with an empty text: for a stage that reads only their metadata."""
        return self._meta

    def by_id(self) -> "_ById":
        return _ById(self)

    def where(self, ids: Iterable[str]) -> "SpilledArticles":
        """The articles with these ids, in their order here, sharing this file."""
        wanted = set(ids)
        out = SpilledArticles.__new__(SpilledArticles)
        out._file, out._end = self._file, self._end
        keep = [k for k, a in enumerate(self._meta) if a.id in wanted]
        out._meta = [self._meta[k] for k in keep]
        out._at = [self._at[k] for k in keep]
        out._index = {}
        for n, a in enumerate(out._meta):
            out._index[a.id] = n
        return out

    def close(self) -> None:
        self._file.close()


class _ById(Mapping[str, Article]):
    """Whole articles by id, each read when asked for."""

    def __init__(self, articles: SpilledArticles):
        self._articles = articles

    def __getitem__(self, article_id: str) -> Article:
        return self._articles._read(self._articles._index[article_id])

    def __contains__(self, article_id: object) -> bool:
        return article_id in self._articles._index

    def __iter__(self) -> Iterator[str]:
        return iter(self._articles._index)

    def __len__(self) -> int:
        return len(self._articles._index)


def without_text(articles: Sequence[Article]) -> Sequence[Article]:
    """The articles, for a stage that reads only their metadata: spilled ones
    are not read back."""
    return articles.without_text() if isinstance(articles, SpilledArticles) else articles


def articles_by_id(articles: Sequence[Article]) -> Mapping[str, Article]:
    """The articles by id: a dict, or for spilled articles a view that reads
    each when asked (no dict of every text)."""
    if isinstance(articles, SpilledArticles):
        return articles.by_id()
    return {a.id: a for a in articles}
