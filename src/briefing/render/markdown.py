"""The memo as Markdown that reads well on GitHub and through pandoc.

Citations are bracketed ids linked to anchors in the sources table
("[000](#source-000)"), which both GitHub and pandoc follow. Right-to-left
memos are wrapped in `<div dir="rtl">`, with blank lines around the Markdown
inside so that both renderers still parse it.
"""

from __future__ import annotations

import re

from briefing.records import Brief, Memo
from briefing.render.common import (
    Words,
    actor_rows,
    as_read,
    brief_heading,
    continuity_line,
    discrepancy_text,
    figure_rows,
    one_line,
    source_count,
    source_rows,
    timeline_rows,
    unlisted_line,
    words,
)

# ASCII punctuation that Markdown could read as markup; a backslash keeps it literal.
_SPECIAL = re.compile(r"([\\`*_\[\]<>|#])")
_BULLET_START = re.compile(r"^([-+=])")
_NUMBER_START = re.compile(r"^(\d+)([.)])")
# Only ASCII white space folds: a no-break space (French " :") must survive.
_SPACES = re.compile(r"[ \t\r\n]+")
_CITED = re.compile(r"\[([0-9A-Za-z_.-]+)\]")


def escape(text: str) -> str:
    """Literal text for a paragraph or a table cell (one line, markup escaped)."""
    return _SPECIAL.sub(r"\\\1", _SPACES.sub(" ", text))


def cite(ids: tuple[str, ...] | list[str]) -> str:
    """("000", "001") -> "[\\[000\\]](#source-000)[\\[001\\]](#source-001)"."""
    return "".join(f"[\\[{i}\\]](#{anchor(i)})" for i in ids)


def anchor(source_id: str) -> str:
    return f"source-{source_id}"


def _link_citations(citations: str) -> str:
    """Turn the common "[000][001]" citation string into Markdown links."""
    return cite(_CITED.findall(citations))


def _linked(where: str) -> str:
    """A source's URL as a link (a table cell: no "|", no spaces); a file name as text."""
    if re.match(r"https?://", where):
        return "<" + where.replace("|", "%7C").replace(">", "%3E").replace(" ", "%20") + ">"
    return escape(where)


def table(header: list[str], rows: list[tuple[str, ...]], raw: tuple[int, ...] = ()) -> list[str]:
    """A pipe table; cells escaped, except the `raw` columns, already Markdown."""
    lines = ["| " + " | ".join(escape(h) for h in header) + " |"]
    lines.append("|" + "|".join("---" for _ in header) + "|")
    for row in rows:
        cells = [c if n in raw else escape(c.strip()) for n, c in enumerate(row)]
        lines.append("| " + " | ".join(cells) + " |")
    return lines


def paragraph(text: str) -> str:
    """Escaped text that cannot open a list, a heading or a rule by accident."""
    return _guard(escape(text))


def _guard(markdown: str) -> str:
    out = _BULLET_START.sub(r"\\\1", markdown, count=1)
    return _NUMBER_START.sub(r"\1\\\2", out, count=1)


def _brief(brief: Brief, w: Words, known: frozenset[str]) -> list[str]:
    out = [f"### {escape(brief_heading(brief))}", ""]
    meta = []
    if brief.date:
        meta.append(f"*{escape(w.label('date'))} {escape(w.date(brief.date))}*")
    if brief.sources:
        meta.append(f"*{escape(w.label('sources'))}* {cite(brief.sources)}")
    if meta:
        out += [" · ".join(meta), ""]
    if linked := continuity_line(brief, w):
        out += [f"*{escape(linked)}*", ""]
    out += [prose(brief.lead, known), ""]
    if brief.key_points:
        out += [f"**{escape(w['key_points'])}**", ""]
        out += [f"- {prose(p.text, known)} {cite(p.sources)}".rstrip() for p in brief.key_points]
        out.append("")
    if brief.discrepancies:
        out += [f"**{escape(w['discrepancies'])}**", ""]
        for d in brief.discrepancies:
            claims = _link_citations_in_text(discrepancy_text(d.claims, w))
            out.append(f"- {escape(d.about)}{escape(w['colon'])} {claims}")
        out.append("")
    if brief.related:
        links = w.join([f"[{r}](#{r.lower()})" for r in brief.related])
        out += [f"*{escape(w.label('related'))}* {links}", ""]
    return out


