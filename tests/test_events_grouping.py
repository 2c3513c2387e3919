"""Grouping: made-up sets (fake embedder, fast) and the seeds (real USE)."""

from __future__ import annotations

import numpy as np
import pytest

from briefing.events import event_date, group_articles, group_texts
from briefing.events.cluster import average_link
from briefing.events.grouping import Thresholds, date_penalty
from briefing.events import lexical
from briefing.records import Article

from events_helpers import HashEmbedder, seed_articles

FAKE = HashEmbedder()

WHO_A = Article(
    "a",
    "La directrice régionale de l'OMS, Hanane Balkhi, a rencontré lundi à Rabat le ministre "
    "de la Santé Amine Tahraoui pour discuter de la production locale de vaccins et du "
    "partenariat entre le Maroc et l'OMS.",
    date="2025-05-12",
)
WHO_B = Article(
    "b",
    "Reçue lundi à Rabat par Amine Tahraoui, Hanane Balkhi, responsable de l'OMS pour la "
    "région, a salué le partenariat du Maroc avec l'OMS et ses projets de production locale "
    "de vaccins.",
    date="2025-05-12",
)
STRIKE = Article(
    "c",
    "Les cheminots de la SNCF ont entamé mardi une grève illimitée contre la réforme des "
    "retraites; le trafic des TGV est très perturbé à Lyon et Marseille.",
    date="2025-05-13",
)


def test_average_link_joins_blocks_and_stops_at_threshold():
    sim = np.array([[1, 0.9, 0.1], [0.9, 1, 0.2], [0.1, 0.2, 1]])
    assert average_link(sim, 0.5) == [0, 0, 1]
    assert average_link(sim, 0.95) == [0, 1, 2]
    assert average_link(np.zeros((0, 0)), 0.5) == []


def test_lexical_views_fold_accents_and_find_names():
    assert lexical.words("Frôler la Terre") == lexical.words("froler la terre")
    assert "balkhi" in lexical.names("Elle a vu Mme Hanane Balkhi à Rabat.")
    assert "oms" in lexical.names("L'OMS salue le Maroc")


def test_two_reports_of_one_event_in_different_words_merge():
    events = group_articles([WHO_A, STRIKE, WHO_B], FAKE)
    groups = {frozenset(e.article_ids) for e in events}
    assert groups == {frozenset({"a", "b"}), frozenset({"c"})}
    assert events[0].article_ids == ("a", "b")  # more sources first
    assert all(not e.related for e in events)  # a hospital visit and a rail strike share no topic
    assert [e.id for e in events] == ["E1", "E2"]


def test_event_reported_once_is_its_own_event():
    events = group_articles([STRIKE], FAKE)
    assert [(e.id, e.article_ids, e.related) for e in events] == [("E1", ("c",), ())]
    assert group_articles([], FAKE) == []


def test_same_actors_years_apart_are_two_related_events():
    old = Article(
        "old",
        "Le ministre de l'Industrie, Ryad Mezzour, et le ministre de la Santé, Khalid Ait Taleb, ont "
        "signé mardi un protocole d'accord avec le cluster médical pour la fabrication locale des "
        "dispositifs médicaux, dont les importations couvrent 90 % du marché.",
        event_date="2021-12-28",
    )
    new = Article(
        "new",
        "Une convention-cadre 2026-2030 sur l'industrie des dispositifs médicaux a été conclue lors "
        "du Medical Device Day par Ryad Mezzour, la fédération des industries de santé et l'agence "
        "du médicament, afin de renforcer la production nationale.",
        event_date="2026-02-04",
    )
    events = group_articles([old, new], FAKE)
    assert len(events) == 2
    first, second = events
    assert first.article_ids == ("new",)  # the most recent first among single-source events
    assert first.related == (second.id,) and second.related == (first.id,)


def test_date_penalty_never_invents_a_year():
    t = Thresholds()
    factors = date_penalty(["2021-12-28", "2026-02-04", "--02-04", None], t)
    assert factors[0, 1] == t.date_factor
    assert factors[0, 2] == 1.0 and factors[1, 2] == 1.0  # an unknown year compares with nothing dated
    assert factors[0, 3] == 1.0


def test_event_date_falls_back_to_the_text():
    assert event_date(Article("x", "Publié le 30 mars 2025. Le panel ...")) == "2025-03-30"
    assert event_date(Article("x", "texte", date="2025-05", event_date="2025-05-12")) == "2025-05-12"


def test_group_texts_labels_every_id_with_headlines():
    ids = ["1", "2", "3", "4"]
    texts = [
        "Un asteroide va froler la Terre ce soir",
        "Un asteroide potentiellement dangereux va froler la Terre cette nuit",
        "Jony Ive, le designer de l'iPhone, quitte Apple",
        "Le designer de l'iPhone Jony Ive va quitter Apple",
    ]
    out = group_texts(ids, texts, FAKE)
    assert set(out) == set(ids)
    assert out["1"] == out["2"] and out["3"] == out["4"] and out["1"] != out["3"]
    assert group_texts([], [], FAKE) == {}


@pytest.fixture(scope="module")
def seed_events():
    return group_articles(seed_articles())  # the real USE embedder


def test_seeds_group_only_the_who_visit(seed_events):
    groups = sorted(sorted(e.article_ids) for e in seed_events)
    assert groups == [["000", "001"], ["002"], ["003"], ["004"]]


def test_seeds_link_the_two_medical_device_agreements(seed_events):
    by_article = {i: e for e in seed_events for i in e.article_ids}
    assert by_article["004"].id in by_article["003"].related
    assert by_article["003"].id in by_article["004"].related
    assert not by_article["000"].related
