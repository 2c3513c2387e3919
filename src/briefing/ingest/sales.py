"""Pages that sell rather than report: a kiosk's or a subscription's page.

A saved crawl holds shop pages (a magazine issue on sale: "Testez l'offre
découverte : une semaine à 1€, sans engagement !", "Une fois téléchargé dans
l'application, lisez votre titre …"). Their prose describes the product, so
nothing else tells them from an article; their pitch does: it speaks to the
reader in the imperative about an offer, or gives it a price by the month,
which a report never does outside quotation marks (a report of an offer
quotes it: "profitez de notre offre !", a écrit la police). One such line
under an article is the site's ("Profitez de notre offre découverte."): it
goes, the article stays. "Abonnez-vous" is no pitch here: a paywall says it
below a real article, and features._STRONG makes that line furniture.
"""

from __future__ import annotations

import re
from typing import Sequence

_PITCH = re.compile(
    r"""(?<![\w-])(?:offrez-vous|composez-vous|(?:testez|essayez)\ (?:l['’]|notre\ |cette\ )offre
    |profitez\ (?:dès\ à\ présent\ |dès\ maintenant\ |vite\ )?de\ (?:l['’]|notre\ |cette\ )offre
    |lisez\ votre\ (?:titre|magazine|journal)|lisez\ sans\ compter|composez\ votre\ abonnement
    |téléchargez\ (?:l['’]application|votre\ (?:titre|magazine|journal|hebdomadaire|quotidien))
    |ne\ ratez\ rien\ de\ l['’]actualité|(?:mois|semaine)\ d['’]essai\ (?:est\ )?à\ \d)(?![\w-])""",
    re.IGNORECASE | re.VERBOSE,
)
# A price by the month or week and an imperative: "Grâce au BOUQUET INFO, plongez dans l’actualité pour seulement
# 5€ par semaine" (not "vous" alone: service pages tell the reader what an allowance gives "par mois").
_PRICE = re.compile(r"\d+(?:[,.]\d+)?\s?(?:€|euros?)\s?(?:par|/)\s?(?:mois|semaine|an)\b", re.IGNORECASE)
_READER = re.compile(r"(?<![\w-])(?:téléchargez|lisez|profitez|offrez|plongez)(?![\w-])", re.IGNORECASE)
SHOP_SHARE = 1 / 3  # of a page's paragraphs pitching, past which the page is a shop's
_QUOTED = re.compile(r"[«“\"][^«»“”\"]{0,600}[»”\"]")


def pitches(text: str) -> bool:
    """Whether the paragraph speaks to the reader to sell, outside quotation marks."""
    own = _QUOTED.sub(" ", text)
    return bool(_PITCH.search(own)) or bool(_PRICE.search(own) and _READER.search(own))


def sells(paragraphs: Sequence[str]) -> bool:
    """Whether a page's standfirst and body are a shop's: two of them, or a third, pitch."""
    n = sum(pitches(p) for p in paragraphs)
    return n > 0 and (n >= 2 or n >= SHOP_SHARE * len(paragraphs))


def without_pitches(paragraphs: Sequence[str]) -> list[str]:
    """An article's standfirst and body without the lines that sell ('Profitez de notre offre
    découverte.' under it); call on a page that does not sell (`sells`)."""
    return [p for p in paragraphs if not pitches(p)]
