"""Every INPUT a user can give, as one stream of pages: files, folders and
stdin (read.py, unchanged), http(s) addresses, the items of feeds and
sitemaps, and WARC files, in the order given, each page once with a unique id.

Listing (what to read, the feeds and sitemaps fetched) happens when the
sources are opened; the pages themselves are read or fetched as the stream
is consumed, a bounded number ahead, so a crawl of any size streams.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import BinaryIO, Iterator, Sequence

from ..errors import InputError
from ..records import RawDocument
from ..settings import DEFAULT_MAX_BYTES
from .read import Found, _checked, _ids, decode_bytes, iter_documents, list_input, looks_like_html
from .urls import StreamIds, is_url, is_warc, url_stem

_CHARSET = re.compile(r"charset=[\"']?([\w.:-]+)", re.I)


@dataclass(frozen=True)
class SourceOptions:
    """How to reach the pages that are not files: lists to read, and the client's manners."""

    feeds: tuple[str, ...] = ()
    sitemaps: tuple[str, ...] = ()
    since: str | None = None  # feed and sitemap items dated before are not fetched
    until: str | None = None
    save_pages: Path | None = None  # keep every fetched page in a WARC there
    connections: int = 4  # per host
    timeout: float = 20.0  # seconds
    max_bytes: int = DEFAULT_MAX_BYTES

    @property
    def lists(self) -> bool:
        return bool(self.feeds or self.sitemaps)


def needs_sources(inputs: Sequence[str], options: SourceOptions | None) -> bool:
    """Whether anything here is more than files, folders and stdin (else read.py alone reads them)."""
    return bool(options and (options.lists or options.save_pages)) or any(
        is_url(i) or is_warc(i) or (Path(i).is_dir() and _warcs_in(Path(i))) for i in inputs
    )


@dataclass
class Sources:
    items: Iterator[RawDocument | InputError]
    total: int | None  # pages to read, when known before reading (not with a WARC)
    failures: list[InputError] = field(default_factory=list)  # found while listing


@dataclass(frozen=True)
class _Entry:
    kind: str  # "file" | "url" | "warc"
    name: str
    path: Path | None = None


def open_sources(inputs: Sequence[str], options: SourceOptions, stdin: BinaryIO | None = None) -> Sources:
    """List what `inputs` and the options' feeds and sitemaps name (fetching the
    lists now); the pages are read as `items` is consumed."""
    from .fetch import Fetcher

    fetcher = Fetcher(options.connections, options.timeout, options.max_bytes)
    entries, failures = _list(inputs, options, fetcher)
    stems = [url_stem(e.name) if e.kind == "url" else (e.path.stem if e.path else "stdin")
             for e in entries if e.kind != "warc"]
    ids = iter(_ids(stems))
    found = [(e, next(ids) if e.kind != "warc" else "") for e in entries]
    taken = StreamIds({doc_id for _, doc_id in found if doc_id})
    total = None if any(e.kind == "warc" for e in entries) else len(entries)
    items = _read(found, taken, options, fetcher, stdin)
    return Sources(items, total, failures)


def _list(inputs: Sequence[str], options: SourceOptions, fetcher) -> tuple[list[_Entry], list[InputError]]:
    from .feeds import feed_items, newest_first, sitemap_items

    entries: list[_Entry] = []
    failures: list[InputError] = []
    for item in inputs:
        if is_url(item):
            entries.append(_Entry("url", item))
            continue
        path = Path(item)
        if is_warc(item) and path.is_file():
            entries.append(_Entry("warc", item, path))
            continue
        warcs = _warcs_in(path) if path.is_dir() else []
        listed, error = list_input(item, quiet_empty=bool(warcs))
        entries += [_Entry("file", name, file) for name, file in listed]
        entries += [_Entry("warc", str(w), w) for w in warcs]
        failures += [error] if error else []
    for urls, read in ((options.feeds, feed_items), (options.sitemaps, sitemap_items)):
        for url in urls:
            try:
                listed_items = newest_first(read(fetcher, url), options.since, options.until)
            except InputError as error:
                failures.append(error)
                continue
            if not listed_items:
                failures.append(InputError(url, "lists no pages" + (" in the period asked" if options.since or options.until else "")))
            entries += [_Entry("url", i.url) for i in listed_items]
    return entries, failures


def _warcs_in(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.is_file() and is_warc(p.name))


def _read(found: list[tuple[_Entry, str]], ids: StreamIds, options: SourceOptions, fetcher,
          stdin: BinaryIO | None) -> Iterator[RawDocument | InputError]:
    """Each entry's pages in order: consecutive addresses are fetched together."""
    from .warc import PageSaver, iter_warc

    saver = PageSaver(options.save_pages, _now()) if options.save_pages else None
    try:
        run: list[tuple[str, str]] = []  # (url, id) waiting to be fetched together
        for entry, doc_id in [*found, (None, "")]:
            if run and (entry is None or entry.kind != "url"):
                yield from _fetched(run, fetcher, saver)
                run = []
            if entry is None:
                break
            if entry.kind == "url":
                run.append((entry.name, doc_id))
            elif entry.kind == "warc":
                yield from iter_warc(entry.path, ids, options.max_bytes)
            else:
                yield from iter_documents([Found(entry.name, entry.path, doc_id)], options.max_bytes, stdin)
    finally:
        fetcher.close()
        if saver:
            saver.close()


def _fetched(run: list[tuple[str, str]], fetcher, saver) -> Iterator[RawDocument | InputError]:
    for (_, doc_id), response in zip(run, fetcher.pages(url for url, _ in run)):
        if isinstance(response, InputError):
            yield response
            continue
        if saver:
            saver.save(response)
        try:
            text = _decoded(response.body, response.header("Content-Type"), response.url)
        except InputError as error:
            yield error
            continue
        kind = response.header("Content-Type").split(";")[0].strip().lower()
        yield RawDocument(id=doc_id, text=text, path=None, url=response.url, fetched=response.fetched,
                          is_html=kind != "text/plain" and (kind != "" or looks_like_html(text)))


def _decoded(body: bytes, content_type: str, name: str) -> str:
    """The page's text: in the charset its headers declare, else as a file's bytes are read."""
    match = _CHARSET.search(content_type)
    if match and not body.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        try:
            return _checked(body.decode(match.group(1)), name)
        except (LookupError, UnicodeDecodeError):
            pass
    return decode_bytes(body, name)


def _now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
