"""Fixtures shared across test files: the seeds, an isolated environment, torch threads,
an unwritable folder."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return ROOT / "seeds"


@pytest.fixture(autouse=True)
def _isolated_env(monkeypatch, tmp_path):
    # No test may read a user's models or write into the repository's outputs/.
    monkeypatch.delenv("BRIEFING_MODELS_DIR", raising=False)
    monkeypatch.setenv("BRIEFING_OUTPUT_DIR", str(tmp_path / "outputs"))
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")


@pytest.fixture(scope="module")
def torch_one_thread():
    """Tiny models gain nothing from threads, and on a busy 2-core machine
    torch's second thread can make generate() twenty times slower."""
    import torch

    before = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(before)


@pytest.fixture(scope="session")
def postgres_server():
    """A real PostgreSQL server for the session (tests/pg_server.py). Where it
    cannot start: a failure in CI (CI set, as .ci/run sets it), else a skip
    that says why, so that a developer without PostgreSQL can run the rest."""
    import os
    import sys

    sys.path.insert(0, str(Path(__file__).parent))
    from pg_server import PostgresServer

    try:
        server = PostgresServer().start()
    except Exception as exc:  # no binaries, or a server that would not start
        if os.environ.get("CI"):
            pytest.fail(f"PostgreSQL needed and not started: {exc}")
        pytest.skip(f"PostgreSQL not available here ({exc}); CI installs it (.ci/run)")
    yield server
    server.stop()


@pytest.fixture
def postgres_url(postgres_server, request):
    """A fresh database on the session's server, one per test."""
    import re

    name = "t_" + re.sub(r"[^a-z0-9]+", "_", request.node.name.lower())[:50]
    return postgres_server.create_database(name)
@pytest.fixture
def unwritable_folder(tmp_path) -> Path:
    """A folder that refuses a new file. Root (as CI runs) may write into a
    chmod 0500 folder, so for root it is sysfs's /sys, which refuses a new
    file to every user; for others, a chmod 0500 folder of its own."""
    if os.geteuid() == 0:
        folder = Path("/sys")
    else:
        folder = tmp_path / "ro"
        folder.mkdir()
        folder.chmod(0o500)
    try:  # the test means nothing if the folder takes a file: fail, do not skip
        fd, name = tempfile.mkstemp(dir=folder)
    except OSError:
        return folder
    os.close(fd)
    os.unlink(name)
    pytest.fail(f"{folder} took a new file: no unwritable folder on this machine")
