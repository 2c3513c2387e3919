"""Counting what the faithfulness guard left out, across the briefs of a run."""

from __future__ import annotations


class FlagCounter:
    """Wraps a summariser and counts the sentences its faithfulness guard
    left out, so that the memo can say so."""

    def __init__(self, summariser):
        self.summariser = summariser
        self.flagged: list[str] = []

    def summarise(self, articles, max_words, sentences=None):
        summary = self.summariser.summarise(articles, max_words, sentences)
        self.flagged.extend(summary.flagged)
        return summary

    def note(self) -> str | None:
        if not self.flagged:
            return None
        return f"faithfulness guard: {len(self.flagged)} generated sentence(s) left out (a number or name not in the sources)"
