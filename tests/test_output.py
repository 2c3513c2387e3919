"""Where memos go, and atomic writes that survive a kill."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from briefing.errors import SetupError, UsageError
from briefing.output import plan_destinations, write_atomic


def test_default_folder_gets_docx_and_markdown(tmp_path):
    dests = plan_destinations(None, None, ("fr",), tmp_path)
    assert [(d.fmt, d.path) for d in dests] == [("docx", tmp_path / "memo.docx"), ("md", tmp_path / "memo.md")]


def test_other_languages_are_named_by_language(tmp_path):
    dests = plan_destinations(str(tmp_path), "docx", ("fr", "en", "ar"), tmp_path / "unused")
    assert [d.path.name for d in dests] == ["memo.docx", "memo.en.docx", "memo.ar.docx"]


def test_file_output_takes_its_format_from_the_suffix(tmp_path):
    (dest,) = plan_destinations(str(tmp_path / "brief.json"), None, ("fr",), tmp_path)
    assert dest.fmt == "json" and dest.path == tmp_path / "brief.json"
    dests = plan_destinations(str(tmp_path / "brief.md"), None, ("en", "ar"), tmp_path)
    assert [d.path.name for d in dests] == ["brief.en.md", "brief.ar.md"]


def test_a_format_may_be_named_as_its_suffix_or_in_words(tmp_path):
    for name, fmt in (("markdown", "md"), ("MD", "md"), ("txt", "text"), ("Word", "docx"), ("json", "json")):
        (dest,) = plan_destinations("-" if fmt != "docx" else str(tmp_path / "memo"), name, ("fr",), tmp_path)
        assert dest.fmt == fmt, name


def test_stdout_takes_one_language():
    (dest,) = plan_destinations("-", None, ("fr",), Path("x"))
    assert dest.path is None and dest.fmt == "md"
    with pytest.raises(UsageError):
        plan_destinations("-", None, ("fr", "en"), Path("x"))


def test_unknown_suffix_or_format_is_a_usage_error(tmp_path):
    with pytest.raises(UsageError):
        plan_destinations(str(tmp_path / "memo.pdf"), None, ("fr",), tmp_path)
    with pytest.raises(UsageError):
        plan_destinations(None, "pdf", ("fr",), tmp_path)


def test_write_atomic_replaces_and_leaves_no_temp(tmp_path):
    target = tmp_path / "memo.md"
    target.write_text("old")
    write_atomic(target, b"new")
    assert target.read_bytes() == b"new"
    assert os.listdir(tmp_path) == ["memo.md"]
    umask = os.umask(0)
    os.umask(umask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask  # not mkstemp's private 0600


def test_unwritable_folder_is_a_setup_error(unwritable_folder):
    with pytest.raises(SetupError, match=f"cannot write to {unwritable_folder}"):
        write_atomic(unwritable_folder / "memo.md", b"x")
    assert not (unwritable_folder / "memo.md").exists()


def test_unwritable_target_is_a_setup_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("a file where a folder should be")
    with pytest.raises(SetupError):
        write_atomic(blocker / "memo.md", b"x")


def test_a_killed_write_leaves_the_old_file_and_no_temp(tmp_path):
    target = tmp_path / "memo.docx"
    target.write_bytes(b"previous memo")
    # A writer that is killed while its (large, slow) write is in flight.
    script = textwrap.dedent(
        f"""
        import os, sys, time
        from pathlib import Path
        import briefing.output as out
        from briefing.cli_common import terminate_as_interrupt
        terminate_as_interrupt()  # what `briefing` does at start-up
        real_fdopen = os.fdopen
        class Slow:
            def __init__(self, h): self.h = h
            def __enter__(self): return self
            def __exit__(self, *a): return self.h.__exit__(*a)
            def write(self, data):
                self.h.write(data[:10]); self.h.flush()
                print("writing", flush=True); time.sleep(30)
            def flush(self): self.h.flush()
            def fileno(self): return self.h.fileno()
        out.os.fdopen = lambda fd, mode: Slow(real_fdopen(fd, mode))
        out.write_atomic(Path({str(target)!r}), b"x" * 1000)
        """
    )
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "writing"
    proc.send_signal(signal.SIGTERM)
    proc.wait(timeout=10)
    assert proc.returncode != 0
    assert target.read_bytes() == b"previous memo"
    assert [p.name for p in tmp_path.iterdir()] == ["memo.docx"]


def test_an_interrupted_write_removes_its_temp(tmp_path, monkeypatch):
    target = tmp_path / "memo.md"

    def boom(*args):
        raise KeyboardInterrupt

    monkeypatch.setattr("briefing.output.os.replace", boom)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(target, b"data")
    assert list(tmp_path.iterdir()) == []


def test_write_atomic_writes_into_a_pipe_or_device_and_through_a_link(tmp_path):
    """`-o /dev/null` or a named pipe: written to, never replaced by a file (a rename would
    put a regular file in the device's place). A link keeps pointing at its target."""
    import os
    import stat
    import threading

    fifo = tmp_path / "memo.fifo"
    os.mkfifo(fifo)
    got = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()))
    reader.start()
    write_atomic(fifo, b"memo")
    reader.join(timeout=10)
    assert got == [b"memo"] and stat.S_ISFIFO(os.stat(fifo).st_mode)
    target = tmp_path / "shared" / "memo.md"
    target.parent.mkdir()
    target.write_bytes(b"old")
    link = tmp_path / "memo.md"
    link.symlink_to(target)
    write_atomic(link, b"new")
    assert link.is_symlink() and target.read_bytes() == b"new"
