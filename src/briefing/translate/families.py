"""The conventions of each seq2seq translation family, for any direction.

Marian (opus-mt): one checkpoint is one source language; multi-target
checkpoints need a `>>xxx<<` token before the source text. NLLB: the source
carries its code (`fra_Latn`, `arb_Arab`), the first generated token is forced
to the target code (`eng_Latn`, `fra_Latn`). M2M100: same idea with `__fr__` /
`__ar__` codes: one such checkpoint covers ar→fr, en→fr, fr→en and fr→ar. Both backends (transformers and CTranslate2) use
these conventions through the same tokenizer, so they agree token for token.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..errors import SetupError

SOURCE_LANGUAGE = "fr"  # the source when none is named (the memo is written in French)

NLLB_CODES = {"fr": "fra_Latn", "en": "eng_Latn", "ar": "arb_Arab", "ary": "ary_Arab"}
M2M_CODES = {"fr": "fr", "en": "en", "ar": "ar", "ary": "ar"}  # M2M100 has no Moroccan Arabic
# Marian target tokens to try, best first (opus-mt-fr-ar uses >>ara<<).
MARIAN_TARGET_CODES = {"en": ("eng",), "ar": ("ara", "arb"), "fr": ("fra",), "ary": ("ary", "ara")}

MARIAN_TARGET = re.compile(r">>[A-Za-z_]{2,8}<<")  # a target token, ">>ara<<"


@dataclass(frozen=True)
class Conventions:
    family: str  # "marian" | "nllb" | "m2m100" | "generic"
    target: str  # "en" | "ar" | "fr"
    source_prefix: str = ""  # prepended to every source sentence
    src_lang: str | None = None  # tokenizer.src_lang, when the family has one
    forced_bos: str | None = None  # token the decoder must start with
    source: str = SOURCE_LANGUAGE  # the language of the texts given


def family_of(model_type: str, tokenizer_class: str) -> str:
    """The family from the config's model_type and the tokenizer's class name."""
    tokenizer_class = tokenizer_class.lower()
    if model_type == "marian" or "marian" in tokenizer_class:
        return "marian"
    if "nllb" in tokenizer_class:
        return "nllb"
    if model_type == "m2m_100" or "m2m100" in tokenizer_class:
        return "m2m100"
    return "generic"


def conventions_for(
    family: str, target: str, vocab: dict[str, int], model_name: str = "model", source: str = SOURCE_LANGUAGE
) -> Conventions:
    """The conventions to translate `source` into `target` with this family.

    `vocab` is the tokenizer's vocabulary: it tells whether a Marian
    checkpoint is multi-target and whether the language codes exist.
    """
    if family == "marian":
        targets = [t for t in vocab if MARIAN_TARGET.fullmatch(t)]
        if not targets:
            return Conventions("marian", target, source=source)
        for code in MARIAN_TARGET_CODES.get(target, (target,)):
            token = f">>{code}<<"
            if token in vocab:
                return Conventions("marian", target, source_prefix=token + " ", source=source)
        raise SetupError(
            f"translation model '{model_name}' has no target token for '{target}' "
            f"(it knows {', '.join(sorted(targets)[:6])}...)"
        )
    if family in ("nllb", "m2m100"):
        codes = NLLB_CODES if family == "nllb" else M2M_CODES
        src, tgt = codes.get(source, source), codes.get(target, target)
        forced = tgt if family == "nllb" else f"__{tgt}__"
        for code in (forced, src if family == "nllb" else f"__{src}__"):
            if code not in vocab:
                raise SetupError(f"translation model '{model_name}' has no language code {code}")
        return Conventions(family, target, src_lang=src, forced_bos=forced, source=source)
    return Conventions("generic", target, source=source)
