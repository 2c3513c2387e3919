"""The outlet of a page that names none but its signature: an agency signing alone, or the
site that signs with one."""

from __future__ import annotations

import pytest

from briefing.ingest import clean_documents
from briefing.records import RawDocument
from page_texts import HEADLINE, P1, P2, P3


@pytest.mark.parametrize(
    ("signature", "outlet"),
    [
        ("AFP, publié le jeudi 18 juin 2020 à 11h03", "AFP"),
        ("Orange avec Media Services, publié le jeudi 07 mai 2020 à 18h37", "Orange"),
        ("Par Jeanne Martin, publié le jeudi 18 juin 2020 à 11h03", None),
    ],
)
def test_a_signature_names_the_outlet_when_the_page_names_none(signature: str, outlet: str | None) -> None:
    text = "\n".join([HEADLINE, "Accueil", "France", signature, P1, P2, P3]) + "\n"
    (article,) = clean_documents([RawDocument(id="p", text=text)])
    assert article.date == ("2020-05-07" if "mai" in signature else "2020-06-18")
    assert article.source == outlet


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("Vu sur pharmacie.ma", "pharmacie.ma"),
        ("Source AFP", "AFP"),
        ("Source : Le Monde", "Le Monde"),
        ("Source L'Opinion, publié le mardi 04 avril 2017", "L'Opinion"),
        ("Source Sûre", None),  # a newspaper's menu item, no outlet
        ("Partagez via Facebook (Fenêtre modale)", None),  # a share button
        ("Vu sur le www", None),
    ],
)
def test_an_outlet_cue_names_an_outlet_not_a_menu_item_or_a_share_button(line: str, outlet: str | None) -> None:
    from briefing.ingest.byline import OUTLET_CUE

    found = OUTLET_CUE.search(line)
    assert (found.group("name") if found else None) == outlet
