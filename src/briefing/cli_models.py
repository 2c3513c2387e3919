"""`briefing models`: list, pull and verify the models a run can use."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from .cli_common import Debug, ModelsDir, Quiet, Verbose, examples, handles_errors

models_app = typer.Typer(
    help="List, pull, verify and convert models.\n\npull is the only command that uses the network.",
    no_args_is_help=True,
    rich_markup_mode="markdown",
)

Name = Annotated[str, typer.Argument(metavar="NAME", help="A model name (e.g. Helsinki-NLP/opus-mt-fr-en) or a local path.")]


@models_app.command("list", epilog=examples("briefing models list --models-dir ~/models"))
@handles_errors
def list_(models_dir: ModelsDir = None, quiet: Quiet = False, verbose: Verbose = False, debug: Debug = False) -> int:
    """The default models and whether each is present locally."""
    from .models import list_models

    for status in list_models(models_dir):
        where = str(status.path) if status.present else "not present"
        sys.stdout.write(f"{status.name}\t{status.role}\t{where}\n")
    return 0


@models_app.command(epilog=examples("briefing models pull Helsinki-NLP/opus-mt-fr-en --models-dir ~/models"))
@handles_errors
def pull(name: Name, models_dir: ModelsDir = None, quiet: Quiet = False, verbose: Verbose = False, debug: Debug = False) -> int:
    """Download a model from the Hugging Face hub (safetensors preferred)."""
    from .models import pull_model

    path = pull_model(name, models_dir)
    sys.stdout.write(f"{path}\n")
    return 0


@models_app.command(epilog=examples("briefing models verify ./opus-mt-fr-ar --to ar"))
@handles_errors
def verify(
    name: Name,
    to: Annotated[str, typer.Option("--to", metavar="LANG", help="Target language of the test sentence: en or ar.")] = "en",
    models_dir: ModelsDir = None, quiet: Quiet = False, verbose: Verbose = False, debug: Debug = False,
) -> int:
    """Load a translation model and translate one sentence with it."""
    from .translate.check import verify_model

    sys.stdout.write(verify_model(name, models_dir, to) + "\n")
    return 0


@models_app.command(epilog=examples("briefing models convert ./opus-mt-fr-en --models-dir ~/models  # then --backend auto uses the fast copy"))
@handles_errors
def convert(
    name: Name,
    quantization: Annotated[str, typer.Option("--quantization", metavar="TYPE", help="int8 (fastest on CPU) or float32.")] = "int8",
    models_dir: ModelsDir = None, quiet: Quiet = False, verbose: Verbose = False, debug: Debug = False,
) -> int:
    """Convert a local translation model to CTranslate2, the fast path (no download)."""
    from .errors import UsageError
    from .translate.check import convert_model

    if quantization not in ("int8", "float32", "int8_float32", "float16"):
        raise UsageError("--quantization takes int8, float32, int8_float32 or float16")
    sys.stdout.write(f"{convert_model(name, models_dir, quantization)}\n")
    return 0
