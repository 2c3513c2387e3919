"""benchmarks/scale.py: a size larger than the folder runs on the whole folder."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

from scale import whole_folder  # noqa: E402


def test_a_size_past_the_folder_runs_the_whole_folder(capsys):
    assert whole_folder([4000, 8000, 32000], 31533) == [4000, 8000, 31533]
    assert "32000 pages asked, the folder has 31533" in capsys.readouterr().out


def test_sizes_that_would_repeat_the_whole_folder_run_once():
    assert whole_folder([100, 500, 1000], 300) == [100, 300]
    assert whole_folder([100, 200], 300) == [100, 200]
