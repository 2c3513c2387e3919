"""Input loading for the CLI: files, folders, stdin, URLs, feeds and WARC files
as one stream of documents, the report of what failed, JSON Lines out.

Only light imports here: `briefing --help` must not load torch or models.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from . import console
from .errors import EXIT_OK, EXIT_PARTIAL, EXIT_USAGE, InputError, UsageError
from .settings import DEFAULT_MAX_BYTES


@dataclass
class InputStream:
    """The inputs of a command, read one at a time: documents and read errors
    in order, how many there are when known, and the errors found listing them."""

    items: Iterator
    total: int | None
    failures: list[InputError]


def source_options(feed: list[str] | None, sitemap: list[str] | None, save_pages: Path | None, connections: int,
                   timeout: float, max_bytes: int, since: str | None = None, until: str | None = None):
    """The options that reach pages over the network, checked."""
    from .ingest.sources import SourceOptions
    from .ingest.urls import is_url

    for name, urls in (("--feed", feed), ("--sitemap", sitemap)):
        for url in urls or []:
            if not is_url(url):
                raise UsageError(f"{name} takes an http(s) URL, not '{url}'")
    if timeout <= 0:
        raise UsageError("--timeout takes a number of seconds above 0")
    if save_pages is not None and save_pages.exists() and not save_pages.is_dir():
        raise UsageError(f"--save-pages takes a folder: {save_pages} is a file")
    return SourceOptions(tuple(feed or ()), tuple(sitemap or ()), since, until, save_pages, connections, timeout, max_bytes)


def open_inputs(inputs: list[str] | None, jsonl: bool, max_bytes: int = DEFAULT_MAX_BYTES, default: str | None = None,
                sources=None) -> InputStream:
    """The inputs of a command: files/folders/'-', URLs, WARC files, feeds and
    sitemaps (`sources`, an ingest.sources.SourceOptions), or JSON Lines on stdin.

    With no INPUT, stdin is read when it is piped; otherwise `default` is
    used, or it is a usage error. Nothing is read until the items are.
    """
    from .ingest.read import iter_documents, iter_jsonl, list_inputs

    stdin = sys.stdin  # None when the process was started with stdin closed
    piped = stdin is not None and not stdin.isatty()
    if not inputs and sources is not None and sources.lists:
        inputs = []
    elif not inputs:
        if default is not None:
            if not Path(default).exists():
                raise UsageError(f"give an INPUT (file, folder or '-'): there is no {default}/ here to read by default")
            inputs = [default]
        elif piped:
            inputs = ["-"]
        else:
            raise UsageError("give an INPUT (file, folder, URL or '-'), a --feed or --sitemap, or pipe text on stdin")
    if "-" in inputs and stdin is None:
        raise UsageError("'-' reads stdin, but stdin is closed")
    if jsonl and inputs == ["-"] and not (sources and sources.lists):
        return InputStream(iter_jsonl(stdin), None, [])
    from .ingest.sources import needs_sources, open_sources

    if needs_sources(inputs, sources):
        from .ingest.sources import SourceOptions

        opened = open_sources(inputs, sources or SourceOptions(max_bytes=max_bytes), stdin.buffer if stdin else None)
        if opened.total == 0:
            require_some([], opened.failures)
        return InputStream(opened.items, opened.total, opened.failures)
    found, failures = list_inputs(inputs)
    if not found:
        require_some([], failures)
    items = iter_documents(found, max_bytes=max_bytes, stdin=stdin.buffer if stdin else None)
    return InputStream(items, len(found), failures)


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
