"""Grouping: made-up sets (fake embedder, fast) and the seeds (real USE)."""

from __future__ import annotations

import numpy as np
import pytest
from scipy.cluster.hierarchy import fcluster, linkage
from scipy.spatial.distance import squareform

from briefing.events import group_articles
from briefing.events.cluster import average_link
from briefing.events.neighbours import candidate_pairs
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

# Three deaths reported on one day: one theme (an obituary), three events.
DEATHS = [
    Article(
        "d1",
        "La chanteuse britannique Margaret Ellison est morte jeudi à 103 ans dans sa maison du "
        "Sussex, a annoncé sa famille. Surnommée la voix des soldats pendant la Seconde Guerre "
        "mondiale, elle avait enregistré plus de quatre cents chansons. La reine a salué une "
        "artiste qui avait remonté le moral du pays dans ses heures les plus sombres. Ses "
        "disques s'étaient encore vendus par milliers au printemps, lors des commémorations. "
        "Elle laisse une fille, Virginia, qui a dit sa fierté d'une mère restée modeste.",
        date="2020-06-18",
    ),
    Article(
        "d2",
        "Dernière survivante d'une fratrie de neuf enfants, l'ancienne ambassadrice américaine "
        "Eunice Carrington s'est éteinte mercredi à Manhattan, à l'âge de 92 ans. Nommée à Dublin "
        "par le président Clinton, elle avait joué un rôle dans le processus de paix en Irlande "
        "du Nord et fondé une association pour les artistes handicapés. Son neveu, sénateur du "
        "Massachusetts, a rendu hommage à une diplomate tenace. Les obsèques auront lieu dans "
        "l'intimité à Boston.",
        date="2020-06-18",
    ),
    Article(
        "d3",
        "Le sculpteur ivoirien Bakary Ouattara est décédé mardi soir à Abidjan des suites d'une "
        "longue maladie, selon le ministère de la Culture. Connu pour ses géants de bronze "
        "exposés à Venise et à Dakar, il avait formé deux générations d'artistes dans son "
        "atelier de Grand-Bassam. Le gouvernement a décrété un hommage national samedi au "
        "palais de la Culture. Il avait 78 ans et travaillait encore à une statue pour le "
        "nouveau stade de Yamoussoukro.",
        date="2020-06-18",
    ),
]

# One wire story published on three URLs: a byline, a trailing teaser, a cut.
WIRE = (
    "Cinq membres de la communauté tchétchène ont été interpellés jeudi à Dijon dans l'enquête "
    "sur les violences qui ont secoué le quartier des Grésilles pendant quatre nuits, a annoncé "
    "le parquet. Les suspects, âgés de 19 à 42 ans, ont été placés en garde à vue pour "
    "association de malfaiteurs et violences en réunion. Une centaine de policiers ont participé "
    "à l'opération menée à l'aube dans plusieurs communes de Côte-d'Or. Le ministre de "
    "l'Intérieur a promis que les auteurs des expéditions punitives seraient poursuivis. Les "
    "habitants du quartier décrivent des scènes de guérilla urbaine, avec des hommes armés "
    "circulant en voiture la nuit."
)
COPIES = [
    Article("w1", WIRE, date="2020-06-18"),
    Article("w2", "Par la rédaction avec AFP. " + WIRE + " A lire aussi : les dix photos du jour.", date="2020-06-18"),
    Article("w3", WIRE.rsplit(". ", 2)[0] + ".", date="2020-06-18"),
]


def _groups(events):
    return {frozenset(e.article_ids) for e in events}


def test_two_reports_of_one_event_in_different_words_merge():
    events = group_articles([WHO_A, STRIKE, WHO_B], FAKE)
    assert _groups(events) == {frozenset({"a", "b"}), frozenset({"c"})}
    assert events[0].article_ids == ("a", "b")  # more sources first
    assert all(not e.related for e in events)  # a hospital visit and a rail strike share no topic
    assert [e.id for e in events] == ["E1", "E2"]


def test_near_duplicates_of_one_wire_story_are_one_event():
    events = group_articles(DEATHS + COPIES + [STRIKE], FAKE)
    assert frozenset({"w1", "w2", "w3"}) in _groups(events)


