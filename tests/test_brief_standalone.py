"""Leads and points that stand alone: no pronoun or unnamed demonstrative
opening, no cut before the main verb, "M. X" given the full name a source writes."""

from __future__ import annotations

import pytest

from briefing.brief.anaphora import dangling_reason, leans_on_previous, stands_alone
from briefing.brief.clauses import has_main_verb
from briefing.brief.names import full_names
from briefing.brief.shorten import compress, drop_fronted_clause


def _one_line(text: str) -> str:
    """A cut within a one-line brief's bounds (brief.oneline: 20 words, at most 24, whole up to 36)."""
    return compress(text, short=20, high=24, whole_up_to=36)


@pytest.mark.parametrize(
    "text",
    [
        "Il a déclaré que le plan serait présenté en juillet.",
        "Cela représente plus de 1 % de l'humanité selon l'ONU.",
        "Dans une allocution télévisée, il a adressé un message aux soignants.",
        "Interrogé sur BFMTV pour savoir s'il voterait pour Emmanuel Macron, il a souhaité que les choses soient claires.",
        "Née le 20 février 1928 à Boston, elle était la dernière survivante de la fratrie.",
        '"C\'est un coût énorme pour les Etats-Unis", a-t-il ajouté.',
        "Son père est mort du Covid-19 au printemps.",
        "C'est un vrai soulagement pour les familles concernées par la mesure.",
        "Cette décision a surpris les marchés européens mardi.",
        "Pour inverser cette tendance, les intervenants ont souligné l'importance des génériques.",
        "\"Il est impensable qu'il n'ait pas su quel type de dommages il provoquait\", a dit l'avocat.",
        "De l'autre, une centaine de vaccins en projet.",
        "Puis viennent les traumatismes, les cauchemars, la culpabilité.",
        "Je me suis immédiatement mis à l'isolement à mon domicile.",  # a quotation's sentence, its speaker cut off
        "On m'a prévenu que pour mon bien il ne fallait pas venir travailler.",
        "Tu m'impressionnes par ton charisme et ton talent.",  # a song's words, its singer cut off
        "Ensuite, le convoi a repris la route vers la frontière.",
        "Depuis, une liste d'une vingtaine de noms circule pour former ce groupe.",  # since what?
        "Y figurent des députés de l'aile gauche et des proches de Nicolas Hulot.",  # in what?
        "Entre eux règnerait une grande concurrence, attisée par un sondage publié mercredi.",  # between whom?
        "Et le bilan mondial des victimes s'établit désormais à plus de 842.000 morts.",  # and after what?
        "Très précisément, Thierry Solère a indiqué que 2,926 millions d'électeurs ont voté.",  # more precise than what?
        "A travers eux, les photographes ont raconté le vide laissé par les victimes.",  # through whom?
        "Face à elle, les manifestants ont scandé des slogans hostiles.",
        "Cette employée d'un service d'urgences de 26 ans a été tuée par la police.",  # a person's complement names nobody
        '"Ma démarche a été comprise, la France veut la vérité et elle veut des actes".',  # whose words?
        "Celle de jeudi 28 février a été mouvementée, le journaliste accueillant le député.",  # which one?
    ],
)
def test_sentences_that_lean_on_a_missing_referent(text):
    assert not stands_alone(text)
    assert leans_on_previous(text)


@pytest.mark.parametrize(
    "text",
    [
        "Il faut encore former des milliers de soignants dans la région.",
        "Il y a trois hôpitaux dans la province.",
        "Il est indispensable d'agir vite, selon les médecins.",
        "Cette année, le festival d'Avignon est annulé.",
        "Ce jeudi, le gouvernement a annoncé un plan de relance.",
        "Cette semaine, la Bourse de Paris a reculé de 3 %.",
        "Ces dernières semaines, le virus a reculé dans le pays.",
        "Ce projet de loi a été adopté par l'Assemblée nationale.",
        "Ce collectif, Baclohelp, contestait la dose limite imposée.",
        "Cet homme, Jean Dupont, a été arrêté mardi à Lyon.",
        "C'est à Paris que le sommet aura lieu en septembre.",
        "Si le document a été bouclé en mars, il fait écho à l'actualité.",
        "La justice a suspendu la vente du médicament, a-t-elle annoncé jeudi.",
        "Le ministre a dit, lundi, qu'il viendrait à Rabat.",
        "Il y a deux ans, la ministre avait promis une réforme.",
        "Depuis le 11 mai, les commerces ont rouvert leurs portes dans tout le pays.",
    ],
)
def test_sentences_that_stand_alone(text):
    assert stands_alone(text), dangling_reason(text)


