"""Event briefs and the memo that gathers them."""

from __future__ import annotations

from .build import build_brief, build_briefs
from .memo import build_memo

__all__ = ["build_brief", "build_briefs", "build_memo"]
