"""Reading inputs: encodings, bad files named one by one, ids, stdin and JSON Lines."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from briefing.errors import InputError
from briefing.ingest.read import decode_bytes, read_inputs, read_jsonl

TEXT = "Le ministre a signé à Rabat une convention-cadre pour l’industrie des dispositifs médicaux."


@pytest.mark.parametrize(
    "data",
    [
        TEXT.encode("utf-8"),
        b"\xef\xbb\xbf" + TEXT.encode("utf-8"),
        TEXT.encode("utf-16"),  # with BOM
        TEXT.replace("’", "'").encode("utf-16-le"),  # without BOM
        TEXT.replace("’", "'").encode("cp1252"),
        TEXT.replace("’", "'").encode("latin-1"),
    ],
    ids=["utf8", "utf8-bom", "utf16", "utf16le-nobom", "cp1252", "latin1"],
)
def test_decodes_common_encodings(data: bytes) -> None:
    text = decode_bytes(data, "x.txt")
    assert "signé à Rabat" in text and "médicaux" in text
    assert not text.startswith("\ufeff")


@pytest.mark.parametrize(
    ("data", "reason"),
    [(b"", "empty"), (b"  \n\t\n", "empty"), (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20, "binary")],
)
def test_empty_and_binary_are_named_errors(data: bytes, reason: str) -> None:
    with pytest.raises(InputError) as caught:
        decode_bytes(data, "bad.txt")
    assert caught.value.name == "bad.txt"
    assert reason in str(caught.value)


def test_batch_goes_on_past_bad_files(tmp_path: Path) -> None:
    (tmp_path / "001_good.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "002_empty.txt").write_bytes(b"")
    (tmp_path / "003_binary.txt").write_bytes(b"abc\x00def" * 100)
    (tmp_path / "004_big.txt").write_text(TEXT * 50, encoding="utf-8")
    (tmp_path / "notes.md").write_text("ignored: not a .txt/.html file")
    docs, errors = read_inputs([str(tmp_path), str(tmp_path / "missing.txt")], max_bytes=2000)
    assert [d.id for d in docs] == ["001"]
    assert docs[0].text == TEXT and docs[0].path.endswith("001_good.txt")
    messages = sorted(str(e) for e in errors)
    assert len(messages) == 4
    assert any("002_empty.txt" in m and "empty" in m for m in messages)
    assert any("003_binary.txt" in m and "binary" in m for m in messages)
    assert any("004_big.txt" in m and "too large" in m for m in messages)
    assert any("missing.txt" in m and "no such file" in m for m in messages)


def test_folder_without_text_files_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    docs, errors = read_inputs([str(tmp_path)])
    assert docs == [] and len(errors) == 1 and str(tmp_path) in str(errors[0])


def test_ids_use_stem_prefix_only_when_unique(tmp_path: Path) -> None:
    for name in ("000_a.txt", "001_b.txt", "001_c.txt", "plain.txt"):
        (tmp_path / name).write_text(TEXT)
    docs, _ = read_inputs([str(tmp_path)])
    assert [d.id for d in docs] == ["000", "001_b", "001_c", "plain"]


def test_html_files_and_stdin(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text("<html><body><p>Bonjour</p></body></html>")
    stdin = io.BytesIO("<!DOCTYPE html><html><body><p>Salut</p></body></html>".encode())
    docs, errors = read_inputs([str(page), "-"], stdin=stdin)
    assert not errors
    assert [d.is_html for d in docs] == [True, True]
    assert docs[1].path is None and docs[1].id == "stdin"


def test_oversize_stdin_is_an_error() -> None:
    docs, errors = read_inputs(["-"], max_bytes=10, stdin=io.BytesIO(TEXT.encode()))
    assert docs == [] and "too large" in str(errors[0]) and "<stdin>" in str(errors[0])


def test_jsonl_keeps_ids_and_names_bad_lines() -> None:
    stream = io.StringIO(
        '{"id": "a1", "text": "Premier texte."}\n'
        "not json\n"
        "\n"
        '{"id": "a2"}\n'
        '{"text": "Sans identifiant."}\n'
    )
    docs, errors = read_jsonl(stream)
    assert [(d.id, d.text) for d in docs] == [("a1", "Premier texte."), ("5", "Sans identifiant.")]
    assert [e.name for e in errors] == ["line 2", "line 4"]
