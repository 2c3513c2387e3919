"""The Word memo: open it with python-docx and check its structure."""

from __future__ import annotations

import io
import zipfile

import docx
import pytest
from docx.oxml.ns import qn
from render_memos import arabic_memo, french_memo

from briefing.errors import UsageError
from briefing.render import render_bytes, render_docx


@pytest.fixture(scope="module")
def french_doc():
    return docx.Document(io.BytesIO(render_docx(french_memo())))


@pytest.fixture(scope="module")
def arabic_doc():
    return docx.Document(io.BytesIO(render_docx(arabic_memo())))


def _styled(document, style: str) -> list[str]:
    return [p.text for p in document.paragraphs if p.style.name == style]


def _cells(table) -> list[list[str]]:
    return [[c.text for c in row.cells] for row in table.rows]


def test_title_block_has_title_date_language_and_source_count(french_doc):
    assert _styled(french_doc, "Title") == [french_memo().title]
    texts = [p.text for p in french_doc.paragraphs]
    assert "Date\u00a0: 23 novembre 2026" in texts
    assert "Langue\u00a0: français" in texts
    assert "Sources\u00a0: 5" in texts


def test_headings_are_real_word_styles(french_doc):
    level1 = _styled(french_doc, "Heading 1")
    assert level1 == ["Synthèse", "Événements", "Chiffres clés", "Chronologie",
                      "Acteurs", "Sources", "Notes"]
    level2 = _styled(french_doc, "Heading 2")
    assert [h.split(".")[0] for h in level2] == ["E1", "E2", "E3", "E4"]
    assert level2[0] == "E1. La directrice régionale de l’OMS en visite de travail à Rabat"


def test_key_points_are_bullets_with_citations(french_doc):
    bullets = _styled(french_doc, "List Bullet")
    assert any(b.startswith("Elle s’est entretenue") and b.endswith("[000][001]") for b in bullets)
    assert any("52 %" in b and b.endswith("[002]") for b in bullets)


def test_tables_figures_timeline_actors_sources(french_doc):
    tables = [_cells(t) for t in french_doc.tables]
    assert len(tables) == 4
    figures, timeline, actors, sources = tables
    assert figures[0] == ["Chiffre", "Ce qu'il mesure", "Événement", "Source"]
    assert ["80 %", "52 %", "2026-2030", "90 %", "40 membres"] == [r[0] for r in figures[1:]]
    # The timeline is sorted by date, whatever the order it came in.
    assert [r[0] for r in timeline[1:]] == ["28 décembre 2021", "12 mai 2025", "4 février 2026"]
    assert ["Samir Ahid", "directeur de l'AMMPS", "[000]"] in actors
    # An actor cited by two events is one row with both sources.
    # One person, two roles from two sources: each role with its own source.
    assert ["Ryad Mezzour", "membre du bureau exécutif de l'AEI", "[002]"] in actors
    assert ["Ryad Mezzour", "ministre de l'Industrie et du Commerce", "[004]"] in actors
    assert sources[0] == ["Réf.", "Titre", "Média", "Date", "Fichier"]
    assert sources[1] == ["000", french_memo().sources[0].title, "pharmacie.ma", "12 mai 2025",
                          "000_a79202ca20860ca9.txt"]
    # A full path is cut to the file name: no home folder in a circulated memo.
    assert sources[5][4] == "004_d5f757335dedcbb4.txt"


def test_the_sources_table_gives_its_title_the_width_the_short_columns_leave():
    from briefing.render.docx_tables import fitted

    # A five-digit reference and a file name fit their longest word, a date its whole value.
    assert fitted(["Réf.", "34230", "34785"], 1.5, 3.5) >= 0.8 + 0.26 * 5
    assert fitted(["4 septembre 2020"], 1.8, 4.2, per_char=0.22, whole=True) > fitted(["4 septembre 2020"], 1.8, 4.2, per_char=0.22)
    assert fitted(["x" * 60], 1.5, 3.5) == 3.5 and fitted([], 1.5, 3.5) == 1.5
    table = docx.Document(io.BytesIO(render_docx(french_memo()))).tables[-1]
    widths = [round(c.width.cm, 2) for c in table.columns]
    # The title keeps a third of the page's text width, however long the file names; the whole is that width.
    assert widths[1] >= 16.6 / 3 - 0.01 and abs(sum(widths) - 16.6) < 0.05


