"""Options shared by the commands and error handling for the CLI (inputs: cli_inputs).

Only light imports here: `briefing --help` must not load torch or models.
"""

from __future__ import annotations

import functools
import re
import sys
from pathlib import Path
from typing import Annotated, Callable, Optional

import typer

from . import console
from .errors import EXIT_OK, EXIT_USAGE, BriefingError, UsageError

def _named_arguments_show_no_type() -> None:
    """An argument with a metavar shows that name in --help, not Python's
    type beside it ("INPUT <list[str]>"): typer has no switch for it."""
    from typer.core import TyperArgument

    shown = TyperArgument.display_type_rich

    def display_type_rich(self, ctx):
        return None if self.metavar else shown(self, ctx)

    TyperArgument.display_type_rich = display_type_rich


_named_arguments_show_no_type()


def at_least(low: int) -> Callable[[int | None], int | None]:
    """A check for a whole-number option, so that --help reads "N" and the
    error names the bound (click's range types print "<int range> x>=5")."""

    def check(value: int | None) -> int | None:
        if value is not None and value < low:
            raise typer.BadParameter(f"{value} is below {low}")
        return value

    return check


Inputs = Annotated[
    Optional[list[str]],
    typer.Argument(
        metavar="INPUT", show_default=False,
        help="Files, folders of .txt/.html files, http(s) URLs, .warc/.warc.gz files, or '-' for stdin (repeatable).",
    ),
]
Feeds = Annotated[
    Optional[list[str]],
    typer.Option("--feed", metavar="URL", show_default=False,
                 help="Fetch the pages an RSS/Atom feed lists (or the feed a page links), newest first (repeatable)."),
]
Sitemaps = Annotated[
    Optional[list[str]],
    typer.Option("--sitemap", metavar="URL", show_default=False, help="Fetch the pages a sitemap lists, newest first (repeatable)."),
]
SavePages = Annotated[
    Optional[Path],
    typer.Option("--save-pages", metavar="DIR", show_default=False,
                 help="Keep every fetched page (URL, fetch time) in a .warc.gz in DIR: give DIR as INPUT to replay offline."),
]
Connections = Annotated[
    int, typer.Option("--connections", metavar="N", help="At most N connections to one web site at a time.", callback=at_least(1))
]
Timeout = Annotated[
    float, typer.Option("--timeout", metavar="SECONDS", help="Give up on a web page silent this long (after 2 retries).")
]
Jsonl = Annotated[
    bool, typer.Option("--jsonl", help='JSON Lines: read {"id", "text"} lines from stdin (or files), write one JSON object a line.')
]
Quiet = Annotated[bool, typer.Option("--quiet", "-q", help="Only errors on stderr.")]
Verbose = Annotated[bool, typer.Option("--verbose", "-v", help="Say what each stage does.")]
Debug = Annotated[bool, typer.Option("--debug", help="Show tracebacks instead of one-line errors.")]
MaxBytes = Annotated[
    int, typer.Option("--max-bytes", metavar="N", help="Skip input files larger than N bytes.", callback=at_least(1))
]
Workers = Annotated[
    Optional[int],
    typer.Option(
        "--workers", metavar="N", callback=at_least(1), show_default=False,
        help="Processes for cleaning and summarising. Default: the machine's cores (1 for small inputs).",
    ),
]
Cluster = Annotated[
    Optional[str],
    typer.Option(
        "--cluster", metavar="URL", envvar="BRIEFING_CLUSTER", show_envvar=False, show_default=False,
        help="Run cleaning, summaries, vectors and briefs on the workers of this Dask scheduler, e.g. tcp://HOST:8786 "
             "(or BRIEFING_CLUSTER; needs pip install 'briefing[cluster]').",
    ),
]
ModelsDir = Annotated[
    Optional[Path],
    typer.Option("--models-dir", metavar="DIR", envvar="BRIEFING_MODELS_DIR", help="Folder of local models.", show_default=False),
]
About = Annotated[
    Optional[str],
    typer.Option(
        "--about", metavar="TEXT", show_default=False,
        help="Only the pages on this subject (by meaning and by words in title and lead), e.g. \"loi Avia\".",
    ),
]
Summariser = Annotated[str, typer.Option("--summariser", metavar="KIND", help="auto, lead, extractive or abstractive (auto: a local abstractive model, else the lead for summarise, extractive for a memo).")]
SummaryModel = Annotated[
    Optional[str], typer.Option("--summary-model", metavar="MODEL", help="A seq2seq summary model: name or path.", show_default=False)
]
Backend = Annotated[str, typer.Option("--backend", metavar="NAME", help="Translation backend: auto, transformers or ctranslate2.")]
Beams = Annotated[
    int, typer.Option("--beams", metavar="N", help="Beam size of seq2seq models; 1 is fastest.", callback=at_least(1))
]


