"""The store served by a forked child process, for a run of a day's pages.

A day's run of 90 pages works in one process on one core; importing
SQLAlchemy (0.2-0.3 s), opening the database and reading the stored pages of
the last days cost that process a tenth of its time again, the other core
idle. A child forked as the run starts (before any worker or thread) does them
there while the run cleans and groups its pages: it imports SQLAlchemy,
opens the store, and answers the run's calls (known, recent, save) over a
pipe; `recent` can be asked early and its answer read when linking needs it.

The child only forks what the run has loaded by then (no re-import, unlike a
spawned process) and writes nothing but through Store.save, one transaction:
a run killed at any point leaves the store as Store leaves it (interrupted
while waiting on the child, the run ends it, its transaction uncommitted; a
run killed outright takes the child with it, by the kernel on Linux, else the
child sees its pipe close and ends). Errors come back as the StoreError a Store
raises, one line. A store that cannot be opened is said at the first call
(after cleaning) instead of before it: a day's cleaning takes a second.
"""

from __future__ import annotations

import multiprocessing
import re
from typing import Any

from .desk import Store, StoreError, store_url

_PASSWORD = re.compile(r"(://[^:@/]*):[^@/]*@")


def fork_available() -> bool:
    return "fork" in multiprocessing.get_all_start_methods()


class ForkedStore:
    """Store's run methods (known, recent, save), served by a forked child."""

    def __init__(self, target: str):
        store_url(target)  # a bad scheme or a missing folder: said now, in the run's process
        self.shown = _PASSWORD.sub(r"\1:***@", target)
        context = multiprocessing.get_context("fork")
        self._pipe, child = context.Pipe()
        self._child = context.Process(target=_serve, args=(target, child), daemon=True, name="briefing-store")
        self._child.start()
        child.close()
        self._opened = False
        self._early: tuple[str, tuple] | None = None  # a call asked ahead, its answer not read yet

    def _ready(self) -> None:
        if not self._opened:
            self.shown = self._answer()
            self._opened = True

    def _answer(self) -> Any:
        try:
            status, value = self._pipe.recv()
        except EOFError:
            raise StoreError(f"store {self.shown}: its process ended unexpectedly") from None
        except BaseException:  # the run interrupted while the child works: a transaction in flight never commits
            self._child.terminate()
            raise
        if status == "error":
            raise value
        return value

    def _call(self, name: str, *args) -> Any:
        self._ready()
        if self._early is not None:  # read the answer asked ahead first: answers come in order
            early, self._early = self._early, None
            value = self._answer()
            if early == (name, args):
                return value
        self._pipe.send((name, args))
        return self._answer()

    def ask_recent(self, since: str) -> None:
        """Ask for recent(since) now; recent(since) reads the answer when it is needed."""
        self._ready()
        if self._early is None:
            self._pipe.send(("recent", (since,)))
            self._early = ("recent", (since,))

    def known(self, pages):
        return self._call("known", pages)

    def recent(self, since: str):
        return self._call("recent", since)

    def save(self, *args):
        return self._call("save", *args)

    def close(self) -> None:
        try:
            if self._early is not None:  # an answer asked ahead and never read (the run stopped before
                self._early = None  # linking): read it, else the child waits to send it
                self._answer()
            self._pipe.send(("close", ()))
        except (BrokenPipeError, EOFError, OSError, StoreError):
            pass
        self._pipe.close()
        self._child.join(timeout=30)

    def __enter__(self) -> "ForkedStore":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _die_with_parent() -> None:
    """Linux: the kernel kills this child when the run's process dies, even by SIGKILL, so that
    a transaction in flight never commits for a run that is gone (as in the run's own process)."""
    try:
        import ctypes
        import signal

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass  # elsewhere: the child sees its pipe close when the run is gone


def _serve(target: str, pipe) -> None:
    """The child: open the store, then answer each (method, args) until 'close' or the pipe's end."""
    _die_with_parent()
    store = None
    try:
        store = Store(target)
        pipe.send(("ok", store.shown))
        while True:
            try:
                name, args = pipe.recv()
            except EOFError:
                break
            if name == "close":
                break
            try:
                pipe.send(("ok", getattr(store, name)(*args)))
            except StoreError as exc:
                pipe.send(("error", exc))
            except Exception as exc:  # a bug: its one line, as the run would say it
                pipe.send(("error", StoreError(f"store {store.shown}: {name} failed ({type(exc).__name__}: {exc})")))
    except StoreError as exc:
        pipe.send(("error", exc))
    except KeyboardInterrupt:  # Ctrl-C reaches the whole process group: the run says it, not this child
        pass
    finally:
        if store is not None:
            store.close()
        pipe.close()
