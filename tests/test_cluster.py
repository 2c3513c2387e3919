"""`--cluster URL` runs the per-article stages on a real Dask cluster (a
LocalCluster of two worker processes started here) and writes, byte for
byte, the memo a local run writes."""

from __future__ import annotations

import json
import os
import socket
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from briefing.cli import app

runner = CliRunner()
TESTS = Path(__file__).resolve().parent


@pytest.fixture(scope="session")
def dask_cluster():
    """A LocalCluster: two worker processes, one thread each (as the README
    says to start workers). Without Dask: a failure in CI, else a skip."""
    try:
        from distributed import LocalCluster
    except ImportError as exc:
        if os.environ.get("CI"):
            pytest.fail(f"Dask distributed needed (the test extra installs it): {exc}")
        pytest.skip("Dask distributed is not installed: pip install 'briefing[cluster]'")
    cluster = LocalCluster(n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None)
    yield cluster.scheduler_address
    cluster.close()


def _memo(tmp_path: Path, name: str, inputs: list[str], *options: str) -> bytes:
    out = tmp_path / f"{name}.json"
    result = runner.invoke(app, ["run", *inputs, "-o", str(out), "--today", "2026-01-01", "-q", *options])
    assert result.exit_code == 0, result.output
    return out.read_bytes()


def _workers_ran_tasks(address: str) -> list[bool]:
    """Whether each worker of the cluster has run a briefing task (tasks.start_worker marks it)."""
    from distributed import Client

    from briefing.parallel import tasks

    with Client(address, set_as_default=False) as client:
        return list(client.run(getattr, tasks, "_IN_WORKER").values())


def test_a_run_on_the_cluster_writes_the_memo_of_a_local_run(dask_cluster, seeds_dir, tmp_path):
    local = _memo(tmp_path, "local", [str(seeds_dir)])
    assert _memo(tmp_path, "cluster", [str(seeds_dir)], "--cluster", dask_cluster) == local
    assert any(_workers_ran_tasks(dask_cluster))  # the stages did run there


def test_two_batches_on_the_cluster_give_the_local_memo(dask_cluster, seeds_dir, tmp_path):
    # 34 pages: a first batch of 32 and a second one, in flight together.
    inputs = [str(seeds_dir), str(TESTS / "desk_pages" / "day1"), str(TESTS / "desk_pages" / "day2"), str(TESTS / "ingest_pages")]
    local = _memo(tmp_path, "local", inputs, "--max-events", "3")
    clustered = _memo(tmp_path, "cluster", inputs, "--max-events", "3", "--cluster", dask_cluster)
    assert clustered == local
    events = json.loads(local)["events"]
    assert sum(e["detailed"] for e in events) == 3 and len(events) > 3  # full briefs and one-liners, made on the workers
    assert all(_workers_ran_tasks(dask_cluster))  # both workers took a share


def test_date_windows_grouped_on_the_cluster_give_the_local_memo(dask_cluster, seeds_dir, tmp_path, monkeypatch):
    import briefing.events as events
    from briefing.events import windows

    inputs = [str(seeds_dir), str(TESTS / "desk_pages" / "day1"), str(TESTS / "desk_pages" / "day2"), str(TESTS / "ingest_pages")]
    monkeypatch.setattr(windows, "WINDOW_PAGES", 5)  # several windows: grouped here one by one, there mapped
    stitched = []
    monkeypatch.setattr(events, "stitch", lambda n, w, g: stitched.append(len(w)) or windows.stitch(n, w, g))
    local = _memo(tmp_path, "local", inputs, "--max-events", "3")
    assert _memo(tmp_path, "cluster", inputs, "--max-events", "3", "--cluster", dask_cluster) == local
    assert len(stitched) == 2 and min(stitched) > 1  # both runs grouped several windows


def test_clean_on_the_cluster_gives_the_local_lines(dask_cluster, seeds_dir):
    local = runner.invoke(app, ["clean", str(seeds_dir), "--jsonl", "--workers", "1"])
    clustered = runner.invoke(app, ["clean", str(seeds_dir), "--jsonl", "--cluster", dask_cluster])
    assert local.exit_code == clustered.exit_code == 0
    assert clustered.stdout == local.stdout and clustered.stdout.count("\n") == 5


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_an_unreachable_cluster_is_one_line_and_exit_2(seeds_dir):
    url = f"tcp://127.0.0.1:{_closed_port()}"
    result = runner.invoke(app, ["run", str(seeds_dir), "--format", "json", "-o", "-", "--cluster", url])
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and f"cannot reach the Dask scheduler at {url}" in lines[0]
    result = runner.invoke(app, ["clean", str(seeds_dir), "--cluster", "http://127.0.0.1:8786"])
    assert result.exit_code == 2 and "not 'http://127.0.0.1:8786'" in result.stderr


def test_without_dask_the_error_says_what_to_install(seeds_dir, monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)  # as if not installed: importing it fails
    result = runner.invoke(app, ["clean", str(seeds_dir), "--cluster", "tcp://127.0.0.1:8786"])
    assert result.exit_code == 2
    assert "pip install 'briefing[cluster]'" in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_workers_and_cluster_are_one_choice(seeds_dir):
    result = runner.invoke(app, ["run", str(seeds_dir), "--workers", "2", "--cluster", "tcp://127.0.0.1:8786"])
    assert result.exit_code == 2 and "give one of them" in result.stderr
