"""How a claim carries its sources: "[a][b]" after its text, and the lead
"12 mai 2025 — text [a][b]" taken apart again by the stages after the brief."""

from __future__ import annotations

import re

from ..records import Brief
from . import dates

# The run of "[id]" citations that ends a claim.
CITATIONS = re.compile(r"\s*((?:\[[^\[\]]+\])+)\s*$")


def citation(ids) -> str:
    return "".join(f"[{i}]" for i in ids)


def split_lead(brief: Brief, words: dict[str, str]) -> tuple[str, str, str]:
    """(prefix, text, citations) of a brief's lead: '12 mai 2025 — ' (a full
    brief's date, in the memo's words), its sentence, and '[a][b]'."""
    lead = brief.lead.strip()
    match = CITATIONS.search(lead)
    cites = match.group(1) if match else ""
    if match:
        lead = lead[: match.start()].strip()
    when = dates.human(brief.date, words) if brief.detailed else ""
    prefix = f"{when} — " if when and lead.startswith(f"{when} — ") else ""
    return prefix, lead[len(prefix) :].strip(), cites
