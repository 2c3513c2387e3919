"""The fast path: the same checkpoint converted to CTranslate2 (int8 or float).

A converted folder holds CTranslate2's `model.bin` plus the original
tokenizer files, so encoding and decoding stay those of the checkpoint
(`ConventionTokenizer`) and only the network runs in CTranslate2.
"""

from __future__ import annotations

import math
import shutil
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from ..settings import GenerationSettings
from .families import SOURCE_LANGUAGE
from .tokenizing import HF_CONFIG, ConventionTokenizer, output_limit

QUANTIZATIONS = ("int8", "int8_float32", "float32", "float16", "bfloat16")
_TOKENIZER_FILES = (
    "tokenizer.json", "tokenizer_config.json", "special_tokens_map.json",
    "source.spm", "target.spm", "vocab.json", "sentencepiece.bpe.model", "spm.model",
    "generation_config.json",
)  # fmt: skip


def is_ctranslate2(path: Path) -> bool:
    return (path / "model.bin").exists() and not any(path.glob("*.safetensors"))


def convert(source: Path, output: Path, quantization: str = "int8") -> Path:
    """Convert a transformers checkpoint folder to CTranslate2 in `output`."""
    from ctranslate2.converters import TransformersConverter
    from transformers.utils import logging as hf_logging

    from .seq2seq import weights_format

    weights_format(source)  # refuse pickle-only folders before the converter unpickles them
    if quantization not in QUANTIZATIONS:
        raise ValueError(f"quantization must be one of {', '.join(QUANTIZATIONS)}")
    hf_logging.disable_progress_bar()
    copy = [name for name in _TOKENIZER_FILES if (source / name).exists()]
    converter = TransformersConverter(str(source), copy_files=copy)
    with _m2m100_vocabulary_by_id():
        converter.convert(str(output), quantization=quantization, force=True)
    shutil.copyfile(source / "config.json", output / HF_CONFIG)
    return output


@contextmanager
def _m2m100_vocabulary_by_id() -> Iterator[None]:
    """CTranslate2 4.x builds M2M100's vocabulary from `special_tokens_map
    ["additional_special_tokens"]`, which transformers 5 no longer fills, so
    the `__fr__`-style codes of an M2M100Tokenizer go missing and conversion
    fails ("vocabulary has size N but the model expected M"). Build it by id
    instead: every id the model has, from the tokenizer's own tables."""
    from ctranslate2.converters import transformers as ct2_transformers

    loaders = ct2_transformers._MODEL_LOADERS
    original = loaders["M2M100Config"]

    class ById(type(original)):
        def get_vocabulary(self, model, tokenizer):
            by_id = {i: t for t, i in tokenizer.get_vocab().items()}
            by_id.update({i: t for t, i in (getattr(tokenizer, "lang_token_to_id", None) or {}).items()})
            size = max(model.config.vocab_size, max(by_id) + 1)
            return [by_id.get(i, f"madeupword{i}") for i in range(size)]

    loaders["M2M100Config"] = ById()
    try:
        yield
    finally:
        loaders["M2M100Config"] = original


# Source tokens per batch, at most: a batch holds ~100 sentences (their
# decoder states, times the beam) well within memory.
MAX_BATCH_TOKENS = 4096
PADDING_ROOM = 1.25  # a batch's tokens count its padding too


def thread_split(threads: int, compute_type: str = "int8") -> tuple[int, int]:
    """(inter, intra) threads: batches side by side, or one batch over all threads.

    Integer weights: one batch per thread, each single-threaded. Spread over
    the cores inside one batch, decoding's many small matrix products wait
    on each other: on 2 cores a 3,000-word memo ran int8 at 1.3x transformers
    that way, 7.4x with one batch per core (benchmarks/translate.py).
    Float weights are four times bigger and decoding waits on memory, which
    reads them once per step and batch: one batch over both threads ran 16
    sentences at 404 tokens/s, two side by side at 267 (the memo: 946, 939).
    """
    threads = max(1, threads)
    return (threads, 1) if compute_type.startswith("int") else (1, threads)


def batch_tokens(sources: list[list[str]], batches: int) -> int:
    """Source tokens per batch: the sentences split evenly into `batches`
    batches (one per inter thread), as big as can be. Each decoding step
    streams the weights once per batch, so bigger batches read them less
    often: the memo ran float32 at 342 tokens/s in batches of 512 source
    tokens, 939 in two of about 1,500-2,000 (int8: 1,890 and 2,010)."""
    total = sum(len(s) for s in sources)
    longest = max(map(len, sources), default=1)  # a batch holds one sentence at least
    return max(longest, min(MAX_BATCH_TOKENS, math.ceil(PADDING_ROOM * total / max(1, batches))))


class CTranslate2Backend:
    takes_all = True  # batches by tokens itself: give it every sentence at once

    def __init__(
        self,
        path: Path,
        model_name: str,
        target: str,
        generation: GenerationSettings,
        compute_type: str = "default",
        threads: int | None = None,
        source: str = SOURCE_LANGUAGE,
    ) -> None:
        import ctranslate2

        self.tokens = ConventionTokenizer(path, target, model_name, source)
        cores = threads or _cores()

        def load(split: tuple[int, int]):
            return ctranslate2.Translator(
                str(path), device="cpu", compute_type=compute_type, inter_threads=split[0], intra_threads=split[1]
            )

        # "default" is the type the copy was converted to, known once loaded
        # (int8 for the copies briefing makes): a float copy is loaded again.
        split = thread_split(cores, "int8" if compute_type == "default" else compute_type)
        self.translator = load(split)
        if thread_split(cores, self.translator.compute_type) != split:
            split = thread_split(cores, self.translator.compute_type)
            self.translator = load(split)
        self.batches = split[0]  # batches decoded side by side
        self.generation = generation
        self.description = f"{model_name} (ctranslate2, {self.translator.compute_type})"
        self.key = f"{model_name}|{self.tokens.conventions}|{self.description}"

    def translate_tokens(self, sources: list[list[str]], **overrides) -> list[list[str]]:
        """Raw token translation; the forced first token (if any) is dropped."""
        g = self.generation
        forced = self.tokens.conventions.forced_bos
        options = dict(
            beam_size=g.num_beams,
            max_decoding_length=output_limit(max(map(len, sources), default=1)) + bool(forced),
            length_penalty=g.length_penalty,
            max_input_length=0,  # already capped by the tokenizer
            max_batch_size=batch_tokens(sources, self.batches),
            batch_type="tokens",  # CTranslate2 sorts by length, then cuts batches of this many tokens
        )
        options.update(overrides)
        prefix = [[forced] for _ in sources] if forced else None
        results = self.translator.translate_batch(sources, target_prefix=prefix, **options)
        rows = [r.hypotheses[0] for r in results]
        return [row[1:] if forced and row[:1] == [forced] else row for row in rows]

    def translate_batch(self, sentences: list[str]) -> list[str]:
        sources = self.tokens.encode_tokens(sentences)
        rows = self.translate_tokens(sources)
        # Each row cut to its own limit, as in the transformers backend.
        return self.tokens.decode_tokens([r[: output_limit(len(s)) - 1] for r, s in zip(rows, sources)])


def _cores() -> int:
    from ..parallel import machine_cores

    return machine_cores()
