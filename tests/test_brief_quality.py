"""Brief and memo quality on made-up articles: points drawn across the sources
of a merged event, one entry per role an actor is given, full-sentence points,
an executive summary with an opening, short cited sentences and related pairs."""

from __future__ import annotations

import re

import pytest

from briefing.brief import build_brief, build_memo
from briefing.brief.actors import merge_actors
from briefing.brief.points import usable
from briefing.brief.shorten import compress
from briefing.brief.synthesis import executive_summary
from briefing.records import Article, Brief, Event
from briefing.text.sentences import split_sentences

from events_helpers import FirstSentences


def _one_line(text: str) -> str:
    """A cut within a one-line brief's bounds (brief.oneline: 20 words, at most 24, whole up to 36)."""
    return compress(text, short=20, high=24, whole_up_to=36)

SHARED = "Le centre accueillera des chercheurs venus de toute la région pour étudier les semences résistantes à la sécheresse."
A = Article(
    "a",
    "Le ministre de l'Agriculture, Karim Bennani, a inauguré mardi à Meknès un nouveau centre de recherche agronomique. "
    f"{SHARED} "
    "Selon le ministre, les travaux ont duré trois ans et mobilisé plusieurs entreprises locales du bâtiment. "
    "La directrice du centre a présenté les premiers programmes consacrés à l'irrigation économe en eau.",
    title="Un centre de recherche agronomique inauguré à Meknès",
    date="2025-03-04",
)
B = Article(
    "b",
    "Un nouveau centre de recherche agronomique a été inauguré mardi à Meknès par le ministre de l'Agriculture Karim Bennani. "
    "Le président de la région, Youssef Amrani, a salué un projet qui renforcera l'emploi qualifié dans la province. "
    "Les agriculteurs de la plaine du Saïs espèrent profiter rapidement des nouvelles variétés de blé mises au point. "
    f"{SHARED}",
    date="2025-03-04",
)


def merged_brief(max_words: int = 10) -> Brief:
    return build_brief(Event("E1", ("a", "b")), [A, B], FirstSentences(), max_words=max_words)


def test_merged_event_has_three_to_five_points_from_both_sources():
    brief = merged_brief()
    assert brief.lead.endswith("[a][b]")  # both report the opening: said once, cited twice
    assert 3 <= len(brief.key_points) <= 5
    owners = set()
    for point in brief.key_points:
        assert point.sources and set(point.sources) <= {"a", "b"}
        owners |= {a.id for a in (A, B) if point.text in a.text}  # extractive: a source's own words
    assert owners == {"a", "b"}


def test_a_fact_both_sources_state_is_one_point_citing_both():
    brief = merged_brief()
    texts = [p.text for p in brief.key_points]
    assert len(texts) == len(set(texts))
    shared = [p for p in brief.key_points if p.text == SHARED]
    assert len(shared) == 1 and shared[0].sources == ("a", "b")


def test_single_source_event_keeps_the_summary_points():
    brief = build_brief(Event("E2", ("a",)), [A], FirstSentences(), max_words=30)
    assert brief.sources == ("a",)
    assert all(p.sources == ("a",) or set(p.sources) <= {"a"} for p in brief.key_points)
    assert 1 <= len(brief.key_points) <= 3


def test_an_actor_with_two_roles_shows_each_with_its_source():
    pool = split_sentences("Ryad Mezzour, membre du bureau exécutif de l'association, a pris la parole.", "a")
    pool += split_sentences("Le ministre de l'Industrie et du Commerce, Ryad Mezzour, a signé le texte.", "b")
    actors = merge_actors(pool)
    assert [(x.name, x.role, x.sources) for x in actors] == [
        ("Ryad Mezzour", "membre du bureau exécutif de l'association", ("a",)),
        ("Ryad Mezzour", "ministre de l'Industrie et du Commerce", ("b",)),
    ]
    # The same role worded more fully by one source is still one entry, citing the
    # source that words it so (c's shorter wording does not state "et du Commerce").
    same = split_sentences("Le ministre de l'Industrie, Ryad Mezzour, a signé le texte.", "c")
    assert [(x.role, x.sources) for x in merge_actors(same + pool[1:])] == [
        ("ministre de l'Industrie et du Commerce", ("b",))
    ]


