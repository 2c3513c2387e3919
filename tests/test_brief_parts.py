"""Brief parts on made-up sentences: figures, actors, points, dates."""

from __future__ import annotations

from briefing.brief import dates
from briefing.brief.actors import find_actors, merge_actors, name_discrepancies
from briefing.brief.figure_conflicts import figure_discrepancies
from briefing.brief.figures import extract_figures, key_figures
from briefing.brief.points import owned_points
from briefing.records import Discrepancy
from briefing.text.sentences import split_sentences

MONTHS = "janvier,février,mars,avril,mai,juin,juillet,août,septembre,octobre,novembre,décembre".split(",")


def sents(text: str, aid: str = "x"):
    return split_sentences(text, aid)


def test_figures_keep_unit_and_measure_and_skip_dates():
    text = (
        "Historiquement, la production locale couvrait 80 % des besoins médicaux. "
        "Le protocole a été signé le 28 décembre 2021 par 12 ministres. "
        "Une convention couvrant la période 2026-2030 a été signée en 2025."
    )
    figures = extract_figures(sents(text))
    got = [(f.value, f.unit) for f in figures]
    assert ("80", "%") in got
    assert ("2026-2030", "") in got
    assert all(f.value not in ("28", "2021", "2025") for f in figures)
    eighty = next(f for f in figures if f.value == "80")
    assert "production locale" in eighty.measure and eighty.source == "x"


def test_key_figures_put_percentages_first_and_deduplicate():
    text = "Le club compte 40 membres. Le club compte 40 membres. La part atteint 52 % du marché."
    figures = key_figures(sents(text), limit=1)
    assert [(f.value, f.unit) for f in figures] == [("52", "%")]
    assert len(key_figures(sents(text))) == 2


def test_figure_discrepancy_shows_both_values_with_sources():
    a = sents("Le taux de chômage des jeunes atteint 21 % selon le ministère.", "a")
    b = sents("Le taux de chômage des jeunes atteint 23 % selon un rapport.", "b")
    found = figure_discrepancies(a + b)
    assert len(found) == 1
    assert found[0].claims == (("21 %", "a"), ("23 %", "b"))
    c = sents("Les exportations ont progressé de 23 % cette année.", "c")
    assert figure_discrepancies(a + c) == []  # another measure: no conflict


def test_ages_of_two_people_are_no_discrepancy():
    a = sents("Benoît XVI, âgé de 93 ans, est arrivé jeudi en Bavière.", "a")
    b = sents("Son frère Georg Ratzinger, âgé de 96 ans, est malade.", "b")
    assert figure_discrepancies(a + b) == []  # "âgé de" names no subject; the names differ


def test_two_figures_both_sources_give_are_no_discrepancy():
    a = sents("Edouard Philippe atteint 23,7 % d'opinions favorables. Emmanuel Macron recueille 21,6 % d'opinions favorables.", "a")
    b = sents("Emmanuel Macron recueille 21,6 % d'opinions favorables dans ce sondage. Edouard Philippe obtient 23,7 %.", "b")
    assert figure_discrepancies(a + b) == []


def test_a_lone_unit_is_no_measure():
    a = sents("Elle avait 99 ans.", "a")
    b = sents("Il est mort à 80 ans.", "b")
    assert figure_discrepancies(a + b) == []


def test_actors_in_apposition_both_ways():
    text = (
        "Le ministre de la Santé, Amine Tahraoui, a reçu Samir Ahid, directeur de l'Agence du médicament (AMMPS). "
        "Le texte a été signé par le Président du Cluster Médical, Said Benhajjou, et Mme Nadia Fassi, présidente de l'AMGS."
    )
    found = {(n, r) for n, r, _ in find_actors(sents(text))}
    assert ("Amine Tahraoui", "ministre de la Santé") in found
    assert ("Samir Ahid", "directeur de l'Agence du médicament (AMMPS)") in found
    assert ("Said Benhajjou", "Président du Cluster Médical") in found
    assert ("Nadia Fassi", "présidente de l'AMGS") in found
    assert all(not n.startswith(("Le ", "Mme")) for n, _ in found)


def test_actors_merge_across_sources_by_surname():
    pool = sents("Hanane Balkhi, directrice régionale de l'OMS, a salué le Maroc.", "a") + sents(
        "Selon Mme Balkhi, la coopération va se renforcer.", "b"
    )
    actors = merge_actors(pool)
    assert len(actors) == 1
    assert actors[0].name == "Hanane Balkhi"
    assert actors[0].role == "directrice régionale de l'OMS"
    assert actors[0].sources == ("a",)  # b names her but gives no role: it is not cited for the role


