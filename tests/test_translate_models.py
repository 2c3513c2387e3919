"""Real code on tiny random checkpoints: Marian (one and multi-target) and NLLB-shaped,
through transformers and CTranslate2, the memo end to end, and the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefing.errors import ModelNotFound, UnsafeModel
from briefing.settings import GenerationSettings, Settings
from briefing.translate import load_translator, translate_memo
from briefing.translate.cache import TranslationCache

ROOT = Path(__file__).resolve().parents[1]


pytestmark = pytest.mark.usefixtures("torch_one_thread")
GREEDY = GenerationSettings(num_beams=1, max_new_tokens=8, batch_size=4)
# Short: random weights never say "end", so each output runs to its length limit.
SENTENCES = ["Le ministre a annoncé 52 mesures.", "Bonjour.", "Le plan 2026-2030 du Maroc."]


@pytest.fixture(scope="session")
def tiny(tmp_path_factory) -> dict[str, Path]:
    from briefing.translate.random_models import build_m2m100, build_marian, build_nllb

    corpus = [line for p in sorted((ROOT / "seeds").glob("*.txt")) for line in p.read_text().splitlines()]
    root = tmp_path_factory.mktemp("tiny")
    return {
        "marian-en": build_marian(root / "marian-en", corpus),
        "marian-ar": build_marian(root / "marian-ar", corpus, target_tokens=(">>ara<<", ">>apc<<")),
        "nllb": build_nllb(root / "nllb", corpus),
        "m2m": build_m2m100(root / "m2m", corpus),
        "root": root,
    }


def _load(path: Path, target: str, backend: str = "transformers", **kw):
    settings = Settings(translation_model=str(path), translation_backend=backend, generation=GREEDY, **kw)
    translator = load_translator(target, settings)
    translator.cache = TranslationCache()  # each test sees its own backend work
    return translator


def test_marian_multi_target_prepends_the_target_token(tiny):
    translator = _load(tiny["marian-ar"], "ar")
    tokens = translator.backend.tokens.encode_tokens(["Bonjour."])[0]
    assert tokens[0] == ">>ara<<" and tokens[-1] == "</s>"
    single = _load(tiny["marian-en"], "en").backend.tokens.encode_tokens(["Bonjour."])[0]
    assert not single[0].startswith(">>")


def test_nllb_source_code_and_forced_target_code(tiny):
    translator = _load(tiny["nllb"], "ar")
    tokens = translator.backend.tokens.encode_tokens(["Bonjour."])[0]
    assert tokens[0] == "fra_Latn" and tokens[-1] == "</s>"
    inputs = translator.backend.tokens.encode_tensors(["Bonjour."])
    out = translator.backend.model.generate(**inputs, **translator.backend.generate_kwargs(4))
    assert out[0, 1].item() == translator.backend.tokens.tokenizer.convert_tokens_to_ids("arb_Arab")


def test_m2m100_codes_and_no_code_in_the_output(tiny):
    backend = _load(tiny["m2m"], "en").backend
    assert backend.tokens.encode_tokens(["Bonjour."])[0][0] == "__fr__"
    assert backend.tokens.conventions.forced_bos == "__en__"
    assert not any("__en__" in out for out in backend.translate_batch(SENTENCES))


def test_batch_results_equal_one_by_one_results(tiny):
    translator = _load(tiny["marian-en"], "en")
    batched = translator.backend.translate_batch(SENTENCES)
    assert batched == [translator.backend.translate_batch([s])[0] for s in SENTENCES]


@pytest.mark.parametrize("name,target", [("marian-ar", "ar"), ("nllb", "en"), ("m2m", "ar")])
def test_ctranslate2_float_gives_the_same_greedy_tokens(tiny, tmp_path, name, target):
    from briefing.translate.ctranslate import CTranslate2Backend, convert

    hf = _load(tiny[name], target).backend
    converted = convert(tiny[name], tmp_path / "ct2", quantization="float32")
    fast = CTranslate2Backend(converted, str(tiny[name]), target, GREEDY)
    sources = hf.tokens.encode_tokens(SENTENCES)
    skip = 2 if hf.tokens.forced_bos_id is not None else 1  # decoder start (+ forced code)
    fast_rows = fast.translate_tokens(sources, max_decoding_length=8 + (skip - 1))
    inputs = hf.tokens.encode_tensors(SENTENCES)
    hf_ids = hf.model.generate(**inputs, **hf.generate_kwargs(8)).tolist()
    tok = hf.tokens.tokenizer
    for row, ids in zip(fast_rows, hf_ids):
        hf_tokens = [t for t in tok.convert_ids_to_tokens(ids[skip:]) if t not in (tok.pad_token, tok.eos_token)]
        assert row[: len(hf_tokens)] == hf_tokens


def test_auto_backend_picks_a_converted_copy(tiny):
    models_dir = tiny["root"] / "models"
    first = _load(tiny["marian-en"], "en", backend="ctranslate2", models_dir=models_dir)
    assert "ctranslate2" in first.description and (models_dir / "marian-en-ct2" / "model.bin").exists()
    auto = _load(tiny["marian-en"], "en", backend="auto", models_dir=models_dir)
    assert "ctranslate2" in auto.description
    plain = _load(tiny["marian-en"], "en", backend="auto")
    assert "transformers" in plain.description


def test_memo_translates_end_to_end_with_a_tiny_checkpoint(tiny):
    from test_translate_units import _memo

    translator = _load(tiny["marian-ar"], "ar")
    memo = _memo()
    out = translate_memo(memo, translator, "ar")
    assert out.language == "ar" and out.rtl
    assert out.briefs[0].lead != memo.briefs[0].lead and out.briefs[0].lead.rstrip(".").endswith("[000]")
    assert out.briefs[0].key_points[0].sources == ("000", "001")
    assert out.sources == memo.sources and out.created == memo.created
    assert any(n.startswith("translation (ar):") for n in out.notes)


def test_missing_model_is_one_line_naming_both_ways(tmp_path):
    settings = Settings(translation_model="nobody/opus-mt-fr-xx", models_dir=tmp_path)
    with pytest.raises(ModelNotFound) as info:
        load_translator("en", settings)
    message = str(info.value)
    assert "\n" not in message and "nobody/opus-mt-fr-xx" in message
    assert "briefing models pull nobody/opus-mt-fr-xx" in message and "--translation-model" in message


def test_pickle_only_checkpoint_is_refused(tiny, tmp_path):
    folder = tmp_path / "pickled"
    folder.mkdir()
    (folder / "config.json").write_text((tiny["marian-en"] / "config.json").read_text())
    (folder / "model.ckpt").write_bytes(b"not read")
    for name in ("source.spm", "target.spm", "vocab.json", "tokenizer_config.json"):
        (folder / name).write_bytes((tiny["marian-en"] / name).read_bytes())
    with pytest.raises(UnsafeModel, match="pickle"):
        _load(folder, "en")


def test_cli_translate_jsonl_and_missing_model(tiny, monkeypatch):
    from typer.testing import CliRunner

    from briefing.cli import app

    monkeypatch.setenv("HF_HOME", str(tiny["root"] / "no-hf-cache"))
    runner = CliRunner()
    lines = "".join(json.dumps({"id": i, "text": t}) + "\n" for i, t in (("a", SENTENCES[0]), ("b", SENTENCES[1])))
    args = ["translate", "--jsonl", "--to", "ar", "--translation-model", str(tiny["marian-ar"])]
    done = runner.invoke(app, args, input=lines)
    assert done.exit_code == 0, done.output
    rows = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
    assert [r["id"] for r in rows] == ["a", "b"] and all(r["translation"] for r in rows)
    missing = runner.invoke(app, ["translate", "-", "--to", "en", "--translation-model", "nobody/none"], input="Bonjour.")
    assert missing.exit_code == 2 and missing.exception is None or isinstance(missing.exception, SystemExit)
    assert missing.stderr.strip().count("\n") == 0 and "nobody/none" in missing.stderr
