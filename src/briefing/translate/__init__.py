"""French → English / Arabic translation of texts and memos.

`load_translator` resolves the model (offline) and picks a backend;
`translate_memo` translates a memo's free text in one batched call. Heavy
imports (torch, transformers, ctranslate2) happen only when a model loads.
"""

from __future__ import annotations

from typing import Protocol, Sequence, runtime_checkable

from .load import load_translator
from .memo import translate_memo


@runtime_checkable
class Translator(Protocol):
    model_name: str

    def translate(self, texts: Sequence[str]) -> list[str]:
        """Translations in input order; paragraphs and citation markers kept."""
        ...


__all__ = ["Translator", "load_translator", "translate_memo"]
