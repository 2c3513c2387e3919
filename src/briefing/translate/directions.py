"""Which translation model serves which direction (source → target).

A Marian checkpoint (opus-mt-fr-en) is one direction; an NLLB or M2M100
checkpoint takes language codes and serves every direction between the
languages it knows. A model named for one direction (`ar-fr=PATH`) is taken
at its word; a model given for every direction is used for a direction the
user did not ask for (an event with no page in the memo's language) only
when its files say it covers it.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from .families import M2M_CODES, NLLB_CODES

# Marian's tokenizer_config.json names its languages in ISO 639-1 or -3.
_ISO3 = {"fra": "fr", "eng": "en", "ara": "ar", "arb": "ar", "ary": "ary"}
_OPUS_NAME = re.compile(r"opus-mt-([a-z]{2,3})-([a-z]{2,3})(?:$|[-_])")


def _read(path: Path, name: str) -> dict:
    try:
        return json.loads((path / name).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def _code(lang: str | None) -> str | None:
    return _ISO3.get(lang, lang) if lang else None


def declared_direction(path: Path, name: str = "") -> tuple[str | None, str | None]:
    """(source, target) a one-direction model declares: its tokenizer's
    source_lang/target_lang, else an opus-mt-SRC-TGT name; (None, None) when neither says."""
    config = _read(path, "tokenizer_config.json")
    source, target = _code(config.get("source_lang")), _code(config.get("target_lang"))
    if source and target:
        return source, target
    found = _OPUS_NAME.search(Path(name).name or path.name) or _OPUS_NAME.search(path.name)
    return (_code(found[1]), _code(found[2])) if found else (None, None)


def covers(path: Path, name: str, source: str, target: str) -> bool | None:
    """True when the model's files say it translates source → target, False
    when they say it does not, None when they say nothing (a plain seq2seq)."""
    config = _read(path, "hf_config.json") or _read(path, "config.json")
    model_type = str(config.get("model_type", "")).lower()
    if model_type == "m2m_100":  # NLLB and M2M100: language codes, many to many
        tokenizer = str(_read(path, "tokenizer_config.json").get("tokenizer_class", "")).lower()
        codes = NLLB_CODES if "nllb" in tokenizer else M2M_CODES
        return source in codes and target in codes
    declared = declared_direction(path, name)
    if declared != (None, None):
        # A multi-target Marian model (opus-mt-fr-ar: >>ara<<, >>apc<< ...) declares one target family.
        return declared[0] == source and (declared[1] == target or _code(declared[1]) == target)
    return None
