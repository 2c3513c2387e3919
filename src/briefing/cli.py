"""The `briefing` command line: options → settings → pipeline → renderer.

Thin on purpose: the stages live in their own modules and the heavy libraries
are imported inside the commands, so `briefing --help` stays fast.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Annotated, Optional

import typer

from . import console
from .cli_common import (
    About, Backend, Beams, Cluster, Connections, Debug, Feeds, Inputs, SavePages, Sitemaps, Timeout, MaxBytes, ModelsDir, Quiet, Summariser, SummaryModel, TranslationModels, Verbose,
    Workers, at_least, examples, handles_errors, parse_period, parse_today, parse_translation_models,
)
from .errors import EXIT_OK, UsageError
from .settings import DEFAULT_MAX_BYTES, DEFAULT_MAX_EVENTS, GenerationSettings, Settings, default_output_dir

app = typer.Typer(
    name="briefing",
    help="Turn raw French news pages into a cited policy memo (French, English, Arabic), offline.",
    no_args_is_help=True,
    add_completion=False,
    epilog=(
        "Examples:\n\n\b\n  briefing run                     # seeds/ → outputs/memo.docx, outputs/memo.md\n"
        "  briefing run pages/ --to en -o memo.docx\n  briefing COMMAND --help          # options and examples of a command"
    ),
    # Plain click help: rendering it through rich doubles `briefing --help`'s time.
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)

LANGUAGES = ("fr", "en", "ar")

RUN_EXAMPLES = examples(
    "briefing run                                  # seeds/ → outputs/memo.docx, outputs/memo.md",
    "briefing run pages/ --to en -o memo.docx      # an English Word memo",
    "briefing run seeds/ -o - --format json | jq .events",
    "briefing run seeds/ --to fr --to ar -o out/   # a French and an Arabic memo",
    "briefing run mixed/ --to ar --no-translation  # an Arabic memo from the Arabic pages, the rest marked, no model",
    "briefing run crawl/ --max-events 5            # five events in full, the rest one line each",
    "briefing run pages/ --today 2026-03-01 -o memo.md  # the same memo, byte for byte, on any day",
    'briefing run crawl/ --about "loi Avia" --since 2020-06-18 -o avia.docx',
    "briefing run day2/ --store desk.db           # new / update / follow-up against earlier days",
    "briefing run --store desk.db --since 2020-06-15 --until 2020-06-21 -o week.docx   # a week, from the store alone",
    "briefing run --to en --to ar --translation-model en=./opus-mt-fr-en --translation-model ar=./opus-mt-fr-ar",
    "briefing run mixed/ --translation-model ar-fr=./opus-mt-ar-fr   # events with Arabic pages only, translated",
    "briefing run mixed/ --to fr --to en --translation-model ./nllb-200-distilled-600M   # one model, every direction",
    "briefing run https://example.org/a.html https://example.org/b.html   # pages from the web",
    "briefing run --feed https://example.org/rss.xml --since 2026-12-01 --save-pages saved/",
    "briefing run crawl.warc.gz                    # a crawl saved by wget --warc-file, Browsertrix ...",
)


@app.command(epilog=RUN_EXAMPLES)
@handles_errors
def run(
    inputs: Inputs = None,
    to: Annotated[list[str], typer.Option("--to", metavar="LANG", help="Memo language: fr, en or ar (repeatable).")] = ["fr"],
    fmt: Annotated[Optional[str], typer.Option("--format", "-f", metavar="FORMAT", help="docx, md, json or text (also: word, markdown, txt).", show_default=False)] = None,
    output: Annotated[
        Optional[str],
        typer.Option("--output", "-o", metavar="PATH", help="A file (format from its suffix), a folder, or '-' for stdout. Default: outputs/ (or BRIEFING_OUTPUT_DIR).", show_default=False),
    ] = None,
    max_events: Annotated[
        int,
        typer.Option("--max-events", metavar="N", help="Events briefed in full (most sources first); the others get one line each.", callback=at_least(0)),
    ] = DEFAULT_MAX_EVENTS,
    about: About = None,
    since: Annotated[Optional[str], typer.Option("--since", metavar="DATE", help="Only articles dated on or after DATE (YYYY-MM-DD).", show_default=False)] = None,
    until: Annotated[Optional[str], typer.Option("--until", metavar="DATE", help="Only articles dated on or before DATE (YYYY-MM-DD).", show_default=False)] = None,
    max_words: Annotated[int, typer.Option("--max-words", metavar="N", help="Words in each full event's summary.", callback=at_least(5))] = 90,
    summariser: Summariser = "auto",
    summary_model: SummaryModel = None,
    translation_model: TranslationModels = None,
    no_translation: Annotated[
        bool,
        typer.Option("--no-translation", help="No machine translation, no model needed: each memo tells the events it has pages for in its language from them; the others keep their pages' words, marked (\"[fr] ...\"), out of the synthesis."),
    ] = False,
    backend: Backend = "auto",
    beams: Beams = 4,
    template: Annotated[Optional[Path], typer.Option("--template", metavar="FILE", help="A reference .docx whose styles the memo uses.", show_default=False)] = None,
    title: Annotated[Optional[str], typer.Option("--title", metavar="TEXT", help="The memo's title.", show_default=False)] = None,
    today: Annotated[
        Optional[str],
        typer.Option("--today", metavar="DATE", help="The memo's date (YYYY-MM-DD), for identical output on any day; also the day a page's relative date (\"il y a 3 heures\") counts from when the page prints no full date. Default: SOURCE_DATE_EPOCH if set, else today.", show_default=False),
    ] = None,
    models_dir: ModelsDir = None,
    max_bytes: MaxBytes = DEFAULT_MAX_BYTES,
    workers: Workers = None,
    cluster: Cluster = None,
    store: Annotated[
        Optional[str],
        typer.Option("--store", metavar="PATH|URL", envvar="BRIEFING_STORE", show_envvar=False,
                     help="The desk's memory across runs: a SQLite file (created on first use) or a postgresql:// URL (or BRIEFING_STORE). Pages already stored are left out; each event is marked new, update or follow-up. With no INPUT and --since/--until: a memo of that period from the store alone.", show_default=False),
    ] = None,
    feed: Feeds = None,
    sitemap: Sitemaps = None,
    save_pages: SavePages = None,
    connections: Connections = 4,
    timeout: Timeout = 20.0,
    quiet: Quiet = False,
    verbose: Verbose = False,
    debug: Debug = False,
) -> int:
    """Write a policy memo from news pages.

    Cleans each page, groups the articles that report the same event, writes
    one cited brief per event, and renders the memo (optionally translated).
    Each memo tells an event from its pages in the memo's language; an event
    with none is machine translated when a model for that direction is at
    hand (--translation-model SRC-TGT=PATH), else listed with its headline
    marked with its language ("[ar] ...") and kept out of the synthesis.
    """
    from .cli_inputs import open_inputs, report_failures, require_some, source_options
    from .output import plan_destinations

    started = time.perf_counter()
    languages = tuple(dict.fromkeys(to))
    for lang in languages:
        if lang not in LANGUAGES:
            raise UsageError(f"unknown language '{lang}': choose fr, en or ar")
    if backend not in ("auto", "transformers", "ctranslate2"):
        raise UsageError("--backend takes auto, transformers or ctranslate2")
    if template is not None and not template.is_file():
        raise UsageError(f"template not found: {template}")
    general_model, per_language_models = parse_translation_models(translation_model)
    if no_translation and translation_model:
        raise UsageError("--no-translation and --translation-model contradict each other: choose one")
    since, until = parse_period(since, until)
    today = parse_today(today)
    destinations = plan_destinations(output, fmt, languages, default_output_dir())
    if any(d.path is None and d.fmt == "docx" for d in destinations) and sys.stdout.isatty():
        raise UsageError("a .docx memo is binary: write it to a file with -o, or pipe stdout")
    settings = Settings(
        languages=languages,
        event_max_words=max_words,
        summariser=summariser,
        summary_model=summary_model,
        translation_model=general_model,
        translation_models=per_language_models,
        translation_backend=backend,
        machine_translation=not no_translation,
        generation=GenerationSettings(num_beams=beams),
        models_dir=models_dir,
        max_bytes=max_bytes,
        template=template,
        memo_title=title,
        max_events=max_events,
        about=about.strip() if about and about.strip() else None,
        since=since,
        until=until,
        workers=workers,
        cluster=cluster or None,
        store=store or None,
        today=today,
    )
    from . import pipeline

    # No page given, a store and a period: the period's memo from the store alone.
    from_store = not inputs and not feed and not sitemap and bool(store) and bool(since or until)
    if not from_store:
        sources = source_options(feed, sitemap, save_pages, connections, timeout, max_bytes, since, until)
        stream = open_inputs(inputs, jsonl=False, max_bytes=max_bytes, default="seeds", sources=sources)
    with console.progress_bar() as progress:
        if from_store:
            result = pipeline.run_period(settings, progress)
        else:
            result = pipeline.run(stream.items, settings, progress, stream.failures, total=stream.total)
        if result.memos:
            progress("writing", 0, None)  # rendering and writing: a stage of its own at crawl scale
            written = _write_memos(result.memos, destinations, template)
    if not result.memos:
        require_some([], list(result.failures))
    code = report_failures(list(result.failures), len(result.articles))
    first = next(iter(result.memos.values()))
    events = f"{len(first.briefs)} ({len(first.detailed)} in full)"
    console.run_table(
        [
            ("sources", str(len(result.articles))),
            ("events", events),
            *[("note", n) for n in result.notes],
            ("outputs", ", ".join(written) or "-"),
            ("time", f"{time.perf_counter() - started:.1f} s"),
        ]
    )
    return code


def _write_memos(memos, destinations, template) -> list[str]:
    from .output import write_atomic
    from .render import render_bytes

    written = []
    for dest in destinations:
        data = render_bytes(memos[dest.language], dest.fmt, template)
        if dest.path is None:
            sys.stdout.buffer.write(data)
            sys.stdout.flush()
            written.append("stdout")
        else:
            write_atomic(dest.path, data)
            written.append(str(dest.path))
    return written


def _register_subcommands() -> None:
    from . import cli_models, cli_stages, cli_story, cli_translate

    cli_stages.register(app)
    cli_translate.register(app)
    cli_story.register(app)
    app.add_typer(cli_models.models_app, name="models")


_register_subcommands()


def main() -> None:
    """Console-script entry point."""
    from .cli_common import terminate_as_interrupt

    terminate_as_interrupt()
    try:
        app(prog_name="briefing")
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 2)
        sys.exit(code)
    sys.exit(EXIT_OK)
