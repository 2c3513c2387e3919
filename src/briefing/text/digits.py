"""Arabic-Indic and Eastern Arabic-Indic digits, read as the ASCII digits they are;
and the one spelling of Arabic letters that dates and words are read in."""

from __future__ import annotations

ARABIC_DIGITS: dict[str, str] = {
    **{chr(0x0660 + d): str(d) for d in range(10)},  # Arabic-Indic (Arabic script)
    **{chr(0x06F0 + d): str(d) for d in range(10)},  # Eastern Arabic-Indic (Persian, Urdu)
}


# Letters Arabic writes several ways, each to one form, a character for a
# character (dates find offsets in the folded text that hold in the original):
# hamza on or under alef and madda / wasla alef -> alef; taa marbuta -> haa;
# alef maqsura -> yaa; Persian keheh and yeh -> kaf and yaa; the digits.
# Tatweel (a stretching stroke) is each reader's: words drop it, dates make it a space.
ARABIC_LETTERS: dict[str, str] = {
    "\u0623": "\u0627", "\u0625": "\u0627", "\u0622": "\u0627", "\u0671": "\u0627",
    "\u0629": "\u0647", "\u0649": "\u064a", "\u06a9": "\u0643", "\u06cc": "\u064a",
    **ARABIC_DIGITS,
}
TATWEEL = "\u0640"