def test_points_must_read_as_full_sentences():
    def ok(text: str) -> bool:
        return usable(split_sentences(text, "x")[0])

    assert ok("Le ministre a inauguré un nouvel hôpital régional dans la ville de Fès.")
    assert not ok("- Mr. Karim Zaher ; président de Gigalab et membre du bureau de la fédération")
    assert not ok("Karim Zaher, Ryad Mezzour, Said Benhajjou, Mohamed Elmandjra et Nadia Fassi Pharma Cinq.")
    assert not ok("De son côté, le ministre de la Santé et de la Protection sociale a déclaré…")
    assert not ok("qui commence en minuscule parce que le découpage a coupé la phrase au milieu.")
    # a subordinate clause with no main clause is a kicker; one with it (even in quotes) states
    assert not ok("Quand une crise géopolitique lance une nouvelle tendance vestimentaire...")
    assert ok('Quand il a quitté le camp, cet Afghan de 14 ans "ne pensait pas se retrouver à la rue".')
    # words trailing off with no verb are a list or a teaser; trailing off after a verb, a statement
    assert not ok("Militantes, submergées de douleur, amoureuses au défi des conventions...")
    assert not ok("Zones à circulation restreinte, normes antipollution toujours plus sévères, taxes sur le CO2…")
    assert ok("Actuellement à l'antenne de RMC tous les jours, Roselyne Bachelot évoque n'importe quel sujet...")
    # a piece of a quotation that runs over several sentences gives way to a whole sentence
    from briefing.brief.points import quote_left_open
    assert quote_left_open('"Je suis un rescapé de l\'attentat du Bataclan et un des professeurs grévistes.')
    assert quote_left_open("Le ministre a salué « une séance de questions au gouvernement digne.")
    assert not quote_left_open('Il a dit : « Je suis un rescapé ».')


def test_compress_cuts_after_the_main_verb_and_keeps_the_figure():
    long = (
        "Le ministre de la Santé, Amine Tahraoui, a inauguré lundi à Fès un nouvel hôpital régional de 300 lits, "
        "qui desservira toute la province de Fès-Meknès et ses communes rurales, selon un communiqué publié par le ministère."
    )
    assert compress(long) == (
        "Le ministre de la Santé, Amine Tahraoui, a inauguré lundi à Fès un nouvel hôpital régional de 300 lits."
    )
    later = (
        "Le gouvernement a lancé mardi un programme national d'irrigation, afin de soutenir les petits agriculteurs, "
        "avec un budget de 500 millions de dirhams, selon le porte-parole du gouvernement qui s'exprimait devant la presse à Rabat."
    )
    assert compress(later).endswith("avec un budget de 500 millions de dirhams.")
    assert compress("Une phrase courte reste entière.") == "Une phrase courte reste entière."


def test_a_cut_by_count_ends_before_a_phrase_of_purpose_or_circumstance_not_inside_it():
    # No comma to cut at after the verb: the cut by word count used to stop on "afin d'élucider …".
    traore = (
        "La famille d'Adama Traoré, mort en 2016 au cours d'une interpellation, réclame de nouveau aux juges "
        "d'instruction une reconstitution des faits afin d'élucider les causes de la mort du jeune homme de 24 ans, "
        "a annoncé mercredi son avocat."
    )
    assert compress(traore).endswith("réclame de nouveau aux juges d'instruction une reconstitution des faits.")
    # "une semaine après", "depuis la pandémie" belong to what the sentence says: not such phrases.
    police = (
        "Plusieurs centaines de policiers se sont de nouveau rassemblés mardi à Bobigny, Mulhouse ou Perpignan, "
        "une semaine après des annonces du ministre de l'Intérieur sur l'interdiction des clés d'étranglement et la suspension des agents."
    )
    assert not compress(police).endswith("une semaine.")
    # A present participle's phrase goes whole, never the participle without its object ("… en France visant.").
    heitz = (
        "Le procureur de Paris Rémy Heitz a annoncé à l'AFP l'ouverture lundi d'une vaste enquête préliminaire sur la "
        "gestion critiquée de la crise du Covid-19 en France visant notamment les chefs d'\"homicides involontaires\" "
        "ou \"mise en danger de la vie d'autrui\"."
    )
    assert compress(heitz).endswith("de la crise du Covid-19 en France.")
    # A cut by count that stops inside a name takes the name whole.
    shtayyeh = (
        "Les Palestiniens ont soumis une contre-proposition au plan américain pour le Proche-Orient qui prévoit "
        "notamment l'annexion de pans de la Cisjordanie occupée par Israël, a affirmé mardi le Premier ministre "
        "palestinien Mohammed Shtayyeh."
    )
    assert "Mohammed Shtayyeh" in compress(shtayyeh)
    # No cut inside a "que" clause before its verb: "raconte que son frère Augustin." tells nothing.
    augustin = (
        "Un certain Grégoire y raconte que son frère Augustin, 17 ans, a été roué de coups et grièvement blessé "
        "vendredi soir, place Bellecour à Lyon, pour avoir pris la défense de jeunes filles agressées par un groupe."
    )
    assert "a été roué de coups" in _one_line(augustin)
    # "n'a qu'un", "moins que": a restriction and a comparison open no clause.
    havre = (
        "En petit état de grâce au niveau national, Edouard Philippe n'a qu'un mince matelas d'avance sur son "
        "concurrent communiste dans son fief du Havre, selon un sondage Ifop publié jeudi par le quotidien régional."
    )
    assert _one_line(havre).endswith("dans son fief du Havre.")
    # Nor does a cut by count that runs on to the end of a phrase: without its verb the clause is marked cut.
    sissi = (
        "Le président égyptien Abdel Fattah al-Sissi a prévenu samedi que toute avancée des forces du Gouvernement "
        "d'union nationale (GNA), soutenues par Ankara, vers la ville stratégique de Syrte, en Libye, pourrait mener "
        "à une intervention directe du Caire."
    )
    assert _one_line(sissi).endswith("…")


