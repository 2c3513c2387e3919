"""Talking to the person at the terminal: messages, progress, the run table.

Everything here writes to stderr; stdout carries only results. Colour and
progress appear only when stderr is a terminal.
"""

from __future__ import annotations

import sys
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterator

if TYPE_CHECKING:
    from rich.console import Console


@dataclass
class Verbosity:
    quiet: bool = False
    verbose: bool = False
    debug: bool = False


VERBOSITY = Verbosity()


def stderr_console() -> "Console":
    # Built on demand so that tests capturing stderr see what is written;
    # rich is imported here, not at start-up.
    from rich.console import Console

    return Console(file=sys.stderr, highlight=False, soft_wrap=True)


def error(message: str) -> None:
    """One line, always shown, even with --quiet."""
    print(f"briefing: error: {message}", file=sys.stderr)


def warn(message: str) -> None:
    if not VERBOSITY.quiet:
        print(f"briefing: {message}", file=sys.stderr)


def info(message: str) -> None:
    if VERBOSITY.verbose and not VERBOSITY.quiet:
        print(f"briefing: {message}", file=sys.stderr)


@contextmanager
def progress_bar(description: str) -> Iterator:
    """Yield progress(stage, done, total); a rich bar on a terminal, else silent."""
    if VERBOSITY.quiet or not sys.stderr.isatty():
        def report(stage: str, done: int, total: int) -> None:
            info(f"{stage} ({done}/{total})")

        yield report
        return
    from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

    with Progress(
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        TextColumn("{task.completed}/{task.total}"),
        TimeElapsedColumn(),
        console=stderr_console(),
        transient=True,
    ) as bar:
        task = bar.add_task(description, total=1)

        def report(stage: str, done: int, total: int) -> None:
            bar.update(task, description=stage, completed=done, total=total)

        yield report


def run_table(rows: list[tuple[str, str]]) -> None:
    """The closing summary of `briefing run`, on stderr."""
    if VERBOSITY.quiet:
        return
    console = stderr_console()
    if not console.is_terminal:
        for key, value in rows:
            print(f"{key}: {value}", file=sys.stderr)
        return
    from rich.table import Table

    table = Table(show_header=False, box=None, padding=(0, 1))
    for key, value in rows:
        table.add_row(f"[bold]{key}[/]", value)
    console.print(table)
