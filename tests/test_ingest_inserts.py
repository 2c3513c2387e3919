"""Blocks an article sets apart: a pull quote (a sentence printed again between paragraphs,
with its speaker's name and role) is skipped, a standfirst parted from the body by a share
bar and a paywall notice is kept, and a timeline's dates are text, not datelines."""

from __future__ import annotations

from briefing.ingest import clean_documents
from briefing.ingest.blocks import split_blocks
from briefing.ingest.features import Label, features, label
from briefing.ingest.page import block_facts
from briefing.ingest.quotes import pull_quotes
from briefing.ingest.sections import timeline_heads
from briefing.records import Article, RawDocument
from page_texts import HEADLINE, P1, P2, P3

QUOTE = "La mer est généreuse, avec les bonnes mesures elle reconstitue ses ressources et le poisson reviendra."
P4 = f"« {QUOTE} », explique Marie Dupont, qui suit les stocks de poissons de la région depuis vingt ans."
P5 = ("Les pêcheurs du port, d'abord opposés aux quotas, disent aujourd'hui les soutenir, car ils "
      "dépendent eux aussi de la bonne santé des stocks pour vivre de leur métier.")


def _clean(*lines: str) -> Article:
    (article,) = clean_documents([RawDocument(id="p", text="\n".join(lines) + "\n")])
    return article


def test_a_pull_quote_and_its_speaker_neither_repeat_nor_end_the_article() -> None:
    article = _clean(HEADLINE, "Par Jeanne Martin", "Publié le 12 mars 2024", P1, P2, P3,
                     QUOTE, "Marie Dupont", "Directrice de l'observatoire des pêches",
                     "Les pêcheurs ont changé d'avis", P4, P5, "Partager cet article")
    assert article.text.count(QUOTE) == 1
    assert P4 in article.text and P5 in article.text
    assert "Marie Dupont\n" not in article.text and "Directrice de l'observatoire" not in article.text


def test_a_repeated_paragraph_without_a_speaker_line_is_no_pull_quote() -> None:
    lines = [P1, P2, "Un sous-titre qui annonce la suite", P1]
    blocks = split_blocks("\n".join(lines) + "\n")
    labels = [label(features(b.text)) for b in blocks]
    assert labels[0] is Label.GOOD
    assert pull_quotes(blocks, labels) == frozenset()


def test_the_speaker_line_is_a_name_and_the_role_line_no_sentence() -> None:
    lines = [P1, QUOTE, "Marie Dupont", "Directrice de l'observatoire", P4]
    blocks = split_blocks("\n".join(lines) + "\n")
    labels = [label(features(b.text)) for b in blocks]
    assert pull_quotes(blocks, labels) == frozenset({1, 2, 3})
    lines[2] = "Elle le dit souvent."  # a sentence, not a name: no attribution, no pull quote
    blocks = split_blocks("\n".join(lines) + "\n")
    labels = [label(features(b.text)) for b in blocks]
    assert pull_quotes(blocks, labels) == frozenset()


STANDFIRST = ("Reçue mardi à la préfecture, la maire a exposé ses demandes au préfet, tout en l'alertant "
              "sur la situation des villages touchés par le feu.")


def test_a_standfirst_between_headline_and_byline_is_kept_past_a_long_share_bar() -> None:
    furniture = ["Temps de lecture 4 min.", "Ajouter à vos sélections", "S'inscrire gratuitement",
                 "Vous possédez déjà un compte ?", "Se connecter", "Partager sur Twitter",
                 "Partager sur Facebook", "Envoyer par e-mail", "Copier le lien", "Article réservé aux abonnés",
                 "La maire du village, le 12 juillet 2023. JEAN MARTIN / AFP"]
    article = _clean("Accueil", "Région", HEADLINE, STANDFIRST, "Par Jeanne Martin",
                     "Publié le 12 mars 2024 à 10h05", *furniture, P1, P2, P3, P5)
    assert article.text == "\n\n".join([STANDFIRST, P1, P2, P3, P5])
    assert (article.title, article.date) == (HEADLINE, "2024-03-12")


ENTRY_1 = ("Un référendum est organisé afin de valider la politique d'autodétermination en Algérie, "
           "et le oui l'emporte avec près de trois quarts des suffrages exprimés ce jour-là.")
ENTRY_2 = ("Ce deuxième référendum sur l'Algérie doit autoriser le président de la République à négocier "
           "un traité avec le futur gouvernement algérien, et le oui l'emporte encore plus largement.")
ENTRY_3 = ("Cette consultation porte sur la régionalisation et la réforme du Sénat, et les électeurs "
           "disent non à une courte majorité, après quoi le chef de l'État quitte ses fonctions.")


def test_a_timeline_s_dates_are_its_text_and_none_dates_the_article() -> None:
    # "Publié le" above an introduction, then entries each under a date of its own, later each time:
    # the dates are the timeline's, the byline dates the article, and the introduction is kept.
    article = _clean(HEADLINE, "Orange avec AFP, publié le samedi 04 juillet 2020 à 07h00", P1, P2,
                     "28 septembre 1958", "Adoption de la Constitution créant la Ve République",
                     "8 janvier 1961", ENTRY_1, "8 avril 1962", ENTRY_2, "27 avril 1969", ENTRY_3,
                     "Partager cet article")
    assert article.date == "2020-07-04"
    assert article.text.startswith(P1)
    assert "8 janvier 1961\n\n" + ENTRY_1 in article.text and ENTRY_3 in article.text


def test_dates_running_back_in_time_are_no_timeline() -> None:
    lines = ["12 mars 2024", ENTRY_1, "11 mars 2024", ENTRY_2, "10 mars 2024", ENTRY_3]
    blocks = split_blocks("\n".join(lines) + "\n")
    labels = [label(features(b.text)) for b in blocks]
    bylines = [block_facts(b.text).byline for b in blocks]
    assert timeline_heads(blocks, labels, bylines) == frozenset()
    ascending = list(reversed(lines[0::2]))
    lines[0::2] = ascending
    blocks = split_blocks("\n".join(lines) + "\n")
    bylines = [block_facts(b.text).byline for b in blocks]
    assert timeline_heads(blocks, labels, bylines) == frozenset({0, 2, 4})


def test_an_embedded_video_s_title_and_source_are_furniture_the_article_reaches_past() -> None:
    # "Titrepar franceinfo": a video player's title glued to its source, here between the
    # standfirst and the body, and between the body and its last one-sentence paragraph.
    standfirst = "Vingt-sept soignants au moins sont décédés depuis le début de l'épidémie."
    last = "Le trafic a été interrompu pendant deux heures sur la ligne."
    article = _clean(HEADLINE, "Orange avec AFP, publié le dimanche 26 avril 2020 à 18h07", standfirst,
                     "Coronavirus : l'importance de soigner les soignantspar franceinfo", P1, P2, P3,
                     "Les passages à niveau épinglés pour leur dangerositépar rtl.fr", last, "Réagir")
    assert "par franceinfo" not in article.text and "par rtl.fr" not in article.text
    assert article.text.startswith(standfirst) and article.text.endswith(last)
    assert not features("Le dernier film de Gaspar Noé").glued_source  # a name, not a glued source
    assert features("Donald Trump porte un toupet à 820 000 dollarspar Touche pas à mon poste").glued_source
