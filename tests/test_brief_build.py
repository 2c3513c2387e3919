"""One event told by two sources that agree on some facts and differ on others."""

from __future__ import annotations

from dataclasses import replace

import pytest

from briefing.brief import build_brief, build_memo
from briefing.records import Article, Event, KeyPoint

from events_helpers import FirstSentences

A = Article(
    "a",
    "Le ministre de la Santé, Amine Tahraoui, a inauguré à Fès un nouvel hôpital régional. "
    "L'établissement compte 300 lits et a coûté 500 millions de dirhams selon le ministère.",
    title="Un nouvel hôpital régional inauguré à Fès",
    source="Journal A",
    date="2025-05-12",
)
B = Article(
    "b",
    "Un nouvel hôpital régional a été inauguré à Fès par le ministre de la Santé Amine Tahraoui. "
    "L'établissement compte 350 lits et a coûté 500 millions de dirhams selon le ministère.",
    source="Journal B",
    date="2025-05-13",
)


def brief():
    return build_brief(Event("E1", ("a", "b")), [A, B], FirstSentences(), max_words=60)


def test_agreeing_sentence_is_said_once_and_cites_both():
    b = brief()
    assert b.lead.endswith("[a][b]")
    assert b.title == "Un nouvel hôpital régional inauguré à Fès"
    assert b.sources == ("a", "b")


def test_differing_numbers_show_both_with_sources_and_publication_days_do_not():
    b = brief()
    by_about = {d.about: d.claims for d in b.discrepancies}
    assert "date" not in by_about  # published on two days: two days the story ran, not a disagreement
    assert b.date == "2025-05-12"
    beds = [claims for about, claims in by_about.items() if "lits" in about]
    assert beds == [(("300 lits", "a"), ("350 lits", "b"))]
    # Both sources give the same cost: no discrepancy about it.
    assert not any("millions" in claim for claims in by_about.values() for claim, _ in claims)


def test_days_the_leads_of_one_publication_day_state_differently_are_a_discrepancy():
    # Their leads name the day of one happening (the opening), Sunday and Monday.
    a = replace(A, text=A.text.replace("a inauguré à Fès", "a inauguré dimanche à Fès"), event_date="2025-05-11")
    b = replace(B, text=B.text.replace("a été inauguré à Fès", "a été inauguré lundi à Fès"), date=A.date,
                event_date="2025-05-12")
    found = build_brief(Event("E1", ("a", "b")), [a, b], FirstSentences(), max_words=60)
    by_about = {d.about: d.claims for d in found.discrepancies}
    assert by_about["date"] == (("2025-05-11", "a"), ("2025-05-12", "b"))
    # Published a day apart, each on the day it reports: a story followed, not a disagreement.
    later = replace(B, event_date=B.date)
    followed = build_brief(Event("E1", ("a", "b")), [a, later], FirstSentences(), max_words=60)
    assert not any(d.about == "date" for d in followed.discrepancies)


def test_a_day_long_before_publication_is_background_not_the_event_date():
    old = replace(A, event_date="2025-03-30")  # a date the body recalls, weeks before the news
    found = build_brief(Event("E1", ("a",)), [old], FirstSentences(), max_words=60)
    assert found.date == "2025-05-12" and not any(d.about == "date" for d in found.discrepancies)


def test_actor_role_and_figures_with_sources():
    b = brief()
    assert [(x.name, x.role, x.sources) for x in b.actors] == [("Amine Tahraoui", "ministre de la Santé", ("a", "b"))]
    # Each source's beds; the cost both give once, from the first source.
    assert [(f.value, f.unit, f.source) for f in b.figures] == [
        ("300", "lits", "a"), ("500", "millions de dirhams", "a"), ("350", "lits", "b")]


