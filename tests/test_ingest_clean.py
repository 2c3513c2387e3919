"""Cleaning and metadata: the seeds, run-on tickers, wrapped lines, batch repetition, HTML."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.ingest import clean_documents
from briefing.ingest.clean import clean_text
from briefing.ingest.read import read_inputs
from briefing.records import Article, RawDocument

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
PROSE = (
    "Le ministre de la Santé a présenté mardi à Rabat un plan pour renforcer la production locale "
    "de médicaments, avec un budget en hausse et des mesures pour les régions rurales."
)


@pytest.fixture(scope="module")
def seeds() -> dict[str, Article]:
    docs, errors = read_inputs([str(SEEDS)])
    assert not errors
    return {a.id: a for a in clean_documents(docs)}


def test_seed_metadata(seeds: dict[str, Article]) -> None:
    assert (seeds["000"].source, seeds["000"].date) == ("pharmacie.ma", "2025-05-12")
    assert seeds["000"].title == "L’OMS mise sur le Maroc pour porter la production pharmaceutique régionale"
    assert (seeds["002"].source, seeds["002"].date) == ("L'ODJ Média", "2025-03-30")
    assert seeds["002"].title.startswith("Panel 2 : Souveraineté médicale")
    assert (seeds["004"].source, seeds["004"].date, seeds["004"].event_date) == (
        "PanoraPost", "2021-12-29", "2021-12-28",
    )
    assert seeds["004"].title.startswith("Protocole d'accord pour la promotion")
    assert seeds["001"].date == "2025-05"
    assert seeds["003"].date is None and seeds["003"].event_date == "--02-04"  # "Le 4 février": year unknown
    assert all(a.lang == "fr" for a in seeds.values())


@pytest.mark.parametrize(
    ("seed", "boilerplate"),
    [
        ("000", ["Compte Test", "Vu sur pharmacie.ma"]),
        ("001", ["date 2025-05"]),
        ("002", ["Breaking news", "Bannière", "Inscription à la newsletter", "titre purement informatif",
                 "En savoir plus sur cet auteur", "Rédigé par", "CGU_a46"]),
        ("003", ["Related Posts", "Leave A Reply", "Votre adresse e-mail", "à la une"]),
        ("004", ["Bolsonaro", "Sarkozy", "Ouattara", "Merci d'avoir signalé", "Cette image sera",
                 "Cliquez ici", "Publié dans PanoraPost"]),
    ],
)
def test_seed_boilerplate_is_gone(seeds: dict[str, Article], seed: str, boilerplate: list[str]) -> None:
    text = seeds[seed].text
    for piece in boilerplate:
        assert piece not in text
    assert seeds[seed].title is None or seeds[seed].title not in text  # the title is returned apart


@pytest.mark.parametrize(
    ("seed", "first", "last"),
    [
        ("000", "La directrice régionale", "santé durable, solidaire et souveraine."),
        ("001", "Le ministre de la Santé", "coopération internationale."),
        ("002", "Le panel dédié", "un secteur en pleine mutation."),
        ("003", "Le Royaume du Maroc", "cette filière stratégique."),
        ("004", "Un protocole d'accord", "en termes de qualité et de prix."),
    ],
)
def test_seed_bodies_are_whole(seeds: dict[str, Article], seed: str, first: str, last: str) -> None:
    text = seeds[seed].text
    assert text.startswith(first) and text.endswith(last)


def test_wrapped_lines_are_joined(seeds: dict[str, Article]) -> None:
    paragraphs = seeds["000"].text.split("\n\n")
    assert "Hanane Hassan Balkhi, a salué à Rabat" in paragraphs[0]
    assert "\n" not in "".join(paragraphs)


def test_list_items_inside_the_article_are_kept(seeds: dict[str, Article]) -> None:
    assert "- Mr.Karim Zaher; président de Gigalab, membre AEI" in seeds["002"].text


def test_ticker_on_one_line_is_dropped() -> None:
    headlines = "    ".join(f"Titre numéro {n} : un événement sans rapport à {n} heures" for n in range(30))
    page = f"{headlines}\n\nUn titre d'article\nLe 12/05/2025\n{PROSE}\n{PROSE.replace('mardi', 'lundi')}\n"
    text = clean_text(page)
    assert "Titre numéro" not in text and "Un titre d'article" not in text
    assert text.count("Le ministre") == 2


def test_menu_and_footer_around_the_article() -> None:
    menu = "\n".join(["Accueil", "Politique", "Économie", "Sport", "Culture", "Se connecter"])
    footer = "\n".join(["À lire aussi", "Un autre titre sans rapport", "Mentions légales", "© 2025 Le Journal"])
    body = f"{PROSE}\nUn intertitre\n{PROSE.replace('mardi', 'jeudi')}"
    text = clean_text(f"{menu}\n{body}\n{footer}")
    assert text == body.replace("\n", "\n\n")


def test_a_line_of_invisible_characters_is_blank() -> None:
    # A zero-width joiner used as a spacer under a photo's caption: as a block, it made
    # three between two paragraphs and cut the article's end off; as a blank line, it is none.
    article = "\n".join(PROSE.replace("mardi", day) for day in ("lundi", "mardi", "mercredi"))
    last = "Le texte du plan sera soumis au vote des députés avant la fin de la session de printemps."
    text = clean_text(f"{article}\nVoir 6 images\nLe ministre à Rabat\n\u200c\n{last}")
    assert text.endswith(last) and "\u200c" not in text
    assert clean_text("Un mot\u200cjoint à l'autre") == "Un mot\u200cjoint à l'autre"  # inside a word: kept


def test_lines_repeated_across_the_batch_are_dropped() -> None:
    shared = "Le Journal du Soir"  # a site name printed above every page of one outlet
    docs = [
        RawDocument(id=str(n), text=f"{PROSE}\n{shared}\n{PROSE.replace('mardi', day)}")
        for n, day in enumerate(["lundi", "mercredi"])
    ]
    for article in clean_documents(docs):
        assert shared not in article.text and article.text.count("Le ministre") == 2
    alone = clean_documents(docs[:1])[0]
    assert shared in alone.text  # a single page keeps its (harmless) heading between paragraphs


def test_short_note_without_prose_is_kept() -> None:
    assert clean_text("Réunion du conseil jeudi à 10h\n") == "Réunion du conseil jeudi à 10h"


def test_html_input_goes_through_trafilatura() -> None:
    html = (
        "<html><head><title>Plan santé - Le Quotidien</title>"
        '<meta property="og:site_name" content="Le Quotidien">'
        '<meta name="author" content="Nadia Alaoui">'
        '<meta property="article:published_time" content="2025-03-30"></head>'
        "<body><nav><ul><li><a href='/'>Accueil</a></li><li><a href='/s'>Sport</a></li></ul></nav>"
        f"<article><h1>Plan santé</h1><p>{PROSE}</p><p>Le texte a été adopté le 28 mars 2025 "
        "par le conseil de gouvernement, selon un communiqué publié dimanche.</p></article>"
        "<footer><p>Tous droits réservés</p></footer></body></html>"
    )
    (article,) = clean_documents([RawDocument(id="h", text=html, is_html=True)])
    assert article.title == "Plan santé"
    assert (article.source, article.author, article.date) == ("Le Quotidien", "Nadia Alaoui", "2025-03-30")
    assert article.event_date == "2025-03-25"  # the lead's "présenté mardi", read against Sunday 30 March
    assert article.text.startswith("Le ministre de la Santé") and "Accueil" not in article.text
    assert "Tous droits réservés" not in article.text and "<p>" not in article.text


def test_bulleted_prose_is_not_a_menu() -> None:
    text = " • ".join([PROSE] * 6)  # one long paragraph with bullets, as some agencies write
    assert clean_text(text) == text


def test_menu_line_with_pipes_is_dropped() -> None:
    menu = "Breaking news | Analyses & Finance | Communiqué de presse | Eco Business | Sport | Culture"
    assert clean_text(f"{PROSE}\n{menu}\n") == PROSE


def test_paragraph_opening_on_a_date_stays_in_the_body() -> None:
    opening = "Le 4 février 2025, la convention a été signée à Rabat par les deux ministres et la fédération."
    text = clean_text(f"Un titre de l'article\n{opening}\n{PROSE}\n")
    assert text.startswith(opening)


PAGE_WITH_COMMENTS = """Accueil > Politique > Santé
Hôpitaux : le gouvernement annonce de nouveaux lits
Par Nadia El Amrani - 3 juin 2023 à 09h40
Le gouvernement a annoncé mardi la création de nouveaux lits d'hôpital d'ici à deux ans, dans le cadre d'un plan destiné à réduire l'attente aux urgences des grandes villes.
Selon le ministre, les premiers lits ouvriront dès l'automne dans les régions où la pression sur les services est la plus forte.
Partager sur Facebook
3 commentaires
Youssef 3 juin 2023 à 11h02
Les promesses ont déjà été faites plusieurs fois par les gouvernements précédents sans résultat concret dans nos régions, on attend de voir.
Répondre
Salma 3 juin 2023 à 12h30
Il faut surtout payer correctement les infirmières, sinon elles partiront toutes à l'étranger comme mes collègues ces dernières années.
Laisser un commentaire
"""


def test_readers_comments_are_not_article_text() -> None:
    (article,) = clean_documents([RawDocument(id="p", text=PAGE_WITH_COMMENTS)])
    assert article.text.startswith("Le gouvernement a annoncé mardi")
    assert article.text.rstrip().endswith("la plus forte.")
    assert "promesses" not in article.text and "infirmières" not in article.text


def test_byline_word_par_is_not_part_of_the_author() -> None:
    (article,) = clean_documents([RawDocument(id="p", text=PAGE_WITH_COMMENTS)])
    assert article.author == "Nadia El Amrani"
    assert article.date == "2023-06-03"
