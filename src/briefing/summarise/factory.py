"""Pick the summariser the settings ask for, and say which one and why."""

from __future__ import annotations

from ..errors import ModelNotFound
from ..models import resolve_model
from ..settings import DEFAULT_SUMMARY_MODEL, Settings
from .base import Summariser
from .extractive import ExtractiveSummariser
from .load import has_safetensors

CHOICES = ("auto", "extractive", "abstractive")


def make_summariser(settings: Settings) -> tuple[Summariser, str]:
    """The summariser to use and a one-line note on the choice.

    auto: the abstractive model when a safe local copy exists, else extractive.
    abstractive: that model or ModelNotFound / UnsafeModel (on first use).
    """
    choice = settings.summariser
    if choice not in CHOICES:
        from ..errors import UsageError

        raise UsageError(f"--summariser must be one of {', '.join(CHOICES)}, not '{choice}'")
    if choice == "extractive":
        return ExtractiveSummariser(), "extractive"

    name = settings.summary_model or DEFAULT_SUMMARY_MODEL
    path = resolve_model(name, settings.models_dir)
    if path is None:
        if choice == "abstractive":
            raise ModelNotFound(name, what="summary model", option="--summary-model")
        return ExtractiveSummariser(), f"extractive (no abstractive model found locally: {name})"
    if choice == "auto" and not has_safetensors(path):
        return ExtractiveSummariser(), f"extractive ({name} has no safetensors weights: not loaded)"

    from .abstractive import AbstractiveSummariser

    summariser = AbstractiveSummariser(path, settings.generation, model_name=name)
    return summariser, f"abstractive ({name})"
