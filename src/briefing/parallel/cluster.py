"""The per-article stages on an existing Dask cluster (`--cluster URL`).

`ClusterWorkers` is the mapping of pool.py (`start`, `map` in order with a
bounded window, `close`) over a `distributed.Client`: the same plain task
functions of tasks.py go to the cluster's workers instead of local
processes, so the rest of the run does not change. This process still reads
the inputs and stitches grouping's date windows; a worker cleans, summarises,
embeds, groups a window and briefs.

A worker loads its models on its first task and keeps them (tasks.py), runs
offline, and runs one task at a time: the models are not shared between
threads, and their BLAS pools are one thread each (start workers with
`--nthreads 1`, one per core).

Dask rather than Ray: pure Python from PyPI (an optional extra), a
`LocalCluster` of real processes for tests, and plain functions submitted as
they are (README, "Past one machine", gives the measured overhead).
"""

from __future__ import annotations

import socket
import threading
from collections import deque
from typing import Callable, Iterable, Iterator, TypeVar

from ..errors import SetupError

T = TypeVar("T")
R = TypeVar("R")

CONNECT_TIMEOUT = 10.0  # seconds to reach the scheduler, then for it to have a worker
INSTALL = "pip install 'briefing[cluster]'"

_TASK_LOCK = threading.Lock()
_worker_ready = False


def run_task(fn: Callable[[T], R], task: T) -> R:
    """fn(task) in a cluster worker: the worker is set up on its first task
    (one BLAS thread, offline models) and runs its tasks one at a time."""
    global _worker_ready
    with _TASK_LOCK:
        if not _worker_ready:
            from ..models import offline_by_default
            from .tasks import start_worker

            offline_by_default()
            start_worker()
            _worker_ready = True
        return fn(task)


def worker_version() -> str:
    from .. import __version__

    return __version__


def _probe(url: str) -> None:
    """Fail at once, with the reason, when nothing listens at a tcp:// address
    (the client would retry until its timeout and say only that it timed out)."""
    from distributed.comm import parse_address
    from distributed.comm.addressing import parse_host_port
    from distributed.comm.registry import backends

    try:
        scheme, location = parse_address(url)
    except ValueError:
        scheme, location = "", url
    if scheme not in backends:  # checked here: a client made with one never closes cleanly
        raise SetupError(f"--cluster takes a scheduler address such as tcp://HOST:8786, not '{url}'")
    if scheme not in ("tcp", "tls"):
        return  # another transport: the client says whether it connects
    try:
        host, port = parse_host_port(location, 8786)
        socket.create_connection((host, port), timeout=CONNECT_TIMEOUT).close()
    except (OSError, ValueError) as exc:
        raise SetupError(f"cannot reach the Dask scheduler at {url}: {exc}") from exc


def connect(url: str):
    """A client of the scheduler at `url` with at least one worker running
    this version of briefing; a SetupError (one line) otherwise."""
    try:
        from distributed import Client
    except ImportError as exc:
        raise SetupError(f"--cluster needs Dask distributed: {INSTALL}") from exc
    _probe(url)
    try:
        client = Client(url, timeout=CONNECT_TIMEOUT, set_as_default=False)
    except Exception as exc:  # timed out, refused, a TLS or protocol error
        raise SetupError(f"cannot connect to the Dask scheduler at {url}: {str(exc).splitlines()[0]}") from exc
    try:
        client.wait_for_workers(1, timeout=CONNECT_TIMEOUT)
        versions = set(client.run(worker_version).values())
    except Exception as exc:
        client.close()
        if isinstance(exc, TimeoutError):
            raise SetupError(f"the Dask cluster at {url} has no worker: start one with `dask worker {url}`") from exc
        raise SetupError(f"a worker of the Dask cluster at {url} cannot run briefing ({type(exc).__name__}: {exc}): install briefing there") from exc
    here = worker_version()
    if versions != {here}:
        client.close()
        raise SetupError(f"the workers at {url} run briefing {', '.join(sorted(versions))}, this machine {here}: install the same version")
    return client


class ClusterWorkers:
    """Workers(n)'s interface over a Dask cluster; use as a context manager."""

    parallel = True  # the stages always go to the cluster: the user asked for it
    remote = True  # memory of its own: grouping's date windows go there too (pipeline.group)

    def __init__(self, url: str) -> None:
        self.url = url
        self._client = None

    @property
    def n(self) -> int:
        """Task slots on the cluster (threads of every worker)."""
        return max(1, sum(self._connect().nthreads().values()))

    def __enter__(self) -> "ClusterWorkers":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def start(self) -> "ClusterWorkers":
        """Connect now, so that an unreachable cluster stops the run before any work."""
        self._connect()
        return self

    def rest(self) -> None:
        """Nothing: a cluster's workers are its own (Workers.rest frees local ones)."""

    def close(self) -> None:
        if self._client is not None:
            self._client.close()  # its futures go with it: nothing is left running for us
            self._client = None

    def _connect(self):
        if self._client is None:
            self._client = connect(self.url)
        return self._client

    def map(self, fn: Callable[[T], R], tasks: Iterable[T], window: int | None = None) -> Iterator[R]:
        """fn(task) for each task on the cluster, in order, with at most
        `window` in flight (default: two per task slot)."""
        client = self._connect()
        limit = window or 2 * self.n
        pending: deque = deque()
        for task in tasks:
            pending.append(client.submit(run_task, fn, task, pure=False))
            if len(pending) >= limit:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
