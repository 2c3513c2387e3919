"""`briefing models`: list, pull (without the network), verify, and the offline rule."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from briefing import models
from briefing.errors import ModelNotFound, SetupError
from briefing.settings import DEFAULT_TRANSLATION_MODELS
from briefing.translate import check

ROOT = Path(__file__).resolve().parents[1]


pytestmark = pytest.mark.usefixtures("torch_one_thread")


@pytest.fixture
def no_hf_cache(monkeypatch, tmp_path):
    # list_models must not see a user's Hugging Face cache.
    from huggingface_hub import constants

    monkeypatch.setattr(constants, "HF_HUB_CACHE", str(tmp_path / "hf"))
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")


def _fake_model(folder: Path, ct2: bool = False) -> Path:
    folder.mkdir(parents=True)
    (folder / ("model.bin" if ct2 else "config.json")).write_text("{}")
    return folder


def test_list_shows_defaults_and_local_models(tmp_path, no_hf_cache):
    present = _fake_model(tmp_path / "Helsinki-NLP--opus-mt-fr-en")
    _fake_model(tmp_path / "my-own-model")
    _fake_model(tmp_path / "opus-mt-fr-en-ct2", ct2=True)
    (tmp_path / "not-a-model").mkdir()
    statuses = {s.name: s for s in models.list_models(tmp_path)}
    en = statuses[DEFAULT_TRANSLATION_MODELS["en"]]
    assert en.present and en.path == present and en.role == "translation fr→en"
    ar = statuses[DEFAULT_TRANSLATION_MODELS["ar"]]
    assert not ar.present and ar.path is None
    assert statuses["my-own-model"].role == "local"
    assert statuses["opus-mt-fr-en-ct2"].role == "ctranslate2"
    assert "not-a-model" not in statuses
    assert list(statuses).index(DEFAULT_TRANSLATION_MODELS["en"]) == 0


def test_pull_prefers_safetensors_and_goes_online_only_inside(tmp_path, monkeypatch):
    import huggingface_hub
    from huggingface_hub import constants

    seen = {}

    class Api:
        def list_repo_files(self, name):
            seen["online"] = constants.HF_HUB_OFFLINE
            return ["config.json", "model.safetensors", "pytorch_model.bin", "tf_model.h5"]

    def download(name, local_dir=None, ignore_patterns=()):
        seen.update(name=name, local_dir=local_dir, ignore=list(ignore_patterns))
        return str(local_dir)

    monkeypatch.setattr(huggingface_hub, "HfApi", Api)
    monkeypatch.setattr(huggingface_hub, "snapshot_download", download)
    monkeypatch.setattr(constants, "HF_HUB_OFFLINE", True)
    path = models.pull_model("Helsinki-NLP/opus-mt-fr-en", tmp_path)
    assert path == tmp_path / "Helsinki-NLP--opus-mt-fr-en"
    assert seen["online"] is False and constants.HF_HUB_OFFLINE is True
    assert "*.bin" in seen["ignore"] and "*.h5" in seen["ignore"]
    assert models.resolve_model("Helsinki-NLP/opus-mt-fr-en", tmp_path) is None  # nothing written by the fake


def test_pull_failure_is_one_line(monkeypatch, tmp_path):
    import huggingface_hub

    class Api:
        def list_repo_files(self, name):
            raise OSError("network is unreachable\nmore detail")

    monkeypatch.setattr(huggingface_hub, "HfApi", Api)
    with pytest.raises(SetupError) as info:
        models.pull_model("org/model", tmp_path)
    assert str(info.value) == "could not download 'org/model': network is unreachable"


def test_verify_missing_model_names_both_ways(tmp_path, no_hf_cache):
    with pytest.raises(ModelNotFound) as info:
        check.verify_model("Helsinki-NLP/opus-mt-fr-ar", tmp_path, "ar")
    assert "briefing models pull Helsinki-NLP/opus-mt-fr-ar" in str(info.value)
    assert "--translation-model" in str(info.value)


def test_verify_and_convert_a_tiny_model(tmp_path):
    from briefing.translate.random_models import build_marian

    corpus = [check.VERIFY_SENTENCE] * 20 + (ROOT / "seeds").glob("*.txt").__next__().read_text().splitlines()
    path = build_marian(tmp_path / "tiny", corpus)
    out = check.verify_model(str(path), None, "en")
    assert isinstance(out, str) and out.strip()
    converted = check.convert_model(str(path), tmp_path / "models")
    assert converted == tmp_path / "models" / "tiny-ct2" and (converted / "model.bin").exists()
    statuses = {s.name: s for s in models.list_models(tmp_path / "models")}
    assert statuses["tiny-ct2"].role == "ctranslate2"


def test_offline_by_default_keeps_an_explicit_choice(monkeypatch):
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    monkeypatch.setenv("TRANSFORMERS_OFFLINE", "0")
    models.offline_by_default()
    assert os.environ["HF_HUB_OFFLINE"] == "1" and os.environ["TRANSFORMERS_OFFLINE"] == "0"


def test_a_model_in_the_hugging_face_cache_is_found_and_one_in_none_is_not(tmp_path, monkeypatch):
    """The cache as huggingface_hub lays it out (refs/main -> snapshots/<hash>), under HF_HUB_CACHE."""
    from huggingface_hub import constants

    cache = tmp_path / "hub"
    snapshot = _fake_model(cache / "models--org--tiny" / "snapshots" / "abc123")
    (cache / "models--org--tiny" / "refs").mkdir()
    (cache / "models--org--tiny" / "refs" / "main").write_text("abc123")
    monkeypatch.setenv("HF_HUB_CACHE", str(cache))
    monkeypatch.setattr(constants, "HF_HUB_CACHE", str(cache))
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    assert models.resolve_model("org/tiny") == snapshot
    assert models.resolve_model("org/absent") is None
