"""The desk's store on real databases: SQLite (a file) and PostgreSQL (a
server the session starts, tests/pg_server.py); the same tests on both."""

from __future__ import annotations

import sqlite3

import numpy as np
import pytest
from typer.testing import CliRunner

from briefing.cli import app
from briefing.records import StoredPage
from briefing.store import NewEvent, Store, StoreError, store_url

runner = CliRunner()


@pytest.fixture(params=["sqlite", "postgresql"])
def target(request, tmp_path):
    if request.param == "sqlite":
        return str(tmp_path / "desk.db")
    return request.getfixturevalue("postgres_url")


def _page(i: str, event: str = "", digest: str | None = None, day: str = "2020-06-16") -> StoredPage:
    vector = np.full(512, 0.5, dtype=np.float32).tobytes()
    return StoredPage(i, f"/pages/{i}.txt", digest or f"hash-{i}", f"Title {i}", day, day, "site.ma", "fr", f"lead {i}", vector,
                      event, f"lead {i} and the words after it", f"terms of {i}".encode())


def _one_day(store: Store, day: str, ids: list[str], story: str = "") -> dict[str, str]:
    events = [NewEvent("E1", f"Headline {day}", day, day, "follow-up" if story else "new", story)]
    return store.save(day, day, "Memo", events, [(_page(i, day=day), "E1") for i in ids])


def test_a_run_is_stored_and_read_back_within_the_date_window(target):
    with Store(target) as store:
        keys = _one_day(store, "2020-06-16", ["a", "b"])
        assert keys == {"E1": "2020-06-16/E1"}
        _one_day(store, "2020-06-17", ["c"], story="2020-06-16/E1")
        events, pages = store.recent("2020-06-17")
        assert [e.key for e in events] == ["2020-06-17/E1"]
        assert events[0].story == "2020-06-16/E1" and events[0].sources == ("c",)
        assert [p.id for p in pages] == ["c"]
        assert pages[0].body == "lead c and the words after it" and pages[0].terms == b"terms of c"
        assert np.frombuffer(pages[0].vector, dtype=np.float32).shape == (512,)
        events, _ = store.recent("2020-06-01")
        assert [e.key for e in events] == ["2020-06-16/E1", "2020-06-17/E1"]
        assert store.counts() == {"pages": 3, "events": 2, "memos": 2}


def test_a_page_is_known_by_its_content_or_its_id_and_path(target):
    with Store(target) as store:
        _one_day(store, "2020-06-16", ["a"])
        known = store.known([("hash-a", "renamed", None), ("other", "a", "/pages/a.txt"), ("other", "a", "/else/a.txt")])
        assert known == {0, 1}


def test_a_second_run_on_the_same_day_gets_its_own_keys(target):
    with Store(target) as store:
        _one_day(store, "2020-06-16", ["a"])
        keys = _one_day(store, "2020-06-16", ["b"])
        assert keys["E1"].startswith("2020-06-16/E1.")


def test_a_failed_write_leaves_the_store_as_it_was(target):
    with Store(target) as store:
        _one_day(store, "2020-06-16", ["a"])
        bad = [(_page("b"), "E9")]  # a page of an event the run does not hold
        with pytest.raises(KeyError):
            store.save("2020-06-17", "2020-06-17", "Memo", [NewEvent("E1", "h", None, None, "new")], bad)
        assert store.counts() == {"pages": 1, "events": 1, "memos": 1}
        twice = [NewEvent("E1", "h", None, None, "new"), NewEvent("E1", "h", None, None, "new")]
        with pytest.raises(StoreError, match="save failed"):  # the database refuses it mid-transaction
            store.save("2020-06-17", "2020-06-17", "Memo", twice, [(_page("c"), "E1")])
        assert store.counts() == {"pages": 1, "events": 1, "memos": 1}


def test_a_store_of_another_version_is_refused(tmp_path):
    path = tmp_path / "desk.db"
    Store(str(path)).close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE briefing_meta SET value = '0' WHERE key = 'schema_version'")
    with pytest.raises(StoreError, match="another version"):
        Store(str(path))


