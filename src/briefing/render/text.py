"""The memo as plain text for a terminal: underlined headings, wrapped prose.

No colour and no terminal queries: the width is fixed so the output is the same
in a pipe, a file or a terminal. Tables become indented lines, which survive
any width better than drawn grids.
"""

from __future__ import annotations

import re
import textwrap

from briefing.records import Brief, Memo
from briefing.render.common import (
    Words,
    actor_rows,
    as_read,
    brief_heading,
    brief_meta,
    continuity_line,
    citation,
    discrepancy_text,
    figure_rows,
    one_line,
    source_count,
    source_rows,
    timeline_rows,
    unlisted_line,
    words,
)

WIDTH = 78
_SPACES = re.compile(r"[ \t\r\n]+")  # ASCII only: a no-break space (French " :") stays


def _wrap(text: str, indent: str = "", first: str | None = None) -> list[str]:
    lines = textwrap.wrap(
        _SPACES.sub(" ", text).strip(),
        width=WIDTH,
        initial_indent=indent if first is None else first,
        subsequent_indent=indent,
        break_long_words=False,
        break_on_hyphens=False,
    )
    return lines or [indent.rstrip()]


def _heading(text: str, rule: str) -> list[str]:
    # Underline by characters, not display width: good enough for Latin and Arabic.
    lines = _wrap(text)
    return lines + [rule * max(len(line) for line in lines), ""]


def _brief(brief: Brief, w: Words) -> list[str]:
    out = _heading(brief_heading(brief), "-")
    meta = brief_meta(brief, w)
    if meta:
        out += [" · ".join(f"{label} {value}" for label, value in meta), ""]
    if linked := continuity_line(brief, w):
        out += _wrap(linked) + [""]
    out += _wrap(brief.lead) + [""]
    if brief.key_points:
        out.append(w["key_points"])
        for p in brief.key_points:
            out += _wrap(f"{p.text} {citation(p.sources)}".strip(), "    ", "  - ")
        out.append("")
    if brief.discrepancies:
        out.append(w["discrepancies"])
        for d in brief.discrepancies:
            text = f"{d.about}{w['colon']} {discrepancy_text(d.claims, w)}"
            out += _wrap(text, "    ", "  - ")
        out.append("")
    if brief.related:
        out += [f"{w.label('related')} {w.join(list(brief.related))}", ""]
    return out


def render_plain(memo: Memo) -> str:
    memo = as_read(memo)
    w = words(memo.language)
    out = _heading(memo.title, "=")
    out += [
        f"{w.label('date')} {w.date(memo.created)}",
        f"{w.label('language')} {w.language_name(memo.language)}",
        f"{w.label('source_count')} {source_count(memo)}",
        "",
    ]
    out += _heading(w["executive_summary"], "=") + _wrap(memo.executive_summary) + [""]
    if memo.detailed:
        out += _heading(w["events"], "=")
        for brief in memo.detailed:
            out += _brief(brief, w)
    if memo.one_line or memo.unlisted:
        out += _heading(w["other_events"], "=")
        for brief in memo.one_line:
            out += _wrap("".join(one_line(brief, w)), "    ", "  - ")
        out.append("")
        if memo.unlisted:
            out += _wrap(unlisted_line(memo, w), "", "") + [""]
    figures = figure_rows(memo)
    if figures:
        out += _heading(w["key_figures"], "=")
        for figure, measure, event, source in figures:
            out += _wrap(f"{figure}{w['colon']} {measure} ({event}) [{source}]", "    ", "  - ")
        out.append("")
    timeline = timeline_rows(memo, w)
    if timeline:
        out += _heading(w["timeline"], "=")
        for date, event, text, cites in timeline:
            out += _wrap(f"{date}{w['colon']} {text} ({event}) {cites}", "    ", "  - ")
        out.append("")
    actors = actor_rows(memo)
    if actors:
        out += _heading(w["actors"], "=")
        for name, role, cites in actors:
            out += _wrap(f"{name}{w['colon']} {role} {cites}", "    ", "  - ")
        out.append("")
    sources = source_rows(memo, w)
    if sources:
        out += _heading(w["sources"], "=")
        for sid, title, outlet, date, file in sources:
            where = w.join([x for x in (outlet, date) if x != "—"])
            out += _wrap(f"{title}. {where}. {file}", "      ", f"[{sid}] ")
        out.append("")
    if memo.notes:
        out += _heading(w["notes"], "=")
        for note in memo.notes:
            out += _wrap(note, "    ", "  - ")
        out.append("")
    return "\n".join(out).rstrip("\n") + "\n"
