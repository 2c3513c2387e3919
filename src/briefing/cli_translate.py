"""`briefing translate`: text in any direction a model covers, batch by batch."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from .cli_common import (
    Backend,
    Beams,
    Debug,
    Inputs,
    Jsonl,
    MaxBytes,
    ModelsDir,
    Quiet,
    TranslationModels,
    Verbose,
    examples,
    handles_errors,
    parse_translation_models,
)
from .cli_inputs import emit_jsonl
from .cli_stages import text_block
from .cli_stream import StageRun
from .errors import UsageError
from .settings import DEFAULT_MAX_BYTES, GenerationSettings, Settings

TRANSLATE_BATCH = 32  # texts translated together: enough to fill the model's batches


def translate(
    inputs: Inputs = None, jsonl: Jsonl = False,
    to: Annotated[str, typer.Option("--to", metavar="LANG", help="Target language: en, ar or fr.")] = "en",
    source: Annotated[
        str,
        typer.Option("--from", metavar="LANG", help="Source language: fr, en, ar, or auto (each input's own, detected; one already in the target is copied)."),
    ] = "fr",
    translation_model: TranslationModels = None,
    backend: Backend = "auto",
    beams: Beams = 4,
    models_dir: ModelsDir = None, max_bytes: MaxBytes = DEFAULT_MAX_BYTES,
    quiet: Quiet = False, verbose: Verbose = False, debug: Debug = False,
) -> int:
    """Translate text, French to English or Arabic by default; any direction a model covers.

    The text is translated as given (no cleaning), sentence by sentence;
    results stream out batch by batch.
    """
    from .translate import Translators

    if to not in ("en", "ar", "fr"):
        raise UsageError("--to takes en, ar or fr")
    if source not in ("fr", "en", "ar", "auto"):
        raise UsageError("--from takes fr, en, ar or auto")
    if source == to:
        raise UsageError(f"--from and --to are both {to}: nothing to translate")
    general_model, per_language_models = parse_translation_models(translation_model)
    settings = Settings(languages=(to,), translation_model=general_model, translation_models=per_language_models,
                        translation_backend=backend,
                        generation=GenerationSettings(num_beams=beams), models_dir=models_dir)
    translators = Translators(settings)
    if source != "auto":
        translators.require(source, to)  # fails fast, before reading
    done = 0
    # The model runs in this process (its own threads); batches keep memory flat.
    with StageRun(inputs, jsonl, max_bytes, workers=1) as run:
        for docs in run.batches(list, stage="translating", size=TRANSLATE_BATCH):
            translations = _translated([d.text for d in docs], source, to, translators)
            done += len(docs)
            if jsonl:
                emit_jsonl([{"id": d.id, "translation": t} for d, t in zip(docs, translations)])
            else:
                for d, t in zip(docs, translations):
                    text_block(d.id, t)
                sys.stdout.flush()
    return run.finish(done)


def _translated(texts: list[str], source: str, target: str, translators) -> list[str]:
    """Each text in `target`: from `source`, or with --from auto from its
    detected language (French when too short to tell); one already in
    `target` is copied."""
    if source != "auto":
        return translators.require(source, target).translate(texts)
    from .text.lang import detect_language

    by_source: dict[str, list[int]] = {}
    for i, text in enumerate(texts):
        lang = detect_language(text) or "fr"
        by_source.setdefault(lang if lang in ("fr", "en", "ar") else "fr", []).append(i)
    out = list(texts)
    for lang, where in by_source.items():
        if lang == target:
            continue
        for i, t in zip(where, translators.require(lang, target).translate([texts[i] for i in where])):
            out[i] = t
    return out


EXAMPLES = examples(
    "briefing translate article.txt --to en",
    "cat fr.jsonl | briefing translate --jsonl --to ar --translation-model ./opus-mt-fr-ar",
    "briefing translate ar/ --from ar --to fr --translation-model ar-fr=./opus-mt-ar-fr",
    "briefing translate mixed/ --from auto --to fr --translation-model ./nllb-200-distilled-600M",
)


def register(app: typer.Typer) -> None:
    app.command(epilog=EXAMPLES)(handles_errors(translate))
