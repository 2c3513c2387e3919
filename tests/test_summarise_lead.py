"""The lead summariser (`briefing summarise`'s default without a local abstractive model)."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from briefing.cli import app
from briefing.records import Article
from briefing.settings import Settings
from briefing.summarise import LeadSummariser, make_summariser
from briefing.summarise.extractive import ExtractiveSummariser

TEXT = (
    "Le conseil municipal de Lyon a voté mardi un budget de 52 millions d'euros pour les écoles. "
    "Ce budget financera la rénovation de douze écoles primaires, la construction de deux gymnases "
    "et celle d'une piscine municipale dans le quartier de la Duchère. "
    "Les travaux commenceront en septembre et dureront trois ans selon la mairie."
)
ARTICLE = Article(id="a1", text=TEXT)


def test_whole_first_sentences_then_a_clause_cut():
    summary = LeadSummariser().summarise([ARTICLE], max_words=30)
    first, second = (s.text for s in summary.sentences)
    assert first == "Le conseil municipal de Lyon a voté mardi un budget de 52 millions d'euros pour les écoles."
    # 13 words left: the second sentence (27 words) is cut at its comma, marked as cut.
    assert second == "Ce budget financera la rénovation de douze écoles primaires…"
    assert summary.text == f"{first} {second}" and summary.method == "lead"
    assert TEXT[summary.sentences[1].start : summary.sentences[1].end] == second[:-1]
    assert len(summary.text.split()) <= 30


def test_a_sentence_that_cannot_be_cut_is_passed_over_for_a_later_one_that_fits():
    summary = LeadSummariser().summarise([ARTICLE], max_words=33)
    # 16 words left: the second sentence's clause (9 words) fits; the budget is then under 90 % full
    # (17 + 9 = 26 of 33), but the third sentence (12 words) does not fit and has no clause end.
    assert [s.index for s in summary.sentences] == [0, 1]
    assert len(summary.text.split()) == 26


def test_fixed_number_of_sentences_and_several_articles():
    assert [s.index for s in LeadSummariser().summarise([ARTICLE], 40, sentences=2).sentences] == [0, 1]
    short = Article(id="b", text="Un séisme de magnitude 5 a frappé la Crète jeudi matin.")
    summary = LeadSummariser().summarise([short, ARTICLE], max_words=30)
    # The first page says 11 words: the next page's lead fills the budget.
    assert [s.article_id for s in summary.sentences] == ["b", "a1"] and summary.article_ids == ("b", "a1")
    assert len(summary.text.split()) <= 30


def test_empty_text_gives_an_empty_summary():
    assert LeadSummariser().summarise([Article(id="e", text="")], 40).text == ""


def test_auto_falls_back_to_the_lead_for_summarise_and_to_extractive_for_a_memo(tmp_path):
    missing = Settings(summary_model="nobody/no-such-model", models_dir=tmp_path)
    summariser, note = make_summariser(missing, fallback="lead")
    assert isinstance(summariser, LeadSummariser) and note == "lead (no abstractive model found locally: nobody/no-such-model)"
    summariser, note = make_summariser(missing)
    assert isinstance(summariser, ExtractiveSummariser) and note.startswith("extractive (")
    summariser, note = make_summariser(Settings(summariser="lead"))
    assert isinstance(summariser, LeadSummariser) and note == "lead"


def test_summarise_command_writes_the_lead_by_default():
    line = json.dumps({"id": "a1", "text": TEXT}, ensure_ascii=False) + "\n"
    result = CliRunner().invoke(app, ["summarise", "--jsonl", "--max-words", "30", "-q"], input=line)
    assert result.exit_code == 0, result.output
    [row] = [json.loads(x) for x in result.stdout.splitlines()]
    assert row["summary"] == LeadSummariser().summarise([ARTICLE], max_words=30).text
