"""Names and roles in apposition, and the sources an actor cites."""

from briefing.brief.actors import merge_actors
from briefing.brief.appositions import appositions
from briefing.text.sentences import split_sentences

LIST = (
    "Richard Ferrand, président de l'Assemblée nationale, Gérard Larcher, président du Sénat, "
    "et Patrick Bernasconi, président du Conseil économique, social et environnemental, ont été reçus."
)


def test_each_role_of_a_list_goes_with_the_name_before_it():
    assert appositions(LIST) == [
        ("Richard Ferrand", "président de l'Assemblée nationale"),
        ("Gérard Larcher", "président du Sénat"),
        ("Patrick Bernasconi", "président du Conseil économique, social et environnemental"),
    ]


def test_a_role_runs_through_the_tail_of_a_list_but_not_into_the_verb():
    found = appositions(
        "explique Nuha Eltayeb, directrice des contenus pour le Moyen-Orient, l'Afrique et la Turquie."
    )
    assert found == [("Nuha Eltayeb", "directrice des contenus pour le Moyen-Orient, l'Afrique et la Turquie")]
    found = appositions("Nicolas Revel, directeur de la Caisse nationale (Cnam) était auditionné mercredi.")
    assert found == [("Nicolas Revel", "directeur de la Caisse nationale (Cnam)")]
    found = appositions("estime Reha Hutin, présidente de la Fondation qui se félicite de la décision.")
    assert found == [("Reha Hutin", "présidente de la Fondation")]
    found = appositions("a indiqué Eric Mathais, procureur de la République à Dijon, ajoutant que.")
    assert found == [("Eric Mathais", "procureur de la République à Dijon")]


def test_role_before_the_name_with_or_without_a_comma():
    assert appositions("Le ministre de la Santé, Amine Tahraoui, a reçu le texte.") == [
        ("Amine Tahraoui", "ministre de la Santé")
    ]
    assert appositions("Surtout, le ministre de la Santé Olivier Véran faisait référence à cela.") == [
        ("Olivier Véran", "ministre de la Santé")
    ]
    assert appositions("Emmanuel Macron achèvera sa visite avec le Premier ministre Boris Johnson.") == [
        ("Boris Johnson", "Premier ministre")
    ]


def test_a_capitalised_run_an_article_opens_is_no_person_s_name():
    text = ("Parmi les parties civiles: Lassana Bathily, ex-otage de l'Hyper Cacher, le directeur de la publication "
            "de Charlie Hebdo, Riss, et l'urgentiste Patrick Pelloux.")
    assert appositions(text) == []  # not ('Hyper Cacher', 'directeur de la publication de Charlie Hebdo')
    assert appositions("entre le Normand David et le Bordelais Adrien, chef du Détour à Paris, qui aime les abats.") == []
    # An outlet or a body, then the person: the name is what follows it.
    assert appositions("a déclaré au Monde Malik Salemkour, président de la Ligue des droits de l'Homme.") == [
        ("Malik Salemkour", "président de la Ligue des droits de l'Homme")
    ]
    assert appositions("Le ministre de la Communication Ammar Belhimer, porte-parole du gouvernement, a parlé.") == [
        ("Ammar Belhimer", "ministre de la Communication"), ("Ammar Belhimer", "porte-parole du gouvernement")
    ]
    assert appositions("Selon le Dr Jean Dupont, chef du service, la situation est grave.") == [("Jean Dupont", "chef du service")]


def test_a_role_is_the_nearest_person_s_and_stops_where_its_clause_does():
    # The apposition names the nearest person noun: the chancellor, not her spokesman.
    assert appositions("Le porte-parole de la chancelière allemande, Angela Merkel, a également réagi.") == [
        ("Angela Merkel", "chancelière allemande")
    ]
    # A woman's role after her kin's name is hers ("la mère de X, conseillère"); a man's is the name's.
    assert appositions("Les enquêteurs ont auditionné la mère de Stéphane Durand, conseillère municipale à Hesdin.") == []
    assert appositions("Il emploie la fille de Patrick Vignal, député de l'Hérault.") == [("Patrick Vignal", "député de l'Hérault")]
    # "n'a" and "sur <medium>" end a role; a role ends on no title word.
    assert appositions("Et la présidente du FN n'a pas apprécié l'interview de son concurrent, Emmanuel Macron, sur TF1.") == []
    assert appositions("a expliqué Isabelle Striga, directrice générale de Lubrizol sur Franceinfo.") == [
        ("Isabelle Striga", "directrice générale de Lubrizol")
    ]
    assert appositions("constitue une faute\", met en avant leur avocat maitre Yassine Bouzrou.") == []
    # An elided capital ("C'est") opens no name; an outlet "L'Obs" before a speaker is none of the name;
    # "O'Petit" is one name.
    assert appositions("C'est Iris Knobloch, présidente de Warner Bros France, qui prend sa place.") == [
        ("Iris Knobloch", "présidente de Warner Bros France")
    ]
    assert appositions("explique à L'Obs Sibeth Ndiaye, conseillère presse de la présidence, qui occupait ce poste.") == [
        ("Sibeth Ndiaye", "conseillère presse de la présidence")
    ]
    assert appositions("selon la députée LREM de l'Eure Claire O'Petit.") == [("Claire O'Petit", "députée LREM de l'Eure")]
    assert appositions("Le député de La France Insoumise répondait à des députés LR.") == []


