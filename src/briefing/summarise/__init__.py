"""Summaries: the lead (one article, offline), extractive (a memo's events, offline) or
abstractive (any local seq2seq).

Heavy libraries load on first use, not on import.
"""

from .base import Summariser
from .batch import summarise_each
from .extractive import ExtractiveParams, ExtractiveSummariser
from .factory import make_summariser
from .lead import LeadSummariser
from .guard import guard

__all__ = ["ExtractiveParams", "ExtractiveSummariser", "LeadSummariser", "Summariser", "guard", "make_summariser", "summarise_each"]
