"""What memo.py reads of a memo: the words a reader meets before its sources, and its headlines and leads."""

from __future__ import annotations

from pathlib import Path


def docx_words_before_sources(path: Path, heading: str = "Sources") -> int:
    """Words of the paragraphs and table cells before the sources heading."""
    from docx import Document
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    doc = Document(str(path))
    words = 0
    for child in doc.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            paragraph = Paragraph(child, doc)
            if paragraph.style.name.startswith("Heading") and paragraph.text.strip() == heading:
                return words
            words += len(paragraph.text.split())
        elif tag == "tbl":
            words += sum(len(cell.text.split()) for row in Table(child, doc).rows for cell in row.cells)
    return words


def _words(text: str | None) -> str:
    """A title as the project's page scorer compares it (tools/score_pages.py): its words, lower case."""
    import re
    import unicodedata

    return " ".join(re.findall(r"\w+", unicodedata.normalize("NFKC", text or "").lower().replace("’", "'")))


def matches_site_title(headline: str, site: str | None) -> tuple[bool, bool]:
    """(same words, same words once the site's suffix is cut: 'Headline : actualité ..., infos')."""
    import re

    if _words(headline) == _words(site):
        return True, True
    parts = re.split(r"\s+[:|–-]\s+", site or "")
    return False, len(parts) > 1 and _words(headline) == _words(" : ".join(parts[:-1]))


def bare_lead(text: str) -> str:
    """A lead without its date prefix and citations."""
    import re

    text = re.sub(r"(?:\[[^\[\]]+\])+\s*$", "", text).strip()
    return text.split(" — ", 1)[1] if " — " in text[:30] else text
