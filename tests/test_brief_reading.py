"""Memo reading quality on made-up articles: no pronoun-led point, anaphoric figures take their measure from the
sentence before, and a memo title with the subject its sources share."""

from __future__ import annotations

from dataclasses import replace

from briefing.brief import build_brief, build_memo
from briefing.brief.anaphora import opens_with_pronoun
from briefing.brief.figures import FOLLOW_UP, extract_figures, key_figures
from briefing.brief.memo import title_of
from briefing.brief.theme import memo_subject
from briefing.records import Article, Brief, Event, KeyPoint
from briefing.text.sentences import split_sentences

from events_helpers import FirstSentences


def test_pronoun_openings_are_told_from_impersonal_and_named_subjects():
    assert opens_with_pronoun("Elle a mis l'accent sur la formation des infirmiers.")
    assert opens_with_pronoun("« Ils ont promis une réponse rapide », a-t-il ajouté.")
    assert opens_with_pronoun("Ce dernier a rappelé les engagements pris en 2020.")
    assert opens_with_pronoun("Selon lui, la réforme prendra deux ans.")
    assert not opens_with_pronoun("Il faut encore former des milliers de soignants dans la région.")
    assert not opens_with_pronoun("Il y a trois hôpitaux dans la province.")
    assert not opens_with_pronoun("Il y a eu trois morts dans la province.")
    assert opens_with_pronoun("Il y a abordé les thèmes de la laïcité et de la citoyenneté.")  # 'y' a place, 'il' a person
    assert not opens_with_pronoun("Elisabeth Martin a mis l'accent sur la formation.")
    assert not opens_with_pronoun("Ilham Benali dirige le programme depuis 2019.")


# The pronoun sentence (index 3) leans on "La ministre …" (index 2); a
# summariser picking sentences 0, 1 and 3 leaves "Elle …" without it.
PRONOUN = Article(
    "p",
    "Le gouvernement a présenté lundi à Rabat un plan national pour les hôpitaux ruraux de la région. "
    "Les syndicats de médecins ont salué une annonce attendue depuis plusieurs années par les soignants. "
    "La ministre de la Santé, Nadia Alaoui, a détaillé le calendrier des chantiers prévus dans les provinces. "
    "Elle a mis l'accent sur la formation des infirmiers et des sages-femmes dans les zones éloignées. "
    "Le plan prévoit la rénovation de vingt établissements et la construction de six centres de soins.",
    date="2025-06-02",
)


class Picks:
    """A stand-in summariser that picks the given sentence positions."""

    def __init__(self, *indexes: int) -> None:
        self.indexes = indexes

    def summarise(self, articles, max_words, sentences=None):
        from briefing.records import Summary

        chosen = tuple(s for s in split_sentences(articles[0].text, articles[0].id) if s.index in self.indexes)
        return Summary((articles[0].id,), chosen, " ".join(s.text for s in chosen), "extractive")


def _texts(brief: Brief) -> list[str]:
    return [brief.lead] + [p.text for p in brief.key_points]


def test_pronoun_point_without_its_antecedent_gives_way_to_another_sentence():
    brief = build_brief(Event("E1", ("p",)), [PRONOUN], Picks(0, 1, 3), max_words=60)
    texts = _texts(brief)
    assert not any(t.startswith("Elle") for t in texts)
    # The slot of "Elle …" (3) is filled by the source's next unused sentence, "La ministre …" (2).
    assert [p.text for p in brief.key_points] == [
        "Les syndicats de médecins ont salué une annonce attendue depuis plusieurs années par les soignants.",
        "La ministre de la Santé, Nadia Alaoui, a détaillé le calendrier des chantiers prévus dans les provinces.",
    ]
    for point in brief.key_points:
        assert point.text in PRONOUN.text and point.sources == ("p",)  # the source's own words


def test_pronoun_point_is_dropped_even_right_after_its_antecedent():
    # A point is read alone (and a later stage may drop the one before it):
    # "Elle …" gives way even when "La ministre …" stands just before it.
    brief = build_brief(Event("E1", ("p",)), [PRONOUN], Picks(0, 2, 3), max_words=60)
    points = [p.text for p in brief.key_points]
    assert not any(t.startswith("Elle") for t in points)
    assert len(points) >= 2 and all(t in PRONOUN.text for t in points)


def test_a_pronoun_never_opens_the_lead():
    article = Article("q", PRONOUN.text.split(". ", 3)[3], date="2025-06-02")  # starts with "Elle a mis …"
    brief = build_brief(Event("E1", ("q",)), [article], FirstSentences(), max_words=60)
    assert not opens_with_pronoun(brief.lead.split(" — ", 1)[-1])


