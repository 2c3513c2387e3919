"""Sentences that are page furniture, not news: a guard for leads and points.

Ingestion takes most bylines, captions and link lines out of the body; this
is the brief's own check, so that whatever slips through never becomes a
lead or a key point. The forms are those of news pages in general: a byline
("Par Nadia Alaoui", "publié le jeudi 18 juin 2020 à 10h55", "Mis à jour
le ..."), an agency tag on its own ("(AFP)"), a photo credit ("Photo : X /
AFP", "© Reuters"), a link line ("Lire aussi : ...", "Voir aussi"), a share or
subscribe prompt, and a video caption glued to its outlet ("... policièrespar
BFMTV"), by the rules ingestion labels blocks with. A dateline that opens a real sentence ("PARIS (AFP) - La justice
a ...") is cut off and the sentence kept.
"""

from __future__ import annotations

import re

from ..text.agencies import AGENCY_PATTERN as _AGENCY
# A link line that opens a sentence ("Lire aussi : Un randonneur secouru"), where ingestion
# only knows a links header alone on its line.
_LINK = re.compile(
    r"^\W*(?:[àa]\s+)?(?:lire|voir|regarder|écouter)\s+(?:aussi|également|encore|la\s+suite|la\s+vidéo)\b"
    r"|^\W*(?:sur\s+le\s+même\s+sujet|en\s+savoir\s+plus|pour\s+aller\s+plus\s+loin|vidéo\s*[-–:]|en\s+direct\s*[-–:])",
    re.IGNORECASE,
)
_AGENCY_ONLY = re.compile(rf"^\W*(?:avec\s+)?{_AGENCY}\W*$", re.IGNORECASE)
# "PARIS (AFP) - ", "Dijon, 18 juin 2020 (AFP) — ", "WASHINGTON, 17 juin (Reuters) -", and with no
# agency a place in capitals: "ROCK HILL, S.C. — ", "BOSTON – ".
_DATELINE = re.compile(
    rf"^[A-ZÀ-Ý][\w'’\-]+(?:[ \-][A-ZÀ-Ý][\w'’\-]+)*(?:,\s*[^()]{{1,30}})?\s*\({_AGENCY}\)\s*[-–—:]\s*"
    # One word of five capitals at least ("NASA —", "ONU -" are a sentence's subject), before a new sentence.
    r"|^(?:[A-ZÀ-Ý]{2,}(?:[ \-'’][A-ZÀ-Ý]{2,})+|[A-ZÀ-Ý]{5,})(?:,\s*[A-Z][\w.]{0,12}(?:\s[A-Z][\w.]{0,12})?)?\s+[-–—]\s+(?=[A-ZÀ-Ý\"«“])"
)
SHORT = 20  # a byline or credit is short; a long sentence with "publié le" is news about a publication


def strip_dateline(text: str) -> str:
    """The sentence without a dateline opening it."""
    match = _DATELINE.match(text)
    if not match:
        return text
    rest = text[match.end() :]
    return rest if len(rest.split()) >= 3 else text


def is_furniture(text: str) -> bool:
    """True for a byline, credit, link line, prompt or caption: never a lead or a point.
    The rules are ingestion's (one byline rule, one furniture rule), applied to a sentence."""
    from ..ingest.byline import read_byline
    from ..ingest.features import features

    text = " ".join(text.split())
    if not text:
        return True
    found = features(text)
    if _LINK.search(text) or _AGENCY_ONLY.match(text) or found.glued_source:
        return True
    # Ingestion's strong cues (prompts, legal lines) and credits; its weak ones ("commenter", "site")
    # condemn short page lines, not sentences.
    short = len(text.split()) <= SHORT
    return short and (found.strong_furniture or found.credit or read_byline(text, found.dates) is not None)
