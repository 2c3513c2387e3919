"""The store's tables, in SQLAlchemy Core: one schema for SQLite and PostgreSQL.

It keeps what a later run needs and nothing more: each page read (its lead,
the lead's vector, the opening of its text and their term counts: what
linking compares), each event
(its pages point at it), each memo written. Dates are ISO text ("2020-06-16"),
which sorts as dates do in both databases.
"""

from __future__ import annotations

from sqlalchemy import Column, ForeignKey, Index, Integer, LargeBinary, MetaData, String, Table, Text

SCHEMA_VERSION = "4"  # raise it with any change of the tables below, with a migration or a refusal
# From a version to the next: the columns of the tables below it adds (table,
# column name), empty on the rows already stored; each database is given the
# column's type in its own words. Version 1 lacked pages.body (linking reads
# those pages' leads); version 2 lacked pages.terms (linking counts them itself);
# version 3 lacked events.earlier (a memo of a period joins an update to its
# story's latest earlier event instead, history.py).
MIGRATIONS = {
    "1": ("2", (("pages", "body"),)),
    "2": ("3", (("pages", "terms"),)),
    "3": ("4", (("events", "earlier"),)),
}

metadata = MetaData()

meta = Table(
    "briefing_meta",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

memos = Table(
    "memos",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("day", String(32), nullable=False),  # the day the memo speaks for (its pages' last date)
    Column("created", String(32), nullable=False),
    Column("title", Text, nullable=False),
    Column("events", Integer, nullable=False),
)

events = Table(
    "events",
    metadata,
    Column("key", String(80), primary_key=True),  # "<day>/<event id>", unique across runs
    Column("title", Text, nullable=False),
    Column("first_date", String(32)),
    Column("last_date", String(32)),
    Column("story", String(80), nullable=False),  # the key of the story's first event
    Column("status", String(16), nullable=False),
    Column("earlier", String(80)),  # the stored event an update or follow-up was linked to ("" or NULL: none)
    Column("briefed", String(32)),  # the day a memo briefed it
    Column("memo_id", Integer, ForeignKey("memos.id"), nullable=False),
    Index("ix_events_last_date", "last_date"),
    Index("ix_events_story", "story"),
)

pages = Table(
    "pages",
    metadata,
    Column("row", Integer, primary_key=True, autoincrement=True),
    Column("id", String(200), nullable=False),
    Column("path", Text),
    Column("content_hash", String(64), nullable=False),  # not unique: one run may hold a page twice under two names
    Column("title", Text),
    Column("date", String(32)),
    Column("event_date", String(32)),
    Column("outlet", Text),
    Column("lang", String(16)),
    Column("lead", Text, nullable=False),
    Column("vector", LargeBinary, nullable=False),
    Column("body", Text),  # the text's first words (continuity.kept_body): no whole page is kept
    Column("terms", LargeBinary),  # the lead's and body's term counts, hashed (events/terms.py)
    Column("event", String(80), ForeignKey("events.key"), nullable=False),
    Index("ix_pages_hash", "content_hash"),
    Index("ix_pages_id_path", "id", "path"),
    Index("ix_pages_event", "event"),
    Index("ix_pages_date", "date"),
)
