"""Fixed phrases per language and model prefixes, read from `prompts/`.

The folder sits at the repository root (editable install) or wherever
BRIEFING_PROMPTS_DIR points. Phrases are written by people, never machine
translated.
"""

from __future__ import annotations

import json
import os
from functools import lru_cache
from pathlib import Path


def prompts_dir() -> Path:
    override = os.environ.get("BRIEFING_PROMPTS_DIR")
    if override:
        return Path(override)
    return Path(__file__).resolve().parents[2] / "prompts"


@lru_cache(maxsize=None)
def labels(language: str) -> dict[str, str]:
    """Memo labels for `language`, falling back to English then French per key."""
    merged: dict[str, str] = {}
    for lang in ("fr", "en", language):
        path = prompts_dir() / f"labels.{lang}.json"
        if path.exists():
            merged.update(json.loads(path.read_text(encoding="utf-8")))
    return merged


@lru_cache(maxsize=None)
def model_prefixes() -> dict[str, str]:
    """Task prefixes for seq2seq models, keyed by model family ("t5", ...)."""
    path = prompts_dir() / "model_prefixes.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
