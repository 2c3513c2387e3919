"""Metadata from pages of any site and language: datelines further from the body, relative
dates counted from a reference day, signatures in the head, calls to act that are no
headline, "title, blank line, body" texts, and HTML titles without the outlet's suffix."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from briefing.cli import app
from briefing.ingest import clean_documents
from briefing.ingest.byline import byline_name
from briefing.ingest.head import cut_site
from briefing.ingest.relative import reference_day, relative_expression, resolve
from briefing.records import Article, RawDocument
from page_texts import HEADLINE, P1, P2, P3

MENU = ["Accueil", "Région", "Sport", "Économie", "Culture"]
SHARE_BAR = ["Partager sur Facebook", "Partager sur Twitter", "Partager sur Linkedin", "Copier le lien",
             "Envoyer par e-mail", "Imprimer", "Ajouter à vos sélections", "Se connecter", "Créer un compte",
             "0", "commentaire", "Lire dans l'app", "Écouter cet article", "Temps de lecture 3 min."]


def _clean(*lines: str, today: str | None = None) -> Article:
    (article,) = clean_documents([RawDocument(id="p", text="\n".join(lines) + "\n")], today=today)
    return article


def test_a_dateline_above_a_long_share_bar_still_dates_the_article_and_signs_it() -> None:
    article = _clean(HEADLINE, *MENU, HEADLINE, "Par Jeanne Martin (avec Paul Durand)",
                     "Publié le 12 mars 2024 à 10h05, modifié le 13 mars 2024 à 08h00", *SHARE_BAR,
                     "Les flammes vues depuis la route, mardi soir. JEAN MARTIN / AFP", P1, P2, P3)
    assert (article.title, article.date, article.author) == (HEADLINE, "2024-03-12", "Jeanne Martin")
    assert article.text == "\n\n".join([P1, P2, P3])


def test_a_far_dateline_dates_the_article_only_with_no_prose_between() -> None:
    from briefing.ingest.byline import Byline
    from briefing.ingest.features import Label
    from briefing.ingest.page import _dating_byline

    first = 25
    bylines = [None] * 30
    bylines[5] = Byline("2024-03-12", None, None, published=True)
    labels = [Label.SHORT] * 30
    assert _dating_byline(bylines, {5}, first, list(range(first, 30)), labels) == 5
    labels[12] = Label.GOOD  # a paragraph of another text stands between
    assert _dating_byline(bylines, {5}, first, list(range(first, 30)), labels) is None


def test_a_relative_dateline_counts_from_the_newest_day_the_page_prints() -> None:
    # "Publié" and the date on two lines; a reader's comment at the foot gives the day the page was saved.
    article = _clean(HEADLINE, *MENU, HEADLINE, "Par Le Courrier et AFP", "Publié", "il y a 3 heures,",
                     *SHARE_BAR[:5], P1, P2, P3, "Réactions", "Marc B.", "le 22/11/2024 à 09:47",
                     today="2026-01-01")
    assert (article.date, article.author) == ("2024-11-22", "Le Courrier et AFP")


def test_a_relative_dateline_without_a_printed_day_counts_from_today() -> None:
    article = _clean(HEADLINE, *MENU, HEADLINE, "Publié il y a 2 jours", P1, P2, P3, today="2025-03-10")
    assert article.date == "2025-03-08"


@pytest.mark.parametrize(("line", "cued", "expression"), [
    ("il y a 3 heures,", False, "il y a 3 heures"),
    ("Published: 5 hours ago |", False, "5 hours ago"),
    ("Last Updated: 2 days ago", False, "2 days ago"),
    ("منذ ٣ ساعات", False, "منذ 3 ساعات"),
    ("Publié hier à 18h02", False, "hier"),
    ("hier", True, "hier"),  # "Publié" on the line above
    ("Aujourd'hui", False, None),  # a menu item, no cue
    ("Aujourd'hui à 10h15", False, "Aujourd'hui"),  # a clock time after it: a dateline
    ("Yesterday at 9:40", False, "Yesterday"),
    ("vor 3 Stunden", False, "vor 3 Stunden"),  # German
    ("gestern um 18:30", False, "gestern"),
    ("Il y a 3 heures, le ministre a annoncé une réforme de grande ampleur du système", False, None),  # prose
])
def test_relative_expressions(line: str, cued: bool, expression: str | None) -> None:
    assert relative_expression(line, cued) == expression


def test_relative_dates_resolve_in_three_languages() -> None:
    from datetime import date

    day = date(2024, 2, 20)
    assert resolve("il y a 3 heures", day) == "2024-02-20"
    assert resolve("5 hours ago", day) == "2024-02-20"
    assert resolve("منذ يومين", day) == "2024-02-18"
    assert resolve("yesterday", day) == "2024-02-19"


def test_the_reference_day_is_never_after_today() -> None:
    from datetime import date

    lines = ["20 February, 2024", "Le concert aura lieu le 15 mars 2031", "12/01/2024"]
    assert reference_day(lines, "2025-01-01") == date(2024, 2, 20)
    assert reference_day(["no date here"], "2025-01-01") == date(2025, 1, 1)


@pytest.mark.parametrize(("line", "name"), [
    ("Par Cécile Martin(Bruxelles, bureau européen)", "Cécile Martin"),
    ("Par Paul Durand (avec Anne Leroy et Marc Petit)", "Paul Durand"),
    ("كتب أحمد عبد الرحمن", "أحمد عبد الرحمن"),
    ("كتبت- هند عادل:", "هند عادل"),
    ("كتبت ـ رقية عبد الشافي", "رقية عبد الشافي"),
    ("كتب الرئيس رسالة طويلة جدا إلى الشعب في هذا اليوم", None),
])
def test_byline_names(line: str, name: str | None) -> None:
    assert byline_name(line) == name


def test_a_bare_name_beside_a_dateline_in_pieces_signs_the_page() -> None:
    article = _clean(HEADLINE, *MENU, HEADLINE, "Jeanne Martin", "|", "Le", "19 février 2020",
                     "Un paragraphe d'introduction entre la date et l'article, qui résume ce qu'il faut "
                     "savoir de l'incendie et de ses suites pour les habitants de la vallée.",
                     "En ce moment", *SHARE_BAR[:4], P1, P2, P3)
    assert article.author == "Jeanne Martin"


def test_calls_to_act_and_agency_lines_are_no_headline() -> None:
    arabic = "«مستقبل وطن» ينظم حملة لتعقيم الحافلات السياحية للوقاية من كورونا"
    body = ["قامت أمانة السياحة بالحزب في المحافظة بالتعاون مع غرفة شركات السياحة بتعقيم وتطهير كافة الحافلات "
            "السياحية التي تعمل في المدينة وذلك في إطار الإجراءات الاحترازية للوقاية من فيروس كورونا المستجد.",
            "وقالت أمينة السياحة بالحزب إنه تم التنسيق مع غرفة شركات السياحة في المحافظة لتنفيذ الحملة على "
            "مدار الأيام المقبلة بمشاركة عدد من الشباب المتطوعين من أبناء المحافظة."]
    for between in ("اشترك لتصلك أهم الأخبار", "بكين - (د ب أ):", "أ ش أ"):
        assert _clean(arabic, between, *body).title == arabic, between
    french = _clean(HEADLINE, "Veuillez entrer une adresse e-mail valide", "Télécharger au format MOBI", P1, P2, P3)
    assert french.title == HEADLINE
    # An agency's dateline without its colon, a "like our page" box and its "don't show this again" button.
    for between in ("القاهرة - (أ ف ب)", "سجّل إعجابك بصفحتنا لتصلك آخر الأخبار",
                    "أنا معجب بالصحيفة بالفعل، لا تظهر هذه الرسالة مرة أخرى"):
        assert _clean(arabic, between, *body).title == arabic, between
    assert _clean(HEADLINE, "PARIS (AFP) -", P1, P2, P3).title == HEADLINE


def test_a_text_written_title_blank_line_body_is_titled_by_its_first_line() -> None:
    title = "Un automobiliste perd le contrôle et s'écrase sur un feu tricolore."
    (article,) = clean_documents([RawDocument(id="p", text=f"{title}\n\n{P1}\n\n{P2}\n\n{P3}\n")])
    assert article.title == title
    assert not article.text.startswith("Un automobiliste")
    # A long first paragraph is the lead, not a title: it stays in the body.
    lead = " ".join([P1, P2])
    (article,) = clean_documents([RawDocument(id="p", text=f"{lead}\n\n{P3}\n")])
    assert article.title is None and article.text.startswith("Les pompiers")


def test_a_title_line_wins_over_a_title_like_line_between_it_and_the_body() -> None:
    # "Title, blank line, body" with, under the title, an author's name, an agency's dateline
    # with no brackets, or a subheading shorter than the title: each reads as a headline above
    # the body, but the hand-written layout's first line is the title.
    title = "أسعار الذهب اليوم الخميس عيار 21 يتراجع في السوق المحلية"
    body = ("وقال عضو شعبة الذهب بالغرف التجارية إن أسعار الذهب سجلت تراجعا عالميا ومحليا حيث وصلت الأوقية "
            "إلى 1475 دولارا في تعاملات اليوم.")
    for between in ("أندريا كلوث *", "طوكيو - فرانس برس", "أسعار الذهب اليوم"):
        text = f"{title}\n\n{between}\n\n{body}\n\n{body}\n"
        (article,) = clean_documents([RawDocument(id="p", text=text)])
        assert article.title == title, between
    (article,) = clean_documents([RawDocument(id="p", text=f"{HEADLINE}\n\nPar Claire Roux\n\n{P1}\n\n{P2}\n")])
    assert article.title == HEADLINE


def test_a_short_note_and_a_bracketed_source_keep_their_title_line() -> None:
    note = "وأكدت أن الرؤية تكون لجميع الشهور ولا تقتصر على الشهور التي تتعلق بها العبادات الشرعية"
    for title in ("صدى البلد ينشر بثا مباشرا لإعلان رؤية هلال شوال مساء اليوم",
                  "(نقابة المخابز): لا تغيير على أسعار الطحين حتى نهاية العام"):
        (article,) = clean_documents([RawDocument(id="p", text=f"{title}\n\n{note}\n")])
        assert article.title == title
        assert article.text == note
    # "Headline - Site" on the first line: the site is the source, not part of the title.
    (article,) = clean_documents([RawDocument(id="p", text=f"{HEADLINE} – S A N A\n\nدمشق-سانا\n\n{P1}\n\n{P2}\n")])
    assert (article.title, article.source) == (HEADLINE, "S A N A")


LIVE_ENTRIES = [
    ("Loud bang heard near the square", "Local reporters said a loud bang was heard at the scene where the two groups of "
     "protesters stood facing each other, although it remains unclear what caused it."),
    ("Bus routes changed ahead of the rally", "A number of bus routes in the city were changed or cancelled earlier this "
     "afternoon, ahead of the feared disturbance, the operator said in an update."),
    ("Police promise robust action", "Police at the scene of the planned protests promised that people who break the "
     "law would be dealt with robustly, and asked residents to avoid the city centre."),
    ("Bottles thrown as scenes turn ugly", "Reporters at the scene said bottles had been thrown from both sides, and a "
     "fight broke out before officers quickly stopped it and made two arrests."),
]


def test_every_entry_of_a_live_blog_is_its_body_past_photos_and_stamps() -> None:
    lines = ["Riots LIVE: protesters throw stones as three officers are injured - Daily Paper", *MENU,
             "Riots LIVE: protesters throw stones as three officers are injured", "By Jane Doe",
             "Updated 20:49, 5 Aug 2024",
             "Counter protesters gathered across several cities where activists had planned more demonstrations "
             "this evening, and police were out in numbers in every one of them.",
             "Follow along with the latest updates below."]
    for n, (headline, paragraph) in enumerate(LIVE_ENTRIES):
        lines += [f"2{1 - n // 2}:{50 - 10 * n}Jane Doe", headline, paragraph,
                  "Protesters in the square tonight (", "Image:", "Anadolu via Getty Images)"]
    article = _clean(*lines)
    for _, paragraph in LIVE_ENTRIES:
        assert paragraph in article.text
    assert article.text.startswith("Counter protesters")
    assert article.source == "Daily Paper"  # the photo credit's "via Getty Images" names no outlet
    # Three time-stamped lines beside an article are a ticker, not a live blog: the article alone is kept.
    ticker = ["10:32 Un pont fermé à la circulation", "10:05 Le club local gagne", "09:40 Alerte orange aux orages"]
    article = _clean(HEADLINE, P1, P2, P3, "En direct", *ticker, "Un lecteur a écrit que la route était fermée depuis "
                     "le matin et qu'aucune déviation n'était indiquée aux automobilistes.")
    assert article.text == "\n\n".join([P1, P2, P3])


def test_a_live_blog_whose_stamps_give_the_day_opens_on_its_introduction() -> None:
    intro = ("Le président Emmanuel Macron a annoncé un plan d'aide de plus de 8 milliards d'euros, centré sur la "
             "production de voitures propres, pour le secteur automobile.")
    lines = ["Macron annonce un plan d'aide pour le secteur automobile", *MENU, "En direct :",
             "Macron annonce un plan d'aide pour le secteur automobile", "Réagir",
             "Orange avec Media Services, publié le mardi 26 mai 2020 à 07h20", intro]
    for n, (headline, paragraph) in enumerate(LIVE_ENTRIES):
        lines += [f"26/05 à 2{1 - n // 2}:{50 - 10 * n}", f"{headline}. {paragraph}",
                  "En images #coronavirus pic.twitter.com/2DYNX9", "— Orange News (@orangenewsfr) May 26, 2020"]
    lines += ["26/05 à 17:43", "Chômage partiel maintenu après le 2 juin pour les parents ne pouvant scolariser leurs "
              "enfants, indique le Premier ministre, qui détaillera jeudi la suite du déconfinement devant la presse.",
              "Il ajoute que les règles sanitaires pourront s'adapter, toujours avec prudence, à ces nouvelles "
              "conditions, ce qui permettra d'accueillir plus d'élèves et de faire revenir plus de professeurs.",
              "Le Premier ministre a précisé que les parents devront fournir une attestation de l'école indiquant que "
              "leur enfant ne peut pas être accueilli, faute de place ou pour des raisons sanitaires, dans sa classe."]
    article = _clean(*lines)
    assert article.text.startswith(intro)  # not the longest entry's "Chômage partiel …"
    assert all(paragraph in article.text for _, paragraph in LIVE_ENTRIES)


@pytest.mark.parametrize(("title", "site", "expected"), [
    ("A Paris, un peu de tension - Bondy Blog", "Bondy Blog", "A Paris, un peu de tension"),
    ("Le son du jour | ARTE Radio", "ARTE Radio", "Le son du jour"),
    ("Pour le néolibéralisme - AOC media - Analyse Opinion Critique", "AOC media - Analyse Opinion Critique",
     "Pour le néolibéralisme"),
    ("Le déficit se creuse - Le Monde", "Le Monde.fr", "Le déficit se creuse"),
    ("見出しの例、地震調査：中日新聞Web", "中日新聞Web", "見出しの例、地震調査"),
    ("Protesters throw stones as 3 injured - updates", "The Mirror", "Protesters throw stones as 3 injured - updates"),
    ("Réforme : Le Sénat vote le texte", "Le Sénat", "Réforme : Le Sénat vote le texte"),  # the suffix is no site
])
def test_the_outlet_s_suffix_goes_from_an_html_title(title: str, site: str, expected: str) -> None:
    assert cut_site(title, site) == expected


def test_html_title_loses_the_site_suffix_through_clean() -> None:
    html = (f"<html><head><title>{HEADLINE} - Gala</title><meta property='og:title' content='{HEADLINE} - Gala'>"
            "<meta property='og:site_name' content='Gala'></head><body><article>"
            f"<h1>{HEADLINE}</h1><p>{P1}</p><p>{P2}</p><p>{P3}</p></article></body></html>")
    (article,) = clean_documents([RawDocument(id="p", text=html, is_html=True)])
    assert (article.title, article.source) == (HEADLINE, "Gala")


def test_clean_today_option(tmp_path) -> None:
    page = tmp_path / "p.txt"
    page.write_text("\n".join([HEADLINE, *MENU, HEADLINE, "Publié", "il y a 2 jours", P1, P2, P3]) + "\n", encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(app, ["clean", str(page), "--jsonl", "-q", "--today", "2025-03-10"])
    assert result.exit_code == 0, result.output
    assert '"date": "2025-03-08"' in result.output
    result = runner.invoke(app, ["clean", str(page), "--jsonl", "-q", "--today", "10/03/2025"])
    assert result.exit_code == 2


def test_publie_le_and_the_date_on_two_lines_prefers_the_publication() -> None:
    # The update cue ends the first dateline: the date after it, on the next line, is the update's.
    article = _clean(HEADLINE, *MENU, HEADLINE, "Le Courrier |", "04.05.2015 à 13h36 • Mis à jour le",
                     "05.05.2015 à 20h13 |", "Par Paul Durand", P1, P2, P3)
    assert (article.date, article.author) == ("2015-05-04", "Paul Durand")
    article = _clean(HEADLINE, *MENU, HEADLINE, "Mis à jour le", "3 juin 2022", "Publié le", "1 juin 2022", P1, P2, P3)
    assert article.date == "2022-06-01"


def test_a_consent_notice_naming_cookies_the_quebec_way_is_no_prose_before_the_article() -> None:
    # "témoins de navigation" are cookies in Canadian French; the notice glued to its link is
    # furniture, so the "Commentaires" button of the share bar opens no readers' section.
    notice = ("La protection de vos données personnelles est une priorité pour notre équipe. Si vous préférez "
              "que ces informations ne soient pas utilisées, nous vous invitons à modifier vos réglages avant "
              "de continuer votre lecture.Réglez vos témoins de navigationEn savoir plus")
    article = _clean(f"{HEADLINE} | Le Courrier", notice, *MENU, HEADLINE, "Partager", "Afficher les commentaires",
                     "Commentaires", "Publié le 13 mars 2017", P1, P2, P3)
    assert (article.title, article.date) == (HEADLINE, "2017-03-13")
    assert article.text == "\n\n".join([P1, P2, P3])


STANDFIRST = ("Le préfet a remercié jeudi matin les pompiers venus de trois départements pour tenir la ligne "
              "de feu au-dessus des villages.")


def test_a_dateline_right_under_the_headline_dates_the_article_past_a_caption_a_standfirst_and_a_box() -> None:
    article = _clean(f"{HEADLINE} - Le Courrier", *MENU, HEADLINE, "AFP",
                     "30 avril 2015 à 07:19 (Mis à jour : 30 avril 2015 à 07:38)", *SHARE_BAR[:4],
                     "Un pompier devant une grange, le 29 avril 2015. (Photo Jean Martin. AFP)", STANDFIRST,
                     "Sur le même sujet", "Reportage", "Dans la vallée, la peur du feu", "Par Marie Dubois",
                     "Entretien", "Le maire : «Nous avons eu de la chance»", "Par Paul Durand", P1, P2, P3)
    assert (article.title, article.date) == (HEADLINE, "2015-04-30")
    assert article.text.endswith("\n\n".join([P1, P2, P3]))


def test_an_article_first_published_earlier_takes_the_date_its_note_gives() -> None:
    # The dateline under the headline is the update's; the photo credit beside it signs nothing.
    head = [f"{HEADLINE} - Le Courrier", *MENU, HEADLINE, "Jeanne Martin", "|", "Le", "19 février 2020",
            "Un pompier devant une grange.",
            "Getty Images", *SHARE_BAR[:3], STANDFIRST, "En ce moment", "Gagnez un séjour à la montagne"]
    note = "* Cet article, initialement publié en avril 2017, a fait l'objet d'une mise à jour."
    article = _clean(*head, P1, P2, P3, note)
    assert (article.date, article.author) == ("2017-04", "Jeanne Martin")
    # What the article says of something else first published keeps the page's own dateline.
    photo = "La photo de la grange, publiée pour la première fois en 1975, a fait le tour du monde depuis."
    assert _clean(*head, P1, photo, P2, P3).date == "2020-02-19"
    assert _clean(*head, P1, P2, P3, "* This story was first published on 3 May 2021.").date == "2020-02-19"


def test_a_browser_title_printed_twice_at_the_top_yields_to_the_headline_above_the_article() -> None:
    article = _clean(f"{HEADLINE} - Le Courrier", f"{HEADLINE} - Le Courrier", *MENU, HEADLINE, P1, P2, P3)
    assert (article.title, article.source) == (HEADLINE, "Le Courrier")


@pytest.mark.parametrize(
    "text, label",
    [
        # prose that ends on its link is prose (the link sentence stays: it is the site's own)
        ("Dans ce documentaire disponible en ligne, le réalisateur a monté des images inédites parallèlement à un "
         "entretien dans lequel l'acteur revient sur cette expérience unique, des mois après la fin du tournage. "
         "Lire la suite de la critique sur le site du journal.", "GOOD"),
        # the cue in its first sentence: furniture, however long
        ("Nous utilisons des cookies pour vous offrir la meilleure expérience sur notre site, mesurer l'audience "
         "et vous proposer des contenus et des publicités adaptés à vos centres d'intérêt. Vous pouvez modifier "
         "vos choix à tout moment.", "BAD"),
        ("Lire la suite de la critique sur le site du journal.", "BAD"),
        # an agency's closing credits: furniture, as a line of their own
        ("Reporting by Sarah Smith in London; Editing by John Doe", "BAD"),
        ("– additional reporting by Donald Matthys", "BAD"),
        # "en savoir plus" after a word is prose (an AFP lead lost its first paragraph), alone it is the link
        ("Des scientifiques de plusieurs pays demandent à en savoir plus sur les données utilisées par la vaste "
         "étude parue dans le Lancet selon laquelle l'hydroxychloroquine ne semble pas être bénéfique.", "GOOD"),
        ("En savoir plus", "BAD"),
        # prose that names a reporting is prose
        ("The reporting by the newspaper revealed that the ministry had ignored several warnings from its own "
         "inspectors about the state of the bridge before it collapsed.", "GOOD"),
        # German prose, by its function words too
        ("Die nun von der Stadt veröffentlichte Visualisierung zeigt, wie ein möglicher Haltepunkt an der "
         "ehemaligen Halle aussehen könnte, wenn das Projekt beschlossen wird.", "GOOD"),
        # English prose told by its function words ("across", "where", "more")
        ("Counter protesters have gathered across multiple UK cities where far right activists had planned "
         "more demonstrations this evening.", "GOOD"),
        # a login box: its calls follow a question, not a paragraph's full stop
        ("Are you sure you want to log out? X Login Example.com is one of the most vibrant, opinionated, "
         "discerning communities of readers on cyberspace. With your meaningful insights, help shape the "
         "stories that can shape the country. Sign up now! E-mail or Username: Password REMEMBER ME SIGN IN "
         "or sign in with New user? CLICK HERE TO REGISTER", "BAD"),
    ],
)
def test_a_furniture_phrase_after_sentences_of_prose_does_not_condemn_them(text: str, label: str) -> None:
    from briefing.ingest.features import features
    from briefing.ingest.features import label as label_of

    assert label_of(features(text)).name == label


def test_the_head_s_signature_wins_over_one_inside_the_body() -> None:
    # A read-also teaser inside the article ("Auch interessant") carries its own author's
    # "Von ..." line; the page is signed by the one under its headline.
    prose = [
        "Die Stadt hat am Montag einen neuen Plan für die Seilbahn vorgestellt, der von den Bürgern mit großem "
        "Interesse aufgenommen wurde und nun geprüft wird.",
        "Der Bürgermeister sagte, dass die Pläne noch nicht finanziert sind und dass der Rat im Herbst über das "
        "Projekt entscheiden soll, wenn alle Gutachten vorliegen.",
        "Die Opposition kritisiert die Kosten und fordert eine Abstimmung der Bürger, bevor mit dem Bau der ersten "
        "Station begonnen werden kann.",
    ]
    page = "\n".join(["Startseite", "Politik", "Sport", "Erstes Bild: So könnte die Seilbahn aussehen",
                      "08.03.2024, 18:59 Uhr", "•", "Lesezeit: 1 Minute", "Von Philipp Wahl", "Redaktionsleiter",
                      "Eine Seilbahn für die Stadt: Die Pläne begeistern", prose[0], prose[1], "Auch interessant",
                      "Bereitet die Stadt jetzt den Bau der Seilbahn vor?", "Von Monique de Cleur", prose[2],
                      "Newsletter", "Impressum"])
    (article,) = clean_documents([RawDocument(id="x", text=page)])
    assert (article.date, article.author) == ("2024-03-08", "Philipp Wahl")
