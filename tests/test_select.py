"""--about and --since/--until on made-up pages: what is kept, what is said
when nothing is."""

from __future__ import annotations

import pytest

from briefing.errors import UsageError
from briefing.records import Article
from briefing.select import select_articles
from briefing.select.period import in_period, parse_day
from briefing.select.subject import relevance, words_scores

from events_helpers import HashEmbedder

PAGES = [
    Article("a", "Le Conseil constitutionnel a censuré jeudi la loi Avia contre la haine en ligne.", title="La loi Avia censurée", date="2020-06-18"),
    Article("b", "Les détracteurs de la loi Avia saluent une grande victoire pour la liberté d'expression.", title="Loi Avia: une victoire", date="2020-06-18"),
    Article("c", "Une tempête a privé d'électricité des milliers de foyers bretons.", title="Tempête en Bretagne", date="2020-06-17"),
    Article("d", "Le musée des Confluences a rouvert ses portes à Lyon après trois mois.", title="Un musée rouvre", date="2020-06-10"),
    Article("e", "La loi de finances rectificative a été votée par les députés.", title="Budget voté", date=None),
]


def test_words_score_is_a_share_of_one_mention_of_each_word():
    scores = words_scores("loi Avia", [" ".join([p.title, p.text]) for p in PAGES])
    assert scores[0] > 0.9 and scores[1] > 0.9  # each word named: about the whole share
    assert scores[4] < scores[0] / 2  # "loi" alone: part of the subject, the commoner part
    assert scores[2] == 0.0 and max(scores) <= 1.0
    # A single word named once in a text of average length scores the whole share (it was 1 / (1 + k1)).
    once = words_scores("dexaméthasone", ["La dexaméthasone réduit la mortalité des malades", "Un autre sujet sans rapport ici"])
    assert once[0] == 1.0 and once[1] == 0.0


def test_pages_on_the_subject_are_kept_and_the_rest_left_out():
    kept, notes = select_articles(PAGES, about="loi Avia", embedder=HashEmbedder())
    assert [a.id for a in kept] == ["a", "b"]
    assert notes == ("subject 'loi Avia': 2 of 5 pages",)
    scores = relevance("loi Avia", PAGES, HashEmbedder())
    assert min(scores[:2]) > max(scores[2:])


def test_nothing_on_the_subject_is_one_line_that_counts_the_pages_read():
    with pytest.raises(UsageError, match=r"nothing on 'football' in the 5 pages read"):
        select_articles(PAGES, about="football", embedder=HashEmbedder())


def test_period_keeps_dated_articles_in_it_and_counts_the_undated():
    kept, undated = in_period(PAGES, "2020-06-17", "2020-06-18")
    assert [a.id for a in kept] == ["a", "b", "c"] and undated == 1
    kept, _ = in_period(PAGES, None, "2020-06")  # a month bound holds every day of it
    assert [a.id for a in kept] == ["a", "b", "c", "d"]
    with pytest.raises(UsageError, match=r"no page dated since 2021-01-01 in the 5 pages read \(1 without a date\)"):
        select_articles(PAGES, since="2021-01-01")


def test_dates_are_typed_as_iso():
    assert parse_day("2020-06-18") == "2020-06-18" and parse_day("2020-06") == "2020-06"
    for bad in ("18/06/2020", "2020-13-01", "hier"):
        with pytest.raises(ValueError):
            parse_day(bad)


def test_an_event_on_the_subject_keeps_its_pages_that_word_it_otherwise():
    from briefing.records import Event
    from briefing.select import on_subject

    other_wording = Article("f", "Les sages ont censuré le cœur de la loi contre la haine en ligne.", title="Haine en ligne: censure", date="2020-06-18")
    pages = PAGES + [other_wording]
    events = [Event("E1", ("a", "f")), Event("E2", ("b",)), Event("E3", ("c",)), Event("E4", ("d", "e"))]
    kept, articles, notes = on_subject(events, pages, "loi Avia", embedder=HashEmbedder())
    assert [e.id for e in kept] == ["E1", "E2"]
    assert {a.id for a in articles} == {"a", "b", "f"}  # f names neither Avia nor the subject's words much
    assert notes == ("subject 'loi Avia': 2 of 4 events, 3 of 6 pages",)
