"""The executive summary: one paragraph an analyst could have written.

An opening sentence says how many events and sources the memo holds and the
period they span; then one short sentence per main event (its lead, cut at a
clause boundary after the main verb, keeping the first figure when it is
near), with its citations; then the pairs of related events. Extractive and
honest: every word comes from the briefs or from the fixed phrases in
prompts/labels.<lang>.json.
"""

from __future__ import annotations

import re
from typing import Sequence

from ..prompts import labels
from ..records import Brief, Sentence
from . import dates
from .figures import extract_figures

SUMMARY_EVENTS = 5  # events given a sentence
SHORT_WORDS = 22  # a lead this short is kept whole
MIN_WORDS = 8  # a cut keeps at least this many words
MAX_WORDS = 32  # and at most this many
_CITES = re.compile(r"\s*((?:\[[^\[\]]+\])+)\s*$")
# Words that open a clause the sentence can do without: participles, relative
# pronouns, prepositions of circumstance, days and dates.
_OPENERS = re.compile(
    r"^(?:\w+ant\b|qui\b|dont\b|où\b|lequel|laquelle|lesquel|afin\b|tout\s+en\b|notamment\b|"
    r"alors\b|lors\b|en\s+marge\b|en\s+présence\b|dans\s+le\s+cadre\b|grâce\b|selon\b|avec\b|"
    r"pour\b|après\b|avant\b|depuis\b|ainsi\b|soit\b|lundi|mardi|mercredi|jeudi|vendredi|"
    r"samedi|dimanche|le\s+\d|\d|which\b|who\b|where\b|while\b|after\b|before\b|on\s+\w+day)",
    re.IGNORECASE,
)
# After these a comma closes an apposition ("X, directeur de Y, a dit"): no cut.
_VERB_NEXT = re.compile(r"^(?:a|ont|est|sont|était|sera|s['’]|se|avait|has|have|is|was|were)\b", re.IGNORECASE)
_LOWER_FIRST = re.compile(r"^(?:Le|La|Les|L['’]|Un|Une|Des|Ce|Cette|Ces|The|A|An)\b")


def _split_lead(brief: Brief, months: Sequence[str]) -> tuple[str, str]:
    """(text, citations) of the lead '12 mai 2025 — text [a][b]'."""
    lead = brief.lead.strip()
    when = dates.human(brief.date, months)
    if when and lead.startswith(f"{when} — "):
        lead = lead[len(when) + 3 :]
    match = _CITES.search(lead)
    if not match:
        return lead, ""
    return lead[: match.start()].strip(), match.group(1)


def _cuts(text: str) -> list[tuple[int, bool]]:
    """(offset, clean) of the commas and semicolons a sentence may end at;
    clean when what follows opens a clause the sentence can do without."""
    out = []
    for match in re.finditer(r"\s*[,;]\s+|\s+[—–]\s+", text):
        after = text[match.end() :]
        if not after or after[0].isupper() or _VERB_NEXT.match(after):
            continue  # a name in apposition, or the verb after one
        out.append((match.start(), bool(_OPENERS.match(after))))
    return out


def _first_figure(text: str) -> int | None:
    """Where the sentence's first figure (a number with a unit, not a date) ends."""
    found = extract_figures([Sentence(text, 0, len(text), 0, "")])
    if not found:
        return None
    match = re.search(rf"(?<![\w]){re.escape(found[0].value)}", text)
    return match.end() if match else None


def compress(text: str, short: int = SHORT_WORDS, low: int = MIN_WORDS, high: int = MAX_WORDS) -> str:
    """A long sentence cut at a clause boundary: the first clean cut after
    `low` words (a later one when it keeps the sentence's first figure within
    `high` words); else the last cut within `high` words, marked with '…'."""
    body = text.strip().rstrip(".!?… ")
    if len(body.split()) <= short:
        return body + "."
    first_figure = _first_figure(body)

    def fits(at: int) -> bool:
        return low <= len(body[:at].split()) <= high

    cuts = [(at, clean) for at, clean in _cuts(body) if fits(at)]
    clean = [at for at, ok in cuts if ok]
    with_figure = [at for at in clean if first_figure is not None and at > first_figure]
    if with_figure:
        return body[: with_figure[0]] + "."
    if clean:
        return body[: clean[0]] + "."
    if len(body.split()) <= high:
        return body + "."
    if cuts:
        return body[: cuts[0][0]].rstrip(" ,;") + " …"
    return " ".join(body.split()[:high]) + " …"


def _dated(text: str, iso: str | None, words: dict[str, str], months: Sequence[str]) -> str:
    """'Le 12 mai 2025, le ministre ...' when the event's date is known."""
    when = dates.human(iso, months)
    if not when:
        return text
    key = "summary_on_day" if dates.has_day(iso) else "summary_in_month"
    if _LOWER_FIRST.match(text):
        text = text[0].lower() + text[1:]
    return words[key].format(date=when, text=text)


def opening(briefs: Sequence[Brief], words: dict[str, str], months: Sequence[str]) -> str:
    """'Cette note réunit 4 événements et 5 sources, du 28 décembre 2021 au 12 mai 2025.'"""
    n_events = len(briefs)
    n_sources = len({i for b in briefs for i in b.sources})
    events = words["summary_event"] if n_events == 1 else words["summary_events"].format(n=n_events)
    sources = words["summary_source"] if n_sources == 1 else words["summary_sources"].format(n=n_sources)
    # The period spans the dates whose year is known; "--02-04" cannot be placed.
    known = sorted(b.date for b in briefs if b.date and not b.date.startswith("--"))
    period = ""
    if known and known[0] == known[-1]:
        period = words["summary_period_one"].format(date=dates.human(known[0], months))
    elif known:
        period = words["summary_period"].format(start=dates.human(known[0], months), end=dates.human(known[-1], months))
    return words["summary_opening"].format(events=events, sources=sources, period=period)


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


def executive_summary(briefs: Sequence[Brief], language: str = "fr") -> str:
    if not briefs:
        return ""
    words = labels(language)
    months = words.get("months", "").split(",")
    parts = [opening(briefs, words, months)]
    for brief in briefs[:SUMMARY_EVENTS]:
        text, cites = _split_lead(brief, months)
        if not text:
            continue
        short = _dated(compress(text).rstrip("."), brief.date, words, months)
        parts.append(f"{short} {cites}." if cites else short + ".")
    for a, b in related_pairs(briefs):
        parts.append(words["summary_related"].format(a=a, b=b))
    return " ".join(parts)