@pytest.mark.parametrize("version, dropped", [
    ("1", (("pages", "terms"), ("pages", "body"), ("events", "earlier"))),
    ("2", (("pages", "terms"), ("events", "earlier"))),
    ("3", (("events", "earlier"),)),
])
def test_an_older_store_is_migrated(target, version, dropped):
    """Version 1 kept no text beyond the lead, version 2 no term counts, version 3 no
    link from an event to the one it continues: their rows read back with an empty
    body, terms or link (linking reads their leads, counts their terms itself; a memo
    of a period finds an update's event by its story), new rows keep theirs."""
    from sqlalchemy import text

    with Store(target) as store:
        _one_day(store, "2020-06-16", ["a"])
        with store.engine.begin() as conn:  # the store as that version left it
            for table, column in dropped:
                conn.execute(text(f"ALTER TABLE {table} DROP COLUMN {column}"))
            conn.execute(text(f"UPDATE briefing_meta SET value = '{version}' WHERE key = 'schema_version'"))
    with Store(target) as store:
        store.save("2020-06-17", "2020-06-17", "Memo", [NewEvent("E1", "Headline", "2020-06-17", "2020-06-17", "update",
                                                                 "2020-06-16/E1", "2020-06-16/E1")],
                   [(_page("b", day="2020-06-17"), "E1")])
        events, pages = store.recent("2020-06-01")
        body_a = "" if ("pages", "body") in dropped else "lead a and the words after it"
        terms_a = b"" if ("pages", "terms") in dropped else b"terms of a"
        assert [(p.id, p.body, p.terms) for p in pages] == [("a", body_a, terms_a), ("b", "lead b and the words after it", b"terms of b")]
        assert [(e.key, e.status, e.earlier) for e in events] == [("2020-06-16/E1", "new", ""),
                                                                  ("2020-06-17/E1", "update", "2020-06-16/E1")]
        with store.engine.connect() as conn:
            assert conn.execute(text("SELECT value FROM briefing_meta WHERE key = 'schema_version'")).scalar() == "4"


def test_a_database_that_is_not_a_store_is_refused(tmp_path):
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE pages (x INTEGER)")
    with pytest.raises(StoreError, match="another version"):
        Store(str(path))


def test_store_urls():
    assert store_url("postgresql://u@h/db") == "postgresql+psycopg://u@h/db"
    with pytest.raises(StoreError, match="unsupported URL scheme 'mysql'"):
        store_url("mysql://u:secret@h/db")
    with pytest.raises(StoreError, match="does not exist"):
        store_url("/no/such/folder/desk.db")


@pytest.mark.parametrize(
    "store, message",
    [
        ("mysql://u:secret@h/db", "unsupported URL scheme"),
        ("postgresql://nobody@127.0.0.1:1/desk", "cannot open"),
        ("/no/such/folder/desk.db", "does not exist"),
    ],
)
def test_bad_stores_are_one_line_and_exit_2(seeds_dir, tmp_path, store, message):
    result = runner.invoke(app, ["run", str(seeds_dir), "-o", str(tmp_path), "--store", store])
    assert result.exit_code == 2
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and message in lines[0] and "secret" not in lines[0]


def test_two_runs_at_once_both_land(target):
    """Two writers on one store: SQLite waits its turn (WAL, busy timeout), PostgreSQL has transactions."""
    from concurrent.futures import ThreadPoolExecutor

    Store(target).close()  # the schema first, as the first run of a desk does

    def one(n: int) -> dict[str, str]:
        with Store(target) as store:
            return _one_day(store, f"2020-06-{10 + n}", [f"p{n}-{i}" for i in range(50)])

    with ThreadPoolExecutor(4) as pool:
        keys = list(pool.map(one, range(4)))
    assert len({k["E1"] for k in keys}) == 4
    with Store(target) as store:
        assert store.counts() == {"pages": 200, "events": 4, "memos": 4}