def test_memo_lists_only_cited_sources_with_outlet_and_date():
    memo = build_memo([brief()], [A, B, Article("z", "Autre chose.")], today="2025-06-01")
    assert [(s.id, s.outlet, s.date) for s in memo.sources] == [("a", "Journal A", "2025-05-12"), ("b", "Journal B", "2025-05-13")]
    assert memo.executive_summary.endswith("[a][b].")
    assert (memo.title, memo.language, memo.created) == ("Note de synthèse : nouvel hôpital régional", "fr", "2025-06-01")
    assert memo.timeline == ()  # one day: nothing to put in order
    later = replace(brief(), event_id="E2", date="2025-05-20")
    assert [t.event_id for t in build_memo([brief(), later], [A, B]).timeline] == ["E1", "E2"]


def test_generated_sentences_are_kept_not_swapped_for_source_sentences():
    """An abstractive summary's sentences have no place in the source
    (offsets -1): the brief must use their words, not the source sentence
    that happens to share their position number."""
    from briefing.records import Sentence, Summary

    generated = "Le ministre Amine Tahraoui a ouvert à Fès un hôpital régional de 300 lits."

    class Abstractive:
        def summarise(self, articles, max_words, sentences=None):
            sentence = Sentence(generated, -1, -1, 0, "a")
            return Summary(tuple(a.id for a in articles), (sentence,), generated, "abstractive")

    result = build_brief(Event("E1", ("a",)), [A], Abstractive(), max_words=60)
    assert result.lead == f"12 mai 2025 — {generated} [a]"  # its words, none of the source sentence 0


def test_a_yearless_publication_day_leaves_the_stated_day_as_it_is():
    yearless = replace(A, date="--05-12", event_date="--05-11")
    found = build_brief(Event("E1", ("a",)), [yearless], FirstSentences(), max_words=60)
    assert found.date == "--05-11"
    dated = replace(A, date="2025-05-12", event_date="--05-11")  # the year comes from the publication
    assert build_brief(Event("E1", ("a",)), [dated], FirstSentences(), max_words=60).date == "2025-05-11"


def test_a_point_that_answers_the_sentence_before_it_does_not_lead():
    from briefing.brief.build import _core_first

    first = KeyPoint("Le ministre a inauguré jeudi un hôpital de 300 lits à Fès.", ("a",))
    sequel = KeyPoint("Mais les médecins manquent encore dans la région, selon les syndicats.", ("a", "b"))
    assert _core_first([first, sequel]) == [first, sequel]  # best supported, yet it cannot open the brief
    core = KeyPoint("L'hôpital régional de Fès a ouvert ses portes jeudi.", ("a", "b"))
    assert _core_first([first, core]) == [core, first]
    # a demonstrative past its opening words ("visés par ces mesures") follows a sentence too
    madrid = KeyPoint("Près d'un million d'habitants de Madrid sont soumis depuis lundi à de sévères restrictions.", ("a",))
    scene = KeyPoint("A Puente de Vallecas, l'un des quartiers visés par ces mesures, la police contrôlait les voitures.",
                     ("a", "b"))
    assert _core_first([madrid, scene], "Liberté de mouvement réduite pour les Madrilènes") == [madrid, scene]


def test_what_led_up_to_the_news_does_not_lead_however_many_sources_recall_it():
    from briefing.brief.build import _core_first

    news = KeyPoint("Jean Castex a été testé négatif au Covid-19 mardi, mais devra rester isolé.", ("a",))
    before = KeyPoint("Le Premier ministre avait pris place samedi dans la voiture du directeur du Tour.", ("a", "b", "c"))
    assert _core_first([news, before]) == [news, before]
    recalled = KeyPoint("La procureure s'était émue du contrôle très étroit du parquet général.", ("a", "b", "c"))
    assert _core_first([news, recalled]) == [news, recalled]
    incise = KeyPoint("Monique Olivier avait, selon son avocat, accusé le tueur du meurtre de la fillette.", ("a", "b", "c"))
    assert _core_first([news, incise]) == [news, incise]
    negated = KeyPoint("L'accusé n'avait jusqu'à présent jamais reconnu sa culpabilité.", ("a", "b", "c"))
    assert _core_first([news, negated]) == [news, negated]
    passive = KeyPoint("400 soignants étaient invités lundi soir à la réouverture du théâtre.", ("a", "b"))
    assert _core_first([news, passive]) == [passive, news]  # a passive imperfect tells the news


