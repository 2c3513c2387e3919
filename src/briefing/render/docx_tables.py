"""Tables in the Word memo: a named table style, a repeated header row, set widths.

The style is a real Word table style (users restyle every table at once); the
only direct formatting is what a style cannot say: column widths, the header
row repeating on each page, and tight cell spacing.
"""

from __future__ import annotations

from typing import Any

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from briefing.render.docx_rtl import add_runs, direct, set_table_rtl

# Tried in order: the first one the document (or the office template) defines.
TABLE_STYLES = ("Light List Accent 1", "Table Grid")


def table_style(document: Any) -> Any | None:
    for name in TABLE_STYLES:
        try:
            return document.styles[name]
        except KeyError:
            continue
    return None


def _repeat_header(row: Any) -> None:
    trpr = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    trpr.append(header)


def _fill(cell: Any, text: str, rtl: bool, bold: bool = False) -> None:
    paragraph = cell.paragraphs[0]
    fmt = paragraph.paragraph_format
    fmt.space_before = Pt(2)
    fmt.space_after = Pt(2)
    fmt.line_spacing = 1.0
    if rtl:
        direct(paragraph, text)
    add_runs(paragraph, text, rtl, bold=bold)


def add_table(
    document: Any,
    header: list[str],
    rows: list[tuple[str, ...]],
    widths_cm: tuple[float, ...],
    rtl: bool = False,
) -> Any:
    """A table with a header row; widths in centimetres, one per column."""
    table = document.add_table(rows=1, cols=len(header))
    style = table_style(document)
    if style is not None:
        table.style = style
    table.autofit = False
    if rtl:
        set_table_rtl(table)
    _repeat_header(table.rows[0])
    for cell, text in zip(table.rows[0].cells, header):
        _fill(cell, text, rtl, bold=True)
    for values in rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, values):
            _fill(cell, text, rtl)
    for column, width in zip(table.columns, widths_cm):
        column.width = Cm(width)
        for cell in column.cells:
            # Word reads cell widths, LibreOffice the grid: set both.
            cell.width = Cm(width)
    _keep_rows_whole(table)
    return table


def _keep_rows_whole(table: Any) -> None:
    """A row never splits across pages: short rows read badly when cut."""
    for row in table.rows:
        trpr = row._tr.get_or_add_trPr()
        if trpr.find(qn("w:cantSplit")) is None:
            trpr.insert(0, OxmlElement("w:cantSplit"))


def scale(widths: tuple[float, ...], total_cm: float) -> tuple[float, ...]:
    """Scale relative widths to fill the text width of the page."""
    whole = sum(widths)
    return tuple(round(w * total_cm / whole, 2) for w in widths)


def fitted(values: list[str], low: float, high: float, per_char: float = 0.26, padding: float = 0.8,
           whole: bool = False) -> float:
    """A column's width in centimetres for its longest unbroken word ('34230', 'memo-01.txt'),
    or its longest value when `whole` ('4 septembre 2020' on one line), between `low` and `high`."""
    longest = max((len(part) for value in values for part in ([value] if whole else value.split())), default=0)
    return round(min(high, max(low, padding + per_char * longest)), 2)
