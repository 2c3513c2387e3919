"""Translation logic without models: conventions, segmentation, engine, guard, memo."""

from __future__ import annotations

from dataclasses import replace

import pytest

from briefing.errors import SetupError
from briefing.prompts import labels
from briefing.records import Actor, Brief, KeyFigure, KeyPoint, Memo, SourceRef, TimelineEntry
from briefing.translate import Translator, translate_memo
from briefing.translate.cache import TranslationCache
from briefing.translate.engine import SentenceTranslator
from briefing.translate.families import conventions_for, family_of
from briefing.translate.guard import check, numbers
from briefing.translate.segment import split_text


class Upper:
    """A fake backend: upper-cases, and records each batch it gets."""

    key = "upper"
    description = "upper (fake)"

    def __init__(self) -> None:
        self.batches: list[list[str]] = []

    def translate_batch(self, sentences: list[str]) -> list[str]:
        self.batches.append(list(sentences))
        return [s.upper() for s in sentences]


def make(batch_size: int = 2) -> tuple[SentenceTranslator, Upper]:
    backend = Upper()
    return SentenceTranslator(backend, "fake", "en", batch_size, cache=TranslationCache()), backend


def test_family_detection():
    assert family_of("marian", "MarianTokenizer") == "marian"
    assert family_of("m2m_100", "NllbTokenizer") == "nllb"
    assert family_of("m2m_100", "M2M100Tokenizer") == "m2m100"


def test_marian_target_token_only_for_multi_target_models():
    assert conventions_for("marian", "en", {"▁le": 3}).source_prefix == ""
    multi = {">>ara<<": 1, ">>apc<<": 2, "▁le": 3}
    assert conventions_for("marian", "ar", multi).source_prefix == ">>ara<< "
    with pytest.raises(SetupError, match="no target token for 'en'"):
        conventions_for("marian", "en", multi, "opus-mt-fr-ar")


def test_nllb_and_m2m_codes():
    nllb = conventions_for("nllb", "ar", {"fra_Latn": 1, "arb_Arab": 2})
    assert (nllb.src_lang, nllb.forced_bos) == ("fra_Latn", "arb_Arab")
    m2m = conventions_for("m2m100", "en", {"__fr__": 1, "__en__": 2})
    assert (m2m.src_lang, m2m.forced_bos) == ("fr", "__en__")
    with pytest.raises(SetupError):
        conventions_for("nllb", "en", {"fra_Latn": 1})


def test_split_keeps_paragraphs_strips_citations_and_copies_numbers():
    paragraphs = split_text("Le plan coûte 3 milliards [000][002]. Il commence.\n\n2026-2030")
    assert [[p.source for p in ps] for ps in paragraphs] == [
        ["Le plan coûte 3 milliards.", "Il commence."],
        ["2026-2030"],
    ]
    assert paragraphs[0][0].citations == "[000][002]"
    assert paragraphs[1][0].copy


def test_long_sentences_are_capped_at_clause_boundaries():
    sentence = ", ".join(["un deux trois quatre cinq"] * 10) + "."
    pieces = split_text(sentence, max_words=12)[0]
    assert len(pieces) > 1
    assert all(len(p.source.split()) <= 12 for p in pieces)
    assert " ".join(p.source for p in pieces) == sentence


def test_engine_keeps_order_paragraphs_and_citations():
    translator, backend = make()
    texts = ["Bonjour. Le plan [000] avance.\n\nFin du texte [001][002].", "Court.", ""]
    assert translator.translate(texts) == [
        "BONJOUR. LE PLAN AVANCE [000].\n\nFIN DU TEXTE [001][002].",
        "COURT.",
        "",
    ]
    assert isinstance(translator, Translator)


def test_engine_batches_by_length_and_translates_each_sentence_once():
    translator, backend = make(batch_size=2)
    texts = ["Un. Deux mots ici. Un.", "Trois mots sont ici. Un."]
    translator.translate(texts)
    sent = [s for batch in backend.batches for s in batch]
    assert sorted(sent) == sorted({"Un.", "Deux mots ici.", "Trois mots sont ici."})
    assert [len(s) for s in sent] == sorted((len(s) for s in sent), reverse=True)
    assert all(len(b) <= 2 for b in backend.batches)


def test_cache_is_keyed_by_model_and_text():
    cache = TranslationCache()
    first = SentenceTranslator(Upper(), "fake", "en", cache=cache)
    first.translate(["Le plan avance."])
    again = Upper()
    SentenceTranslator(again, "fake", "en", cache=cache).translate(["Le plan avance."])
    assert again.batches == [] and cache.hits == 1
    other = Upper()
    other.key = "another model"
    SentenceTranslator(other, "other", "en", cache=cache).translate(["Le plan avance."])
    assert other.batches == [["Le plan avance."]]


def test_guard_numbers_across_scripts_and_separators():
    assert numbers("37.000 membres, 3,5 %") == numbers("37,000 members, 3.5%")
    assert numbers("en 2026") == numbers("في ٢٠٢٦")
    assert check("Le budget est de 52 millions.", "The budget is 52 million.", "en") == ()
    assert check("Le budget est de 52 millions.", "The budget is 25 million.", "en") == (
        "numbers differ (lost 52; added 25)",
    )


