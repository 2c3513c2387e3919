"""A checkpoint's tokenizer with its family's conventions applied.

Both backends encode and decode through this one object, so a sentence gets
the same source tokens (target token, language code, end of sentence) and the
same forced first token whether transformers or CTranslate2 runs the model.
"""

from __future__ import annotations

import json
import warnings
from pathlib import Path

from .families import MARIAN_TARGET, SOURCE_LANGUAGE, Conventions, conventions_for, family_of

MAX_INPUT_TOKENS = 512  # a cap on any source sentence, whatever the model claims
HF_CONFIG = "hf_config.json"  # a converted copy's original config.json (CTranslate2 writes its own)


def output_limit(longest_source: int) -> int:
    """New tokens allowed for a batch: a translation is about as long as its
    source (Arabic a little longer), so 2x + 10 never cuts one short, and a
    model caught in a loop stops early instead of running to a fixed 128+."""
    return min(2 * longest_source + 10, MAX_INPUT_TOKENS)


def _model_type(path: Path) -> str:
    """The checkpoint's model type; a CTranslate2 folder keeps the original
    config as `HF_CONFIG`, its own config.json says nothing of it."""
    for name in (HF_CONFIG, "config.json"):
        config = path / name
        if config.exists():
            data = json.loads(config.read_text(encoding="utf-8"))
            found = data.get("model_type") or (data.get("architectures") or [""])[0]
            if found:
                return str(found).lower()
    return ""


class ConventionTokenizer:
    def __init__(self, path: Path, target: str, model_name: str, source: str = SOURCE_LANGUAGE):
        from transformers import AutoTokenizer

        with warnings.catch_warnings():
            # MarianTokenizer asks for sacremoses, which only its training-side
            # punctuation normaliser uses; translation does not need it.
            warnings.filterwarnings("ignore", message=".*sacremoses")
            self.tokenizer = AutoTokenizer.from_pretrained(str(path))
        family = family_of(_model_type(path), type(self.tokenizer).__name__)
        vocab = dict(self.tokenizer.get_vocab())
        # M2M100Tokenizer keeps its language codes out of get_vocab().
        vocab.update(getattr(self.tokenizer, "lang_token_to_id", None) or {})
        self.conventions: Conventions = conventions_for(family, target, vocab, model_name, source)
        if self.conventions.src_lang is not None:
            self.tokenizer.src_lang = self.conventions.src_lang
        limit = getattr(self.tokenizer, "model_max_length", MAX_INPUT_TOKENS) or MAX_INPUT_TOKENS
        self.max_input_tokens = min(int(limit), MAX_INPUT_TOKENS)

    @property
    def forced_bos_id(self) -> int | None:
        forced = self.conventions.forced_bos
        return None if forced is None else self.tokenizer.convert_tokens_to_ids(forced)

    def _sources(self, sentences: list[str]) -> list[str]:
        return [self.conventions.source_prefix + s for s in sentences]

    def encode_tensors(self, sentences: list[str]):
        """Padded PyTorch tensors for `generate`."""
        return self.tokenizer(
            self._sources(sentences),
            return_tensors="pt",
            padding=True,
            truncation=True,
            max_length=self.max_input_tokens,
        )

    def encode_tokens(self, sentences: list[str]) -> list[list[str]]:
        """Token strings, as CTranslate2 takes them."""
        ids = self.tokenizer(
            self._sources(sentences), truncation=True, max_length=self.max_input_tokens
        )["input_ids"]
        return [self.tokenizer.convert_ids_to_tokens(row) for row in ids]

    def decode_ids(self, rows) -> list[str]:
        texts = [
            self.tokenizer.decode(row, skip_special_tokens=True, clean_up_tokenization_spaces=False)
            for row in rows
        ]
        # Marian's ">>ara<<" tokens are not "special" to its tokenizer; a model may still emit one.
        return [" ".join(MARIAN_TARGET.sub(" ", t).split()) for t in texts]

    def decode_tokens(self, rows: list[list[str]]) -> list[str]:
        ids = [self.tokenizer.convert_tokens_to_ids(row) for row in rows]
        return self.decode_ids(ids)
