"""The transformers backend: any Marian, NLLB or M2M100 checkpoint, via generate().

Weights load from safetensors, or from torch files with weights_only=True (what
transformers 5 does); a folder holding only other pickles is refused, since
unpickling can run arbitrary code.
"""

from __future__ import annotations

from pathlib import Path

from ..errors import SetupError, UnsafeModel
from ..settings import GenerationSettings
from .families import SOURCE_LANGUAGE
from .tokenizing import ConventionTokenizer, output_limit

_TORCH_WEIGHTS = ("pytorch_model*.bin",)
_OTHER_PICKLES = ("*.pt", "*.pth", "*.ckpt", "*.pkl", "*.pickle", "*.bin")


def weights_format(path: Path) -> str:
    """"safetensors" or "torch" (loaded weights_only); raises for anything else."""
    if any(path.glob("*.safetensors")):
        return "safetensors"
    if any(f for pattern in _TORCH_WEIGHTS for f in path.glob(pattern)):
        return "torch"
    pickles = sorted(f.name for pattern in _OTHER_PICKLES for f in path.glob(pattern))
    if pickles:
        raise UnsafeModel(
            f"'{path}' holds only pickle checkpoints ({', '.join(pickles[:3])}): "
            "convert them to safetensors first"
        )
    raise SetupError(f"'{path}' holds no model weights (*.safetensors)")


def load_seq2seq(path: Path):
    """The model in eval mode, loaded without unpickling code."""
    from transformers import AutoModelForSeq2SeqLM
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()  # "Loading weights" bars: stderr is the CLI's
    fmt = weights_format(path)
    try:
        model = AutoModelForSeq2SeqLM.from_pretrained(
            str(path), use_safetensors=(fmt == "safetensors")
        )
    except Exception as exc:  # weights_only refusal and the like
        if "weights_only" in str(exc) or "Unpickl" in type(exc).__name__:
            raise UnsafeModel(f"'{path}': torch weights need unsafe unpickling") from exc
        raise
    model.eval()
    return model


class TransformersBackend:
    def __init__(
        self,
        path: Path,
        model_name: str,
        target: str,
        generation: GenerationSettings,
        source: str = SOURCE_LANGUAGE,
    ) -> None:
        self.tokens = ConventionTokenizer(path, target, model_name, source)
        self.model = load_seq2seq(path)
        self.generation = generation
        self.key = f"{model_name}|{self.tokens.conventions}|transformers"
        self.description = f"{model_name} (transformers)"
        # The decoder cannot go past its position table (start and code tokens included).
        positions = getattr(self.model.config, "max_position_embeddings", None) or 1024
        self.max_new_tokens = positions - 1 - (self.tokens.forced_bos_id is not None)
        # ... nor can the encoder: a source is cut to what its position table holds.
        self.tokens.max_input_tokens = min(self.tokens.max_input_tokens, positions)

    def _limit(self, source_tokens: int) -> int:
        return min(output_limit(source_tokens), self.max_new_tokens)

    def generate_kwargs(self, max_new_tokens: int) -> dict:
        g = self.generation
        kwargs = dict(
            num_beams=g.num_beams,
            max_new_tokens=max_new_tokens,
            length_penalty=g.length_penalty,
            do_sample=False,
        )
        if self.tokens.forced_bos_id is not None:
            kwargs["forced_bos_token_id"] = self.tokens.forced_bos_id
        return kwargs

    def translate_batch(self, sentences: list[str]) -> list[str]:
        import torch

        inputs = self.tokens.encode_tensors(sentences)
        lengths = inputs["attention_mask"].sum(dim=1).tolist()
        with torch.inference_mode():
            limit = self._limit(max(lengths))
            output = self.model.generate(**inputs, **self.generate_kwargs(limit))
        # Each row is cut to its own limit (less the end token forced there),
        # so a sentence's translation does not depend on its batch neighbours.
        start = 1 + (self.tokens.forced_bos_id is not None)  # decoder start (+ forced code)
        rows = [row[start : start + self._limit(n) - 1] for row, n in zip(output.tolist(), lengths)]
        return self.tokens.decode_ids(rows)
