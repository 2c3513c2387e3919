"""The seeds' memo: four events, the WHO visit merged, the two agreements
related, figures and actors from the text, every point cited, every number
found in a cited source."""

from __future__ import annotations

import re

import pytest

from briefing.brief import build_briefs, build_memo, dates
from briefing.events import group_articles
from briefing.records import Memo
from briefing.summarise.extractive import ExtractiveSummariser

from events_helpers import FirstSentences, seed_articles

MONTHS = "janvier,février,mars,avril,mai,juin,juillet,août,septembre,octobre,novembre,décembre".split(",")
_NUMBER = re.compile(r"\d+")
_CITES = re.compile(r"\[([^\[\]]+)\]")


def _summariser(kind: str):
    if kind == "first-sentences":
        return FirstSentences()
    return ExtractiveSummariser()


@pytest.fixture(scope="module", params=["first-sentences", "extractive"])
def seeds(request):
    articles = seed_articles()
    events = group_articles(articles)
    briefs = build_briefs(events, articles, _summariser(request.param), max_words=90)
    memo = build_memo(briefs, articles, today="2026-03-01", notes=("summariser: test",))
    return {a.id: a for a in articles}, memo


def _by_sources(memo: Memo):
    return {tuple(sorted(b.sources)): b for b in memo.briefs}


def test_four_events_with_the_who_visit_merged(seeds):
    _, memo = seeds
    assert sorted(_by_sources(memo)) == [("000", "001"), ("002",), ("003",), ("004",)]
    assert [b.event_id for b in memo.briefs] == ["E1", "E2", "E3", "E4"]
    assert memo.briefs[0].sources == ("000", "001")  # most sources first


def test_agreements_of_2021_and_2026_are_related(seeds):
    _, memo = seeds
    briefs = _by_sources(memo)
    assert briefs[("003",)].related == (briefs[("004",)].event_id,)
    assert briefs[("004",)].related == (briefs[("003",)].event_id,)


def test_figures_and_actors_come_from_the_text(seeds):
    _, memo = seeds
    briefs = _by_sources(memo)
    panel = {(f.value, f.unit) for f in briefs[("002",)].figures}
    assert {("80", "%"), ("52", "%")} <= panel
    imports = [f for f in briefs[("004",)].figures if f.value == "90"]
    assert imports and "importations" in imports[0].measure
    actors = {a.name: a for a in briefs[("000", "001")].actors}
    assert actors["Samir Ahid"].role.startswith("directeur de l’Agence marocaine du médicament")
    assert actors["Hanane Hassan Balkhi"].sources == ("000", "001")
    assert "Amine Tahraoui" in actors


def test_every_key_point_is_cited_by_sources_of_its_event(seeds):
    articles, memo = seeds
    for brief in memo.briefs:
        assert brief.lead.rstrip().endswith("]")
        for point in brief.key_points:
            assert point.sources and set(point.sources) <= set(brief.sources)
    who = _by_sources(memo)[("000", "001")]
    assert "[000][001]" in who.lead  # both sources report the meeting: said once, cited twice
    assert 3 <= len(who.key_points) <= 5  # a merged event draws on both sources
    for i in ("000", "001"):  # each source words at least one point
        assert any(p.text.rstrip("…") in " ".join(articles[i].text.split()) for p in who.key_points), i
    assert all(not p.text.lstrip().startswith(("-", "•")) for b in memo.briefs for p in b.key_points)


def test_dates_timeline_and_sources_list(seeds):
    _, memo = seeds
    briefs = _by_sources(memo)
    assert briefs[("000", "001")].date == "2025-05-12"
    assert briefs[("004",)].date.startswith("2021-12")
    assert briefs[("003",)].date == "--02-04"  # the year is not in the text: never invented
    dated = [t.date for t in memo.timeline]
    assert dated[-1] == "--02-04" and dated[:-1] == sorted(dated[:-1])
    assert [s.id for s in memo.sources] == ["000", "001", "002", "003", "004"]
    assert memo.sources[0].outlet == "pharmacie.ma"
    assert memo.created == "2026-03-01" and memo.notes == ("summariser: test",)


def _numbers(text: str) -> set[str]:
    return {n.lstrip("0") or "0" for n in _NUMBER.findall(text)}


def _check(text: str, ids, articles) -> None:
    source = " ".join(" ".join(filter(None, [articles[i].title, articles[i].date, articles[i].text])) for i in ids)
    missing = _numbers(_CITES.sub("", text)) - _numbers(source)  # citation ids are not claims
    assert not missing, f"{sorted(missing)} in {text[:80]!r} not in sources {ids}"


def test_every_number_in_the_memo_appears_in_a_cited_source(seeds):
    articles, memo = seeds
    for brief in memo.briefs:
        parts = [brief.title, brief.lead] + [p.text for p in brief.key_points]
        parts += [f"{f.value} {f.unit} {f.measure}" for f in brief.figures]
        parts += [f"{a.name} {a.role or ''}" for a in brief.actors]
        parts += [c for d in brief.discrepancies for c, _ in d.claims]
        for part in parts:
            _check(part, brief.sources, articles)
        for figure in brief.figures:
            _check(figure.value, (figure.source,), articles)
    for entry in memo.timeline:
        # As a reader sees it: "4 février", where "--02-04" holds a month, not a claim.
        _check(f"{dates.human(entry.date, MONTHS)} {entry.text}", entry.sources, articles)
    # The opening counts events and sources and spans their pages' publication dates
    # (the protocol signed on 28 December 2021 was reported on the 29th); the rest,
    # one sentence per event, each cited, plus the related pairs by event id.
    opening, rest = memo.executive_summary.split(". ", 1)
    assert opening == "Cette note réunit 4 événements et 5 sources (29 décembre 2021 – 12 mai 2025)"
    sentences = re.split(r"(?<=\]\.)\s+", rest)
    assert sentences[-1] == "Les événements E3 et E4 sont liés."
    assert len(sentences) == 5
    for sentence in sentences[:-1]:
        cited = _CITES.findall(sentence)
        assert cited, sentence
        _check(sentence, cited, articles)
        assert len(sentence.split()) <= 45  # short: a compressed lead, not the whole sentence
