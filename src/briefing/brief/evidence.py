"""Does a page state a claim? In its own words, or the same facts in other words.

A claim (a lead, a key point, a one-line sentence, a figure's phrase) is
stated by a page when
- its words are in one of the page's sentences, or two running ones (a cut
  marked '…' may leave words out, never put any in); or
- one sentence of the page, or two running ones, give the same numbers, the
  same names (people, places, organisations), the same days and most of the
  claim's content words: another outlet's wording of the same fact.
Topical overlap is not enough: a page on the same story that gives another
toll, another country or another day does not state the claim. The answer
says where: the sentence(s) as offsets into the article's cleaned text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cached_property

from ..events.lexical import fold, words
from ..ingest.event_date import WEEKDAYS
from ..records import Article, Evidence, Sentence
from ..text.sentences import split_sentences
from .citations import CITATIONS

PARAPHRASE_SHARE = 0.6  # share of the claim's content words a paraphrase must give
MIN_CHUNK_WORDS = 2  # a piece between two '…' shorter than this proves nothing
WINDOW = 2  # a claim may run over this many sentences of the page (a split the page made)

_QUOTES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "´": "'", "`": "'", "«": "", "»": "", "“": "", "”": "",
                         "„": "", '"': "", "\u00ad": "", "\u200b": ""})
_SPACE = re.compile(r"\s+")
_SPACE_BEFORE_PUNCT = re.compile(r"\s+(?=[,.:;!?)\]])|(?<=[(\[])\s+")
_NUMBER = re.compile(r"\d{1,3}(?:[ .\u00a0\u202f]\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?")
_THOUSANDS = re.compile(r"(?<=\d)[ .\u00a0\u202f](?=\d{3})")
_TOKEN = re.compile(r"[^\W_][\w'\-]*", re.UNICODE)
# The days a claim names: the weekdays ingest reads leads by, and the relative ones.
_DAY_WORDS = frozenset(WEEKDAYS) | frozenset(
    "hier demain veille lendemain monday tuesday wednesday thursday friday saturday sunday yesterday tomorrow".split()
)
# What a claim says happened: the participle after an auxiliary ("a voté",
# "ont protesté", "s'est défendu"); a page that has the rest but another
# verb ("examinent le projet") reports something else.
_PARTICIPLE = re.compile(
    r"\b(?:a|ont|avait|avaient|aura|auront|est|sont|était|étaient|sera|seront|has|have|had|was|were)"
    r"(?:\s+(?:été|pas|plus|jamais|déjà|bien|aussi|encore|toujours|enfin|notamment|finalement|\w+ment))*"
    r"\s+(?!été\b)([^\W\d_]{3,}(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|it|ite|its|ites|ert|erte|ed))\b",
    re.IGNORECASE,
)


def flat(text: str) -> str:
    """The form words are compared in: one spacing, one apostrophe, no quote
    marks (« » and " are the same quotation), case folded."""
    text = unicodedata.normalize("NFC", text).translate(_QUOTES)
    text = _SPACE.sub(" ", text)
    return _SPACE_BEFORE_PUNCT.sub("", text).strip().casefold()


def numbers(text: str) -> frozenset[str]:
    """Numbers as written, thousands separators dropped ("23 000" -> "23000"); "3,5" kept."""
    return frozenset(_THOUSANDS.sub("", m.group(0)).replace(".", ",") for m in _NUMBER.finditer(text))


def _names(text: str) -> frozenset[str]:
    """Folded capitalised words past the first: people, places, organisations."""
    tokens = _TOKEN.findall(text.translate(_QUOTES))
    out = set()
    for i, token in enumerate(tokens):
        if i and token[0].isupper() and len(token) > 1 and not token.isdigit():
            out.update(p for p in re.split(r"['\-]", fold(token)) if len(p) > 1)
    return frozenset(out)


def _tokens(text: str) -> frozenset[str]:
    return frozenset(p for t in _TOKEN.findall(fold(text.translate(_QUOTES))) for p in re.split(r"['\-]", t) if p)


def chunks(claim: str) -> list[str]:
    """The runs of source words a claim is made of: cut at '…', citations and edges trimmed."""
    claim = CITATIONS.sub("", claim)
    out = []
    for part in re.split(r"\s*(?:…|\.\.\.)\s*", claim):
        part = flat(part).strip(" .;,:-—–")
        if len(part.split()) >= MIN_CHUNK_WORDS:
            out.append(part)
    return out


@dataclass(frozen=True)
class Claim:
    """What must be found in a page for it to state `text`."""

    text: str

    @cached_property
    def pieces(self) -> list[str]:
        return chunks(self.text)

    @cached_property
    def numbers(self) -> frozenset[str]:
        return numbers(self.text)

    @cached_property
    def names(self) -> frozenset[str]:
        return _names(CITATIONS.sub("", self.text))

    @cached_property
    def days(self) -> frozenset[str]:
        return _tokens(self.text) & _DAY_WORDS

    @cached_property
    def content(self) -> frozenset[str]:
        return frozenset(words(self.text))

    @cached_property
    def acts(self) -> frozenset[str]:
        return frozenset(w for m in _PARTICIPLE.finditer(self.text) for w in words(m.group(1)))


@dataclass(frozen=True)
class Window:
    """One sentence of a page, or two running ones, in the forms the tests read."""

    start: int
    end: int
    flat: str
    numbers: frozenset[str]
    tokens: frozenset[str]
    content: frozenset[str]


class Page:
    """An article cut into sentence windows, read once however many claims it
    is asked about. Most claims are a page's own words: the whole page is
    searched first, and its windows are only read when needed."""

    def __init__(self, article: Article):
        self.id = article.id
        self.text = article.text
        self.flat = flat(article.text)

    @cached_property
    def windows(self) -> list[Window]:
        """Each sentence, then each two running sentences (their forms joined, not read again)."""
        singles = [self._window(s) for s in split_sentences(self.text, self.id)]
        pairs = [
            Window(a.start, b.end, f"{a.flat} {b.flat}", a.numbers | b.numbers, a.tokens | b.tokens, a.content | b.content)
            for a, b in zip(singles, singles[1:])
        ][: (WINDOW - 1) * len(singles)]
        return singles + pairs

    @cached_property
    def tokens(self) -> frozenset[str]:
        return _tokens(self.text)

    @cached_property
    def numbers(self) -> frozenset[str]:
        return numbers(self.text)

    def _window(self, sentence: Sentence) -> Window:
        text = sentence.text
        return Window(sentence.start, sentence.end, flat(text), numbers(text), _tokens(text), frozenset(words(text)))

    def evidence(self, window: Window, exact: bool) -> Evidence:
        return Evidence(self.id, window.start, window.end, exact, self.text[window.start : window.end])

    def states(self, claim: Claim) -> Evidence | None:
        """Where this page states the claim, its own words first; None when it does not."""
        if claim.pieces and all(p in self.flat for p in claim.pieces):
            for w in self.windows:
                if all(p in w.flat for p in claim.pieces):
                    return self.evidence(w, True)
        # Numbers, names and days the page nowhere gives rule a paraphrase out at once.
        if not claim.numbers <= self.numbers or not (claim.names | claim.days) <= self.tokens:
            return None
        best: tuple[float, Window] | None = None
        for w in self.windows:
            share = paraphrase_share(claim, w)
            if share >= PARAPHRASE_SHARE and (best is None or share > best[0]):
                best = (share, w)
        return self.evidence(best[1], False) if best else None

    def contains(self, phrase: str) -> Evidence | None:
        """The window holding `phrase` word for word (a figure's phrase, a name)."""
        wanted = flat(phrase).strip(" .;,:")
        if not wanted or wanted not in self.flat:
            return None
        for w in self.windows:
            if wanted in w.flat:
                return self.evidence(w, True)
        return None


def paraphrase_share(claim: Claim, window: Window) -> float:
    """The share of the claim's content words the window gives, or 0 when it
    lacks one of the claim's numbers, names, days or past participles: a page
    that states a fact in other words still gives its figures, who and where,
    when, and what was done."""
    if not claim.content:
        return 0.0
    if not claim.numbers <= window.numbers or not claim.names <= window.tokens or not claim.days <= window.tokens:
        return 0.0
    if not claim.acts <= window.content:
        return 0.0
    return len(claim.content & window.content) / len(claim.content)
