"""Options shared by the commands, error handling and input loading for the CLI.

Only light imports here: `briefing --help` must not load torch or models.
"""

from __future__ import annotations

import functools
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Callable, Iterator, Optional

import typer

from . import console
from .errors import EXIT_OK, EXIT_PARTIAL, EXIT_USAGE, BriefingError, InputError, UsageError
from .settings import DEFAULT_MAX_BYTES

Inputs = Annotated[
    Optional[list[str]],
    typer.Argument(help="Files, folders of .txt/.html files, or '-' for stdin.", show_default=False),
]
Jsonl = Annotated[
    bool, typer.Option("--jsonl", help='JSON Lines: read {"id", "text"} lines from stdin (or files), write one JSON object a line.')
]
Quiet = Annotated[bool, typer.Option("--quiet", "-q", help="Only errors on stderr.")]
Verbose = Annotated[bool, typer.Option("--verbose", "-v", help="Say what each stage does.")]
Debug = Annotated[bool, typer.Option("--debug", help="Show tracebacks instead of one-line errors.")]
MaxBytes = Annotated[
    int, typer.Option("--max-bytes", help="Skip input files larger than this many bytes.", min=1)
]
Workers = Annotated[
    Optional[int],
    typer.Option("--workers", min=1, help="Processes for cleaning and summarising. Default: the machine's cores (1 for small inputs).", show_default=False),
]
ModelsDir = Annotated[
    Optional[Path],
    typer.Option("--models-dir", envvar="BRIEFING_MODELS_DIR", help="Folder of local models.", show_default=False),
]


TranslationModels = Annotated[
    Optional[list[str]],
    typer.Option(
        "--translation-model",
        metavar="MODEL",
        help="A translation model, name or path; LANG=PATH (e.g. ar=./opus-mt-fr-ar) for one language only. Repeatable.",
        show_default=False,
    ),
]


def parse_translation_models(values: list[str] | None) -> tuple[str | None, tuple[tuple[str, str], ...]]:
    """Split --translation-model values into one model for every language and
    per-language models ("ar=./opus-mt-fr-ar")."""
    general: list[str] = []
    per_language: dict[str, str] = {}
    for value in values or []:
        lang, sep, path = value.partition("=")
        if sep and lang in ("en", "ar") and path:
            per_language[lang] = path
        else:
            general.append(value)
    if len(general) > 1:
        raise UsageError("give one --translation-model for every language, or LANG=PATH for each (e.g. en=... ar=...)")
    return (general[0] if general else None), tuple(sorted(per_language.items()))


def examples(*lines: str) -> str:
    """An --help epilog: one example a line, kept as written (click's \\b
    marker stops it from rewrapping the block)."""
    return "Examples:\n\n\b\n" + "\n".join(f"  {line}" for line in lines)


def terminate_as_interrupt() -> None:
    """Make SIGTERM unwind like Ctrl-C, so that `finally` blocks and the
    temporary-file clean-up of atomic writes run when a run is killed."""
    import signal

    def _raise(signum, frame):
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, _raise)


def handles_errors(command: Callable[..., int | None]) -> Callable[..., None]:
    """Turn BriefingError into one line on stderr and its exit code.

    Reads the command's own --quiet/--verbose/--debug keywords first.
    """

    @functools.wraps(command)
    def wrapper(*args, **kwargs):
        console.VERBOSITY.quiet = bool(kwargs.get("quiet"))
        console.VERBOSITY.verbose = bool(kwargs.get("verbose"))
        console.VERBOSITY.debug = bool(kwargs.get("debug"))
        from .models import offline_by_default

        offline_by_default()
        try:
            code = command(*args, **kwargs)
        except BriefingError as exc:
            if console.VERBOSITY.debug:
                raise
            console.error(str(exc))
            raise typer.Exit(exc.exit_code) from None
        except KeyboardInterrupt:
            console.error("interrupted")
            raise typer.Exit(130) from None
        except BrokenPipeError:  # `briefing ... | head`: the reader left, that is fine
            sys.stderr.close()
            raise typer.Exit(EXIT_OK) from None
        except (typer.Exit, typer.Abort):
            raise
        except Exception as exc:  # a bug: one line, the traceback with --debug
            if console.VERBOSITY.debug:
                raise
            console.error(f"unexpected {type(exc).__name__}: {exc} (run again with --debug for details)")
            raise typer.Exit(EXIT_USAGE) from None
        raise typer.Exit(code or EXIT_OK)

    return wrapper


@dataclass
class InputStream:
    """The inputs of a command, read one at a time: documents and read errors
    in order, how many there are when known, and the errors found listing them."""

    items: Iterator
    total: int | None
    failures: list[InputError]


def open_inputs(inputs: list[str] | None, jsonl: bool, max_bytes: int = DEFAULT_MAX_BYTES, default: str | None = None) -> InputStream:
    """The inputs of a command: files/folders/'-', or JSON Lines on stdin.

    With no INPUT, stdin is read when it is piped; otherwise `default` is
    used, or it is a usage error. Nothing is read until the items are.
    """
    from .ingest.read import iter_documents, iter_jsonl, list_inputs

    stdin = sys.stdin  # None when the process was started with stdin closed
    piped = stdin is not None and not stdin.isatty()
    if not inputs:
        if default is not None:
            if not Path(default).exists():
                raise UsageError(f"give an INPUT (file, folder or '-'): there is no {default}/ here to read by default")
            inputs = [default]
        elif piped:
            inputs = ["-"]
        else:
            raise UsageError("give an INPUT (file, folder or '-') or pipe text on stdin")
    if "-" in inputs and stdin is None:
        raise UsageError("'-' reads stdin, but stdin is closed")
    if jsonl and inputs == ["-"]:
        return InputStream(iter_jsonl(stdin), None, [])
    found, failures = list_inputs(inputs)
    if not found:
        require_some([], failures)
    items = iter_documents(found, max_bytes=max_bytes, stdin=stdin.buffer if stdin else None)
    return InputStream(items, len(found), failures)


def load_inputs(inputs: list[str] | None, jsonl: bool, max_bytes: int = DEFAULT_MAX_BYTES, default: str | None = None):
    """Every input read at once: (documents, failures)."""
    stream = open_inputs(inputs, jsonl, max_bytes, default)
    docs, failures = [], list(stream.failures)
    for item in stream.items:
        (failures if isinstance(item, InputError) else docs).append(item)
    return docs, failures


def report_failures(failures, done: int) -> int:
    """Name each failed input on stderr; the exit code for the batch."""
    for failure in failures:
        console.error(str(failure))
    if not failures:
        return EXIT_OK
    if done == 0:
        return EXIT_USAGE
    return EXIT_PARTIAL


def require_some(docs, failures) -> None:
    if not docs:
        for failure in failures[:-1]:
            console.error(str(failure))
        last = failures[-1] if failures else InputError("input", "nothing to read")
        raise UsageError(f"no usable input ({last})")


def emit_jsonl(records: list[dict]) -> None:
    for record in records:
        sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
    sys.stdout.flush()
