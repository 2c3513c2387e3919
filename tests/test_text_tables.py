"""quick_translate: str.translate, skipping texts with none of the table's characters."""

from briefing.events import arabic, lexical
from briefing.text.tables import quick_translate

TABLE = str.maketrans({"œ": "oe", "ـ": None, "٣": "3", "]": "}"})


def test_the_same_string_as_translate_with_and_without_the_tables_characters():
    apply = quick_translate(TABLE)
    for text in ["cœur ـ ٣ [x]", "plain ascii", "accents é à ç", "", "]"]:
        assert apply(text) == text.translate(TABLE)
    same = "nothing to change here"
    assert apply(same) is same  # not copied


def test_folding_words_is_unchanged():
    assert lexical.fold("Œuvre, cœur et Æsop — Élysée") == "oeuvre, coeur et aesop — elysee"
    assert arabic.normalise("مدرسة ٢٠٢٠ ـ") == "مدرسه 2020 "
