"""Event briefs and the memo that gathers them."""

from __future__ import annotations

from .budget import MemoPlan, plan_memo
from .build import build_brief, build_briefs
from .memo import build_memo
from .verify import verify_brief, verify_briefs

__all__ = ["MemoPlan", "build_brief", "build_briefs", "build_memo", "plan_memo", "verify_brief", "verify_briefs"]