def _link_citations_in_text(text: str, known: frozenset[str] | None = None) -> str:
    """Escape prose but turn its "[000]" citations into links (only `known` ids, if given)."""
    parts = re.split(r"(\[[0-9A-Za-z_.-]+\])", text)
    return "".join(
        _link_citations(p) if _CITED.fullmatch(p) and (known is None or p[1:-1] in known)
        else escape(p)
        for p in parts
    )


def prose(text: str, known: frozenset[str]) -> str:
    """A paragraph whose inline citations of known sources ("[000]") become links."""
    return _guard(_link_citations_in_text(text.strip(), known))


def render_markdown(memo: Memo) -> str:
    memo = as_read(memo)
    w = words(memo.language)
    known = frozenset(s.id for s in memo.sources)
    out = [f"# {escape(memo.title)}", ""]
    out += [
        " · ".join([
            f"**{escape(w.label('date'))}** {escape(w.date(memo.created))}",
            f"**{escape(w.label('language'))}** {escape(w.language_name(memo.language))}",
            f"**{escape(w.label('source_count'))}** {source_count(memo)}",
        ]),
        "",
        f"## {escape(w['executive_summary'])}",
        "",
        prose(memo.executive_summary, known),
        "",
    ]
    if memo.detailed:
        out += [f"## {escape(w['events'])}", ""]
        for brief in memo.detailed:
            # An explicit anchor per event, so "see also" links do not depend on
            # each renderer's own way of turning headings into ids.
            out += [f'<a id="{brief.event_id.lower()}"></a>', ""]
            out += _brief(brief, w, known)
    if memo.one_line or memo.unlisted:
        out += [f"## {escape(w['other_events'])}", ""]
        for brief in memo.one_line:
            heading, rest = one_line(brief, w)
            out.append(f'- <a id="{brief.event_id.lower()}"></a>**{escape(heading)}**{_link_citations_in_text(rest, known)}')
        out.append("")
        if memo.unlisted:
            out += [escape(unlisted_line(memo, w)), ""]
    figures = figure_rows(memo)
    if figures:
        out += [f"## {escape(w['key_figures'])}", ""]
        rows = [(f, m, e, cite([s])) for f, m, e, s in figures]
        out += table([w["figure"], w["measure"], w["event"], w["source"]], rows, raw=(3,)) + [""]
    timeline = timeline_rows(memo, w)
    if timeline:
        out += [f"## {escape(w['timeline'])}", ""]
        rows = [(d, e, t, _link_citations(c)) for d, e, t, c in timeline]
        out += table([w["date"], w["event"], w["fact"], w["sources"]], rows, raw=(3,)) + [""]
    actors = actor_rows(memo)
    if actors:
        out += [f"## {escape(w['actors'])}", ""]
        rows = [(n, r, _link_citations(c)) for n, r, c in actors]
        out += table([w["actor"], w["role"], w["sources"]], rows, raw=(2,)) + [""]
    sources = source_rows(memo, w)
    if sources:
        out += [f"## {escape(w['sources'])}", ""]
        rows = [(f'<a id="{anchor(i)}"></a>{escape(i)}', t, o, d, _linked(f)) for i, t, o, d, f in sources]
        header = [w["id"], w["title"], w["outlet"], w["date"], w["file"]]
        out += table(header, rows, raw=(0, 4)) + [""]
    if memo.notes:
        out += [f"## {escape(w['notes'])}", ""]
        out += [f"- {escape(n)}" for n in memo.notes] + [""]
    body = "\n".join(out).rstrip("\n") + "\n"
    if memo.rtl:
        return f'<div dir="rtl">\n\n{body}\n</div>\n'
    return body
