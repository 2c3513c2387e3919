"""French date forms → ISO 8601 at the precision the text gives; never an invented year."""

from __future__ import annotations

import pytest

from briefing.ingest.dates import find_dates, parse_date
from briefing.ingest.byline import is_dateline

TABLE = [
    ("Compte Test - 2025-05-12 09:03:42 - Vu sur pharmacie.ma", "2025-05-12"),
    ("date 2025-05", "2025-05"),
    ("Dimanche 30 Mars 2025", "2025-03-30"),
    ("Publié dans PanoraPost le 29 - 12 - 2021", "2021-12-29"),
    ("signé, mardi 28 décembre 2021, en marge", "2021-12-28"),
    ("Le 4 février, à l’occasion", "--02-04"),
    ("Le 17/02/2020", "2020-02-17"),
    ("10.12.19", "2019-12-10"),
    ("le 1er mai 2024", "2024-05-01"),
    ("en septembre 2021", "2021-09"),
    ("mercredi 11 septembre 2019", "2019-09-11"),
    ("February 17, 2020", "2020-02-17"),
    ("la période 2026-2030", None),
    ("le 31 février 2021", "2021-02"),  # no such day: only the month is trusted
    ("hausse de 52 % en 12 mois", None),
    ("August 5, 20243:04 PM GMT+1", "2024-08-05"),  # a clock time glued to the year when flattened
    ("5 Aug 202420:49", "2024-08-05"),
    ("March 3, 20245", None),  # five digits: no year
    ("12. März 2024", "2024-03-12"),  # German: a full stop after the day
    ("3. Jänner 2025", "2025-01-03"),
]


@pytest.mark.parametrize(("text", "expected"), TABLE)
def test_date_forms(text: str, expected: str | None) -> None:
    assert parse_date(text) == expected


def test_dates_in_order_with_positions() -> None:
    text = "Publié le 29/12/2021. Signé mardi 28 décembre 2021 après l’accord de septembre 2021."
    found = find_dates(text)
    assert [f.iso for f in found] == ["2021-12-29", "2021-12-28", "2021-09"]
    assert text[found[1].start : found[1].end] == "28 décembre 2021"
    assert all(f.year_known for f in found)


def test_missing_year_is_flagged() -> None:
    (found,) = find_dates("Le 4 février")
    assert not found.year_known and found.iso == "--02-04"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("19 février 2020", True),
        ("Publié sur 18/02/2020", True),
        ("Le 17/02/2020", True),
        ("Un protocole a été signé le 28 décembre 2021 par les ministres de la Santé et de l’Industrie à Rabat.", False),
        ("Intervenants :", False),
    ],
)
def test_datelines(line: str, expected: bool) -> None:
    assert is_dateline(line, find_dates(line)) is expected


def test_event_date_prefers_the_news_over_the_background() -> None:
    from briefing.ingest.event_date import event_date

    body = "La loi du 12 mars 2011 est réformée. Le texte a été signé mardi 28 décembre 2021 à Rabat."
    assert event_date(body, "2021-12-29") == "2021-12-28"
    assert event_date(body) == "2011-03-12"  # no publication date: the first day mentioned
    # A day without a year takes the publication's; without a publication year it stays yearless.
    assert event_date("Le 4 février, la convention a été signée.", "2025-02-05") == "2025-02-04"
    assert event_date("Le 4 février, la convention a été signée.") == "--02-04"


@pytest.mark.parametrize(
    ("line", "day", "author"),
    [
        ("Last updated: 05 Aug 2024", "2024-08-05", None),  # the cue's qualifier is no name
        ("First published on Mon 5 Aug 2024 20.49 BST", "2024-08-05", None),
        ("Dernière mise à jour le 5 août 2024", "2024-08-05", None),
        ("Publication : 5/08/2024", "2024-08-05", None),
        ("Date de publication : 05/08/2024", "2024-08-05", None),
        ("Last modified on Mon 20 Apr 2026 14.02 BST", "2026-04-20", None),
        ("Residents stand firm on 5 August 2024", None, None),  # "stand" only as German's "Stand:" label
        ("Publication du rapport le 5 mars 2024", None, None),
        ("Publié le 12 mars 2024 Lecture : 3 minutes.", "2024-03-12", None),  # a cue first: a dateline
        ("Rédigé par Jean Dupont le 5 août 2024", "2024-08-05", "Jean Dupont"),
        ("By Sarah Smith on August 5, 2024", "2024-08-05", "Sarah Smith"),
        ("August 5, 20243:04 PM GMT+1Updated 2 hours ago", "2024-08-05", None),
        ("Par le ministre de la Santé le 5 août 2024, le plan a été", None, None),  # prose, not a signature
        ("Veröffentlicht am 8. März 2024, 14:00 Uhr", "2024-03-08", None),
        ("Stand: 22.11.2024 10:45", "2024-11-22", None),
    ],
)
def test_bylines_of_other_sites(line: str, day: str | None, author: str | None) -> None:
    from briefing.ingest.byline import read_byline

    byline = read_byline(line, find_dates(line))
    assert (byline.date, byline.author) == (day, author) if day else byline is None


@pytest.mark.parametrize(
    ("line", "name"),
    [("Von Philipp Wahl", "Philipp Wahl"), ("Von Ursula von der Leyen", "Ursula von der Leyen"),
     ("Von Max Muster und Erika Muster", "Max Muster und Erika Muster"),
     ("Von Berlin nach Paris", None),  # a heading: a lower-case word between capitals
     ("Par Jean Dupont, envoyé spécial à Rabat", "Jean Dupont"), ("By John Smith, political correspondent", "John Smith"),
     ("By Edmund Quaynor, GNA", "Edmund Quaynor")],
)
def test_signatures_of_other_sites(line: str, name: str | None) -> None:
    from briefing.ingest.byline import byline_name

    assert byline_name(line) == name