def test_anaphoric_figure_takes_its_measure_from_the_sentence_before():
    text = (
        "En 2010, les énergies renouvelables fournissaient 12 % de l'électricité du pays. "
        "Aujourd'hui, ce taux atteint 38 %, selon l'office national. "
        "Le réseau compte 4 000 kilomètres de lignes. Cette part devrait encore croître."
    )
    figures = extract_figures(split_sentences(text, "x"))
    by_value = {f.value: f for f in figures}
    follow = by_value["38"].measure
    assert follow.startswith("les énergies renouvelables fournissaient … de l'électricité du pays")
    assert follow.endswith(f"{FOLLOW_UP}ce taux atteint 38 %")
    assert "12" not in follow  # each number in a measure is the row's own
    assert by_value["12"].measure == "les énergies renouvelables fournissaient 12 % de l'électricité du pays"
    assert FOLLOW_UP not in by_value["4 000"].measure  # no anaphor: its own clause


def test_anaphor_without_a_figure_just_before_is_no_row():
    text = (
        "Le taux de chômage était de 9 % en 2019. Les syndicats ont manifesté à Casablanca. "
        "Ce chiffre a depuis baissé à 7 %."
    )
    figures = {f.value: f for f in key_figures(split_sentences(text, "y"))}
    # Not adjacent: no borrowed measure, and "Ce chiffre ..." alone does not say what it measures.
    assert "7" not in figures and figures["9"].measure.startswith("Le taux de chômage")


def _brief(eid: str, ids: tuple[str, ...]) -> Brief:
    return Brief(eid, "t", None, "lead", (KeyPoint("point", ids),), ids)


def _title(briefs, articles, language="fr"):
    """The title build_memo gives when the events span no known date."""
    return title_of(language, memo_subject(briefs, articles), ())


WATER = [
    Article("a", "Le barrage de l'Oued est inauguré. Le niveau monte.", title="Stress hydrique : un nouveau barrage à Taza"),
    Article("b", "Le Maroc face au stress hydrique, une pénurie qui dure depuis cinq ans.", title="Les nappes au plus bas"),
    Article("c", "Un plan pour le dessalement de l'eau de mer a été adopté.", title="Dessalement : le plan du gouvernement"),
]


def test_memo_title_names_the_theme_most_events_share():
    briefs = [_brief("E1", ("a",)), _brief("E2", ("b",)), _brief("E3", ("c",))]
    assert _title(briefs, WATER) == "Note de synthèse : stress hydrique"
    memo = build_memo(briefs, WATER, today="2025-01-01")
    assert memo.title == "Note de synthèse : stress hydrique"
    assert build_memo(briefs, WATER, today="2025-01-01", title="Ma note").title == "Ma note"
    assert _title(briefs, WATER, "en").endswith(": stress hydrique")  # the label in English, no space before ':'


def test_a_theme_of_the_events_briefed_in_full_but_few_of_all_is_not_the_memo_s():
    briefs = [_brief("E1", ("a",)), _brief("E2", ("b",))] + [
        replace(_brief(f"E{n}", ("c",)), detailed=False) for n in range(3, 7)
    ]
    assert build_memo(briefs, WATER, today="2025-01-01").title == "Note de synthèse"  # 2 of 6 events


def test_memo_title_is_the_bare_label_when_nothing_is_shared():
    briefs = [_brief("E1", ("a",)), _brief("E2", ("c",))]
    assert _title(briefs, WATER) == "Note de synthèse"
    # A phrase both sources of one event share is that event's, not the memo's theme.
    same_event = [_brief("E1", ("a", "b")), _brief("E2", ("c",))]
    assert _title(same_event, WATER) == "Note de synthèse"


def test_seed_memo_title_names_a_phrase_two_events_open_with():
    from events_helpers import seed_articles

    articles = seed_articles()
    briefs = [_brief("E1", ("000", "001")), _brief("E2", ("002",)), _brief("E3", ("004",)), _brief("E4", ("003",))]
    title = _title(briefs, articles)
    label, subject = title.split(" : ", 1)
    assert label == "Note de synthèse" and len(subject.split()) >= 2
    heads = {a.id: f"{a.title or ''} {split_sentences(a.text, a.id)[0].text}".lower() for a in articles}
    events = [b for b in briefs if any(subject.lower() in heads[i] for i in b.sources)]
    assert len(events) >= 2


def test_a_measure_in_an_incise_keeps_the_clause_it_stands_in():
    text = (
        "La rencontre a réuni, par les cliniques privées qui comptent plus de 120 membres venus de toutes "
        "les provinces du royaume et des pays voisins, les acteurs du secteur."
    )
    (figure,) = extract_figures(split_sentences(text, "z"))
    # Not "par les cliniques …": the phrase starts on its clause's subject and ends at the comma.
    assert figure.measure.startswith("La rencontre a réuni, par les cliniques privées qui comptent plus de 120 membres")
    assert figure.measure.endswith("des pays voisins")


def test_the_first_of_a_month_is_written_as_each_language_writes_it():
    from briefing.brief.dates import human
    from briefing.prompts import labels
    from briefing.render.common import words

    assert human("2020-09-01", labels("fr")) == "1er septembre 2020"
    assert human("2020-09-02", labels("fr")) == "2 septembre 2020"
    assert human("2020-09-01", labels("en")) == "1 September 2020"
    assert words("fr").date("2020-09-01") == "1er septembre 2020" and words("fr").date("--09-01") == "1er septembre"
