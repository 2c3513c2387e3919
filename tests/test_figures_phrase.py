"""Key figures a reader can use: the whole phrase with its subject, counts of
things, ages and times since only when the event is about them."""

from __future__ import annotations

from briefing.brief.figure_conflicts import figure_discrepancies
from briefing.brief.figures import extract_figures, key_figures
from briefing.brief.phrase import whole_phrase
from briefing.text.sentences import split_sentences


def rows(text: str, aid: str = "x", headlines: tuple[str, ...] = ()):
    return {(f.value, f.unit): f for f in key_figures(split_sentences(text, aid), limit=50, headlines=headlines)}


def test_a_result_keeps_the_subject_it_is_the_result_of():
    text = (
        "Lors du référendum, le oui l'a emporté dans toutes les régions sauf dans la région de Nénétsie, "
        "où le non l'a emporté avec 55,25% des voix."
    )
    measure = rows(text)[("55,25", "%")].measure
    assert not measure.startswith("où")  # not the country's result: the region stays in the phrase
    assert "région de Nénétsie" in measure and measure in text


def test_a_measure_never_ends_on_a_dangling_word_nor_opens_on_a_connector():
    text = (
        "Le gouvernement a annoncé des hausses de rémunération des soignants de 183 euros par mois, a indiqué le ministre. "
        "Marine Le Pen obtiendrait 56 % des intentions de vote, contre 44 % pour Emmanuel Macron."
    )
    found = rows(text)
    assert found[("183", "euros")].measure == "Le gouvernement a annoncé des hausses de rémunération des soignants de 183 euros par mois"
    assert found[("44", "%")].measure == "Marine Le Pen obtiendrait 56 % des intentions de vote, contre 44 % pour Emmanuel Macron"


def test_counts_of_things_are_figures_times_and_names_are_not():
    found = rows(
        "Au premier tour, les deux candidats ont obtenu 42 voix chacun, 51 requises. "
        "La police a procédé à 16 interpellations dans la nuit. "
        "La réunion se tiendra à 10 heures au siège. Il a couru les 24 Heures du Mans."
    )
    assert ("42", "voix") in found and ("16", "interpellations") in found
    assert not any(unit in ("heures", "Heures") for _, unit in found)


def test_ages_and_times_since_only_when_the_event_is_about_them():
    text = (
        "La manifestation a réuni 3.000 personnes à Paris. "
        "Une infirmière âgée de 58 ans a été interpellée, a précisé la police. "
        "Le préfet, en poste depuis 27 ans, a dénoncé des violences."
    )
    assert set(rows(text)) == {("3.000", "personnes")}
    about = rows(text, headlines=("Une infirmière de 58 ans interpellée",))
    assert ("58", "ans") in about and ("27", "ans") not in about


def test_the_period_a_count_is_taken_over_is_no_row_of_its_own():
    found = rows("16.096 nouveaux cas de Covid-19 ont été enregistrés en 24 heures, selon Santé publique France. "
                 "Le taux d'incidence a atteint 92 cas pour 100.000 habitants sur 7 jours.",
                 headlines=("Covid-19: le virus progresse encore en France",))
    assert ("16.096", "nouveaux cas") in found
    assert ("24", "heures") not in found and ("7", "jours") not in found


def test_a_figure_of_what_led_up_to_the_news_is_no_row():
    found = rows("Deux personnes ont été blessées vendredi à Paris lors d'une attaque au hachoir. "
                 "Le 7 janvier 2015, deux frères avaient attaqué la rédaction de Charlie Hebdo, y assassinant 12 personnes.",
                 headlines=("Attaque au hachoir près des anciens locaux de Charlie Hebdo",))
    assert ("12", "personnes") not in found


def test_a_subject_pronoun_or_a_phrase_too_long_gives_no_row():
    text = (
        "Il compte 40 membres. "
        "Le texte prévoyait pour les plateformes et les moteurs de recherche l'obligation de retirer les contenus "
        "manifestement illicites sous peine d'être condamnés à des amendes allant jusqu'à 1,25 million d'euros "
        "selon la version adoptée par les députés en première lecture au printemps dernier."
    )
    assert rows(text) == {}


def test_an_apposition_and_brackets_keep_the_whole_clause():
    text = (
        "Le Maroc, 35 millions d'habitants, reste épargné par l'épidémie. "
        "Anne Hidalgo a obtenu 29,3 % des voix, devant Rachida Dati (22,7 %) et Agnès Buzyn."
    )
    found = rows(text)
    assert found[("35", "millions d'habitants")].measure.startswith("Le Maroc, 35 millions")
    assert found[("22,7", "%")].measure.endswith("(22,7 %) et Agnès Buzyn")


def test_every_measure_is_a_span_of_its_sentence_holding_the_figure():
    text = (
        "Selon l'Insee, le chômage atteint 8,1 % au premier trimestre. Avec 55 % des voix, le maire sortant l'emporte. "
        "Plus de 3.000 personnes, selon les autorités, sont mortes. Le pays compte 160.000 malades, et le gouvernement "
        "craint qu'ils soient 1,2 million fin juillet."
    )
    sentences = split_sentences(text, "x")
    figures = key_figures(sentences, limit=50)
    assert len(figures) == 5
    for figure in figures:
        assert any(figure.measure in s.text for s in sentences) and figure.value in figure.measure


def test_whole_phrase_offsets():
    sentence = "Selon l'Insee, le chômage atteint 8,1 % au premier trimestre."
    at = sentence.index("8,1")
    s, e = whole_phrase(sentence, at, at + 5)
    assert sentence[s:e] == "le chômage atteint 8,1 % au premier trimestre"


def test_figures_without_a_whole_phrase_still_count_for_discrepancies():
    a = split_sentences("Il a recensé 21 morts dans la région de Kayes.", "a")
    b = split_sentences("Il a recensé 23 morts dans la région de Kayes.", "b")
    assert key_figures(a + b) == []  # no row: the subject is a pronoun
    assert [d.claims for d in figure_discrepancies(a + b)] == [(("21 morts", "a"), ("23 morts", "b"))]
    assert len(extract_figures(a)) == 1


def test_a_side_fact_far_from_the_news_is_no_key_figure():
    text = (
        "John Bolton publie mardi un livre sur Donald Trump. Le livre accuse le président. La Maison Blanche dément. "
        "Il a longtemps méprisé l'ONU. Le siège des Nations unies à New York a 38 étages, rappelait-il. "
        "Le livre de John Bolton s'est vendu à 78.000 exemplaires dès sa sortie."
    )
    figures = key_figures(split_sentences(text, "b"), headlines=["Le livre de John Bolton étrille Donald Trump"])
    assert [f.value for f in figures] == ["78.000"]
