"""Translation speed: transformers generate() vs the CTranslate2 fast path.

No FR→EN weights can be installed here, so the model is a full-size random
network shaped like Helsinki-NLP/opus-mt-fr-en (speed does not depend on the
weights). The output length is fixed (EOS suppressed until --new-tokens) so
both paths do the same work; tokens/s are medians of --runs runs. Greedy
float32 outputs are compared token for token.

    .venv/bin/python benchmarks/translate.py [--sentences 16] [--new-tokens 32]
        [--beams 4] [--threads 1]   (on a shared machine, one thread each is steadier)
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


def french_sentences(count: int) -> list[str]:
    from briefing.text.sentences import split_sentences

    found = []
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        found += [s.text for s in split_sentences(path.read_text(encoding="utf-8")) if len(s.text.split()) > 6]
    return (found * (count // max(len(found), 1) + 1))[:count]


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
    parser.add_argument("--sentences", type=int, default=16)
    parser.add_argument("--batch-size", type=int, default=8)
    parser.add_argument("--new-tokens", type=int, default=32)
    parser.add_argument("--max-source-tokens", type=int, default=40)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--beams", type=int, default=1, help="beam size (1 = greedy, the parity check)")
    parser.add_argument("--threads", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "briefing-bench")
    args = parser.parse_args()

    import ctranslate2
    import torch
    from transformers import AutoModelForSeq2SeqLM, AutoTokenizer

    from briefing.translate.ctranslate import convert

    torch.set_num_threads(args.threads)
    hf_dir = build(args.workdir)
    tokenizer = AutoTokenizer.from_pretrained(str(hf_dir))
    model = AutoModelForSeq2SeqLM.from_pretrained(str(hf_dir), use_safetensors=True).eval()
    model.generation_config.forced_eos_token_id = None  # a fixed length, no forced end
    sentences = french_sentences(args.sentences)
    batches = [sentences[i : i + args.batch_size] for i in range(0, len(sentences), args.batch_size)]
    n = args.new_tokens
    total = n * len(sentences)

    def run_hf() -> list[list[int]]:
        rows = []
        for batch in batches:
            enc = tokenizer(batch, return_tensors="pt", padding=True, truncation=True, max_length=args.max_source_tokens)
            with torch.inference_mode():
                out = model.generate(**enc, num_beams=args.beams, do_sample=False, min_new_tokens=n, max_new_tokens=n)
            rows += [r[1:] for r in out.tolist()]  # drop the decoder start token
        return rows

    source_tokens = [
        tokenizer.convert_ids_to_tokens(ids)
        for ids in tokenizer(sentences, truncation=True, max_length=args.max_source_tokens)["input_ids"]
    ]
    print(f"model: random, shaped like opus-mt-fr-en ({sum(p.numel() for p in model.parameters()) / 1e6:.0f}M parameters)")
    print(f"work: {len(sentences)} sentences, batch {args.batch_size}, {n} new tokens each, beam {args.beams}, "
          f"{args.threads} threads, median of {args.runs} interleaved runs")
    paths = {"transformers generate": run_hf}
    for quant in ("float32", "int8"):
        ct2_dir = args.workdir / f"ct2-{quant}"
        if not (ct2_dir / "model.bin").exists():
            convert(hf_dir, ct2_dir, quantization=quant)
        translator = ctranslate2.Translator(str(ct2_dir), device="cpu", intra_threads=args.threads, inter_threads=1)
        paths[f"ctranslate2 {quant}"] = lambda t=translator: [
            r.hypotheses[0]
            for r in t.translate_batch(
                source_tokens, max_batch_size=args.batch_size, beam_size=args.beams,
                min_decoding_length=n, max_decoding_length=n, max_input_length=0,
            )  # fmt: skip
        ]
    # Interleaved, so that load from other processes weighs on every path alike.
    times: dict[str, list[float]] = {name: [] for name in paths}
    outputs: dict[str, object] = {}
    for _ in range(args.runs):
        for name, fn in paths.items():
            elapsed, outputs[name] = timed(fn)
            times[name].append(elapsed)
    base = total / statistics.median(times["transformers generate"])
    print(f"{'backend':<26}{'tokens/s':>10}{'x transformers':>16}   per-run ratios")
    for name, spent in times.items():
        rate = total / statistics.median(spent)
        ratios = " ".join(f"{t_hf / t:.2f}" for t_hf, t in zip(times["transformers generate"], spent))
        print(f"{name:<26}{rate:>10.1f}{rate / base:>16.2f}   {ratios}")
    if args.beams == 1:
        hf_rows, ct2_rows = outputs["transformers generate"], outputs["ctranslate2 float32"]
        same = sum(tokenizer.convert_ids_to_tokens(h) == c for h, c in zip(hf_rows, ct2_rows))
        lengths = sorted({len(c) for c in ct2_rows} | {len(h) for h in hf_rows})
        print(f"greedy float32 outputs identical to transformers: {same}/{len(sentences)} (lengths {lengths})")


if __name__ == "__main__":
    main()
