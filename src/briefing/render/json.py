"""The memo as one JSON document (schema in docs/json-schema.md).

Keys come in a fixed order (insertion order, no sorting) so the same memo gives
byte-identical output; text stays readable (`ensure_ascii=False`).
"""

from __future__ import annotations

import json
from typing import Any

from briefing.records import Brief, Evidence, Memo
from briefing.render.common import event_summary, source_count

SCHEMA = "briefing.memo/1"


def _evidence(found: tuple[Evidence, ...]) -> list[dict[str, Any]]:
    """Where each cited page states a claim: offsets into its cleaned text, and the words there."""
    return [
        {"source": e.source, "start": e.start, "end": e.end, "match": "exact" if e.exact else "paraphrase", "quote": e.quote}
        for e in found
    ]


def _event(brief: Brief) -> dict[str, Any]:
    return {
        "id": brief.event_id,
        "detailed": brief.detailed,
        "listed": brief.listed,
        "title": brief.title,
        "language": brief.language,
        "translated_from": brief.translated_from,
        "date": brief.date,
        "sources": list(brief.sources),
        "summary": event_summary(brief),
        "lead": brief.lead,
        "lead_evidence": _evidence(brief.lead_evidence),
        "key_points": [
            {"text": p.text, "sources": list(p.sources), "evidence": _evidence(p.evidence), "translated_from": p.translated_from}
            for p in brief.key_points
        ],
        "figures": [
            {"value": f.value, "unit": f.unit, "measure": f.measure, "source": f.source, "evidence": _evidence(f.evidence)}
            for f in brief.figures
        ],
        "actors": [
            {"name": a.name, "role": a.role, "sources": list(a.sources), "evidence": _evidence(a.evidence)}
            for a in brief.actors
        ],
        "discrepancies": [
            {"about": d.about, "claims": [{"claim": c, "source": s} for c, s in d.claims]}
            for d in brief.discrepancies
        ],
        "related": list(brief.related),
        # Against the desk's store (--store): "new" | "update" | "follow-up", the earlier events it continues.
        "status": brief.status,
        "earlier": [
            {"event": e.event, "date": e.date, "title": e.title, "sources": list(e.sources), "story": e.story}
            for e in brief.earlier
        ],
        "since": brief.since,
    }


def memo_to_dict(memo: Memo) -> dict[str, Any]:
    """The memo as plain JSON-ready data, in the documented key order."""
    return {
        "schema": SCHEMA,
        "title": memo.title,
        "language": memo.language,
        "direction": "rtl" if memo.rtl else "ltr",
        "created": memo.created,
        "subject": memo.subject,
        "period": list(memo.period),
        "source_count": source_count(memo),
        "executive_summary": memo.executive_summary,
        "events": [_event(b) for b in memo.briefs],
        "timeline": [
            {"date": t.date, "text": t.text, "event": t.event_id, "sources": list(t.sources)}
            for t in memo.timeline
        ],
        "sources": [
            {"id": s.id, "title": s.title, "outlet": s.outlet, "date": s.date, "path": s.path, "url": s.url}
            for s in memo.sources
        ],
        "notes": list(memo.notes),
    }


def render_json(memo: Memo) -> str:
    return json.dumps(memo_to_dict(memo), ensure_ascii=False, indent=2) + "\n"
