"""Translate a whole memo in one batched call, and rebuild it; translate the
briefs told in another language than the memo's.

Free text is translated: titles, leads, key points, figure measures and
units, actor roles, discrepancy subjects and claims, timeline entries, the
executive summary. Ids, dates, outlets, paths, actor names, figure values
and the titles of the sources (bibliographic references to French articles)
are kept. Labels are not here at all: renderers take them from
prompts/labels.<lang>.json, written by people; a lead's date is written in
the target's words, not machine translated.

Every brief is verified in the words of its pages before it is translated:
its evidence keeps quoting them, and the brief and each of its points say
which language they were translated from (`translated_from`).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Callable, Mapping, Sequence

from ..records import Brief, Memo, is_iso_date

if TYPE_CHECKING:
    from .engine import SentenceTranslator

# A translator for (source, target), or None when none is at hand.
Finder = Callable[[str, str], "SentenceTranslator | None"]
WRITTEN_IN = "fr"  # the language briefs write their leads' dates in (brief.build)


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


def _lead(brief: Brief, t: Callable[[str | None, str], str | None], target: str, at: str) -> str | None:
    """The lead translated, its date (if any) written in the target's words."""
    from ..brief import dates
    from ..brief.citations import split_lead
    from ..prompts import labels

    prefix, text, cites = split_lead(brief, labels(WRITTEN_IN))
    written = dates.human(brief.date, labels(WRITTEN_IN)) if brief.detailed else ""
    when = dates.human(brief.date, labels(target)) if written else ""
    if prefix:
        return f"{when} — {t(f'{text} {cites}'.strip(), f'{at} lead')}"
    if written and brief.lead.strip() == written:  # its date alone: verification left no sentence
        return when
    return t(brief.lead, f"{at} lead")


def _rebuild_brief(brief: Brief, t: Callable[[str | None, str], str | None], target: str) -> Brief:
    at = f"brief {brief.event_id}"
    return replace(
        brief,
        title=t(brief.title, f"{at} title"),
        lead=_lead(brief, t, target, at),
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
        briefs=tuple(_rebuild_brief(b, t, target) for b in memo.briefs),
        timeline=tuple(
            replace(e, text=t(e.text, f"timeline {e.date}")) for e in memo.timeline
        ),
    )


def _unmarked(brief: Brief) -> Brief:
    """A brief told in another language, without its "[ar] " mark."""
    if brief.language is None:
        return brief
    return replace(brief, title=brief.title.removeprefix(f"[{brief.language}] "), language=None)


def _translated(brief: Brief, source: str) -> Brief:
    points = tuple(replace(k, translated_from=source) for k in brief.key_points)
    return replace(brief, translated_from=source, key_points=points)


def _flag_notes(where: Sequence[str], results, label: str) -> list[str]:
    return [f"translation check ({label}), {w}: {f.describe()}" for w, r in zip(where, results) for f in r.flags]


def translate_briefs(
    briefs: Sequence[Brief], translator: SentenceTranslator, source: str, target: str
) -> tuple[list[Brief], list[str]]:
    """Briefs told in `source` (verified there), translated into `target` in one
    batched call, unmarked and marked `translated_from`; and the memo's notes on it."""
    if not briefs:
        return [], []
    bare = [_unmarked(b) for b in briefs]
    collector = _Collector()
    for brief in bare:
        _rebuild_brief(brief, collector, target)
    results = translator.translate_detailed(collector.texts)
    if len(results) != len(collector.texts):
        raise RuntimeError("translator returned a wrong number of texts")
    collector.translations = [r.text for r in results]
    out = [_translated(_rebuild_brief(b, collector, target), source) for b in bare]
    label = f"{source}→{target}"
    notes = [f"translation ({label}): {translator.description}, {len(out)} event(s) machine translated from {source}"]
    return out, notes + _flag_notes(collector.where, results, label)


