"""A French memo tells each event in French when it has a French page, and marks the others."""

from __future__ import annotations

from events_helpers import FirstSentences
from quake_pages import AR, EN, FR

from briefing.brief.build import build_brief
from briefing.brief.language import writers
from briefing.brief.oneline import one_line_brief
from briefing.brief.synthesis import executive_summary
from briefing.records import Article, Event

AR2 = Article("ar2", "ارتفع عدد ضحايا الزلزال في منطقة الحوز إلى أكثر من ألفي قتيل. وتواصل فرق الإنقاذ عملها.",
              title="ارتفاع عدد ضحايا زلزال الحوز", lang="ar")


def _texts(brief):
    return [brief.title, brief.lead, *(p.text for p in brief.key_points)]


def test_an_event_with_a_french_page_is_told_from_it_and_cites_every_page():
    brief = build_brief(Event("E1", ("en", "ar", "fr")), [EN, AR, FR], FirstSentences(), max_words=60)
    assert brief.title == FR.title and brief.language is None
    assert all("Al Haouz" in t or "décombres" in t or "Haouz" in t for t in _texts(brief)[1:])
    assert not any(c in " ".join(_texts(brief)) for c in "زلزال") and "earthquake" not in " ".join(_texts(brief)).lower()
    assert set(brief.sources) == {"en", "ar", "fr"}


def test_an_event_without_a_french_page_keeps_one_language_and_is_marked():
    assert writers([EN, AR, AR2]) == ([AR, AR2], "ar")  # the most pages; never a fact twice in two languages
    brief = build_brief(Event("E2", ("en", "ar", "ar2")), [EN, AR, AR2], FirstSentences(), max_words=60)
    assert brief.language == "ar" and brief.title.startswith("[ar] ")
    assert all(p.sources[0] in ("ar", "ar2") for p in brief.key_points)
    line = one_line_brief(Event("E3", ("en",)), [EN])
    assert line.title == "[en] Earthquake strikes Al Haouz" and line.language == "en"


def test_the_synthesis_speaks_of_french_events_only():
    french = build_brief(Event("E1", ("fr", "en")), [FR, EN], FirstSentences(), max_words=60)
    arabic = build_brief(Event("E2", ("ar", "ar2")), [AR, AR2], FirstSentences(), max_words=60)
    summary = executive_summary([arabic, french])
    assert "[fr]" in summary and "[ar]" not in summary and "زلزال" not in summary
