"""The faithfulness guard on made-up sentences."""

from briefing.summarise.guard import SourceIndex, guard

SOURCE = (
    "Le gouvernement d'Élisabeth Borne prévoit 2 000 postes de plus dans les hôpitaux "
    "d'Île-de-France en 2026, pour un coût de 3,5 milliards d'euros, a dit le ministre."
)


def test_supported_numbers_and_names_pass():
    index = SourceIndex([SOURCE])
    assert index.unsupported("Elisabeth Borne promet 2000 postes en 2026.") == []
    assert index.unsupported("Les hôpitaux d'Ile-de-France auront 2.000 postes.") == []
    assert index.unsupported("Le coût atteint 3,5 milliards.") == []
    assert index.unsupported("Selon le ministre, les hôpitaux recrutent.") == []  # first word is free
    assert SourceIndex(["Les trois ministres sont venus."]).unsupported("3 ministres sont venus.") == []


def test_invented_numbers_and_names_are_reported():
    index = SourceIndex([SOURCE])
    assert index.unsupported("Le gouvernement prévoit 3 000 postes.") == ["3 000"]
    assert index.unsupported("Le plan de Gabriel Attal vise 2026.") == ["Gabriel", "Attal"]
    assert index.unsupported("Un accord avec l'Allemagne est signé.") == ["Allemagne"]


def test_guard_splits_kept_and_flagged_across_sources():
    other = "Gabriel Attal a salué le plan."
    kept, flagged = guard(
        ["Gabriel Attal salue le plan.", "Le plan coûte 9 milliards.", "Le plan vise 2026."],
        [SOURCE, other],
    )
    assert kept == ["Gabriel Attal salue le plan.", "Le plan vise 2026."]
    assert flagged == ["Le plan coûte 9 milliards."]
