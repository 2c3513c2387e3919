"""Translation speed: transformers generate() vs the CTranslate2 fast path.

No FR→EN weights can be installed here, so the model is a full-size random
network shaped like Helsinki-NLP/opus-mt-fr-en (speed does not depend on the
weights). The output length is fixed (EOS suppressed until --new-tokens) so
both paths do the same work; tokens/s are medians of --runs interleaved runs.
Greedy float32 outputs are compared token for token.

The work is the sentences of a memo of --memo-words words (or --sentences
N), translated as the product does: transformers in length-sorted batches of
--batch-size (what the engine hands that backend); CTranslate2 through the
product's backend, every sentence in one call, batched by tokens, one batch
per thread. "before" rows are CTranslate2 as it was run until now (one
batch at a time on every thread, --batch-size sentences a call).

    .venv/bin/python benchmarks/translate.py [--memo-words 3000 | --sentences 16]
        [--new-tokens 32] [--beams 1] [--threads 2] [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))


def french_sentences(count: int | None = None, words: int | None = None) -> list[str]:
    """`count` sentences of the seeds, or as many as make `words` words."""
    from briefing.text.sentences import split_sentences

    found = []
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        found += [s.text for s in split_sentences(path.read_text(encoding="utf-8")) if len(s.text.split()) > 6]
    out, total = [], 0
    while (count is not None and len(out) < count) or (words is not None and total < words):
        sentence = found[len(out) % len(found)]
        out.append(sentence)
        total += len(sentence.split())
    return out


def build(workdir: Path) -> Path:
    from briefing.translate.random_models import OPUS_MT_FR_EN, build_marian

    hf = workdir / "opus-mt-fr-en-random"
    if not (hf / "model.safetensors").exists():
        corpus = [line for p in sorted((ROOT / "seeds").glob("*.txt")) for line in p.read_text().splitlines()]
        build_marian(hf, corpus, shape=dict(OPUS_MT_FR_EN), spm_vocab=2000)
    return hf


def timed(fn) -> tuple[float, object]:
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--memo-words", type=int, default=3000, help="a memo of this many words (default)")
    parser.add_argument("--sentences", type=int, default=None, help="this many sentences instead")
    parser.add_argument("--batch-size", type=int, default=8)
    parser.add_argument("--new-tokens", type=int, default=32)
    parser.add_argument("--max-source-tokens", type=int, default=40)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--beams", type=int, default=1, help="beam size (1 = greedy, the parity check)")
    parser.add_argument("--threads", type=int, default=len(os.sched_getaffinity(0)))
    parser.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "briefing-bench")
    args = parser.parse_args()

    import ctranslate2
    import torch
    from transformers import AutoModelForSeq2SeqLM, AutoTokenizer

    from briefing.settings import GenerationSettings
    from briefing.translate.ctranslate import CTranslate2Backend, convert

    torch.set_num_threads(args.threads)
    hf_dir = build(args.workdir)
    tokenizer = AutoTokenizer.from_pretrained(str(hf_dir))
    model = AutoModelForSeq2SeqLM.from_pretrained(str(hf_dir), use_safetensors=True).eval()
    model.generation_config.forced_eos_token_id = None  # a fixed length, no forced end
    sentences = french_sentences(args.sentences) if args.sentences else french_sentences(words=args.memo_words)
    # The engine hands the transformers backend length-sorted batches, longest first.
    order = sorted(range(len(sentences)), key=lambda i: -len(sentences[i]))
    batches = [[sentences[i] for i in order[at : at + args.batch_size]] for at in range(0, len(order), args.batch_size)]
    n = args.new_tokens
    total = n * len(sentences)

    def run_hf() -> list[list[int]]:
        rows = []
        for batch in batches:
            enc = tokenizer(batch, return_tensors="pt", padding=True, truncation=True, max_length=args.max_source_tokens)
            with torch.inference_mode():
                out = model.generate(**enc, num_beams=args.beams, do_sample=False, min_new_tokens=n, max_new_tokens=n)
            rows += [r[1:] for r in out.tolist()]  # drop the decoder start token
        unsorted = [None] * len(rows)
        for place, row in zip(order, rows):
            unsorted[place] = row
        return unsorted

    source_tokens = [
        tokenizer.convert_ids_to_tokens(ids)
        for ids in tokenizer(sentences, truncation=True, max_length=args.max_source_tokens)["input_ids"]
    ]
    words = sum(len(s.split()) for s in sentences)
    print(f"model: random, shaped like opus-mt-fr-en ({sum(p.numel() for p in model.parameters()) / 1e6:.0f}M parameters)")
    print(f"work: {len(sentences)} sentences ({words} words, {sum(map(len, source_tokens))} source tokens), "
          f"{n} new tokens each, beam {args.beams}, {args.threads} threads, median of {args.runs} interleaved runs")
    paths = {"transformers generate": run_hf}
    fixed = dict(beam_size=args.beams, min_decoding_length=n, max_decoding_length=n)
    for quant in ("float32", "int8"):
        ct2_dir = args.workdir / f"ct2-{quant}"
        if not (ct2_dir / "model.bin").exists():
            convert(hf_dir, ct2_dir, quantization=quant)
        backend = CTranslate2Backend(ct2_dir, "random", "en", GenerationSettings(num_beams=args.beams),
                                     compute_type=quant, threads=args.threads)
        paths[f"ctranslate2 {quant}"] = lambda b=backend: b.translate_tokens(source_tokens, **fixed)
        before = ctranslate2.Translator(str(ct2_dir), device="cpu", compute_type=quant,
                                        intra_threads=args.threads, inter_threads=1)
        paths[f"  before: {quant}"] = lambda t=before: [
            r.hypotheses[0]
            for at in range(0, len(source_tokens), args.batch_size)
            for r in t.translate_batch(source_tokens[at : at + args.batch_size], max_input_length=0, **fixed)
        ]
    # Interleaved, so that load from other processes weighs on every path alike.
    times: dict[str, list[float]] = {name: [] for name in paths}
    outputs: dict[str, object] = {}
    for _ in range(args.runs):
        for name, fn in paths.items():
            elapsed, outputs[name] = timed(fn)
            times[name].append(elapsed)
    # The ratio is the median of the runs' own ratios: each run's paths ran
    # back to back, under the same load.
    print(f"{'backend':<26}{'tokens/s':>10}{'x transformers':>16}   per-run ratios")
    for name, spent in times.items():
        rate = total / statistics.median(spent)
        ratios = [t_hf / t for t_hf, t in zip(times["transformers generate"], spent)]
        shown = " ".join(f"{r:.2f}" for r in ratios)
        print(f"{name:<26}{rate:>10.1f}{statistics.median(ratios):>16.2f}   {shown}")
    if args.beams == 1:
        hf_rows, ct2_rows = outputs["transformers generate"], outputs["ctranslate2 float32"]
        same = sum(tokenizer.convert_ids_to_tokens(h) == c for h, c in zip(hf_rows, ct2_rows))
        lengths = sorted({len(c) for c in ct2_rows} | {len(h) for h in hf_rows})
        print(f"greedy float32 outputs identical to transformers: {same}/{len(sentences)} (lengths {lengths})")


if __name__ == "__main__":
    main()