def _brief(eid: str, date: str | None, lead: str, sources: tuple[str, ...], related: tuple[str, ...] = ()) -> Brief:
    return Brief(eid, "titre", date, lead, (), sources, related=related)


def test_executive_summary_opens_with_counts_and_period_then_one_cited_sentence_per_event():
    briefs = [
        _brief("E1", "2025-05-12", "12 mai 2025 — La directrice régionale de l'agence, Nadia Fassi, a visité le port de "
               "Tanger pendant deux jours, soulignant son rôle dans les échanges avec l'Europe et l'Afrique de l'Ouest. [a][b]",
               ("a", "b")),
        _brief("E2", "2021-12", "décembre 2021 — Un accord de coopération portuaire a été signé à Rabat. [c]", ("c",), ("E3",)),
        _brief("E3", "--02-04", "4 février — Une convention sur la logistique a été conclue. [d]", ("d",), ("E2",)),
    ]
    summary = executive_summary(briefs, "fr")
    opening, rest = summary.split(". ", 1)
    # The period spans the dates with a year: "4 février" cannot be placed in it.
    assert opening == "Cette note réunit 3 événements et 4 sources (décembre 2021 – 12 mai 2025)"
    sentences = re.split(r"(?<=\]\.)\s+", rest)
    assert sentences[0] == (
        "Le 12 mai 2025, la directrice régionale de l'agence, Nadia Fassi, a visité le port de Tanger pendant deux jours [a][b]."
    )
    assert sentences[1] == "En décembre 2021, un accord de coopération portuaire a été signé à Rabat [c]."
    assert sentences[2] == "Le 4 février, une convention sur la logistique a été conclue [d]."
    assert sentences[3] == "Les événements E2 et E3 sont liés."


def _summary_sentences(leads: list[tuple[str, str]]) -> list[str]:
    """The synthesis' sentences after its opening, for events E1, E2, … of (date, lead) with sources a, b, …"""
    briefs = [_brief(f"E{n}", date, f"{lead} [{chr(97 + n - 1)}]", (chr(97 + n - 1),))
              for n, (date, lead) in enumerate(leads, 1)]
    return re.split(r"(?<=\]\.)\s+", executive_summary(briefs, "fr").split(". ", 1)[1])


