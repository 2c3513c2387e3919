"""`briefing story`: what the desk's store holds of one story, day by day, with sources."""

from __future__ import annotations

import json
import sys
from typing import Annotated, Optional

import typer

from .cli_common import Debug, Quiet, Verbose, examples, handles_errors, parse_period
from .errors import EXIT_OK, UsageError

STORY_EXAMPLES = examples(
    'briefing story "commission d\'enquête Salomon" --store desk.db',
    "briefing story 2020-06-16/E3 --store desk.db        # the story of one stored event, by its key",
    'briefing story "Pékin" --store desk.db --json | jq ".events[].title"',
    "briefing story Dijon --store postgresql://desk@db/briefing --since 2020-06-01",
)


def register(app: typer.Typer) -> None:
    app.command(epilog=STORY_EXAMPLES)(handles_errors(story))


def story(
    query: Annotated[str, typer.Argument(metavar="TEXT|EVENT", help="Words of the story (any language), or a stored event's key (YYYY-MM-DD/E3, as a JSON memo's 'earlier' gives it).", show_default=False)],
    store: Annotated[
        Optional[str],
        typer.Option("--store", metavar="PATH|URL", envvar="BRIEFING_STORE", show_envvar=False,
                     help="The desk's store that `briefing run --store` writes (or BRIEFING_STORE).", show_default=False),
    ] = None,
    json_out: Annotated[bool, typer.Option("--json", help="One JSON object on stdout, for scripts.")] = False,
    since: Annotated[Optional[str], typer.Option("--since", metavar="DATE", help="Look only among the stored events with a page dated DATE (YYYY-MM-DD) or later.", show_default=False)] = None,
    until: Annotated[Optional[str], typer.Option("--until", metavar="DATE", help="Look only among the stored events with a page dated DATE or earlier.", show_default=False)] = None,
    quiet: Quiet = False,
    verbose: Verbose = False,
    debug: Debug = False,
) -> int:
    """Print a stored story's timeline: each event day by day, its status and its sources.

    The story is the one of the event whose key is given, else the one whose
    pages are the most on TEXT (words and meaning, as --about reads them),
    with its relevance (0-1) and the next three stories after it.
    """
    if not store:
        raise UsageError("give the store to read: --store PATH|URL (or BRIEFING_STORE)")
    if not query.strip():
        raise UsageError("give words of the story, or a stored event's key")
    since, until = parse_period(since, until)
    from .history import read_story
    from .store import Store

    with Store(store, create=False) as opened:
        found = read_story(opened, query, since=since, until=until)
    sys.stdout.write(json.dumps(story_record(found), ensure_ascii=False, indent=2) + "\n" if json_out else story_text(found))
    return EXIT_OK


def story_record(found) -> dict:
    """The story as JSON: its events by first day, each with its pages."""
    return {
        "story": found.key,
        "relevance": None if found.relevance is None else round(found.relevance, 3),
        "events": [
            {"key": e.key, "title": e.title, "first": e.first, "last": e.last, "status": e.status,
             "earlier": e.earlier or None, "briefed": e.briefed,
             "sources": [{"id": p.id, "title": p.title, "outlet": p.source, "date": p.date, "path": p.path}
                         for p in found.pages.get(e.key, [])]}
            for e in found.events
        ],
        "others": [{"story": k, "title": t, "relevance": round(s, 3)} for k, t, s in found.others],
    }


def story_text(found) -> str:
    """The story for a reader: a heading, then each event under its day with its sources."""
    days = [d for e in found.events for d in (e.first, e.last) if d]
    pages = sum(len(found.pages.get(e.key, [])) for e in found.events)
    span = f"{min(days)[:10]} to {max(days)[:10]}" if days else "undated"
    lines = [f"Story {found.key}: {len(found.events)} event(s), {pages} page(s), {span}"]
    if found.relevance is not None:
        from .select.subject import THRESHOLD

        weak = f"; a weak match: --about keeps a page from {THRESHOLD:.2f}" if found.relevance < THRESHOLD else ""
        lines[0] += f" (relevance {found.relevance:.2f}{weak})"
    for e in found.events:
        lines.append("")
        lines.append(f"{(e.first or '?')[:10]}  {e.status:<9}  {e.key}  {e.title}")
        if e.earlier:
            lines.append(f"    ({e.status} of {e.earlier})")
        for p in found.pages.get(e.key, []):
            where = ", ".join(x for x in (p.source, (p.date or "")[:10]) if x)
            lines.append(f"    [{p.id}] {p.title or p.lead[:80]}" + (f" ({where})" if where else ""))
    if found.others:
        lines.append("")
        lines.append("Next stories on these words:")
        lines.extend(f"    {k}  {t}  ({s:.2f})" for k, t, s in found.others)
    return "\n".join(lines) + "\n"
