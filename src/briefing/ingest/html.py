"""HTML pages: trafilatura cuts out the main text and reads the markup's metadata.

The text it returns (one block a line) is labelled like any page, so the
byline it lets through is read and taken out of the body by the same rule.
"""

from __future__ import annotations

from dataclasses import dataclass

from .meta import Metadata


@dataclass(frozen=True)
class HtmlExtraction:
    text: str  # one block per line, as trafilatura writes it
    markup: Metadata = Metadata()  # what the meta tags say (no event date)


def extract_html(html: str) -> HtmlExtraction:
    """Main text and metadata of an HTML page (empty text when nothing can be extracted)."""
    import trafilatura  # lazy: heavy import

    document = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, include_tables=True)
    if document is None:
        return HtmlExtraction(text="")
    text = getattr(document, "text", None) or ""
    markup = Metadata(
        title=_clean(getattr(document, "title", None)),
        source=_clean(getattr(document, "sitename", None)),
        date=_clean(getattr(document, "date", None)),
        author=_clean(getattr(document, "author", None)),
    )
    return HtmlExtraction(text="\n".join(line.strip() for line in text.splitlines() if line.strip()), markup=markup)


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value or None