def test_among_points_as_many_sources_give_the_one_naming_the_event_s_day_leads():
    from briefing.brief.build import _core_first

    scene = KeyPoint("Pour Ekaterina Ichtchenko, c'est une certitude: un combat pour la démocratie se déroule à Khabarovsk.", ("a",))
    news = KeyPoint("Plusieurs milliers de manifestants ont de nouveau bravé la pluie samedi à Khabarovsk.", ("b",))
    assert _core_first([scene, news], date="2020-08-01") == [news, scene]  # 1 August 2020 was a Saturday
    assert _core_first([scene, news], date="2020-08-02") == [scene, news]  # no day of its own: the summary's order
    wider = KeyPoint(scene.text, ("a", "c"))
    assert _core_first([news, wider], date="2020-08-01") == [wider, news]  # more sources still come first


def test_the_reporter_s_account_leads_before_a_quotation_and_its_speaker():
    from briefing.brief.build import _core_first

    quote = KeyPoint('"Passer plus de deux secondes sur ce genre de sujet me laisse circonspect", a déploré le Premier ministre.', ("a", "b"))
    account = KeyPoint("Le président et le Premier ministre ont insisté jeudi sur leur entente, réfutant des tensions.", ("a",))
    assert _core_first([quote, account]) == [account, quote]
    letter = KeyPoint('"Je ne suis pas en mesure d\'accéder à votre demande", écrit Emmanuel Macron dans une lettre au malade.', ("a", "b"))
    assert _core_first([letter, account]) == [account, letter]  # 'écrit' introduces a quotation as 'a déploré' does
    kicker = KeyPoint('"Ranimer les braises": de Paris à Londres, le président célèbre jeudi l\'appel du 18 juin.', ("a", "b"))
    assert _core_first([kicker, account]) == [kicker, account]  # a kicker quote, then the reporter's statement
    contrast = KeyPoint("La préfecture incite néanmoins les Franciliens à réduire leurs déplacements.", ("a",))
    assert _core_first([quote, contrast]) == [quote, contrast]  # "néanmoins" answers a sentence before it


def test_a_point_that_names_only_days_well_before_the_event_does_not_lead():
    from briefing.brief.build import _core_first

    before = KeyPoint("Les migrants se trouvaient à bord d'une embarcation partie de Sfax dans la nuit du 4 au 5 juin.", ("a", "b"))
    news = KeyPoint("Après trois jours de recherches, 52 corps ont été retrouvés au large de la Tunisie.", ("a",))
    assert _core_first([before, news], date="2020-06-11") == [news, before]
    # A day of the news named beside the earlier one: the sentence tells the news.
    march = KeyPoint("Les opposants étaient de nouveau dans la rue mardi, après la manifestation du 5 décembre.", ("a", "b"))
    assert _core_first([march, news], date="2019-12-10") == [march, news]
    assert _core_first([before, news]) == [before, news]  # no event date known: nothing to measure against
    # A year or a month long gone is background as well, however many sources recall it.
    law = KeyPoint("La Chine a interdit en 2001 le recours à la gestation pour autrui à des fins commerciales.", ("a", "b", "c"))
    stuck = KeyPoint("La fermeture des frontières a séparé des centaines de Chinoises de leurs enfants nés à l'étranger.", ("a",))
    assert _core_first([law, stuck], date="2020-09-22") == [stuck, law]
    sentenced = KeyPoint("L'ancien directeur de cabinet a été condamné en janvier 2017 à deux ans de prison.", ("a", "b"))
    final = KeyPoint("Claude Guéant est définitivement condamné à un an de prison ferme dans l'affaire des primes.", ("a",))
    assert _core_first([sentenced, final], date="2019-01-16") == [final, sentenced]
    # a month of the last year is no background: a report of March's figures in May
    march = KeyPoint("Le chômage a baissé en mars 2020 dans la zone euro, selon Eurostat.", ("a", "b"))
    assert _core_first([march, stuck], date="2020-05-04") == [march, stuck]


