"""Figures that disagree across sources: each value once with all its sources, one number
however it is written, and a list's figures kept to the names they are given for."""

from __future__ import annotations

from briefing.brief.figure_conflicts import figure_discrepancies
from briefing.render.common import discrepancy_text
from briefing.text.sentences import split_sentences


def _sentences(**texts: str):
    return [s for aid, text in texts.items() for s in split_sentences(text, aid)]


def test_three_sources_two_values_make_one_line_citing_each_value_s_sources() -> None:
    found = figure_discrepancies(_sentences(
        a="Le virus touche déjà plus de 1.550 personnes dans un abattoir de la région.",
        b="Le virus touche déjà plus de 1.500 personnes dans un abattoir de la région.",
        c="Le virus touche déjà plus de 1.550 personnes dans un abattoir de la région.",
    ))
    assert len(found) == 1
    assert discrepancy_text(found[0].claims, {"semicolon": " ; "}) == "1.550 personnes [a][c] ; 1.500 personnes [b]"


def test_one_number_written_two_ways_is_no_discrepancy() -> None:
    assert figure_discrepancies(_sentences(
        a="Le taux d'incidence dépasse les 250 cas pour 100.000 habitants dans la métropole.",
        b="Le taux d'incidence dépasse les 250 cas pour 100 000 habitants dans la métropole.",
    )) == []


def test_the_figures_of_a_list_belong_to_the_names_before_them() -> None:
    found = figure_discrepancies(_sentences(
        a="Les Etats-Unis sont le pays le plus endeuillé avec 197.589 morts.",
        b="Les Etats-Unis sont le pays le plus endeuillé, devant le Brésil (134.935 morts) et l'Inde (83.198 morts).",
        c="Suivent le Brésil avec 43.332 morts, le Royaume-Uni (41.736 morts) et l'Italie (34.371 morts).",
        d="Suivent le Brésil avec 42.720 morts, le Royaume-Uni (41.698) et l'Italie (34.345).",
    ))
    assert [sorted(value for value, _ in d.claims) for d in found] == [["42.720 morts", "43.332 morts"]]


def test_an_age_is_not_a_length_of_sentence():
    assert figure_discrepancies(_sentences(
        a="Une peine de 5 ans de prison ferme avait été requise contre l'homme d'affaires le 1er avril dernier.",
        b="\"Il faut se battre\", a ajouté l'homme d'affaires de 76 ans. Une peine de cinq ans de prison avait été requise.",
    )) == []


def test_a_value_told_as_an_approximation_or_a_bound_agrees_with_the_values_it_allows() -> None:
    assert figure_discrepancies(_sentences(
        a="Le deuxième tour a été marqué dimanche par une abstention record de 58,4 % dans le pays.",
        b="Le deuxième tour a été marqué dimanche par une abstention record, autour des 60 % dans le pays.",
    )) == []  # 'autour des 60 %' allows 58,4 %
    assert figure_discrepancies(_sentences(
        a="L'incendie a détruit plus de 300 hectares de forêt dans le massif.",
        b="L'incendie a détruit 340 hectares de forêt dans le massif.",
    )) == []  # 'plus de 300' allows 340
    assert len(figure_discrepancies(_sentences(
        a="L'incendie a détruit plus de 300 hectares de forêt dans le massif.",
        b="L'incendie a détruit 250 hectares de forêt dans le massif.",
    ))) == 1  # but not 250


def test_a_share_another_source_gives_in_points_is_no_discrepancy() -> None:
    # Sarkozy's margin ("à 1,5 %") and Hollande's score (51,6 %): the second source gives the margin too,
    # as "le 1,5 point manquant".
    assert figure_discrepancies(_sentences(
        a="\"J'ai perdu l'élection présidentielle de 2012 à 1,5% face à François Hollande\", a-t-il dit.",
        b="Cette polémique lui a coûté le 1,5 point manquant pour gagner l'élection présidentielle de 2012, "
          "remportée par François Hollande avec 51,6% des voix.",
    )) == []


