"""What every renderer shares: labels, dates in words, citations, table rows.

Renderers differ in markup only; the wording of the memo (which labels, how a
date reads, what a figure row says) is decided here once, so Markdown, text,
JSON and Word agree.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from briefing.prompts import date_in_words, labels
from briefing.records import Brief, Memo, SourceRef, is_iso_date



@dataclass(frozen=True)
class Words:
    """The fixed phrases of one memo language, with helpers that use them."""

    lang: str
    table: dict[str, str]

    def __getitem__(self, key: str) -> str:
        return self.table.get(key, key)

    def label(self, key: str) -> str:
        """`key` followed by the language's colon ("Date :" in French)."""
        return f"{self[key]}{self['colon']}"

    def join(self, items: list[str] | tuple[str, ...]) -> str:
        return self["comma"].join(items)

    def language_name(self, code: str) -> str:
        return self.table.get(f"lang_{code}", code)

    def date(self, iso: str | None) -> str:
        """ "2025-05-12" -> "12 mai 2025"; "2025-05" -> "mai 2025"; else as given."""
        return date_in_words(iso, self.table) if iso else self["unknown"]


def words(lang: str) -> Words:
    return Words(lang=lang, table=labels(lang))


def citation(ids: tuple[str, ...] | list[str]) -> str:
    """Article ids as bracketed references: ("000", "001") -> "[000][001]"."""
    return "".join(f"[{i}]" for i in ids)


def event_summary(brief: Brief) -> str:
    """The brief's lead followed by its key points, as one paragraph of prose."""
    parts = [brief.lead.strip()] + [p.text.strip() for p in brief.key_points]
    return " ".join(p for p in parts if p)


def brief_meta(brief: Brief, w: Words) -> list[tuple[str, str]]:
    """(label, value) pairs of the line under an event's heading: its date and
    its sources as citations. Each renderer styles them its own way."""
    meta = []
    if brief.date:
        meta.append((w.label("date"), w.date(brief.date)))
    if brief.sources:
        meta.append((w.label("sources"), citation(brief.sources)))
    return meta


def continuity_line(brief: Brief, w: Words) -> str:
    """'Suite de : <headline> (30 juin)' for a follow-up, 'Mise à jour de : ...'
    and what is new since for an update; '' for a new event."""
    if brief.status == "new" or not brief.earlier:
        return ""
    key = "status_update" if brief.status == "update" else "status_follow_up"
    first = brief.earlier[0]
    when = f" ({w.date('--' + first.date[5:10])})" if first.date and len(first.date) >= 10 else ""
    line = f"{w.label(key)} {first.title}{when}"
    return f"{line}. {brief.since}" if brief.since else line


def brief_heading(brief: Brief) -> str:
    return f"{brief.event_id}. {brief.title}"


def figure_text(value: str, unit: str, rtl: bool = False) -> str:
    """"52" + "%" -> "52 %" ("52%" right to left, where a lone "%" would jump
    to the other side of the number)."""
    if not unit:
        return value
    if rtl and unit in ("%", "٪"):
        return f"{value}{unit}"
    return f"{value} {unit}"


TABLE_ROWS = 16  # rows of the figures and actors tables, shared among the events briefed in full
MIN_ROWS_PER_EVENT = 2


