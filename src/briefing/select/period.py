"""--since / --until: keep the articles whose date falls in a period.

An article's date is the one its event is dated by in the memo (the day its
lead states, else its publication day: brief/dates.py). Dates compare at
the precision both sides know: "2020-06" is in a period that starts on
2020-06-18, since part of that month is. An article without a date, or with
a day of an unknown year ("--06-18"), cannot be placed and is left out;
the caller says how many.
"""

from __future__ import annotations

import datetime as _dt
import re
from typing import Sequence

from ..records import Article

_ISO = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")


def parse_day(text: str) -> str:
    """An ISO date as typed ("2020-06-18", "2020-06", "2020"); ValueError otherwise."""
    text = text.strip()
    if not _ISO.match(text):
        raise ValueError(f"'{text}' is not a date: write it YYYY-MM-DD (or YYYY-MM, YYYY)")
    parts = [int(p) for p in text.split("-")]
    _dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)  # a real day
    return text


def _within(date: str, since: str | None, until: str | None) -> bool:
    """True when some day of `date` (at its precision) lies in [since, until]."""
    if since and date[: len(since)] < since[: len(date)]:
        return False
    if until and date[: len(until)] > until[: len(date)]:
        return False
    return True


def in_period(articles: Sequence[Article], since: str | None, until: str | None) -> tuple[list[Article], int]:
    """(articles in the period, how many could not be placed for want of a date)."""
    from ..ingest.event_date import source_date

    kept, undated = [], 0
    for article in articles:
        date = source_date(article)
        if not date or date.startswith("--"):
            undated += 1
        elif _within(date, since, until):
            kept.append(article)
    return kept, undated
