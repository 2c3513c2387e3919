"""The pages a feed (RSS, Atom, or a page that links one) or a sitemap lists,
newest first, with their dates, so that --since is applied before fetching."""

from __future__ import annotations

import gzip
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from html.parser import HTMLParser
from urllib.parse import urljoin

from ..errors import InputError
from .fetch import Fetcher

MAX_SITEMAPS = 50  # sitemaps read from one index: a site's archive can list thousands
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/feed+xml", "application/rdf+xml")


@dataclass(frozen=True)
class Item:
    url: str
    date: str | None  # ISO 8601 (day or instant) when the list gives one


def newest_first(items: list[Item], since: str | None = None, until: str | None = None) -> list[Item]:
    """Items dated within [since, until] (undated ones kept), newest first, each URL once."""
    seen: set[str] = set()
    kept = []
    for item in items:
        if item.url in seen:
            continue
        seen.add(item.url)
        day = (item.date or "")[:10]
        if day and ((since and day < since[:10]) or (until and day[: len(until)] > until)):
            continue
        kept.append(item)
    dated = sorted((i for i in kept if i.date), key=lambda i: i.date or "", reverse=True)
    return dated + [i for i in kept if not i.date]


def feed_items(fetcher: Fetcher, url: str) -> list[Item]:
    """The entries of the feed at `url`; a web page is searched for the feed it links."""
    import feedparser

    body = _body(fetcher, url)
    parsed = feedparser.parse(body)
    if not parsed.entries and not parsed.get("version"):
        linked = _linked_feed(body.decode("utf-8", errors="replace"), url)
        if linked is None:
            raise InputError(url, "neither a feed (RSS or Atom) nor a page that links one")
        parsed = feedparser.parse(_body(fetcher, linked))
    items = []
    for entry in parsed.entries:
        link = entry.get("link") or next((l.get("href") for l in entry.get("links", []) if l.get("href")), None)
        if not link:
            continue
        when = entry.get("published_parsed") or entry.get("updated_parsed")
        date = "%04d-%02d-%02dT%02d:%02d:%02dZ" % tuple(when[:6]) if when else None
        items.append(Item(urljoin(url, link.strip()), date))
    return items


def sitemap_items(fetcher: Fetcher, url: str) -> list[Item]:
    """The pages a sitemap lists (an index's sitemaps read in turn, up to MAX_SITEMAPS)."""
    items: list[Item] = []
    todo, read = [url], 0
    while todo and read < MAX_SITEMAPS:
        current = todo.pop(0)
        read += 1
        try:
            root = ET.fromstring(_body(fetcher, current))
        except ET.ParseError as error:
            raise InputError(current, f"not a sitemap (XML: {error})") from None
        kind = _local(root.tag)
        if kind not in ("urlset", "sitemapindex"):
            raise InputError(current, f"not a sitemap (<{kind}>)")
        for entry in root:
            fields = {_local(e.tag): (e.text or "").strip() for e in entry.iter() if e is not entry}
            if not fields.get("loc"):
                continue
            if kind == "sitemapindex":
                todo.append(fields["loc"])
            else:  # a news sitemap's publication date is the page's; lastmod is when it last changed
                items.append(Item(fields["loc"], fields.get("publication_date") or fields.get("lastmod") or None))
    return items


def _body(fetcher: Fetcher, url: str) -> bytes:
    response = fetcher.get(url)
    if response.status != 200:
        raise InputError(url, f"HTTP {response.status}")
    body = response.body
    return gzip.decompress(body) if body[:2] == b"\x1f\x8b" else body


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


class _FeedLinks(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: (v or "") for k, v in attrs}
        if tag == "link" and "alternate" in a.get("rel", "").lower().split() and a.get("type", "").lower() in FEED_TYPES:
            self.links.append(a.get("href", ""))


def _linked_feed(html: str, base: str) -> str | None:
    """The first RSS/Atom feed a page's <link rel="alternate"> names."""
    if not re.search(r"<link\b", html, re.I):
        return None
    parser = _FeedLinks()
    parser.feed(html)
    return next((urljoin(base, link) for link in parser.links if link), None)
