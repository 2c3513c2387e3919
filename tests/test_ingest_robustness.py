"""Cleaning on made-up French pages of varied layouts (tests/ingest_pages/).

Each page is flattened one block per line, like trafilatura's evaluation set;
segments.jsonl lists strings that must survive (`with`) and strings that must
go (`without`), checked as the cleaning benchmark does: a folded-whitespace
substring of the cleaned body. Pages are cleaned one at a time, so no
batch-repetition cue helps.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefing.ingest import clean_documents
from briefing.records import RawDocument

PAGES = Path(__file__).resolve().parent / "ingest_pages"
# Layouts the cleaner does not handle yet, with why; strict, so a fix shows up.
KNOWN_FAILURES: dict[str, str] = {}


def _fold(text: str) -> str:
    return " ".join(text.split())


def _cases() -> list:
    items = [json.loads(line) for line in (PAGES / "segments.jsonl").read_text().splitlines() if line]
    return [
        pytest.param(
            item,
            id=f"{item['id']}-{item['layout'].replace(' ', '-')}",
            marks=[pytest.mark.xfail(strict=True, reason=KNOWN_FAILURES[item["id"]])]
            if item["id"] in KNOWN_FAILURES else [],
        )
        for item in items
    ]


@pytest.mark.parametrize("item", _cases())
def test_page_keeps_article_and_drops_chrome(item: dict) -> None:
    raw = (PAGES / f"{item['id']}.txt").read_text(encoding="utf-8")
    (article,) = clean_documents([RawDocument(id=item["id"], text=raw)])
    text = _fold(article.text)
    lost = [s for s in item["with"] if _fold(s) not in text]
    kept = [s for s in item["without"] if _fold(s) in text]
    assert not lost and not kept, f"lost {lost}; kept {kept}"


@pytest.mark.parametrize(
    ("page", "title", "date", "author", "source"),
    [
        ("rb01", "« Nous devons reconstruire la confiance avec les agriculteurs »", "2024-03-14",
         "Hélène Marchetti", "Le Courrier du Centre"),
        ("rb03", "Le maire de Pontcarré démissionne après vingt ans de mandat", "2024-04-08", "Julien Sarda",
         "La Gazette de Seine-et-Marne"),
        ("rb04", "Sécheresse : les nappes phréatiques sous surveillance dans le Sud-Ouest", "2023-06-21",
         "Claire Vasseur", "Le Journal de l'Environnement"),
        ("rb07", "Solvéa inaugure sa nouvelle usine de recyclage de batteries à Douai", "2023-09-12", None, None),
        ("rb11", "Basket : Limoges renverse Monaco au terme d'un match fou", "2024-03-19", "Romain Texier",
         "Sport Centre"),
    ],
)
def test_page_metadata(page: str, title: str, date: str, author: str | None, source: str | None) -> None:
    """The head of each layout: a press release's "Douai, le ..." names a place, not an author;
    rb11's headline also closes a most-read list right above its byline."""
    raw = (PAGES / f"{page}.txt").read_text(encoding="utf-8")
    (article,) = clean_documents([RawDocument(id=page, text=raw)])
    assert (article.title, article.date, article.author, article.source) == (title, date, author, source)
