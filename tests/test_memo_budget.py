"""The memo budget on made-up events: which are briefed in full, what a one-line
event says, the word budget, and how every format shows the two kinds."""

from __future__ import annotations

import json
from dataclasses import replace

from briefing.brief import build_briefs, build_memo, plan_memo
from briefing.brief.budget import HEADINGS_WORDS, SUMMARY_WORDS, UNLISTED_WORDS, brief_words, fit_lines, rank_events
from briefing.records import Article, Event
from briefing.render import render_text

from events_helpers import FirstSentences


def _article(aid: str, title: str, text: str, date: str = "2020-06-18", source: str = "site") -> Article:
    return Article(aid, text, title=title, source=source, date=date)


STORY = (
    "Le Conseil constitutionnel a censuré jeudi le cœur de la loi contre la haine en ligne. "
    "Les sages ont jugé que l'obligation de retrait en 24 heures portait atteinte à la liberté d'expression. "
    "Le gouvernement a pris acte de la décision et prépare un nouveau texte."
)
ARTICLES = [
    _article("a1", "Haine en ligne: la loi censurée", STORY),
    _article("a2", "Haine en ligne: la loi censurée", STORY),  # the same text under another address
    _article("b1", "Tempête sur la côte bretonne", "Une tempête a balayé jeudi la côte bretonne. Des milliers de foyers sont privés d'électricité depuis la nuit."),
    _article("b2", "Les Bretons privés de courant", "Des milliers de foyers bretons sont privés d'électricité après la tempête de jeudi. Les équipes travaillent à rétablir le courant."),
    _article("c1", "Un record de chaleur à Séville", "Séville a connu jeudi la journée la plus chaude de son histoire. Le thermomètre a atteint 46 degrés en fin d'après-midi.", date="2020-06-17"),
    _article("d1", "Un musée rouvre ses portes à Lyon", "Le musée des Confluences a rouvert ses portes jeudi après trois mois de fermeture. Les visiteurs doivent réserver leur créneau à l'avance."),
]
EVENTS = [Event("E1", ("c1",)), Event("E2", ("a1", "a2"), ("E4",)), Event("E3", ("b1", "b2")), Event("E4", ("d1",), ("E2",))]


def test_events_rank_by_distinct_sources_then_recency_and_are_renamed():
    ranked = rank_events(EVENTS, ARTICLES)
    # Two distinct reports beat one text under two addresses; a 17 June event comes after 18 June ones.
    assert [e.article_ids for e in ranked] == [("b1", "b2"), ("a1", "a2"), ("d1",), ("c1",)]
    assert [e.id for e in ranked] == ["E1", "E2", "E3", "E4"]
    assert ranked[1].related == ("E3",) and ranked[2].related == ("E2",)  # links follow the new names


def test_plan_picks_the_first_events_and_one_line_ones_need_no_summary():
    plan = plan_memo(EVENTS, ARTICLES, max_events=2)
    assert plan.detailed == {"E1", "E2"}

    class Counting(FirstSentences):
        calls = 0

        def summarise(self, articles, max_words, sentences=None):
            Counting.calls += 1
            return super().summarise(articles, max_words, sentences)

    briefs = build_briefs(list(plan.events), ARTICLES, Counting(), detailed=plan.detailed)
    assert Counting.calls == 2  # only the events briefed in full are summarised
    assert [b.detailed for b in briefs] == [True, True, False, False]
    line = briefs[2]
    assert line.title == "Un musée rouvre ses portes à Lyon"  # the source's own headline
    assert line.lead.startswith("Le musée des Confluences a rouvert ses portes jeudi")
    assert line.lead.endswith("[d1]") and line.key_points == () and line.figures == ()


def test_one_line_skips_a_sentence_that_only_repeats_the_headline():
    echo = _article("e1", "Le musée des Confluences rouvre ses portes", "Le musée des Confluences rouvre ses portes. Les visiteurs doivent réserver leur créneau à l'avance sur le site.")
    (line,) = build_briefs([Event("E1", ("e1",))], [echo], FirstSentences(), detailed=set())
    assert line.lead.startswith("Les visiteurs doivent réserver")


def test_one_line_passes_over_a_sentence_that_leans_on_the_one_before():
    text = (
        "Des traitements et des vaccins sont à l'essai partout. De l'autre, une centaine de vaccins en projet. "
        "L'Organisation mondiale de la santé recense 140 essais cliniques en cours."
    )
    story = _article("v1", "Des traitements et des vaccins sont à l'essai partout", text)
    (line,) = build_briefs([Event("E1", ("v1",))], [story], FirstSentences(), detailed=set())
    assert line.lead.startswith("L'Organisation mondiale de la santé recense")


def test_the_word_budget_keeps_sentences_for_the_first_lines_only():
    plan = plan_memo(EVENTS, ARTICLES, max_events=1)
    briefs = build_briefs(list(plan.events), ARTICLES, FirstSentences(), detailed=plan.detailed)
    everything = HEADINGS_WORDS + SUMMARY_WORDS + sum(brief_words(b) for b in briefs)
    fitted = fit_lines(briefs, budget=everything - 12)  # less than the last line's sentence short
    assert [b.lead.startswith("[") for b in fitted if not b.detailed] == [False, False, True]
    assert fitted[-1].lead == "[c1]"  # headline and citations stay