@pytest.mark.parametrize(
    ("leads", "expected"),
    [
        (  # a time of its own at the start: no date; a preposition after the date goes lower case
            [("2020-09-16", "16 septembre 2020 — Ces derniers jours, des cas ont été recensés dans dix universités."),
             ("2020-09-15", "15 septembre 2020 — Contre toute attente, le maire sortant l'emporte."),
             ("2020-09-14", "14 septembre 2020 — Faute d'avoir été autorisé à partir, le malade veut se laisser mourir.")],
            ["Ces derniers jours, des cas ont été recensés dans dix universités [a].",
             "Le 15 septembre 2020, contre toute attente, le maire sortant l'emporte [b].",
             "Le 14 septembre 2020, faute d'avoir été autorisé à partir, le malade veut se laisser mourir [c]."],
        ),
        (  # an earlier time told in it: "Le 7 août 2018, … la semaine dernière" would date the quakes to 7 August
            [("2018-08-07", "7 août 2018 — Deux séismes meurtriers ont touché l'île de Lombok la semaine dernière."),
             ("2018-08-06", "6 août 2018 — L'homme a été interpellé dans l'Hérault en mai dernier."),
             ("2018-08-05", "5 août 2018 — Le ministre a annoncé dimanche un plan.")],
            ["Deux séismes meurtriers ont touché l'île de Lombok la semaine dernière [a].",
             "L'homme a été interpellé dans l'Hérault en mai dernier [b].",
             "Le 5 août 2018, le ministre a annoncé dimanche un plan [c]."],
        ),
        (  # an adverb in -ment after the date goes lower case, a name does not
            [("2019-01-13", "13 janvier 2019 — Contrairement à 2017, la présidente compte battre Macron."),
             ("2019-01-12", "12 janvier 2019 — Clément Beaune a dit non au texte.")],
            ["Le 13 janvier 2019, contrairement à 2017, la présidente compte battre Macron [a].",
             "Le 12 janvier 2019, Clément Beaune a dit non au texte [b]."],
        ),
        (  # a past participle opening the clause goes lower case too; a name's word does not
            [("2017-01-28", "28 janvier 2017 — Venue présenter son programme, la candidate a débattu."),
             ("2017-01-27", "27 janvier 2017 — Santé publique France annonce un nouveau bilan.")],
            ["Le 28 janvier 2017, venue présenter son programme, la candidate a débattu [a].",
             "Le 27 janvier 2017, Santé publique France annonce un nouveau bilan [b]."],
        ),
    ],
)
def test_a_summary_sentence_is_dated_unless_it_tells_its_own_time(leads, expected):
    assert _summary_sentences(leads)[: len(expected)] == expected


def test_a_memo_of_one_day_dates_only_the_events_of_another_day():
    briefs = [_brief("E1", "2020-05-28", "28 mai 2020 — Le maire de Lyon a annoncé jeudi une alliance [a]", ("a",)),
              _brief("E2", "2020-05-27", "27 mai 2020 — Cinq jeunes Algériens ont été interviewés [b]", ("b",)),
              _brief("E3", "2020-05-27", "27 mai 2020 — Le documentaire a été diffusé ce mercredi 27 mai [c]", ("c",)),
              _brief("E4", "2020-05-27", "27 mai 2020 — Six suspects ont été inculpés mercredi [d]", ("d",)),
              _brief("E5", "2020-05-20", "20 mai 2020 — Le texte a été voté mercredi [e]", ("e",))]
    sentences = re.split(r"(?<=\]\.)\s+", executive_summary(briefs, "fr", span=("2020-05-28",)).split(". ", 1)[1])
    assert sentences == ["Le maire de Lyon a annoncé jeudi une alliance [a].",  # the opening gives the day
                         "Le 27 mai 2020, cinq jeunes Algériens ont été interviewés [b].",
                         "Le documentaire a été diffusé ce mercredi 27 mai [c].",  # its date written in it
                         "Six suspects ont été inculpés mercredi [d].",  # the weekday of the memo's week
                         "Le 20 mai 2020, le texte a été voté mercredi [e]."]  # a week before: the weekday alone is not enough


def test_executive_summary_counts_one_event_and_one_source_in_words():
    one = [_brief("E1", "2025-05-12", "12 mai 2025 — Un hôpital a ouvert à Fès. [a]", ("a",))]
    assert executive_summary(one, "fr").startswith("Cette note réunit un événement et une source (12 mai 2025).")
    assert executive_summary(one, "en").startswith("This memo covers one event from one source (12 May 2025).")
    assert executive_summary([], "fr") == ""


def test_memo_of_a_merged_event_is_deterministic():
    first = build_memo([merged_brief()], [A, B], today="2025-06-01")
    again = build_memo([merged_brief()], [A, B], today="2025-06-01")
    assert first == again
    assert first.executive_summary.startswith("Cette note réunit un événement et 2 sources (4 mars 2025).")


