"""Translation of texts and memos, in any direction a model covers.

`load_translator` resolves the model for a direction (offline) and picks a
backend; `Translators` holds a run's, by direction; `translate_memo`
translates a memo's free text in one batched call, and `translate_told` the
briefs told in another language than the memo's. Heavy
imports (torch, transformers, ctranslate2) happen only when a model loads.
"""

from __future__ import annotations

from typing import Protocol, Sequence, runtime_checkable

from .load import Translators, load_translator
from .memo import translate_memo, translate_told


@runtime_checkable
class Translator(Protocol):
    model_name: str

    def translate(self, texts: Sequence[str]) -> list[str]:
        """Translations in input order; paragraphs and citation markers kept."""
        ...


__all__ = ["Translator", "Translators", "load_translator", "translate_memo", "translate_told"]
