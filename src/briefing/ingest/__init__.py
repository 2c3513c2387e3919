"""Ingestion: bytes → text → a labelled page → an Article (body and metadata read off the page).

    sources     every INPUT as one stream of pages: files (read), URLs (fetch), feeds and
                sitemaps (feeds), WARC files (warc), ids from URLs (urls), scraper lines (scraped)
    read        bytes → text (encoding, size and binary checks)
    blocks      text → blocks (run-on lines split, wrapped lines joined)
    html        HTML → trafilatura's text (one block a line) and the markup's metadata
    features    one block → its facts and a context-free label (dates found once)
    byline      one block → the byline or dateline it is (author, outlet, date)
    sections    structure: captions, trailers, read-also boxes, dated teaser lists
    runs        where the article stands: runs of prose
    head        the article's own headline among the page's candidates
    page        the labelling pass: one role per block (text pages and HTML alike)
    meta        title, outlet, date, author off the roles; event_date the lead's day
"""

from __future__ import annotations

from dataclasses import replace
from typing import Sequence

from ..errors import InputError
from ..records import Article, RawDocument
from .blocks import Block, split_blocks
from .clean import repeated_lines
from .features import is_furniture
from .head import cut_site, fold
from .html import extract_html
from .meta import Metadata, read_metadata
from .page import LabelledPage, label_page

__all__ = ["clean_documents", "clean_pages", "kept_as_given", "EMPTY_NOTE", "KEPT_NOTE", "SOLD_NOTE"]

EMPTY_NOTE = "no article text left after cleaning"
KEPT_NOTE = "cleaning left no article text: kept as given"
SOLD_NOTE = "no article text: a page that sells (a kiosk's or a subscription's)"


def clean_documents(docs: Sequence[RawDocument], today: str | None = None) -> list[Article]:
    """Clean every document; lines repeated across the batch's text pages count as boilerplate.
    A page with nothing left keeps an empty text and says so in `note`. `today` (ISO day, None:
    the day it runs) is the last reference of a relative date ("il y a 3 heures")."""
    pages = {i: split_blocks(doc.text) for i, doc in enumerate(docs) if not doc.is_html}  # split once
    repeated = repeated_lines(list(pages.values())) if len(docs) > 1 else frozenset()
    try:
        return [
            _html_article(doc, today) if doc.is_html else _text_article(doc, pages[i], repeated, today)
            for i, doc in enumerate(docs)
        ]
    finally:
        # Folded lines are reused within a batch (a page's blocks are compared
        # several times, a site's menus recur); kept across batches the cache
        # would grow with a stream, about 4 MB per 1,000 pages.
        fold.cache_clear()


def clean_pages(
    docs: Sequence[RawDocument], keep_input: bool = True, today: str | None = None
) -> tuple[list[Article], list[InputError]]:
    """Clean documents. When cleaning leaves no text, the article keeps the
    input as it came (`keep_input`, what the later stages want: a headline is
    not boilerplate) or the empty text (what `briefing clean` reports); either
    way its `note` says so. A page of nothing but site furniture fails. `today`: the
    reference day of a relative date a page prints without a day to count from."""
    articles, failures = [], []
    for doc, article in zip(docs, clean_documents(docs, today)):
        if article.text.strip() or not keep_input:
            articles.append(article)
            continue
        if article.note == SOLD_NOTE:  # its words are a shop's: kept as given, they would be read as news
            failures.append(InputError(article.path or article.id, SOLD_NOTE))
            continue
        kept = kept_as_given(doc, article)
        if kept is None:
            failures.append(InputError(article.path or article.id, "no article text, only page furniture"))
        else:
            articles.append(kept)
    return articles, failures


def _text_article(doc: RawDocument, blocks: Sequence[Block], repeated: frozenset[str], today: str | None) -> Article:
    page = label_page(blocks, repeated)
    return _article(doc, page, read_metadata(page, today=today))


def _html_article(doc: RawDocument, today: str | None) -> Article:
    extracted = extract_html(doc.text)
    # trafilatura already chose the main text: the labels only take out the furniture it let through.
    page = label_page(split_blocks(extracted.text), extracted=True, title=extracted.markup.title)
    meta = read_metadata(page, extracted.markup, today)
    # The outlet's suffix goes from the title ("X - Gala"): `source` names the outlet. (The body is
    # labelled with the title as the markup gives it, so what it keeps is as before.)
    return _article(doc, page, replace(meta, title=cut_site(meta.title, meta.source)))


def kept_as_given(doc: RawDocument, article: Article) -> Article | None:
    """The article with the input as it came (stripped; an HTML page's text
    without its tags), for a page the cleaner emptied: a short, clean input (a
    headline cut short, a list of names) is not boilerplate. None when nothing
    is left but site furniture (a page of menus, share buttons, legal lines)
    or no text at all; a one-line input is always kept (a caption or a quote
    given alone is what the user asked about)."""
    from ..text.lang import detect_language

    if doc.is_html:
        import trafilatura  # lazy: heavy import

        text = (trafilatura.html2txt(doc.text) or "").strip()
    else:
        text = doc.text.strip()
    if not text:
        return None
    blocks = split_blocks(text)
    if len(blocks) > 1 and all(is_furniture(block.text) for block in blocks):
        return None
    return replace(article, text=text, lang=detect_language(text), note=KEPT_NOTE)


def _article(doc: RawDocument, page: LabelledPage, meta: Metadata) -> Article:
    from ..text.lang import detect_language

    text = page.text
    return Article(
        id=doc.id,
        text=text,
        title=doc.title or meta.title,
        source=meta.source,
        date=doc.date or meta.date,
        event_date=meta.event_date,
        author=doc.author or meta.author,
        lang=detect_language(text) if text else None,
        path=doc.path,
        note=SOLD_NOTE if page.sells else None if text.strip() else EMPTY_NOTE,
        url=doc.url,
    )
