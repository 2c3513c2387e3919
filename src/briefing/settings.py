"""One frozen settings object, built by the CLI from options and environment."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_MAX_BYTES = 5 * 1024 * 1024
DEFAULT_TRANSLATION_MODELS = {
    "en": "Helsinki-NLP/opus-mt-fr-en",
    "ar": "Helsinki-NLP/opus-mt-fr-ar",
}
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
    translation_model: str | None = None  # a name or a path for every language
    translation_models: tuple[tuple[str, str], ...] = ()  # (language, name or path) pairs, first
    translation_backend: str = "auto"  # auto | transformers | ctranslate2
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
    store: str | None = None  # the desk's store: a SQLite path or a postgresql:// URL (--store, BRIEFING_STORE)

    def translation_model_for(self, language: str) -> str:
        """The model for `language`: its own, else the one for all, else the default."""
        own = dict(self.translation_models).get(language)
        return own or self.translation_model or DEFAULT_TRANSLATION_MODELS[language]


def env_path(name: str) -> Path | None:
    value = os.environ.get(name)
    return Path(value).expanduser() if value else None


def default_output_dir() -> Path:
    return env_path("BRIEFING_OUTPUT_DIR") or Path("outputs")
