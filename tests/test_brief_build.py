"""One event told by two sources that agree on some facts and differ on others."""

from __future__ import annotations

from briefing.brief import build_brief, build_memo
from briefing.records import Article, Event

from events_helpers import FirstSentences

A = Article(
    "a",
    "Le ministre de la Santé, Amine Tahraoui, a inauguré à Fès un nouvel hôpital régional. "
    "L'établissement compte 300 lits et a coûté 500 millions de dirhams selon le ministère.",
    title="Un nouvel hôpital régional inauguré à Fès",
    source="Journal A",
    date="2025-05-12",
)
B = Article(
    "b",
    "Un nouvel hôpital régional a été inauguré à Fès par le ministre de la Santé Amine Tahraoui. "
    "L'établissement compte 350 lits et a coûté 500 millions de dirhams selon le ministère.",
    source="Journal B",
    date="2025-05-13",
)


def brief():
    return build_brief(Event("E1", ("a", "b")), [A, B], FirstSentences(), max_words=60)


def test_agreeing_sentence_is_said_once_and_cites_both():
    b = brief()
    assert b.lead.endswith("[a][b]")
    assert b.title == "Un nouvel hôpital régional inauguré à Fès"
    assert b.sources == ("a", "b")


def test_differing_numbers_and_dates_show_both_with_sources():
    b = brief()
    by_about = {d.about: d.claims for d in b.discrepancies}
    assert by_about["date"] == (("2025-05-12", "a"), ("2025-05-13", "b"))
    beds = [claims for about, claims in by_about.items() if "lits" in about]
    assert beds == [(("300 lits", "a"), ("350 lits", "b"))]
    # Both sources give the same cost: no discrepancy about it.
    assert not any("millions" in claim for claims in by_about.values() for claim, _ in claims)


def test_actor_role_and_figures_with_sources():
    b = brief()
    assert [(x.name, x.role, x.sources) for x in b.actors] == [("Amine Tahraoui", "ministre de la Santé", ("a", "b"))]
    assert {(f.value, f.unit, f.source) for f in b.figures} >= {("300", "lits", "a"), ("350", "lits", "b")}


def test_memo_lists_only_cited_sources_with_outlet_and_date():
    memo = build_memo([brief()], [A, B, Article("z", "Autre chose.")], today="2025-06-01")
    assert [(s.id, s.outlet, s.date) for s in memo.sources] == [("a", "Journal A", "2025-05-12"), ("b", "Journal B", "2025-05-13")]
    assert memo.executive_summary.endswith("[a][b].")
    assert memo.title and memo.language == "fr" and memo.created == "2025-06-01"
    assert [t.event_id for t in memo.timeline] == ["E1"]


def test_generated_sentences_are_kept_not_swapped_for_source_sentences():
    """An abstractive summary's sentences have no place in the source
    (offsets -1): the brief must use their words, not the source sentence
    that happens to share their position number."""
    from briefing.records import Sentence, Summary

    generated = "Le ministre Amine Tahraoui a ouvert à Fès un hôpital régional de 300 lits."

    class Abstractive:
        def summarise(self, articles, max_words, sentences=None):
            sentence = Sentence(generated, -1, -1, 0, "a")
            return Summary(tuple(a.id for a in articles), (sentence,), generated, "abstractive")

    result = build_brief(Event("E1", ("a",)), [A], Abstractive(), max_words=60)
    assert generated in result.lead
    assert not result.lead.endswith(A.text.split(". ")[0] + ". [a]")