def test_guard_names_for_latin_targets_only():
    src = "Le ministre Aziz Akhannouch a visité le Maroc avec l'OMS."
    assert check(src, "The minister Aziz Akhannouch visited Morocco with the WHO.", "en") == ()
    assert check(src, "The minister Aziz visited Morocco with the WHO.", "en") == (
        "names missing (Aziz Akhannouch)",
    )
    assert check(src, "زار الوزير عزيز أخنوش المغرب.", "ar") == ()


def test_engine_flags_sentences_whose_numbers_change():
    class Wrong(Upper):
        def translate_batch(self, sentences):
            return [s.replace("52", "25") for s in sentences]

    translator = SentenceTranslator(Wrong(), "fake", "en", cache=TranslationCache())
    [result] = translator.translate_detailed(["Il y a 52 cas. Rien de plus."])
    assert [f.source for f in result.flags] == ["Il y a 52 cas."]


def _memo() -> Memo:
    brief = Brief(
        event_id="E1", title="Plan de l'eau", date="2026-03-01", lead="Le plan coûte 3 milliards [000].",
        key_points=(KeyPoint("Deux barrages [000][001].", ("000", "001")),),
        sources=("000", "001"),
        figures=(KeyFigure("3", "milliards de dirhams", "coût du plan", "000"), KeyFigure("52", "%", "taux", "001")),
        actors=(Actor("Nizar Baraka", "ministre de l'Eau", ("000",)),),
    )  # fmt: skip
    return Memo(
        title="Note", language="fr", created="2026-03-02", executive_summary="Résumé du jour.",
        briefs=(brief,), timeline=(TimelineEntry("2026-03-01", "Annonce du plan.", "E1", ("000",)),),
        sources=(SourceRef("000", "Titre original", "le360.ma", "2026-03-01", "seeds/000.txt"),),
        notes=("summariser: extractive",),
    )  # fmt: skip


def test_translate_memo_translates_free_text_in_one_call_and_keeps_the_rest():
    class Counting(Upper):
        calls = 0

        def translate_batch(self, sentences):
            Counting.calls += 1
            return super().translate_batch(sentences)

    translator = SentenceTranslator(Counting(), "fake", "en", batch_size=64, cache=TranslationCache())
    out = translate_memo(_memo(), translator, "en")
    brief = out.briefs[0]
    assert out.language == "en" and out.rtl is False
    assert (out.title, out.executive_summary) == ("NOTE", "RÉSUMÉ DU JOUR.")
    assert brief.lead == "LE PLAN COÛTE 3 MILLIARDS [000]."
    assert brief.key_points[0].text == "DEUX BARRAGES [000][001]."
    assert brief.key_points[0].sources == ("000", "001")
    assert [(f.value, f.unit, f.measure) for f in brief.figures] == [
        ("3", "MILLIARDS DE DIRHAMS", "COÛT DU PLAN"), ("52", "%", "TAUX"),
    ]  # fmt: skip
    assert (brief.actors[0].name, brief.actors[0].role) == ("Nizar Baraka", "MINISTRE DE L'EAU")
    assert out.timeline[0].text == "ANNONCE DU PLAN." and out.timeline[0].date == "2026-03-01"
    assert out.sources == _memo().sources and brief.date == "2026-03-01"
    assert Counting.calls == 1
    labelled = translate_memo(replace(_memo(), title=labels("fr")["memo_title"]), translator, "ar")
    assert labelled.title == labels("ar")["memo_title"]
    assert out.notes[0] == "summariser: extractive" and "upper (fake)" in out.notes[1]


def test_translate_memo_reports_guard_flags_in_notes():
    class Drop(Upper):
        def translate_batch(self, sentences):
            return ["Nothing." for _ in sentences]

    translator = SentenceTranslator(Drop(), "fake", "ar", cache=TranslationCache())
    out = translate_memo(_memo(), translator, "ar")
    assert out.rtl
    flagged = [n for n in out.notes if n.startswith("translation check (ar), brief E1 lead")]
    assert flagged and "lost 3" in flagged[0]


def test_memo_title_label_is_written_per_language_and_only_its_subject_translated():
    translator, _ = make()
    fr = labels("fr")
    title = fr["memo_title_about"].format(label=fr["memo_title"], subject="dispositifs médicaux")
    out = translate_memo(replace(_memo(), title=title, subject="dispositifs médicaux"), translator, "ar")
    ar = labels("ar")
    assert out.title == ar["memo_title_about"].format(label=ar["memo_title"], subject="DISPOSITIFS MÉDICAUX")
    # A title made of the day the memo covers is written in the target's words, nothing machine translated.
    dated = replace(_memo(), title="Note de synthèse — 18 juin 2020", subject=None, period=("2020-06-18",))
    assert translate_memo(dated, translator, "en").title == "Briefing note — 18 June 2020"
    # A title of the user's own is translated whole.
    assert translate_memo(replace(_memo(), title="Note du cabinet"), translator, "en").title == "NOTE DU CABINET"
