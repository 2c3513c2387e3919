"""The stage commands: clean, summarise, group (translate: cli_translate.py).

Each reads files, folders or stdin (JSON Lines with --jsonl) and writes the
stage's fields, keeping each input's id. Inputs go through in batches
(cli_stream.StageRun), and each batch's results are written when it is done.
"""

from __future__ import annotations

import functools
import sys
from typing import Annotated, Optional

import typer

from .cli_common import (
    About,
    Cluster,
    Connections,
    Feeds,
    SavePages,
    Sitemaps,
    Timeout,
    Debug,
    Inputs,
    Jsonl,
    MaxBytes,
    ModelsDir,
    Quiet,
    Summariser,
    SummaryModel,
    Verbose,
    Workers,
    at_least,
    examples,
    handles_errors,
    parse_today,
)
from .cli_inputs import emit_jsonl, source_options
from .cli_stream import StageRun
from .settings import DEFAULT_MAX_BYTES, Settings

# `briefing clean --today`: the day a relative date ("il y a 3 heures") counts from when the page prints no day of its own.
CleanToday = Annotated[
    Optional[str],
    typer.Option("--today", metavar="DATE", show_default=False,
                 help="The day a relative date (\"il y a 3 heures\", \"5 hours ago\") counts from, for a page that "
                      "prints no full date (else the newest day it prints). Default: SOURCE_DATE_EPOCH if set, else today."),
]


def text_block(header: str, body: str) -> None:
    """One input's result in the plain output: a header line, the text, a blank line."""
    sys.stdout.write(f"== {header}\n{body.strip()}\n\n")


def _clean_record(a) -> dict:
    return {"id": a.id} | ({"url": a.url} if a.url else {}) | {"title": a.title, "date": a.date, "event_date": a.event_date,
            "source": a.source, "author": a.author, "lang": a.lang, "text": a.text} | ({"note": a.note} if a.note else {})


def _say_kept(articles) -> None:
    """With --verbose, name each input kept as it came (cleaning left no text)."""
    from . import console

    for article in articles:
        if article.note:
            console.info(f"{article.path or article.id}: {article.note}")


def _cleaned(run: StageRun, stage: str = "cleaning"):
    """Each batch's articles (inputs kept as given when cleaning leaves no
    text), its failures recorded on `run`."""
    from .parallel import tasks

    for articles, dropped in run.batches(tasks.clean_batch, stage=stage):
        run.fail(dropped)
        _say_kept(articles)
        yield articles


def _on_subject(articles, about: str | None):
    """The articles on `about` (all when None), and a note on stderr with --verbose."""
    if not (about and about.strip() and articles):
        return articles
    from . import console
    from .select import select_articles

    articles, notes = select_articles(articles, about=about.strip())
    for note in notes:
        console.info(note)
    return articles


