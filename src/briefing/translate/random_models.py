"""Random-initialised checkpoints of the real architectures, built offline.

No French→English/Arabic weights can be installed on this project's machines,
so tests prove the code on tiny random Marian and NLLB-shaped models, and the
benchmark measures speed on a full-size random model shaped like
opus-mt-fr-en (speed does not depend on the weights). The tokenizers are real
(SentencePiece trained on the given text, or a character BPE for NLLB).
"""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Iterable

# opus-mt-fr-en's config.json, less the weights.
OPUS_MT_FR_EN = dict(
    vocab_size=59514, d_model=512, encoder_layers=6, decoder_layers=6,
    encoder_attention_heads=8, decoder_attention_heads=8,
    encoder_ffn_dim=2048, decoder_ffn_dim=2048, max_position_embeddings=512,
    activation_function="swish", scale_embedding=True, share_encoder_decoder_embeddings=True,
)  # fmt: skip
TINY = dict(
    d_model=32, encoder_layers=2, decoder_layers=2, encoder_attention_heads=2,
    decoder_attention_heads=2, encoder_ffn_dim=64, decoder_ffn_dim=64, max_position_embeddings=256,
)  # fmt: skip


def _train_spm(lines: list[str], vocab_size: int) -> bytes:
    import sentencepiece as spm

    buffer = io.BytesIO()
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(lines), model_writer=buffer, vocab_size=vocab_size,
        hard_vocab_limit=False, character_coverage=1.0, minloglevel=2,
    )  # fmt: skip
    return buffer.getvalue()


def build_marian(
    out: Path,
    corpus: Iterable[str],
    target_tokens: tuple[str, ...] = (),
    shape: dict | None = None,
    spm_vocab: int = 300,
    seed: int = 0,
) -> Path:
    """A Marian checkpoint in `out`; `target_tokens` (">>ara<<") make it multi-target.

    With `shape["vocab_size"]` larger than the SentencePiece vocabulary, the
    vocabulary is padded with placeholder pieces to the real model's size.
    """
    import sentencepiece as spm
    import torch
    from transformers import MarianConfig, MarianMTModel, MarianTokenizer

    out.mkdir(parents=True, exist_ok=True)
    lines = [line for line in corpus if line.strip()]
    model = _train_spm(lines, spm_vocab)
    (out / "source.spm").write_bytes(model)
    (out / "target.spm").write_bytes(model)
    processor = spm.SentencePieceProcessor(model_proto=model)
    vocab = {"</s>": 0, "<unk>": 1}
    for token in target_tokens:
        vocab[token] = len(vocab)
    for i in range(processor.get_piece_size()):
        vocab.setdefault(processor.id_to_piece(i), len(vocab))
    shape = dict(TINY if shape is None else shape)
    while len(vocab) < shape.get("vocab_size", 0) - 1:
        vocab[f"▁placeholder{len(vocab)}"] = len(vocab)
    vocab["<pad>"] = len(vocab)
    (out / "vocab.json").write_text(json.dumps(vocab, ensure_ascii=False), encoding="utf-8")
    MarianTokenizer(str(out / "source.spm"), str(out / "target.spm"), str(out / "vocab.json")).save_pretrained(str(out))
    shape["vocab_size"] = len(vocab)
    pad = vocab["<pad>"]
    config = MarianConfig(
        **shape, pad_token_id=pad, eos_token_id=0, decoder_start_token_id=pad, forced_eos_token_id=0
    )
    torch.manual_seed(seed)
    MarianMTModel(config).save_pretrained(str(out))
    return out


def build_nllb(out: Path, corpus: Iterable[str], seed: int = 0) -> Path:
    """A tiny NLLB-shaped checkpoint (M2M100 network, NllbTokenizer over characters)."""
    import torch
    from transformers import M2M100Config, M2M100ForConditionalGeneration, NllbTokenizer

    out.mkdir(parents=True, exist_ok=True)
    chars = sorted({ch for line in corpus for ch in line if not ch.isspace()})
    vocab = {"<s>": 0, "<pad>": 1, "</s>": 2, "<unk>": 3, "▁": 4}
    for ch in chars:
        vocab.setdefault(ch, len(vocab))
    codes = ["fra_Latn", "eng_Latn", "arb_Arab"]
    tokenizer = NllbTokenizer(vocab=vocab, merges=[], src_lang="fra_Latn", additional_special_tokens=codes)
    tokenizer.save_pretrained(str(out))
    config = M2M100Config(
        vocab_size=len(tokenizer), **TINY, pad_token_id=1, bos_token_id=0, eos_token_id=2,
        decoder_start_token_id=2,
    )  # fmt: skip
    torch.manual_seed(seed)
    M2M100ForConditionalGeneration(config).save_pretrained(str(out))
    return out


def build_m2m100(out: Path, corpus: Iterable[str], seed: int = 0) -> Path:
    """A tiny M2M100 checkpoint (M2M100Tokenizer: SentencePiece + `__fr__` codes)."""
    import torch
    from transformers import M2M100Config, M2M100ForConditionalGeneration, M2M100Tokenizer

    out.mkdir(parents=True, exist_ok=True)
    import sentencepiece as spm

    model = _train_spm([line for line in corpus if line.strip()], 300)
    (out / "sentencepiece.bpe.model").write_bytes(model)
    processor = spm.SentencePieceProcessor(model_proto=model)
    vocab = {"<s>": 0, "<pad>": 1, "</s>": 2, "<unk>": 3}
    for i in range(processor.get_piece_size()):
        vocab.setdefault(processor.id_to_piece(i), len(vocab))
    (out / "vocab.json").write_text(json.dumps(vocab, ensure_ascii=False), encoding="utf-8")
    tokenizer = M2M100Tokenizer(str(out / "vocab.json"), str(out / "sentencepiece.bpe.model"), src_lang="fr")
    tokenizer.save_pretrained(str(out))
    size = max(tokenizer.lang_token_to_id.values()) + 1 + tokenizer.num_madeup_words
    config = M2M100Config(
        vocab_size=size, **TINY, pad_token_id=1, bos_token_id=0, eos_token_id=2, decoder_start_token_id=2
    )
    torch.manual_seed(seed)
    M2M100ForConditionalGeneration(config).save_pretrained(str(out))
    return out
