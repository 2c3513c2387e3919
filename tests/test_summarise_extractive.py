"""Extractive summaries on made-up texts, with a small deterministic embedder."""

from __future__ import annotations

import hashlib
import re

import numpy as np
import pytest

from briefing.records import Article
from briefing.summarise.compress import balanced, is_junk, quoted_share, trim_to_clause
from briefing.summarise.extractive import ExtractiveSummariser


class BagOfWordsEmbedder:
    """Hashed bag of words: similar wording gives similar vectors, no model."""

    def encode(self, texts):
        out = np.zeros((len(texts), 64), dtype=np.float32)
        for row, text in enumerate(texts):
            for word in re.findall(r"\w+", text.lower()):
                out[row, int(hashlib.md5(word.encode()).hexdigest(), 16) % 64] += 1.0
        return out / np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-12)


ARTICLE = Article(
    id="a1",
    text=(
        "Le conseil municipal de Lyon a voté mardi un budget de 52 millions d'euros pour les écoles. "
        "Ce budget financera la rénovation de douze écoles primaires et la construction de deux gymnases. "
        "Les travaux commenceront en septembre et dureront trois ans selon la mairie.\n\n"
        "L'opposition a critiqué le calendrier des travaux, jugé trop long pour les familles. "
        "Le maire a répondu que le budget des écoles restait la priorité de son mandat. "
        "Il fait beau. "
        "Un dernier paragraphe parle de tout autre chose, de la météo du week-end et des marchés."
    ),
)


@pytest.fixture()
def summariser():
    return ExtractiveSummariser(embedder=BagOfWordsEmbedder())


def test_budget_respected_and_order_kept(summariser):
    for budget in (10, 20, 40, 60):
        summary = summariser.summarise([ARTICLE], max_words=budget)
        assert 0 < len(summary.text.split()) <= budget
        starts = [s.start for s in summary.sentences]
        assert starts == sorted(starts)
        assert summary.article_ids == ("a1",) and summary.method == "extractive"


def test_sentences_come_from_the_text_with_offsets(summariser):
    summary = summariser.summarise([ARTICLE], max_words=40)
    assert summary.sentences[0].text.startswith("Le conseil municipal")
    for s in summary.sentences:
        assert s.article_id == "a1"
        if s.text.endswith("…"):  # trimmed at a clause: marked, offsets span the kept part
            assert ARTICLE.text[s.start : s.end].startswith(s.text[:-1])
        else:
            assert ARTICLE.text[s.start : s.end] == s.text


def test_fixed_number_of_sentences_no_duplicates(summariser):
    summary = summariser.summarise([ARTICLE], max_words=40, sentences=3)
    texts = [s.text for s in summary.sentences]
    assert len(texts) == 3 and len(set(texts)) == 3
    assert "Il fait beau." not in texts  # too short to be a candidate


def test_multi_document_keeps_sources_and_skips_repeats(summariser):
    copy = Article(id="b2", text=ARTICLE.text.split("\n\n")[0])
    other = Article(
        id="c3",
        text="Les parents d'élèves de Lyon saluent le budget voté pour les écoles primaires mardi soir.",
    )
    summary = summariser.summarise([ARTICLE, copy, other], max_words=80)
    texts = [s.text for s in summary.sentences]
    assert len(texts) == len(set(texts))  # the same fact from two sources is taken once
    assert summary.article_ids == ("a1", "b2", "c3")
    assert {s.article_id for s in summary.sentences} <= {"a1", "b2", "c3"}
    assert len(summary.text.split()) <= 80


def test_summarise_many_matches_one_by_one(summariser):
    other = Article(id="z", text="Une phrase assez longue pour être candidate au résumé du jour. " * 2)
    many = summariser.summarise_many([ARTICLE, other], max_words=30)
    assert [s.article_ids for s in many] == [("a1",), ("z",)]
    assert many[0].text == summariser.summarise([ARTICLE], max_words=30).text


def test_empty_and_junk_articles(summariser):
    assert summariser.summarise([Article(id="e", text="")], max_words=40).text == ""
    assert summariser.summarise([Article(id="s", text="Il pleut. Il vente.")], max_words=40).text == (
        "Il pleut. Il vente."
    )
    junk = Article(id="j", text="window.pvp = new Pvp('dm', {idDM: \"x3oe2gx\", mute: true}) ;")
    assert summariser.summarise([junk], max_words=40).sentences == ()


def test_trim_to_clause_keeps_balance():
    sentence = 'Le ministre a déclaré, lors de sa visite à Lyon, que "les travaux, longs et coûteux, seront finis en mai".'
    assert trim_to_clause(sentence, 50) == sentence
    assert trim_to_clause(sentence, 4) == "Le ministre a déclaré"
    cut = trim_to_clause(sentence, 15)
    assert cut is not None and balanced(cut) and len(cut.split()) <= 15
    assert trim_to_clause("Une phrase sans virgule qui est bien trop longue ici.", 3) is None
    # Never a subject cut from its verb before an apposed name.
    assert trim_to_clause("Le ministre de la Santé, Amine Tahraoui, a parlé lundi à Rabat.", 8) is None


def test_cues():
    assert quoted_share('"Tout entre guillemets"') > 0.8
    assert quoted_share("Aucune citation ici.") == 0
    assert is_junk("voir https://exemple.fr pour plus") and not is_junk("Une phrase normale.")


def test_summarise_each_streams_in_order_with_progress(summariser):
    from briefing.summarise import summarise_each

    articles = [Article(id=f"d{i}", text=ARTICLE.text) for i in range(5)]
    seen: list[int] = []
    out = list(summarise_each(articles, summariser, 20, batch_size=2, progress=seen.append))
    assert [s.article_ids for s in out] == [(f"d{i}",) for i in range(5)]
    assert seen == [2, 4, 5]

    class OneByOne:  # a summariser without summarise_many
        name = "plain"

        def summarise(self, items, max_words, sentences=None):
            return summariser.summarise(items, max_words, sentences)

    assert [s.text for s in summarise_each(articles[:2], OneByOne(), 20)] == [out[0].text] * 2


def test_trim_needs_a_main_clause():
    sentence = "Selon des ONG locales, en effet, la Cour a rejeté le recours des plaignants hier soir à Taipei."
    assert trim_to_clause(sentence, 6) is None  # "Selon des ONG locales, en effet" says nothing
    assert trim_to_clause("D’après la police, le suspect a fui, puis il a été arrêté à la gare.", 9) == (
        "D’après la police, le suspect a fui"
    )