def test_tables_use_a_named_style_and_repeat_their_header(french_doc):
    for table in french_doc.tables:
        assert table.style is not None and table.style.name == "Light List Accent 1"
        header = table.rows[0]._tr
        assert header.trPr is not None and header.trPr.find(qn("w:tblHeader")) is not None


def test_footer_numbers_pages(french_doc):
    footer = french_doc.sections[0].footer._element
    instructions = [f.get(qn("w:instr")).strip() for f in footer.iter(qn("w:fldSimple"))]
    assert instructions == ["PAGE", "NUMPAGES"]
    assert "Page" in footer.xpath("string(.)") and "sur" in footer.xpath("string(.)")


def test_page_is_a4_and_metadata_comes_from_the_memo(french_doc):
    section = french_doc.sections[0]
    assert round(section.page_width.cm, 1) == 21.0 and round(section.page_height.cm, 1) == 29.7
    props = french_doc.core_properties
    assert props.title == french_memo().title
    assert props.language == "fr"
    assert props.created.date().isoformat() == "2026-11-23"
    assert props.modified == props.created


def test_same_memo_gives_same_document_text():
    def parts(data: bytes) -> dict[str, bytes]:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            return {n: z.read(n) for n in z.namelist()}

    first, second = parts(render_docx(french_memo())), parts(render_docx(french_memo()))
    assert first["word/document.xml"] == second["word/document.xml"]
    assert first["docProps/core.xml"] == second["docProps/core.xml"]


def test_arabic_paragraphs_and_runs_are_right_to_left(arabic_doc):
    title = arabic_doc.paragraphs[1]
    assert title.style.name == "Title"
    assert title._p.pPr.find(qn("w:bidi")) is not None
    arabic_runs = [r for p in arabic_doc.paragraphs for r in p.runs
                   if any("\u0600" <= ch <= "\u06ff" for ch in r.text)]
    assert arabic_runs
    for run in arabic_runs:
        rpr = run._r.rPr
        assert rpr.find(qn("w:rtl")) is not None
        assert rpr.find(qn("w:rFonts")).get(qn("w:cs"))


def test_arabic_keeps_latin_names_in_their_own_left_to_right_runs(arabic_doc):
    point = next(p for p in arabic_doc.paragraphs if "Samir Ahid" in p.text)
    latin = [r for r in point.runs if r.text == "Samir Ahid"]
    assert len(latin) == 1
    rpr = latin[0]._r.rPr
    assert rpr is None or rpr.find(qn("w:rtl")) is None
    assert point.text.startswith("التقت وزير الصحة")


def test_arabic_tables_run_right_to_left_and_labels_are_arabic(arabic_doc):
    for table in arabic_doc.tables:
        assert table._tbl.tblPr.find(qn("w:bidiVisual")) is not None
    assert _cells(arabic_doc.tables[0])[0] == ["الرقم", "ما يقيسه", "الحدث", "المصدر"]
    assert _styled(arabic_doc, "Heading 1")[0] == "الملخص التنفيذي"
    file_cell = arabic_doc.tables[-1].rows[1].cells[4].paragraphs[0]
    # A file name stays left to right (explicitly), aligned with its RTL neighbours.
    assert file_cell._p.pPr.find(qn("w:bidi")).get(qn("w:val")) == "0"


