"""The abstractive backend on tiny random T5 and BART checkpoints built offline.

The weights are random, so the outputs are noise: these tests prove loading,
prefixes, chunking, map-reduce, the guard and the fallbacks, not quality.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from briefing.errors import ModelNotFound, UnsafeModel
from briefing.records import Article
from briefing.settings import GenerationSettings, Settings
from briefing.summarise import make_summariser
from briefing.summarise.abstractive import AbstractiveSummariser
from briefing.summarise.extractive import ExtractiveSummariser

CORPUS = [
    "Le conseil municipal de Lyon a voté mardi un budget de 52 millions d'euros.",
    "Les travaux commenceront en septembre et dureront trois ans selon la mairie.",
    "L'opposition a critiqué le calendrier, jugé trop long pour les familles.",
    "Emmanuel Macron s'est rendu à Marseille pour parler de sécurité et d'emploi.",
    "Le gouvernement prévoit 2 000 postes de plus dans les hôpitaux en 2026.",
    "Selon le ministère, la hausse des prix a ralenti au mois de mars.",
] * 4
ARTICLE = Article(id="a1", text=" ".join(CORPUS[:6]) + "\n\n" + " ".join(CORPUS[:6]))
FAST = GenerationSettings(num_beams=1, max_new_tokens=8, no_repeat_ngram_size=0, batch_size=4)


def _unigram_vocab(lines: list[str]) -> list[tuple[str, float]]:
    import sentencepiece as spm

    buffer = io.BytesIO()
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(lines), model_writer=buffer, vocab_size=200,
        hard_vocab_limit=False, character_coverage=1.0, minloglevel=2,
    )  # fmt: skip
    processor = spm.SentencePieceProcessor(model_proto=buffer.getvalue())
    return [(processor.id_to_piece(i), processor.get_score(i)) for i in range(processor.get_piece_size())]


_MBART_KEYS = {
    "vocab_size", "d_model", "encoder_layers", "decoder_layers", "encoder_attention_heads",
    "decoder_attention_heads", "encoder_ffn_dim", "decoder_ffn_dim", "max_position_embeddings",
    "pad_token_id", "bos_token_id", "eos_token_id", "decoder_start_token_id",
}  # fmt: skip


def _with_words_only(model, tokenizer):
    """Random weights tend to emit only padding; make them emit real pieces."""
    model.generation_config.suppress_tokens = [tokenizer.pad_token_id, tokenizer.unk_token_id]
    model.generation_config.min_new_tokens = 4
    return model


@pytest.fixture(scope="session")
def tiny_models(tmp_path_factory) -> dict[str, Path]:
    import torch
    from transformers import (BartConfig, BartForConditionalGeneration, BarthezTokenizer,
                              MBartConfig, MBartForConditionalGeneration,
                              T5Config, T5ForConditionalGeneration, T5Tokenizer)  # fmt: skip

    root = tmp_path_factory.mktemp("summary-models")
    vocab = _unigram_vocab(CORPUS)
    torch.manual_seed(0)

    t5_dir = root / "t5"
    t5_tok = T5Tokenizer(vocab=[("<pad>", 0.0), ("</s>", 0.0), ("<unk>", 0.0)] + vocab[3:], extra_ids=0)
    t5_tok.save_pretrained(str(t5_dir))
    t5 = T5Config(vocab_size=len(t5_tok), d_model=32, d_kv=8, d_ff=64, num_layers=2, num_heads=2,
                  pad_token_id=0, eos_token_id=1, decoder_start_token_id=0)  # fmt: skip
    _with_words_only(T5ForConditionalGeneration(t5), t5_tok).save_pretrained(str(t5_dir))

    bart_dir = root / "bart"
    specials = [("<s>", 0.0), ("<pad>", 0.0), ("</s>", 0.0), ("<unk>", 0.0)]
    bart_tok = BarthezTokenizer(vocab=specials + vocab[3:] + [("<mask>", 0.0)])
    bart_tok.save_pretrained(str(bart_dir))
    bart = BartConfig(vocab_size=len(bart_tok), d_model=32, encoder_layers=1, decoder_layers=1,
                      encoder_attention_heads=2, decoder_attention_heads=2, encoder_ffn_dim=64,
                      decoder_ffn_dim=64, max_position_embeddings=128, pad_token_id=1,
                      bos_token_id=0, eos_token_id=2, decoder_start_token_id=2)  # fmt: skip
    _with_words_only(BartForConditionalGeneration(bart), bart_tok).save_pretrained(str(bart_dir))

    # BARThez itself is an mBART network with a BarthezTokenizer.
    barthez_dir = root / "barthez"
    bart_tok.save_pretrained(str(barthez_dir))
    barthez = MBartConfig(**{k: v for k, v in bart.to_dict().items() if k in _MBART_KEYS})
    _with_words_only(MBartForConditionalGeneration(barthez), bart_tok).save_pretrained(str(barthez_dir))

    pickled = root / "pickled"
    pickled.mkdir()
    (pickled / "config.json").write_text('{"model_type": "bart"}')
    (pickled / "pytorch_model.bin").write_bytes(b"not loaded")
    return {"t5": t5_dir, "bart": bart_dir, "barthez": barthez_dir, "pickled": pickled}


def test_t5_loads_with_prefix_and_summarises(tiny_models):
    summariser = AbstractiveSummariser(tiny_models["t5"], FAST, model_name="tiny-t5")
    assert summariser.loaded.model_type == "t5"
    assert summariser.loaded.prefix == "summarize: "  # from prompts/model_prefixes.json
    summary = summariser.summarise([ARTICLE], max_words=40)
    assert summary.method == "abstractive" and summary.article_ids == ("a1",)
    assert len(summary.text.split()) <= 40
    assert all(s.article_id == "a1" for s in summary.sentences)


def test_bart_limit_comes_from_positions(tiny_models):
    summariser = AbstractiveSummariser(tiny_models["bart"], FAST)
    assert summariser.loaded.model_type == "bart"
    assert summariser.loaded.max_length == 128  # max_position_embeddings
    # The article is longer than 64 tokens: it must be chunked and reduced.
    assert len(summariser.chunks(ARTICLE.text)) > 1
    summary = summariser.summarise([ARTICLE], max_words=30)
    assert len(summary.text.split()) <= 30
    assert summariser.calls >= 2  # map, then reduce


def test_barthez_shaped_checkpoint_loads_by_name_in_a_models_dir(tiny_models, tmp_path):
    import shutil

    shutil.copytree(tiny_models["barthez"], tmp_path / "moussaKam--barthez-orangesum-abstract")
    summariser, note = make_summariser(Settings(models_dir=tmp_path, generation=FAST))
    assert note == "abstractive (moussaKam/barthez-orangesum-abstract)"
    assert summariser.loaded.model_type == "mbart" and summariser.loaded.prefix == ""
    assert summariser.loaded.forced_bos_token_id is None  # no language codes in BARThez
    summary = summariser.summarise([ARTICLE], max_words=25)
    assert summary.method == "abstractive" and len(summary.text.split()) <= 25


def test_chunks_respect_a_forced_small_limit_and_keep_sentences(tiny_models):
    summariser = AbstractiveSummariser(tiny_models["t5"], FAST, max_input_tokens=120)
    limit = summariser.loaded.input_limit
    chunks = summariser.chunks(ARTICLE.text)
    assert len(chunks) > 2
    assert all(summariser._count(c) <= limit for c in chunks)
    sentences_whole = [c for c in chunks if c.endswith(".")]
    assert len(sentences_whole) == len(chunks)  # cut between sentences only
    assert " ".join(chunks).split() == ARTICLE.text.split()  # nothing lost or repeated


def test_map_reduce_over_several_articles(tiny_models):
    summariser = AbstractiveSummariser(tiny_models["t5"], FAST, max_input_tokens=120)
    first = Article(id="a1", text=" ".join(CORPUS[:4]))
    other = Article(id="b2", text=" ".join(CORPUS[3:6]))
    summary = summariser.summarise([first, other], max_words=50)
    assert summary.article_ids == ("a1", "b2")
    assert summariser.calls >= 2
    assert {s.article_id for s in summary.sentences} <= {"a1", "b2"}


def test_summarise_many_batches_articles_together(tiny_models):
    summariser = AbstractiveSummariser(tiny_models["t5"], FAST)
    articles = [Article(id=f"d{i}", text=CORPUS[i] + " " + CORPUS[i + 1]) for i in range(4)]
    many = summariser.summarise_many(articles, max_words=30)
    assert [s.article_ids for s in many] == [(f"d{i}",) for i in range(4)]
    assert summariser.calls == 1  # four one-chunk articles, one batch of 4
    one = summariser.summarise([articles[2]], max_words=30)
    assert (one.text, one.flagged) == (many[2].text, many[2].flagged)


def test_pickle_only_checkpoint_is_refused(tiny_models):
    with pytest.raises(UnsafeModel):
        AbstractiveSummariser(tiny_models["pickled"], FAST).loaded
    settings = Settings(summariser="auto", summary_model=str(tiny_models["pickled"]))
    summariser, note = make_summariser(settings)
    assert isinstance(summariser, ExtractiveSummariser) and "safetensors" in note


def test_auto_uses_a_local_model_and_falls_back_without_one(tiny_models, tmp_path):
    summariser, note = make_summariser(Settings(summary_model=str(tiny_models["t5"])))
    assert isinstance(summariser, AbstractiveSummariser) and note.startswith("abstractive")
    missing = Settings(summary_model="nobody/no-such-model", models_dir=tmp_path)
    summariser, note = make_summariser(missing)
    assert isinstance(summariser, ExtractiveSummariser)
    assert note == "extractive (no abstractive model found locally: nobody/no-such-model)"
    with pytest.raises(ModelNotFound, match="--summary-model"):
        make_summariser(Settings(summariser="abstractive", summary_model="nobody/no-such-model"))
    summariser, note = make_summariser(Settings(summariser="extractive"))
    assert isinstance(summariser, ExtractiveSummariser) and note == "extractive"


def test_guard_leaves_out_invented_numbers_and_names(tiny_models, monkeypatch):
    from briefing.summarise.guard import SourceIndex

    summariser = AbstractiveSummariser(tiny_models["t5"], FAST)
    real = summariser.summarise([ARTICLE], max_words=60)
    index = SourceIndex([ARTICLE.text])
    assert all(not index.unsupported(s.text) for s in real.sentences)
    assert all(index.unsupported(text) for text in real.flagged)

    invented = (
        "Le conseil de Lyon a voté un budget de 52 millions d'euros. "
        "Les travaux coûteront 80 millions selon Jean Dupont. "
        "La mairie attend 2000 postes de plus."
    )
    monkeypatch.setattr(summariser, "_generate", lambda inputs: [invented] * len(inputs))
    summary = summariser.summarise([ARTICLE], max_words=60)
    assert summary.flagged == ("Les travaux coûteront 80 millions selon Jean Dupont.",)
    assert "80" not in summary.text and "Dupont" not in summary.text
    assert summary.text.startswith("Le conseil de Lyon a voté un budget de 52 millions")


def test_run_uses_an_abstractive_checkpoint_end_to_end(tiny_models, seeds_dir, tmp_path):
    import json

    from typer.testing import CliRunner

    from briefing.cli import app

    inputs = [str(p) for p in sorted(seeds_dir.iterdir())[:2]]  # one merged event keeps it short
    result = CliRunner().invoke(app, [
        "run", *inputs, "--summariser", "abstractive", "--summary-model", str(tiny_models["t5"]),
        "--beams", "1", "-o", str(tmp_path / "memo.json"), "-q",
    ])  # fmt: skip
    assert result.exit_code == 0, result.output
    memo = json.loads((tmp_path / "memo.json").read_text(encoding="utf-8"))
    assert any("abstractive" in note for note in memo["notes"])
    assert [sorted(e["sources"]) for e in memo["events"]] == [["000", "001"]]


def test_the_memo_says_how_many_sentences_the_guard_left_out(monkeypatch, seeds_dir):
    from briefing import pipeline
    from briefing.ingest.read import read_inputs
    from briefing.records import Summary

    class Inventive:
        """A summariser whose every summary carries one flagged sentence."""

        def summarise(self, articles, max_words, sentences=None):
            inner = ExtractiveSummariser().summarise(articles, max_words, sentences)
            return Summary(inner.article_ids, inner.sentences, inner.text, "abstractive", ("Il y avait 999 invités.",))

    monkeypatch.setattr("briefing.summarise.make_summariser", lambda settings: (Inventive(), "abstractive (test)"))
    docs, _ = read_inputs([str(p) for p in sorted(seeds_dir.iterdir())[:2]])
    result = pipeline.run(docs, Settings(today="2026-01-01"))
    notes = result.memos["fr"].notes
    assert any(n.startswith("faithfulness guard: 1 ") for n in notes)
    assert "999" not in str(result.memos["fr"].briefs)
