"""Fixed phrases per language and model prefixes, read from `prompts/`.

The folder sits at the repository root (editable install) or wherever
BRIEFING_PROMPTS_DIR points. Phrases are written by people, never machine
translated.
"""

from __future__ import annotations

import json
import os
import re
from functools import lru_cache
from pathlib import Path
from typing import Mapping


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


_ISO_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_NO_YEAR = re.compile(r"^--(\d{2})(?:-(\d{2}))?$")  # ISO 8601 "--MM-DD" / "--MM": the year unknown


def date_in_words(iso: str, words: Mapping[str, str]) -> str:
    """A date in a language's words (its `months` and `first_day` labels):
    "2025-05-12" -> "12 mai 2025", "2025-05" -> "mai 2025", "--02-04" -> "4 février",
    "2020-09-01" -> "1er septembre 2020"; anything else as given. A year is never added."""
    months = words.get("months", "").split(",")
    no_year = _NO_YEAR.match(iso)
    match = no_year or _ISO_DATE.match(iso)
    if len(months) != 12 or not match:
        return iso
    year, month, day = (None, *no_year.groups()) if no_year else match.groups()
    if month is None or not 1 <= int(month) <= 12:
        return year or iso
    day_words = "" if day is None else (words.get("first_day", "1") if int(day) == 1 else str(int(day))) + " "
    return " ".join(filter(None, [f"{day_words}{months[int(month) - 1]}", year]))
