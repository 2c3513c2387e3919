"""The head of a page: the article's own headline, its byline and date, out of the body.

Made-up pages in the layouts a copied news page takes: a browser title (with
or without a site suffix), teaser lists with their dates above the article,
the headline repeated above a caption, a read-also box and the byline.
"""

from __future__ import annotations

import pytest

from briefing.ingest import clean_documents
from briefing.ingest.byline import read_byline
from briefing.ingest.dates import find_dates
from briefing.records import Article, RawDocument
from page_texts import HEADLINE, P1, P2, P3

TEASERS = [
    ("Région", "Un nouveau pont sur la rivière ouvrira à l'automne", "14 mars 2024"),
    ("Sport", "Le club local remporte le derby après prolongation", "13 mars 2024"),
    ("Région", "La foire aux vins attend dix mille visiteurs", "12 mars 2024"),
    ("Économie", "Une usine de jouets embauche quarante salariés", "11 mars 2024"),
]


def _page(*lines: str) -> str:
    return "\n".join(lines) + "\n"


def _clean(text: str, html: bool = False) -> Article:
    (article,) = clean_documents([RawDocument(id="p", text=text, is_html=html)])
    return article


def _teaser_list() -> list[str]:
    return [line for unit in TEASERS for line in unit]


def test_headline_repeated_above_the_article_under_a_teaser_list() -> None:
    page = _page(
        HEADLINE, "Accueil", "Région", "Sport", "Économie", *_teaser_list(),
        "Toutes les infos Région", HEADLINE, "Commenter",
        "Les flammes vues depuis la route départementale, mardi soir.", "© Jean Martin / Agence Sud",
        "À lire aussi", "Région", "Sécheresse : les nappes sous surveillance", "Région",
        "Un randonneur secouru sur le plateau",
        "Agence Sud, publié le jeudi 14 mars 2024 à 08h15", P1, P2, P3, "Commenter", "Mentions légales",
    )
    article = _clean(page)
    assert article.title == HEADLINE
    assert article.date == "2024-03-14"  # the byline's, not a teaser's
    assert article.author == "Agence Sud"
    assert article.text == "\n\n".join([P1, P2, P3])  # no caption, credit, teaser or byline


def test_without_a_browser_title_the_teasers_are_not_the_headline() -> None:
    page = _page("Accueil", "Région", *_teaser_list(), HEADLINE, "Par Claire Roux", "Le 15 mars 2024", P1, P2)
    article = _clean(page)
    assert article.title == HEADLINE
    assert (article.author, article.date) == ("Claire Roux", "2024-03-15")
    assert article.text.startswith("Les pompiers")


@pytest.mark.parametrize(
    ("browser", "site"),
    [(f"{HEADLINE} - Le Courrier du Sud", "Le Courrier du Sud"),
     (f"{HEADLINE} | L'Écho des Vallées", "L'Écho des Vallées"),
     (f"{HEADLINE} : actualité régionale, faits divers, météo", None)],
)
def test_browser_title_loses_its_site_suffix(browser: str, site: str | None) -> None:
    page = _page(browser, "Accueil", "Région", HEADLINE, "Publié le 15/03/2024", P1, P2)
    article = _clean(page)
    assert article.title == HEADLINE
    assert article.source == site
    assert article.date == "2024-03-15"


def test_a_byline_without_a_year_stays_yearless_even_beside_dated_teasers() -> None:
    page = _page(HEADLINE, *_teaser_list(), "Toutes les infos", HEADLINE, "publié le 2 mars", P1, P2)
    article = _clean(page)
    assert article.date == "--03-02"  # the teasers' 2024 is the crawl's year, not the article's
    assert "publié" not in article.text


def test_a_page_without_a_title_line_gets_none_rather_than_a_wrong_one() -> None:
    article = _clean(_page(f"date 2024-03 {P1}", P2))
    assert article.title is None
    assert article.date == "2024-03"


@pytest.mark.parametrize(
    ("line", "date", "author", "source"),
    [
        ("AFP, publié le dimanche 14 juin 2020 à 05h05", "2020-06-14", "AFP", None),
        ("Reuters, publié le 3 mars 2021", "2021-03-03", "Reuters", None),
        ("Par Nadia Alaoui - 12/05/2025", "2025-05-12", "Nadia Alaoui", None),
        ("Publié le 21/06/2023 par Claire Vasseur", "2023-06-21", "Claire Vasseur", None),
        ("MAP - Mis à jour le 12 mai à 10h30", "--05-12", "MAP", None),
        ("Compte Test - 2025-05-12 09:03:42 - Vu sur pharmacie.ma", "2025-05-12", "Compte Test", "pharmacie.ma"),
        ("Publié dans PanoraPost le 29 - 12 - 2021", "2021-12-29", None, "PanoraPost"),
        ("Source Le Figaro, publié le lundi 4 mai 2020 à 10h00", "2020-05-04", None, "Le Figaro"),
        ("Rabat, le 12 septembre 2023", "2023-09-12", None, None),  # a place, not an author
        ("Par Kab Niang", None, "Kab Niang", None),
        ("Publié sur 18/02/2020", "2020-02-18", None, None),
        # Every form of the cue words, feminine and "mise en ligne" included.
        ("Mise en ligne le 18/02/2020", "2020-02-18", None, None),
        ("Postée le 3 mars 2021 par Claire Vasseur", "2021-03-03", "Claire Vasseur", None),
        ("Le Courrier, actualisée le 3 mars 2021", "2021-03-03", "Le Courrier", None),
    ],
)
def test_byline_forms(line: str, date: str | None, author: str | None, source: str | None) -> None:
    byline = read_byline(line, find_dates(line))
    assert byline is not None
    assert (byline.date, byline.author, byline.source) == (date, author, source)


