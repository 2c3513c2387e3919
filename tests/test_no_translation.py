"""`briefing run --no-translation`: memos in English and Arabic with no model
at all, each event told from its pages in the memo's language, the others in
their pages' words and marked, out of the synthesis."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from briefing.cli import app
from briefing.records import Article

from quake_pages import AR, EN, FR

GOLD = Article("gold", "ارتفعت أسعار الذهب في الأسواق العالمية إلى مستوى قياسي يوم الثلاثاء. وعزا المحللون الارتفاع إلى تراجع الدولار.",
               title="أسعار الذهب تبلغ مستوى قياسيا", lang="ar")
VOTE = Article("vote", "Le Parlement a adopté mardi la réforme des retraites par 310 voix contre 250. L'opposition annonce un recours.",
               title="Le Parlement adopte la réforme des retraites", lang="fr")
runner = CliRunner()


def _memos(tmp_path: Path, *extra: str) -> dict[str, dict]:
    folder = tmp_path / "pages"
    folder.mkdir()
    for a in (FR, EN, AR, GOLD, VOTE):
        (folder / f"{a.id}.txt").write_text(f"{a.title}\n\n{a.text}\n", encoding="utf-8")
    args = ["run", str(folder), "--to", "fr", "--to", "en", "--to", "ar", "--no-translation", "--format", "json",
            "-o", str(tmp_path / "out"), "-q", "--today", "2026-12-06", "--workers", "1", *extra]  # fmt: skip
    done = runner.invoke(app, args)
    assert done.exit_code == 0, done.output
    return {lang: json.loads((tmp_path / "out" / name).read_text())
            for lang, name in (("fr", "memo.json"), ("en", "memo.en.json"), ("ar", "memo.ar.json"))}


def _event(memo: dict, source: str) -> dict:
    return next(e for e in memo["events"] if source in e["sources"])


def test_each_memo_tells_its_own_pages_and_marks_the_rest_without_any_model(tmp_path):
    memos = _memos(tmp_path)
    for lang, page in (("fr", FR), ("en", EN), ("ar", AR)):
        memo = memos[lang]
        assert memo["language"] == lang
        quake = _event(memo, "fr")
        assert set(quake["sources"]) == {"fr", "en", "ar"}  # one event, every page cited
        assert quake["language"] is None and quake["translated_from"] is None
        assert quake["title"] == page.title
        lead = quake["lead"].split(" — ", 1)[-1].split(" [")[0]
        assert lead and lead in page.text
        assert all(p["text"] in page.text for p in quake["key_points"])
    # No model: events with no page in the memo's language keep their words, marked, never translated.
    assert _event(memos["fr"], "gold")["title"] == f"[ar] {GOLD.title}"
    for lang in ("en", "ar"):
        vote = _event(memos[lang], "vote")
        assert vote["title"] == f"[fr] {VOTE.title}" and vote["language"] == "fr" and vote["translated_from"] is None
        assert "Parlement" not in memos[lang]["executive_summary"]
        assert any("marked [fr]: --no-translation" in n for n in memos[lang]["notes"])
    assert _event(memos["ar"], "gold")["title"] == GOLD.title  # Arabic in the Arabic memo: its own words
    assert _event(memos["en"], "gold")["title"] == f"[ar] {GOLD.title}"
    assert "ذهب" not in memos["en"]["executive_summary"] and "الذهب" not in memos["fr"]["executive_summary"]
    assert memos["ar"]["title"].startswith("مذكرة")  # labels in the memo's language


def test_no_translation_and_a_translation_model_contradict(tmp_path):
    done = runner.invoke(app, ["run", str(tmp_path), "--to", "en", "--no-translation", "--translation-model", "./x"])
    assert done.exit_code == 2 and "--no-translation" in done.stderr