TranslationModels = Annotated[
    Optional[list[str]],
    typer.Option(
        "--translation-model",
        metavar="MODEL",
        help=(
            "A translation model, name or path. A bare one serves every direction (an NLLB or M2M100 model); "
            "SRC-TGT=PATH one direction (e.g. ar-fr=./opus-mt-ar-fr); LANG=PATH French into LANG "
            "(e.g. ar=./opus-mt-fr-ar). Repeatable."
        ),
        show_default=False,
    ),
]
_DIRECTION = re.compile(r"([a-z]{2,3})-([a-z]{2,3})")


def parse_translation_models(values: list[str] | None) -> tuple[str | None, tuple[tuple[str, str], ...]]:
    """Split --translation-model values into one model for every direction and
    models for one direction: "ar-fr=./opus-mt-ar-fr" (key "ar-fr"), or
    "ar=./opus-mt-fr-ar" (key "ar": from French, as before directions)."""
    from .settings import TRANSLATION_LANGUAGES

    general: list[str] = []
    own: dict[str, str] = {}
    for value in values or []:
        key, sep, path = value.partition("=")
        direction = _DIRECTION.fullmatch(key)
        if sep and path and direction and {direction[1], direction[2]} <= set(TRANSLATION_LANGUAGES):
            if direction[1] == direction[2]:
                raise UsageError(f"--translation-model {key}=...: source and target are the same language")
            own["en" if key == "fr-en" else "ar" if key == "fr-ar" else key] = path
        elif sep and path and key in ("en", "ar"):
            own[key] = path
        else:
            general.append(value)
    if len(general) > 1:
        raise UsageError(
            "give one --translation-model for every direction, or SRC-TGT=PATH for each (e.g. ar-fr=... en=...)"
        )
    return (general[0] if general else None), tuple(sorted(own.items()))


def parse_period(since: str | None, until: str | None) -> tuple[str | None, str | None]:
    """--since / --until as ISO dates, checked; a usage error names the bad one."""
    from .select.period import parse_day

    out = []
    for name, value in (("--since", since), ("--until", until)):
        try:
            out.append(parse_day(value) if value else None)
        except ValueError as exc:
            raise UsageError(f"{name}: {exc}") from None
    if out[0] and out[1] and out[0][: len(out[1])] > out[1][: len(out[0])]:
        raise UsageError(f"--since {out[0]} is after --until {out[1]}")
    return out[0], out[1]


def parse_today(today: str | None) -> str | None:
    """The memo's date: --today DATE, else SOURCE_DATE_EPOCH (the reproducible-builds
    convention, seconds since 1970, read as a UTC day), else None for today's date.
    Pinned, the same pages give a byte-identical memo on any day."""
    import datetime as _dt
    import os

    from .select.period import parse_day

    if today is not None:
        try:
            day = parse_day(today)
        except ValueError:
            day = ""
        if len(day) != 10:  # a month or a year is no memo date
            raise UsageError(f"--today: '{today}' is not a day: write it YYYY-MM-DD")
        return day
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not epoch:
        return None
    try:
        return _dt.datetime.fromtimestamp(int(epoch), _dt.timezone.utc).date().isoformat()
    except (ValueError, OverflowError, OSError):
        raise UsageError(f"SOURCE_DATE_EPOCH: '{epoch}' is not a number of seconds since 1970") from None


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