def test_lines_past_the_budget_even_bare_are_counted_not_listed_and_json_keeps_them():
    plan = plan_memo(EVENTS, ARTICLES, max_events=1)
    briefs = build_briefs(list(plan.events), ARTICLES, FirstSentences(), detailed=plan.detailed)
    briefs += [replace(briefs[3], event_id=f"E{n}") for n in range(5, 9)]  # a longer tail of one-line events
    # Room for the full brief, E2's bare line and the counting line, not for E3's.
    e2_bare = replace(briefs[1], lead="".join(f"[{i}]" for i in briefs[1].sources))
    budget = HEADINGS_WORDS + SUMMARY_WORDS + brief_words(briefs[0]) + brief_words(e2_bare) + UNLISTED_WORDS
    fitted = fit_lines(briefs, budget=budget)
    fitted[0] = replace(fitted[0], related=("E2", "E5"))  # E5 will not be listed
    assert [b.listed for b in fitted] == [True, True] + [False] * 6  # memo order: the last ones go
    assert fitted[3].lead == "".join(f"[{i}]" for i in briefs[3].sources)  # the JSON keeps headline and sources
    memo = build_memo(fitted, ARTICLES, today="2020-06-19")
    md = render_text(memo, "md")
    assert "E2." in md and "E3." not in md.split("## Sources")[0]
    assert "6 autres événements, moins repris, ne sont pas listés ici" in md
    assert "6 autres événements" in render_text(memo, "text")
    data = json.loads(render_text(memo, "json"))
    assert [e["listed"] for e in data["events"]] == [True, True] + [False] * 6
    assert data["events"][0]["related"] == ["E2", "E5"] and "(#e5)" not in md and "(#e2)" in md  # no link to a line not there
    assert data["events"][3]["title"] == briefs[3].title
    # Within the budget nothing changes: every line listed, no counting line.
    assert all(b.listed for b in fit_lines(briefs)) and "pas listés" not in render_text(build_memo(fit_lines(briefs), ARTICLES), "md")


def test_every_format_shows_full_events_then_one_line_events():
    plan = plan_memo(EVENTS, ARTICLES, max_events=2)
    briefs = build_briefs(list(plan.events), ARTICLES, FirstSentences(), detailed=plan.detailed)
    memo = build_memo(briefs, ARTICLES, today="2020-06-19")
    data = json.loads(render_text(memo, "json"))
    assert [(e["id"], e["detailed"]) for e in data["events"]] == [("E1", True), ("E2", True), ("E3", False), ("E4", False)]
    md = render_text(memo, "md")
    assert md.index("## Événements") < md.index("## Autres événements") < md.index("## Sources")
    assert "**E3. Un musée rouvre ses portes à Lyon** — Le musée" in md
    text = render_text(memo, "text")
    assert "Autres événements" in text and "E4. Un record de chaleur à Séville — Séville" in text
    # Only the events briefed in full have table rows.
    assert {row["event"] for row in data["timeline"]} <= {"E1", "E2"}


def test_a_memo_of_one_day_is_titled_by_that_day_and_its_summary_drops_the_date():
    same_day = [a for a in ARTICLES if a.id != "c1"]
    events = [e for e in EVENTS if "c1" not in e.article_ids]
    plan = plan_memo(events, same_day, max_events=2)
    memo = build_memo(build_briefs(list(plan.events), same_day, FirstSentences(), detailed=plan.detailed), same_day)
    assert memo.title == "Note de synthèse — 18 juin 2020"
    assert memo.period == ("2020-06-18",)
    assert "Le 18 juin 2020," not in memo.executive_summary
    assert memo.timeline == ()
    about = build_memo(memo.briefs, same_day, about="la tempête en Bretagne")
    assert about.title == "Note de synthèse : la tempête en Bretagne" and about.subject == "la tempête en Bretagne"


def test_a_verb_phrase_or_a_day_is_never_the_memo_title():
    texts = [
        ("x1", "Réforme des retraites", "Le gouvernement a annoncé jeudi une réforme des retraites pour l'automne."),
        ("x2", "Nouveau stade à Nantes", "La mairie a annoncé jeudi la construction d'un nouveau stade à Nantes."),
        ("x3", "Plan vélo en Alsace", "La région a annoncé jeudi un plan vélo de grande ampleur en Alsace."),
    ]
    articles = [_article(i, t, x) for i, t, x in texts]
    events = [Event(f"E{n + 1}", (a.id,)) for n, a in enumerate(articles)]
    memo = build_memo(build_briefs(events, articles, FirstSentences()), articles)
    assert "jeudi" not in memo.title and "annoncé" not in memo.title
    assert memo.title == "Note de synthèse — 18 juin 2020"
