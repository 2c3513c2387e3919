"""Page furniture never becomes a lead or a point; news sentences that look a
little like it stay."""

from __future__ import annotations

import pytest

from briefing.brief.furniture import is_furniture, strip_dateline
from briefing.brief.shorten import drop_fronted_clause

FURNITURE = [
    "Par Nadia Alaoui - 12/05/2025",
    "Par Jean Dupont, publié le 3 mai",
    "AFP, publié le jeudi 18 juin 2020 à 10h55",
    "Mis à jour le 18/06/2020 à 12h04",
    "Lire aussi : la loi censurée par le Conseil",
    "À lire également",
    "Photo : Jean Dupont / AFP",
    "© Reuters",
    "(AFP)",
    "Abonnez-vous à notre newsletter",
    "Des milliers de personnes dans les rues pour lutter contre le racisme et les violences policièrespar BFMTV",
]
NEWS = [
    "Par ailleurs, le ministre a annoncé jeudi une réforme de la santé publique.",
    "Par la voix de son porte-parole, le gouvernement a réagi à la décision.",
    "Le rapport publié le 18 juin montre une hausse des discriminations.",
    "Facebook a retiré des publicités publiées par la campagne de Donald Trump.",
    "Une photo du tableau volé a été envoyée à un expert néerlandais jeudi.",
]


@pytest.mark.parametrize("text", FURNITURE)
def test_furniture_is_caught(text):
    assert is_furniture(text)


@pytest.mark.parametrize("text", NEWS)
def test_news_is_kept(text):
    assert not is_furniture(text)


def test_a_dateline_is_cut_off_and_the_sentence_kept():
    assert strip_dateline("PARIS (AFP) - La justice a suspendu la vente du Baclocur.") == "La justice a suspendu la vente du Baclocur."
    assert strip_dateline("Dijon, 18 juin 2020 (AFP) — Cinq hommes ont été interpellés.") == "Cinq hommes ont été interpellés."
    assert strip_dateline("La justice a suspendu la vente.") == "La justice a suspendu la vente."
    # English datelines with no agency: a place in capitals, a state's abbreviation.
    assert strip_dateline("ROCK HILL, S.C. — Police in Rock Hill are investigating a shooting.") == (
        "Police in Rock Hill are investigating a shooting.")
    assert strip_dateline("BOSTON – GasBuddy predicts a drop in fuel prices.") == "GasBuddy predicts a drop in fuel prices."
    # An acronym of a few capitals is the sentence's subject; a dash before lower case goes on a sentence.
    assert strip_dateline("NASA — The agency said it would launch.") == "NASA — The agency said it would launch."
    assert strip_dateline("BOSTON — and beyond, prices fell.") == "BOSTON — and beyond, prices fell."


def test_a_clause_of_circumstance_before_the_subject_can_go_but_not_who_says_it():
    text = "Après des accusations de laxisme visant la police, l'enquête sur les violences à Dijon s'est accélérée jeudi."
    assert drop_fronted_clause(text) == "L'enquête sur les violences à Dijon s'est accélérée jeudi."
    said = "Selon le procureur, cinq personnes ont été interpellées jeudi matin à Dijon."
    assert drop_fronted_clause(said) == said
    # The opening clause runs on with a list: it ends after the list's last item, not its first.
    listed = "Après l'Allemagne, les Etats-Unis, l'UE et le G7, Emmanuel Macron a demandé lundi des comptes à Moscou."
    assert drop_fronted_clause(listed) == "Emmanuel Macron a demandé lundi des comptes à Moscou."
    # An apposition with "et" is no list: the subject it describes stays.
    city = ("Après deux mois d'un confinement encore prolongé vendredi, la ville de New York, capitale économique et "
            "culturelle des Etats-Unis, ne voit toujours pas le bout du tunnel.")
    assert drop_fronted_clause(city).startswith("La ville de New York, capitale")
