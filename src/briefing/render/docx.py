"""The memo as a Word document built from real styles.

Title, Subtitle, Heading 1-2, List Bullet and a table style carry all the look,
so an office restyles the memo by editing styles or passing its own template.
Right-to-left memos mark every paragraph, run and table (see docx_rtl).
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

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


class _Writer:
    """Adds styled paragraphs to one document, right to left when the memo is."""

    def __init__(self, document: Any, rtl: bool):
        self.document = document
        self.rtl = rtl

    def paragraph(self, text: str = "", style: str | None = None, bold: bool = False,
                  italic: bool = False) -> Any:
        found = self._style(style)
        paragraph = self.document.add_paragraph(style=found)
        if found is None and style == "List Bullet":
            text = f"• {text}"  # the template has no bullet style: keep the bullet visible
        if self.rtl:
            from briefing.render.docx_rtl import direct, set_paragraph_rtl

            if text:
                direct(paragraph, text)
            else:  # labelled lines start empty: they take the memo's direction
                set_paragraph_rtl(paragraph)
        if text:
            self.runs(paragraph, text, bold=bold, italic=italic)
        return paragraph

    def runs(self, paragraph: Any, text: str, bold: bool = False, italic: bool = False) -> None:
        from briefing.render.docx_rtl import add_runs

        add_runs(paragraph, text, self.rtl, bold=bold, italic=italic)

    def heading(self, text: str, level: int) -> Any:
        return self.paragraph(text, style=f"Heading {level}")

    def labelled(self, label: str, value: str, style: str | None = None) -> Any:
        paragraph = self.paragraph(style=style)
        self.runs(paragraph, f"{label} ", bold=True)
        self.runs(paragraph, value)
        return paragraph

    def _style(self, name: str | None) -> Any | None:
        if name is None:
            return None
        try:
            return self.document.styles[name]
        except KeyError:
            return None


def build_docx(memo: Memo, template: Path | None = None) -> bytes:
    from briefing.render.docx_page import dated_zip, house_style, metadata, open_document, page_numbers

    memo = as_read(memo)
    w = words(memo.language)
    document, own_template = open_document(template)
    if not own_template:
        house_style(document, memo.rtl)
    page_numbers(document, w, memo.rtl)
    metadata(document, memo.title, memo.language, memo.created)
    out = _Writer(document, memo.rtl)
    width = _text_width_cm(document)
    _title_block(out, memo, w)
    out.heading(w["executive_summary"], 1)
    out.paragraph(memo.executive_summary)
    if memo.detailed:
        out.heading(w["events"], 1)
        for brief in memo.detailed:
            _brief(out, brief, w)
    if memo.one_line or memo.unlisted:
        out.heading(w["other_events"], 1)
        for brief in memo.one_line:
            _one_line(out, brief, w)
        if memo.unlisted:
            out.paragraph(unlisted_line(memo, w))
    _tables(out, memo, w, width)
    if memo.notes:
        out.heading(w["notes"], 1)
        for note in memo.notes:
            out.paragraph(note, style="List Bullet")
    buffer = io.BytesIO()
    document.save(buffer)
    return dated_zip(buffer.getvalue(), memo.created)


def _title_block(out: _Writer, memo: Memo, w: Words) -> None:
    if not memo.title.casefold().startswith(w["memo_title"].casefold()):
        # The kind of document above a title that does not already say it.
        out.paragraph(w["memo_title"], style="Subtitle")
    out.paragraph(memo.title, style="Title")
    lines = (
        (w.label("date"), w.date(memo.created)),
        (w.label("language"), w.language_name(memo.language)),
        (w.label("source_count"), str(source_count(memo))),
    )
    for n, (label, value) in enumerate(lines):
        paragraph = out.labelled(label, value)
        # One block of three lines, then air before the summary.
        paragraph.paragraph_format.space_after = 0 if n < len(lines) - 1 else None


def _brief(out: _Writer, brief: Brief, w: Words) -> None:
    out.heading(brief_heading(brief), 2)
    meta = brief_meta(brief, w)
    if meta:
        out.paragraph(" · ".join(f"{label} {value}" for label, value in meta), italic=True)
    if linked := continuity_line(brief, w):
        out.paragraph(linked, italic=True)
    out.paragraph(brief.lead.strip())
    if brief.key_points:
        out.paragraph(w["key_points"], bold=True).paragraph_format.keep_with_next = True
        for point in brief.key_points:
            out.paragraph(f"{point.text} {citation(point.sources)}".strip(), style="List Bullet")
    if brief.discrepancies:
        out.paragraph(w["discrepancies"], bold=True).paragraph_format.keep_with_next = True
        for d in brief.discrepancies:
            text = f"{d.about}{w['colon']} {discrepancy_text(d.claims, w)}"
            out.paragraph(text, style="List Bullet")
    if brief.related:
        out.labelled(w.label("related"), w.join(list(brief.related)))


def _one_line(out: _Writer, brief: Brief, w: Words) -> None:
    """A bullet: the event's id and headline in bold, then its sentence."""
    heading, rest = one_line(brief, w)
    paragraph = out.paragraph(style="List Bullet")
    out.runs(paragraph, heading, bold=True)
    if rest:
        out.runs(paragraph, rest)


def _tables(out: _Writer, memo: Memo, w: Words, width: float) -> None:
    from briefing.render.docx_tables import add_table, fitted, scale

    document, rtl = out.document, out.rtl
    figures = figure_rows(memo)
    if figures:
        out.heading(w["key_figures"], 1)
        header = [w["figure"], w["measure"], w["event"], w["source"]]
        rows = [(f, m, e, f"[{s}]") for f, m, e, s in figures]
        add_table(document, header, rows, scale((2.6, 8.2, 3.1, 2.0), width), rtl)
    timeline = timeline_rows(memo, w)
    if timeline:
        out.heading(w["timeline"], 1)
        header = [w["date"], w["event"], w["fact"], w["sources"]]
        add_table(document, header, timeline, scale((3.2, 3.1, 7.2, 2.6), width), rtl)
    actors = actor_rows(memo)
    if actors:
        out.heading(w["actors"], 1)
        header = [w["actor"], w["role"], w["sources"]]
        add_table(document, header, actors, scale((4.5, 8.5, 2.6), width), rtl)
    sources = source_rows(memo, w)
    if sources:
        out.heading(w["sources"], 1)
        header = [w["id"], w["title"], w["outlet"], w["date"], w["file"]]
        # Reference, outlet and file fit their longest word, the date its whole value; the title takes the rest.
        ref = fitted([header[0]] + [row[0] for row in sources], 1.5, 3.5)
        outlet = fitted([header[2]] + [row[2] for row in sources], 1.8, 3.2, per_char=0.2)
        day = fitted([row[3] for row in sources], 1.8, 4.2, per_char=0.22, whole=True)
        name = fitted([row[4] for row in sources], 2.0, 4.9, per_char=0.2)
        # The title keeps a third of the width at least: the other columns give way in proportion.
        ref, outlet, day, name = scale((ref, outlet, day, name), min(ref + outlet + day + name, width * 2 / 3))
        add_table(document, header, sources, (ref, round(width - ref - outlet - day - name, 2), outlet, day, name), rtl)


def _text_width_cm(document: Any) -> float:
    """The width between the margins of the first section, in centimetres."""
    section = document.sections[0]
    try:
        usable = section.page_width - section.left_margin - section.right_margin
        return round(usable / 360000, 2)
    except TypeError:  # a template that leaves page size unset
        return 16.0
