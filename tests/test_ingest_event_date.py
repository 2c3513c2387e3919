"""The event date: the publication date unless the lead states another day, read against it."""

from __future__ import annotations

import pytest

from briefing.ingest import clean_documents
from briefing.ingest.event_date import event_date
from briefing.records import RawDocument

THURSDAY = "2020-06-18"
LATER = " Elle avait enregistré son premier disque en 1936, le 12 mars, à Londres."


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        ("La chanteuse est morte jeudi à l'âge de 103 ans.", "2020-06-18"),
        ("Le ministre a annoncé mardi un plan de relance.", "2020-06-16"),
        ("Le ministre a annoncé mardi dernier un plan de relance.", "2020-06-16"),
        ("Le texte a été adopté la veille par les députés.", "2020-06-17"),
        ("Les syndicats ont manifesté hier dans plusieurs villes.", "2020-06-17"),
        ("Le président s'est exprimé ce matin à la radio.", "2020-06-18"),
        ("Le sommet s'est ouvert lundi 15 juin à Bruxelles.", "2020-06-15"),
        ("Les écoles resteront fermées vendredi dans tout le département.", THURSDAY),  # a day to come
        ("Le conseil se réunira mardi prochain.", THURSDAY),
        ("Dans son livre à paraître mardi, l'ancien conseiller dépeint un président isolé.", THURSDAY),
        ("La préfecture a interdit la manifestation programmée samedi.", THURSDAY),
        ("La préfète a annulé la marche qui aurait dû avoir lieu samedi à Foix.", THURSDAY),
        ("Le concert qui devait se tenir mardi est reporté.", THURSDAY),
        # A measure's first day is one to come, unless it dates the verb right before it.
        ("Le gouvernement a opté pour un déconfinement prudent à partir de lundi.", THURSDAY),
        ("Le musée a annoncé une reprise d'activité effective dès lundi.", THURSDAY),
        ("Le port du masque est imposé à compter de lundi dans toute la commune.", THURSDAY),
        ("Le sénateur a affirmé dès lundi soir son soutien au président.", "2020-06-15"),
        ("La fermeture des bars, annoncée pour samedi, a été repoussée.", THURSDAY),
        ("L'association appelle aux dons avant une soirée spéciale samedi.", THURSDAY),
        # "étaient" + the participle of a verb conjugated with "avoir": a passive imperfect, the news
        ("400 soignants étaient invités lundi soir à la première représentation.", "2020-06-15"),
        ("Les suspects s'étaient réunis lundi avant l'attaque, a indiqué le parquet mercredi.", "2020-06-17"),
        # a period the figures cover is no day of news; one night is
        ("599 personnes ont été hospitalisées la semaine du 8 au 14 juin, selon le bilan.", THURSDAY),
        ("Un astéroïde a frôlé la Terre dans la nuit du 15 au 16 juin.", "2020-06-16"),
        ("À la veille du salon, les exposants s'installent.", THURSDAY),  # "on the eve of", not yesterday
        ("La loi du 12 mars 2011 est réformée.", THURSDAY),  # background, however early it is named
        ("Un accord a été trouvé entre les partenaires sociaux.", THURSDAY),  # nothing stated: publication
        # The lead writes out the publication day: an earlier day in it led up to the news.
        ("Son discours de dimanche dernier ne les a pas rassurés, selon un sondage publié jeudi 18 juin.", THURSDAY),
        ("Le bilan compte deux morts de plus que la veille. Il a été publié ce jeudi 18 juin.", THURSDAY),
    ],
)
def test_the_lead_dates_the_event(lead: str, expected: str) -> None:
    assert event_date(lead + LATER, THURSDAY) == expected


def test_a_date_further_in_the_body_is_background() -> None:
    body = "Un accord a été trouvé entre les partenaires sociaux.\n\nIls négociaient. Le 16 juin, ils ont suspendu."
    assert event_date(body, THURSDAY) == THURSDAY