@pytest.mark.parametrize("line", [
    "Le ministre a présenté le 4 février 2025 un plan de soutien aux hôpitaux des régions rurales du pays.",
    "Décisions de l'assemblée du mardi 10 septembre - Le Journal",
    "Par ailleurs",
    "Le décret a été publié le 3 mars 2024 au Journal officiel.",  # a sentence that says "publié"
    "La loi, modifiée le 3 mars 2024, entre en vigueur.",
    "Le jugement est attendu le 29 juin.",  # opens on "Le", but says something before its date
])
def test_lines_that_are_not_bylines(line: str) -> None:
    assert read_byline(line, find_dates(line)) is None


HTML = """<html><head><title>{title} - Le Courrier du Sud</title>
<meta property="og:site_name" content="Le Courrier du Sud">
<meta property="article:published_time" content="2024-03-02T08:15:00"></head>
<body><article><h1>{title}</h1><p>Agence Sud, publié le 2 mars à 08h15</p>
<p>{p1}</p><p>Les flammes vues depuis la route.</p><p>© Jean Martin / Agence Sud</p><p>{p2}</p>
<p>A lire aussi : Un randonneur secouru sur le plateau</p><p>{p3}</p></article></body></html>"""


def test_html_byline_leaves_the_body_and_gives_the_author() -> None:
    article = _clean(HTML.format(title=HEADLINE, p1=P1, p2=P2, p3=P3), html=True)
    assert article.title == HEADLINE
    assert article.text.startswith("Les pompiers")
    assert article.date == "2024-03-02"  # the yearless byline made whole by the markup
    assert (article.author, article.source) == ("Agence Sud", "Le Courrier du Sud")
    for furniture in ("publié le", "©", "lire aussi", "Les flammes vues"):
        assert furniture not in article.text.lower()


def test_a_browser_title_whose_headline_is_not_printed_again_still_gives_it() -> None:
    page = _page(f"{HEADLINE} - Le Courrier du Sud", "Accueil", "Région", "Publié le 15/03/2024", P1, P2)
    article = _clean(page)
    assert (article.title, article.source) == (HEADLINE, "Le Courrier du Sud")


def test_a_site_name_repeated_in_the_footer_is_not_a_headline() -> None:
    page = _page("Le Journal du Soir", "Accueil", "Publié le 15/03/2024", P1, P2, P3,
                 "Mentions légales", "Le Journal du Soir")
    assert _clean(page).title is None


def test_the_outlet_is_never_read_from_the_article_s_own_sentences() -> None:
    page = _page(
        HEADLINE, "Agence Sud, publié le 14 mars 2024 à 09h10",
        P1, "Selon une source proche du dossier, le feu serait parti d'un barbecue mal éteint.",
        P2, "Les renforts sont arrivés via Marseille dans la soirée, avant les évacuations.", P3,
    )
    article = _clean(page)
    assert article.source is None and article.author == "Agence Sud"
    assert "Selon une source proche du dossier" in article.text


def test_a_paragraph_naming_a_director_glued_to_par_is_prose() -> None:
    line = "Le film a été tourné pendant deux ans dans les faubourgs de la capitale, réalisé par Gaspar Noé."
    article = _clean(_page(HEADLINE, "Agence Sud, publié le 14 mars 2024 à 09h10", P1, line, P2, P3))
    assert "réalisé par Gaspar Noé" in article.text


def test_a_kicker_above_the_headline_makes_the_browser_title_with_it() -> None:
    # "Kicker / Headline" on two lines, "Kicker: Headline - Site" in the tab: the title is the tab's.
    kicker, headline = "Incendie de forêt", "Deux cents hectares brûlés près du village"
    page = _page(f"{kicker}: {headline} - Le Courrier du Sud", "Accueil", "Région", *_teaser_list(),
                 kicker, headline, "Publié le 15/03/2024", P1, P2)
    article = _clean(page)
    assert (article.title, article.source) == (f"{kicker}: {headline}", "Le Courrier du Sud")
    assert kicker not in article.text and headline not in article.text
