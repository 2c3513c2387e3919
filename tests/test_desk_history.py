"""The desk's past from the store alone, on SQLite and on PostgreSQL: a memo of
a period written after the pages are gone, and a story's timeline
(tests/desk_pages: window-dev pages of 16 and 17 June 2020, as in
test_desk_days.py)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from briefing.cli import app

runner = CliRunner()
PAGES = Path(__file__).parent / "desk_pages"


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def desk(request, tmp_path_factory):
    """A store of two daily runs whose pages are deleted afterwards, and the second day's memo."""
    if request.param == "sqlite":
        store = str(tmp_path_factory.mktemp("history") / "desk.db")
    else:
        store = request.getfixturevalue("postgres_server").create_database("desk_history")
    pages = tmp_path_factory.mktemp("pages")
    shutil.copytree(PAGES, pages, dirs_exist_ok=True)
    memos = [_invoke("run", str(pages / day), "--store", store, "-o", "-", "-f", "json", "-q") for day in ("day1", "day2")]
    shutil.rmtree(pages)  # what follows reads the store alone
    return store, json.loads(memos[1])


def _invoke(*args: str) -> str:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result.stdout


def _period(store: str, *extra: str) -> dict:
    return json.loads(_invoke("run", "--store", store, "--since", "2020-06-16", "--until", "2020-06-17",
                              "-o", "-", "-f", "json", "-q", *extra))


def _by_sources(memo: dict) -> dict[frozenset, dict]:
    return {frozenset(e["sources"]): e for e in memo["events"]}


def test_a_period_memo_joins_each_update_to_the_event_it_updates(desk):
    store, _ = desk
    memo = _period(store)
    events = _by_sources(memo)
    # Day 2's police protests updated day 1's: one event of the period, both days' pages.
    police = events[frozenset({"4335", "4192", "4198"})]
    assert police["status"] == "new" and police["earlier"] == []
    assert memo["period"] == ["2020-06-16", "2020-06-17"]
    assert len({i for e in memo["events"] for i in e["sources"]}) == sum(len(e["sources"]) for e in memo["events"])


def test_a_period_memo_marks_a_follow_up_of_an_event_it_briefs_by_that_event(desk):
    store, _ = desk
    events = _by_sources(_period(store))
    office = events[frozenset({"3912", "3985", "4075"})]
    korea = events[frozenset({"3788", "3791"})]
    assert korea["status"] == "follow-up"
    assert set(korea["earlier"][0]["sources"]) == set(office["sources"])
    assert korea["earlier"][0]["title"] == office["title"]  # named as this memo names it
    assert office["id"] in korea["related"] and korea["id"] in office["related"]  # one story: see also


def test_a_period_memo_on_a_subject_keeps_each_event_s_own_links(desk):
    """--about keeps some events and the memo renumbers them: each keeps its own status and link."""
    store, _ = desk
    whole = _by_sources(_period(store))
    borniche = _period(store, "--about", "Roger Borniche Alain Delon")
    assert len(borniche["events"]) < len(whole) and borniche["events"][0]["id"] == "E1"
    for event in borniche["events"]:
        same = whole[frozenset(event["sources"])]
        assert (event["status"], [e["sources"] for e in event["earlier"]]) == (
            same["status"], [e["sources"] for e in same["earlier"]])
    assert [e["status"] for e in borniche["events"]] == ["new", "follow-up"]


def test_a_period_memo_quotes_its_pages_from_what_the_store_kept(desk):
    """Each lead and key point's evidence is a quote of the words the store kept of its
    page, and of the page itself (read again here from tests/desk_pages)."""
    store, _ = desk
    memo = _period(store)
    assert "read back" in " ".join(memo["notes"])
    originals = {p.stem: " ".join(p.read_text(encoding="utf-8").split()) for p in PAGES.rglob("*.txt")}
    quotes = [q for e in memo["events"] for q in e["lead_evidence"] + [x for k in e["key_points"] for x in k["evidence"]]]
    exact = [q for q in quotes if q["match"] == "exact"]
    assert len(exact) >= 10
    for quote in exact:
        assert " ".join(quote["quote"].split()) in originals[quote["source"]]


def test_a_period_memo_of_a_week_with_nothing_stored_says_so(desk):
    store, _ = desk
    result = runner.invoke(app, ["run", "--store", store, "--since", "2021-01-01", "--until", "2021-01-07", "-o", "-", "-f", "json"])
    assert result.exit_code == 2
    assert "no page stored from 2021-01-01 to 2021-01-07" in result.output


def test_a_story_by_an_event_key_lists_its_events_day_by_day(desk):
    store, second = desk
    korea = _by_sources(second)[frozenset({"3788", "3791"})]
    key = korea["earlier"][0]["event"]
    story = json.loads(_invoke("story", key, "--store", store, "--json"))
    assert story["story"] == key and story["relevance"] is None
    assert [(e["first"], e["status"]) for e in story["events"]] == [("2020-06-16", "new"), ("2020-06-17", "follow-up")]
    assert {s["id"] for s in story["events"][1]["sources"]} == {"3788", "3791"}
    assert story["events"][1]["earlier"] == key


def test_a_story_by_its_words_prints_a_timeline(desk):
    store, _ = desk
    text = _invoke("story", "Pyongyang bureau de liaison intercoréen", "--store", store)
    lines = text.splitlines()
    assert lines[0].startswith("Story ") and "2 event(s)" in lines[0] and "2020-06-16 to 2020-06-17" in lines[0]
    assert any(line.startswith("2020-06-16  new") for line in lines)
    assert any(line.startswith("2020-06-17  follow-up") for line in lines)
    assert any(line.strip().startswith("(follow-up of 2020-06-16/E") for line in lines)
    assert any("[3912]" in line for line in lines)


def test_a_story_search_ranks_and_says_how_sure_it_is(desk):
    """A sentence on the story (in English, the store's pages French) finds it below --about's bar:
    the story is shown with its relevance, marked weak, the next stories listed."""
    store, _ = desk
    found = json.loads(_invoke("story", "North Korea blows up the inter-Korean liaison office", "--store", store, "--json"))
    assert {s["id"] for e in found["events"] for s in e["sources"]} >= {"3912", "3788"}
    assert 0 < found["relevance"] < 1 and len(found["others"]) == 3
    assert all(o["relevance"] <= found["relevance"] for o in found["others"])
    text = _invoke("story", "North Korea blows up the inter-Korean liaison office", "--store", store)
    assert "weak match" in text.splitlines()[0] and "Next stories on these words:" in text


def test_a_story_needs_a_store(tmp_path):
    result = runner.invoke(app, ["story", "Dijon"])
    assert result.exit_code == 2 and "--store" in result.output


@pytest.mark.parametrize("command", [["story", "Dijon"], ["run", "--since", "2020-06-16", "-o", "-", "-f", "json"]])
def test_reading_a_store_that_does_not_exist_creates_none(tmp_path, command):
    missing = tmp_path / "nowhere.db"
    result = runner.invoke(app, [*command, "--store", str(missing)])
    assert result.exit_code == 2 and "no such file" in result.output
    assert not missing.exists()
