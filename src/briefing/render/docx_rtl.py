"""Right-to-left text in Word: paragraphs, runs, tables and the fonts they need.

Word lays out a right-to-left paragraph only when told twice: the paragraph
carries `w:bidi` (order and alignment) and each Arabic run carries `w:rtl`
(shaping with the complex-script font, `w:cs`). Latin names and numbers inside
Arabic text go in runs of their own, without `w:rtl`, so they keep their Latin
font and read left to right within the line.
"""

from __future__ import annotations

import re
from typing import Any

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

# Arial carries Arabic glyphs on Windows and macOS; where it is missing
# (LibreOffice on Linux maps it to Liberation Sans) the viewer falls back to a
# font that has them, which keeps the memo readable everywhere.
ARABIC_FONT = "Arial"

# A Latin segment starts and ends with a Latin letter or digit; it may hold
# spaces and name punctuation ("Samir Ahid", "Medical Device Day", "E1").
_LATIN = re.compile(
    r"[A-Za-z\u00C0-\u024F](?:[A-Za-z\u00C0-\u024F0-9 .,'’&/-]*[A-Za-z\u00C0-\u024F0-9])?"
)
_ARABIC = re.compile(r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]")


def has_arabic(text: str) -> bool:
    return bool(_ARABIC.search(text))


def _split(pattern: re.Pattern[str], text: str, matched: bool) -> list[tuple[str, bool]]:
    """Split text into (segment, flag): the pattern's matches flagged `matched`, the rest not."""
    out: list[tuple[str, bool]] = []
    pos = 0
    for match in pattern.finditer(text):
        if match.start() > pos:
            out.append((text[pos : match.start()], not matched))
        out.append((match.group(), matched))
        pos = match.end()
    if pos < len(text):
        out.append((text[pos:], not matched))
    return out


def script_segments(text: str) -> list[tuple[str, bool]]:
    """Split text into (segment, is_rtl): Latin words apart, everything else RTL."""
    return _split(_LATIN, text, False)


def _child(parent: Any, tag: str) -> Any:
    """The first child `tag` of an element, created (appended) when missing."""
    found = parent.find(qn(tag))
    if found is None:
        found = OxmlElement(tag)
        parent.append(found)
    return found


def _complex_script_font(rpr: Any, font: str) -> Any:
    """Set the complex-script (Arabic) font of run properties; rFonts goes first in rPr."""
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    fonts.set(qn("w:cs"), font)
    return fonts


def set_paragraph_rtl(paragraph: Any, rtl: bool = True) -> None:
    """Mark a paragraph right-to-left (or explicitly left-to-right with rtl=False).

    `w:bidi` goes early in pPr, as the schema orders it.
    """
    ppr = paragraph._p.get_or_add_pPr()
    if ppr.find(qn("w:bidi")) is None:
        bidi = OxmlElement("w:bidi")
        if not rtl:
            bidi.set(qn("w:val"), "0")
        # pPr children are ordered; bidi sits before spacing, ind, jc and others.
        anchor = None
        for tag in ("w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind",
                    "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap",
                    "w:jc", "w:textDirection", "w:textAlignment", "w:outlineLvl", "w:rPr"):
            anchor = ppr.find(qn(tag))
            if anchor is not None:
                break
        if anchor is not None:
            anchor.addprevious(bidi)
        else:
            ppr.append(bidi)


def set_run_rtl(run: Any, font: str = ARABIC_FONT) -> None:
    """Mark a run right-to-left with a complex-script font; bold carries over to bCs."""
    rpr = run._r.get_or_add_rPr()
    _complex_script_font(rpr, font)
    if run.bold and rpr.find(qn("w:bCs")) is None:
        rpr.find(qn("w:b")).addnext(OxmlElement("w:bCs"))
    if run.italic and rpr.find(qn("w:iCs")) is None:
        rpr.find(qn("w:i")).addnext(OxmlElement("w:iCs"))
    rtl = OxmlElement("w:rtl")
    # rtl comes late in rPr (after color, size, underline...), before lang.
    lang = rpr.find(qn("w:lang"))
    if lang is not None:
        lang.addprevious(rtl)
    else:
        rpr.append(rtl)


# A stretch of Arabic inside a left-to-right paragraph: from an Arabic letter to the last
# Arabic letter or closing mark, with the spaces, digits and punctuation between.
_ARABIC_SPAN = re.compile(
    r"[\u0600-\u06FF](?:[\u0600-\u06FF\u0750-\u077F0-9\s.,:;!?\"'«»()\-–—/%]*[\u0600-\u06FF.!?\"»)])?"
)


def arabic_segments(text: str) -> list[tuple[str, bool]]:
    """Split text into (segment, is_arabic): the Arabic stretches of a left-to-right line apart."""
    return _split(_ARABIC_SPAN, text, True)


def add_runs(paragraph: Any, text: str, rtl: bool, bold: bool = False, italic: bool = False) -> None:
    """Append text to a paragraph, in script runs when the memo is right-to-left; in a
    left-to-right memo, an event told in Arabic ("[ar] ...") gets right-to-left runs for its
    Arabic, so that the dash, citations and brackets around it keep their places."""
    if rtl:
        italic = False  # Arabic typography has no italics; slanted Naskh reads badly
    if not rtl and has_arabic(text):
        for segment, is_arabic in arabic_segments(text):
            run = paragraph.add_run(segment)
            run.bold = bold or None
            run.italic = (italic and not is_arabic) or None
            if is_arabic:
                set_run_rtl(run)
        return
    if not rtl or (_LATIN.fullmatch(text.strip()) and not has_arabic(text)):
        run = paragraph.add_run(text)
        run.bold = bold or None
        run.italic = italic or None
        return
    for segment, is_rtl in script_segments(text):
        run = paragraph.add_run(segment)
        run.bold = bold or None
        run.italic = italic or None
        if is_rtl:
            set_run_rtl(run)


def direct(paragraph: Any, text: str) -> None:
    """Set a paragraph's direction in an RTL memo from its text.

    Latin text with no Arabic (a file name, a French title) stays a
    left-to-right paragraph, aligned right with its neighbours: marked RTL,
    "000_a.txt" would be reordered into nonsense. Everything else, numbers
    and citations included, follows the memo's right-to-left flow.
    """
    if has_arabic(text) or not _LATIN.search(text):
        set_paragraph_rtl(paragraph)
    else:
        from docx.enum.text import WD_ALIGN_PARAGRAPH

        # Explicitly LTR: cells of an RTL table would otherwise inherit RTL.
        set_paragraph_rtl(paragraph, False)
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT


def set_table_rtl(table: Any) -> None:
    """Columns run right to left (first column at the right edge)."""
    tblpr = table._tbl.tblPr
    bidi = OxmlElement("w:bidiVisual")
    # bidiVisual follows tblStyle / tblpPr / tblOverlap in tblPr.
    style = tblpr.find(qn("w:tblStyle"))
    if style is not None:
        style.addnext(bidi)
    else:
        tblpr.insert(0, bidi)


def set_style_rtl(styles: Any, names: tuple[str, ...], font: str = ARABIC_FONT) -> None:
    """Give styles a complex-script font and Arabic language, so headings shape well."""
    for name in names:
        try:
            style = styles[name]
        except KeyError:
            continue
        rpr = style.element.get_or_add_rPr()
        fonts = _complex_script_font(rpr, font)
        if fonts.get(qn("w:cstheme")) is not None:
            del fonts.attrib[qn("w:cstheme")]
        lang = _child(rpr, "w:lang")
        lang.set(qn("w:bidi"), "ar-MA")
