"""Spilled articles: texts on disk read back equal, and the stages take them as they take a list."""

from __future__ import annotations

from briefing.brief import build_briefs, plan_memo
from briefing.events import group_articles
from briefing.records import Article
from briefing.spill import SpilledArticles, articles_by_id, without_text

from events_helpers import FirstSentences, HashEmbedder, seed_articles
from test_events_grouping import COPIES, DEATHS, STRIKE, WHO_A, WHO_B

TEXTS = [
    Article("a", "Le ministre a signé l'accord mardi à Rabat.\n\nUne deuxième phrase, « citée » — fin.", title="Accord", date="2020-06-18"),
    Article("b", "نص عربي قصير عن الاتفاق", lang="ar", source="hespress"),
    Article("c", "", note="no article text"),
    Article("d", "Emoji 🎉 and CJK 中文, line\nbreaks\r\n kept.", url="https://example.org/d"),
]


def _spilled(articles, batch=2):
    spilled = SpilledArticles()
    for at in range(0, len(articles), batch):
        spilled.extend(articles[at : at + batch])
    return spilled


def test_spilled_text_read_back_equals_the_original():
    spilled = _spilled(TEXTS)
    assert len(spilled) == 4
    assert list(spilled) == TEXTS  # in order, every field, the text byte for byte
    assert [spilled[k] for k in (3, 0, -1, 1)] == [TEXTS[3], TEXTS[0], TEXTS[-1], TEXTS[1]]  # any order, again
    assert spilled[1:3] == TEXTS[1:3]
    assert all(a.text == "" for a in without_text(spilled))
    assert [a.id for a in without_text(spilled)] == ["a", "b", "c", "d"]


def test_spilled_articles_by_id_and_a_subset():
    spilled = _spilled(TEXTS)
    by_id = articles_by_id(spilled)
    assert by_id["d"] == TEXTS[3] and "c" in by_id and "x" not in by_id and len(by_id) == 4
    subset = spilled.where(["d", "a"])
    assert list(subset) == [TEXTS[0], TEXTS[3]]
    spilled.extend([Article("e", "later")])  # the subset still reads its own texts
    assert list(subset) == [TEXTS[0], TEXTS[3]] and spilled[4].text == "later"


def test_stages_give_the_same_events_and_briefs_from_spilled_articles():
    articles = [WHO_A, WHO_B, STRIKE, *DEATHS, *COPIES, *seed_articles()]
    spilled = _spilled(articles, batch=3)
    events = group_articles(articles, HashEmbedder())
    assert group_articles(spilled, HashEmbedder()) == events
    plan = plan_memo(events, articles, 3)
    assert plan_memo(events, spilled, 3) == plan
    made = build_briefs(list(plan.events), articles, FirstSentences(), 40, detailed=plan.detailed)
    assert build_briefs(list(plan.events), spilled, FirstSentences(), 40, detailed=plan.detailed) == made
