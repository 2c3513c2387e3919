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
