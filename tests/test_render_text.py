"""Markdown, JSON and plain-text memos, and the format dispatch."""

from __future__ import annotations

import dataclasses
import json

import pytest
from render_memos import arabic_memo, french_memo

from briefing.errors import UsageError
from briefing.records import KeyPoint
from briefing.render import FORMATS, format_from_suffix, render_bytes, render_text
from briefing.render.markdown import escape, paragraph


def test_formats_and_suffixes():
    assert FORMATS == ("docx", "md", "json", "text")
    assert format_from_suffix("out/memo.DOCX") == "docx"
    assert format_from_suffix("memo.md") == "md"
    assert format_from_suffix("memo.json") == "json"
    assert format_from_suffix("memo.txt") == "text"
    assert format_from_suffix("memo.pdf") is None
    assert format_from_suffix("outputs") is None


@pytest.mark.parametrize("fmt", ["md", "json", "text"])
def test_text_formats_are_deterministic(fmt):
    assert render_bytes(french_memo(), fmt) == render_bytes(french_memo(), fmt)
    assert render_bytes(french_memo(), fmt) == render_text(french_memo(), fmt).encode("utf-8")


def test_unknown_format_is_a_usage_error():
    with pytest.raises(UsageError):
        render_bytes(french_memo(), "pdf")
    with pytest.raises(UsageError):
        render_text(french_memo(), "docx")


def test_json_has_the_documented_shape():
    data = json.loads(render_text(french_memo(), "json"))
    assert list(data)[:3] == ["schema", "title", "language"]
    assert data["schema"] == "briefing.memo/1" and data["direction"] == "ltr"
    assert data["source_count"] == 5
    event = data["events"][0]
    assert {"id", "title", "date", "sources", "summary"} <= set(event)
    assert event["id"] == "E1" and event["sources"] == ["000", "001"]
    # summary = the lead, then every key point, as prose.
    assert event["summary"].startswith("La directrice régionale")
    assert event["summary"].endswith("la couverture médicale.")
    assert event["key_points"][0]["sources"] == ["000", "001"]
    assert data["events"][1]["figures"][1] == {
        "value": "52", "unit": "%",
        "measure": "part des besoins couverte aujourd’hui par la production locale",
        "source": "002", "evidence": []}  # a memo built by hand is not verified: no evidence
    assert data["events"][0]["discrepancies"][0]["claims"][1] == {
        "claim": "lundi, mai 2025", "source": "001"}
    assert data["events"][2]["related"] == ["E4"]
    assert data["sources"][4]["path"].endswith("004_d5f757335dedcbb4.txt")


def test_json_keeps_arabic_readable():
    text = render_text(arabic_memo(), "json")
    assert "السيادة الدوائية" in text and "\\u06" not in text
    assert json.loads(text)["direction"] == "rtl"


def test_markdown_headings_tables_and_linked_citations():
    md = render_text(french_memo(), "md")
    lines = md.splitlines()
    assert lines[0] == "# Souveraineté pharmaceutique et dispositifs médicaux au Maroc"
    assert "## Synthèse" in lines and "## Sources" in lines
    assert "### E2. Panel sur la souveraineté médicale et la production locale" in lines
    assert "| Chiffre | Ce qu'il mesure | Événement | Source |" in lines
    assert "| 52 % | part des besoins couverte aujourd’hui par la production locale | E2 | " \
           "[\\[002\\]](#source-002) |" in lines
    # Every citation links to an anchor that the sources table defines.
    for ref in {"000", "001", "002", "003", "004"}:
        assert f"(#source-{ref})" in md and f'<a id="source-{ref}"></a>' in md
    point = next(line for line in lines if line.startswith("- Elle s’est entretenue"))
    assert point.endswith("[\\[000\\]](#source-000)[\\[001\\]](#source-001)")
    # "See also" links reach the anchor placed before each event heading.
    assert "[E4](#e4)" in md and '<a id="e4"></a>' in md


def test_markdown_tables_have_as_many_cells_as_headers():
    for line_block in render_text(french_memo(), "md").split("\n\n"):
        rows = [r for r in line_block.splitlines() if r.startswith("|")]
        if rows:
            widths = {r.replace("\\|", "").count("|") for r in rows}
            assert len(widths) == 1, rows


def test_markdown_escapes_markup_in_text():
    memo = french_memo()
    brief = dataclasses.replace(
        memo.briefs[0],
        lead="- Les champs * obligatoires | [voir] <ici>",
        key_points=(KeyPoint("A_b #1", ("000",)),),
    )
    md = render_text(dataclasses.replace(memo, briefs=(brief,)), "md")
    assert "\\- Les champs \\* obligatoires \\| \\[voir\\] \\<ici\\>" in md
    assert "- A\\_b \\#1 [\\[000\\]](#source-000)" in md
    assert paragraph("2021. Signature") == "2021\\. Signature"
    assert escape("a\u00a0:  b") == "a\u00a0: b"  # no-break space kept, runs folded


