"""Inputs in bounded batches through a map stage, results in input order.

The reader yields documents and read errors one at a time; they are cut into
batches (`FIRST_BATCH`, then `BATCH` documents), each batch goes to a worker, and each result
comes back with the read errors met while its batch was read. Nothing holds
more than the batches in flight, so memory does not grow with the input and
the first results come out after the first batch.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass
from typing import Callable, Generic, Iterable, Iterator, TypeVar

from .errors import InputError
from .parallel import Workers
from .records import RawDocument

# Pages cleaned together. Lines repeated across the pages of a batch count as
# boilerplate (a site's menus, footers), which a few dozen pages of one crawl
# show plainly: on the first 1,000 pages of scale/text, batches of 32 and of
# 128 each clean 2 pages differently from one batch of all 1,000, and on
# pages-dev batches of 16 to 300 give the same output. The first batch is
# smaller so that the first results come out at once.
BATCH = 128
FIRST_BATCH = 32

J = TypeVar("J")
R = TypeVar("R")


@dataclass(frozen=True)
class Batch(Generic[R]):
    result: R  # what the stage returned for the batch
    read_failures: list[InputError]  # inputs of the batch that could not be read
    inputs: int  # inputs the batch took from the reader (documents and failures)


def batches(items: Iterable[RawDocument | InputError], size: int | None = None) -> Iterator[tuple[list[RawDocument], list[InputError]]]:
    """(documents, read errors) of each run of `size` documents (default:
    FIRST_BATCH, then BATCH each)."""
    limit = size or FIRST_BATCH
    docs: list[RawDocument] = []
    errors: list[InputError] = []
    for item in items:
        (errors if isinstance(item, InputError) else docs).append(item)
        if len(docs) >= limit:
            yield docs, errors
            docs, errors = [], []
            limit = size or BATCH
    if docs or errors:
        yield docs, errors


def map_batches(
    items: Iterable[RawDocument | InputError],
    workers: Workers,
    task: Callable[[J], R],
    job: Callable[[tuple[RawDocument, ...]], J] = tuple,
    size: int | None = None,
) -> Iterator[Batch[R]]:
    """task(job(batch)) for each batch of `items`, in order, on `workers`."""
    met: deque[tuple[list[InputError], int]] = deque()  # per batch in flight, in order

    def jobs() -> Iterator[J]:
        for docs, errors in batches(items, size):
            met.append((errors, len(docs) + len(errors)))
            yield job(tuple(docs))

    for result in workers.map(task, jobs()):
        errors, count = met.popleft()
        yield Batch(result, errors, count)
