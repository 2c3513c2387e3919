"""The one-line brief of an event outside the memo budget: headline + one sentence.

No summariser runs: the line is the headline of the event's main source and
the first news sentence of that source's lead (else of the next source's),
kept whole when short, else cut at a clause boundary. News puts what
happened first, so the opening sentence is the one to keep; one that only
repeats the headline gives way to the next. The line cites every source of the event.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Sequence

from ..events.lexical import fold
from ..records import Article, Brief, Event, Sentence
from ..text.sentences import split_sentences
from . import dates
from .anaphora import leans_on_previous
from .clauses import main_verb_end, told_as_background
from .furniture import strip_dateline
from .language import MEMO_LANGUAGE, marked, writers
from .points import piece_of_quote, quote_left_open, usable, whole_first
from .shorten import compress, drop_fronted_clause
from .topic import echoes, shares_headline, topical

LINE_WORDS = 20  # a lead sentence this short is kept whole
LINE_MAX = 24  # a longer one is cut at a clause boundary within this many words
WHOLE_WORDS = 36  # with no clean cut, a sentence up to this long is kept whole rather than chopped
LEAD_SENTENCES = 3  # where to look for the line's sentence
QUOTED_LEAD_SENTENCES = 6  # ... or, when they are all a quotation's, this far


def _headline_counts(members: Sequence[Article]) -> tuple[list[Article], Counter]:
    """The members with a headline, and how many of them give each (folded) headline."""
    titled = [a for a in members if a.title and a.title.strip()]
    return titled, Counter(_folded(a.title) for a in titled)


def _folded(title: str) -> str:
    return " ".join(fold(title).split())


def main_source(members: Sequence[Article]) -> Article:
    """The source whose headline most members share (copies of one story),
    else the first one with a headline, else the first."""
    titled, counts = _headline_counts(members)
    if not titled:
        return members[0]
    return max(titled, key=lambda a: counts[_folded(a.title)])


def headline_shared(members: Sequence[Article]) -> bool:
    """Whether two members or more give the same headline."""
    _, counts = _headline_counts(members)
    return bool(counts) and counts.most_common(1)[0][1] > 1


def headline(members: Sequence[Article]) -> str:
    """The main source's headline, else its opening words."""
    return main_source(members).heading


def _line(text: str) -> str:
    return compress(drop_fronted_clause(strip_dateline(text)), short=LINE_WORDS, high=LINE_MAX, whole_up_to=WHOLE_WORDS)


_OPENS_QUOTE = re.compile(r'^[«"“]')  # a speaker's words from the sentence's start
# "Et voici Booba le prescripteur: …": a text's first sentence answers nothing before it; its
# opening "Et" or "Mais" is the writer's style, not a link to a sentence left out.
_STYLE_OPENING = re.compile(r"^(?:et|mais)\s+(?=\w)", re.I)


def _opening(sentence: Sentence) -> str:
    return _STYLE_OPENING.sub("", sentence.text) if sentence.index == 0 else sentence.text


def line_sentence(article: Article, title: str) -> str:
    """The first news sentence of the article's lead, short enough for one line."""
    found = [s for s in split_sentences(article.text, article.id)[:QUOTED_LEAD_SENTENCES] if usable(s)]
    lead = [s for s in found if s.index < LEAD_SENTENCES]
    # A lead that is only a speaker's words, over several sentences ('"Depuis les fusillades, on est
    # sur les Izards. Quand ils ont tiré, …'): the reporter's first whole sentence after it.
    after = [s for s in found if not piece_of_quote(s)]
    if lead and after and all(s.in_quote or _OPENS_QUOTE.match(s.text) for s in lead):
        lead = after
    sentences = whole_first(lead)
    if not sentences:
        return ""
    # A sentence that leans on the one before it cannot stand alone on a line; one told in the
    # plus-que-parfait ("l'Allemagne avait déjà classé Paris …") recalls what led up to the news.
    standing = [s for s in sentences if not leans_on_previous(_opening(s), title)] or sentences
    # (It gives way to a sentence with a verb of its own, not to a kicker: '"Encourageant" pour certains, …'.)
    fresh = [s for s in standing if not told_as_background(s.text)]
    if fresh and main_verb_end(fresh[0].text) is not None:
        standing = fresh
    chosen = next((s for s in standing if not echoes(s.text, title)), standing[0])
    line = _line(chosen.text)
    if shares_headline(line, title):
        return line
    # A feature opens on a scene ('Aucune partie de son corps n'est vierge d'encre', 'En prenant sa
    # retraite, X rêvait de voyages') that says nothing of its headline; the line is the sentence
    # after it that does ('Sylvain Hélaine … est considéré comme l'homme le plus tatoué de France').
    later = standing[standing.index(chosen) + 1 :]
    candidates = (_line(s.text) for s in later if topical(s.text, title) and not told_as_background(s.text))
    return next((t for t in candidates if shares_headline(t, title)), line)


def one_line_brief(event: Event, members: Sequence[Article], language: str = MEMO_LANGUAGE) -> Brief:
    own, foreign = writers(members, language)
    title = headline(own)
    main = main_source(own)
    # The main source's lead may give no line (its opening announces the page, its
    # next sentence is too long to cut): the next source's may.
    # A piece of a quotation ('"C'est de la terreur, …') gives way to another source's whole sentence.
    others = (a for a in own if a is not main)
    lines = (line for a in (main, *others) if (line := line_sentence(a, title)))
    first = sentence = next(lines, "")
    while sentence and quote_left_open(sentence):
        sentence = next(lines, "")
    sentence = sentence or first
    cites = "".join(f"[{a.id}]" for a in members)
    date, _ = dates.brief_date(members)
    return Brief(
        event_id=event.id,
        title=marked(title, foreign),
        date=date,
        lead=f"{sentence} {cites}".strip(),
        key_points=(),
        sources=tuple(a.id for a in members),
        related=event.related,
        detailed=False,
        language=foreign,
    )
