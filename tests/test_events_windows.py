"""Grouping by date windows: every page in one core, and the same events as grouping the whole set."""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from briefing.events import group_articles, windows
from briefing.events.windows import date_windows, stitch

from events_helpers import HashEmbedder
from test_events_grouping import COPIES, DEATHS, STRIKE, WHO_A, WHO_B

FAKE = HashEmbedder()


def _days(start: int, count: int) -> list[str]:
    return [f"2020-06-{start + k:02d}" for k in range(count)]


def test_a_small_set_is_one_window():
    dates = _days(1, 5) + [None]
    (only,) = date_windows(dates, pages=10)
    assert only.members.tolist() == list(range(6)) and only.core.all()


def test_every_text_lies_in_exactly_one_core_and_its_neighbours_days_in_the_margin():
    dates = [d for d in _days(1, 20) for _ in range(3)] + [None, "2020-06", "--06-05", "--06-06", "2019-01-01"]
    found = date_windows(dates, pages=10, margin=2)
    cores = np.concatenate([w.members[w.core] for w in found])
    assert sorted(cores.tolist()) == list(range(len(dates)))
    assert len(found) > 3
    day = {i: d for i, d in enumerate(dates)}
    for window in found:
        assert window.core.sum() >= 2  # never an empty core
        members = window.members.tolist()
        assert members == sorted(members)
        in_core = [day[i] for i in window.members[window.core]]
        if all(d and len(d) == 10 and d.startswith("2020-06") for d in in_core):
            last = max(in_core)
            following = f"2020-06-{int(last[-2:]) + 1:02d}"
            if following in dates:  # the next day is seen in this window's margin
                assert any(day[i] == following for i in members)
    # texts not dated to the day are a window of their own, last
    assert sorted(found[-1].members.tolist()) == [dates.index(None), dates.index("2020-06")]


def test_cores_are_as_few_as_hold_the_pages_and_as_even_as_whole_days_allow():
    dates = [d for d in _days(1, 10) for _ in range(3)]  # 30 texts, 3 a day
    assert [w.core.sum() for w in date_windows(dates, pages=12)] == [12, 9, 9]  # 3 cores, cut at 10 and 20
    assert [w.core.sum() for w in date_windows(dates, pages=15)] == [15, 15]
    assert [w.core.sum() for w in date_windows(dates, pages=29)] == [15, 15]  # not 29 + 1 nor one of 30


def test_stitch_gives_a_straddling_event_to_the_first_window():
    # texts 0-3 dated days 1,2,3,4; windows: core {0,1} with margin {2}, core {2,3} with margin {1}
    wins = [windows.Window(np.array([0, 1, 2]), np.array([True, True, False])),
            windows.Window(np.array([1, 2, 3]), np.array([False, True, True]))]
    # window 1 puts 1 and 2 together; window 2 puts 1, 2 and 3 together
    labels, related = stitch(4, wins, [([0, 1, 1], set()), ([0, 0, 0], set())])
    assert labels == [0, 1, 1, 2]
    assert related == set()
    labels, related = stitch(4, wins, [([0, 1, 2], {(0, 1)}), ([0, 1, 2], {(1, 2)})])
    assert labels == [0, 1, 2, 3] and related == {(0, 1), (2, 3)}


def _spread(articles, days):
    """Copies of `articles` on each of `days`, ids suffixed with the day."""
    return [replace(a, id=f"{a.id}-{d[-2:]}", date=d, event_date=None) for d in days for a in articles]


def _groups(events):
    return {frozenset(e.article_ids) for e in events}


def test_windowed_grouping_gives_the_same_events_as_grouping_the_whole_set(monkeypatch):
    day_set = [WHO_A, WHO_B, STRIKE, *DEATHS, *COPIES]
    articles = _spread(day_set, [f"2020-06-{d:02d}" for d in (1, 4, 7, 10, 13, 16)])
    # one report of the WHO visit the next morning: one event across two days (and two windows' edges)
    articles.append(replace(WHO_B, id="b-next", date="2020-06-05", event_date=None))
    whole = group_articles(articles, FAKE)
    monkeypatch.setattr(windows, "WINDOW_PAGES", 10)
    assert len(date_windows([a.date for a in articles])) > 2
    windowed = group_articles(articles, FAKE)
    assert _groups(windowed) == _groups(whole)
    assert [e.article_ids for e in windowed] == [e.article_ids for e in whole]
    assert any({"a-04", "b-04", "b-next"} <= g for g in _groups(windowed))


def test_windows_grouped_by_worker_processes_give_the_same_events(monkeypatch):
    from briefing.parallel import Workers

    articles = _spread([WHO_A, WHO_B, STRIKE, *DEATHS, *COPIES], [f"2020-06-{d:02d}" for d in (1, 4, 7, 10)])
    monkeypatch.setattr(windows, "WINDOW_PAGES", 10)
    assert len(date_windows([a.date for a in articles])) > 1
    here = group_articles(articles, FAKE)
    with Workers(2) as workers:
        mapped = group_articles(articles, FAKE, lambda fn, jobs: workers.map(fn, jobs, window=2))
    assert [(e.id, e.article_ids, e.related) for e in mapped] == [(e.id, e.article_ids, e.related) for e in here]