def test_without_a_full_publication_date_relative_days_cannot_be_placed() -> None:
    assert event_date("La chanteuse est morte jeudi.", "2020-06") == "2020-06"
    assert event_date("La chanteuse est morte jeudi.", None) is None
    assert event_date("Le sommet s'est ouvert le 15 juin.", "--06-18") == "--06-15"  # yearless stays yearless
    assert event_date("Il y a 25 ans, le 18 juin 1995, il gagnait au Mans.", "--06-18") == "--06-18"
    assert event_date("Le sommet s'est ouvert le 15 juin.", "2020-06") == "2020-06-15"


def test_a_page_published_on_thursday_reporting_a_death_on_thursday() -> None:
    page = (
        "Vera Lynn, la voix de la Seconde Guerre mondiale, est morte\n"
        "Agence Sud, publié le jeudi 18 juin 2020 à 12h40\n"
        "La chanteuse britannique Vera Lynn, surnommée la chérie des forces armées, est morte jeudi "
        "à l'âge de 103 ans, a annoncé sa famille dans un communiqué.\n"
        "Née le 20 mars 1917 à Londres, elle avait enregistré son premier disque en 1936, avant de "
        "devenir pendant la guerre la voix de l'espoir pour des millions de soldats.\n"
    )
    (article,) = clean_documents([RawDocument(id="v", text=page)])
    assert (article.date, article.event_date) == ("2020-06-18", "2020-06-18")


def test_a_weekday_of_a_feast_is_the_feast_not_the_last_such_weekday() -> None:
    # Easter 2020 was 12 April, Whit Monday 2017 the 5th of June (a Monday; the page is of Tuesday).
    assert event_date("Le curé a parcouru ce dimanche de Pâques les rues de sa paroisse.", "2020-05-13") == "2020-04-12"
    assert event_date("Arnaud Montebourg a gravi le mont Beuvray ce lundi de Pentecôte.", "2017-06-06") == "2017-06-05"
    # A feast still to come, or one too long ago, dates nothing: the publication day stands.
    assert event_date("Le défilé aura lieu le lundi de Pentecôte.", "2020-05-22") == "2020-05-22"


def test_a_release_day_is_to_come_and_a_noun_s_day_gives_way_to_the_verb_s():
    # Published on Thursday 11 June 2020: 'disponible vendredi' is the next day's release.
    assert event_date("Le film, produit par Netflix et disponible sur la plateforme vendredi, sort.", "2020-06-11") == "2020-06-11"
    lead = ("Une plainte a été déposée contre Donald Trump après la dispersion violente lundi de manifestants, "
            "a annoncé jeudi l'organisation ACLU.")
    assert event_date(lead, "2020-06-05") == "2020-06-04"  # the complaint's Thursday, not the dispersal's Monday



def test_a_day_compared_with_or_looked_back_on_is_not_the_news_s():
    # Published on Sunday 27 November 2016, the second round's turnout against the first's.
    lead = ("Près de 3 millions d'électeurs ont voté à 17h pour le second tour. "
            "Ils étaient un peu plus de 2,8 millions dimanche dernier à la même heure.")
    assert event_date(lead, "2016-11-27") == "2016-11-27"
    assert event_date("Le trafic a baissé de 20 % par rapport à lundi.", "2018-05-23") == "2018-05-23"
    # Published on Sunday 17 May 2020: today's count, set against Saturday's.
    lead = "Au total, 2.087 malades sont hospitalisés en réanimation, c'est 45 de moins que samedi."
    assert event_date(lead, "2020-05-17") == "2020-05-17"
    assert event_date("Le bilan atteint 21.340 morts, 544 de plus qu'hier.", "2020-04-22") == "2020-04-22"
    # A future perfect looks back: the wedding's Saturday is not the day the photos came out.
    lead = ("Kensington Palace a publié les premières photos officielles du couple. "
            "La journée du samedi 19 mai aura été marquée par la communion du peuple britannique.")
    assert event_date(lead, "2018-05-21") == "2018-05-21"
