"""The tiny interface every summariser follows."""

from __future__ import annotations

from typing import Protocol, Sequence

from ..records import Article, Summary


class Summariser(Protocol):
    name: str

    def summarise(
        self, articles: Sequence[Article], max_words: int, sentences: int | None = None
    ) -> Summary:
        """Summarise one article, or the articles of one event together."""
