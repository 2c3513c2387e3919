"""The tiny interface every summariser follows, and word counting."""

from __future__ import annotations

from typing import Protocol, Sequence

from ..records import Article, Summary


class Summariser(Protocol):
    name: str

    def summarise(
        self, articles: Sequence[Article], max_words: int, sentences: int | None = None
    ) -> Summary:
        """Summarise one article, or the articles of one event together."""


def count_words(text: str) -> int:
    return len(text.split())
