"""Day after day through the CLI, on SQLite and on PostgreSQL: a second day's
memo marks what continues the first (tests/desk_pages: window-dev pages of
16 and 17 June 2020: Pyongyang's threats after the liaison office, the
police protests again, Roger Borniche's death then Delon's homage)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from briefing.cli import app

runner = CliRunner()
PAGES = Path(__file__).parent / "desk_pages"


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def store(request, tmp_path_factory):
    """One store per backend for the module's two days (the runs take most of the time)."""
    if request.param == "sqlite":
        return str(tmp_path_factory.mktemp("desk") / "desk.db")
    return request.getfixturevalue("postgres_server").create_database("desk_days")


def _run(day: str, store: str, *extra: str) -> dict:
    result = runner.invoke(app, ["run", str(PAGES / day), "--store", store, "-o", "-", "--format", "json", "-q", *extra])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def _by_sources(memo: dict) -> dict[frozenset, dict]:
    return {frozenset(e["sources"]): e for e in memo["events"]}


@pytest.fixture(scope="module")
def two_days(store):
    return store, _run("day1", store), _run("day2", store)


def test_the_first_day_is_all_new(two_days):
    _, first, _ = two_days
    assert {e["status"] for e in first["events"]} == {"new"}
    assert all(e["earlier"] == [] for e in first["events"])


def test_the_second_day_marks_updates_and_follow_ups(two_days):
    _, _, second = two_days
    events = _by_sources(second)
    police = events[frozenset({"4192", "4198"})]
    assert police["status"] == "update"
    assert police["earlier"][0]["sources"] == ["4335"] and police["earlier"][0]["date"] == "2020-06-16"
    assert police["since"].startswith("Nouveau depuis le 16 juin 2020")
    korea = events[frozenset({"3788", "3791"})]
    assert korea["status"] == "follow-up"
    assert set(korea["earlier"][0]["sources"]) == {"3912", "3985", "4075"}
    homage = events[frozenset({"477"})]
    assert homage["status"] == "follow-up" and set(homage["earlier"][0]["sources"]) == {"3907", "3909"}
    assert events[frozenset({"1073"})]["status"] == "new"
    assert events[frozenset({"3790"})]["status"] == "new"


def test_pages_already_stored_are_not_news_again(two_days):
    store, _, _ = two_days
    result = runner.invoke(app, ["run", str(PAGES / "day1"), "--store", store, "-o", "-", "--format", "json"])
    assert result.exit_code == 2
    assert "already" in result.output


def test_the_markdown_and_text_memos_say_what_follows_what(tmp_path):
    store = str(tmp_path / "again.db")
    _run("day1", store)
    result = runner.invoke(app, ["run", str(PAGES / "day2"), "--store", store, "-o", "-", "--format", "md", "-q", "--max-events", "0"])
    assert result.exit_code == 0
    text = " ".join(result.stdout.replace("\u00a0", " ").split())
    assert "(Suite de : Pyongyang détruit le bureau de liaison intercoréen, symbole de détente (16 juin))" in text
    assert "Mise à jour de : Nouvelles manifestations de policiers dans plusieurs villes de France (16 juin)" in text
    assert "Nouveau depuis le 16 juin 2020 : 2 article(s) de plus" in text
    plain = runner.invoke(app, ["run", str(PAGES / "day2"), "--store", str(tmp_path / "other.db"), "-o", "-", "-f", "text", "-q"])
    assert plain.exit_code == 0 and "Suite de" not in plain.stdout  # a fresh store: nothing continues


def test_the_environment_names_the_store(tmp_path, monkeypatch):
    monkeypatch.setenv("BRIEFING_STORE", str(tmp_path / "env.db"))
    result = runner.invoke(app, ["run", str(PAGES / "day1"), "-o", str(tmp_path), "-q"])
    assert result.exit_code == 0
    assert (tmp_path / "env.db").exists()


def test_postgresql_and_sqlite_give_the_same_memos(tmp_path, postgres_url):
    lite = str(tmp_path / "same.db")
    memos = {}
    for name, store in (("sqlite", lite), ("postgresql", postgres_url)):
        memos[name] = [_run(day, store) for day in ("day1", "day2")]
    assert memos["sqlite"] == memos["postgresql"]
    assert any(e["status"] != "new" for e in memos["sqlite"][1]["events"])


@pytest.mark.usefixtures("torch_one_thread")
def test_a_memo_in_another_language_says_what_is_new_in_its_own_words(tmp_path):
    from briefing.translate.random_models import build_marian

    corpus = [line for p in sorted((PAGES / "day2").glob("*.txt")) for line in p.read_text().splitlines()[:3]]
    marian = build_marian(tmp_path / "opus-mt-fr-en", corpus)
    store = str(tmp_path / "desk.db")
    _run("day1", store)
    out = tmp_path / "out"
    result = runner.invoke(app, ["run", str(PAGES / "day2"), "--store", store, "--to", "fr", "--to", "en",
                                 "--translation-model", f"en={marian}", "--beams", "1", "-o", str(out), "-f", "json", "-q"])
    assert result.exit_code == 0, result.output
    french = _by_sources(json.loads((out / "memo.json").read_text()))
    english = _by_sources(json.loads((out / "memo.en.json").read_text()))
    police = frozenset({"4192", "4198"})
    assert french[police]["since"].startswith("Nouveau depuis le 16 juin 2020")
    assert english[police]["status"] == "update" and english[police]["since"].startswith("New since 16 June 2020")
    # No model at all: the same line in the memo's own words.
    again = str(tmp_path / "again.db")
    _run("day1", again)
    own = _by_sources(_run("day2", again, "--to", "en", "--no-translation"))
    assert own[police]["since"].startswith("New since 16 June 2020")
    # The earlier event's stored headline is the French memo's: marked as such, never mixed in unmarked.
    assert own[police]["earlier"][0]["title"] == "[fr] Nouvelles manifestations de policiers dans plusieurs villes de France"
    assert english[police]["earlier"][0]["title"].startswith("[fr] ")
