"""Linking reads the opening of each text, not the lead alone: two stories that
share a name in their leads (a Van Gogh letter bought, a Van Gogh painting
stolen) are told apart by what their texts go on to say."""

from __future__ import annotations

import numpy as np

from briefing.events.continuity import BODY_WORDS, event_scores, kept_body
from briefing.records import Event, StoredEvent, StoredPage

LEAD = "Van Gogh : une oeuvre du peintre néerlandais fait parler d'elle à Amsterdam cette semaine"
THEFT = ("Le tableau volé au musée Singer Laren pendant le confinement réapparaît sur des photos envoyées "
         "au détective Arthur Brand, qui enquête sur le cambriolage nocturne et la rançon demandée. ")
LETTER = ("Le musée a acquis aux enchères une lettre écrite avec Gauguin, payée grâce aux mécènes et "
          "exposée dès la réouverture des salles au public avec les dessins de la collection. ")
OTHERS = ["Le gouvernement présente un budget rectificatif pour soutenir les entreprises touchées par la crise",
          "Un séisme de magnitude cinq secoue le sud du Mexique sans faire de victimes selon les autorités",
          "Le championnat de football reprendra en août avec des tribunes à moitié vides dans les stades",
          "La sécheresse menace les récoltes de blé dans le centre du pays, alertent les agriculteurs",
          "Une entreprise de livraison annonce la création de mille emplois dans ses entrepôts du Nord"]


def _vector(seed: int) -> np.ndarray:
    v = np.random.default_rng(seed).normal(size=16).astype(np.float32)
    return v / np.linalg.norm(v)


def _stored(key: str, lead: str, body: str, seed: int) -> tuple[StoredEvent, StoredPage]:
    page = StoredPage(key, None, key, None, "2020-06-17", None, None, "fr", lead, _vector(seed).tobytes(), key, body)
    return StoredEvent(key, lead, "2020-06-17", "2020-06-17", key, "2020-06-17", (key,)), page


def _scores(with_bodies: bool) -> np.ndarray:
    same = 7  # one vector for the three Van Gogh pages: meaning does not tell them apart either
    stored = [_stored("letter", LEAD, kept_body(None, LEAD + " " + LETTER * 4) if with_bodies else "", same),
              _stored("theft", LEAD, kept_body(None, LEAD + " " + THEFT * 4) if with_bodies else "", same)]
    stored += [_stored(f"other{n}", text, kept_body(None, text * 6) if with_bodies else "", n) for n, text in enumerate(OTHERS)]
    today = {"today": LEAD}
    bodies = {"today": kept_body(None, LEAD + " " + THEFT * 4)} if with_bodies else None
    return event_scores([Event("E1", ("today",))], today, {"today": _vector(same)},
                        [e for e, _ in stored], [p for _, p in stored], bodies=bodies)[0]


def test_the_texts_tell_apart_two_stories_with_one_lead():
    letter, theft = _scores(with_bodies=True)[:2]
    assert theft > letter + 0.1


def test_pages_stored_without_text_are_read_by_their_leads():
    letter, theft = _scores(with_bodies=False)[:2]
    assert theft == letter


def test_the_store_keeps_the_title_and_the_first_words_only():
    body = kept_body("Un titre", "mot " * (2 * BODY_WORDS))
    assert body.startswith("Un titre mot") and len(body.split()) == BODY_WORDS