def test_compress_never_leaves_a_verb_bare_before_an_insertion():
    """'a critiqué, jeudi 18 juin, l'action du gouvernement': the comma after the verb opens an
    insertion, and what the verb governs comes after it."""
    text = ("Le président de la région Hauts-de-France, Xavier Bertrand, a critiqué, jeudi 18 juin, "
            "l'action du gouvernement dans la gestion des violences communautaires à Dijon.")
    assert compress(text) == text
    assert compress("Le gouvernement a annoncé mardi la fermeture de toutes les écoles du pays, selon un "
                    "communiqué publié dans la soirée par le ministère.") == (
        "Le gouvernement a annoncé mardi la fermeture de toutes les écoles du pays.")
    # Nor does a cut end the insertion: "a affirmé, ce jeudi 22 mars sur TF1[, la profondeur …]".
    said = ("Nicolas Sarkozy a affirmé, ce jeudi 22 mars sur TF1, la \"profondeur de (s)on indignation\" après sa "
            "mise en examen dans l'enquête sur les soupçons de financement libyen de sa campagne électorale de 2007.")
    assert not compress(said).startswith("Nicolas Sarkozy a affirmé, ce jeudi 22 mars sur TF1 …")
    assert "profondeur de (s)on indignation" in compress(said)
    # Nor does it part a figure from its share: "cinq ans de prison, dont deux ferme".
    sentenced = ("L'ancien Premier ministre François Fillon a été condamné lundi à Paris à cinq ans de prison, dont deux "
                 "ferme, dans l'affaire des emplois fictifs de son épouse qui avait fait dérailler sa campagne.")
    assert "dont deux ferme" in compress(sentenced)
    # Nor does a day after the participle stand for its object: "a évoqué jeudi[, pour la première fois, l'hypothèse …]".
    raised = ("Le président américain Donald Trump a évoqué jeudi, pour la première fois, l'hypothèse d'un report de "
              "l'élection présidentielle, mettant en avant des risques de fraude liés selon lui à l'épidémie.")
    assert _one_line(raised) == (
        "Le président américain Donald Trump a évoqué jeudi, pour la première fois, l'hypothèse d'un report de "
        "l'élection présidentielle.")


def test_compress_never_parts_a_subject_from_its_verb():
    """'… et son compagnon, qui a reconnu les coups, est en garde à vue': a cut at the relative clause
    would leave the companion killed too; the clause's "et" is where the sentence can end."""
    killed = ("Une jeune femme de 20 ans a été tuée mercredi dans la Somme et son compagnon, qui a reconnu lui avoir "
              "porté des coups de couteau, est en garde à vue, a-t-on appris jeudi auprès du parquet d'Amiens.")
    assert _one_line(killed) == "Une jeune femme de 20 ans a été tuée mercredi dans la Somme."
    # a relative clause that no verb follows is still a clean end
    met = ("Le ministre a reçu jeudi à Rabat son homologue espagnol et une délégation d'industriels, qui souhaitent "
           "investir dans les énergies renouvelables du royaume avant la fin de l'année prochaine.")
    assert compress(met) == "Le ministre a reçu jeudi à Rabat son homologue espagnol et une délégation d'industriels."
    # a subordinate clause's subject whose verb follows its own relative clause: the clause goes whole
    fright = ("Un groupe de jeunes Belges a vécu une grosse frayeur dans la nuit de samedi à dimanche lorsque leur car, "
              "qui roulait sur l'autoroute A10 près de Tours, a été transpercé par une balle perdue, selon la presse.")
    assert _one_line(fright) == (
        "Un groupe de jeunes Belges a vécu une grosse frayeur dans la nuit de samedi à dimanche.")
    duel = ("Dans cette ville de 120.000 habitants (200.000 pour l'agglomération), l'issue du duel est incertaine, même "
            "si le candidat lepéniste, 50 ans, s'estime en position de force après avoir engrangé 35,6% au premier tour.")
    assert _one_line(duel) == (
        "Dans cette ville de 120.000 habitants (200.000 pour l'agglomération), l'issue du duel est incertaine.")
    # nor does a cut keep the subject a colon opens without its verb: "…: cette photographe[, parmi …, est …]"
    sherman = ("Grimée en femme fatale, en demoiselle en détresse ou en grande bourgeoise sur ses autoportraits, "
               "l'Américaine Cindy Sherman ne cesse d'explorer les représentations féminines stéréotypées: cette "
               "photographe, parmi les plus reconnues de l'art contemporain, est à l'honneur d'une rétrospective à Paris.")
    assert _one_line(sherman).endswith("les représentations féminines stéréotypées.")
    # nor an attribution after the clause: the "et" there joins two things, not two clauses
    probe = ("La Chine prévoit de lancer en juillet une sonde et un petit robot téléguidé vers Mars, sa première "
             "mission en direction de la planète rouge, a annoncé le promoteur du projet.")
    assert "une sonde et un petit robot téléguidé vers Mars" in _one_line(probe)
    # the participle and its day, then an insertion: the object is still to come
    filed = ("Gérard Filoche a déposé lundi matin, au tribunal de grande instance de Paris, son assignation en référé "
             "de la Haute autorité du PS afin d'obtenir sa réintégration dans le scrutin.")
    assert "son assignation en référé" in _one_line(filed)
    # two insertions and more between the verb and its object: "lançait, mardi …, en présence …, son Grenelle"
    launched = ("Le gouvernement lançait, mardi 3 septembre à Matignon, en présence de familles de victimes, son "
                "\"Grenelle\" des violences conjugales, pour enrayer un phénomène ayant déjà fait plus de 100 victimes.")
    assert "son \"Grenelle\" des violences conjugales" in compress(launched)


