"""--today and SOURCE_DATE_EPOCH pin the memo's date: the same pages give
byte-identical memos on any day, in every format."""

from __future__ import annotations

import json
import zipfile

import pytest
from typer.testing import CliRunner

from briefing.cli import app

runner = CliRunner()


def _run(seeds_dir, tmp_path, name, *options, env=None):
    out = tmp_path / name
    result = runner.invoke(app, ["run", str(seeds_dir), "-o", str(out), "-q", *options], env=env)
    assert result.exit_code == 0, result.output
    return out


def test_today_is_the_memos_date_and_two_runs_are_byte_identical(seeds_dir, tmp_path, monkeypatch):
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    first = _run(seeds_dir, tmp_path, "a", "--today", "2024-02-29")
    second = _run(seeds_dir, tmp_path, "b", "--today", "2024-02-29")
    for name in ("memo.docx", "memo.md"):
        assert (first / name).read_bytes() == (second / name).read_bytes(), name
    assert "29 février 2024" in (first / "memo.md").read_text(encoding="utf-8")
    # Every member of the .docx is dated the memo's day, not the clock's second (runs a few seconds
    # apart would otherwise differ).
    with zipfile.ZipFile(first / "memo.docx") as docx:
        assert {info.date_time for info in docx.infolist()} == {(2024, 2, 29, 0, 0, 0)}
    other = _run(seeds_dir, tmp_path, "c", "--today", "2031-12-01")
    assert (other / "memo.docx").read_bytes() != (first / "memo.docx").read_bytes()  # the date is in it


def test_source_date_epoch_pins_the_date_and_today_wins_over_it(seeds_dir, tmp_path):
    env = {"SOURCE_DATE_EPOCH": "1700000000"}  # 2023-11-14 22:13 UTC
    memo = _run(seeds_dir, tmp_path, "memo.json", env=env)
    assert json.loads(memo.read_text(encoding="utf-8"))["created"] == "2023-11-14"
    memo = _run(seeds_dir, tmp_path, "pinned.json", "--today", "2025-01-02", env=env)
    assert json.loads(memo.read_text(encoding="utf-8"))["created"] == "2025-01-02"


@pytest.mark.parametrize(
    ("options", "env", "named"),
    [(["--today", "2024-02-30"], None, "--today"), (["--today", "2024-02"], None, "--today"),
     (["--today", "demain"], None, "--today"), ([], {"SOURCE_DATE_EPOCH": "hier"}, "SOURCE_DATE_EPOCH")],
)
def test_a_bad_date_is_a_one_line_usage_error(seeds_dir, tmp_path, options, env, named):
    result = runner.invoke(app, ["run", str(seeds_dir), "-o", str(tmp_path / "m.md"), *options], env=env)
    assert result.exit_code == 2 and named in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "m.md").exists()
