"""Translate a whole memo in one batched call, and rebuild it.

Free text is translated: titles, leads, key points, figure measures and
units, actor roles, discrepancy subjects and claims, timeline entries, the
executive summary. Ids, dates, outlets, paths, actor names, figure values
and the titles of the sources (bibliographic references to French articles)
are kept. Labels are not here at all: renderers take them from
prompts/labels.<lang>.json, written by people.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Callable

from ..records import Brief, Memo, is_iso_date

if TYPE_CHECKING:
    from .engine import SentenceTranslator


class _Collector:
    """Gathers strings on a first pass and hands translations back on a second."""

    def __init__(self) -> None:
        self.texts: list[str] = []
        self.where: list[str] = []
        self.translations: list[str] | None = None
        self._next = 0

    def __call__(self, text: str | None, where: str) -> str | None:
        if not text or not text.strip():
            return text
        if self.translations is None:
            self.texts.append(text)
            self.where.append(where)
            return text
        out = self.translations[self._next]
        self._next += 1
        return out


def _rebuild_brief(brief: Brief, t: Callable[[str | None, str], str | None]) -> Brief:
    at = f"brief {brief.event_id}"
    return replace(
        brief,
        title=t(brief.title, f"{at} title"),
        lead=t(brief.lead, f"{at} lead"),
        key_points=tuple(
            replace(k, text=t(k.text, f"{at} key point {i + 1}"))
            for i, k in enumerate(brief.key_points)
        ),
        figures=tuple(
            replace(f, measure=t(f.measure, f"{at} figure {f.value}"), unit=_unit(f.unit, t, at))
            for f in brief.figures
        ),
        actors=tuple(replace(a, role=t(a.role, f"{at} actor {a.name}")) for a in brief.actors),
        discrepancies=tuple(
            replace(
                d,
                about=t(d.about, f"{at} discrepancy"),
                # A date stays ISO: the renderer writes it in the target language's words.
                claims=tuple((c if is_iso_date(c) else t(c, f"{at} discrepancy claim"), s) for c, s in d.claims),
            )
            for d in brief.discrepancies
        ),
    )


def _unit(unit: str, t: Callable[[str | None, str], str | None], at: str) -> str:
    # "%" or "€" stay; words ("membres", "milliards de dirhams") are translated.
    return t(unit, f"{at} unit") if any(ch.isalpha() for ch in unit) else unit


def _made_title(memo: Memo) -> bool:
    """True when the memo made its title (label, subject, day or period), not the user."""
    from ..brief.memo import title_of

    return memo.title == title_of(memo.language, memo.subject, memo.period)


def _rebuild(memo: Memo, t: Callable[[str | None, str], str | None], target: str) -> Memo:
    """The label parts of a title the memo made are written per language,
    never machine translated; only its subject (or a user's own title) is."""
    from ..brief.memo import title_of

    subject = t(memo.subject, "subject")
    made = _made_title(memo)
    return replace(
        memo,
        title=title_of(target, subject, memo.period) if made else t(memo.title, "title"),
        subject=subject,
        executive_summary=t(memo.executive_summary, "executive summary"),
        briefs=tuple(_rebuild_brief(b, t) for b in memo.briefs),
        timeline=tuple(
            replace(e, text=t(e.text, f"timeline {e.date}")) for e in memo.timeline
        ),
    )


def translate_memo(memo: Memo, translator: SentenceTranslator, target: str) -> Memo:
    """`memo` in `target`: one batched translation call, guard flags in notes."""
    collector = _Collector()
    _rebuild(memo, collector, target)
    results = translator.translate_detailed(collector.texts)
    if len(results) != len(collector.texts):
        raise RuntimeError("translator returned a wrong number of texts")
    collector.translations = [r.text for r in results]
    translated = _rebuild(memo, collector, target)
    notes = [f"translation ({target}): {translator.description}, machine translated from French"]
    for where, result in zip(collector.where, results):
        notes += [f"translation check ({target}), {where}: {f.describe()}" for f in result.flags]
    return replace(translated, language=target, notes=memo.notes + tuple(notes))
