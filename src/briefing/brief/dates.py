"""The date of an event across its sources, and the sources that disagree on it.

Dates are ISO 8601 at the precision the source gives ("2025-05-12",
"2025-05", "--02-04" when the year is unknown). Two dates agree when one
refines the other ("2025-05" and "2025-05-12"); the brief takes the finest of
agreeing dates. Disagreeing sources are reported, never averaged.
"""

from __future__ import annotations

from typing import Sequence

from ..records import Discrepancy


def compatible(a: str, b: str) -> bool:
    """True when one date refines the other (or they are equal)."""
    return a.startswith(b) or b.startswith(a)


def event_date(dated: Sequence[tuple[str, str | None]]) -> tuple[str | None, Discrepancy | None]:
    """(date, discrepancy) from (article id, date) pairs.

    With disagreeing dates, the date most sources support wins (the earliest
    on a tie) and the discrepancy lists every source's claim.
    """
    known = [(aid, d) for aid, d in dated if d]
    if not known:
        return None, None
    groups: list[list[tuple[str, str]]] = []
    for aid, d in known:
        for group in groups:
            if all(compatible(d, other) for _, other in group):
                group.append((aid, d))
                break
        else:
            groups.append([(aid, d)])
    best = min(groups, key=lambda g: (-len(g), min(d for _, d in g)))
    finest = max((d for _, d in best), key=len)
    if len(groups) == 1:
        return finest, None
    claims = tuple((d, aid) for g in groups for aid, d in g)
    return finest, Discrepancy("date", claims)


def _split(iso: str) -> tuple[str | None, list[str]]:
    """(year or None, [month, day?]) of an ISO date at any precision."""
    year, rest = (None, iso[2:]) if iso.startswith("--") else (iso[:4], iso[5:])
    return year, [p for p in rest.split("-") if p]


def has_day(iso: str | None) -> bool:
    """True when the date gives the day ("2025-05-12", "--02-04")."""
    return bool(iso) and len(_split(iso)[1]) > 1


def human(iso: str | None, months: Sequence[str]) -> str:
    """ "2025-05-12" -> "12 mai 2025"; "--02-04" -> "4 février" (year unknown)."""
    if not iso:
        return ""
    year, parts = _split(iso)
    if not parts or len(months) != 12:
        return iso
    month = months[int(parts[0]) - 1]
    day = f"{int(parts[1])} " if len(parts) > 1 else ""
    return f"{day}{month} {year}" if year else f"{day}{month}"
