"""Pages that sell (a kiosk's, a subscription's) are no articles; a line that sells under an article goes."""

from __future__ import annotations

import pytest

from briefing.ingest.clean import clean_text
from briefing.ingest.sales import pitches, sells, without_pitches


@pytest.mark.parametrize(
    "text",
    [
        "Testez l’offre découverte : une semaine à 1€, sans engagement !",
        "Une fois téléchargé dans l'application, lisez votre titre même sans connexion 3G/4G ou wifi.",
        "Grâce au BOUQUET INFO, plongez dans l’actualité pour seulement 5€ par semaine : téléchargez 7 quotidiens.",
        "Profitez de notre Offre découverte.",
    ],
)
def test_a_line_that_speaks_to_the_reader_to_sell_pitches(text):
    assert pitches(text)


@pytest.mark.parametrize(
    "text",
    [
        # A report of an offer quotes it.
        "\"Braderie ce samedi ! @policenat44 vous propose 1 heure de garde à vue en moins : profitez de notre offre !\", "
        "a écrit la police sur Twitter.",
        # Service journalism tells the reader what an allowance gives by the month: no imperative, no pitch.
        "Autre revalorisation, celle du complément de libre choix du mode de garde, auquel vous pouvez prétendre : "
        "cette aide pourra augmenter de près de 250 euros par mois.",
        "Seule, Téléfoot coûtera 29,90 euros par mois sans engagement, ou 25,90 euros avec un engagement d'un an.",
        "Abonnez-vous pour lire la suite de cet article.",  # a paywall's line: furniture elsewhere, no shop
    ],
)
def test_a_report_of_prices_or_offers_does_not_pitch(text):
    assert not pitches(text)


def test_a_shop_s_page_keeps_nothing_and_an_article_loses_only_its_pitch():
    shop = ["Actualités politiques, économiques ou culturelles, retrouvez les Unes de L’Express chaque mercredi.",
            "Profitez du meilleur de la presse sur ePresse.fr",
            "Testez l’offre découverte : une semaine à 1€, sans engagement !"]
    assert sells(shop)  # one line of three sells
    article = ["Le gouvernement a présenté mercredi sa réforme des retraites devant le Conseil des ministres.",
               "Les syndicats ont appelé à une nouvelle journée de grève jeudi dans toute la France.",
               "La réforme doit être examinée à l'Assemblée nationale au début de l'année prochaine.",
               "Profitez de notre Offre découverte."]
    assert not sells(article)
    assert without_pitches(article) == article[:3]


def test_a_kiosk_page_cleans_to_no_text():
    page = "\n".join([
        "Abonnement Challenges Pas Cher avec le BOUQUET ÉCONOMIE",
        "Nos offres", "Se connecter", "Acheter ce numéro", "1,99 €",
        "L'actualité économique et business vous suit dans tous vos déplacements : grâce à l’application, lisez "
        "Challenges et les plus grands titres de la presse économique sur votre tablette, même sans connexion.",
        "Conseils pour motiver ses équipes ou créer son entreprise, croissance mondiale… Ne ratez rien de l’actualité "
        "du monde des affaires pour seulement 25€ par mois. Offrez-vous un abonnement pas cher au BOUQUET ÉCONOMIE.",
        "Profitez dès à présent de l’offre découverte : 1 mois d’essai à 1€, sans engagement.",
        "App Store", "Google Play",
    ])
    assert clean_text(page) == ""
    # Not kept as given either: the run names it as an input with no article.
    from briefing.ingest import SOLD_NOTE, clean_pages
    from briefing.records import RawDocument

    articles, failures = clean_pages([RawDocument(id="kiosk", text=page, path="kiosk.txt")])
    assert articles == [] and [str(f) for f in failures] == [f"kiosk.txt: {SOLD_NOTE}"]
