"""The Word document around the memo: template, page, house style, footer, metadata.

With an office's reference .docx the memo takes its styles, page and footer and
only the content is ours. Without one, python-docx's default template gets a
plain house style: A4, sober fonts and spacing, page numbers in the footer.
"""

from __future__ import annotations

import io
import zipfile
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from briefing.errors import UsageError
from briefing.render.common import Words
from briefing.render.docx_rtl import add_runs, set_paragraph_rtl, set_style_rtl

LATIN_FONT = "Calibri"
NAVY = RGBColor(0x1F, 0x3A, 0x5F)
_TEMPLATE_TYPE = b"application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
_DOCUMENT_TYPE = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"


def open_document(template: Path | None) -> tuple[Any, bool]:
    """(document, is_own_template). A .dotx is read as the .docx it contains."""
    import docx

    if template is None:
        return docx.Document(), False
    try:
        data = Path(template).read_bytes()
        document = docx.Document(io.BytesIO(_as_document(data)))
    except (OSError, ValueError, KeyError, zipfile.BadZipFile) as exc:
        raise UsageError(f"template {template}: not a readable Word file ({exc})") from exc
    _clear_body(document)
    borrow_styles(document, docx.Document(), BORROWED)
    return document, True


# Styles the memo uses that a template saved by Word often leaves undefined
# (Word writes only styles in use). Borrowed definitions use theme fonts and
# colours, so they still take on the office's theme. List Bullet is left out:
# it needs numbering definitions, and the writer falls back to a "•" prefix.
BORROWED = ("Title", "Subtitle", "Heading 1", "Heading 2", "Light List Accent 1", "Table Grid")


def borrow_styles(document: Any, donor: Any, names: tuple[str, ...]) -> None:
    """Copy the named styles from `donor` into `document` where it lacks them."""
    import copy

    for name in names:
        try:
            document.styles[name]
            continue
        except KeyError:
            pass
        try:
            source = donor.styles[name]
        except KeyError:
            continue
        document.styles.element.append(copy.deepcopy(source.element))


def _as_document(data: bytes) -> bytes:
    """Relabel a Word template (.dotx) as a document so python-docx opens it."""
    with zipfile.ZipFile(io.BytesIO(data)) as source:
        types = source.read("[Content_Types].xml")
        if _TEMPLATE_TYPE not in types:
            return data
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
            for item in source.infolist():
                content = source.read(item.filename)
                if item.filename == "[Content_Types].xml":
                    content = content.replace(_TEMPLATE_TYPE, _DOCUMENT_TYPE)
                target.writestr(item, content)
        return out.getvalue()


def _clear_body(document: Any) -> None:
    """Drop a reference document's sample content; keep its section (page, footer)."""
    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)


def house_style(document: Any, rtl: bool) -> None:
    """Page and styles for memos made without an office template."""
    for section in document.sections:
        section.page_width, section.page_height = Cm(21.0), Cm(29.7)
        section.left_margin = section.right_margin = Cm(2.2)
        section.top_margin, section.bottom_margin = Cm(2.0), Cm(2.0)
        section.footer_distance = Cm(1.0)
    styles = document.styles
    normal = styles["Normal"]
    _latin_font(normal, LATIN_FONT)
    normal.font.size = Pt(11)
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.line_spacing = 1.15
    for name, size, before, after in (
        ("Title", 22, 0, 6),
        ("Subtitle", 11, 0, 2),
        ("Heading 1", 14, 16, 6),
        ("Heading 2", 12, 12, 4),
    ):
        style = styles[name]
        _latin_font(style, LATIN_FONT)
        style.font.size = Pt(size)
        style.font.color.rgb = NAVY
        style.paragraph_format.space_before = Pt(before)
        style.paragraph_format.space_after = Pt(after)
    styles["Subtitle"].font.italic = False
    _drop(styles["Subtitle"], "w:iCs")
    if rtl:
        _drop(styles["Title"], "w:spacing")  # letter spacing breaks Arabic joining
    for name in ("Light List Accent 1", "Table Grid"):
        _size(styles[name], 19)  # tables read denser than prose: 9.5 pt
    styles["Subtitle"].font.all_caps = True
    styles["Subtitle"].font.color.rgb = RGBColor(0x59, 0x59, 0x59)
    styles["List Bullet"].paragraph_format.space_after = Pt(3)
    if rtl:
        set_style_rtl(styles, ("Normal", "Title", "Subtitle", "Heading 1", "Heading 2",
                               "List Bullet", "Footer"))


def _size(style: Any, half_points: int) -> None:
    """Font size for Latin and complex scripts alike (w:sz and w:szCs)."""
    style.font.size = Pt(half_points / 2)
    rpr = style.element.rPr
    size_cs = rpr.find(qn("w:szCs"))
    if size_cs is None:
        size_cs = OxmlElement("w:szCs")
        rpr.find(qn("w:sz")).addnext(size_cs)
    size_cs.set(qn("w:val"), str(half_points))


def _drop(style: Any, tag: str) -> None:
    rpr = style.element.rPr
    found = rpr.find(qn(tag)) if rpr is not None else None
    if found is not None:
        rpr.remove(found)


def _latin_font(style: Any, name: str) -> None:
    """Set a style's Latin font; theme font attributes would otherwise win over it."""
    style.font.name = name
    fonts = style.element.rPr.find(qn("w:rFonts"))
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme"):
        if fonts.get(qn(attr)) is not None:
            del fonts.attrib[qn(attr)]


def page_numbers(document: Any, w: Words, rtl: bool) -> None:
    """"Page 2 sur 5" centred in the footer, unless the template has its own footer."""
    for section in document.sections:
        footer = section.footer
        if any(p.text.strip() for p in footer.paragraphs):
            continue  # the office template numbers its pages its own way
        paragraph = footer.paragraphs[0] if footer.paragraphs else footer.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if rtl:
            set_paragraph_rtl(paragraph)
        add_runs(paragraph, f"{w['page']} ", rtl)
        _field(paragraph, "PAGE")
        add_runs(paragraph, f" {w['page_of']} ", rtl)
        _field(paragraph, "NUMPAGES")


def _field(paragraph: Any, code: str) -> None:
    """A simple field (PAGE, NUMPAGES) that Word and LibreOffice fill in on display."""
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), f" {code} ")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"  # shown until the viewer updates the field
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


def metadata(document: Any, title: str, language: str, created: str) -> None:
    """Core properties from the memo, so the same memo gives the same metadata."""
    props = document.core_properties
    props.title = title[:255]  # Word's core properties refuse longer titles
    props.language = language
    props.author = "briefing"
    props.last_modified_by = "briefing"
    props.revision = 1
    props.comments = ""
    stamp = _date(created)
    props.created = stamp
    props.modified = stamp
    props.last_printed = stamp


def pinned_zip(data: bytes, created: str) -> bytes:
    """The .docx with every member dated `created`: python-docx stamps each
    with the clock, so two runs a few seconds apart differed byte for byte."""
    stamp = _date(created)
    when = (max(stamp.year, 1980), stamp.month, stamp.day, 0, 0, 0)  # zip dates start in 1980
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            member = zipfile.ZipInfo(item.filename, date_time=when)
            member.compress_type, member.external_attr = item.compress_type, item.external_attr
            target.writestr(member, source.read(item.filename))
    return out.getvalue()


def _date(iso: str) -> datetime:
    try:
        return datetime.fromisoformat(iso[:10]).replace(tzinfo=timezone.utc)
    except ValueError:
        return datetime(2000, 1, 1, tzinfo=timezone.utc)