def test_a_sentence_told_next_leans_on_the_one_before():
    """'ont alors pris la fuite': then, after what the sentence before told ('alors que' is 'while')."""
    assert leans_on_previous("Les quatre occupants ont alors pris la fuite à pied, abandonnant leur véhicule.")
    assert leans_on_previous("L'Express vient alors de publier des extraits des expertises psychiatriques.")
    assert not leans_on_previous("Le président a dénoncé la réforme alors que les syndicats manifestaient.")


def test_a_demonstrative_stands_once_the_event_has_named_its_noun():
    text = "Cette démolition concrétise les menaces de la cadette du dirigeant."
    assert not stands_alone(text, "Pyongyang détruit le bureau de liaison")
    assert stands_alone(text, "La démolition du bureau de liaison a été filmée")


def test_main_verb_is_told_from_participles_and_relative_clauses():
    assert has_main_verb("La justice s'est prononcée mercredi")
    assert has_main_verb("Les prix augmentent depuis trois mois")
    assert has_main_verb("Le test devra être présenté vendredi")
    assert not has_main_verb("La famille d'Adama Traoré, mort en 2016 au cours d'une interpellation")
    assert not has_main_verb("Pour cette nouvelle rentrée qui interviendra deux semaines avant les vacances")
    assert not has_main_verb("Le président de la région")
    # an infinitive after its reflexive or object pronoun is not finite: "pour se protéger", "sortir se promener"
    assert not has_main_verb("Pour se protéger face aux menaces dont son entourage le dit victime")
    assert not has_main_verb("Face à leurs difficultés pour se procurer des produits de première nécessité")
    assert has_main_verb("Pour se protéger, le président a acheté une arme")


def test_a_cut_never_stops_before_the_main_verb():
    text = (
        "La famille d'Adama Traoré, mort en 2016 au cours d'une interpellation, réclame une nouvelle "
        "reconstitution des faits, après la publication d'une expertise médicale qui contredit celle des juges, "
        "a annoncé mardi son avocat à Paris devant la presse."
    )
    short = _one_line(text)
    assert short.startswith("La famille d'Adama Traoré, mort en 2016 au cours d'une interpellation, réclame")
    assert text.startswith(short.rstrip(" .…"))  # the source's words, only cut


def test_a_cut_keeps_the_verb_after_a_list_of_noun_phrases():
    text = (
        "Des canaux débordant d'emballages, des décharges inondées de sacs, des plages couvertes de bouteilles "
        "et de pailles: en Thaïlande, la pandémie et le confinement ont fait exploser les déchets plastiques"
    )
    assert "ont fait exploser" in compress(text, short=20, high=24)


def test_a_fronted_clause_is_kept_when_what_follows_has_no_verb():
    text = "Après des semaines de tension, le petit quartier de cinq mille habitants, à majorité maghrébine"
    assert drop_fronted_clause(text) == text


SOURCES = [
    "Gilles Le Gendre, président du groupe LREM, a réuni ses députés mardi. M. Le Gendre a rappelé la ligne.",
    "Selon Emmanuel Macron, la réforme attendra. Brigitte Macron était présente.",
]


def test_mr_x_gets_the_full_name_a_source_gives():
    assert full_names("M. Le Gendre a rappelé la ligne du groupe.", SOURCES) == (
        "Gilles Le Gendre a rappelé la ligne du groupe."
    )


def test_mr_x_is_left_as_written_when_two_people_share_the_surname_or_none_is_named():
    assert full_names("M. Macron a tranché.", SOURCES) == "M. Macron a tranché."  # Emmanuel and Brigitte
    assert full_names("Mme Dupont a témoigné.", SOURCES) == "Mme Dupont a témoigné."
    assert full_names("Aucun titre ici.", SOURCES) == "Aucun titre ici."


def test_a_place_or_body_the_role_governs_is_no_given_name():
    """'Le maire de Lyon Gérard Collomb': a point quoting 'a indiqué M. Collomb' had become
    'a indiqué Lyon Gérard Collomb' (archive-dev, 28 May 2020)."""
    sources = ["Le maire de Lyon Gérard Collomb a annoncé jeudi une alliance avec la droite.",
               "Le ministre de la Santé Olivier Véran a présenté le plan."]
    assert full_names("Il a indiqué M. Collomb.", sources) == "Il a indiqué Gérard Collomb."
    assert full_names("M. Véran a tranché.", sources) == "Olivier Véran a tranché."


