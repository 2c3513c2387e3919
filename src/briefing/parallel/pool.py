"""Worker processes for the per-article stages: an ordered, bounded map.

`Workers(n)` maps a top-level function over an iterable of tasks and yields
the results in input order. With n == 1 it runs in this process (no start-up
cost, and exactly the code a single process always ran); otherwise in n
spawned processes, each loading its own models once (see tasks.py). At most
`window` tasks are in flight, so a long input never sits in memory whole:
the next task is read from the iterable only when one comes back.

Workers are forked when this process runs no other thread: they start at
once with every module already imported (spawning re-imports numpy,
scipy and the rest in each, a second or more of CPU per worker that a
run of a few hundred pages feels). With another thread alive (forking a
threaded process can deadlock) they are spawned. `start()` them before any
thread starts (the progress bar starts on its first report).

`rest()` ends the processes between two stages that use them, so that they
do not hold their models (the encoder, ~110 MB each) while this process
works alone (grouping); the next `map` starts fresh ones, spawned: a worker
forked from this process once it holds a crawl's metadata would count that
memory again in its own RSS.
"""

from __future__ import annotations

import os
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Callable, Iterable, Iterator, TypeVar

T = TypeVar("T")
R = TypeVar("R")

# Inputs up to this many are cleaned and summarised in this process: a worker
# takes a whole batch of pages (stream.BATCH), so one batch keeps one busy, and
# starting workers (a Python, numpy and the encoder each, about a second)
# costs more than it saves on a few pages.
SERIAL_ITEMS = 128


def machine_cores() -> int:
    """The cores this process may run on (a container's share, not the host's)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def choose_workers(requested: int | None, items: int | None) -> int:
    """`requested`, or: the machine's cores, 1 for tiny inputs (`items` known and small)."""
    if requested is not None:
        return max(1, requested)
    if items is not None and items <= SERIAL_ITEMS:
        return 1
    return machine_cores()


def open_workers(requested: int | None, items: int | None, cluster: str | None = None):
    """The workers a run maps its per-article stages over: the Dask cluster at
    `cluster` (cluster.py), or local processes (see choose_workers)."""
    if cluster:
        if requested is not None:
            from ..errors import UsageError

            raise UsageError("--workers sets local processes and --cluster uses a cluster's workers: give one of them")
        from .cluster import ClusterWorkers

        return ClusterWorkers(cluster)
    return Workers(choose_workers(requested, items))


class Workers:
    """A pool of `n` processes (or this one, for n == 1); use as a context manager."""

    remote = False  # local processes share this machine's memory: grouping's windows stay here (pipeline.group)

    def __init__(self, n: int = 1) -> None:
        self.n = max(1, n)
        self._pool: ProcessPoolExecutor | None = None
        self._rested = False

    @property
    def parallel(self) -> bool:
        return self.n > 1

    def __enter__(self) -> "Workers":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        if self._pool is not None:
            # Leave no worker behind, even on Ctrl-C: pending tasks are dropped.
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def rest(self) -> None:
        """End the processes until the next `map` (see the module docstring)."""
        if self._pool is not None:
            self.close()
            self._rested = True

    def start(self) -> "Workers":
        """Start the processes now (see the module docstring); nothing for one worker."""
        if self.parallel:
            self._executor().submit(os.getpid).result()  # forked workers all start on the first task
        return self

    def _executor(self) -> ProcessPoolExecutor:
        if self._pool is None:
            import multiprocessing
            import threading

            from .tasks import start_worker

            fork = ("fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1
                    and not self._rested)
            if fork:
                from .tasks import preload

                preload()
            context = multiprocessing.get_context("fork" if fork else "spawn")
            self._pool = ProcessPoolExecutor(max_workers=self.n, mp_context=context, initializer=start_worker)
        return self._pool

    def map(self, fn: Callable[[T], R], tasks: Iterable[T], window: int | None = None) -> Iterator[R]:
        """fn(task) for each task, in order, with at most `window` in flight
        (default: two per worker, so that none waits while results are written)."""
        if not self.parallel:
            yield from map(fn, tasks)
            return
        pool = self._executor()
        limit = window or 2 * self.n
        pending: deque[Future] = deque()
        for task in tasks:
            pending.append(pool.submit(fn, task))
            if len(pending) >= limit:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
