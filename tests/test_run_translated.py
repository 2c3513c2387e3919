"""`briefing run --to ar` end to end with a tiny random Marian checkpoint."""

from __future__ import annotations

import zipfile

import pytest
from typer.testing import CliRunner

from briefing.cli import app

pytestmark = pytest.mark.usefixtures("torch_one_thread")


@pytest.fixture(scope="module")
def tiny_marian_ar(tmp_path_factory, seeds_dir):
    from briefing.translate.random_models import build_marian

    corpus = [line for path in sorted(seeds_dir.iterdir()) for line in path.read_text(encoding="utf-8").splitlines()]
    return build_marian(tmp_path_factory.mktemp("models") / "tiny-fr-ar", corpus, target_tokens=(">>ara<<",))


def test_run_to_arabic_writes_a_right_to_left_docx(seeds_dir, tiny_marian_ar, tmp_path):
    # Two reports of one event keep the test short: random weights never stop
    # early, so every sentence costs its full output budget.
    inputs = sorted(seeds_dir.iterdir())[:2]
    result = CliRunner().invoke(
        app, ["run", *map(str, inputs), "--to", "fr", "--to", "ar", "--translation-model", str(tiny_marian_ar), "--beams", "1", "-o", str(tmp_path), "-q"]
    )
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["memo.ar.docx", "memo.ar.md", "memo.docx", "memo.md"]
    xml = zipfile.ZipFile(tmp_path / "memo.ar.docx").read("word/document.xml").decode("utf-8")
    body = xml.split("<w:body>", 1)[1]
    paragraphs = body.split("<w:p>")[1:] + body.split("<w:p ")[1:]
    text_paragraphs = [p for p in paragraphs if "<w:t" in p]
    assert text_paragraphs and all("<w:bidi" in p for p in text_paragraphs if "<w:tbl" not in p)
    assert '<w:jc w:val="right"' in body or '<w:jc w:val="end"' in body
    markdown = (tmp_path / "memo.ar.md").read_text(encoding="utf-8")
    assert 'dir="rtl"' in markdown
    # Citations survive translation.
    assert "(#source-000)" in markdown and "(#source-001)" in markdown
