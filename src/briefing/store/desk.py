"""The desk's memory: open a store by path or URL, read what recent runs kept,
write one run's pages, events and memo in one transaction.

One data-access library (SQLAlchemy Core) speaks both dialects: SQLite for a
path (WAL and a busy timeout, so that two runs at once wait rather than fail)
and PostgreSQL through psycopg 3 for a `postgresql://` URL. The store knows
nothing of the CLI: it takes and returns plain records.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Sequence, TypeVar

from ..errors import SetupError
from ..records import StoredEvent, StoredPage

# The tables (schema.py) are imported where used, as SQLAlchemy is: a run whose store a
# forked process serves (forked.py) never imports them itself.

BATCH = 500  # values per IN (...) query: well under SQLite's bound on variables
CONNECT_TIMEOUT_S = 5
BUSY_TIMEOUT_MS = 30_000


class StoreError(SetupError):
    """A store that cannot be opened or read: a one-line message, exit 2."""


@dataclass(frozen=True)
class NewEvent:
    """An event of this run to write: `story` is the stored story it continues, or '' (a story of its own)."""

    id: str  # the memo's id ("E3")
    title: str
    first: str | None
    last: str | None
    status: str
    story: str = ""
    earlier: str = ""  # the stored event's key it continues (update, follow-up), or ''


def store_url(target: str) -> str:
    """A SQLAlchemy URL for a path or a URL ('postgresql://' picks psycopg 3)."""
    if "://" not in target:
        path = Path(target).expanduser()
        if path.is_dir():
            raise StoreError(f"store {target}: is a folder, not a database file")
        if not path.parent.is_dir():
            raise StoreError(f"store {target}: folder {path.parent} does not exist")
        return f"sqlite:///{path.resolve()}"
    scheme, rest = target.split("://", 1)
    if scheme in ("postgresql", "postgres", "postgresql+psycopg"):
        return f"postgresql+psycopg://{rest}"
    if scheme == "sqlite":
        return target
    raise StoreError(f"store {_shown(target)}: unsupported URL scheme '{scheme}' (a file path, sqlite:/// or postgresql://)")


def _shown(target: str) -> str:
    """The URL without its password, for messages."""
    from sqlalchemy.engine import make_url

    try:
        return make_url(target).render_as_string(hide_password=True)
    except Exception:
        return target.split("@")[-1]


def _one_line(exc: BaseException) -> str:
    text = str(getattr(exc, "orig", None) or exc).strip().splitlines()
    return text[0] if text else type(exc).__name__


T = TypeVar("T")


def _one_line_errors(method: Callable[..., T]) -> Callable[..., T]:
    """A database error mid-run (a server gone, a full disk) as a one-line StoreError;
    the transaction it interrupted leaves the store as it was."""

    @functools.wraps(method)
    def wrapped(self: "Store", *args, **kwargs):
        from sqlalchemy.exc import SQLAlchemyError

        try:
            return method(self, *args, **kwargs)
        except SQLAlchemyError as exc:
            raise StoreError(f"store {self.shown}: {method.__name__} failed ({_one_line(exc)})") from None

    return wrapped


class Store:
    def __init__(self, target: str, create: bool = True):
        """Open the store at `target`; `create` False: one that does not exist yet is
        an error (reading the past of a store that was never written), not a new one."""
        from sqlalchemy import create_engine, event
        from sqlalchemy.exc import ArgumentError, NoSuchModuleError

        url = store_url(target)
        self.shown = _shown(target)
        if not create and url.startswith("sqlite:///") and not Path(url[len("sqlite:///"):]).is_file():
            raise StoreError(f"store {target}: no such file (a run with --store writes it)")
        self.create = create
        try:
            if url.startswith("sqlite"):
                self.engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
                event.listen(self.engine, "connect", _sqlite_pragmas)
            else:
                self.engine = create_engine(url, connect_args={"connect_timeout": CONNECT_TIMEOUT_S}, pool_pre_ping=True)
        except (ArgumentError, NoSuchModuleError, ValueError) as exc:
            raise StoreError(f"store {self.shown}: bad URL ({_one_line(exc)})") from None
        self._prepare()

    def _prepare(self) -> None:
        """Create the schema on first use; migrate an older store (schema.MIGRATIONS,
        in the same transaction: killed mid-way, it is as it was); refuse any other."""
        from sqlalchemy import inspect, select, text
        from sqlalchemy.exc import SQLAlchemyError

        from . import schema

        try:
            with self.engine.begin() as conn:
                tables = set(inspect(conn).get_table_names())
                if not tables & set(schema.metadata.tables):
                    if not self.create:
                        raise StoreError(f"store {self.shown}: holds no briefing store yet (a run with --store writes it)")
                    schema.metadata.create_all(conn)
                    conn.execute(schema.meta.insert().values(key="schema_version", value=schema.SCHEMA_VERSION))
                    return
                version = None
                if schema.meta.name in tables:
                    version = conn.execute(select(schema.meta.c.value).where(schema.meta.c.key == "schema_version")).scalar()
                while version in schema.MIGRATIONS:
                    version, columns = schema.MIGRATIONS[version]
                    for table, name in columns:
                        kind = schema.metadata.tables[table].c[name].type.compile(dialect=conn.dialect)
                        conn.execute(text(f"ALTER TABLE {table} ADD COLUMN {name} {kind}"))
                    conn.execute(schema.meta.update().where(schema.meta.c.key == "schema_version").values(value=version))
        except SQLAlchemyError as exc:
            raise StoreError(f"store {self.shown}: cannot open ({_one_line(exc)})") from None
        if version != schema.SCHEMA_VERSION:
            raise StoreError(
                f"store {self.shown}: written by another version of briefing (schema {version or 'unknown'}, "
                f"this version reads {schema.SCHEMA_VERSION}); use a new store"
            )

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @_one_line_errors
    def known(self, pages: Sequence[tuple[str, str, str | None]]) -> set[int]:
        """Indexes of the (content hash, id, path) triples the store already
        holds: the same content, or the same id and path."""
        from sqlalchemy import select, tuple_
        from . import schema

        p = schema.pages
        hashes: set[str] = set()
        places: set[tuple[str, str]] = set()
        with self.engine.connect() as conn:
            for chunk in _chunks([h for h, _, _ in pages]):
                hashes.update(conn.execute(select(p.c.content_hash).where(p.c.content_hash.in_(chunk))).scalars())
            for chunk in _chunks(sorted({(i, path) for _, i, path in pages if path})):
                rows = conn.execute(select(p.c.id, p.c.path).where(tuple_(p.c.id, p.c.path).in_(chunk)))
                places.update((r.id, r.path) for r in rows)
        return {n for n, (h, i, path) in enumerate(pages) if h in hashes or (i, path) in places}

    def ask_recent(self, since: str) -> None:
        """Nothing to do ahead here: recent() reads when called (a forked store reads ahead)."""

    @_one_line_errors
    def recent(self, since: str) -> tuple[list[StoredEvent], list[StoredPage]]:
        """The events whose last page is dated `since` or later, and their pages:
        a date window on an index, never a scan of the whole store."""
        from . import schema

        return self.events_where(schema.events.c.last_date >= since)

    @_one_line_errors
    def events_where(self, *conditions, texts: bool = True) -> tuple[list[StoredEvent], list[StoredPage]]:
        """The events meeting the SQLAlchemy `conditions`, by last date, and their pages;
        `texts` False: the pages without their kept text and term counts (a search reads
        only their leads and vectors: a third of the bytes)."""
        from sqlalchemy import select
        from . import schema

        e, p = schema.events, schema.pages
        columns = [c for c in p.c if texts or c.name not in ("body", "terms")]
        with self.engine.connect() as conn:
            rows = conn.execute(select(e).where(*conditions).order_by(e.c.last_date, e.c.key)).all()
            stored = [
                StoredPage(r.id, r.path, r.content_hash, r.title, r.date, r.event_date, r.outlet, r.lang, r.lead,
                           bytes(r.vector), r.event, getattr(r, "body", None) or "", bytes(getattr(r, "terms", None) or b""))
                for chunk in _chunks([r.key for r in rows])
                for r in conn.execute(select(*columns).where(p.c.event.in_(chunk)).order_by(p.c.row))
            ]
        sources: dict[str, list[str]] = {}
        for page in stored:
            sources.setdefault(page.event, []).append(page.id)
        events = [
            StoredEvent(r.key, r.title, r.first_date, r.last_date, r.story, r.briefed, tuple(sources.get(r.key, ())),
                        r.status, r.earlier or "")
            for r in rows
        ]
        return events, stored

    @_one_line_errors
    def save(self, day: str, created: str, title: str, events: Sequence[NewEvent],
             pages: Sequence[tuple[StoredPage, str]]) -> dict[str, str]:
        """Write one run in one transaction: the memo, its events (key
        '<day>/<id>') and its pages, each (page, event id). Returns the keys by
        event id. A run killed before the commit leaves the store as it was."""
        from sqlalchemy import select
        from . import schema

        with self.engine.begin() as conn:
            memo_id = conn.execute(
                schema.memos.insert().values(day=day, created=created, title=title, events=len(events))
            ).inserted_primary_key[0]
            taken = set(conn.execute(select(schema.events.c.key).where(schema.events.c.key.like(f"{day}/%"))).scalars())
            keys = {}
            for ev in events:
                key = f"{day}/{ev.id}"
                keys[ev.id] = key if key not in taken else f"{key}.{memo_id}"
            if events:
                conn.execute(schema.events.insert(), [
                    {"key": keys[ev.id], "title": ev.title, "first_date": ev.first, "last_date": ev.last,
                     "story": ev.story or keys[ev.id], "status": ev.status, "earlier": ev.earlier or None,
                     "briefed": day, "memo_id": memo_id}
                    for ev in events
                ])
            if pages:
                conn.execute(schema.pages.insert(), [
                    {"id": pg.id, "path": pg.path, "content_hash": pg.content_hash, "title": pg.title, "date": pg.date,
                     "event_date": pg.event_date, "outlet": pg.source, "lang": pg.lang, "lead": pg.lead,
                     "vector": pg.vector, "body": pg.body or None, "terms": pg.terms or None,
                     "event": keys[event_id]}
                    for pg, event_id in pages
                ])
        return keys

    @_one_line_errors
    def counts(self) -> dict[str, int]:
        from sqlalchemy import func, select
        from . import schema

        with self.engine.connect() as conn:
            return {t.name: conn.execute(select(func.count()).select_from(t)).scalar_one()
                    for t in (schema.pages, schema.events, schema.memos)}


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.close()


def _chunks(values: Sequence) -> Iterable[list]:
    for at in range(0, len(values), BATCH):
        yield list(values[at : at + BATCH])
