"""Abstractive summaries with any local seq2seq checkpoint.

preprocess (prefix, sentence-aware chunks) -> generate (batched beams) ->
postprocess (sentences, faithfulness guard, word budget), as in transformers
pipelines. Input longer than the model's limit is summarised map-reduce: each
chunk (never two articles in one chunk) is summarised, the partial summaries
are joined in article order and summarised again, until one call covers it.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Sequence

from ..records import Article, Sentence, Summary
from ..settings import GenerationSettings
from ..text.sentences import split_sentences
from .chunking import chunk_sentences
from .compress import trim_to_clause
from .guard import guard
from .load import LoadedModel, load_seq2seq

MAX_REDUCE_ROUNDS = 4
_WORD = re.compile(r"\w+")


class AbstractiveSummariser:
    name = "abstractive"

    def __init__(
        self,
        path: Path,
        generation: GenerationSettings | None = None,
        model_name: str | None = None,
        max_input_tokens: int | None = None,
        device: str | None = None,
    ):
        self.path = Path(path)
        self.model_name = model_name or str(path)
        self.generation = generation or GenerationSettings()
        self.max_input_tokens = max_input_tokens
        self.device = device
        self._loaded: LoadedModel | None = None
        self.calls = 0  # generate() batches run, for tests and progress

    @property
    def loaded(self) -> LoadedModel:
        if self._loaded is None:
            self._loaded = load_seq2seq(self.path, self.model_name, self.max_input_tokens, self.device)
        return self._loaded

    def summarise(
        self, articles: Sequence[Article], max_words: int, sentences: int | None = None
    ) -> Summary:
        """One summary of the articles together (one article, or an event)."""
        pieces = [chunk for a in articles if a.text.strip() for chunk in self.chunks(a.text)]
        generated = self._reduce(self._generate(pieces)) if pieces else ""
        return self._finish(articles, generated, max_words, sentences)

    def summarise_many(
        self, articles: Sequence[Article], max_words: int, sentences: int | None = None
    ) -> list[Summary]:
        """One summary per article; the chunks of all articles share batches."""
        pieces = [self.chunks(a.text) if a.text.strip() else [] for a in articles]
        partials = self._generate([chunk for group in pieces for chunk in group])
        out, pos = [], 0
        for article, group in zip(articles, pieces):
            mine, pos = partials[pos : pos + len(group)], pos + len(group)
            generated = self._reduce(mine) if mine else ""
            out.append(self._finish([article], generated, max_words, sentences))
        return out

    def chunks(self, text: str) -> list[str]:
        """`text` in pieces that each fit the model's input, cut between sentences."""
        sentences = [s.text for s in split_sentences(text)] or [text]
        return chunk_sentences(sentences, self._count, self.loaded.input_limit)

    # -- steps ---------------------------------------------------------------

    def _reduce(self, partials: list[str]) -> str:
        """Summaries of consecutive chunks, summarised again until one remains."""
        for _ in range(MAX_REDUCE_ROUNDS):
            if len(partials) == 1:
                return partials[0]
            joined = " ".join(p for p in partials if p)
            if not joined:
                return ""
            if self._count(joined) <= self.loaded.input_limit:
                return self._generate([joined])[0]
            smaller = self.chunks(joined)
            if len(smaller) >= len(partials):  # no progress: keep the opening that fits
                return self._generate(smaller[:1])[0]
            partials = self._generate(smaller)
        return partials[0]

    def _finish(self, articles: Sequence[Article], generated: str, max_words: int,
                sentences: int | None) -> Summary:
        """Sentences of the output, guarded against the sources, within the budget."""
        ids = tuple(a.id for a in articles)
        parts = [s.text for s in split_sentences(generated)]
        kept, flagged = guard(parts, [a.text for a in articles])
        kept = _fit(kept, max_words, sentences)
        # Generated sentences have no place in a source text: offsets are -1.
        vocabularies = [(a.id, _words(a.text)) for a in articles]
        records = tuple(
            Sentence(text, -1, -1, i, _best_source(text, vocabularies)) for i, text in enumerate(kept)
        )
        return Summary(ids, records, " ".join(kept), self.name, tuple(flagged))

    def _count(self, text: str) -> int:
        return len(self.loaded.tokenizer(text, add_special_tokens=False)["input_ids"])

    def _generate(self, inputs: list[str]) -> list[str]:
        import torch

        lm, g = self.loaded, self.generation
        options = dict(
            num_beams=g.num_beams, max_new_tokens=g.max_new_tokens, min_new_tokens=g.min_new_tokens,
            length_penalty=g.length_penalty, no_repeat_ngram_size=g.no_repeat_ngram_size,
        )  # fmt: skip
        if lm.forced_bos_token_id is not None:
            options["forced_bos_token_id"] = lm.forced_bos_token_id
        outputs = [""] * len(inputs)
        todo = [i for i, text in enumerate(inputs) if text.strip()]  # nothing in, nothing out
        for start in range(0, len(todo), max(g.batch_size, 1)):
            rows = todo[start : start + max(g.batch_size, 1)]
            batch = [lm.prefix + inputs[i] for i in rows]
            encoded = lm.tokenizer(batch, return_tensors="pt", padding=True, truncation=True,
                                   max_length=lm.max_length)  # chunks already fit
            encoded = {k: v.to(lm.device) for k, v in encoded.items()}
            with torch.inference_mode():
                ids = lm.model.generate(**encoded, **options)
            self.calls += 1
            decoded = lm.tokenizer.batch_decode(ids, skip_special_tokens=True)
            for i, text in zip(rows, decoded):
                outputs[i] = " ".join(text.split())
        return outputs


def _fit(sentences: list[str], max_words: int, n_sentences: int | None) -> list[str]:
    """Whole sentences within the budget; the first one trimmed if it alone is too long."""
    if n_sentences is not None:
        return sentences[:n_sentences]
    out: list[str] = []
    used = 0
    for sentence in sentences:
        words = len(sentence.split())
        if used + words <= max_words:
            out.append(sentence)
            used += words
        elif not out:
            cut = trim_to_clause(sentence, max_words)
            out.append(cut or " ".join(sentence.split()[:max_words]))
            break
    return out


def _words(text: str) -> set[str]:
    return set(_WORD.findall(text.lower()))


def _best_source(sentence: str, vocabularies: Sequence[tuple[str, set[str]]]) -> str:
    """The id of the article sharing the most words with a generated sentence."""
    words = _words(sentence)
    return max(vocabularies, key=lambda item: len(words & item[1]))[0]