def _rows_per_event(memo: Memo) -> int:
    return max(MIN_ROWS_PER_EVENT, TABLE_ROWS // max(1, len(memo.detailed)))


def figure_rows(memo: Memo) -> list[tuple[str, str, str, str]]:
    """(figure, what it measures, event id, source id): the first figures of
    each event briefed in full, as many as the table's share allows."""
    share = _rows_per_event(memo)
    rows = [
        (figure_text(f.value, f.unit, memo.rtl), f.measure, b.event_id, f.source)
        for b in memo.detailed
        for f in b.figures[:share]
    ]
    return rows[:TABLE_ROWS]


def actor_rows(memo: Memo) -> list[tuple[str, str, str]]:
    """(name, role, citations): one row per name and role across the events
    briefed in full, so a person the sources describe differently shows each
    role with its sources. A row without a role is dropped when the same name
    has one with a role. Each event gives the table its share of rows."""
    share = _rows_per_event(memo)
    seen: dict[tuple[str, str], list[str]] = {}
    for brief in memo.detailed:
        for actor in brief.actors[:share]:
            ids = seen.setdefault((actor.name, actor.role or ""), [])
            ids.extend(i for i in actor.sources if i not in ids)
    with_role = {name for name, role in seen if role}
    rows = [
        (name, role or "—", citation(ids))
        for (name, role), ids in seen.items()
        if role or name not in with_role
    ]
    return rows[:TABLE_ROWS]


_CITED = re.compile(r"\[([^\[\]\s]+)\]")


def one_line(brief: Brief, w: Words) -> tuple[str, str]:
    """(heading, rest) of an event given one line: 'E12. headline' and
    ' — sentence [a]', or ' [a][b]' when the memo's words ran out. The
    sentence cites only the pages that state it; the event's other pages
    follow, so each source shows once: ' — sentence [a] (autres sources : [b])'."""
    lead = brief.lead.strip()
    linked = continuity_line(brief, w)
    if linked:  # the link first: a reader skimming one-liners sees what continues what
        lead = f"({linked}) {lead}".strip()
    if not lead:
        return brief_heading(brief), ""
    if lead.startswith("["):
        return brief_heading(brief), " " + lead
    rest = w["line_join"] + lead
    others = [i for i in brief.sources if i not in set(_CITED.findall(lead))]
    if others:
        rest += w["line_other_sources"].format(ids=citation(others))
    return brief_heading(brief), rest


def as_read(memo: Memo) -> Memo:
    """The memo as a document shows it: "see also" links only to events it
    lists (an unlisted event is only counted; JSON keeps every link)."""
    hidden = {b.event_id for b in memo.unlisted}
    if not hidden:
        return memo
    return replace(memo, briefs=tuple(replace(b, related=tuple(r for r in b.related if r not in hidden)) for b in memo.briefs))


def unlisted_line(memo: Memo, w: Words) -> str:
    """The line that counts the one-line events past the word budget; "" when none."""
    n = len(memo.unlisted)
    if not n:
        return ""
    return w["unlisted_event"] if n == 1 else w["unlisted_events"].format(n=n)


def timeline_rows(memo: Memo, w: Words) -> list[tuple[str, str, str, str]]:
    """(date in words, event id, text, citations) in date order (stable for ties).

    Dates without a year ("--02-04") cannot be placed: they go last.
    """
    entries = sorted(memo.timeline, key=lambda t: (t.date.startswith("-"), t.date))
    return [(w.date(t.date), t.event_id, t.text, citation(t.sources)) for t in entries]


def source_rows(memo: Memo, w: Words) -> list[tuple[str, str, str, str, str]]:
    """(id, title, outlet, date, file) for the sources list."""
    return [
        (
            s.id,
            s.title or "—",
            s.outlet or w["unknown"],
            w.date(s.date) if s.date else "—",
            file_name(s),
        )
        for s in memo.sources
    ]


def file_name(source: SourceRef) -> str:
    """The page's URL when it came from the web; else the base name of the
    file, never the full path (that would leak a home folder)."""
    if source.url:
        return source.url
    if not source.path:
        return "—"
    return re.split(r"[\\/]", source.path)[-1]


def source_count(memo: Memo) -> int:
    """Sources in the list, or else the distinct articles cited by the briefs."""
    if memo.sources:
        return len(memo.sources)
    return len({i for b in memo.briefs for i in b.sources})


def discrepancy_text(claims: tuple[tuple[str, str], ...], w: Words) -> str:
    """Each claim once with the sources that make it ("1.550 personnes [a][c] ; 1.500
    personnes [b]"), a date in the memo's words ("17 juin 2020", not ISO)."""
    sources: dict[str, list[str]] = {}
    for claim, source in claims:
        sources.setdefault(claim, []).append(source)
    return w["semicolon"].join(
        f"{w.date(claim) if is_iso_date(claim) else claim} " + "".join(f"[{s}]" for s in cited)
        for claim, cited in sources.items()
    )
