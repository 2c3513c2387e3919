"""Sentence splitting (French, English, Arabic): boundaries, abbreviations, offsets."""

from briefing.text.sentences import split_sentences


def texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


def test_boundaries_and_offsets():
    text = "Le maire a parlé. Les élus ont voté !\n\nUn nouveau paragraphe commence ici."
    sentences = split_sentences(text, "a1")
    assert [s.text for s in sentences] == [
        "Le maire a parlé.", "Les élus ont voté !", "Un nouveau paragraphe commence ici."
    ]
    for i, s in enumerate(sentences):
        assert text[s.start : s.end] == s.text and s.index == i and s.article_id == "a1"


def test_abbreviations_initials_and_numbers_do_not_end_sentences():
    assert texts("M. Dupont et Mme. Durand sont venus. J. Martin aussi.") == [
        "M. Dupont et Mme. Durand sont venus.", "J. Martin aussi."
    ]
    assert texts("La hausse est de 3.5 points pour 37.000 foyers en 2026-2030. Fin.") == [
        "La hausse est de 3.5 points pour 37.000 foyers en 2026-2030.", "Fin."
    ]
    # A case's name: "Roe v. Wade" (FLORES-200's French text was cut after "v.", leaving a point "Wade était …").
    assert texts("Il a cité Roe v. Wade, le « droit établi du pays ». Fin.") == [
        "Il a cité Roe v. Wade, le « droit établi du pays ».", "Fin."
    ]


def test_a_state_abbreviation_before_the_agency_of_a_dateline_ends_no_sentence():
    # The lead of an AP story had been "(AP) — A Maryland man ...".
    assert texts("OCEAN CITY, Md. (AP) — A Maryland man has been sentenced. Police said so.") == [
        "OCEAN CITY, Md. (AP) — A Maryland man has been sentenced.", "Police said so."
    ]


def test_glued_sentences_and_quotes():
    assert texts("Il est parti à l'international.Le club a confirmé.") == [
        "Il est parti à l'international.", "Le club a confirmé."
    ]
    assert texts("« C'est fini. » Le ministre est parti.") == ["« C'est fini. »", "Le ministre est parti."]


def test_arabic_sentences_end_before_a_letter_or_digit_of_a_script_without_case():
    # FLORES-200's Arabic paragraphs were one "sentence" each: a one-line memo entry took four.
    text = "كان جزءاً من الفريق الأصلي. في 18 مارس 1965، أجرى أول نشاط. هل عاد؟ نعم. ٣ قتلى."
    assert texts(text) == ["كان جزءاً من الفريق الأصلي.", "في 18 مارس 1965، أجرى أول نشاط.", "هل عاد؟", "نعم.", "٣ قتلى."]
    # One Arabic letter and a dot abbreviates a title: "د." (doctor), "أ.د." (professor doctor).
    assert texts("قال د. محمد إن أ.د. علي حضر الاجتماع.") == ["قال د. محمد إن أ.د. علي حضر الاجتماع."]
    # A Latin initial written out in Arabic ("جون إف. كينيدي": John F. Kennedy) ends no sentence.
    assert texts("تحدث في مركز جون إف. كينيدي للفنون. ثم غادر.") == ["تحدث في مركز جون إف. كينيدي للفنون.", "ثم غادر."]
    # Glued by the crawl ("ملوي.وشاركه"): two sentences; not after one letter, nor inside a number.
    assert texts("صلى الأسقف بمقر مطرانية ملوي.وشاركه عدد من الكهنة.") == ["صلى الأسقف بمقر مطرانية ملوي.", "وشاركه عدد من الكهنة."]
    assert texts("قال د.محمد إن النسبة 3.5 بالمئة.") == ["قال د.محمد إن النسبة 3.5 بالمئة."]


def test_long_text_is_split_in_linear_time_shape():
    text = "Une phrase de test assez ordinaire. " * 3000
    assert len(split_sentences(text)) == 3000


def test_a_sentence_opened_inside_a_quotation_of_several_is_marked():
    text = ('"Depuis les fusillades, on est sur les Izards. Quand ils ont tiré, il y avait des familles. '
            'Ca aurait pu être un carnage". Pour Séverine, l\'heure est à une nouvelle patrouille.\n\n'
            "« Le Ministère œuvre pour la fabrication locale. Le secteur offre un potentiel important », dit-il. "
            "Le protocole a été signé mardi.")
    marked = [(s.text[:20], s.in_quote) for s in split_sentences(text)]
    assert marked == [
        ('"Depuis les fusillad', False), ("Quand ils ont tiré, ", True), ("Ca aurait pu être un", True),
        ("Pour Séverine, l'heu", False), ("« Le Ministère œuvre", False), ("Le secteur offre un ", True),
        ("Le protocole a été s", False),
    ]
