"""The stage commands: clean, summarise, group, translate.

Each reads files, folders or stdin (JSON Lines with --jsonl) and writes the
stage's fields, keeping each input's id.
"""

from __future__ import annotations

import sys
from typing import Annotated, Optional

import typer

from .cli_common import (
    About,
    Backend,
    Beams,
    Debug,
    Inputs,
    Jsonl,
    MaxBytes,
    ModelsDir,
    Quiet,
    Summariser,
    SummaryModel,
    TranslationModels,
    at_least,
    Verbose,
    emit_jsonl,
    examples,
    parse_translation_models,
    handles_errors,
    load_inputs,
    report_failures,
    require_some,
)
from .errors import UsageError
from .settings import DEFAULT_MAX_BYTES, GenerationSettings, Settings


def _clean(inputs, jsonl, max_bytes, keep_input: bool = True, about: str | None = None):
    """Cleaned articles (only those on `about` when given) and the failures."""
    from . import console
    from .pipeline import clean

    docs, failures = load_inputs(inputs, jsonl, max_bytes)
    require_some(docs, failures)
    articles, dropped = clean(docs, keep_input=keep_input)
    for article in articles:
        if keep_input and article.note:
            console.info(f"{article.path or article.id}: {article.note}")
    if about and about.strip() and articles:
        from .select import select_articles

        articles, notes = select_articles(articles, about=about.strip())
        for note in notes:
            console.info(note)
    return articles, list(failures) + list(dropped)


def _text_block(header: str, body: str) -> None:
    sys.stdout.write(f"== {header}\n{body.strip()}\n\n")


def clean(
    inputs: Inputs = None, jsonl: Jsonl = False, max_bytes: MaxBytes = DEFAULT_MAX_BYTES,
    quiet: Quiet = False, verbose: Verbose = False, debug: Debug = False,
) -> int:
    """Clean pages: article text and metadata.

    Drops menus, tickers, share bars, disclaimers and comment boxes; finds the
    title, outlet, date, author and language. A page with no article text left
    is kept, with a "note" saying so.
    """
    articles, failures = _clean(inputs, jsonl, max_bytes, keep_input=False)
    if jsonl:
        emit_jsonl(
            [
                {"id": a.id, "title": a.title, "date": a.date, "event_date": a.event_date,
                 "source": a.source, "author": a.author, "lang": a.lang, "text": a.text}
                | ({"note": a.note} if a.note else {})
                for a in articles
            ]
        )
    else:
        for a in articles:
            meta = " | ".join(x for x in (a.title, a.source, a.date, a.author, a.lang) if x)
            _text_block(f"{a.id}  {meta}", a.text or f"({a.note})")
    return report_failures(failures, len(articles))


def summarise(
    inputs: Inputs = None, jsonl: Jsonl = False,
    max_words: Annotated[int, typer.Option("--max-words", metavar="N", help="Words in each summary.", callback=at_least(5))] = 40,
    sentences: Annotated[
        Optional[int],
        typer.Option("--sentences", metavar="N", help="A number of sentences instead of a word budget.", callback=at_least(1), show_default=False),
    ] = None,
    summariser: Summariser = "auto",
    summary_model: SummaryModel = None,
    about: About = None,
    models_dir: ModelsDir = None, max_bytes: MaxBytes = DEFAULT_MAX_BYTES,
    quiet: Quiet = False, verbose: Verbose = False, debug: Debug = False,
) -> int:
    """Summarise each article in French."""
    from . import console
    from .summarise import make_summariser, summarise_each

    settings = Settings(max_words=max_words, sentences=sentences, summariser=summariser,
                        summary_model=summary_model, models_dir=models_dir)
    chosen, note = make_summariser(settings)  # fails fast on a missing model, before reading
    articles, failures = _clean(inputs, jsonl, max_bytes, about=about)
    console.warn(f"summariser: {note}")
    # Summaries stream out batch by batch, so a long --jsonl run shows results as it goes.
    for article, summary in zip(articles, summarise_each(articles, chosen, max_words, sentences)):
        if jsonl:
            emit_jsonl([{"id": article.id, "summary": summary.text}])
        else:
            _text_block(f"{article.id}  {article.title or ''}".rstrip(), summary.text)
    return report_failures(failures, len(articles))