def test_pages_that_share_only_a_theme_stay_apart():
    events = group_articles(DEATHS + COPIES + [STRIKE], FAKE)
    assert all(len(group & {"d1", "d2", "d3"}) <= 1 for group in _groups(events))


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


def test_reports_alike_on_dates_far_apart_are_two_events():
    from dataclasses import replace

    later = replace(WHO_B, date="2026-05-12")
    events = group_articles([WHO_A, later], FAKE)
    assert len(events) == 2
    assert events[0].related == (events[1].id,)  # the same subject: related, not merged
    # The next morning's report of the same meeting, told in nearly the same words, is one event
    # (a day apart a pair needs four times the evidence: a loose paraphrase is not enough).
    next_day = replace(WHO_A, id="b", date="2025-05-13", text=WHO_A.text.replace("a rencontré lundi", "avait reçu lundi"))
    assert len(group_articles([WHO_A, next_day], FAKE)) == 1


def test_grouping_labels_every_headline():
    ids = ["1", "2", "3", "4"]
    texts = [
        "Un asteroide va froler la Terre ce soir",
        "Un asteroide potentiellement dangereux va froler la Terre cette nuit",
        "Jony Ive, le designer de l'iPhone, quitte Apple",
        "Le designer de l'iPhone Jony Ive va quitter Apple",
    ]
    events = group_articles([Article(i, t) for i, t in zip(ids, texts)], FAKE)
    out = {aid: e.id for e in events for aid in e.article_ids}
    assert set(out) == set(ids)
    assert out["1"] == out["2"] and out["3"] == out["4"] and out["1"] != out["3"]
    assert group_articles([], FAKE) == []


def test_sparse_average_link_matches_scipy_on_a_full_graph():
    rng = np.random.default_rng(0)
    points = rng.normal(size=(40, 3))
    points /= np.linalg.norm(points, axis=1, keepdims=True)
    sim = np.clip(points @ points.T, 0.0, 1.0)
    a, b = np.triu_indices(40, 1)
    ours = average_link(40, a, b, sim[a, b], 0.6)
    distance = 1.0 - sim
    np.fill_diagonal(distance, 0.0)
    theirs = fcluster(linkage(squareform(distance), "average"), 0.4, "distance")
    assert len(set(zip(ours, theirs))) == len(set(ours)) == len(set(theirs))


def test_sparse_average_link_counts_missing_pairs_as_zero():
    # 0-1 and 1-2 are close, 0-2 is off the graph: {0,1,2} would average 0.6 < 0.65.
    a, b, sim = np.array([0, 1, 3]), np.array([1, 2, 4]), np.array([0.9, 0.9, 0.7])
    labels = average_link(5, a, b, sim, 0.65)
    assert labels[3] == labels[4] and labels[0] != labels[2]
    assert average_link(3, np.array([0, 1]), np.array([1, 2]), np.array([0.9, 0.9]), 0.95) == [0, 1, 2]
    assert average_link(0, np.zeros(0, int), np.zeros(0, int), np.zeros(0), 0.5) == []


def test_a_merge_one_text_carries_alone_waits_for_more():
    # Texts 0-1 report one event, 3-4 another; 2 is a round-up of both, with a copy.
    # The (shared-neighbour) scores join all five; first-hand, 0-1 and 3-4 share nothing.
    a = np.array([0, 0, 1, 2, 3, 0, 1, 0, 1])
    b = np.array([1, 2, 2, 3, 4, 3, 3, 4, 4])
    second = np.array([0.9, 0.8, 0.8, 0.8, 0.9, 0.2, 0.2, 0.2, 0.2])
    direct = np.array([0.8, 0.5, 0.5, 0.5, 0.8, 0.02, 0.03, 0.0, 0.02])
    copies = np.array([1, 1, 2, 1, 1])
    assert len(set(average_link(5, a, b, second, 0.3, copies=copies))) == 1
    parted = average_link(5, a, b, second, 0.3, copies=copies, direct=direct, bridge=0.1)
    assert parted[0] == parted[1] and parted[3] == parted[4] and parted[0] != parted[3]
    # The same two events told first-hand by their own pages too: one event again.
    told = np.where(np.arange(len(a)) >= 5, 0.3, direct)
    assert len(set(average_link(5, a, b, second, 0.3, copies=copies, direct=told, bridge=0.1))) == 1


