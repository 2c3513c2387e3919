"""Term counts kept by the store (events/terms.py): hashed rows read back as
they were written, and scores from kept rows equal to scores counted afresh."""

from __future__ import annotations

import numpy as np

from briefing.events import lexical
from briefing.events.continuity import event_scores, kept_body
from briefing.events.terms import TERMS_VERSION, compact, kept_or_counted, packed, term_rows, unpacked
from briefing.events.vectors import term_counts
from briefing.records import Event, StoredEvent, StoredPage

TEXTS = [
    "Le Premier ministre annonce à Rabat un plan de 120 milliards de dirhams pour relancer l'économie après le confinement",
    "Rabat : le plan de relance de 120 milliards présenté par le chef du gouvernement aux syndicats et au patronat",
    "Un séisme de magnitude cinq secoue le sud du Mexique sans faire de victimes selon les autorités d'Oaxaca",
    "أعلن رئيس الحكومة في الرباط عن خطة بقيمة 120 مليار درهم لإنعاش الاقتصاد",
]


def test_kept_rows_read_back_as_written():
    rows = term_rows(TEXTS, [t + " " + t for t in TEXTS])
    back = unpacked(packed(rows))
    for written, read in zip(rows.views(), back.views()):
        assert (written != read).nnz == 0 and written.shape == read.shape


def test_compacted_hashed_rows_give_the_counted_rows_dot_products():
    """Columns are hashes renumbered, not a sorted vocabulary: every product is the same."""
    hashed = compact(term_rows(TEXTS, TEXTS))
    for view, analyzer in ((hashed.lead_words, lexical.words), (hashed.chars, lexical.char_ngrams), (hashed.names, lexical.names)):
        counted = term_counts(TEXTS, analyzer)
        assert view.shape == counted.shape
        np.testing.assert_allclose((view @ view.T).toarray(), (counted @ counted.T).toarray())


def test_a_text_without_kept_rows_is_counted():
    kept = packed(term_rows(TEXTS[:1], TEXTS[:1]))
    rows = kept_or_counted([kept[0], None], TEXTS[:2], TEXTS[:2])
    afresh = term_rows(TEXTS[:2], TEXTS[:2])
    assert all((a != b).nnz == 0 for a, b in zip(rows.views(), afresh.views()))


def test_rows_kept_by_other_analysers_are_counted_again():
    """A row kept under another TERMS_VERSION is not read: it would not match today's rows."""
    kept = packed(term_rows(TEXTS[:1], TEXTS[:1]))[0]
    other = (TERMS_VERSION + 1).to_bytes(4, "little") + kept[4:]
    rows = kept_or_counted([other], ["un autre texte"], ["un autre texte"])
    afresh = term_rows(["un autre texte"], ["un autre texte"])
    assert all((a != b).nnz == 0 for a, b in zip(rows.views(), afresh.views()))


def _vector(seed: int) -> np.ndarray:
    v = np.random.default_rng(seed).normal(size=16).astype(np.float32)
    return v / np.linalg.norm(v)


def test_linking_scores_the_same_from_kept_rows_as_from_the_texts():
    bodies = [kept_body(None, t + " " + t) for t in TEXTS]
    blobs = packed(term_rows(TEXTS, bodies))
    stored = [StoredPage(f"p{n}", None, f"h{n}", None, "2020-06-17", None, None, "fr", t, _vector(n).tobytes(), f"e{n}", b)
              for n, (t, b) in enumerate(zip(TEXTS[1:], bodies[1:]), 1)]
    past = [StoredEvent(p.event, p.lead, "2020-06-17", "2020-06-17", p.event, "2020-06-17", (p.id,)) for p in stored]
    today = [Event("E1", ("t",))]
    args = ({"t": TEXTS[0]}, {"t": _vector(0) + 0.5 * _vector(1)}, past)
    counted = event_scores(today, *args, stored, bodies={"t": bodies[0]})
    with_kept = [StoredPage(**{**p.__dict__, "terms": blob}) for p, blob in zip(stored, blobs[1:])]
    kept = event_scores(today, *args, with_kept, bodies={"t": bodies[0]}, terms={"t": blobs[0]})
    np.testing.assert_allclose(kept, counted, atol=1e-6)
    assert counted[0, 0] > counted[0, 1]  # the same plan, reported again, is the nearest
