"""The executive summary: one paragraph an analyst could have written.

An opening sentence says how many events and sources the memo holds and the
period its pages were published in; then one short sentence per main event (its lead, cut at a
clause boundary after the main verb, keeping the first figure when it is
near), with its citations; then the pairs of related events. Extractive and
honest: every word comes from the briefs or from the fixed phrases in
prompts/labels.<lang>.json.
"""

from __future__ import annotations

import re
from typing import Iterable, Sequence

from ..prompts import labels
from ..records import Article, Brief
from . import dates
from .anaphora import leans_on_previous
from .citations import citation, split_lead
from .clauses import quoted_speech, told_as_background
from .designation import designates_only
from .lexicon import ARTICLES, CONNECTORS, DETERMINERS, MONTHS, PREPOSITIONS, SUBORDINATORS, WEEKDAYS
from .shorten import compress, drop_fronted_clause

SUMMARY_EVENTS = 5  # events given a sentence
# A sentence put after "Le 12 mai 2025, " no longer starts one: its first word
# goes lower case when it is a word of a closed class (article, determiner, preposition,
# conjunction, subject pronoun: the lexicon's lists, and the adverbs that open a sentence)
# or a present participle, never a name.
_SUBJECTS = frozenset("il elle ils elles on nous".split())
_OPENING_ADVERBS = frozenset(
    """aussi ainsi plus moins encore déjà enfin ensuite pourtant cependant toutefois désormais surtout même
    certes sauf quant parce faute au-delà auprès donc""".split()
)
_CLOSED_CLASS = ARTICLES | DETERMINERS | PREPOSITIONS | CONNECTORS | SUBORDINATORS | _SUBJECTS | _OPENING_ADVERBS
_FIRST_WORD = re.compile(r"^([A-ZÀ-Ý][a-zà-ÿ-]*)(?:['’]|\b)")
_ENGLISH_ARTICLE = re.compile(r"^(?:The|A|An)\b")
_MENT_ADVERB = re.compile(r"^[A-ZÀ-Ý][a-zà-ÿ]{3,}ment(?:\s*,|\s+à\s)")


def _opens_on_closed_word(text: str) -> bool:
    first = _FIRST_WORD.match(text)
    if first is None:
        return False
    word = first.group(1).lower() + ("'" if text[first.end(1) : first.end(1) + 1] in "'’" else "")
    # "Dix-sept personnes", "Sous-titré …": a compound's head tells its class too.
    heads = {word, word.rstrip("'"), word.split("-")[0]}
    # "Contrairement à 2017, …", "Finalement, …": an adverb in -ment before "à" or a comma.
    return bool(heads & _CLOSED_CLASS) or bool(_ENGLISH_ARTICLE.match(text)) or bool(_MENT_ADVERB.match(text))


# "Jugeant certaines dispositions ..., le Conseil a censuré": a participle
# opens the clause; a name ending the same way is followed by its verb.
_PARTICIPLE = re.compile(r"^[A-ZÀ-Ý][a-zà-ÿ]{3,}ant\s+(?!(?:a|est|ont|sont|avait|était|s['’]|se|et)\b)[a-zà-ÿ]")
# "Venue présenter son programme, la candidate …", "Alimentés par la sécheresse, les incendies …": a past
# participle opens the clause when a preposition, an article or an infinitive follows it ("Santé publique
# France", a name's word, is followed by neither).
_PAST_PARTICIPLE = re.compile(
    rf"^[A-ZÀ-Ý][a-zà-ÿ]{{2,}}(?:é|ée|és|ées|ue|ues|us|ie|ies|is|it|ite|ites|its)\s+"
    rf"(?:(?:{'|'.join(sorted(PREPOSITIONS | ARTICLES, key=len, reverse=True))})(?![\w'’])|[a-zà-ÿ]{{2,}}(?:er|ir|re)\b)"
)