def test_markdown_arabic_is_wrapped_right_to_left():
    md = render_text(arabic_memo(), "md")
    assert md.startswith('<div dir="rtl">\n\n# السيادة الدوائية')
    assert md.endswith("\n</div>\n")
    assert "## الملخص التنفيذي" in md and "| الرقم | ما يقيسه | الحدث | المصدر |" in md
    assert "**التاريخ:** 23 نوفمبر 2026" in md
    assert "| 52% |" in md  # no space: a lone "%" would jump across the number


def test_english_labels_are_used_for_an_english_memo():
    memo = dataclasses.replace(french_memo(), language="en")
    md = render_text(memo, "md")
    assert "## Executive summary" in md and "## Key figures" in md
    assert "**Date:** 23 November 2026" in md and "**Language:** English" in md


def test_plain_text_reads_in_a_terminal():
    text = render_text(french_memo(), "text")
    lines = text.splitlines()
    assert lines[0] == french_memo().title and set(lines[1]) == {"="}
    assert all(len(line) <= 78 for line in lines)
    assert "\x1b" not in text  # no colour codes, ever
    assert "  - 52 %\u00a0: part des besoins couverte aujourd’hui par la production locale" in text
    assert "[004] Protocole d'accord pour la promotion de la fabrication locale des" in text
    assert "E1. La directrice régionale de l’OMS en visite de travail à Rabat" in lines


def test_memo_without_optional_parts_still_renders():
    memo = dataclasses.replace(french_memo(), timeline=(), sources=(), notes=(),
                               briefs=french_memo().briefs[1:2])
    md = render_text(memo, "md")
    assert "## Chronologie" not in md and "## Sources" not in md
    assert "**Sources\u00a0:** 1" in md  # counted from the briefs' sources
    assert render_bytes(memo, "docx")[:2] == b"PK"


def test_dates_read_as_words_at_the_precision_known():
    from briefing.render.common import words

    fr, ar = words("fr"), words("ar")
    assert fr.date("2025-05-12") == "12 mai 2025" and fr.date("2025-05") == "mai 2025"
    assert fr.date("2025") == "2025" and fr.date("vers 2020") == "vers 2020"
    assert fr.date(None) == "inconnu"
    assert ar.date("2026-02-04") == "4 فبراير 2026"


def test_inline_citations_of_known_sources_become_links():
    memo = french_memo()
    brief = dataclasses.replace(memo.briefs[0], lead="- Rencontre à Rabat. [000][001] [999]")
    md = render_text(dataclasses.replace(memo, briefs=(brief,)), "md")
    # Known ids link to the sources table; an unknown one stays literal text.
    assert "\\- Rencontre à Rabat. [\\[000\\]](#source-000)[\\[001\\]](#source-001) \\[999\\]" in md


def test_a_date_without_year_reads_as_day_and_month_and_sorts_last():
    from briefing.records import TimelineEntry

    memo = french_memo()
    entry = TimelineEntry("--02-04", "Medical Device Day", "E3", ("003",))
    md = render_text(dataclasses.replace(memo, timeline=(entry,) + memo.timeline), "md")
    rows = [line for line in md.splitlines() if line.startswith("| ") and " | E" in line
            and "(#source-" in line and ("Signature" in line or "Visite" in line or "Device" in line)]
    assert rows[-1].startswith("| 4 février | E3 | Medical Device Day |")


def test_a_date_discrepancy_is_written_in_the_memo_s_words_and_kept_iso_in_json():
    from briefing.records import Discrepancy

    memo = french_memo()
    brief = dataclasses.replace(memo.briefs[0], discrepancies=(Discrepancy("date", (("2025-05-11", "000"), ("2025-05-12", "001"))),))
    memo = dataclasses.replace(memo, briefs=(brief, *memo.briefs[1:]))
    md = render_text(memo, "md")
    assert "11 mai 2025 [" in md and "12 mai 2025 [" in md
    english = render_text(dataclasses.replace(memo, language="en"), "text")
    assert "11 May 2025 [000]" in english
    event = json.loads(render_text(memo, "json"))["events"][0]
    assert event["discrepancies"] == [{"about": "date", "claims": [{"claim": "2025-05-11", "source": "000"}, {"claim": "2025-05-12", "source": "001"}]}]