def test_full_name_keeps_every_given_name_of_the_one_person():
    from briefing.brief.names import full_names

    sources = ["La directrice, Hanane Hassan Balkhi, a salué le Maroc. Hassan Balkhi a ajouté."]
    assert full_names("Mme Balkhi a mis en avant le rôle.", sources) == "Hanane Hassan Balkhi a mis en avant le rôle."
    two = ["Jean Dupont et Marie Dupont ont signé."]
    assert full_names("M. Dupont a signé.", two) == "M. Dupont a signé."


def test_a_cut_never_splits_an_enumeration_nor_ends_on_a_word_that_opens_more():

    listed = (
        "Le dernier rapport publié jeudi estime que fin 2019 quelque 79,5 millions de personnes étaient des "
        "réfugiés, des demandeurs d'asile ou des personnes déracinées dans leur propre pays, avec de moins en "
        "moins de perspectives de rentrer dans leur région d'origine."
    )
    short = _one_line(listed)
    assert "des réfugiés, des demandeurs d'asile ou des personnes déracinées" in short  # not "des réfugiés …"
    announced = (
        "La France veut contrôler sur son sol l'ensemble de la chaîne de production du paracétamol d'ici trois "
        "ans, ont annoncé jeudi les ministères de l'Economie et de la Santé, deux jours après l'appel du président "
        "Macron pour relocaliser certains médicaments."
    )
    short = _one_line(announced)
    assert short.endswith("les ministères de l'Economie et de la Santé.")
    # nor on the conjunction of a clause it drops: "…, la deuxième ville de Russie, et[, selon Tass, …]"
    fire = ("Cinq personnes sont mortes dans un incendie mardi matin dans un hôpital de Saint-Pétersbourg, la deuxième "
            "ville de Russie, et, selon l'agence de presse étatique Tass, il s'agissait de malades du Covid-19 reliés "
            "à des respirateurs artificiels.")
    assert _one_line(fire) == (
        "Cinq personnes sont mortes dans un incendie mardi matin dans un hôpital de Saint-Pétersbourg, la deuxième "
        "ville de Russie.")
    # nor on a bare auxiliary before an optional phrase: "… la maison Bonhams va[ notamment proposer …]"
    sale = ("Le 5 juillet prochain dans le cadre de la vente qu'elle organisera au Festival of Speed de Goodwood, la "
            "maison Bonhams va notamment proposer aux enchères une exceptionnelle Alfa Romeo 8C 2300 de 1933 ayant "
            "appartenu à un pilote.")
    assert not compress(sale).endswith(" va.")
    # a month is no infinitive: the cut after the attribution's day stands
    delays = ("Le trafic aérien a cumulé le chiffre vertigineux de 34 années de retard en France sur l'ensemble de "
              "l'année 2018, rapporte Le Parisien jeudi 3 janvier, citant les chiffres d'Air indemnité, le leader "
              "français des services d'indemnisation des passagers aériens.")
    assert compress(delays).endswith("rapporte Le Parisien jeudi 3 janvier.")


def test_a_demonstrative_subject_after_a_fronted_clause_names_nothing_before_it():
    from briefing.brief.anaphora import dangling_reason

    title = "Sous pression, Facebook durcit sa politique de modération des contenus"
    assert dangling_reason("En apparence timides, ces nouvelles mesures signalent que Facebook a cédé.", title)
    assert dangling_reason("Tapi dans une canalisation, cet homme soudanais cherchait à fuir le Liban.")
    # The fronted clause names what the demonstrative points at; a thing named by its complement.
    assert dangling_reason("Quatre ans après la mort d'Adama Traoré, cette affaire est devenue une bataille.") is None
    assert dangling_reason("Mardi soir, ce projet de loi a été adopté par les députés.") is None


def test_an_inverted_speaker_named_outside_the_quotation_is_no_dangling_pronoun():
    from briefing.brief.anaphora import dangling_reason

    named = "\"Non\", François Bayrou n'a pas l'intention d'entrer au gouvernement, a-t-il assuré."
    assert dangling_reason(named) is None
    assert dangling_reason("\"C'est une erreur, Emmanuel Macron le sait\", a-t-il dit.") == "its speaker is a pronoun"


def test_a_demonstrative_in_a_fronted_phrase_names_nothing_before_it():
    from briefing.brief.anaphora import dangling_reason

    text = "Dans ces circonstances, Bernard Cazeneuve est revenu sur le contexte de ces attaques."
    assert dangling_reason(text, "Charlie Hebdo : Bernard Cazeneuve répond aux critiques de Nicolas Sarkozy")
    assert dangling_reason("Ce projet, Alpha, a été lancé mardi par la ville.") is None  # named in apposition


