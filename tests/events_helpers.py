"""Helpers for the events and brief tests: a fake embedder, a fake summariser, the seeds."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Sequence

import numpy as np

from briefing.events import lexical
from briefing.records import Article, RawDocument, Summary
from briefing.text.sentences import split_sentences

ROOT = Path(__file__).resolve().parents[1]


class HashEmbedder:
    """Bag of stemmed words hashed into 512 dimensions: deterministic, instant,
    and blind to meaning, so made-up tests rest on the lexical views."""

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        out = np.zeros((len(texts), 512), dtype=np.float32)
        for row, text in enumerate(texts):
            for word in lexical.words(text):
                out[row, int(hashlib.md5(word.encode()).hexdigest(), 16) % 512] += 1.0
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        return out / np.maximum(norms, 1e-12)


class FirstSentences:
    """A stand-in summariser: the first sentences of each article in turn."""

    name = "first-sentences"

    def summarise(self, articles: Sequence[Article], max_words: int, sentences: int | None = None) -> Summary:
        per_article = [split_sentences(a.text, a.id) for a in articles]
        chosen, words = [], 0
        for depth in range(max(map(len, per_article), default=0)):
            for sents in per_article:
                if depth < len(sents) and words < max_words:
                    chosen.append(sents[depth])
                    words += len(sents[depth].text.split())
        text = " ".join(s.text for s in chosen)
        return Summary(tuple(a.id for a in articles), tuple(chosen), text, "extractive")


def seed_articles() -> list[Article]:
    from briefing.ingest import clean_documents

    docs = [
        RawDocument(id=p.name[:3], text=p.read_text(encoding="utf-8"), path=str(p))
        for p in sorted((ROOT / "seeds").glob("*.txt"))
    ]
    return clean_documents(docs)
