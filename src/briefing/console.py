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
def progress_bar() -> Iterator:
    """Yield progress(stage, done, total): on a terminal, one rich bar per
    stage with counts, rate and time left (`total` None: not known yet);
    elsewhere nothing, or a line per stage with --verbose."""
    if VERBOSITY.quiet or not sys.stderr.isatty():
        yield _stage_lines()
        return
    import time

    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    bar = Progress(
        TextColumn("[bold]{task.description:<20}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[rate]:>8}"),
        TimeElapsedColumn(),
        TextColumn("{task.fields[left]}"),
        console=stderr_console(),
        transient=True,
    )
    tasks: dict[str, tuple[int, float]] = {}  # stage -> (task id, start time)

    def report(stage: str, done: int, total: int | None) -> None:
        # The bar (and its refresh thread) starts on the first report, so
        # that worker processes started before it can be forked.
        if not tasks:
            bar.start()
        new = stage not in tasks
        if new:
            for task in bar.tasks:  # the stage before is over
                if not task.finished:
                    end = task.completed if task.total is None else task.total
                    bar.update(task.id, total=end, completed=end, left="")
            tasks[stage] = (bar.add_task(stage, total=total, rate="", left=""), time.monotonic())
        task_id, start = tasks[stage]
        # The mean rate of the stage so far: batches arrive in bursts, so
        # the rate between two updates says little.
        spent = time.monotonic() - start
        rate = done / spent if done > 1 and spent > 0 else 0.0
        left = f"· {_clock((total - done) / rate)} left" if rate and total and done < total else ""
        bar.update(task_id, completed=done, total=total, rate=f"{rate:.1f}/s" if rate else "", left=left)
        if new:
            bar.refresh()  # show a new stage at once, not at the next tick

    try:
        yield report
    finally:
        if tasks:
            bar.stop()


def _clock(seconds: float) -> str:
    minutes, secs = divmod(int(seconds + 0.5), 60)
    return f"{minutes // 60}:{minutes % 60:02d}:{secs:02d}"


def _stage_lines():
    """progress() for a non-terminal: with --verbose, a line when a stage starts and ends."""
    started: set[str] = set()

    def report(stage: str, done: int, total: int | None) -> None:
        if stage not in started:
            started.add(stage)
            info(f"{stage} ...")
        elif total is not None and done >= total:
            info(f"{stage}: {done} done")

    return report


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
