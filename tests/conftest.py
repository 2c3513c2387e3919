"""Fixtures shared across test files: paths, and a pinned memo date."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return ROOT / "seeds"


@pytest.fixture
def seeds_copy(tmp_path, seeds_dir) -> Path:
    """A private copy of the seeds, for tests that add or break files."""
    target = tmp_path / "seeds"
    shutil.copytree(seeds_dir, target)
    return target


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
