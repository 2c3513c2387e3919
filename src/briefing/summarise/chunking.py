"""Sentence-aware chunking of a text that exceeds a model's input limit."""

from __future__ import annotations

from typing import Callable, Sequence


def split_long(sentence: str, count: Callable[[str], int], limit: int) -> list[str]:
    """Cut one over-long sentence into word runs of at most `limit` tokens."""
    pieces: list[str] = []
    words = sentence.split()
    while words:
        lo, hi = 1, len(words)
        while lo < hi:  # the longest prefix that fits (at least one word)
            mid = (lo + hi + 1) // 2
            if count(" ".join(words[:mid])) <= limit:
                lo = mid
            else:
                hi = mid - 1
        pieces.append(" ".join(words[:lo]))
        words = words[lo:]
    return pieces


def chunk_sentences(
    sentences: Sequence[str], count: Callable[[str], int], limit: int
) -> list[str]:
    """Pack consecutive sentences into chunks of at most `limit` tokens.

    A chunk never ends inside a sentence unless that sentence alone exceeds
    the limit; `count` gives a text's token count without special tokens.
    """
    if limit < 1:
        raise ValueError("chunk limit must be at least one token")
    chunks: list[str] = []
    current: list[str] = []
    for sentence in sentences:
        parts = [sentence] if count(sentence) <= limit else split_long(sentence, count, limit)
        for part in parts:
            candidate = " ".join(current + [part])
            if current and count(candidate) > limit:
                chunks.append(" ".join(current))
                current = [part]
            else:
                current.append(part)
    if current:
        chunks.append(" ".join(current))
    return chunks