def translate_told(
    briefs: Sequence[Brief], find: Finder, target: str, originals: Mapping[str, Brief] | None = None
) -> tuple[dict[str, Brief], list[str]]:
    """The briefs told in another language than `target` (their `language`,
    or their original's), translated where `find` has a model for that
    direction, by event id; and notes: what was translated, and which
    languages stayed in their own words for want of a model."""
    originals = originals or {}
    told: dict[str, list[Brief]] = {}
    kept: dict[str, int] = {}  # per language, the briefs still in it without a model (not a French translation)
    for brief in briefs:
        original = originals.get(brief.event_id, brief)
        if original.language and original.language != target:
            told.setdefault(original.language, []).append(original)
            kept[original.language] = kept.get(original.language, 0) + (brief.language is not None)
    done: dict[str, Brief] = {}
    notes: list[str] = []
    for source, group in told.items():
        translator = find(source, target)
        if translator is None:
            if kept[source]:
                from ..settings import TRANSLATION_LANGUAGES  # those --translation-model SRC-TGT can name

                hint = f" (--translation-model {source}-{target}=PATH)" if source in TRANSLATION_LANGUAGES else ""
                notes.append(
                    f"{kept[source]} event(s) told in {source} kept in its words, marked [{source}]: "
                    f"no {source}→{target} translation model{hint}"
                )
            continue
        out, said = translate_briefs(group, translator, source, target)
        done.update((b.event_id, b) for b in out)
        notes += said
    return done, notes


def _as_in(brief: Brief, memo_brief: Brief) -> Brief:
    """A brief put in the place of the memo's: the memo's place in the budget
    (listed, a bare line) and its standing against the store."""
    bare = not memo_brief.detailed and memo_brief.lead.lstrip().startswith("[")
    return replace(
        brief,
        listed=memo_brief.listed,
        lead=memo_brief.lead if bare else brief.lead,
        lead_evidence=memo_brief.lead_evidence if bare else brief.lead_evidence,
        status=memo_brief.status,
        earlier=memo_brief.earlier,
        since=memo_brief.since,
    )


def translate_memo(
    memo: Memo,
    translator: SentenceTranslator,
    target: str,
    find: Finder | None = None,
    native: Mapping[str, Brief] | None = None,
    originals: Mapping[str, Brief] | None = None,
) -> Memo:
    """The French `memo` in `target`: its prose and French-told briefs in one
    batched call (guard flags in notes). `native`: briefs already told from
    the event's pages in `target`, used as they are. `originals`: the briefs
    told in another language before the French memo translated them. A brief
    told in another language is translated straight into `target` when `find`
    has a model for it, else from its French translation, else kept in its
    language and marked."""
    native, originals = native or {}, originals or {}
    in_memo = {b.event_id: b for b in memo.briefs}
    chosen = {i: b for i, b in native.items() if i in in_memo}
    for brief in memo.briefs:
        original = originals.get(brief.event_id, brief)
        if brief.event_id not in chosen and original.language == target:
            chosen[brief.event_id] = _unmarked(original)
    rest = [b for b in memo.briefs if b.event_id not in chosen]
    direct, notes = translate_told(rest, find or (lambda source, target: None), target, originals)
    chosen.update(direct)
    # Told in another language, with no model either way: in its sources' words, marked.
    chosen.update((b.event_id, b) for b in rest if b.language is not None and b.event_id not in chosen)
    french = replace(memo, briefs=tuple(b for b in memo.briefs if b.event_id not in chosen))
    collector = _Collector()
    _rebuild(french, collector, target)
    results = translator.translate_detailed(collector.texts)
    if len(results) != len(collector.texts):
        raise RuntimeError("translator returned a wrong number of texts")
    collector.translations = [r.text for r in results]
    translated = _rebuild(french, collector, target)
    by_id = {b.event_id: _translated(b, b.translated_from or "fr") for b in translated.briefs}
    by_id.update((i, _as_in(b, in_memo[i])) for i, b in chosen.items())
    briefs = tuple(by_id[b.event_id] for b in memo.briefs)
    notes = [f"translation ({target}): {translator.description}, machine translated from French"] + notes
    notes += _flag_notes(collector.where, results, target)
    return replace(translated, briefs=briefs, language=target, notes=memo.notes + tuple(notes))