def test_a_role_keeps_the_words_that_change_it():
    assert appositions("Troisième, son ancienne directrice de cabinet, Violette Spillebout, ne menace pas.") == [
        ("Violette Spillebout", "ancienne directrice de cabinet")
    ]
    assert appositions("a dénoncé la Haut-Commissaire de l'ONU aux droits de l'Homme, Michelle Bachelet.") == [
        ("Michelle Bachelet", "Haut-Commissaire de l'ONU aux droits de l'Homme")
    ]
    assert appositions("a assuré l'épidémiologiste en chef du CDC, Wu Zunyou.") == [
        ("Wu Zunyou", "épidémiologiste en chef du CDC")
    ]


def test_no_role_from_another_person_or_a_word_inside_a_word():
    # "roi" inside "beffroi"; the age between name and role is skipped.
    text = "Elle dirige le beffroi nordiste et son adjoint, Stéphane Baly, 47 ans, chef de file des Verts."
    assert appositions(text) == [("Stéphane Baly", "chef de file des Verts")]
    # "A, le ministre de X, B": the role opens B's pair.
    assert appositions("Jean Dupont, le ministre de la Santé, Pierre Durand, a parlé.") == [
        ("Pierre Durand", "ministre de la Santé")
    ]
    assert appositions("Dans les pas de son ministre, Donald Trump, a haussé le ton.") == []
    assert appositions("Selon Andrei Novikov, maire adjoint de Tallinn, ce projet avance.") == [
        ("Andrei Novikov", "maire adjoint de Tallinn")
    ]


def test_an_actor_cites_only_the_sources_that_give_the_role():
    pool = split_sentences(LIST, "a") + split_sentences("Gérard Larcher a parlé au Sénat.", "b")
    pool += split_sentences("Gérard Larcher, président du Sénat, a parlé.", "c")
    larcher = [a for a in merge_actors(pool) if a.name == "Gérard Larcher"]
    assert [(a.role, a.sources) for a in larcher] == [("président du Sénat", ("a", "c"))]


def test_an_institution_name_going_on_in_lower_case_keeps_its_last_capitalised_word():
    text = "La commission entendra l'ancien patron de Santé publique France François Bourdillon et Geneviève Chêne."
    assert ("François Bourdillon", "ancien patron de Santé publique France") in appositions(text)


def test_the_place_or_outlet_a_speaker_talked_in_or_to_is_not_part_of_the_name():
    said = '"La France se noie dans son racisme", a assuré à Lyon Arkya Sedime, membre du collectif des Afro-descendants.'
    assert appositions(said) == [("Arkya Sedime", "membre du collectif des Afro-descendants")]
    told = "La situation est grave, a expliqué à Franceinfo Didier Migaud, premier président de la Cour des comptes."
    assert appositions(told) == [("Didier Migaud", "premier président de la Cour des comptes")]
    # Without a verb of saying before "à", or a particle second, the run is a name as it stands.
    assert appositions("Jean Pierre Dupont, directeur de l'usine, a parlé.") == [("Jean Pierre Dupont", "directeur de l'usine")]
    on = '"La mort en bas de chez moi", s\'est indigné sur Facebook Laetitia Descoing-Cucchi, présidente de l\'association Inseme.'
    assert appositions(on) == [("Laetitia Descoing-Cucchi", "présidente de l'association Inseme")]


def test_a_role_that_belongs_to_another_person_is_nobody_else_s():
    # The name after a role word, even one too short to report, owns it.
    assert appositions("Et à New York, le commissaire Dermot Shea a promis de réaffecter 600 agents.") == []
    # A role naming another person, or a list of people, is not the name before it's.
    obama = "Ancien membre du Conseil auprès de l'ex-président démocrate Barack Obama, Ned Price a accusé l'administration."
    assert ("Ned Price", "ex-président démocrate Barack Obama") not in appositions(obama)
    karoutchi = "Interrogé par le sénateur Les Républicains Roger Karoutchi lors des questions, Edouard Philippe a reconnu des difficultés."
    assert not any(name == "Edouard Philippe" for name, _ in appositions(karoutchi))
    collomb = ("Il devrait rencontrer les élus, dont le maire de Lyon Gérard Collomb, le président de la métropole "
               "David Kimelfeld et le maire de Marcy-l'Etoile Loïc Commun.")
    assert not any(name == "Gérard Collomb" and "Kimelfeld" in role for name, role in appositions(collomb))
    taylor = "Michael Taylor, 59 ans, un ancien membre des forces spéciales reconverti dans la sécurité privée et son fils Peter Taylor, ont été arrêtés."
    assert appositions(taylor) == []
    # A role opened by an article and followed by the verb is the clause's subject, not an apposition.
    brisson = "Répondant ensuite au sénateur LR Max Brisson, le Premier ministre a indiqué qu'il était choqué."
    assert appositions(brisson) == []
    # "un porte-parole du maire Sadiq Khan": the name is the mayor's.
    assert appositions("Leur retrait est à l'étude, a précisé un porte-parole du maire Sadiq Khan.") == []


