"""Brief -> Brief whose every claim its cited pages state.

Between briefing and rendering, every claim of a brief is checked against
each page of its event (evidence.py): the lead, the key points, a one-line
event's sentence, each figure's phrase, each actor's role, each discrepancy's
claims. A claim cites exactly the pages that state it, each with where it
says it; a page of the event that only shares its topic is not cited. A
claim no page states goes (a lead gives way to the first point that stands).
The event's own sources (every page of it) are kept apart, in `Brief.sources`.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Mapping, Sequence

from ..prompts import labels
from ..records import Actor, Article, Brief, Discrepancy, Evidence, KeyFigure, KeyPoint
from ..spill import articles_by_id
from .citations import citation, split_lead
from .evidence import Claim, Page, flat
from .names import full_names

_TITLE = r"(?:(?:M\.|Mme|Mlle|Dr|Pr|Me)\s+)?"
_ARTICLE = r"(?:(?:le|la|l'|les|son|sa)\s*)?"


def _stated(text: str, sources: Sequence[str], pages: Mapping[str, Page]) -> tuple[Evidence, ...]:
    """Where each page among `sources` states `text`, in the sources' order."""
    claim = Claim(text)
    found = (pages[s].states(claim) for s in sources if s in pages)
    return tuple(e for e in found if e is not None)


def _point(point: KeyPoint, sources: Sequence[str], pages: Mapping[str, Page]) -> KeyPoint | None:
    evidence = _stated(point.text, sources, pages)
    return replace(point, sources=tuple(e.source for e in evidence), evidence=evidence) if evidence else None


def _figure(figure: KeyFigure, pages: Mapping[str, Page]) -> KeyFigure | None:
    """Kept when its phrase is its source's own words and holds the figure;
    a phrase in parts ('what it measures → ce chiffre est tombé à 52 %') is
    each part the source's words, the figure in the last."""
    page = pages.get(figure.source)
    parts = [p for p in re.split(r"\s*(?:→|…)\s*", figure.measure) if p.strip()]
    value = flat(figure.value).replace(" ", "")
    if page is None or not parts or value not in flat(parts[-1]).replace(" ", ""):
        return None
    found = [page.contains(p) for p in parts]
    if not all(found):
        return None
    return replace(figure, evidence=tuple(dict.fromkeys(found)))


def _plain(text: str) -> str:
    """One spacing and one apostrophe, case kept: names are told by their capitals."""
    return re.sub(r"\s+", " ", text.replace("’", "'").replace("\u00a0", " ").replace("\u202f", " "))


# 'Richard Ferrand, président de l'Assemblée, Gérard Larcher': the role before Larcher is Ferrand's.
_NAME_AND_COMMA = re.compile(r"[A-ZÀ-Ý][\w'-]+\s+[A-ZÀ-Ý][\w'-]+\s*,\s*$")


def role_attached(name: str, role: str, page: Page) -> Evidence | None:
    """Where the page puts `role` in apposition to `name`: 'NAME, ROLE',
    'NAME (ROLE', 'ROLE NAME' or 'ROLE, NAME'; the last not when ROLE is
    itself the apposition of the name before it, in a list of people."""
    n = r"\s+".join(re.escape(p) for p in _plain(name).split())
    r = r"\s+".join(re.escape(p) for p in _plain(role).split())
    after = re.compile(rf"{_TITLE}{n}\s*[,;:(–-]\s*{_ARTICLE}{r}(?![\w'-])", re.IGNORECASE)
    before = re.compile(rf"(?P<art>\b{_ARTICLE}){r}\s*,?\s*{_TITLE}{n}(?![\w'-])", re.IGNORECASE)
    for w in page.windows:
        text = _plain(page.text[w.start : w.end])
        if after.search(text):
            return page.evidence(w, True)
        for m in before.finditer(text):
            if not m.group("art").strip() and _NAME_AND_COMMA.search(text[: m.start()]):
                continue
            return page.evidence(w, True)
    return None


def _actor(actor: Actor, pages: Mapping[str, Page]) -> Actor | None:
    """Kept with the pages that give the name (and attach the role, when one is given)."""
    evidence = []
    for source in actor.sources:
        page = pages.get(source)
        if page is None:
            continue
        where = role_attached(actor.name, actor.role, page) if actor.role else page.contains(actor.name)
        if where is not None:
            evidence.append(where)
    if not evidence:
        return None
    return replace(actor, sources=tuple(e.source for e in evidence), evidence=tuple(evidence))


def _discrepancy(d: Discrepancy, pages: Mapping[str, Page]) -> Discrepancy | None:
    """Claims read from a date are the page's own reading; a name or a figure
    must be in its page. Fewer than two values left: no discrepancy."""
    if d.about == "date":
        return d
    claims = tuple((c, s) for c, s in d.claims if s in pages and pages[s].contains(c.split(" ")[0] if d.about != "nom" else c))
    return replace(d, claims=claims) if len({c for c, _ in claims}) > 1 else None


def verify_brief(brief: Brief, pages: Mapping[str, Page], language: str = "fr") -> Brief:
    """The brief with each claim citing the pages of its event that state it
    (its lead's date written in the words of the memo's `language`)."""
    prefix, text, _ = split_lead(brief, labels(language))
    points = [p for p in (_point(p, brief.sources, pages) for p in brief.key_points) if p is not None]
    lead_evidence = _stated(text, brief.sources, pages) if text else ()
    if text and not lead_evidence:
        if brief.detailed and points:  # the first point that stands takes the lead's place
            first = points.pop(0)
            text, lead_evidence = first.text, first.evidence
        else:
            text = ""
    # Checked in the sources' words; shown with the full name a source gives
    # "M. X" (the evidence keeps the page's words).
    texts = [p.text for p in pages.values()]
    points = [replace(p, text=full_names(p.text, texts)) for p in points]
    if text:
        lead = f"{prefix}{full_names(text, texts)} {citation([e.source for e in lead_evidence])}"
    else:  # a line of the event's sources, as a line past the memo's words
        lead = prefix.rstrip(" —") if brief.detailed else citation(brief.sources)
    return replace(
        brief,
        lead=lead,
        lead_evidence=lead_evidence,
        key_points=tuple(points),
        figures=tuple(f for f in (_figure(f, pages) for f in brief.figures) if f is not None),
        actors=tuple(a for a in (_actor(a, pages) for a in brief.actors) if a is not None),
        discrepancies=tuple(d for d in (_discrepancy(d, pages) for d in brief.discrepancies) if d is not None),
    )


def verify_briefs(briefs: Sequence[Brief], articles: Sequence[Article], language: str = "fr") -> list[Brief]:
    """Every listed brief verified against its event's pages. A page not
    among `articles` cannot state anything."""
    by_id = articles_by_id(articles)
    out = []
    for brief in briefs:
        if not brief.listed:  # counted, not shown: only its headline and sources are kept
            out.append(brief)
            continue
        # An event's pages are its own: read them for it and let them go.
        pages = {s: Page(by_id[s]) for s in brief.sources if s in by_id}
        out.append(verify_brief(brief, pages, language))
    return out