def test_a_consequence_leans_on_the_sentence_before_it():
    from briefing.brief.anaphora import dangling_reason

    assert dangling_reason("Au point qu'actuellement il y a entre 400.000 et 450.000 demandes en attente, révèle Le Parisien.")
    assert dangling_reason("Si bien que la ville a fermé ses parcs jusqu'à nouvel ordre.")
    # "Ce ne serait pas surprenant", "Ce n'était pas un hélicoptère": what it is was said before
    assert dangling_reason("Ce ne serait pas surprenant, estiment des experts.")
    assert dangling_reason('"Ce n\'était pas un hélicoptère pour Anne Hidalgo", s\'est défendue la mairie de Paris.')
    # an answer to the question before it: "Non, estime …"; not a denial that says what it denies
    assert dangling_reason("Non, estime un adolescent japonais qui a décidé de se battre en justice.")
    assert dangling_reason("Ni l'un ni l'autre, selon de nombreux scientifiques du monde entier.")
    assert dangling_reason("Non, Nicolas Hulot n'est pas encore sur le départ du gouvernement.") is None
    assert dangling_reason("Non loin de Paris, un incendie a ravagé un entrepôt mardi.") is None
    # a capital A for À: "A tel point que …", "A son tour, …"
    assert dangling_reason("A tel point que le député Eric Pauget (LR) veut renforcer l'arsenal juridique.")
    assert dangling_reason("A son tour, le ministre a dénoncé des violences inacceptables.")
    assert dangling_reason("Au point mort depuis des mois, les négociations reprennent lundi à Genève.") is None


@pytest.mark.parametrize(
    "text, not_end",
    [
        # an infinitive whose object comes after an insertion: "voir[, après avoir glissé …, un spectacle]"
        ("Privés de salles de concert, les chanteurs retrouvent le contact avec le public grâce aux neuf cabines "
         "individuelles où l'on peut d'ordinaire voir, après avoir glissé quelques pièces de monnaie dans la fente, "
         "un spectacle pornographique à travers une vitre.", "voir."),
        # a word that opens more, and the insertion after it: "a assuré lundi 11 mai que[, pour les élèves, …]"
        ("Jean-Michel Blanquer a assuré lundi 11 mai que, pour les élèves, les risques étaient plus élevés à rester "
         "chez soi qu'à retrouver les bancs de l'école, selon un entretien publié par plusieurs quotidiens régionaux.",
         " que."),
        ("Jean-Michel Blanquer a assuré lundi 11 mai que, pour les élèves, les risques étaient plus élevés à rester "
         "chez soi qu'à retrouver les bancs de l'école, selon un entretien publié par plusieurs quotidiens régionaux.",
         " élèves."),
        # an elided determiner, cut by count: "… à l'issue d'un …"
        ("Le parquet sud-coréen a requis mercredi 35 ans de prison à l'encontre de l'ancienne présidente Park Geun-hye "
         "qui avait été destituée puis condamnée à l'issue d'un retentissant scandale de corruption et d'abus de "
         "pouvoir qui avait secoué tout le pays pendant des mois.", "d'un …"),
        # a relative clause's subject before its verb: "… au moment où la quasi-totalité des scènes."
        ("La cérémonie des Molières, qui décerne chaque année les prix du théâtre en France, s'est déroulée en deux "
         "temps pour respecter la distanciation sociale, au moment où la quasi-totalité des scènes, déjà en fin de "
         "saison et soumises à une restriction de jauge, sont à l'arrêt.", "la quasi-totalité des scènes."),
        ("Des gilets jaunes ont participé samedi à Paris à \"la marche des mutilés\" qui, selon les organisateurs, a "
         "rassemblé 27 personnes blessées au cours des diverses manifestations du mouvement depuis novembre.", " qui."),
        # inside a quotation or a parenthesis
        ("Pour le président du conseil scientifique, le médecin craint une \"deuxième vague beaucoup plus longue, avec "
         "plus d'impact sur le plan économique, culturel, global\", selon un entretien publié dimanche par un quotidien.",
         "plus longue."),
        ("Cette hausse, qui porte le total de morts depuis le 1er mars à plus de 28.000, est essentiellement due aux "
         "décès en Ehpad et établissements d'accueil pour les handicapés (+429 par rapport à samedi, contre +54 à l'hôpital).",
         "samedi."),
    ],
)
def test_a_one_line_cut_never_ends_on_a_word_that_waits_for_what_it_was_cut_from(text, not_end):
    assert text.startswith(_one_line(text).rstrip(" .…"))  # the source's words, only cut
    assert not _one_line(text).endswith(not_end)
