"""Names and roles in apposition, and the sources an actor cites."""

from briefing.brief.actors import merge_actors
from briefing.brief.appositions import appositions
from briefing.text.sentences import split_sentences

LIST = (
    "Richard Ferrand, président de l'Assemblée nationale, Gérard Larcher, président du Sénat, "
    "et Patrick Bernasconi, président du Conseil économique, social et environnemental, ont été reçus."
)


def test_each_role_of_a_list_goes_with_the_name_before_it():
    assert appositions(LIST) == [
        ("Richard Ferrand", "président de l'Assemblée nationale"),
        ("Gérard Larcher", "président du Sénat"),
        ("Patrick Bernasconi", "président du Conseil économique, social et environnemental"),
    ]


def test_a_role_runs_through_the_tail_of_a_list_but_not_into_the_verb():
    found = appositions(
        "explique Nuha Eltayeb, directrice des contenus pour le Moyen-Orient, l'Afrique et la Turquie."
    )
    assert found == [("Nuha Eltayeb", "directrice des contenus pour le Moyen-Orient, l'Afrique et la Turquie")]
    found = appositions("Nicolas Revel, directeur de la Caisse nationale (Cnam) était auditionné mercredi.")
    assert found == [("Nicolas Revel", "directeur de la Caisse nationale (Cnam)")]
    found = appositions("estime Reha Hutin, présidente de la Fondation qui se félicite de la décision.")
    assert found == [("Reha Hutin", "présidente de la Fondation")]
    found = appositions("a indiqué Eric Mathais, procureur de la République à Dijon, ajoutant que.")
    assert found == [("Eric Mathais", "procureur de la République à Dijon")]


def test_role_before_the_name_with_or_without_a_comma():
    assert appositions("Le ministre de la Santé, Amine Tahraoui, a reçu le texte.") == [
        ("Amine Tahraoui", "ministre de la Santé")
    ]
    assert appositions("Surtout, le ministre de la Santé Olivier Véran faisait référence à cela.") == [
        ("Olivier Véran", "ministre de la Santé")
    ]
    assert appositions("Emmanuel Macron achèvera sa visite avec le Premier ministre Boris Johnson.") == [
        ("Boris Johnson", "Premier ministre")
    ]


def test_a_role_keeps_the_words_that_change_it():
    assert appositions("Troisième, son ancienne directrice de cabinet, Violette Spillebout, ne menace pas.") == [
        ("Violette Spillebout", "ancienne directrice de cabinet")
    ]
    assert appositions("a dénoncé la Haut-Commissaire de l'ONU aux droits de l'Homme, Michelle Bachelet.") == [
        ("Michelle Bachelet", "Haut-Commissaire de l'ONU aux droits de l'Homme")
    ]
    assert appositions("a assuré l'épidémiologiste en chef du CDC, Wu Zunyou.") == [
        ("Wu Zunyou", "épidémiologiste en chef du CDC")
    ]


def test_no_role_from_another_person_or_a_word_inside_a_word():
    # "roi" inside "beffroi"; the age between name and role is skipped.
    text = "Elle dirige le beffroi nordiste et son adjoint, Stéphane Baly, 47 ans, chef de file des Verts."
    assert appositions(text) == [("Stéphane Baly", "chef de file des Verts")]
    # "A, le ministre de X, B": the role opens B's pair.
    assert appositions("Jean Dupont, le ministre de la Santé, Pierre Durand, a parlé.") == [
        ("Pierre Durand", "ministre de la Santé")
    ]
    assert appositions("Dans les pas de son ministre, Donald Trump, a haussé le ton.") == []
    assert appositions("Selon Andrei Novikov, maire adjoint de Tallinn, ce projet avance.") == [
        ("Andrei Novikov", "maire adjoint de Tallinn")
    ]


def test_an_actor_cites_only_the_sources_that_give_the_role():
    pool = split_sentences(LIST, "a") + split_sentences("Gérard Larcher a parlé au Sénat.", "b")
    pool += split_sentences("Gérard Larcher, président du Sénat, a parlé.", "c")
    larcher = [a for a in merge_actors(pool) if a.name == "Gérard Larcher"]
    assert [(a.role, a.sources) for a in larcher] == [("président du Sénat", ("a", "c"))]


def test_an_institution_name_going_on_in_lower_case_keeps_its_last_capitalised_word():
    text = "La commission entendra l'ancien patron de Santé publique France François Bourdillon et Geneviève Chêne."
    assert ("François Bourdillon", "ancien patron de Santé publique France") in appositions(text)


def test_the_place_or_outlet_a_speaker_talked_in_or_to_is_not_part_of_the_name():
    said = '"La France se noie dans son racisme", a assuré à Lyon Arkya Sedime, membre du collectif des Afro-descendants.'
    assert appositions(said) == [("Arkya Sedime", "membre du collectif des Afro-descendants")]
    told = "La situation est grave, a expliqué à Franceinfo Didier Migaud, premier président de la Cour des comptes."
    assert appositions(told) == [("Didier Migaud", "premier président de la Cour des comptes")]
    # Without a verb of saying before "à", or a particle second, the run is a name as it stands.
    assert appositions("Jean Pierre Dupont, directeur de l'usine, a parlé.") == [("Jean Pierre Dupont", "directeur de l'usine")]