def test_points_cite_every_agreeing_source_once():
    a = sents("Le ministre Amine Tahraoui a reçu lundi à Rabat la directrice de l'OMS Hanane Balkhi. Il fait beau.", "a")
    b = sents(
        "La directrice de l'OMS Hanane Balkhi a été reçue lundi à Rabat par le ministre Amine Tahraoui. "
        "Le match de football a été reporté à cause de la pluie battante.",
        "b",
    )
    points = [p.point for p in owned_points([a[0], b[0], b[1]], a + b)]
    assert len(points) == 2  # the two wordings of the meeting become one point
    assert points[0].sources == ("a", "b")
    assert points[1].sources == ("b",)


def test_points_drop_fragments():
    assert owned_points(sents("Dans une déclaration.", "a"), []) == []


def test_event_date_takes_the_finest_agreeing_date_and_reports_conflicts():
    assert dates.event_date([("a", "2025-05"), ("b", "2025-05-12")]) == ("2025-05-12", None)
    assert dates.event_date([("a", None)]) == (None, None)
    date, conflict = dates.event_date([("a", "2025-05-12"), ("b", "2025-05-13"), ("c", "2025-05-12")])
    assert date == "2025-05-12"
    assert conflict == Discrepancy("date", (("2025-05-12", "a"), ("2025-05-12", "c"), ("2025-05-13", "b")))


def test_human_dates_keep_an_unknown_year_unknown():
    assert dates.human("2025-05-12", MONTHS) == "12 mai 2025"
    assert dates.human("2025-05", MONTHS) == "mai 2025"
    assert dates.human("--02-04", MONTHS) == "4 février"
    assert dates.human(None, MONTHS) == ""


def test_names_spelt_differently_by_two_sources_are_shown_both():
    pool = sents("Hanane Balkhi, directrice régionale de l'OMS, a salué le Maroc.", "a") + sents(
        "Hanan Balkhi, directrice de l'OMS, était à Rabat.", "b"
    ) + sents("Karim Balkhi, président du club, a démissionné.", "b")
    found = name_discrepancies(pool)
    assert found == [Discrepancy("nom", (("Hanane Balkhi", "a"), ("Hanan Balkhi", "b")))]
    shorter = sents("Hanane Hassan Balkhi, directrice de l'OMS, a parlé.", "c")
    assert name_discrepancies(pool[:1] + shorter) == []  # a fuller form is no conflict


def test_a_figure_whose_measure_is_only_itself_is_no_table_row():
    figures = key_figures(sents("Elle avait 99 ans. La part des énergies renouvelables atteint 12 %."))
    assert [(f.value, f.unit) for f in figures] == [("12", "%")]


def test_a_figure_two_sources_give_in_the_same_words_is_one_row():
    a = sents("La chanteuse Anne Sylvestre est décédée jeudi à l'âge de 103 ans.", "a")
    b = sents("La chanteuse est décédée jeudi 18 juin à l'âge de 103 ans.", "b")
    c = sents("Les plateformes devaient retirer sous 24 heures les contenus illicites.", "c")
    d = sents("Le Conseil a jugé trop bref le délai de 24 heures imposé aux opérateurs.", "d")
    assert [(f.value, f.source) for f in key_figures(a + b)] == [("103", "a")]
    assert [(f.value, f.source) for f in key_figures(c + d)] == [("24", "c"), ("24", "d")]  # other words: two rows


def test_only_sources_of_one_publication_day_can_disagree_on_the_event_day():
    from briefing.records import Article

    def art(aid, published, stated, text="…"):
        return Article(aid, text, date=published, event_date=stated)

    # A protest on Sunday reported Monday, another on Wednesday reported Wednesday: a story that goes on.
    series = [art("a", "2020-06-15", "2020-06-14"), art("b", "2020-06-16", "2020-06-15"), art("c", "2020-06-17", "2020-06-17")]
    date, conflict = dates.brief_date(series)
    assert date == "2020-06-14" and conflict is None
    # Two reports of one day that put the event on different days do disagree; the third is not part of it.
    # (Their leads name the day of one happening: a page whose lead names no day claims none.)
    same_day = [art("a", "2020-06-18", "2020-06-16", "Le sommet s'est ouvert mardi à Bruxelles."),
                art("b", "2020-06-18", "2020-06-17", "Le sommet s'est ouvert mercredi à Bruxelles."),
                art("c", "2020-06-19", "2020-06-19")]
    _, conflict = dates.brief_date(same_day)
    assert conflict == Discrepancy("date", (("2020-06-16", "a"), ("2020-06-17", "b")))


def test_a_name_with_and_without_its_accent_is_no_discrepancy():
    from briefing.brief.actors import name_discrepancies
    from briefing.text.sentences import split_sentences

    pool = split_sentences("Le Premier ministre, Édouard Philippe, a reçu le rapport.", "a") + split_sentences(
        "Le Premier ministre, Edouard Philippe, a reçu le rapport.", "b"
    )
    assert name_discrepancies(pool) == []
    pool += split_sentences("Le Premier ministre, Edouardo Philippe, a reçu le rapport.", "c")
    assert len(name_discrepancies(pool)) == 1
