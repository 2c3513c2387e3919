"""Where results go: atomic file writes and the choice of memo destinations.

A memo is written to a temporary file in the target folder and renamed over
the target, so a run killed mid-write leaves the old file (or none), never a
partial memo, and no stray temporary file. An existing memo is replaced.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from .errors import SetupError, UsageError
from .render import FORMATS, format_from_suffix, format_named

FORMAT_SUFFIXES = {"docx": ".docx", "md": ".md", "json": ".json", "text": ".txt"}
DEFAULT_FILE_FORMATS = ("docx", "md")


@dataclass(frozen=True)
class Destination:
    """One memo output: a language, a format and a path (None = stdout)."""

    language: str
    fmt: str
    path: Path | None


def write_atomic(path: Path, data: bytes) -> None:
    """Write `data` to `path` through a temporary file and a rename. A link is written
    through (its target replaced, the link kept); a path that is not a regular file
    (/dev/null, /dev/stdout, a named pipe) is written to directly: a rename would put
    a file in the device's place."""
    if path.is_symlink():
        path = path.resolve()
    if path.exists() and not path.is_file():
        try:
            with open(path, "wb") as handle:
                handle.write(data)
        except OSError as exc:
            raise SetupError(f"cannot write {path}: {exc.strerror or exc}") from exc
        return
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise SetupError(f"cannot write to {folder}: {exc.strerror or exc}") from exc
    try:
        # mkstemp makes the file private (0600); a memo gets the usual mode.
        os.fchmod(fd, _default_mode())
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException as exc:  # includes KeyboardInterrupt: never leave the temp file
        try:
            os.unlink(tmp)
        except OSError:
            pass
        if isinstance(exc, OSError):
            raise SetupError(f"cannot write {path}: {exc.strerror or exc}") from exc
        raise


def _default_mode() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def memo_filename(language: str, fmt: str) -> str:
    """memo.docx for French (the default language), memo.en.docx for others."""
    stem = "memo" if language == "fr" else f"memo.{language}"
    return stem + FORMAT_SUFFIXES[fmt]


def plan_destinations(
    output: str | None, fmt: str | None, languages: tuple[str, ...], default_dir: Path
) -> list[Destination]:
    """Turn -o/--format into the list of files (or stdout) to write.

    - no -o: the default folder, docx and Markdown (or just --format);
    - '-o -': stdout, one language, Markdown unless --format says otherwise;
    - '-o FILE.ext': that file, the format from its suffix (or --format);
      with several languages the language goes before the suffix;
    - '-o FOLDER' (existing, or with no suffix): memo files inside it.
    """
    if fmt is not None:
        named = format_named(fmt)
        if named is None:
            raise UsageError(f"unknown format '{fmt}': choose one of {', '.join(FORMATS)}")
        fmt = named
    if output == "-":
        if len(languages) != 1:
            raise UsageError("'-o -' writes one memo to stdout: give one --to, or a folder with -o")
        return [Destination(languages[0], fmt or "md", None)]
    if output is None:
        return _in_folder(default_dir, fmt, languages)
    path = Path(output).expanduser()
    if path.is_dir() or (not path.suffix and not path.exists()):
        return _in_folder(path, fmt, languages)
    file_fmt = fmt or format_from_suffix(path)
    if file_fmt is None:
        suffixes = ", ".join(FORMAT_SUFFIXES.values())
        raise UsageError(f"cannot tell the format of '{output}': use a suffix ({suffixes}) or --format")
    if len(languages) == 1:
        return [Destination(languages[0], file_fmt, path)]
    return [
        Destination(lang, file_fmt, path.with_name(f"{path.stem}.{lang}{path.suffix}"))
        for lang in languages
    ]


def _in_folder(folder: Path, fmt: str | None, languages: tuple[str, ...]) -> list[Destination]:
    formats = (fmt,) if fmt else DEFAULT_FILE_FORMATS
    return [
        Destination(lang, f, folder / memo_filename(lang, f)) for lang in languages for f in formats
    ]
