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
