"""Sentence splitting with character offsets, for French, English and Arabic.

Rules, not a model: a sentence ends at . ! ? … (Arabic ؟ too, and closing
quotes or brackets) followed by space and an upper-case letter, an Arabic
letter (the script has no case), a digit or an opening quote; or where
scraping glued two sentences together ("international.Le").
Abbreviations (M., Mme., Dr., Pr., art., ...), initials ("J. Dupont"),
decimals ("3.5"), ranges ("2026-2030") and dotted numbers ("37.000") never end
a sentence.
"""

from __future__ import annotations

import re

from .agencies import AGENCY_PATTERN

from ..records import Sentence

# Lower-cased, without the final dot.
ABBREVIATIONS = frozenset(
    """m mm mme mmes mlle mlles dr drs pr prs me mgr st ste sts stes
    av apr env etc cf ex p pp vol no n° nos art al chap fig éd ed coll
    min max tel tél fax janv févr fév avr juil sept oct nov déc
    ms mr mrs prof gén gal col cdt lt sgt cie ets inc ltd co jr sr vs v""".split()  # "Roe v. Wade"
)

_UPPER = "A-ZÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸÆŒ"
_OPENERS = "«\"“‘'(\\["
# Arabic letters and digits (Arabic-Indic and Eastern): a sentence may open on any of them.
_ARABIC_LETTERS = "\u0620-\u064a\u066e-\u06d3"
_ARABIC = _ARABIC_LETTERS + "\u0660-\u0669\u06f0-\u06f9"
# A candidate end: terminal punctuation, optional closers, then either
# whitespace followed by a sentence start, or (glued) directly an upper-case
# letter followed by a lower-case one, or two Arabic letters.
_BOUNDARY = re.compile(
    rf"""(?P<end>[.!?…\u061f\u06d4]+(?:[\ \u00a0\u202f]?»|[»"”’)\]])*)  # French "fini. »" too
         (?:(?P<space>\s+)(?=[{_UPPER}0-9{_ARABIC}{_OPENERS}\-–—•])
           |(?=[{_UPPER}][a-zà-ÿ]|[{_ARABIC_LETTERS}]{{2}}))""",
    re.VERBOSE,
)
_WORD_BEFORE = re.compile(r"(\S+)$")
_AGENCY_NEXT = re.compile(rf"\({AGENCY_PATTERN}\)")
_PARAGRAPH = re.compile(r"\n\s*\n")
_LINE_END = re.compile(r"(?<=[.!?…»\"”:])[ \t]*\n")  # a line break after terminal punctuation


# The names of Latin letters as Arabic writes an initial: إف (F), إم (M), جي (G), دي (D) ...
# (Not "في" for V nor "أو" for O: they are the words "in" and "or" too.)
_LATIN_LETTERS_IN_ARABIC = frozenset(
    "إيه بي سي دي إي إف جي إتش آي جاي كيه كي إل إم إن كيو آر إس تي يو دبليو إكس واي زد".split()
)


def _is_false_end(text: str, match: re.Match) -> bool:
    punct = match.group("end")
    if not punct.startswith("."):
        return False
    # Look back a bounded window: searching from 0 made long texts quadratic.
    before = _WORD_BEFORE.search(text, max(0, match.start() - 64), match.start())
    if not before:
        return False
    word = before.group(1).lstrip(_OPENERS + "—–-")
    bare = word.lower().rstrip(".")
    if bare in ABBREVIATIONS:
        return True
    # "OCEAN CITY, Md. (AP) — ...": a dateline's agency follows a state's abbreviation, no sentence end.
    if _AGENCY_NEXT.match(text, match.end()):
        return True
    # One Arabic letter: an abbreviation ("د." for doctor, "أ.د."); a Latin initial written out
    # ("جون إف. كينيدي": John F. Kennedy).
    if re.fullmatch(rf"(?:[{_ARABIC}]\.)*[{_ARABIC}]", bare) or bare in _LATIN_LETTERS_IN_ARABIC:
        return True
    # Initials: "J." or "A.B." before a name.
    if re.fullmatch(rf"(?:[{_UPPER}]\.)*[{_UPPER}]", word):
        return True
    # Glued boundary after a short token or a number: "M.Dupont", "3.Le" are rare;
    # require a real word before a glued end.
    if not match.group("space") and (len(bare) < 3 or bare.isdigit()):
        return True
    return False


def _spans(text: str, offset: int) -> list[tuple[int, int]]:
    spans = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        if _is_false_end(text, match):
            continue
        end = match.end("end")
        spans.append((start, end))
        start = match.end()
    spans.append((start, len(text)))
    out = []
    for s, e in spans:
        chunk = text[s:e]
        lead = len(chunk) - len(chunk.lstrip())
        trail = len(chunk.rstrip())
        if trail > lead:
            out.append((offset + s + lead, offset + s + trail))
    return out


def _between(pattern: re.Pattern, text: str) -> list[tuple[int, int]]:
    """(start, end) of the stretches of `text` between matches of `pattern`."""
    out, start = [], 0
    for m in pattern.finditer(text):
        out.append((start, m.start()))
        start = m.end()
    out.append((start, len(text)))
    return out


def split_sentences(text: str, article_id: str = "") -> list[Sentence]:
    """Split `text` into sentences; paragraphs and single lines that end in
    terminal punctuation are hard boundaries, offsets point into `text`."""
    sentences: list[Sentence] = []
    for b_start, b_end in _between(_PARAGRAPH, text):
        block = text[b_start:b_end]
        marks, read = QuoteMarks(), b_start  # the paragraph's quotation marks read so far
        # A line break after terminal punctuation also ends a sentence;
        # other line breaks are wrapping inside one.
        for l_start, l_end in _between(_LINE_END, block):
            for s, e in _spans(block[l_start:l_end], b_start + l_start):
                marks.read(text[read:s])
                read = s
                sentences.append(Sentence(_fold(text[s:e]), s, e, len(sentences), article_id, marks.open))
    return sentences


class QuoteMarks:
    """The quotation marks of a text read so far: straight ones counted, French and English
    ones as opened less closed."""

    def __init__(self, text: str = "") -> None:
        self.straight = self.french = self.english = 0
        self.read(text)

    def read(self, text: str) -> None:
        self.straight += text.count('"')
        self.french += text.count("«") - text.count("»")
        self.english += text.count("“") - text.count("”")

    @property
    def open(self) -> bool:
        """A quotation is left open: an odd number of straight marks, or more opened than closed."""
        return self.straight % 2 == 1 or self.french > 0 or self.english > 0

    @property
    def balanced(self) -> bool:
        """Every mark opened is closed, and none closed that was not opened here."""
        return self.straight % 2 == 0 and self.french == 0 and self.english == 0


def _fold(sentence: str) -> str:
    """Fold the wrapping inside a sentence to single spaces."""
    return " ".join(sentence.split())


def is_question(text: str) -> bool:
    """A sentence that asks (French, English or Arabic question mark, before any closing quote):
    in a memo it frames the news, it does not state it."""
    return text.rstrip().rstrip("\"»”’'").rstrip().endswith(("?", "\u061f"))
