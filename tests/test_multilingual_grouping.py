"""Grouping across languages: Arabic words, like-with-like lexical views, one event in three languages."""

from __future__ import annotations

import numpy as np

from briefing.events import group_articles, lexical
from briefing.events.similarity import LATIN, Weights, same_language, score_pairs
from briefing.records import Article


def test_arabic_words_are_seen_with_their_spelling_folded():
    # hamza on the alef or not, taa marbuta, vowel marks and tatweel: one word.
    assert lexical.words("أحمد") == lexical.words("احمد")
    assert lexical.words("مدرسة") == lexical.words("المدرسه")
    assert lexical.words("الرئيسُ") == lexical.words("رئيس")
    assert lexical.words("وزيـــر") == lexical.words("والوزير")
    # Arabic-Indic digits are digits; function words go.
    assert lexical.words("في عام ٢٠٢٤") == ["عام", "2024"]
    assert lexical.char_ngrams("المغرب")  # no view silently empty on Arabic


def test_french_words_are_unchanged():
    assert lexical.words("Le président français a dit 2024") == ["presid", "franca", "dit", "2024"]


def test_languages_compare_like_with_like():
    langs = ["fr", "en", "ar", None, LATIN, "fr"]
    a = np.array([0, 0, 0, 1, 2, 4, 4, 0])
    b = np.array([5, 1, 2, 3, 3, 0, 2, 4])
    assert same_language(langs, a, b).tolist() == [True, False, False, True, True, True, False, True]


def test_two_texts_without_names_are_not_alike_by_their_names():
    # Arabic has no capitals: two name-less texts once scored 1.0 on the names view.
    leads = ["قصف مدفعي على مدينة حلب يوقع قتلى", "ارتفاع أسعار الذهب في الأسواق العالمية", "مباراة كرة القدم انتهت بالتعادل"]
    pairs = score_pairs(leads, leads, None, Weights(candidates=2), ["ar"] * 3)
    assert pairs.score.max() < 0.1


def test_one_event_in_three_languages_and_arabic_events_apart():
    fr = "Un séisme de magnitude 6,8 a frappé la région d'Al Haouz au Maroc vendredi soir, faisant plus de 2 000 morts selon le ministère de l'Intérieur. Les secours fouillent les décombres des villages de montagne."
    en = "A magnitude 6.8 earthquake struck the Al Haouz region of Morocco on Friday night, killing more than 2,000 people according to the interior ministry. Rescuers are searching the rubble of mountain villages."
    ar = "ضرب زلزال بقوة 6,8 درجات منطقة الحوز في المغرب مساء الجمعة، ما أسفر عن مقتل أكثر من 2000 شخص حسب وزارة الداخلية. وتبحث فرق الإنقاذ تحت أنقاض القرى الجبلية."
    ar_other = "أعلن البنك المركزي المغربي اليوم عن رفع سعر الفائدة الرئيسي بمقدار ربع نقطة إلى 3 في المائة، لمواجهة التضخم الذي بلغ مستويات قياسية خلال الأشهر الماضية في المملكة."
    ar_third = "فاز المنتخب المغربي لكرة القدم على نظيره البرازيلي بهدفين مقابل هدف واحد في مباراة ودية أقيمت بمدينة طنجة، أمام أكثر من خمسين ألف متفرج ملأوا مدرجات الملعب الكبير."
    articles = [
        Article("fr1", fr, lang="fr"), Article("en1", en, lang="en"), Article("ar1", ar, lang="ar"),
        Article("ar2", ar_other, lang="ar"), Article("ar3", ar_third, lang="ar"),
    ]
    events = {aid: e.id for e in group_articles(articles) for aid in e.article_ids}  # the real USE embedder
    assert events["fr1"] == events["en1"] == events["ar1"]
    assert len({events["ar1"], events["ar2"], events["ar3"]}) == 3


def test_about_finds_a_page_in_another_script():
    from briefing.select.subject import THRESHOLD, relevance

    diabetes = Article("ar1", "كشفت وزارة الصحة أن عدد المصابين بداء السكري تجاوز مليوني شخص، محذرة من أن نصفهم لا يعلمون بإصابتهم بالمرض. ودعت إلى الكشف المبكر واتباع نظام غذائي صحي.",
                       title="ارتفاع عدد مرضى السكري إلى أكثر من مليوني شخص", lang="ar")
    football = Article("ar2", "فاز المنتخب المغربي لكرة القدم على نظيره البرازيلي بهدفين مقابل هدف واحد في مباراة ودية أقيمت بمدينة طنجة أمام أكثر من خمسين ألف متفرج.",
                       title="المنتخب المغربي يفوز على البرازيل", lang="ar")
    scores = relevance("diabète", [diabetes, football])
    assert scores[0] >= THRESHOLD > scores[1]