def test_a_role_ends_where_its_clause_does_and_names_no_thing():
    severino = ("A renchéri Carrie Severino, présidente du groupe conservateur Judicial CrisisNetwork en estimant "
                "que le juge serait déçu.")
    assert appositions(severino) == [("Carrie Severino", "présidente du groupe conservateur Judicial CrisisNetwork")]
    aoun = "Jeudi, le chef de l'Etat français rencontrera son homologue libanais Michel Aoun et le Premier ministre Hassan Diab."
    assert not any(name == "Michel Aoun" for name, _ in appositions(aoun))
    hamon = "Il arrive loin derrière Benoît Hamon, son ancien ministre de l'Éducation nationale au second tour de la primaire."
    assert appositions(hamon) == [("Benoît Hamon", "ancien ministre de l'Éducation nationale")]  # the verb's time, not the role's
    assert appositions("Jean Dupont, ministre délégué aux Transports, a parlé.") == [("Jean Dupont", "ministre délégué aux Transports")]
    traore = "A déclaré le colonel Missa Traoré, son ancien ministre de la Santé avec qui il a mené le putsch en 1968."
    assert appositions(traore) == [("Missa Traoré", "ancien ministre de la Santé")]
    assert appositions('Maya Terro, fondatrice de "Food Blessed", craint une explosion de l\'insécurité.') == []
    hidalgo = "Elles critiquent la maire PS sortante -et grande favorite du second tour- Anne Hidalgo."
    assert appositions(hidalgo) == []
    for thing in ("Le responsable des pages Opinion du New York Times a démissionné.",
                  "Le rédacteur en chef du quotidien de Philadelphie, The Philadelphia Inquirer, est parti.",
                  "Modi était avec le chef du Rashtriya Swayamsevak Sangh (RSS, Organisation des volontaires nationaux).",
                  "C'est déplacé, a déclaré le député du Lot sur France Info."):
        assert appositions(thing) == [], thing
    # A party's initials after a name leave the name a person's.
    assert appositions("Les casseurs étaient là, selon la maire sortante Martine Aubry (PS), mais aussi à Nantes.") == [
        ("Martine Aubry", "maire sortante")]


def test_a_name_with_its_role_before_it_takes_no_second_role_from_the_next_clause():
    found = appositions(
        "Contrairement au Premier ministre Boris Johnson, le représentant de l'Union européenne au "
        "Royaume-Uni juge peu probable d'être fixé d'ici à juillet."
    )
    assert found == [("Boris Johnson", "Premier ministre")]


def test_a_ship_one_is_on_board_of_is_no_person():
    found = appositions(
        "Donald Trump a partagé une photo montrant le président vénézuélien menotté à bord de l'USS "
        "Iwo Jima, qui le transportait vers New York."
    )
    assert found == []


def test_a_capitalised_role_word_inside_a_name_is_no_role():
    from briefing.brief.appositions import appositions

    # "Le Maire" ends Bruno Le Maire's name; "Maire ou même son concurrent direct" is nobody's role.
    text = ("Comme Nicolas Sarkozy, Bruno Le Maire ou même son concurrent direct, Alain Juppé, l'élu parisien "
            "s'est rendu aux urnes dans la matinée.")
    assert not any(role.startswith("Maire") for _, role in appositions(text))
    assert appositions("Le Premier ministre, Edouard Philippe, a parlé.") == [("Edouard Philippe", "Premier ministre")]


def test_an_elided_particle_ends_a_name():
    from briefing.brief.appositions import appositions

    assert appositions("Pas vraiment selon l'ancien président, Valéry Giscard d'Estaing, interrogé par RTL.") == [
        ("Valéry Giscard d'Estaing", "ancien président")]
    # "En Côte d'Ivoire" opens on a preposition: a place, no one's name.
    assert appositions("En Côte d'Ivoire, le roi de Krindjabo a promis un don pour la reconstruction.") == []


def test_a_role_said_as_current_is_the_role_said_in_full():
    text = ("On est content, s'est réjoui Jean-Louis Missika, président de la plateforme Paris en Commun, qui rassemble la gauche. "
            "Sa plateforme va devenir une structure politique et son actuel président, Jean-Louis Missika, appelle à créer une fédération.")
    actors = merge_actors(split_sentences(text, "a"))
    assert [(a.name, a.role) for a in actors] == [("Jean-Louis Missika", "président de la plateforme Paris en Commun")]