# A sentence that opens on its own time ("Ces derniers jours, …", "Mardi soir, …", "Last week, …")
# takes no date before it: "Le 16 septembre 2020, ces derniers jours, …" says two times at once.
_OPENS_ON_TIME = re.compile(
    r"^(?:(?:ces|les)\s+derni[eè]re?s\s+(?:jours|semaines|mois|heures)|cette\s+(?:semaine|nuit|année|fin de semaine)"
    r"|ce\s+(?:week-end|matin|soir|midi|mois)|depuis|hier|avant-hier|aujourd['’]hui|la\s+veille|en\s+(?:début|fin)\s+de"
    rf"|(?:{'|'.join(sorted(WEEKDAYS))})(?:\s+(?:matin|midi|soir|après-midi|dernier))?(?=\s*,)"
    r"|le\s+\d{1,2}(?:er)?\s+\w+|(?:last|this|next)\s+(?:week|month|year|night)|yesterday|today|on\s+(?:monday|tuesday"
    r"|wednesday|thursday|friday|saturday|sunday))\b",
    re.IGNORECASE,
)


# A sentence that places what it tells before the event's day ("ont touché l'île la semaine dernière",
# "a été interpellé en mai dernier") takes no date before it either: "Le 7 août 2018, …" would say it
# happened then.
_TOLD_EARLIER = re.compile(
    r"(?<![\w-])(?:la\s+semaine\s+dernière|le\s+mois\s+dernier|l['’]an\s+dernier|l['’]année\s+dernière"
    rf"|en\s+(?:{'|'.join(sorted(MONTHS, key=len, reverse=True))})\s+dernier"
    r"|il\s+y\s+a\s+(?:\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|quelques|plusieurs)\s+"
    r"(?:jours|semaines?|mois|ans?|années?)|last\s+(?:week|month|year)|\w+\s+ago)(?![\w-])",
    re.IGNORECASE,
)


def _dated(text: str, iso: str | None, words: dict[str, str], single_day: bool = False) -> str:
    """'Le 12 mai 2025, le ministre ...' when the event's date is known and
    the memo spans more than that day (the opening sentence already says it),
    unless the sentence opens on a time of its own, tells of an earlier one,
    or writes the date itself ('… a dévoilé …, ce jeudi 28 mai')."""
    when = dates.human(iso, words)
    if not when or single_day or _OPENS_ON_TIME.match(text) or _TOLD_EARLIER.search(text) or dates.names_the_date(text, iso):
        return text
    key = "summary_on_day" if dates.has_day(iso) else "summary_in_month"
    if _opens_on_closed_word(text) or _PARTICIPLE.match(text) or _PAST_PARTICIPLE.match(text):
        text = text[0].lower() + text[1:]
    return words[key].format(date=when, text=text)


def _named(brief: Brief, text: str, cites: str) -> tuple[str, str]:
    """The lead's sentence and citations, or, when the lead only designates its subject ('L'homme
    politique est décédé jeudi …', whose name the brief's headline gives and the synthesis does not),
    the first key point as many sources give that names it."""
    if not designates_only(text):
        return text, cites
    support = cites.count("[")
    for point in brief.key_points:
        if (len(point.sources) >= support and not designates_only(point.text)
                and not leans_on_previous(point.text) and not quoted_speech(point.text)
                and not told_as_background(point.text)):
            return point.text.strip(), citation(point.sources)
    return text, cites


def opening(briefs: Sequence[Brief], words: dict[str, str], span: Sequence[str] | None = None) -> str:
    """'Cette note réunit 4 événements et 5 sources, du 28 décembre 2021 au 12 mai 2025.'
    `span`: the memo's period (memo_period); the events' dates when not given."""
    n_events = len(briefs)
    n_sources = len({i for b in briefs for i in b.sources})
    events = words["summary_event"] if n_events == 1 else words["summary_events"].format(n=n_events)
    sources = words["summary_source"] if n_sources == 1 else words["summary_sources"].format(n=n_sources)
    span = period(b.date for b in briefs) if span is None else span
    when = ""
    if len(span) == 1:
        when = words["summary_period_one"].format(date=dates.human(span[0], words))
    elif span:
        when = words["summary_period"].format(start=dates.human(span[0], words), end=dates.human(span[1], words))
    return words["summary_opening"].format(events=events, sources=sources, period=when)


