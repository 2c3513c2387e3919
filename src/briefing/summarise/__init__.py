"""Summaries: extractive (default, offline) or abstractive (any local seq2seq)."""

from .base import Summariser
from .extractive import ExtractiveParams, ExtractiveSummariser

__all__ = ["ExtractiveParams", "ExtractiveSummariser", "Summariser"]
