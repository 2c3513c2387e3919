"""The term counts that linking compares, in a form the store can keep.

Linking scores today's pages against a fortnight's stored pages with the
grouping's lexical views (similarity.score_pairs): words of the lead, words of
the text's opening, spelling n-grams and names of the lead. Counting them
again for every stored page on every run was most of a day's linking time with
a month stored (some 500 stored pages re-read: 0.6 s of a 4-5 s day). So each
page's counts are kept once, when the page is stored, under hashed terms:
every term is its hash (CRC-32 of its UTF-8, modulo HASHED), which
needs no vocabulary shared between runs.
At a run, the hashed columns of today's and the stored rows are renumbered
onto the terms they use (`compact`); two terms of one set share a hash once in
some 2^31 / n² (a few in millions): the scores are those of counted terms.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass
from typing import Callable, Sequence

import numpy as np
from scipy import sparse

from . import lexical
from .counting import counted_rows

HASHED = 2**31 - 1  # columns: int32 indices
# Raise it with any change of what the analysers (lexical.py) make of a text:
# rows kept under another version are counted again from the kept text, so a
# store's old rows never meet new ones term for term.
TERMS_VERSION = 1
# A kept row: hashes, then counts, a byte each: a lead's or a 400-word opening's
# count of one term (stop words left out of word counts) stays far below 255.
_ROW = np.dtype("<i4"), np.dtype("u1")


@dataclass(frozen=True)
class TermRows:
    """One csr matrix per view, a row per text, columns hashed or compacted alike."""

    lead_words: sparse.csr_matrix
    body_words: sparse.csr_matrix
    chars: sparse.csr_matrix
    names: sparse.csr_matrix

    def views(self) -> tuple[sparse.csr_matrix, ...]:
        return self.lead_words, self.body_words, self.chars, self.names


def hashed(texts: Sequence[str], analyzer: Callable[[str], list[str]]) -> sparse.csr_matrix:
    """Term counts per text, a column per term hash (two terms of one hash counted together)."""
    rows, _ = counted_rows(texts, analyzer, lambda term, _seen: zlib.crc32(term.encode("utf-8")) % HASHED, HASHED)
    rows.sum_duplicates()  # sorted by hash, two terms of one hash as one
    return rows


def term_rows(leads: Sequence[str], bodies: Sequence[str]) -> TermRows:
    """Hashed rows of texts' leads and openings (bodies already cut to the words compared)."""
    return TermRows(hashed(leads, lexical.words), hashed(bodies, lexical.words),
                    hashed(leads, lexical.char_ngrams), hashed(leads, lexical.names))


def compact(rows: TermRows) -> TermRows:
    """The same rows with each view's columns renumbered onto the terms it uses (order kept)."""
    return TermRows(*map(_compact, rows.views()))


def _compact(m: sparse.csr_matrix) -> sparse.csr_matrix:
    used, columns = np.unique(m.indices, return_inverse=True)
    return sparse.csr_matrix((m.data, columns.astype(np.int32), m.indptr), shape=(m.shape[0], max(len(used), 1)))


def packed(rows: TermRows) -> list[bytes]:
    """Each text's row of every view as bytes: TERMS_VERSION, four lengths, the hashes, the counts."""
    out = []
    views = rows.views()
    for n in range(rows.lead_words.shape[0]):
        spans = [slice(v.indptr[n], v.indptr[n + 1]) for v in views]
        lengths = np.array([TERMS_VERSION] + [s.stop - s.start for s in spans], dtype="<u4")
        hashes = np.concatenate([v.indices[s] for v, s in zip(views, spans)]).astype(_ROW[0])
        counts = np.minimum(np.concatenate([v.data[s] for v, s in zip(views, spans)]), 255).astype(_ROW[1])
        out.append(lengths.tobytes() + hashes.tobytes() + counts.tobytes())
    return out


def unpacked(blobs: Sequence[bytes]) -> TermRows:
    """The hashed rows of texts kept by `packed`, in order."""
    parts: list[list[tuple[np.ndarray, np.ndarray]]] = [[], [], [], []]
    for blob in blobs:
        lengths = np.frombuffer(blob, dtype="<u4", count=4, offset=4)
        total = int(lengths.sum())
        hashes = np.frombuffer(blob, dtype=_ROW[0], count=total, offset=20)
        counts = np.frombuffer(blob, dtype=_ROW[1], count=total, offset=20 + 4 * total)
        ends = np.cumsum(lengths)
        for view, start, end in zip(parts, ends - lengths, ends):
            view.append((hashes[start:end], counts[start:end]))
    return TermRows(*map(_matrix, parts))


def _matrix(rows: list[tuple[np.ndarray, np.ndarray]]) -> sparse.csr_matrix:
    indptr = np.concatenate([[0], np.cumsum([len(h) for h, _ in rows])]).astype(np.int32)
    indices = np.concatenate([h for h, _ in rows]).astype(np.int32) if rows else np.zeros(0, np.int32)
    data = np.concatenate([c for _, c in rows]).astype(np.float32) if rows else np.zeros(0, np.float32)
    return sparse.csr_matrix((data, indices, indptr), shape=(len(rows), HASHED))


def kept_or_counted(blobs: Sequence[bytes | None], leads: Sequence[str], bodies: Sequence[str]) -> TermRows:
    """Hashed rows of texts: unpacked where kept, counted from the lead and body where
    not (a page of an older store or of other analysers, or today's when not counted beforehand)."""
    missing = [n for n, blob in enumerate(blobs) if not blob or _version(blob) != TERMS_VERSION]
    if missing:
        counted = packed(term_rows([leads[n] for n in missing], [bodies[n] for n in missing]))
        blobs = list(blobs)
        for n, blob in zip(missing, counted):
            blobs[n] = blob
    return unpacked(blobs)


def _version(blob: bytes) -> int:
    return int(np.frombuffer(blob, dtype="<u4", count=1)[0]) if len(blob) >= 20 else -1
