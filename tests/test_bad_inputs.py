"""A corpus of bad inputs: each gives one clear line, the documented exit
code, no traceback, and a batch goes on past a bad item."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from briefing.cli import app

runner = CliRunner()
ARTICLE = (
    "Le ministre de la Santé a inauguré lundi à Fès un centre hospitalier de 300 lits. "
    "Le projet a coûté 450 millions de dirhams et emploiera 600 personnes. "
    "Les travaux avaient commencé en 2021 sous la supervision des autorités régionales."
)


def invoke(*args, input=None):
    result = runner.invoke(app, [*map(str, args)], input=input)
    assert "Traceback" not in result.output
    assert not isinstance(result.exception, Exception) or isinstance(result.exception, SystemExit), result.exception
    return result


@pytest.fixture
def batch(tmp_path):
    """A folder with good articles and one bad file of each kind."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "cp1252.txt").write_bytes(ARTICLE.replace("Santé", "Santé publique").encode("cp1252"))
    (folder / "utf16.txt").write_bytes(ARTICLE.encode("utf-16"))
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.txt").write_text("   \n\n\t  \n", encoding="utf-8")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 40)
    return folder


BAD = {"empty.txt", "blank.txt", "binary.txt"}


def test_a_batch_goes_on_past_bad_files_and_names_each(batch, tmp_path):
    result = invoke("clean", batch, "--jsonl")
    assert result.exit_code == 1
    ids = {json.loads(line)["id"] for line in result.stdout.splitlines()}
    assert ids == {"good", "cp1252", "utf16"}
    errors = result.stderr.strip().splitlines()
    assert len(errors) == len(BAD)
    for name in BAD:
        assert sum(name in line for line in errors) == 1


def test_encodings_are_decoded(batch):
    result = invoke("clean", batch / "cp1252.txt", batch / "utf16.txt", "--jsonl")
    assert result.exit_code == 0
    texts = [json.loads(line)["text"] for line in result.stdout.splitlines()]
    assert all("Santé" in t and "\ufffd" not in t for t in texts)


def test_an_oversize_file_is_skipped_with_its_name(tmp_path):
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:  # 50 MB, written in chunks
        chunk = (ARTICLE + "\n").encode() * 1000
        while handle.tell() < 50 * 1024 * 1024:
            handle.write(chunk)
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    result = invoke("clean", big, good, "--jsonl")
    assert result.exit_code == 1
    assert "big.txt" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["good"]
    small = invoke("clean", good, "--jsonl", "--max-bytes", "100")
    assert small.exit_code == 2 and "good.txt" in small.stderr


def test_only_bad_inputs_is_exit_2(batch):
    result = invoke("clean", batch / "empty.txt", batch / "binary.txt")
    assert result.exit_code == 2
    assert "empty.txt" in result.stderr and "binary.txt" in result.stderr


def test_missing_path_and_empty_folder_are_usage_errors(tmp_path):
    missing = invoke("run", tmp_path / "nope")
    assert missing.exit_code == 2 and "nope" in missing.stderr
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "image.png").write_bytes(b"\x89PNG")
    result = invoke("run", empty)
    assert result.exit_code == 2 and "empty" in result.stderr


def test_malformed_json_line_is_named_and_skipped():
    lines = "\n".join([json.dumps({"id": "a", "text": ARTICLE}), "{not json", json.dumps({"id": "c", "text": ARTICLE})])
    result = invoke("clean", "--jsonl", input=lines)
    assert result.exit_code == 1
    assert "line 2" in result.stderr
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["a", "c"]


def test_boilerplate_only_page_is_a_failure_not_an_event(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "article.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "chrome.txt").write_text(
        "Accueil | Politique | Economie | Sport | Culture | Contact\n"
        "Inscription à la newsletter\nPartager sur Facebook\nTous droits réservés © 2024\n",
        encoding="utf-8",
    )
    result = invoke("run", folder, "-o", "-", "--format", "json")
    assert result.exit_code == 1
    assert "chrome.txt" in result.stderr
    assert [e["sources"] for e in json.loads(result.stdout)["events"]] == [["article"]]


def test_arabic_and_english_articles_go_through(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "ar.txt").write_text(
        "أعلنت وزارة الصحة المغربية يوم الاثنين عن افتتاح مستشفى جديد في مدينة فاس بطاقة 300 سرير. "
        "وقال الوزير إن المشروع سيوفر 600 منصب شغل.", encoding="utf-8")
    (folder / "en.txt").write_text(
        "Morocco's health ministry opened a 300-bed hospital in Fez on Monday. "
        "The minister said the project would create 600 jobs.", encoding="utf-8")
    result = invoke("clean", folder, "--jsonl")
    assert result.exit_code == 0
    langs = {r["id"]: r["lang"] for r in map(json.loads, result.stdout.splitlines())}
    assert langs == {"ar": "ar", "en": "en"}
    assert invoke("run", folder, "-o", tmp_path / "out", "-q").exit_code == 0


def test_unwritable_output_folder_is_exit_2(seeds_dir, unwritable_folder):
    result = invoke("run", seeds_dir, "-o", unwritable_folder)
    assert result.exit_code == 2 and str(unwritable_folder) in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr


def test_output_under_a_file_is_exit_2(seeds_dir, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = invoke("run", seeds_dir, "-o", blocker / "memo.md")
    assert result.exit_code == 2
    assert len(result.stderr.strip().splitlines()) == 1


def test_missing_summary_model_is_exit_2(seeds_dir):
    result = invoke("summarise", seeds_dir, "--summariser", "abstractive", "--summary-model", "no/such-model")
    assert result.exit_code == 2
    assert "no/such-model" in result.stderr and "briefing models pull" in result.stderr


def test_an_input_error_survives_pickling():
    # Worker processes send failures back to the parent pickled.
    import pickle

    from briefing.errors import InputError

    error = pickle.loads(pickle.dumps(InputError("page.txt", "cannot clean this page")))
    assert (error.name, error.reason, str(error)) == ("page.txt", "cannot clean this page", "page.txt: cannot clean this page")
