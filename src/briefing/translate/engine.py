"""Sentence-level translation over any backend: split, dedupe, cache, batch, rebuild.

The backends (transformers, CTranslate2) only translate a batch of single
sentences; everything about texts lives here, once: paragraphs and order are
kept, equal sentences are translated once, batches hold sentences of similar
length (less padding), and each sentence pair goes through the guard.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol, Sequence

from . import guard
from .cache import SHARED_CACHE, TranslationCache
from .segment import Piece, attach, join_text, split_text


class Backend(Protocol):
    key: str  # model and conventions: the cache key's first half
    description: str  # e.g. "opus-mt-fr-en (ctranslate2, int8)"
    # A backend with `takes_all = True` gets every sentence in one call and
    # batches them itself (CTranslate2: by tokens, batches run in parallel).

    def translate_batch(self, sentences: list[str]) -> list[str]: ...


@dataclass(frozen=True)
class Flag:
    """A translated sentence the guard doubts."""

    source: str
    translation: str
    problems: tuple[str, ...]

    def describe(self) -> str:
        return f"{'; '.join(self.problems)}: «{self.source}» → «{self.translation}»"


@dataclass(frozen=True)
class Translated:
    text: str
    flags: tuple[Flag, ...] = ()


class SentenceTranslator:
    """A `Translator`: texts in, texts out, sentence by sentence."""

    def __init__(
        self,
        backend: Backend,
        model_name: str,
        target: str,
        batch_size: int = 8,
        max_words: int = 120,
        cache: TranslationCache | None = None,
        source: str = "fr",
    ) -> None:
        self.backend = backend
        self.model_name = model_name
        self.target = target
        self.source = source
        self.batch_size = max(1, batch_size)
        self.max_words = max_words
        self.cache = SHARED_CACHE if cache is None else cache

    @property
    def description(self) -> str:
        return self.backend.description

    def translate(self, texts: Sequence[str]) -> list[str]:
        return [t.text for t in self.translate_detailed(texts)]

    def translate_detailed(self, texts: Sequence[str]) -> list[Translated]:
        layouts = [split_text(text, self.max_words) for text in texts]
        wanted = {p.source for paras in layouts for ps in paras for p in ps if not p.copy}
        done = self._translate_unique(sorted(wanted))
        results = []
        for paragraphs in layouts:
            flags: list[Flag] = []
            rebuilt = [[self._piece(p, done, flags) for p in pieces] for pieces in paragraphs]
            results.append(Translated(join_text(rebuilt), tuple(flags)))
        return results

    def _piece(self, piece: Piece, done: dict[str, str], flags: list[Flag]) -> str:
        if piece.copy:
            return attach(piece.source, piece.citations)
        translation = done[piece.source]
        problems = guard.check(piece.source, translation, self.target)
        if problems:
            flags.append(Flag(piece.source, translation, problems))
        return attach(translation, piece.citations)

    def _translate_unique(self, sentences: list[str]) -> dict[str, str]:
        done: dict[str, str] = {}
        todo = []
        for sentence in sentences:
            cached = self.cache.get(self.backend.key, sentence)
            if cached is None:
                todo.append(sentence)
            else:
                done[sentence] = cached
        # Longest first: similar lengths share a batch, and a too-long input fails early.
        todo.sort(key=len, reverse=True)
        size = max(1, len(todo)) if getattr(self.backend, "takes_all", False) else self.batch_size
        for start in range(0, len(todo), size):
            batch = todo[start : start + size]
            outputs = self.backend.translate_batch(batch)
            if len(outputs) != len(batch):
                raise RuntimeError("translation backend returned a wrong number of sentences")
            for sentence, output in zip(batch, outputs):
                output = " ".join(output.split())
                done[sentence] = output
                self.cache.put(self.backend.key, sentence, output)
        return done