def test_several_languages_only_when_some_pair_is_of_two():
    from briefing.events.similarity import several_languages

    assert not several_languages(["fr", "fr", None, LATIN])  # unknown or untold Latin: may be French
    assert several_languages(["fr", "en"])
    assert several_languages([LATIN, "ar"])
    assert not several_languages([])


def test_pairs_of_two_languages_are_scored_on_the_cross_vectors():
    rng = np.random.default_rng(0)
    vectors = rng.normal(size=(6, 16)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    cross = vectors.copy()
    cross[1] = cross[0]  # the English text reads, at length, as the first French one
    leads = ["un", "one", "deux", "trois", "quatre", "cinq"]
    langs = ["fr", "en", "fr", "fr", "fr", "fr"]
    w = Weights(candidates=5, neighbours=0)
    plain = score_pairs(leads, leads, vectors, w, langs)
    longer = score_pairs(leads, leads, vectors, w, langs, cross_vectors=cross)
    key = lambda p: {(int(a), int(b)): float(s) for a, b, s in zip(p.a, p.b, p.score)}
    before, after = key(plain), key(longer)
    assert after[(0, 1)] > before[(0, 1)] and after[(0, 1)] > 0.9
    assert {k: v for k, v in after.items() if 1 not in k} == {k: v for k, v in before.items() if 1 not in k}


class _Counting:
    def __init__(self):
        from briefing.text.embed import get_embedder

        self.inner, self.calls = get_embedder(), []

    def encode(self, texts):
        self.calls.append(list(texts))
        return self.inner.encode(texts)


def test_a_set_of_one_language_embeds_only_its_leads():
    french = [Article(f"a{i}", f"Le conseil municipal de la ville numéro {i} a voté le budget annuel hier soir après un long débat "
                      "sur le coût de la nouvelle ligne de tramway, les écoles à réparer cet été et le prix de l'eau.", lang="fr")
              for i in range(3)]
    counting = _Counting()
    group_articles(french, counting)
    assert len(counting.calls) == 1
    english = ("The city council voted the annual budget last night after a long debate on the cost of the new "
               "tramway line, the schools to be repaired this summer and the price of water for the poorest households.")
    mixed = french + [Article("e1", english, lang="en")]  # 30 words or more: its language is told
    counting = _Counting()
    group_articles(mixed, counting)
    assert len(counting.calls) == 2  # the leads, then the longer texts pairs of two languages read


def test_two_arabic_texts_are_not_joined_by_the_meaning_view_alone():
    # Identical vectors, no word in common: the meaning view says 'alike',
    # which on Arabic leads tells little; the lexical views, scaled, decide.
    leads = ["قصف مدفعي على مدينة حلب يوقع قتلى", "ارتفاع أسعار الذهب في الأسواق العالمية", "مباراة كرة القدم انتهت بالتعادل",
             "Un séisme a frappé le Maroc vendredi soir", "Le prix de l'or monte sur les marchés mondiaux", "Match nul au stade"]
    langs = ["ar", "ar", "ar", "fr", "fr", "fr"]
    vectors = np.ones((6, 8), dtype=np.float32) + np.eye(6, 8, dtype=np.float32) * 0.01
    vectors[3:] = -vectors[3:] + np.eye(3, 8, dtype=np.float32) * 0.01
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    w = Weights(candidates=5, neighbours=0)
    scored = score_pairs(leads, leads, vectors, w, langs)
    old = score_pairs(leads, leads, vectors, Weights(candidates=5, neighbours=0, arabic_meaning=1.0, arabic_scale=1.0), langs)
    arabic = (scored.a < 3) & (scored.b < 3)
    assert arabic.any() and old.score[arabic].max() > 0.3  # the meaning view alone joined them
    assert scored.score[arabic].max() < 0.1
    french = (scored.a >= 3) & (scored.b >= 3)
    assert np.array_equal(scored.score[french], old.score[french])  # other languages as before