def test_a_question_is_never_a_lead_or_a_point_even_when_most_sources_ask_it():
    """A page opening on "Fallait-il intervenir plus tôt … ?" frames the news: the lead, dated, and
    the points say what happened (a one-line lead took the question, its '?' made a '.')."""
    from briefing.text.sentences import is_question

    asked = "Fallait-il intervenir plus tôt et plus fort après les violences de ce week-end à Dijon ? "
    pages = [
        Article("a", asked + "Le préfet de région a défendu mardi sa stratégie face aux expéditions punitives à Dijon.",
                title="Dijon: le préfet se défend", date="2020-06-16"),
        Article("b", asked + "Les politiques ont déploré mardi les violences qui ont frappé certains quartiers de Dijon.",
                title="Dijon: les politiques réagissent", date="2020-06-16"),
    ]
    brief = build_brief(Event("E1", ("a", "b")), pages, FirstSentences(), max_words=60)
    assert "Fallait-il" not in brief.lead and "?" not in brief.lead
    assert brief.key_points and not any("Fallait-il" in p.text for p in brief.key_points)
    assert is_question('Qui a dit « non » ?') and is_question("هل انتهت الأزمة؟") and not is_question("Il a dit non.")


def test_a_lead_that_asks_is_left_out_of_the_synthesis():
    """A page opening on a question: its event's lead, and so its synthesis sentence, is the
    statement after it (no point, hence no lead, asks: points.usable)."""
    from briefing.brief.synthesis import executive_summary
    from briefing.records import Brief

    asked = Article("a", "Fallait-il intervenir plus tôt à Dijon après ces nuits de violences ? "
                         "Le préfet de région a défendu mardi sa stratégie face aux expéditions punitives.",
                    title="Dijon: le préfet se défend", date="2020-06-16")
    dijon = build_brief(Event("E1", ("a",)), [asked], FirstSentences(), max_words=60)
    told = Brief("E2", "Pékin", "2020-06-17", "17 juin 2020 — Pékin a fermé ses écoles mardi. [b]", (), ("b",))
    text = executive_summary([dijon, told])
    assert "Fallait-il" not in text and "Pékin a fermé ses écoles mardi [b]." in text
    assert "le préfet de région a défendu mardi sa stratégie face aux expéditions punitives [a]." in text

def test_a_sentence_announcing_its_page_is_no_point_and_a_one_line_lead_takes_another_source():
    """A round-up's standfirst ("…: un point sur les dernières évolutions de la pandémie") and
    "voici ce que l'on sait" describe the page, not the event: no point nor lead takes them. A
    one-line brief whose main source opens only with such lines takes the next source's lead."""
    from briefing.brief.points import usable
    from briefing.records import Sentence

    def ok(text: str) -> bool:
        return usable(Sentence(text, 0, len(text), 0, "a"))

    assert not ok("Nouveaux bilans, nouvelles mesures, faits marquants: un point sur les dernières évolutions de la pandémie.")
    assert not ok("Plus de 100 morts, des milliers de blessés: voici ce que l'on sait des déflagrations de mardi.")
    assert not ok("Here's what we know about the explosions that hit the port on Tuesday.")
    assert not ok("Voici les temps forts de l'affaire Navalny, après la confirmation qu'il a été empoisonné.")
    assert not ok("Voici quelques clés pour comprendre les faits, le travail de la justice et la déception des observateurs.")
    assert ok("Le Premier ministre fera le point sur la situation sanitaire mardi à Matignon.")
    line = _one_line_with_a_copy(
        Article("a", "Plus de 100 morts, des milliers de blessés: voici ce que l'on sait des explosions de mardi. "
                     "- Que s'est-il passé ? -", title="Explosions à Beyrouth: ce que l'on sait", date="2020-08-05"),
        Article("b", "Deux énormes explosions dans le port de Beyrouth ont fait mardi au moins 73 morts et 3.700 blessés.",
                title="Beyrouth sinistrée", date="2020-08-05"))
    assert line.lead.startswith("Deux énormes explosions dans le port de Beyrouth")