def test_events_related_together_are_one_sentence_of_the_synthesis():
    from briefing.brief.synthesis import executive_summary

    briefs = [Brief(f"E{n}", f"Titre {n}", "2020-06-16", f"16 juin 2020 — Le préfet a parlé {n} fois. [p{n}]", (),
                    (f"p{n}",), related=related)
              for n, related in ((1, ("E2", "E3")), (2, ("E1", "E3")), (3, ("E1", "E2")), (4, ("E5",)), (5, ("E4",)))]
    text = executive_summary(briefs)
    assert "Les événements E1, E2 et E3 sont liés." in text and "Les événements E4 et E5 sont liés." in text
    assert "E1 et E2" not in text
    english = executive_summary(briefs, "en")
    assert "Events E1, E2 and E3 are related." in english


def test_compress_ends_a_statement_at_the_colon_that_spells_it_out():
    # The synthesis of an archive day ended "... pour leur réouverture: à Ottawa … [33013]".
    text = ("Fermées pendant la pandémie, les églises au Canada misent sur l'originalité pour leur réouverture: "
            "à Ottawa, une messe est dite en plein air devant des centaines de fidèles venus en voiture.")
    assert compress(text) == "Fermées pendant la pandémie, les églises au Canada misent sur l'originalité pour leur réouverture."
    # Not after a short kicker, nor where a pronoun subject is named after the colon, nor before a quotation.
    kicker = ("Ni bouche, ni nez, ni main, risque de contamination zéro: le serveur de la Gitana Loca, à Séville, "
              "est parfait pour servir des bières aux clients en temps de pandémie.")
    assert not compress(kicker).startswith("Ni bouche, ni nez, ni main, risque de contamination zéro.")
    named = ("Sans jamais s'être perdus de vue, ils attendaient leurs retrouvailles artistiques depuis 46 ans: "
             "grâce à Barbara, Gérard Depardieu et Pierre Cardin seront réunis sur scène cet été au château de Lacoste.")
    assert "Depardieu" in compress(named) or compress(named).endswith("…")
    quoted = ("Le ministre de l'Intérieur a déclaré devant les députés réunis en séance mardi soir: « Nous ne céderons "
              "rien à ceux qui veulent semer le désordre dans nos villes et nos quartiers ».")
    assert not compress(quoted).endswith("mardi soir.")


def test_a_synthesis_sentence_names_whom_its_lead_only_designates():
    from dataclasses import replace

    from briefing.records import KeyPoint

    lead = "28 mai 2020 — L'homme politique est décédé jeudi à l'âge de 75 ans [a][b]"
    named = KeyPoint("Le député LR Claude Goasguen est décédé jeudi matin à l'âge de 75 ans, a annoncé sa famille.", ("a", "b"))
    fewer = KeyPoint("Selon Paris Match, le député Claude Goasguen est mort du Covid-19.", ("c",))
    brief = replace(_brief("E1", "2020-05-28", lead, ("a", "b", "c")), key_points=(fewer, named))
    text = executive_summary([brief], "fr", span=("2020-05-28",))
    assert "Le député LR Claude Goasguen est décédé jeudi matin" in text and text.endswith("[a][b].")
    alone = replace(brief, key_points=(fewer,))  # no point as well supported names him: the lead stays
    assert "L'homme politique est décédé jeudi" in executive_summary([alone], "fr", span=("2020-05-28",))
