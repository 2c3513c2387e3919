"""Sentences that are page furniture, not news: a guard for leads and points.

Ingestion takes most bylines, captions and link lines out of the body; this
is the brief's own check, so that whatever slips through never becomes a
lead or a key point. The forms are those of news pages in general: a byline
("Par Nadia Alaoui", "publié le jeudi 18 juin 2020 à 10h55", "Mis à jour
le ..."), an agency tag on its own ("(AFP)"), a photo credit ("Photo : X /
AFP", "© Reuters"), a link line ("Lire aussi : ...", "Voir aussi"), a share or
subscribe prompt, and a video caption glued to its outlet ("... policièrespar
BFMTV"). A dateline that opens a real sentence ("PARIS (AFP) - La justice
a ...") is cut off and the sentence kept.
"""

from __future__ import annotations

import re

_AGENCY = r"(?:AFP|Reuters|AP|MAP|ANSA|DPA|EFE|Belga|Xinhua|Relaxnews|ETX)"
_BYLINE = re.compile(
    r"^(?i:par|by)\s+[A-ZÀ-Ý][\w.'’\-]*(?:\s+(?:[A-ZÀ-Ý][\w.'’\-]*|de|du|d['’]|et|avec))*"
    r"(?:\s*[-–—|/(]|\s*,\s*(?:[A-ZÀ-Ý]{2,}|\d|(?i:le\s+\d|publié|mis\s+à\s+jour))|\s*\.?$)"
    r"|^(?:[\w'’.\- ]{0,40}[,|\-–]\s*)?(?i:publié|publiée|mis\s+à\s+jour|mise\s+à\s+jour|modifié|actualisé)"
    r"(?i:\s+le|\s+à|\s+il\s+y\s+a)\b"
)
_CREDIT = re.compile(
    rf"(?:^|\s)(?:photo|crédit(?:\s+photo)?|illustration|image|vidéo)s?\s*:|©|\(photo\b|/\s*{_AGENCY}\b|"
    rf"\b{_AGENCY}\s*/\s*archives\b|\bgetty\s+images\b",
    re.IGNORECASE,
)
_LINK = re.compile(
    r"^\W*(?:à\s+lire\s+(?:aussi|également)|a\s+lire\s+(?:aussi|également)|lire\s+(?:aussi|également|la\s+suite)|"
    r"voir\s+aussi|sur\s+le\s+même\s+sujet|en\s+savoir\s+plus|pour\s+aller\s+plus\s+loin|regarder\s+la\s+vidéo|"
    r"vidéo\s*[-–:]|en\s+direct\s*[-–:]|découvrir)\b",
    re.IGNORECASE,
)
_PROMPT = re.compile(
    r"\b(?:abonnez-vous|inscrivez-vous|newsletter|suivez-nous|partager\s+sur|cliquez\s+ici|"
    r"tous\s+droits\s+réservés|réagir\s+à\s+cet\s+article|signaler\s+un\s+abus)\b",
    re.IGNORECASE,
)
_AGENCY_ONLY = re.compile(rf"^\W*(?:avec\s+)?{_AGENCY}\W*$", re.IGNORECASE)
# "... et les violences policièrespar BFMTV": a caption run into its outlet's name.
_GLUED_CAPTION = re.compile(r"[a-zà-ÿ]par\s+[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?\s*$")
# "PARIS (AFP) - ", "Dijon, 18 juin 2020 (AFP) — ", "WASHINGTON, 17 juin (Reuters) -"
_DATELINE = re.compile(
    rf"^[A-ZÀ-Ý][\w'’\-]+(?:[ \-][A-ZÀ-Ý][\w'’\-]+)*(?:,\s*[^()]{{1,30}})?\s*\({_AGENCY}\)\s*[-–—:]\s*"
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
    """True for a byline, credit, link line, prompt or caption: never a lead or a point."""
    text = " ".join(text.split())
    if not text:
        return True
    if _LINK.search(text) or _AGENCY_ONLY.match(text) or _GLUED_CAPTION.search(text):
        return True
    short = len(text.split()) <= SHORT
    return short and bool(_BYLINE.search(text) or _CREDIT.search(text) or _PROMPT.search(text))
