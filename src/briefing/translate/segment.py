"""Cut texts into sentences to translate, and put the translations back.

Paragraphs ("\\n\\n") and sentence order are kept. Citation markers such as
"[000][001]" are taken out before translation (a model may mangle or drop
them) and put back at the end of their sentence. Pieces without a letter
("2026-2030", "—", "52 %") are copied, not translated. Sentences longer than
`max_words` are cut at clause boundaries so the input length stays capped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..text.sentences import split_sentences

_CITATIONS = re.compile(r"\s*((?:\[[\w.\-]{1,32}\])+)")
_CLAUSE = re.compile(r"(?<=[,;:])\s+")
_LETTER = re.compile(r"[^\W\d_]")


@dataclass(frozen=True)
class Piece:
    source: str  # what the model sees ("" when nothing to translate)
    citations: str = ""  # markers to put back after the translation
    copy: bool = False  # no letter: copy `source` as is


def _strip_citations(sentence: str) -> tuple[str, str]:
    markers = "".join(m.group(1) for m in _CITATIONS.finditer(sentence))
    bare = _CITATIONS.sub("", sentence).strip()
    # A marker before the final full stop ("... 2026 [000].") leaves " ." behind.
    bare = re.sub(r"\s+([.!?…,;:])$", r"\1", bare)
    return bare, markers


def _cap(sentence: str, max_words: int) -> list[str]:
    """Cut a long sentence at clause boundaries, then by words, under `max_words`."""
    if len(sentence.split()) <= max_words:
        return [sentence]
    chunks: list[str] = []
    current: list[str] = []
    for clause in _CLAUSE.split(sentence):
        words = clause.split()
        while len(words) > max_words:  # a clause too long by itself
            if current:
                chunks.append(" ".join(current))
                current = []
            chunks.append(" ".join(words[:max_words]))
            words = words[max_words:]
        if current and len(current) + len(words) > max_words:
            chunks.append(" ".join(current))
            current = []
        current += words
    if current:
        chunks.append(" ".join(current))
    return chunks


def split_text(text: str, max_words: int = 120) -> list[list[Piece]]:
    """Paragraphs of pieces; join them back with `join_text`."""
    paragraphs = []
    for paragraph in re.split(r"\n\s*\n", text):
        pieces: list[Piece] = []
        for sentence in split_sentences(paragraph):
            bare, markers = _strip_citations(sentence.text)
            if not _LETTER.search(bare):
                pieces.append(Piece(bare, markers, copy=True))
                continue
            chunks = _cap(bare, max_words)
            for i, chunk in enumerate(chunks):
                last = i == len(chunks) - 1
                pieces.append(Piece(chunk, markers if last else ""))
        if pieces:
            paragraphs.append(pieces)
    return paragraphs


def attach(translation: str, citations: str) -> str:
    """Put citation markers back before the sentence's final punctuation."""
    if not citations:
        return translation
    m = re.search(r"[.!?…。؟]+[»\"”’)]*$", translation)
    if m:
        return f"{translation[: m.start()].rstrip()} {citations}{translation[m.start():]}"
    return f"{translation} {citations}".strip()


def join_text(paragraphs: list[list[str]]) -> str:
    return "\n\n".join(" ".join(p for p in pieces if p) for pieces in paragraphs)
