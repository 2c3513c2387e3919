"""One frozen settings object, built by the CLI from options and environment."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_MAX_BYTES = 5 * 1024 * 1024
DEFAULT_TRANSLATION_MODELS = {  # French → the key: what --to en / --to ar need
    "en": "Helsinki-NLP/opus-mt-fr-en",
    "ar": "Helsinki-NLP/opus-mt-fr-ar",
}
# Other directions ("source-target"), used only when installed: an event with
# no page in the memo's language is translated by one of these if it is at hand.
OPTIONAL_TRANSLATION_MODELS = {
    "ar-fr": "Helsinki-NLP/opus-mt-ar-fr",
    "en-fr": "Helsinki-NLP/opus-mt-en-fr",
    "ar-en": "Helsinki-NLP/opus-mt-ar-en",
    "en-ar": "Helsinki-NLP/opus-mt-en-ar",
}
TRANSLATION_LANGUAGES = ("fr", "en", "ar", "ary")  # sources and targets a direction may name
DEFAULT_SUMMARY_MODEL = "moussaKam/barthez-orangesum-abstract"
DEFAULT_MAX_EVENTS = 5  # events briefed in full; with one line for each other event, a day of ~150 pages reads in ~3,000 words


@dataclass(frozen=True)
class GenerationSettings:
    """Beam search and lengths for seq2seq models (summaries and translation)."""

    num_beams: int = 4
    max_new_tokens: int = 128
    min_new_tokens: int = 0
    length_penalty: float = 1.0
    no_repeat_ngram_size: int = 3
    batch_size: int = 8


@dataclass(frozen=True)
class Settings:
    languages: tuple[str, ...] = ("fr",)
    max_words: int = 40  # one article's summary
    event_max_words: int = 90  # one event brief's merged summary
    sentences: int | None = None  # a fixed number of sentences instead of a word budget
    summariser: str = "auto"  # auto | lead | extractive | abstractive
    summary_model: str | None = None
    translation_model: str | None = None  # a name or a path for every direction (NLLB, M2M100)
    # (key, name or path) pairs, first: a key is a direction "ar-fr", or a
    # target "en" (from French, as before directions existed)
    translation_models: tuple[tuple[str, str], ...] = ()
    translation_backend: str = "auto"  # auto | transformers | ctranslate2
    # False (--no-translation): no model is loaded; each memo tells the events it has
    # pages for in its language from them, the others in their pages' words, marked.
    machine_translation: bool = True
    models_dir: Path | None = None
    max_bytes: int = DEFAULT_MAX_BYTES
    generation: GenerationSettings = field(default_factory=GenerationSettings)
    template: Path | None = None  # a reference .docx for styles
    memo_title: str | None = None
    max_events: int | None = DEFAULT_MAX_EVENTS  # events briefed in full, the rest one line each; None: all
    about: str | None = None  # keep only the pages on this subject
    since: str | None = None  # keep only the articles dated on or after this ISO date
    until: str | None = None  # ... and on or before this one
    today: str | None = None  # ISO date of the memo; None = today (tests pin it)
    workers: int | None = None  # processes for the per-article stages; None = the cores (1 for tiny inputs)
    cluster: str | None = None  # a Dask scheduler's address: the per-article stages run on its workers
    store: str | None = None  # the desk's store: a SQLite path or a postgresql:// URL (--store, BRIEFING_STORE)

    def translation_model_for(self, target: str, source: str = "fr") -> str | None:
        """The model for source → target: its own, else the one for every
        direction, else the default; None when no model is known for it."""
        return self.translation_choice(target, source)[0]

    def translation_choice(self, target: str, source: str = "fr") -> tuple[str | None, str]:
        """(model, how it was chosen): "direction" (named for it: `ar-fr=`, or
        `en=` from French), "general" (one for every direction), "default",
        "optional" (a default used only when installed) or "none"."""
        own = dict(self.translation_models)
        named = own.get(f"{source}-{target}") or (own.get(target) if source == "fr" else None)
        if named:
            return named, "direction"
        if self.translation_model:
            return self.translation_model, "general"
        if source == "fr" and target in DEFAULT_TRANSLATION_MODELS:
            return DEFAULT_TRANSLATION_MODELS[target], "default"
        optional = OPTIONAL_TRANSLATION_MODELS.get(f"{source}-{target}")
        return (optional, "optional") if optional else (None, "none")

    def named_directions(self) -> tuple[tuple[str, str], ...]:
        """(source, target) of every model named for one direction."""
        out = []
        for key, _ in self.translation_models:
            source, sep, target = key.partition("-")
            out.append((source, target) if sep else ("fr", key))
        return tuple(dict.fromkeys(out))


def env_path(name: str) -> Path | None:
    value = os.environ.get(name)
    return Path(value).expanduser() if value else None


def default_output_dir() -> Path:
    return env_path("BRIEFING_OUTPUT_DIR") or Path("outputs")