def period(isos: Iterable[str | None]) -> tuple[str, ...]:
    """(first, last) of the dates whose year is known ("--02-04" cannot be placed),
    a date that another refines left out ("2020-06" beside "2020-06-18"); one date
    when they all fall on it; () when none is known."""
    known = {d for d in isos if d and not d.startswith("--")}
    finest = sorted(d for d in known if not any(o != d and o.startswith(d) for o in known))
    if not finest:
        return ()
    return (finest[0],) if finest[0] == finest[-1] else (finest[0], finest[-1])


def memo_period(briefs: Sequence[Brief], articles: Sequence[Article]) -> tuple[str, ...]:
    """The memo's period: when its pages were published (a one-day crawl is that day),
    not when their events happened (a lead's "vendredi dernier" is no page of the crawl).
    The events' dates only when no page of the memo gives its publication date."""
    cited = {i for b in briefs for i in b.sources}
    return period(a.date for a in articles if a.id in cited) or period(b.date for b in briefs)


def related_groups(briefs: Sequence[Brief]) -> list[list[str]]:
    """The related events in groups, in memo order: each pair once, and the events
    linked together through their pairs in one group (a story's events in a memo of a
    period are all related: one sentence for them, not one per pair)."""
    place = {b.event_id: n for n, b in enumerate(briefs)}
    group = {b.event_id: b.event_id for b in briefs}

    def root(x: str) -> str:
        while group[x] != x:
            x = group[x]
        return x

    for a, b in related_pairs(briefs):
        ra, rb = root(a), root(b)
        if ra != rb:
            group[max(ra, rb, key=place.__getitem__)] = min(ra, rb, key=place.__getitem__)
    members: dict[str, list[str]] = {}
    for brief in briefs:
        members.setdefault(root(brief.event_id), []).append(brief.event_id)
    return sorted((m for m in members.values() if len(m) > 1), key=lambda m: place[m[0]])


def related_pairs(briefs: Sequence[Brief]) -> list[tuple[str, str]]:
    """Each pair of related events once, in memo order."""
    place = {b.event_id: n for n, b in enumerate(briefs)}
    pairs: list[tuple[str, str]] = []
    for brief in briefs:
        for other in brief.related:
            if other in place:
                a, b = sorted((brief.event_id, other), key=place.__getitem__)
                if (a, b) not in pairs:
                    pairs.append((a, b))
    return pairs


def _weekday_of_its_week(text: str, iso: str | None, memo_day: str | None) -> bool:
    """Whether `text` names its event's weekday, the event falling in the six days before the memo's day."""
    day, memo = dates.full_day(iso), dates.full_day(memo_day)
    return day is not None and memo is not None and 0 < (memo - day).days < 7 and dates.names_the_day(text, iso)


def _single_day(briefs: Sequence[Brief]) -> bool:
    """True when the events all fall on one known day: then no sentence opens on it."""
    days = {b.date for b in briefs}
    return len(days) == 1 and dates.has_day(next(iter(days)))


def executive_summary(briefs: Sequence[Brief], language: str = "fr", span: Sequence[str] | None = None) -> str:
    """The opening over every event (`span`: the memo's period), then a sentence
    for each of the first events briefed in full in the memo's language, then
    their related pairs."""
    if not briefs:
        return ""
    words = labels(language)
    parts = [opening(briefs, words, span)]
    # An event told in another language (brief.language) is listed in the memo, not put into its prose.
    detailed = [b for b in briefs if b.detailed and b.language is None]
    one_day = _single_day(detailed[:SUMMARY_EVENTS])
    # The opening gives the memo's day: an event of that day needs no date of its own.
    memo_day = span[0] if span is not None and len(span) == 1 and dates.has_day(span[0]) else None
    for brief in detailed[:SUMMARY_EVENTS]:
        _, text, cites = split_lead(brief, words)
        if not text:
            continue
        text, cites = _named(brief, text, cites)
        short = compress(drop_fronted_clause(text)).rstrip(".")
        # In a memo of one day, "ont été inculpées vendredi" already says which day of its week.
        told = one_day or brief.date == memo_day or _weekday_of_its_week(short, brief.date, memo_day)
        short = _dated(short, brief.date, words, told)
        parts.append(f"{short} {cites}." if cites else short + ".")
    for events in related_groups(detailed):
        key = "summary_related" if len(events) == 2 else "summary_related_group"
        parts.append(words[key].format(a=", ".join(events[:-1]), b=events[-1]))
    return " ".join(parts)
