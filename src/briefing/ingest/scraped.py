"""A scraper's JSON Lines record as a page: `{"id", "text"}` as before, and the
fields news-please and Scrapy pipelines write (`url`, `html`, `maintext`,
`title`, `date_publish`, `authors`), kept as the page's metadata."""

from __future__ import annotations

import re

from ..errors import InputError
from ..records import RawDocument
from .urls import StreamIds

_DAY = re.compile(r"^(\d{4}-\d{2}-\d{2})")
_BODY_KEYS = ("html", "text", "maintext")  # in order of preference: the page as fetched, else its text


def scraped_document(record: object, number: int, ids: StreamIds) -> RawDocument | InputError:
    """The page a JSON Lines record holds, or the error naming its line."""
    name = f"line {number}"
    if not isinstance(record, dict):
        return InputError(name, 'expected an object with a "text" (or "html", "maintext") string')
    key = next((k for k in _BODY_KEYS if isinstance(record.get(k), str) and record[k].strip()), None)
    if key is None:
        if any(isinstance(record.get(k), str) for k in _BODY_KEYS):
            return InputError(name, "empty text")
        return InputError(name, 'expected an object with a "text" (or "html", "maintext") string')
    from .read import looks_like_html

    text = record[key]
    url = record.get("url") if isinstance(record.get("url"), str) else None
    doc_id = str(record["id"]) if "id" in record else ids.take_url(url) if url else ids.take(str(number))
    if "id" in record:
        ids.seen(doc_id)
    is_html = key == "html" or (key == "text" and looks_like_html(text))
    if key == "maintext" and isinstance(record.get("title"), str) and record["title"].strip():
        # news-please's maintext starts with the body: the title leads the page, as on the site
        text = f"{record['title'].strip()}\n\n{text}"
    return RawDocument(
        id=doc_id, text=text, is_html=is_html, url=url,
        fetched=_text(record.get("date_download")),
        title=_text(record.get("title")),
        date=_day(record.get("date_publish")),
        author=_authors(record.get("authors")),
    )


def _text(value: object) -> str | None:
    return " ".join(value.split()) or None if isinstance(value, str) else None


def _day(value: object) -> str | None:
    """news-please's "2020-06-18 10:00:00" (or ISO 8601) as the day."""
    match = _DAY.match(value.strip()) if isinstance(value, str) else None
    return match.group(1) if match else None


def _authors(value: object) -> str | None:
    if isinstance(value, list):
        names = [" ".join(v.split()) for v in value if isinstance(v, str) and v.strip()]
        return ", ".join(names) or None
    return _text(value)
