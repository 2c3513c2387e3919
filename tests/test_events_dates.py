"""Event dates in grouping: how far apart two pages' dates may be, and where a date comes from."""

from __future__ import annotations

import numpy as np

from briefing.events import event_date
from briefing.events.cluster import Spans, average_link
from briefing.events.grouping import Thresholds, date_factors, date_spans
from briefing.records import Article


def test_date_factors_never_invent_a_year():
    t = Thresholds()
    dates = ["2021-12-28", "2026-02-04", "--02-04", None, "--06-20", "2021-12", "2021-12-29", "2021-12-30"]
    a, b = np.array([0, 0, 1, 0, 2, 0, 0, 0]), np.array([1, 2, 2, 3, 4, 5, 6, 7])
    factors = date_factors(date_spans(dates, t), a, b, t)
    assert factors[0] == t.date_factor
    assert factors[1] == 1.0 and factors[2] == 1.0  # an unknown year compares with no dated text
    assert factors[3] == 1.0  # no date at all
    assert factors[4] == t.date_factor  # two dates without a year, months apart
    assert factors[5] == 1.0  # a month overlaps each of its days
    assert factors[6] == t.next_day_factor  # one day's news reported the next morning: it needs more evidence
    assert factors[7] == t.date_factor  # two days later: a follow-up, another event


def test_a_day_apart_on_one_publication_day_with_one_lead_naming_no_day_is_eased():
    t = Thresholds()
    dates = ["2020-06-15", "2020-06-16", "2020-06-16", "2020-06-17", "2020-06-14"]
    named = np.array([True, False, True, False, True])  # text 1's date is its publication day by default
    published = np.array(["2020-06-16", "2020-06-16", "2020-06-16", "2020-06-17", "2020-06-16"])
    a, b = np.array([0, 0, 2, 1, 1]), np.array([1, 2, 3, 3, 4])
    factors = date_factors(date_spans(dates, t), a, b, t, named, published)
    # Monday's statement and Tuesday's analysis in Tuesday's paper: one happening's coverage.
    assert factors[0] == t.unstated_factor
    assert factors[1] == t.next_day_factor  # both leads name their days, a day apart
    assert factors[2] == t.next_day_factor  # published on two days: the next day's development
    assert factors[3] == t.next_day_factor
    assert factors[4] == t.date_factor  # two days apart stays two events
    assert (date_factors(date_spans(dates, t), a, b, t) == [t.next_day_factor] * 4 + [t.date_factor]).all()


def test_day_named_tells_a_lead_naming_the_day_from_the_publication_date():
    from briefing.events import day_named
    from briefing.ingest.event_date import event_date as lead_date

    def page(text: str) -> Article:
        return Article("x", text, date="2020-06-16", event_date=lead_date(text, "2020-06-16"))

    assert day_named(page("Le préfet a défendu lundi la stratégie des forces de l'ordre à Dijon."))
    assert day_named(page("Les pouvoirs publics se sont défendus mardi de tout laxisme à Dijon."))  # Tuesday the 16th
    assert not day_named(page("Dijon, la paisible, chamboulée par quatre jours de violences dans le quartier."))
    assert day_named(Article("x", "Dijon, la paisible, chamboulée par quatre jours de violences."))  # no publication date


def test_dates_too_far_apart_never_share_a_cluster_even_through_a_chain():
    # Daily reports of one series: each day's alike to the next, and the first to the
    # third; zeroing the first and third's pair alone would still let the mean merge them.
    spans = Spans(np.ones(3, dtype=np.int64), np.array([0, 1, 2]), np.array([0, 1, 2]), gap=1)
    a, b, sim = np.array([0, 1, 0]), np.array([1, 2, 2]), np.array([0.9, 0.9, 0.0])
    assert average_link(3, a, b, sim, 0.4) == [0, 0, 0]  # the mean (0.9 + 0) / 2 reaches the bar
    labels = average_link(3, a, b, sim, 0.4, spans)
    assert labels[0] != labels[2] and len(set(labels)) == 2
    unknown = Spans(np.ones(3, dtype=np.int64), np.array([0, -1, 2]), np.array([0, -1, 2]), gap=1)
    assert average_link(3, a, b, np.array([0.9, 0.9, 0.9]), 0.5, unknown) in ([0, 0, 1], [0, 1, 1])


def test_event_date_falls_back_to_the_text():
    assert event_date(Article("x", "Publié le 30 mars 2025. Le panel ...")) == "2025-03-30"
    assert event_date(Article("x", "texte", date="2025-05", event_date="2025-05-12")) == "2025-05-12"
