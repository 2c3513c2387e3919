"""Ingestion: bytes → text (read), text → a labelled page (page), body and metadata off it (meta)."""

from __future__ import annotations

from typing import Sequence

from ..records import Article, RawDocument
from .blocks import Block, split_blocks
from .clean import repeated_lines
from .html import extract_html
from .meta import Metadata, read_metadata
from .page import LabelledPage, label_page

__all__ = ["clean_documents", "EMPTY_NOTE"]

EMPTY_NOTE = "no article text left after cleaning"


def clean_documents(docs: Sequence[RawDocument]) -> list[Article]:
    """Clean every document; lines repeated across the batch's text pages count as boilerplate.
    A page with nothing left keeps an empty text and says so in `note`."""
    pages = {i: split_blocks(doc.text) for i, doc in enumerate(docs) if not doc.is_html}  # split once
    repeated = repeated_lines(list(pages.values())) if len(docs) > 1 else frozenset()
    return [
        _html_article(doc) if doc.is_html else _text_article(doc, pages[i], repeated)
        for i, doc in enumerate(docs)
    ]


def _text_article(doc: RawDocument, blocks: Sequence[Block], repeated: frozenset[str]) -> Article:
    page = label_page(blocks, repeated)
    return _article(doc, page, read_metadata(page))


def _html_article(doc: RawDocument) -> Article:
    extracted = extract_html(doc.text)
    # trafilatura already chose the main text: the labels only take out the furniture it let through.
    page = label_page(split_blocks(extracted.text), extracted=True, title=extracted.markup.title)
    return _article(doc, page, read_metadata(page, extracted.markup))


def _article(doc: RawDocument, page: LabelledPage, meta: Metadata) -> Article:
    from ..text.lang import detect_language

    text = page.text
    return Article(
        id=doc.id,
        text=text,
        title=meta.title,
        source=meta.source,
        date=meta.date,
        event_date=meta.event_date,
        author=meta.author,
        lang=detect_language(text) if text else None,
        path=doc.path,
        note=None if text.strip() else EMPTY_NOTE,
    )
