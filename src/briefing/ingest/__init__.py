"""Ingestion: bytes → text (read), text → article body (clean), and metadata (meta)."""

from __future__ import annotations

from typing import Sequence

from ..records import Article, RawDocument
from .blocks import Block, split_blocks
from .clean import clean_blocks, clean_page, repeated_lines
from .features import Label
from .html import extract_html
from .meta import Metadata, event_date, page_metadata

__all__ = ["clean_documents"]


def clean_documents(docs: Sequence[RawDocument]) -> list[Article]:
    """Clean every document; lines repeated across the batch's text pages count as boilerplate."""
    pages = {i: split_blocks(doc.text) for i, doc in enumerate(docs) if not doc.is_html}  # split once
    repeated = repeated_lines(list(pages.values())) if len(docs) > 1 else frozenset()
    return [
        _clean_html(doc) if doc.is_html else _clean_text_doc(doc, pages[i], repeated)
        for i, doc in enumerate(docs)
    ]


def _clean_text_doc(doc: RawDocument, blocks: Sequence[Block], repeated: frozenset[str]) -> Article:
    page = clean_blocks(blocks, repeated)
    return _article(doc, page.text, page_metadata(page))


def _clean_html(doc: RawDocument) -> Article:
    extracted = extract_html(doc.text)
    # trafilatura already chose the main text: only drop the furniture it let through.
    page = clean_page(extracted.text)
    body = "\n\n".join(
        block.text for block, lab in zip(page.blocks, page.labels)
        if lab is not Label.BAD and block.text != extracted.title
    )
    found = page_metadata(page)
    published = extracted.date or found.date
    meta = Metadata(
        title=extracted.title or found.title,
        source=extracted.source or found.source,
        date=published,
        event_date=event_date(body, published),
        author=extracted.author or found.author,
    )
    return _article(doc, body, meta)


def _article(doc: RawDocument, text: str, meta: Metadata) -> Article:
    from ..text.lang import detect_language

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
    )
