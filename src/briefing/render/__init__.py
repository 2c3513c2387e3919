"""Render a Memo as Word, Markdown, JSON or plain text.

The CLI picks a format (from `--format` or the output file's suffix) and calls
`render_bytes`; nothing here writes files or touches the terminal. The Word
renderer imports python-docx only when called, so `briefing --help` stays fast.
"""

from __future__ import annotations

from pathlib import Path

from briefing.errors import UsageError
from briefing.records import Memo

FORMATS: tuple[str, ...] = ("docx", "md", "json", "text")

_SUFFIXES = {
    ".docx": "docx",
    ".md": "md",
    ".markdown": "md",
    ".json": "json",
    ".txt": "text",
    ".text": "text",
}


def format_named(name: str) -> str | None:
    """The format a --format value names: its own name, a suffix's ("markdown", "txt")
    or "word"; None if none."""
    name = name.lower().lstrip(".")
    return name if name in FORMATS else "docx" if name == "word" else _SUFFIXES.get(f".{name}")


def format_from_suffix(path: str | Path) -> str | None:
    """The format a file name asks for ("memo.md" -> "md"), or None if unknown."""
    return _SUFFIXES.get(Path(path).suffix.lower())


def render_text(memo: Memo, fmt: str) -> str:
    """The memo as text: fmt is "md", "json" or "text"."""
    if fmt == "md":
        from briefing.render.markdown import render_markdown

        return render_markdown(memo)
    if fmt == "json":
        from briefing.render.json import render_json

        return render_json(memo)
    if fmt == "text":
        from briefing.render.text import render_plain

        return render_plain(memo)
    raise UsageError(f"unknown text format {fmt!r}; choose one of: md, json, text")


def render_docx(memo: Memo, template: Path | None = None) -> bytes:
    """The bytes of a .docx memo, styled by `template` (a reference .docx) if given."""
    from briefing.render.docx import build_docx

    return build_docx(memo, template)


def render_bytes(memo: Memo, fmt: str, template: Path | None = None) -> bytes:
    """Any format as bytes: the .docx file, or the text encoded as UTF-8."""
    if fmt == "docx":
        return render_docx(memo, template)
    if fmt not in FORMATS:
        raise UsageError(f"unknown format {fmt!r}; choose one of: {', '.join(FORMATS)}")
    return render_text(memo, fmt).encode("utf-8")


__all__ = ["FORMATS", "format_from_suffix", "format_named", "render_bytes", "render_docx", "render_text"]
