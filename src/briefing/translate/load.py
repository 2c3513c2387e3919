"""Pick a model and a backend for a target language, and load them once.

`auto` uses CTranslate2 when a converted copy is present (next to the
checkpoint as `ctranslate2/`, in the models folder as `org--name-ct2`, or
the resolved folder itself), else transformers. `ctranslate2` converts the
checkpoint (int8) into the models folder, or the user cache, when no copy
exists yet.
"""

from __future__ import annotations

import os
from pathlib import Path

from ..errors import SetupError, UsageError
from ..models import folder_name, require_model
from ..settings import Settings
from .ctranslate import is_ctranslate2
from .engine import SentenceTranslator

TARGETS = ("en", "ar")
BACKENDS = ("auto", "transformers", "ctranslate2")


def ct2_home(models_dir: Path | None) -> Path:
    if models_dir is not None:
        return models_dir
    cache = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(cache) / "briefing" / "ctranslate2"


def ct2_folder(name: str, models_dir: Path | None) -> Path:
    """Where a conversion of `name` (a hub name or a local path) goes."""
    label = Path(name).name if Path(name).expanduser().exists() else folder_name(name)
    return ct2_home(models_dir) / f"{label}-ct2"


def converted_copy(name: str, path: Path, models_dir: Path | None) -> Path | None:
    """Where a CTranslate2 conversion of this model already is, if anywhere."""
    candidates = [path, path / "ctranslate2", ct2_folder(name, models_dir)]
    for candidate in candidates:
        if candidate.is_dir() and is_ctranslate2(candidate):
            return candidate
    return None


def load_translator(target: str, settings: Settings) -> SentenceTranslator:
    """A translator French → `target`; raises ModelNotFound when the model is absent."""
    if target not in TARGETS:
        raise UsageError(f"cannot translate to '{target}': choose one of {', '.join(TARGETS)}")
    backend_name = settings.translation_backend
    if backend_name not in BACKENDS:
        raise UsageError(f"--backend takes {', '.join(BACKENDS)}, not '{backend_name}'")
    name = settings.translation_model_for(target)
    path = require_model(name, settings.models_dir, "translation model", "--translation-model")
    converted = converted_copy(name, path, settings.models_dir)
    g = settings.generation

    if backend_name == "transformers" or (backend_name == "auto" and converted is None):
        if is_ctranslate2(path):
            raise SetupError(f"'{path}' is a CTranslate2 model: use --backend ctranslate2")
        from .seq2seq import TransformersBackend

        backend = TransformersBackend(path, name, target, g)
    else:
        if converted is None:
            from .ctranslate import convert

            converted = convert(path, ct2_folder(name, settings.models_dir), "int8")
        from .ctranslate import CTranslate2Backend

        backend = CTranslate2Backend(converted, name, target, g)
    return SentenceTranslator(backend, name, target, batch_size=g.batch_size)
