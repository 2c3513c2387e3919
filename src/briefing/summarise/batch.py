"""Summarise many articles, one summary each, in batches (for --jsonl)."""

from __future__ import annotations

from typing import Callable, Iterable, Iterator, Sequence

from ..records import Article, Summary
from .base import Summariser

DEFAULT_BATCH = 256  # articles embedded together: big batches amortise the model calls


def summarise_each(
    articles: Iterable[Article],
    summariser: Summariser,
    max_words: int,
    sentences: int | None = None,
    batch_size: int = DEFAULT_BATCH,
    progress: Callable[[int], None] | None = None,
) -> Iterator[Summary]:
    """One summary per article, in input order, streaming batch by batch.

    Uses the summariser's `summarise_many` when it has one (all sentences of a
    batch embedded in one call), else summarises the articles one at a time.
    """
    many = getattr(summariser, "summarise_many", None)
    batch: list[Article] = []
    done = 0

    def flush(items: Sequence[Article]) -> list[Summary]:
        if many is not None:
            return many(items, max_words, sentences)
        return [summariser.summarise([a], max_words, sentences) for a in items]

    for article in articles:
        batch.append(article)
        if len(batch) >= batch_size:
            yield from flush(batch)
            done += len(batch)
            batch = []
            if progress:
                progress(done)
    if batch:
        yield from flush(batch)
        if progress:
            progress(done + len(batch))
