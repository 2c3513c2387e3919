"""News agencies, one list for every stage that reads them: a dateline's "(AFP)", a
credit line "© Reuters", a page signed by an agency alone ("AFP, publié le …")."""

from __future__ import annotations

import re

AGENCIES = (
    "AFP", "AP", "Reuters", "MAP", "ANSA", "DPA", "EFE", "Belga", "Xinhua", "Relaxnews", "ETX", "ATS", "APS",
    "TAP", "Anadolu", "6Medias", "UPI", "Kyodo", "TASS", "SIPA", "Associated Press", "Agence France-Presse",
    "Europa Press", "RIA Novosti", "Maghreb Arabe Presse",
)
# The longest first, so that "Associated Press" is read whole before "AP".
AGENCY_PATTERN = "(?:" + "|".join(re.escape(a) for a in sorted(AGENCIES, key=len, reverse=True)) + ")"
