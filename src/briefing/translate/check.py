"""`briefing models verify` and `convert`: load a translation model and use it.

They live here, not in the registry (models.py), since they load
translators: the registry stays below translate, which resolves names with it.
"""

from __future__ import annotations

from pathlib import Path

from ..models import require_model
from ..settings import Settings
from .ctranslate import convert
from .load import ct2_folder, load_translator

VERIFY_SENTENCE = "Le gouvernement a annoncé un plan de 3 milliards d'euros pour l'eau potable en 2026."


def verify_model(name_or_path: str, models_dir: Path | None = None, target: str = "en") -> str:
    """Load a translation model and translate one sentence with it."""
    settings = Settings(languages=(target,), translation_model=name_or_path, models_dir=models_dir)
    return load_translator(target, settings).translate([VERIFY_SENTENCE])[0]


def convert_model(name_or_path: str, models_dir: Path | None = None, quantization: str = "int8") -> Path:
    """Convert a local translation model to CTranslate2 (the fast path); the
    copy goes where `--backend auto` finds it: `models_dir/NAME-ct2`."""
    path = require_model(name_or_path, models_dir, "translation model", "a local path")
    return convert(path, ct2_folder(name_or_path, models_dir), quantization)
