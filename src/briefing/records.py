"""The plain, immutable records that flow between the stages.

Every stage takes records and returns records; none of them knows about the
CLI, the terminal or files it did not open itself. Tuples (not lists) keep the
records hashable and frozen all the way down.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# The dates records carry: ISO 8601 at the precision known ("2025-05-12", "2025-05", "--02-04" when the year is not).
_ISO_DATE = re.compile(r"^(?:\d{4}(?:-\d{2}(?:-\d{2})?)?|--\d{2}(?:-\d{2})?)$")


def is_iso_date(text: str) -> bool:
    """True for a date as records carry it (a claim of a date discrepancy is one), not words."""
    return bool(_ISO_DATE.match(text))


@dataclass(frozen=True)
class RawDocument:
    """An input as read from disk or stdin, before cleaning."""

    id: str  # short, unique within a run: "000" for "000_a79202ca20860ca9.txt"
    text: str  # decoded text (or HTML, see `is_html`)
    path: str | None = None  # where it came from; None for stdin / JSON Lines
    is_html: bool = False
    url: str | None = None  # the page's address, for a page fetched, crawled (WARC) or scraped
    fetched: str | None = None  # when it was fetched or crawled, ISO 8601 UTC
    # What a scraper's JSON already says of the page (news-please's title,
    # date_publish, authors): taken over what cleaning would guess.
    title: str | None = None
    date: str | None = None
    author: str | None = None


@dataclass(frozen=True)
class Article:
    """A cleaned article with its metadata."""

    id: str
    text: str  # the article body, paragraphs separated by "\n\n"
    title: str | None = None
    source: str | None = None  # outlet, e.g. "pharmacie.ma"
    date: str | None = None  # publication date, ISO 8601 at the precision known
    event_date: str | None = None  # date of the reported event, when the text gives it
    author: str | None = None
    lang: str | None = None  # ISO 639-1
    path: str | None = None
    note: str | None = None  # what the cleaner has to say, e.g. that no article text was left
    url: str | None = None  # the page's address, when it came from the web (or a WARC, a scraper)

    @property
    def heading(self) -> str:
        """The headline, else the opening words: how a list shows the article."""
        if self.title and self.title.strip():
            return " ".join(self.title.split())
        return " ".join(self.text.split()[:12]) + " …"


@dataclass(frozen=True)
class Sentence:
    """One sentence of an article, with character offsets into `Article.text`."""

    text: str
    start: int
    end: int
    index: int  # position of the sentence in its article, from 0
    article_id: str
    # It opens inside a quotation an earlier sentence of its paragraph opened ('"Depuis les
    # fusillades, on est sur les Izards. Quand ils ont tiré, …'): a speaker's words, without marks.
    in_quote: bool = False


@dataclass(frozen=True)
class Summary:
    """The summary of one article (or of the articles of one event)."""

    article_ids: tuple[str, ...]
    sentences: tuple[Sentence, ...]  # chosen sentences (extractive) in reading order
    text: str
    method: str  # "extractive" | "abstractive"
    flagged: tuple[str, ...] = ()  # sentences left out by the faithfulness guard


@dataclass(frozen=True)
class Event:
    """Articles that report the same thing."""

    id: str  # "E1", "E2", ... in memo order
    article_ids: tuple[str, ...]
    related: tuple[str, ...] = ()  # ids of events on the same topic but distinct


@dataclass(frozen=True)
class Evidence:
    """Where a page states a claim: the sentence (or two) that says it, as
    character offsets into that article's cleaned text (`Article.text`)."""

    source: str  # article id
    start: int
    end: int
    exact: bool = True  # the claim's own words; False: its numbers, names, days and most of its words
    quote: str = ""  # the page's sentence(s) at those offsets, so a reader need not clean the page to check


@dataclass(frozen=True)
class KeyPoint:
    text: str
    sources: tuple[str, ...]  # article ids that state the point (its citations)
    evidence: tuple[Evidence, ...] = ()  # one per citation, once verified
    # The language the point was machine translated from (its evidence quotes
    # the source's own words there); None when the memo states it in its source's words.
    translated_from: str | None = None


@dataclass(frozen=True)
class KeyFigure:
    value: str  # "52", "37.000", "2026-2030"
    unit: str  # "%", "membres", "" when none
    measure: str  # what it measures, from the sentence it stands in
    source: str  # article id
    evidence: tuple[Evidence, ...] = ()  # where the source says it, once verified


@dataclass(frozen=True)
class Actor:
    name: str
    role: str | None
    sources: tuple[str, ...]  # the pages that give the name (with that role, when one is given)
    evidence: tuple[Evidence, ...] = ()  # one per source, once verified


