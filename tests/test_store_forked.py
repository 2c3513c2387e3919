"""The store served by a forked process (store/forked.py), on SQLite and
PostgreSQL: the same answers as a Store in the run's process, errors as one
line, and a run's process that never imports SQLAlchemy itself."""

from __future__ import annotations

import subprocess
from pathlib import Path
import sys

import pytest

from briefing.store import NewEvent, Store, StoreError
from briefing.store.forked import ForkedStore, fork_available

from test_store import _page

pytestmark = pytest.mark.skipif(not fork_available(), reason="no fork on this platform: runs open the store in-process")


@pytest.fixture(params=["sqlite", "postgresql"])
def target(request, tmp_path):
    if request.param == "sqlite":
        return str(tmp_path / "desk.db")
    return request.getfixturevalue("postgres_url")


def _save(store, day: str, ids: list[str]) -> dict[str, str]:
    return store.save(day, day, "Memo", [NewEvent("E1", f"Headline {day}", day, day, "new")],
                      [(_page(i, day=day), "E1") for i in ids])


def test_a_forked_store_answers_as_the_store_does(target):
    with ForkedStore(target) as forked:
        assert _save(forked, "2020-06-16", ["a", "b"]) == {"E1": "2020-06-16/E1"}
        forked.ask_recent("2020-06-10")  # asked ahead, read when needed
        assert forked.known([("hash-a", "x", None), ("other", "b", "/pages/b.txt"), ("new", "c", None)]) == {0, 1}
        events, pages = forked.recent("2020-06-10")
        forked.ask_recent("2020-06-01")
        assert forked.recent("2020-06-17") == ([], [])  # another window than the one asked ahead
    with Store(target) as store:
        assert store.recent("2020-06-10") == (events, pages)
        assert [p.id for p in pages] == ["a", "b"] and events[0].sources == ("a", "b")


def test_a_forked_store_says_its_errors_in_one_line(tmp_path):
    bad = tmp_path / "not-a-store.db"
    bad.write_bytes(b"this is no database" * 100)
    with ForkedStore(str(bad)) as forked:
        with pytest.raises(StoreError, match="cannot open") as caught:
            forked.known([("h", "a", None)])
    assert "\n" not in str(caught.value)
    with pytest.raises(StoreError, match="unsupported URL scheme"):  # said at once, before any fork
        ForkedStore("mysql://u:secret@h/db")


def test_the_run_process_never_imports_sqlalchemy_for_a_forked_store():
    code = "import sys, briefing.store.forked, briefing.memory; sys.exit('sqlalchemy' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0


def test_an_answer_asked_ahead_and_never_read_does_not_hold_the_close(tmp_path):
    """A run that stops between asking and linking (--about finds nothing): the child's
    answer (here some 300 KB, more than a pipe holds) is read at close, which ends at once."""
    import time

    target = str(tmp_path / "desk.db")
    with Store(target) as store:
        _save(store, "2020-06-16", [f"p{n}" for n in range(150)])
    forked = ForkedStore(target)
    forked.ask_recent("2020-06-01")
    start = time.perf_counter()
    forked.close()
    assert time.perf_counter() - start < 10 and not forked._child.is_alive()


def test_a_run_interrupted_while_the_child_saves_leaves_the_store_as_it_was(tmp_path, monkeypatch):
    """Ctrl-C (or SIGTERM, which a run turns into it) while waiting for the save's answer ends the
    child at once: its transaction never commits."""
    target = str(tmp_path / "desk.db")
    Store(target).close()
    forked = ForkedStore(target)
    forked.known([])  # opened

    def interrupted():
        raise KeyboardInterrupt

    monkeypatch.setattr(forked._pipe, "recv", interrupted)
    with pytest.raises(KeyboardInterrupt):
        _save(forked, "2020-06-16", ["a"])
    forked._child.join(timeout=10)
    assert not forked._child.is_alive()
    with Store(target) as store:
        assert store.counts() == {"pages": 0, "events": 0, "memos": 0}


def test_two_day_runs_at_once_each_with_its_forked_store_both_land(target):
    """Two `briefing run DAY --store` processes at once on one store (each run's store in its own
    forked child): both memos written, both days stored, nothing lost."""
    from pathlib import Path

    pages = Path(__file__).parent / "desk_pages"
    Store(target).close()
    runs = [subprocess.Popen([sys.executable, "-m", "briefing", "run", str(pages / day), "--store", target,
                              "-f", "json", "-o", "-", "-q"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            for day in ("day1", "day2")]
    outputs = [run.communicate(timeout=300) for run in runs]
    assert [run.returncode for run in runs] == [0, 0], [err.decode()[-500:] for _, err in outputs]
    with Store(target) as store:
        counts = store.counts()
    assert counts["memos"] == 2 and counts["pages"] == 14


def test_a_run_killed_outright_while_its_child_saves_leaves_the_store_as_it_was(tmp_path):
    """SIGKILL to the run's process mid-save: the kernel ends the child too (PR_SET_PDEATHSIG),
    its transaction uncommitted, as a Store in the run's own process would leave it."""
    import os
    import signal
    import textwrap
    import time

    target = str(tmp_path / "desk.db")
    Store(target).close()
    script = tmp_path / "run.py"
    script.write_text(textwrap.dedent(f"""
        import sys
        sys.path.insert(0, {str(Path(__file__).parent)!r})
        from briefing.store.forked import ForkedStore
        from test_store import _page
        from briefing.store import NewEvent
        store = ForkedStore({target!r})
        store.known([])
        pages = [(_page(f"p{{n}}"), "E1") for n in range(60000)]
        print(store._child.pid, flush=True)
        store.save("2020-06-16", "2020-06-16", "Memo", [NewEvent("E1", "H", "2020-06-16", "2020-06-16", "new")], pages)
        print("saved", flush=True)
    """))
    run = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, text=True)
    child = int(run.stdout.readline())
    time.sleep(0.3)
    os.kill(run.pid, signal.SIGKILL)
    run.wait(timeout=30)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:  # gone, or a zombie no one has reaped yet (a container's first process may not)
            if Path(f"/proc/{child}/stat").read_text().split(") ", 1)[1].startswith("Z"):
                break
        except (FileNotFoundError, ProcessLookupError):
            break
        time.sleep(0.05)
    else:
        os.kill(child, signal.SIGKILL)
        pytest.fail("the store's child outlived the run it served")
    with Store(target) as store:
        assert store.counts() == {"pages": 0, "events": 0, "memos": 0}
