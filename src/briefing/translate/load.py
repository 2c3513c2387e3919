"""Pick a model and a backend for a direction (source → target), and load them once.

`auto` uses CTranslate2 when a converted copy is present (next to the
checkpoint as `ctranslate2/`, in the models folder as `org--name-ct2`, or
the resolved folder itself), else transformers. `ctranslate2` converts the
checkpoint (int8) into the models folder, or the user cache, when no copy
exists yet.
"""

from __future__ import annotations

from pathlib import Path

from ..errors import ModelNotFound, SetupError, UsageError
from ..models import briefing_cache, folder_name, require_model, resolve_model
from ..settings import TRANSLATION_LANGUAGES, Settings
from .ctranslate import is_ctranslate2
from .directions import covers
from .engine import SentenceTranslator
from .families import SOURCE_LANGUAGE

TARGETS = ("en", "ar", "fr")
SOURCES = TRANSLATION_LANGUAGES
BACKENDS = ("auto", "transformers", "ctranslate2")


def ct2_home(models_dir: Path | None) -> Path:
    if models_dir is not None:
        return models_dir
    return briefing_cache() / "ctranslate2"


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


def no_model(source: str, target: str, why: str = "no translation model for") -> SetupError:
    return SetupError(
        f"{why} {source}→{target}: give --translation-model {source}-{target}=PATH, "
        "or one many-to-many model (NLLB, M2M100) as --translation-model PATH"
    )


def load_translator(target: str, settings: Settings, source: str = SOURCE_LANGUAGE) -> SentenceTranslator:
    """A translator `source` → `target`; raises ModelNotFound when the model is
    absent, SetupError when no model is named for that direction or the one
    given says it translates another."""
    if target not in TARGETS:
        raise UsageError(f"cannot translate to '{target}': choose one of {', '.join(TARGETS)}")
    if source not in SOURCES:
        raise UsageError(f"cannot translate from '{source}': choose one of {', '.join(SOURCES)}")
    if source == target:
        raise UsageError(f"cannot translate {source} into itself: choose another source or target")
    backend_name = settings.translation_backend
    if backend_name not in BACKENDS:
        raise UsageError(f"--backend takes {', '.join(BACKENDS)}, not '{backend_name}'")
    name, how = settings.translation_choice(target, source)
    if name is None:
        raise no_model(source, target)
    path = require_model(name, settings.models_dir, "translation model", "--translation-model")
    if how == "general" and covers(path, name, source, target) is False:
        raise no_model(source, target, f"translation model '{name}' does not translate")
    return _load(name, path, target, source, settings)


def optional_translator(source: str, target: str, settings: Settings) -> SentenceTranslator | None:
    """A translator source → target when one is at hand, else None (never an
    error for an absent model): one named for the direction, a model for every
    direction whose files say it covers this one, or an installed default."""
    if source == target or source not in SOURCES or target not in TARGETS:
        return None
    name, how = settings.translation_choice(target, source)
    if name is None:
        return None
    path = resolve_model(name, settings.models_dir)
    if path is None:
        if how == "direction":  # the user named it: say it is missing
            raise ModelNotFound(name, what="translation model", option="--translation-model")
        return None
    if how != "direction" and not covers(path, name, source, target):
        return None
    return _load(name, path, target, source, settings)


def _load(name: str, path: Path, target: str, source: str, settings: Settings) -> SentenceTranslator:
    backend_name = settings.translation_backend
    converted = converted_copy(name, path, settings.models_dir)
    g = settings.generation

    if backend_name == "transformers" or (backend_name == "auto" and converted is None):
        if is_ctranslate2(path):
            raise SetupError(f"'{path}' is a CTranslate2 model: use --backend ctranslate2")
        from .seq2seq import TransformersBackend

        backend = TransformersBackend(path, name, target, g, source)
    else:
        if converted is None:
            from .ctranslate import convert

            converted = convert(path, ct2_folder(name, settings.models_dir), "int8")
        from .ctranslate import CTranslate2Backend

        backend = CTranslate2Backend(converted, name, target, g, source=source)
    return SentenceTranslator(backend, name, target, batch_size=g.batch_size, source=source)


class Translators:
    """The translators of one run, by direction, each loaded once: those the
    memo's languages need (a missing one is an error), and the others when an
    event told in another language asks for one (None when none is at hand)."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._loaded: dict[tuple[str, str], SentenceTranslator | None] = {}

    def require(self, source: str, target: str) -> SentenceTranslator:
        key = (source, target)
        if self._loaded.get(key) is None:
            self._loaded[key] = load_translator(target, self.settings, source)
        return self._loaded[key]

    def get(self, source: str, target: str) -> SentenceTranslator | None:
        key = (source, target)
        if key not in self._loaded:
            self._loaded[key] = optional_translator(source, target, self.settings)
        return self._loaded[key]

    def __getitem__(self, target: str) -> SentenceTranslator:
        """French → `target`, as the memo's translation needs it."""
        return self.require(SOURCE_LANGUAGE, target)