def group(
    inputs: Inputs = None, jsonl: Jsonl = False, about: About = None, max_bytes: MaxBytes = DEFAULT_MAX_BYTES,
    quiet: Quiet = False, verbose: Verbose = False, debug: Debug = False,
) -> int:
    """Tell which inputs report the same event (only those on a subject with --about)."""
    from . import pipeline

    articles, failures = _clean(inputs, jsonl, max_bytes)
    events = pipeline.group(articles)
    if about and about.strip():
        from . import console
        from .select import on_subject

        events, articles, notes = on_subject(events, articles, about.strip())
        for note in notes:
            console.info(note)
    event_of = {aid: e.id for e in events for aid in e.article_ids}
    if jsonl:
        emit_jsonl([{"id": a.id, "event": event_of[a.id]} for a in articles])
    else:
        # An untitled article is shown by its opening words.
        titles = {a.id: a.title or " ".join(a.text.split()[:12]) + " …" for a in articles}
        for e in events:
            related = f"  (related: {', '.join(e.related)})" if e.related else ""
            sys.stdout.write(f"{e.id}: {' '.join(e.article_ids)}{related}\n")
            for aid in e.article_ids:
                sys.stdout.write(f"    {aid}  {titles[aid]}\n")
    return report_failures(failures, len(articles))


def translate(
    inputs: Inputs = None, jsonl: Jsonl = False,
    to: Annotated[str, typer.Option("--to", metavar="LANG", help="Target language: en or ar.")] = "en",
    translation_model: TranslationModels = None,
    backend: Backend = "auto",
    beams: Beams = 4,
    models_dir: ModelsDir = None, max_bytes: MaxBytes = DEFAULT_MAX_BYTES,
    quiet: Quiet = False, verbose: Verbose = False, debug: Debug = False,
) -> int:
    """Translate French text to English or Arabic.

    The text is translated as given (no cleaning), sentence by sentence.
    """
    from .cli_common import load_inputs
    from .translate import load_translator

    if to not in ("en", "ar"):
        raise UsageError("--to takes en or ar")
    general_model, per_language_models = parse_translation_models(translation_model)
    settings = Settings(languages=(to,), translation_model=general_model, translation_models=per_language_models,
                        translation_backend=backend,
                        generation=GenerationSettings(num_beams=beams), models_dir=models_dir)
    translator = load_translator(to, settings)  # fails fast, before reading
    docs, failures = load_inputs(inputs, jsonl, max_bytes)
    require_some(docs, failures)
    translations = translator.translate([d.text for d in docs])
    if jsonl:
        emit_jsonl([{"id": d.id, "translation": t} for d, t in zip(docs, translations)])
    else:
        for d, t in zip(docs, translations):
            _text_block(d.id, t)
    return report_failures(failures, len(docs))


EXAMPLES = {
    clean: examples("briefing clean seeds/", "briefing clean page.html --jsonl", "cat lines.jsonl | briefing clean --jsonl"),
    summarise: examples("briefing summarise seeds/ --max-words 30", 'briefing summarise crawl/ --about "Vera Lynn"',
                        "cat articles.jsonl | briefing summarise --jsonl > summaries.jsonl"),
    group: examples("briefing group seeds/", "cat headlines.jsonl | briefing group --jsonl",
                    'briefing group crawl/ --about "tensions à Dijon"'),
    translate: examples("briefing translate article.txt --to en",
                        "cat fr.jsonl | briefing translate --jsonl --to ar --translation-model ./opus-mt-fr-ar"),
}


def register(app: typer.Typer) -> None:
    for command, epilog in EXAMPLES.items():
        app.command(epilog=epilog)(handles_errors(command))
