"""HTML pages: trafilatura extracts the text and the metadata; the same flow follows."""

from __future__ import annotations

from dataclasses import dataclass

from .head import fold


@dataclass(frozen=True)
class HtmlExtraction:
    text: str  # one block per line, as trafilatura writes it
    title: str | None = None
    source: str | None = None
    date: str | None = None
    author: str | None = None


def extract_html(html: str) -> HtmlExtraction:
    """Main text and metadata of an HTML page (empty text when nothing can be extracted)."""
    import trafilatura  # lazy: heavy import

    document = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, include_tables=True)
    if document is None:
        return HtmlExtraction(text="")
    title = _clean(getattr(document, "title", None))
    text = getattr(document, "text", None) or ""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if title and lines and fold(lines[0]) == fold(title):
        lines = lines[1:]  # trafilatura repeats the headline as the first line
    return HtmlExtraction(
        text="\n".join(lines),
        title=title,
        source=_clean(getattr(document, "sitename", None)),
        date=_clean(getattr(document, "date", None)),
        author=_clean(getattr(document, "author", None)),
    )


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value or None
