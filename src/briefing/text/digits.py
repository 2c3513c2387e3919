"""Arabic-Indic and Eastern Arabic-Indic digits, read as the ASCII digits they are."""

from __future__ import annotations

ARABIC_DIGITS: dict[str, str] = {
    **{chr(0x0660 + d): str(d) for d in range(10)},  # Arabic-Indic (Arabic script)
    **{chr(0x06F0 + d): str(d) for d in range(10)},  # Eastern Arabic-Indic (Persian, Urdu)
}
