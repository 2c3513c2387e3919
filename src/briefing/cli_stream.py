"""A stage command's inputs as a stream: batches, workers, progress, failures.

`StageRun` reads the inputs one at a time, hands them to a stage in bounded
batches (in worker processes when the input is big enough to gain from
them), reports progress on a terminal and gathers the failures, so that
each stage command only says what to do with a batch's results.
"""

from __future__ import annotations

import itertools
from contextlib import ExitStack
from typing import Callable, Iterable, Iterator, TypeVar

from . import console
from .cli_inputs import open_inputs, report_failures, require_some
from .errors import InputError
from .parallel import open_workers
from .parallel.pool import SERIAL_ITEMS
from .stream import map_batches

J = TypeVar("J")
R = TypeVar("R")


def known_size(items: Iterator, total: int | None, probe: int = SERIAL_ITEMS + 1) -> tuple[Iterator, int | None]:
    """`items` and their number: `total`, or, for a stream of unknown length
    (stdin), the length when it ends within `probe` items (no more than the
    first batch is read ahead, so the first results are not delayed)."""
    if total is not None:
        return items, total
    head = list(itertools.islice(items, probe))
    if len(head) < probe:
        return iter(head), len(head)
    return itertools.chain(head, items), None


class StageRun:
    """Use as `with StageRun(...) as run:`; then `run.batches(task)`."""

    def __init__(self, inputs, jsonl: bool, max_bytes: int, workers: int | None, sources=None,
                 cluster: str | None = None) -> None:
        stream = open_inputs(inputs, jsonl, max_bytes, sources=sources)
        self.items, self.total = stream.items, stream.total
        if workers is None and not cluster:  # how many to start depends on the size
            self.items, self.total = known_size(self.items, self.total)
        self.workers = open_workers(workers, self.total, cluster)
        self.unread: list[InputError] = list(stream.failures)
        self.failed: list[InputError] = []
        self.inputs = 0  # taken from the reader
        self.documents = 0  # of which could be read
        self._stack = ExitStack()

    def __enter__(self) -> "StageRun":
        self._stack.enter_context(self.workers).start()  # before the progress bar's thread
        self.progress = self._stack.enter_context(console.progress_bar())
        return self

    def __exit__(self, *exc) -> None:
        self._stack.close()

    def batches(self, task: Callable[[J], R], job: Callable[[tuple], J] = tuple, stage: str = "cleaning",
                size: int | None = None) -> Iterator[R]:
        """task(job(batch)) for each batch of the inputs, in order."""
        options = {} if size is None else {"size": size}
        self.progress(stage, 0, self.total)
        for batch in map_batches(self.items, self.workers, task, job, **options):
            self.unread += batch.read_failures
            self.inputs += batch.inputs
            self.documents += batch.inputs - len(batch.read_failures)
            yield batch.result
            self.progress(stage, self.inputs, self.total)

    def fail(self, failures: Iterable[InputError]) -> None:
        self.failed.extend(failures)

    def finish(self, done: int) -> int:
        """Name each failure on stderr; the exit code (2 when no input could be read)."""
        failures = self.unread + self.failed
        if self.documents == 0:
            require_some([], failures)
        return report_failures(failures, done)
