"""Load a local seq2seq checkpoint (BART/BARThez, mBART, T5/mT5...) safely.

Only safetensors weights are loaded: a pickle-only checkpoint could run
arbitrary code when unpickled, so it is refused with UnsafeModel.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import UnsafeModel
from ..models import offline_by_default
from ..prompts import model_prefixes

# Models with relative positions (T5) have no hard limit; this is what they were trained on.
DEFAULT_INPUT_LIMIT = 512
_SPECIAL_ROOM = 2  # BOS/EOS the tokenizer adds around the input


@dataclass(frozen=True)
class LoadedModel:
    tokenizer: Any
    model: Any
    model_type: str
    prefix: str  # task prefix put before every input ("summarize: " for T5)
    input_limit: int  # tokens of input text per call, prefix and specials excluded
    device: str
    max_length: int  # the model's whole input limit, prefix and specials included
    forced_bos_token_id: int | None = None  # mBART: the target language code


def has_safetensors(path: Path) -> bool:
    return any(path.glob("*.safetensors")) or (path / "model.safetensors.index.json").exists()


def prefix_for(name: str, model_type: str) -> str:
    prefixes = model_prefixes()
    return prefixes.get(name, prefixes.get(model_type, ""))


def input_limit(config: Any, tokenizer: Any, override: int | None) -> int:
    """Tokens a model takes in: the smallest of its known limits."""
    limits = [override] if override else []
    positions = getattr(config, "max_position_embeddings", None)
    if isinstance(positions, int) and positions > 0:
        limits.append(positions)
    declared = getattr(tokenizer, "model_max_length", None)
    if isinstance(declared, int) and 0 < declared < 1_000_000:  # huge = "no limit" sentinel
        limits.append(declared)
    return min(limits) if limits else DEFAULT_INPUT_LIMIT


def load_seq2seq(
    path: Path, name: str, max_input_tokens: int | None = None, device: str | None = None
) -> LoadedModel:
    if not has_safetensors(path):
        raise UnsafeModel(
            f"summary model '{name}' at {path} has no .safetensors weights; "
            "pickled checkpoints are refused (convert it to safetensors first)."
        )
    offline_by_default()
    import torch
    from transformers import AutoConfig, AutoModelForSeq2SeqLM, AutoTokenizer

    config = AutoConfig.from_pretrained(str(path))
    tokenizer = AutoTokenizer.from_pretrained(str(path))
    model = AutoModelForSeq2SeqLM.from_pretrained(str(path), use_safetensors=True)
    device = device or ("cuda" if torch.cuda.is_available() else "cpu")
    model.to(device).eval()
    forced_bos = None
    if config.model_type == "mbart" and hasattr(tokenizer, "src_lang"):
        tokenizer.src_lang = "fr_XX"  # French in, French out
        code = tokenizer.convert_tokens_to_ids("fr_XX")
        forced_bos = code if code != tokenizer.unk_token_id else None
    prefix = prefix_for(name, config.model_type)
    room = len(tokenizer(prefix, add_special_tokens=False)["input_ids"]) if prefix else 0
    whole = input_limit(config, tokenizer, max_input_tokens)
    limit = max(whole - room - _SPECIAL_ROOM, 8)
    return LoadedModel(
        tokenizer, model, config.model_type, prefix, limit, device, limit + room + _SPECIAL_ROOM, forced_bos
    )