def test_template_styles_are_used_and_its_sample_text_dropped(tmp_path):
    reference = docx.Document()
    reference.styles["Normal"].font.name = "Garamond"
    reference.add_paragraph("Texte d'exemple du modèle")
    path = tmp_path / "ref.docx"
    reference.save(path)
    memo = docx.Document(io.BytesIO(render_docx(french_memo(), template=path)))
    assert memo.styles["Normal"].font.name == "Garamond"
    assert all("Texte d'exemple" not in p.text for p in memo.paragraphs)
    assert _styled(memo, "Title") == [french_memo().title]


def test_a_dotx_template_is_accepted(tmp_path):
    buffer = io.BytesIO()
    docx.Document().save(buffer)
    path = tmp_path / "office.dotx"
    with zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as src, \
            zipfile.ZipFile(path, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "[Content_Types].xml":
                data = data.replace(b"document.main+xml", b"template.main+xml")
            dst.writestr(item, data)
    assert render_bytes(french_memo(), "docx", template=path)[:2] == b"PK"


def test_a_bad_template_is_a_usage_error(tmp_path):
    path = tmp_path / "not.docx"
    path.write_text("plain text", encoding="utf-8")
    with pytest.raises(UsageError, match="not a readable Word file"):
        render_docx(french_memo(), template=path)
    with pytest.raises(UsageError):
        render_docx(french_memo(), template=tmp_path / "missing.docx")


def test_styles_a_template_lacks_are_borrowed(tmp_path):
    reference = docx.Document()
    styles = reference.styles.element
    for name in ("Title", "Light List Accent 1", "Table Grid"):
        styles.remove(reference.styles[name].element)
    path = tmp_path / "bare.docx"
    reference.save(path)
    memo = docx.Document(io.BytesIO(render_docx(french_memo(), template=path)))
    assert _styled(memo, "Title") == [french_memo().title]
    assert memo.tables[0].style.name == "Light List Accent 1"


def test_a_title_that_is_just_the_document_kind_is_not_repeated():
    import dataclasses

    memo = dataclasses.replace(french_memo(), title="Note de synthèse")
    document = docx.Document(io.BytesIO(render_docx(memo)))
    assert _styled(document, "Title") == ["Note de synthèse"]
    assert _styled(document, "Subtitle") == []
    assert _styled(docx.Document(io.BytesIO(render_docx(french_memo()))), "Subtitle") == [
        "Note de synthèse"]


def test_same_memo_gives_the_same_bytes_at_another_clock_time(monkeypatch):
    """python-docx stamps each zip entry with the save's clock time; the memo's
    date replaces it, so a later save of the same memo is byte-identical."""
    import time

    first = render_docx(french_memo())
    later = time.time() + 3 * 3600
    monkeypatch.setattr(time, "time", lambda: later)
    second = render_docx(french_memo())
    assert first == second
    with zipfile.ZipFile(io.BytesIO(first)) as z:
        created = french_memo().created
        assert {i.date_time[:3] for i in z.infolist()} == {tuple(int(x) for x in created[:10].split("-"))}


def test_an_event_told_in_arabic_keeps_its_order_in_a_french_memo():
    from dataclasses import replace

    from briefing.records import Brief

    memo = french_memo()
    told = Brief(event_id="E9", title="[ar] زلزال يضرب منطقة الحوز", date=None,
                 lead="ضرب زلزال بقوة 6,8 درجات منطقة الحوز مساء الجمعة. [ar1]", key_points=(), sources=("ar1",),
                 detailed=False, language="ar")
    document = docx.Document(io.BytesIO(render_docx(replace(memo, briefs=memo.briefs + (told,)))))
    line = next(p for p in document.paragraphs if "E9." in p.text)
    runs = [(r.text, r._r.rPr is not None and r._r.rPr.find(qn("w:rtl")) is not None) for r in line.runs]
    # The Arabic in right-to-left runs; the id, the mark, the dash and the citation left to right around them.
    assert ("زلزال يضرب منطقة الحوز", True) in runs
    assert ("ضرب زلزال بقوة 6,8 درجات منطقة الحوز مساء الجمعة.", True) in runs
    assert all(not rtl for text, rtl in runs if "[ar1]" in text or text.startswith("E9."))
