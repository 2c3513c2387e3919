"""Inputs read one at a time and processed in bounded batches, results in order."""

from __future__ import annotations

import io
import json
import os
import select
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from briefing.cli import app
from briefing.errors import InputError
from briefing.ingest.read import iter_documents, iter_jsonl, list_inputs
from briefing.parallel import Workers, choose_workers
from briefing.records import RawDocument
from briefing.stream import BATCH, FIRST_BATCH, batches, map_batches

runner = CliRunner()
PAGE = (
    "Le ministre de la Santé a annoncé lundi à Rabat un plan de 2 milliards de dirhams pour les hôpitaux publics.\n\n"
    "Le texte sera présenté au Parlement en juin, après une concertation avec les syndicats du secteur.\n"
)


def test_documents_are_read_only_when_asked_for(tmp_path: Path) -> None:
    for name in ("001_a.txt", "002_b.txt"):
        (tmp_path / name).write_text(PAGE, encoding="utf-8")
    found, errors = list_inputs([str(tmp_path), str(tmp_path / "missing.txt")])
    assert [f.id for f in found] == ["001", "002"] and "no such file" in str(errors[0])
    items = iter_documents(found)
    (tmp_path / "002_b.txt").write_bytes(b"")  # emptied after listing, before reading
    first, second = next(items), next(items)
    assert isinstance(first, RawDocument) and first.id == "001"
    assert isinstance(second, InputError) and "empty" in str(second)


def test_jsonl_lines_come_one_at_a_time() -> None:
    lines = iter(['{"id": "a", "text": "Un."}\n', "oops\n", '{"id": "b", "text": "Deux."}\n'])

    class Stream:
        def __iter__(self):
            return lines

    items = iter_jsonl(Stream())
    assert next(items).id == "a"
    assert next(lines) == "oops\n"  # the reader took nothing beyond the first line


def test_batches_keep_read_errors_with_the_batch_they_were_met_in() -> None:
    docs = [RawDocument(str(i), "x") for i in range(5)]
    error = InputError("bad.txt", "empty file")
    got = list(batches([docs[0], docs[1], error, docs[2], docs[3], docs[4]], size=2))
    assert [([d.id for d in ds], [e.name for e in es]) for ds, es in got] == [
        (["0", "1"], []), (["2", "3"], ["bad.txt"]), (["4"], []),
    ]


def test_map_batches_reads_no_further_than_it_must() -> None:
    pulled = []

    def items():
        for i in range(10 * BATCH):
            pulled.append(i)
            yield RawDocument(str(i), "x")

    results = map_batches(items(), Workers(1), len)
    first = next(results)
    assert first.result == FIRST_BATCH and first.inputs == FIRST_BATCH  # a small first batch: results at once
    assert len(pulled) <= FIRST_BATCH + 1  # one batch in memory, not the whole input
    assert next(results).result == BATCH


def _page_id(doc: RawDocument) -> str:
    return doc.id


def test_workers_return_results_in_input_order_and_read_lazily() -> None:
    pulled = []

    def tasks():
        for i in range(12):
            pulled.append(i)
            yield RawDocument(f"{i:02d}", "x")

    with Workers(2) as workers:
        out = workers.map(_page_id, tasks(), window=3)
        assert next(out) == "00"
        assert len(pulled) <= 4  # at most `window` in flight, plus the one taken
        assert list(out) == [f"{i:02d}" for i in range(1, 12)]


def test_worker_count_defaults_to_the_cores_but_one_for_small_inputs() -> None:
    assert choose_workers(None, 5) == 1
    assert choose_workers(None, 10_000) >= 1
    assert choose_workers(3, 5) == 3


def test_one_page_that_breaks_cleaning_fails_alone(monkeypatch) -> None:
    from briefing import ingest
    from briefing.parallel import tasks

    real = ingest.clean_pages

    def fragile(docs, keep_input=True, today=None):
        if any("BOOM" in d.text for d in docs):
            raise ValueError("unexpected layout")
        return real(docs, keep_input=keep_input, today=today)

    monkeypatch.setattr(ingest, "clean_pages", fragile)
    docs = [RawDocument("a", PAGE), RawDocument("b", "BOOM\n\n" + PAGE, path="b.txt"), RawDocument("c", PAGE)]
    articles, failures = tasks.clean_batch(docs)
    assert [a.id for a in articles] == ["a", "c"]
    assert [f.name for f in failures] == ["b.txt"] and "cannot clean this page" in str(failures[0])


def _jsonl(n: int) -> str:
    return "".join(json.dumps({"id": f"p{i}", "text": f"Page {i}.\n\n{PAGE}"}, ensure_ascii=False) + "\n" for i in range(n))


def test_clean_gives_the_same_lines_with_one_worker_or_two() -> None:
    text = _jsonl(BATCH + 20)  # two batches: two workers both get one
    one = runner.invoke(app, ["clean", "--jsonl", "--workers", "1"], input=text)
    two = runner.invoke(app, ["clean", "--jsonl", "--workers", "2"], input=text)
    assert one.exit_code == two.exit_code == 0
    assert one.stdout == two.stdout
    assert [json.loads(line)["id"] for line in one.stdout.splitlines()] == [f"p{i}" for i in range(BATCH + 20)]


def test_clean_prints_its_first_lines_before_the_input_ends() -> None:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "briefing", "clean", "--jsonl", "--workers", "1"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env,
    )
    try:
        proc.stdin.write(_jsonl(FIRST_BATCH).encode())  # one batch, and the input stays open
        proc.stdin.flush()
        ready, _, _ = select.select([proc.stdout], [], [], 60)
        assert ready, "no output while the input was still open"
        assert json.loads(proc.stdout.readline())["id"] == "p0"
    finally:
        proc.stdin.close()
        proc.wait(timeout=60)
    assert proc.returncode == 0


def test_no_progress_reaches_a_pipe(seeds_dir) -> None:
    result = runner.invoke(app, ["clean", str(seeds_dir), "--jsonl"])
    assert result.exit_code == 0
    assert result.stderr == ""


def test_progress_on_a_terminal_shows_each_stage_with_counts(monkeypatch) -> None:
    from briefing import console

    class Terminal(io.StringIO):
        def isatty(self):
            return True

    screen = Terminal()
    monkeypatch.setattr(sys, "stderr", screen)
    monkeypatch.setattr(console.VERBOSITY, "quiet", False)
    with console.progress_bar() as progress:
        progress("cleaning", 3, 10)
        progress("briefing", 0, 4)
    shown = screen.getvalue()
    assert "cleaning" in shown and "3/10" in shown and "briefing" in shown and "0/4" in shown


@pytest.mark.parametrize("workers", ["1", "2"])
def test_a_bad_line_fails_alone_whatever_the_workers(workers) -> None:
    text = _jsonl(BATCH) + "not json\n" + _jsonl(3).replace('"p', '"q')
    result = runner.invoke(app, ["clean", "--jsonl", "--workers", workers], input=text)
    assert result.exit_code == 1
    assert len(result.stdout.splitlines()) == BATCH + 3
    assert f"line {BATCH + 1}" in result.stderr
