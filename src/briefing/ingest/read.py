"""Bytes to text: files, folders, stdin and JSON Lines, with one clear error per bad input.

Addresses, feeds and WARC files are sources.py's.

A bad input (missing, empty, binary, too large, undecodable) becomes an
`InputError` naming it; the rest of the batch goes on.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Iterable, Iterator, Sequence, TextIO

from ..errors import InputError
from ..records import RawDocument
from ..settings import DEFAULT_MAX_BYTES

TEXT_SUFFIXES = (".txt", ".html", ".htm")
HTML_SUFFIXES = (".html", ".htm")
STDIN_NAME = "<stdin>"

_HTML_START = re.compile(r"^\s*(<!doctype html|<html\b|<head\b|<body\b|<meta\b|<article\b|<div\b)", re.I)
_HTML_TAGS = re.compile(r"</?(p|div|span|a|br|h[1-6]|article|body|html|li|ul|script|meta)\b[^>]*>", re.I)
# Control characters that never occur in text (tab, newlines, form feed excepted).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def decode_bytes(data: bytes, name: str) -> str:
    """Decode `data` (UTF-8 with/without BOM, UTF-16 with BOM, cp1252/latin-1...).

    Raises InputError for empty, binary (NUL bytes, control characters) or
    undecodable input.
    """
    if not data.strip():
        raise InputError(name, "empty file")
    if data.startswith(b"\xef\xbb\xbf"):
        return _checked(data[3:].decode("utf-8", errors="replace"), name)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _checked(data.decode("utf-16"), name)
    utf16 = _bomless_utf16(data)
    if utf16 is not None:
        return _checked(utf16, name)
    if b"\x00" in data:
        raise InputError(name, "binary file (NUL bytes), not text")
    try:
        return _checked(data.decode("utf-8"), name)
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes  # lazy: only for non-UTF-8 input

    best = from_bytes(data).best()
    if best is None:
        raise InputError(name, "binary or undecodable file, not text")
    return _checked(str(best), name)


def _bomless_utf16(data: bytes) -> str | None:
    """UTF-16 without BOM: text whose every other byte is NUL."""
    sample = data[:4000]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    for zeros, codec in ((odd, "utf-16-le"), (even, "utf-16-be")):
        if zeros.count(0) > 0.9 * len(zeros):
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                return None
    return None


def _checked(text: str, name: str) -> str:
    text = text.lstrip("\ufeff")
    if not text.strip():
        raise InputError(name, "empty file")
    if len(_CONTROL.findall(text[:20000])) > 0.01 * min(len(text), 20000) + 2:
        raise InputError(name, "binary file (control bytes), not text")
    return text


def looks_like_html(text: str) -> bool:
    head = text[:5000]
    return bool(_HTML_START.match(head)) or len(_HTML_TAGS.findall(head)) >= 5


def read_inputs(
    inputs: Sequence[str],
    max_bytes: int = DEFAULT_MAX_BYTES,
    stdin: BinaryIO | None = None,
) -> tuple[list[RawDocument], list[InputError]]:
    """Read files, folders (their .txt/.html/.htm files, sorted) and "-" (stdin)."""
    found, errors = list_inputs(inputs)
    docs = _split(iter_documents(found, max_bytes, stdin), errors)
    return docs, errors


@dataclass(frozen=True)
class Found:
    """An input to read: its display name, its path (None for stdin) and its id."""

    name: str
    path: Path | None
    id: str


def list_inputs(inputs: Sequence[str]) -> tuple[list[Found], list[InputError]]:
    """What `inputs` name, in order, without reading any file: folders are
    listed (their .txt/.html/.htm files, sorted) and ids given."""
    found: list[tuple[str, Path | None]] = []  # (display name, path or None for stdin)
    errors: list[InputError] = []
    for item in inputs:
        listed, error = list_input(item)
        found += listed
        errors += [error] if error else []
    ids = _ids([path.stem if path else "stdin" for _, path in found])
    return [Found(name, path, doc_id) for (name, path), doc_id in zip(found, ids)], errors


def list_input(item: str, quiet_empty: bool = False) -> tuple[list[tuple[str, Path | None]], InputError | None]:
    """(display name, path) of the files one INPUT names ('-': stdin, path None),
    or the error saying why none (an empty folder unless `quiet_empty`)."""
    if item == "-":
        return [(STDIN_NAME, None)], None
    path = Path(item)
    if path.is_dir():
        files = sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES)
        if not files and not quiet_empty:
            return [], InputError(item, "folder holds no .txt or .html files")
        return [(str(p), p) for p in files], None
    if path.is_file():
        return [(item, path)], None
    return [], InputError(item, "no such file or folder")


def iter_documents(
    found: Iterable[Found], max_bytes: int = DEFAULT_MAX_BYTES, stdin: BinaryIO | None = None
) -> Iterator[RawDocument | InputError]:
    """Read each input when asked for it: a document, or the error naming it."""
    for item in found:
        try:
            data = _read_bytes(item.name, item.path, max_bytes, stdin)
            text = decode_bytes(data, item.name)
        except InputError as error:
            yield error
            continue
        path = item.path
        is_html = (path is not None and path.suffix.lower() in HTML_SUFFIXES) or looks_like_html(text)
        yield RawDocument(id=item.id, text=text, path=str(path) if path else None, is_html=is_html)


def _split(items: Iterable[RawDocument | InputError], errors: list[InputError]) -> list[RawDocument]:
    """The documents of `items`; its errors are appended to `errors`."""
    docs = []
    for item in items:
        (errors if isinstance(item, InputError) else docs).append(item)
    return docs


def _read_bytes(name: str, path: Path | None, max_bytes: int, stdin: BinaryIO | None) -> bytes:
    if path is None:
        if stdin is None:
            import sys

            stdin = sys.stdin.buffer
        data = stdin.read(max_bytes + 1)
    else:
        try:
            size = path.stat().st_size
            if size > max_bytes:
                raise InputError(name, f"file too large ({size:,} bytes; limit {max_bytes:,}, see --max-bytes)")
            data = path.read_bytes()
        except OSError as error:
            raise InputError(name, f"cannot read ({error.strerror or error})") from error
    if len(data) > max_bytes:
        raise InputError(name, f"input too large (over {max_bytes:,} bytes, see --max-bytes)")
    return data


def _ids(stems: Sequence[str]) -> list[str]:
    """A stem's part before the first "_" when unique in the batch, else the whole stem."""
    prefixes = [stem.split("_", 1)[0] for stem in stems]
    counts = Counter(prefixes)
    ids = [prefix if counts[prefix] == 1 else stem for prefix, stem in zip(prefixes, stems)]
    seen: Counter[str] = Counter()
    unique = []
    for doc_id in ids:  # the same file named twice: keep ids distinct
        seen[doc_id] += 1
        unique.append(doc_id if seen[doc_id] == 1 else f"{doc_id}-{seen[doc_id]}")
    return unique


def read_jsonl(stream: TextIO) -> tuple[list[RawDocument], list[InputError]]:
    """Read `{"id": ..., "text": ...}` lines; a malformed line is an error naming its number."""
    errors: list[InputError] = []
    docs = _split(iter_jsonl(stream), errors)
    return docs, errors


def iter_jsonl(stream: TextIO) -> Iterator[RawDocument | InputError]:
    """`{"id": ..., "text": ...}` lines one at a time, as they arrive (or a
    scraper's lines: `url` with `html`, news-please's `maintext`, see scraped.py)."""
    from .scraped import scraped_document
    from .urls import StreamIds

    ids = StreamIds()
    for number, line in enumerate(stream, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            yield InputError(f"line {number}", f"not valid JSON ({error.msg})")
            continue
        yield scraped_document(record, number, ids)