def clean(
    inputs: Inputs = None, jsonl: Jsonl = False, max_bytes: MaxBytes = DEFAULT_MAX_BYTES, workers: Workers = None,
    cluster: Cluster = None, feed: Feeds = None, sitemap: Sitemaps = None, save_pages: SavePages = None, connections: Connections = 4,
    timeout: Timeout = 20.0, today: CleanToday = None, quiet: Quiet = False, verbose: Verbose = False, debug: Debug = False,
) -> int:
    """Clean pages: article text and metadata.

    Drops menus, tickers, share bars, disclaimers and comment boxes; finds the
    title, outlet, date, author and language. A page with no article text left
    is kept, with a "note" saying so. Results stream out batch by batch.
    """
    from .parallel import tasks

    done = 0
    day = parse_today(today)
    sources = source_options(feed, sitemap, save_pages, connections, timeout, max_bytes)
    with StageRun(inputs, jsonl, max_bytes, workers, sources, cluster) as run:
        for articles, dropped in run.batches(functools.partial(tasks.clean_batch, keep_input=False, today=day)):
            run.fail(dropped)
            done += len(articles)
            if jsonl:
                emit_jsonl([_clean_record(a) for a in articles])
                continue
            for a in articles:
                meta = " | ".join(x for x in (a.title, a.source, a.date, a.author, a.lang, a.url) if x)
                text_block(f"{a.id}  {meta}", a.text or f"({a.note})")
            sys.stdout.flush()
    return run.finish(done)


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
    models_dir: ModelsDir = None, max_bytes: MaxBytes = DEFAULT_MAX_BYTES, workers: Workers = None,
    cluster: Cluster = None, quiet: Quiet = False, verbose: Verbose = False, debug: Debug = False,
) -> int:
    """Summarise each article in French.

    Summaries stream out batch by batch; with --about every page is read
    first, since a page's relevance is judged against all the others.
    """
    from . import console
    from .parallel import tasks
    from .summarise import make_summariser, summarise_each

    settings = Settings(max_words=max_words, sentences=sentences, summariser=summariser,
                        summary_model=summary_model, models_dir=models_dir)
    chosen, note = make_summariser(settings, fallback="lead")  # fails fast on a missing model, before reading
    console.warn(f"summariser: {note}")
    done = 0
    with StageRun(inputs, jsonl, max_bytes, workers, cluster=cluster) as run:
        if about and about.strip():
            batches = [_on_subject([a for batch in _cleaned(run) for a in batch], about)]
        elif run.workers.parallel and chosen.name == "extractive":
            batches = None  # each worker cleans and summarises its batch with its own encoder
        else:  # one process, or a seq2seq model too big to load once per worker
            batches = _cleaned(run, stage="summarising")
        if batches is None:
            job = functools.partial(tasks.SummaryJob, max_words=max_words, sentences=sentences)
            results = run.batches(tasks.clean_and_summarise, job, stage="summarising")
        else:
            results = ((list(zip(arts, summarise_each(arts, chosen, max_words, sentences))), []) for arts in batches)
        for pairs, failures in results:
            run.fail(failures)
            _say_kept(article for article, _ in pairs)
            done += len(pairs)
            for article, summary in pairs:
                if jsonl:
                    emit_jsonl([{"id": article.id} | ({"url": article.url} if article.url else {}) | {"summary": summary.text}])
                else:
                    text_block(f"{article.id}  {article.title or ''}".rstrip(), summary.text)
            sys.stdout.flush()
    return run.finish(done)


def group(
    inputs: Inputs = None, jsonl: Jsonl = False, about: About = None, max_bytes: MaxBytes = DEFAULT_MAX_BYTES,
    workers: Workers = None, cluster: Cluster = None, feed: Feeds = None, sitemap: Sitemaps = None,
    save_pages: SavePages = None, connections: Connections = 4, timeout: Timeout = 20.0, quiet: Quiet = False,
    verbose: Verbose = False, debug: Debug = False,
) -> int:
    """Tell which inputs report the same event (only those on a subject with --about)."""
    from . import console, pipeline
    from .parallel.embed import PoolEmbedder

    sources = source_options(feed, sitemap, save_pages, connections, timeout, max_bytes)
    with StageRun(inputs, jsonl, max_bytes, workers, sources, cluster) as run:
        articles = [a for batch in _cleaned(run) for a in batch]
        run.progress("grouping", 0, None)
        embedder = PoolEmbedder(run.workers, rest=True) if run.workers.parallel else None
        events = pipeline.group(articles, embedder, run.workers)
        if about and about.strip():
            from .select import on_subject

            events, articles, notes = on_subject(events, articles, about.strip(), embedder)
            for note in notes:
                console.info(note)
        run.progress("grouping", 1, 1)
    event_of = {aid: e.id for e in events for aid in e.article_ids}
    if jsonl:
        emit_jsonl([{"id": a.id} | ({"url": a.url} if a.url else {}) | {"event": event_of[a.id]} for a in articles])
    else:
        titles = {a.id: a.heading for a in articles}  # an untitled one by its opening words
        for e in events:
            related = f"  (related: {', '.join(e.related)})" if e.related else ""
            sys.stdout.write(f"{e.id}: {' '.join(e.article_ids)}{related}\n")
            for aid in e.article_ids:
                sys.stdout.write(f"    {aid}  {titles[aid]}\n")
    return run.finish(len(articles))


EXAMPLES = {
    clean: examples("briefing clean seeds/", "briefing clean page.html --jsonl", "cat lines.jsonl | briefing clean --jsonl",
                    "briefing clean https://example.org/article.html crawl.warc.gz --jsonl",
                    "briefing clean --feed https://example.org/rss.xml --save-pages saved/"),
    summarise: examples("briefing summarise seeds/ --max-words 30", 'briefing summarise crawl/ --about "Vera Lynn"',
                        "cat articles.jsonl | briefing summarise --jsonl > summaries.jsonl"),
    group: examples("briefing group seeds/", "cat headlines.jsonl | briefing group --jsonl",
                    'briefing group crawl/ --about "tensions à Dijon"'),
}


def register(app: typer.Typer) -> None:
    for command, epilog in EXAMPLES.items():
        app.command(epilog=epilog)(handles_errors(command))