def test_a_source_that_writes_the_other_count_without_its_unit_is_no_discrepancy() -> None:
    # 53 departments on orange alert (a), 66 on any alert (b), whose next sentence gives the 53 too.
    assert figure_discrepancies(_sentences(
        a="Et 53 départements sont toujours en vigilance orange canicule.",
        b="66 départements restent en vigilance canicule, dont 13 en vigilance rouge. Les 53 autres sont en vigilance orange.",
    )) == []
    # Without the 53 in b, the two counts of departments on alert still disagree.
    assert figure_discrepancies(_sentences(
        a="Et 53 départements sont toujours en vigilance orange canicule.",
        b="66 départements restent en vigilance canicule, dont 13 en vigilance rouge.",
    )) != []


def test_counts_of_two_days_or_of_another_subject_named_before_are_no_discrepancy() -> None:
    # Wednesday's count (a round-up) and Thursday's count of France's new cases
    assert figure_discrepancies(_sentences(
        a="La France a dépassé ces dernières 24 heures les 3.700 nouveaux cas, selon les chiffres publiés mercredi.",
        b="La France a dépassé ces dernières 24 heures les 4.700 nouveaux cas, selon les chiffres publiés jeudi.",
    )) == []
    # a sentence naming nothing counts for the country its previous sentence names
    colombia = ("La Colombie a dépassé mercredi les 500.000 cas depuis le premier détecté en mars. "
                "En outre, 13.056 nouveaux cas ont été enregistrés au cours des dernières 24 heures.")
    germany = "L'Allemagne a enregistré au cours des dernières 24 heures 1.707 nouveaux cas d'infection."
    assert figure_discrepancies(_sentences(a=colombia, b=germany)) == []
    # the AFP's world count of Wednesday and of Tuesday, their days named in the sentence before
    world = ("Selon un bilan établi {day} par l'AFP à partir de sources officielles, la pandémie a fait au moins "
             "{dead} morts dans le monde. Plus de {cases} cas d'infection ont été diagnostiqués dans 196 pays et "
             "territoires depuis le début de l'épidémie.")
    wednesday = world.format(day="mercredi", dead="781.194", cases="22.187.780")
    assert figure_discrepancies(_sentences(a=wednesday, b=world.format(day="mardi", dead="774.832", cases="21.936.820"))) == []
    assert figure_discrepancies(_sentences(a=wednesday, b=world.format(day="mercredi", dead="781.194", cases="21.936.820")))
    # the day holds over the count sentences after it: a country's toll two sentences after the bilan's day
    tolls = ("Au total, on a recensé {dead} morts, selon un bilan établi par l'AFP {day} à 11h00 GMT. "
             "Les États-Unis sont le pays le plus touché en nombre de morts et de cas. "
             "Viennent ensuite le Brésil avec 141.406 morts et l'Inde avec {india} morts.")
    assert figure_discrepancies(_sentences(
        a=tolls.format(dead="993.438", day="samedi", india="93.379"),
        b=tolls.format(dead="998.463", day="dimanche", india="94.503"))) == []
    # the same country's count on the same day, two values: a discrepancy
    assert figure_discrepancies(_sentences(
        a=colombia, b="En Colombie, 12.056 nouveaux cas ont été enregistrés au cours des dernières 24 heures.")) != []


def test_a_rounded_lower_bound_agrees_with_the_count_it_rounds() -> None:
    assert figure_discrepancies(_sentences(
        a="La pandémie a fait au moins 930.180 morts dans le monde depuis fin décembre, selon un bilan de l'AFP.",
        b="La pandémie a fait plus de 929.000 morts dans le monde depuis fin décembre, selon un bilan de l'AFP.",
    )) == []
    # a bound rounded to the hundred, or a count well above the bound, still disagrees
    assert figure_discrepancies(_sentences(
        a="La pandémie a fait au moins 950.180 morts dans le monde depuis fin décembre, selon un bilan de l'AFP.",
        b="La pandémie a fait plus de 929.000 morts dans le monde depuis fin décembre, selon un bilan de l'AFP.",
    )) != []
