"""A key point that tells again the fact of a point before it goes: never one fact twice."""

from __future__ import annotations

from briefing.brief.repeats import repeats, without_repeats
from briefing.records import KeyPoint


def test_a_point_that_tells_the_lead_s_fact_again_goes():
    lead = KeyPoint("La chanteuse belge Annie Cordy, interprète de \"Tata Yoyo\", est décédée vendredi à l'âge de 92 ans "
                    "à Vallauris, près de Cannes.", ("a",))
    again = KeyPoint("La célèbre chanteuse Annie Cordy est morte à l'âge de 92 ans ce vendredi, près de Cannes.", ("b",))
    other = KeyPoint("Elle avait enregistré plus de 700 chansons en soixante-dix ans de carrière.", ("b",))
    assert without_repeats([lead, again, other]) == [lead, other]


def test_one_figure_in_two_facts_is_no_repeat():
    # The same number, but most words differ; a day of the month alone makes no fact.
    assert not repeats("Le préfet a annoncé mardi 23 nouvelles mesures contre le virus à Marseille.",
                       "Les bars devront fermer à 23 heures dans tout le département des Bouches-du-Rhône.")
    assert not repeats("Édouard Philippe a dévoilé la deuxième phase du déconfinement ce jeudi 28 mai.",
                       "Édouard Philippe a annoncé, ce jeudi 28 mai, la réouverture des bars et des restaurants.")


def test_a_repeat_that_names_whom_the_earlier_point_only_designates_stays():
    lead = KeyPoint("L'homme politique est décédé jeudi à l'âge de 75 ans d'un arrêt cardiaque.", ("a",))
    named = KeyPoint("Le député LR Claude Goasguen est décédé d'un arrêt cardiaque jeudi matin à l'âge de 75 ans.", ("b",))
    assert without_repeats([lead, named]) == [lead, named]
