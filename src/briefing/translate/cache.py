"""Translations cached by (model, sentence), so repeated text costs nothing.

A memo repeats itself (a lead in the executive summary, a figure's sentence
in a key point), and `briefing run --to en --to ar` translates the same memo
twice with different models: the key includes the model and its conventions.
"""

from __future__ import annotations

from collections import OrderedDict


class TranslationCache:
    """A bounded least-recently-used map from (model key, source) to translation."""

    def __init__(self, max_entries: int = 20_000) -> None:
        self.max_entries = max_entries
        self._entries: OrderedDict[tuple[str, str], str] = OrderedDict()
        self.hits = 0

    def get(self, model: str, source: str) -> str | None:
        key = (model, source)
        value = self._entries.get(key)
        if value is None:
            return None
        self._entries.move_to_end(key)
        self.hits += 1
        return value

    def put(self, model: str, source: str, translation: str) -> None:
        key = (model, source)
        self._entries[key] = translation
        self._entries.move_to_end(key)
        while len(self._entries) > self.max_entries:
            self._entries.popitem(last=False)


# One cache per process, shared by every translator loaded in it.
SHARED_CACHE = TranslationCache()