@dataclass(frozen=True)
class Discrepancy:
    """Sources that disagree on a date, a number or a name."""

    about: str
    claims: tuple[tuple[str, str], ...]  # (claim, article id)


@dataclass(frozen=True)
class TimelineEntry:
    date: str  # ISO 8601 at the precision known
    text: str
    event_id: str
    sources: tuple[str, ...]


@dataclass(frozen=True)
class Earlier:
    """An event an earlier run stored, which an event of today continues."""

    event: str  # its key in the store ("2020-06-16/E3": the day of the run that briefed it, its id there)
    title: str
    date: str | None  # its last publication date
    sources: tuple[str, ...]  # its page ids
    story: str = ""  # the story key it belongs to


@dataclass(frozen=True)
class StoredPage:
    """What the store keeps of a page read by an earlier run (no whole text: its first words)."""

    id: str
    path: str | None
    content_hash: str
    title: str | None
    date: str | None
    event_date: str | None
    source: str | None  # outlet
    lang: str | None
    lead: str  # title and opening words (events.lead): what the lexical views compare
    vector: bytes  # its lead's embedding, float32
    event: str = ""  # the stored event key it belongs to
    body: str = ""  # title and opening words of its text (events.continuity.kept_body); "" from an older store
    terms: bytes = b""  # its lead's and body's term counts (events.terms.packed); b"" from an older store


@dataclass(frozen=True)
class StoredEvent:
    key: str
    title: str
    first: str | None  # first and last publication dates of its pages
    last: str | None
    story: str
    briefed: str | None  # the day a memo briefed it
    sources: tuple[str, ...] = ()
    status: str = "new"  # as its memo marked it: "new" | "update" | "follow-up"
    earlier: str = ""  # the key of the stored event it continues ('' for a new one, or from a store of schema 3)


@dataclass(frozen=True)
class Brief:
    """One event, merged across its sources."""

    event_id: str
    title: str
    date: str | None
    lead: str
    key_points: tuple[KeyPoint, ...]
    sources: tuple[str, ...]  # every article of the event, shown once with it (claims cite their own)
    figures: tuple[KeyFigure, ...] = ()
    actors: tuple[Actor, ...] = ()
    discrepancies: tuple[Discrepancy, ...] = ()
    related: tuple[str, ...] = ()  # related event ids
    # False for an event the memo budget gives one line (headline + one
    # sentence): no key points, figures, actors or discrepancies then.
    detailed: bool = True
    # False for a one-line event past the memo's word budget (a week's crawl
    # holds hundreds): the document counts it, the JSON keeps its headline and sources.
    listed: bool = True
    # Where each page the lead cites says it (brief.verify); empty before verification.
    lead_evidence: tuple[Evidence, ...] = ()
    # The language of its headline, lead and points when none of its pages is in
    # the memo's (brief.language): told in its sources' words, kept out of the synthesis.
    language: str | None = None
    # The language its headline, lead and points were machine translated from
    # (translate.memo), after they were verified in that language; None when not translated.
    translated_from: str | None = None
    # Against the store (--store): "new", "update" (the same happening, already
    # briefed) or "follow-up" (a new development of a stored story), the earlier
    # events it continues, and for an update what is new since (one line).
    status: str = "new"
    earlier: tuple[Earlier, ...] = ()
    since: str = ""


@dataclass(frozen=True)
class SourceRef:
    """A line of the memo's sources list."""

    id: str
    title: str | None
    outlet: str | None
    date: str | None
    path: str | None
    url: str | None = None


@dataclass(frozen=True)
class Memo:
    title: str
    language: str  # "fr" | "en" | "ar"
    created: str  # ISO date the memo was made
    executive_summary: str
    briefs: tuple[Brief, ...]
    timeline: tuple[TimelineEntry, ...] = ()
    sources: tuple[SourceRef, ...] = ()
    notes: tuple[str, ...] = field(default=())  # e.g. "summariser: extractive (no model found)"
    subject: str | None = None  # what the title names: --about, or the theme the main events share
    period: tuple[str, ...] = ()  # (first, last) publication dates of the pages cited; one date for a single day

    @property
    def detailed(self) -> tuple[Brief, ...]:
        return tuple(b for b in self.briefs if b.detailed)

    @property
    def one_line(self) -> tuple[Brief, ...]:
        return tuple(b for b in self.briefs if not b.detailed and b.listed)

    @property
    def unlisted(self) -> tuple[Brief, ...]:
        return tuple(b for b in self.briefs if not b.listed)

    @property
    def rtl(self) -> bool:
        return self.language in RTL_LANGUAGES


RTL_LANGUAGES = frozenset({"ar", "he", "fa", "ur"})
