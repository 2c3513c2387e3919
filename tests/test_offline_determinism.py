"""No network during a run, and the same input gives the same bytes."""

from __future__ import annotations

import socket

from typer.testing import CliRunner

from briefing.cli import app

runner = CliRunner()


def test_run_opens_no_network_socket(seeds_dir, tmp_path, monkeypatch):
    attempts = []

    def refuse(self, address, *args, **kwargs):
        attempts.append(address)
        raise OSError("network access is forbidden in this test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", lambda *a, **k: refuse(None, a))
    result = runner.invoke(app, ["run", str(seeds_dir), "-o", str(tmp_path), "-q"])
    assert result.exit_code == 0, result.output
    assert attempts == []
    assert (tmp_path / "memo.docx").exists()


def test_hub_downloads_are_off_during_a_run(seeds_dir, tmp_path, monkeypatch):
    import os

    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    runner.invoke(app, ["run", str(seeds_dir), "-o", str(tmp_path), "-q"])
    assert os.environ.get("HF_HUB_OFFLINE") == "1"


def test_same_input_gives_identical_markdown_and_json(seeds_dir):
    for fmt in ("md", "json"):
        first = runner.invoke(app, ["run", str(seeds_dir), "-o", "-", "--format", fmt, "-q"])
        second = runner.invoke(app, ["run", str(seeds_dir), "-o", "-", "--format", fmt, "-q"])
        assert first.exit_code == 0, first.output
        assert first.stdout_bytes == second.stdout_bytes