def _one_line_with_a_copy(main: Article, other: Article):
    """The one-line brief of `main`, a copy of it (so that its headline is the main one) and `other`."""
    from briefing.brief.oneline import one_line_brief

    copy = Article("c", main.text, title=main.title, date=main.date)
    return one_line_brief(Event("E1", ("a", "c", "b")), [main, copy, other])


def test_a_one_line_brief_takes_a_whole_sentence_before_a_piece_of_a_quotation():
    from briefing.brief.oneline import one_line_brief

    quoted = Article("a", '"C\'est de la terreur, ils font régner la peur pour que les gens ne parlent pas. '
                          'Personne ne dira rien", confie un éleveur.',
                     title="Qui a tué l'ours? L'enquête se heurte à l'omerta", date="2020-06-24")
    told = Article("b", "L'enquête sur l'ours abattu en Ariège se heurte au silence des habitants de la vallée.",
                   title="Ours abattu: l'enquête piétine", date="2020-06-24")
    line = _one_line_with_a_copy(quoted, told)
    assert line.title == quoted.title and line.lead.startswith("L'enquête sur l'ours abattu")
    alone = one_line_brief(Event("E2", ("a",)), [quoted])
    assert alone.lead.startswith('"C\'est de la terreur')  # no whole sentence anywhere: the piece is kept


def test_a_one_line_brief_passes_over_a_sentence_told_in_the_plus_que_parfait():
    from briefing.brief.oneline import one_line_brief

    page = Article("a", "Avant la Belgique, l'Allemagne avait déjà classé il y a deux jours la capitale française comme "
                        "zone à risques pour le virus. Paris est désormais classée en zone rouge par la Belgique, a "
                        "indiqué mercredi le ministère belge des Affaires étrangères.",
                   title="Coronavirus : la Belgique place Paris en zone rouge", date="2020-08-26")
    line = one_line_brief(Event("E1", ("a",)), [page])
    assert line.lead.startswith("Paris est désormais classée en zone rouge")


def test_a_one_line_brief_passes_over_a_feature_s_opening_scene_to_the_sentence_on_its_headline():
    from briefing.brief.oneline import one_line_brief

    title = "Sylvain Hélaine alias Freaky Hoody, instituteur le jour, star du tatouage la nuit"
    feature = Article("a", "Aucune partie de son corps n'est vierge d'encre, pas même les yeux ou la langue : à Palaiseau, "
                           "en région parisienne, un homme de 35 ans conjugue sa passion avec son métier dans une école "
                           "élémentaire de la ville depuis maintenant plusieurs années. \"J'en suis à environ 460 heures "
                           "de tatouage.\" Sylvain Hélaine, alias Freaky Hoody sur les réseaux sociaux, est considéré comme "
                           "l'homme le plus tatoué de France.", title=title, date="2020-09-23")
    assert one_line_brief(Event("E1", ("a",)), [feature]).lead.startswith("Sylvain Hélaine, alias Freaky Hoody")
    # A lead that names what its headline names stays, however much a later sentence shares with it.
    news = Article("b", "Le chanteur a été hospitalisé mardi à Paris. Sylvain Hélaine, alias Freaky Hoody, instituteur, "
                        "est la star du tatouage.", title=title, date="2020-09-23")
    assert one_line_brief(Event("E2", ("b",)), [news]).lead.startswith("Le chanteur a été hospitalisé")
    # Nothing later tells the headline's subject in the reporter's words: the opening stays.
    quoted = Article("c", "Le groupe a fini de chanter et la salle s'est embrasée. \"Freaky Hoody est la star du tatouage\", "
                          "a dit Sylvain Hélaine.", title=title, date="2020-09-23")
    assert one_line_brief(Event("E3", ("c",)), [quoted]).lead.startswith("Le groupe a fini de chanter")


