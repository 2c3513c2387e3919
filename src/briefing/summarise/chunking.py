"""Sentence-aware chunking of a text that exceeds a model's input limit.

Token counts are taken once per sentence (once per word for a sentence that
alone exceeds the limit) and added up: SentencePiece and byte-level BPE both
tokenize whitespace-separated pieces independently, so the sum is the count of
the joined text, give or take a token. Each chunk is checked at the end and
split again in the rare case the sum was short.
"""

from __future__ import annotations

from typing import Callable, Sequence


def split_long(sentence: str, count: Callable[[str], int], limit: int) -> list[str]:
    """Cut one over-long sentence into word runs of at most `limit` tokens."""
    pieces: list[str] = []
    current: list[str] = []
    used = 0
    for word in sentence.split():
        cost = count(word)
        if current and used + cost > limit:
            pieces.append(" ".join(current))
            current, used = [], 0
        current.append(word)
        used += cost
    if current:
        pieces.append(" ".join(current))
    return pieces


def _pack(parts: list[tuple[str, int]], limit: int) -> list[list[str]]:
    groups: list[list[str]] = []
    current: list[str] = []
    used = 0
    for text, cost in parts:
        if current and used + cost > limit:
            groups.append(current)
            current, used = [], 0
        current.append(text)
        used += cost
    if current:
        groups.append(current)
    return groups


def chunk_sentences(
    sentences: Sequence[str], count: Callable[[str], int], limit: int
) -> list[str]:
    """Pack consecutive sentences into chunks of at most `limit` tokens.

    A chunk never ends inside a sentence unless that sentence alone exceeds
    the limit; `count` gives a text's token count without special tokens.
    """
    if limit < 1:
        raise ValueError("chunk limit must be at least one token")
    parts: list[tuple[str, int]] = []
    for sentence in sentences:
        cost = count(sentence)
        if cost <= limit:
            parts.append((sentence, cost))
        else:
            parts += [(piece, count(piece)) for piece in split_long(sentence, count, limit)]
    chunks: list[str] = []
    for group in _pack(parts, limit):
        chunks += _verified(group, count, limit)
    return chunks


def _verified(group: list[str], count: Callable[[str], int], limit: int) -> list[str]:
    """The group joined, or halved until each half really fits."""
    text = " ".join(group)
    if len(group) == 1 or count(text) <= limit:
        return [text]
    middle = len(group) // 2
    return _verified(group[:middle], count, limit) + _verified(group[middle:], count, limit)
