"""brief.verify: a page is cited for a claim only where it states it."""

from __future__ import annotations

import json

from briefing.brief.evidence import Claim, Page
from briefing.brief.verify import verify_brief, verify_briefs
from briefing.records import Actor, Article, Brief, KeyFigure, KeyPoint
from briefing.render.json import render_json

MINERS_113 = Article(
    "a",
    "Les corps de 113 mineurs ont été extraits jeudi de la mine effondrée, selon les secours.\n\n"
    "Le ministre des Mines, Jean Dupont, s'est rendu sur place.",
)
MINERS_160 = Article(
    "b",
    "Plus de 160 mineurs ont été tués jeudi dans l'effondrement d'une mine de jade en Birmanie.\n\n"
    "Les recherches se poursuivent dans la boue.",
)
MINERS_COPY = Article(
    "c",
    "Glissement de terrain.\n\nPlus de 160 mineurs ont été tués jeudi dans l'effondrement d'une mine de jade en "
    "Birmanie. Les secours fouillent la boue.",
)
MINERS_OTHER_WORDS = Article(
    "d",
    "En Birmanie, l'effondrement jeudi d'une mine de jade a tué plus de 160 mineurs, selon la police.",
)


def _pages(*articles: Article) -> dict[str, Page]:
    return {a.id: Page(a) for a in articles}


def _brief(lead: str, points: tuple[KeyPoint, ...] = (), detailed: bool = True, **more) -> Brief:
    sources = more.pop("sources", ("a", "b", "c", "d"))
    return Brief("E1", "Mine", None, lead, points, sources, detailed=detailed, **more)


def test_a_topical_neighbour_with_another_toll_is_not_cited():
    pages = _pages(MINERS_113, MINERS_160, MINERS_COPY, MINERS_OTHER_WORDS)
    claim = Claim("Plus de 160 mineurs ont été tués jeudi dans l'effondrement d'une mine de jade en Birmanie.")
    assert pages["a"].states(claim) is None  # same story, another figure
    assert pages["b"].states(claim).exact
    assert pages["c"].states(claim).exact  # a copy of the dispatch says it in the same words
    paraphrase = pages["d"].states(claim)
    assert paraphrase is not None and not paraphrase.exact  # same numbers, place, day and most words


def test_a_paraphrase_must_keep_the_place_and_the_day():
    page = Page(Article("x", "Pékin a menacé mercredi les Etats-Unis de représailles après un vote du Congrès."))
    assert page.states(Claim("Pékin a menacé jeudi le Royaume-Uni de représailles après un vote.")) is None
    assert page.states(Claim("Pékin a menacé mercredi les Etats-Unis de représailles.")) is not None


def test_a_cut_claim_is_stated_by_the_sentence_it_was_cut_from():
    page = Page(MINERS_160)
    found = page.states(Claim("Plus de 160 mineurs ont été tués … en Birmanie."))
    assert found is not None and found.exact
    assert MINERS_160.text[found.start : found.end].startswith("Plus de 160 mineurs")
    assert found.quote == MINERS_160.text[found.start : found.end]


def test_one_line_cites_only_the_pages_that_state_its_sentence_and_keeps_the_event_sources():
    line = "Plus de 160 mineurs ont été tués jeudi dans l'effondrement d'une mine de jade en Birmanie. [a][b][c][d]"
    brief = verify_brief(_brief(line, detailed=False), _pages(MINERS_113, MINERS_160, MINERS_COPY, MINERS_OTHER_WORDS))
    assert brief.lead.endswith("[b][c][d]") and "[a]" not in brief.lead
    assert [e.source for e in brief.lead_evidence] == ["b", "c", "d"]
    assert brief.sources == ("a", "b", "c", "d")  # the event keeps every page, shown once with it


def test_a_point_no_page_states_goes_and_the_lead_gives_way_to_a_point_that_stands():
    invented = KeyPoint("Le gouvernement a décrété trois jours de deuil national après la catastrophe.", ("a", "b"))
    stated = KeyPoint("Le ministre des Mines, Jean Dupont, s'est rendu sur place.", ("a", "b", "c"))
    brief = _brief("Un séisme a frappé la capitale mardi. [b]", (invented, stated))
    out = verify_brief(brief, _pages(MINERS_113, MINERS_160, MINERS_COPY, MINERS_OTHER_WORDS))
    assert out.lead == "Le ministre des Mines, Jean Dupont, s'est rendu sur place. [a]"
    assert out.key_points == ()