def test_candidate_pairs_are_each_texts_nearest_neighbours():
    rng = np.random.default_rng(1)
    centres = rng.normal(size=(5, 16))
    rows = np.repeat(centres, 4, axis=0) + 0.05 * rng.normal(size=(20, 16))
    a, b = candidate_pairs([(rows, None)], k=3)
    assert np.all(a < b) and len(set(zip(a, b))) == len(a)
    found = set(zip(a.tolist(), b.tolist()))
    same_blob = {(i, j) for i in range(20) for j in range(i + 1, 20) if i // 4 == j // 4}
    assert found == same_blob  # 3 neighbours each: exactly the other members of its blob


def test_lexical_views_fold_accents_and_find_names():
    assert lexical.words("Frôler la Terre") == lexical.words("froler la terre")
    assert lexical.words("le cœur de la loi") == lexical.words("le coeur de la loi")
    assert "balkhi" in lexical.names("Elle a vu Mme Hanane Balkhi à Rabat.")
    assert "oms" in lexical.names("L'OMS salue le Maroc")


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


def test_average_link_with_copies_is_average_link_over_every_copy():
    rng = np.random.default_rng(3)
    points = rng.normal(size=(12, 3))
    points /= np.linalg.norm(points, axis=1, keepdims=True)
    copies = rng.integers(1, 4, size=12)
    every = np.repeat(np.arange(12), copies)  # the texts, each copy written out
    full = np.clip(points[every] @ points[every].T, 0.0, 1.0)
    a, b = np.triu_indices(len(every), 1)
    spelled_out = average_link(len(every), a, b, full[a, b], 0.5)
    u, v = np.triu_indices(12, 1)
    sim = np.clip(points @ points.T, 0.0, 1.0)
    weighted = average_link(12, u, v, sim[u, v], 0.5, copies=copies)
    assert len(set(zip(np.array(weighted)[every], spelled_out))) == len(set(spelled_out)) == len(set(weighted))


def test_copies_of_one_page_are_one_event_whatever_their_ids():
    copy = Article("w1-again", WHO_A.text, title=WHO_A.title, path="elsewhere/w1.txt")
    events = group_articles([WHO_A, STRIKE, copy, WHO_B], FAKE)
    out = {aid: e.id for e in events for aid in e.article_ids}
    assert out[WHO_A.id] == out["w1-again"] == out[WHO_B.id] != out[STRIKE.id]


def test_pair_dots_are_the_same_whatever_the_chunks(monkeypatch):
    from scipy import sparse

    from briefing.events import vectors

    rng = np.random.default_rng(0)
    rows = sparse.random(300, 2000, density=0.05, format="csr", dtype=np.float32, random_state=1)
    a, b = rng.integers(0, 300, 5000), rng.integers(0, 300, 5000)
    whole = vectors.pair_dots(rows, a, b)
    monkeypatch.setattr(vectors, "CHUNK_ENTRIES", 1000)  # some 5 pairs a chunk
    assert len(vectors._chunks(rows, a, b)) > 500
    assert np.array_equal(vectors.pair_dots(rows, a, b), whole)
    expected = np.asarray(rows[a].multiply(rows[b]).sum(axis=1)).ravel()
    assert np.allclose(whole, expected, atol=1e-6)


def test_a_few_stray_pages_of_another_language_do_not_make_every_text_embedded_again():
    from briefing.events import _strays_only

    archive = ["fr"] * 3997 + ["en", "es", None]  # archive-dev's first 4,000 pages
    assert _strays_only(archive)
    assert not _strays_only(["fr"] * 49 + ["ar"])  # a small folder with one Arabic page: its pairs get the vector
    assert not _strays_only(["fr"] * 70 + ["en"] * 49 + ["ar"] * 54)
    assert _strays_only(["fr"] * 10)