def test_a_brief_s_lead_that_says_nothing_of_its_headline_gives_way_to_a_point_that_does():
    from briefing.brief.build import _topic_first

    title = "La douloureuse mémoire des enfants morts dans les camps de Harkis sort de l'oubli"
    scene = KeyPoint("L'employée du cimetière s'arrête devant deux fragiles monticules de terre à l'abandon.", ("a", "b"))
    story = KeyPoint("Abessia Dargaid vient de retrouver la tombe de ses frères, morts enfants dans un camp de Harkis.", ("a", "b"))
    alone = KeyPoint("Les enfants morts dans les camps de Harkis ont été recensés par les historiens.", ("a",))
    assert _topic_first([scene, story], title) == [story, scene]
    assert _topic_first([scene, alone], title) == [scene, alone]  # fewer sources: the scene stays
    assert _topic_first([story, scene], title) == [story, scene]


def test_the_title_of_an_event_whose_pages_title_it_each_their_own_way_is_the_lead_s_page_s():
    from briefing.brief.build import _title

    a = Article("a", "Les anciens combattants plaident l'apaisement.", title="En Chine, les anciens de la Corée plaident l'apaisement")
    b = Article("b", "Kim Jong Un a suspendu les plans d'action militaire.", title="Kim Jong Un suspend les plans d'action militaire")
    lead = KeyPoint("Kim Jong Un a suspendu les plans d'action militaire contre le Sud.", ("b",))
    assert _title([a, b], [lead]) == b.title  # the title tells what the lead tells
    copy = Article("c", a.text, title=a.title)
    assert _title([a, b, copy], [lead]) == a.title  # a headline two pages share stays the event's


@pytest.mark.parametrize(("text", "title", "line"), [
    # A lead that is only a speaker's words: the reporter's first whole sentence after it.
    ('"Depuis les fusillades, on est sur les Izards. Quand ils ont tiré, il y avait des familles, des enfants. '
     'Ca aurait pu être un carnage". Pour Séverine, l\'heure est à une nouvelle patrouille anti-drogue à la tête '
     "d'une brigade de terrain.",
     "Toulouse: la guerre d'usure des policiers contre la drogue", "Pour Séverine, l'heure est à une nouvelle patrouille"),
    # A text's first sentence opening on "Et" answers nothing before it.
    ("Et voici Booba le prescripteur: le rappeur livre dans la nuit sa première playlist sur les plateformes "
     "musicales. Sa sélection d'une cinquantaine de titres s'appelle \"Validé\". Il ne faut pas y voir une "
     "référence à la série de Canal+.",
     "Booba dégaine sa playlist sur les plateformes", "Et voici Booba le prescripteur"),
])
def test_a_one_line_brief_takes_the_reporter_s_opening(text: str, title: str, line: str) -> None:
    from briefing.brief.oneline import one_line_brief

    brief = one_line_brief(Event("E1", ("a",)), [Article("a", text, title=title, date="2020-09-06")])
    assert brief.lead.startswith(line)


def test_a_lead_with_no_usable_sentence_is_not_read_as_a_quotation():
    from briefing.brief.oneline import line_sentence

    page = Article("a", "Plus de 100 morts: voici ce que l'on sait des explosions de mardi.\n\n- Que s'est-il passé ? -\n\n"
                        "- Et ensuite ? -\n\nUne première explosion a eu lieu mardi vers 18 heures dans le port.",
                   title="Explosions à Beyrouth: ce que l'on sait", date="2020-08-05")
    assert line_sentence(page, page.title) == ""  # nothing in its lead: the next source's line is taken
