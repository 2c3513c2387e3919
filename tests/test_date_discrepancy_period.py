"""A date discrepancy only between pages that report one happening; the memo's period is
when its pages were published, not when their events happened."""

from __future__ import annotations

from briefing.brief import build_memo
from briefing.brief.dates import brief_date
from briefing.brief.synthesis import executive_summary, period
from briefing.ingest.event_date import event_date
from briefing.records import Article, Brief

THURSDAY = "2020-06-18"


def page(aid: str, lead: str, published: str = THURSDAY) -> Article:
    body = lead + " Les enquêteurs poursuivent leurs investigations sur place."
    return Article(aid, body, title=f"page {aid}", date=published, event_date=event_date(body, published))


def test_two_leads_giving_one_happening_two_days_are_a_discrepancy() -> None:
    a = page("a", "Un homme de 28 ans a été tué par balles jeudi à Ajaccio, a-t-on appris de sources concordantes.")
    b = page("b", "Un homme de 28 ans a été tué par balles mercredi soir à Ajaccio, selon la police.")
    _, conflict = brief_date([a, b])
    assert conflict is not None and conflict.claims == (("2020-06-18", "a"), ("2020-06-17", "b"))


def test_the_vote_and_the_reactions_to_it_are_two_happenings() -> None:
    vote = page("v", "Les députés ont adopté mercredi la loi sur la sécurité globale.")
    reactions = [
        page(f"r{n}", "Les partis d'opposition ont dénoncé jeudi la loi sur la sécurité globale adoptée la veille.")
        for n in range(3)
    ]
    date, conflict = brief_date([vote, *reactions])
    assert (date, conflict) == (THURSDAY, None)


def test_the_same_action_again_elsewhere_is_another_happening() -> None:
    monday = page("m", "Des centaines de policiers se sont rassemblés lundi à Paris, Lille ou Nancy.")
    again = page("t", "Des centaines de policiers se sont de nouveau rassemblés mercredi à Bobigny et Mulhouse.")
    elsewhere = page("e", "Des centaines de policiers se sont rassemblés mercredi à Bobigny et Mulhouse.")
    assert brief_date([monday, again])[1] is None
    assert brief_date([monday, elsewhere])[1] is None  # no place in common


def test_two_people_speaking_on_two_days_are_two_statements() -> None:
    trump = page("t", "Donald Trump a confirmé lundi vouloir nettement réduire le nombre de soldats américains "
                      "stationnés en Allemagne, utilisant la sécurité européenne comme levier.", "2020-06-16")
    maas = page("m", "La présence de troupes américaines en Allemagne est importante pour la sécurité européenne, "
                     "a déclaré mardi le ministre allemand Heiko Maas, au lendemain de l'annonce de Donald Trump.",
                "2020-06-16")
    assert brief_date([trump, maas])[1] is None


def test_a_page_whose_lead_names_no_day_claims_none() -> None:
    feature = page("f", "Donald Trump aime rudoyer ses alliés, et l'Allemagne plus que les autres.", "2020-06-16")
    news = page("n", "Donald Trump a confirmé lundi vouloir réduire le nombre de soldats en Allemagne.", "2020-06-16")
    assert brief_date([feature, news]) == ("2020-06-15", None)


def _brief(eid: str, date: str | None, sources: tuple[str, ...]) -> Brief:
    return Brief(eid, "titre", date, f"Un fait s'est produit. [{sources[0]}]", (), sources)


def test_the_period_is_the_span_of_publication_dates() -> None:
    # A one-day crawl whose leads recall last Friday's news: the memo's period is that day.
    pages = [Article("a", "x", date=THURSDAY), Article("b", "y", date=THURSDAY)]
    briefs = [_brief("E1", "2020-06-12", ("a",)), _brief("E2", "2020-06-17", ("b",))]
    memo = build_memo(briefs, pages, today="2020-06-19", about=None)
    assert memo.period == (THURSDAY,)
    assert memo.executive_summary.startswith("Cette note réunit 2 événements et 2 sources (18 juin 2020).")
    # Pages no event cites are not the memo's; a page without a date leaves the span alone.
    more = pages + [Article("c", "z", date="2020-06-10"), Article("d", "w")]
    cited = briefs + [_brief("E3", "2020-06-16", ("d",))]
    assert build_memo(cited, more, today="2020-06-19").period == (THURSDAY,)


def test_the_period_falls_back_on_event_dates_only_without_dated_pages() -> None:
    briefs = [_brief("E1", "2020-06-12", ("a",)), _brief("E2", "2020-06-17", ("b",))]
    memo = build_memo(briefs, [Article("a", "x"), Article("b", "y")], today="2020-06-19")
    assert memo.period == ("2020-06-12", "2020-06-17")
    assert executive_summary(briefs, "fr").startswith("Cette note réunit 2 événements et 2 sources (12 juin 2020 – 17")


def test_period_keeps_the_finest_dates() -> None:
    assert period(["2020-06", "2020-06-16", "2020-06-18", None, "--06-01"]) == ("2020-06-16", "2020-06-18")
    assert period(["2020-06", "2020-05-30"]) == ("2020-05-30", "2020-06")
    assert period([]) == ()
