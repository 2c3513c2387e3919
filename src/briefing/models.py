"""Model registry: resolve a model name to a local folder, offline.

A model is looked up, in order: as a path; under the models folder
(`--models-dir` / BRIEFING_MODELS_DIR) as `NAME` or `org--name`; in the local
Hugging Face cache. Nothing here downloads except `pull_model`.
"""

from __future__ import annotations

import os
from pathlib import Path

from .errors import ModelNotFound


def _local_candidates(name: str, models_dir: Path | None) -> list[Path]:
    candidates = [Path(name).expanduser()]
    if models_dir is not None:
        candidates += [models_dir / name, models_dir / name.replace("/", "--")]
    return candidates


def _from_hf_cache(name: str) -> Path | None:
    if "/" not in name or name.startswith((".", "/", "~")):
        return None
    try:
        from huggingface_hub import snapshot_download

        return Path(snapshot_download(name, local_files_only=True))
    except Exception:  # not cached (or a malformed name): not found
        return None


def resolve_model(name: str, models_dir: Path | None = None) -> Path | None:
    """The local folder holding model `name`, or None if it is not here."""
    for candidate in _local_candidates(name, models_dir):
        if candidate.is_dir() and (candidate / "config.json").exists():
            return candidate
        if candidate.is_dir() and (candidate / "model.bin").exists():  # CTranslate2
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
