"""Model registry: resolve a model name to a local folder, offline.

A model is looked up, in order: as a path; under the models folder
(`--models-dir` / BRIEFING_MODELS_DIR) as `NAME` or `org--name`; in the local
Hugging Face cache. Nothing here downloads except `pull_model`.
"""

from __future__ import annotations

import os
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from .errors import ModelNotFound, SetupError


def folder_name(name: str) -> str:
    """A hub name as one folder name in the models folder: "org/name" -> "org--name"."""
    return name.strip("/").replace("/", "--")


def _local_candidates(name: str, models_dir: Path | None) -> list[Path]:
    candidates = [Path(name).expanduser()]
    if models_dir is not None:
        candidates += [models_dir / name, models_dir / folder_name(name)]
    return candidates


def user_cache() -> Path:
    """The user's cache folder ($XDG_CACHE_HOME, else ~/.cache)."""
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")


def briefing_cache() -> Path:
    """Where briefing keeps what it makes from models (CTranslate2 copies, the encoder's weights)."""
    return user_cache() / "briefing"


def _hub_cache_roots() -> list[Path]:
    """Every folder the Hugging Face cache may be in, as huggingface_hub.constants reads the environment."""
    env = os.environ
    home = Path(env.get("HF_HOME") or user_cache() / "huggingface")
    roots = [env.get("HF_HUB_CACHE"), env.get("HUGGINGFACE_HUB_CACHE"), home / "hub", Path.home() / ".cache/huggingface/hub"]
    return [Path(r).expanduser() for r in roots if r]


def _from_hf_cache(name: str) -> Path | None:
    if "/" not in name or name.startswith((".", "/", "~")):
        return None
    # A model in no cache folder is not cached: said without importing huggingface_hub (0.2 s a run).
    if not any((root / f"models--{folder_name(name)}").is_dir() for root in _hub_cache_roots()):
        return None
    try:
        from huggingface_hub import snapshot_download

        return Path(snapshot_download(name, local_files_only=True))
    except Exception:  # not cached (or a malformed name): not found
        return None


def _is_model_dir(path: Path) -> bool:
    """A transformers checkpoint (config.json) or a CTranslate2 one (model.bin)."""
    return path.is_dir() and ((path / "config.json").exists() or (path / "model.bin").exists())


def resolve_model(name: str, models_dir: Path | None = None) -> Path | None:
    """The local folder holding model `name`, or None if it is not here."""
    for candidate in _local_candidates(name, models_dir):
        if _is_model_dir(candidate):
            return candidate
    return _from_hf_cache(name)


def require_model(name: str, models_dir: Path | None, what: str, option: str) -> Path:
    path = resolve_model(name, models_dir)
    if path is None:
        raise ModelNotFound(name, what=what, option=option)
    return path


def offline_by_default() -> None:
    """Keep huggingface_hub and transformers from reaching the network unless asked."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")


@dataclass(frozen=True)
class ModelStatus:
    name: str
    role: str  # "translation fr→en", "summary", "local", ...
    present: bool
    path: Path | None


def _defaults() -> list[tuple[str, str]]:
    from .settings import DEFAULT_SUMMARY_MODEL, DEFAULT_TRANSLATION_MODELS

    pairs = [(name, f"translation fr→{lang}") for lang, name in DEFAULT_TRANSLATION_MODELS.items()]
    return pairs + [(DEFAULT_SUMMARY_MODEL, "summary (abstractive)")]


def list_models(models_dir: Path | None = None) -> list[ModelStatus]:
    """The default models (present or not), then any other model in `models_dir`."""
    statuses = []
    seen: set[Path] = set()
    for name, role in _defaults():
        path = resolve_model(name, models_dir)
        statuses.append(ModelStatus(name, role, path is not None, path))
        if path is not None:
            seen.add(path.resolve())
    if models_dir is not None and models_dir.is_dir():
        for child in sorted(models_dir.iterdir()):
            if _is_model_dir(child) and child.resolve() not in seen:
                role = "ctranslate2" if (child / "model.bin").exists() else "local"
                statuses.append(ModelStatus(child.name.replace("--", "/"), role, True, child))
    return statuses


# Weight files of other frameworks, and pickles when safetensors exist.
_SKIP_ALWAYS = ["*.h5", "*.msgpack", "*.ot", "tf_model*", "flax_model*", "rust_model*", "*.onnx"]
_SKIP_WITH_SAFETENSORS = ["*.bin", "*.pt", "*.pth", "*.ckpt"]


@contextmanager
def _online() -> Iterator[None]:
    """Allow the network for one download (huggingface_hub reads the flag at import)."""
    from huggingface_hub import constants

    saved_env = os.environ.get("HF_HUB_OFFLINE")
    saved = constants.HF_HUB_OFFLINE
    os.environ["HF_HUB_OFFLINE"] = "0"
    constants.HF_HUB_OFFLINE = False
    try:
        yield
    finally:
        constants.HF_HUB_OFFLINE = saved
        if saved_env is None:
            os.environ.pop("HF_HUB_OFFLINE", None)
        else:
            os.environ["HF_HUB_OFFLINE"] = saved_env


def pull_model(name: str, models_dir: Path | None = None) -> Path:
    """Download `name` from the hub (safetensors preferred): into `models_dir`
    as `org--name` when given, else into the Hugging Face cache."""
    from huggingface_hub import HfApi, snapshot_download

    with _online():
        try:
            files = HfApi().list_repo_files(name)
            ignore = list(_SKIP_ALWAYS)
            if any(f.endswith(".safetensors") for f in files):
                ignore += _SKIP_WITH_SAFETENSORS
            target = None if models_dir is None else models_dir / folder_name(name)
            path = snapshot_download(name, local_dir=target, ignore_patterns=ignore)
        except Exception as exc:  # network down, unknown name, gated repo...
            raise SetupError(f"could not download '{name}': {str(exc).splitlines()[0]}") from exc
    return Path(path)
