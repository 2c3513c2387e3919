"""Pick the summariser the settings ask for, and say which one and why."""

from __future__ import annotations

from ..errors import ModelNotFound
from ..models import resolve_model
from ..settings import DEFAULT_SUMMARY_MODEL, Settings
from .base import Summariser
from .extractive import ExtractiveSummariser
from .lead import LeadSummariser
from .load import has_safetensors

CHOICES = ("auto", "lead", "extractive", "abstractive")
KINDS = {"lead": LeadSummariser, "extractive": ExtractiveSummariser}


def make_summariser(settings: Settings, fallback: str = "extractive") -> tuple[Summariser, str]:
    """The summariser to use and a one-line note on the choice.

    auto: the abstractive model when a safe local copy exists, else `fallback`:
    the lead for one article (`briefing summarise`: no sentence scorer beat it
    on orangesum-dev), extractive for a memo's events (several sources, their
    repeats skipped by meaning). abstractive: that model or ModelNotFound /
    UnsafeModel (on first use).
    """
    choice = settings.summariser
    if choice not in CHOICES:
        from ..errors import UsageError

        raise UsageError(f"--summariser must be one of {', '.join(CHOICES)}, not '{choice}'")
    if choice in KINDS:
        return KINDS[choice](), choice

    name = settings.summary_model or DEFAULT_SUMMARY_MODEL
    path = resolve_model(name, settings.models_dir)
    if path is None:
        if choice == "abstractive":
            raise ModelNotFound(name, what="summary model", option="--summary-model")
        return KINDS[fallback](), f"{fallback} (no abstractive model found locally: {name})"
    if choice == "auto" and not has_safetensors(path):
        return KINDS[fallback](), f"{fallback} ({name} has no safetensors weights: not loaded)"

    from .abstractive import AbstractiveSummariser

    summariser = AbstractiveSummariser(path, settings.generation, model_name=name)
    return summariser, f"abstractive ({name})"