def test_a_listed_role_goes_to_the_name_before_it():
    text = (
        "Richard Ferrand, président de l'Assemblée nationale, Gérard Larcher, président du Sénat, et Patrick "
        "Bernasconi, président du Conseil économique, social et environnemental, ont été reçus."
    )
    pages = _pages(Article("p", text))
    actors = (
        Actor("Gérard Larcher", "président de l'Assemblée nationale", ("p",)),
        Actor("Gérard Larcher", "président du Sénat", ("p",)),
        Actor("Richard Ferrand", "président de l'Assemblée nationale", ("p",)),
        Actor("Patrick Bernasconi", "président du Conseil économique, social et environnemental", ("p",)),
    )
    out = verify_brief(_brief("", actors=actors, sources=("p",)), pages)
    assert [(a.name, a.role) for a in out.actors] == [(a.name, a.role) for a in actors[1:]]
    assert all(a.evidence and a.evidence[0].source == "p" for a in out.actors)


def test_a_role_before_the_name_counts_when_it_is_nobody_elses():
    pages = _pages(Article("p", "Le ministre de la Santé, Amine Tahraoui, a reçu la délégation."))
    actor = Actor("Amine Tahraoui", "ministre de la Santé", ("p",))
    assert verify_brief(_brief("", actors=(actor,), sources=("p",)), pages).actors[0].sources == ("p",)


def test_a_figure_whose_phrase_its_source_does_not_give_goes():
    pages = _pages(MINERS_113)
    kept = KeyFigure("113", "mineurs", "Les corps de 113 mineurs ont été extraits", "a")
    invented = KeyFigure("160", "mineurs", "Plus de 160 mineurs ont été tués", "a")
    out = verify_brief(_brief("", figures=(kept, invented), sources=("a",)), pages)
    assert [f.value for f in out.figures] == ["113"]
    assert MINERS_113.text[out.figures[0].evidence[0].start :].startswith("Les corps de 113")


def test_the_json_memo_says_where_each_cited_page_states_each_point():
    from briefing.brief import build_memo

    point = KeyPoint("Les recherches se poursuivent dans la boue.", ("a", "b"))
    line = "Plus de 160 mineurs ont été tués jeudi dans l'effondrement d'une mine de jade en Birmanie. [a][b]"
    briefs = verify_briefs([_brief(line, (point,), sources=("a", "b"))], [MINERS_113, MINERS_160])
    event = json.loads(render_json(build_memo(briefs, [MINERS_113, MINERS_160], today="2020-07-02")))["events"][0]
    assert event["key_points"][0]["sources"] == ["b"]
    where = event["key_points"][0]["evidence"][0]
    assert where["source"] == "b" and where["match"] == "exact"
    assert MINERS_160.text[where["start"] : where["end"]] == where["quote"] == "Les recherches se poursuivent dans la boue."
    assert [e["source"] for e in event["lead_evidence"]] == ["b"]


def test_a_page_that_reports_another_act_does_not_state_the_claim():
    page = Page(Article("x", "Les députés examinent mercredi le projet de loi organisant la sortie de l'état d'urgence sanitaire."))
    assert page.states(Claim("L'Assemblée a voté mercredi le projet de loi organisant la sortie de l'état d'urgence.")) is None
    voted = Page(Article("y", "Les députés ont voté mercredi le projet de loi organisant la sortie de l'état d'urgence sanitaire."))
    assert voted.states(Claim("L'Assemblée a voté mercredi le projet de loi organisant la sortie de l'état d'urgence.")) is not None


def test_m_x_is_checked_in_the_page_words_and_shown_with_the_full_name():
    pages = _pages(Article("a", "Le député Gilles Le Gendre a démissionné. M. Le Gendre a quitté la présidence du groupe mardi."))
    point = KeyPoint("M. Le Gendre a quitté la présidence du groupe mardi.", ("a",))
    out = verify_brief(_brief("", (point,), sources=("a",)), pages)
    assert out.key_points[0].text == "Gilles Le Gendre a quitté la présidence du groupe mardi."
    assert out.key_points[0].evidence[0].quote == "M. Le Gendre a quitté la présidence du groupe mardi."


def test_a_figure_in_two_parts_is_each_part_its_source_words():
    page = _pages(Article("s", "La production locale couvrait 80 % des besoins. Ce chiffre est tombé à 52 % en 2024."))
    both = KeyFigure("52", "%", "La production locale couvrait 80 % des besoins → Ce chiffre est tombé à 52 %", "s")
    wrong = KeyFigure("52", "%", "La production locale couvrait 90 % des besoins → Ce chiffre est tombé à 52 %", "s")
    out = verify_brief(_brief("", figures=(both, wrong), sources=("s",)), page)
    assert [f.measure for f in out.figures] == [both.measure]
