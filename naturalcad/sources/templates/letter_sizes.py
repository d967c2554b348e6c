"""Sizes written as a letter glued to a number: "cylinder d40 h20", "D50 x H30", "L120 W40".

Drawings and quick notes name a size by its letter (d diameter, h height, l length, w width);
the parser reads such a name only when written "d=40", so the glued form is rewritten to it.
An ISO fit ("Ø20 H7", "20h6": a letter right after a diameter, grade 1-13) is not a size and
stays as written; so do T (belt and screw names: T5, T8) and R, M, X, which have their own readers.
"""

from __future__ import annotations

import re

# the letter must stand alone ("d40", not "gd40" or "SPZ40"), the number must end there ("d40", not "d4x")
_GLUED = re.compile(r"(?<![A-Za-z0-9#./])([dDhHlLwW])\s?(\d+(?:[.,]\d+)?)(?![\d.,]*[A-Za-z])(?![.,]?\d)")
_LETTER_BEFORE = re.compile(r"(?<![A-Za-z])[dDlLwW]\s?=?\s?\d+(?:[.,]\d+)?\s*(?:x\s*)?$")
_FIT_BEFORE = re.compile(r"(?:\d|[øØ⌀]\s*\d+(?:\.\d+)?)\s*$")


def is_fit(text: str, letter: str, number: str, start: int) -> bool:
    """'Ø20 H7', '20h6': a tolerance class after a diameter, not a height."""
    if letter.lower() != "h" or not number.isdigit() or int(number) > 13:
        return False
    before = text[max(0, start - 12):start]
    if _LETTER_BEFORE.search(before):
        return False   # "W40 H10": a height after another lettered size
    return _FIT_BEFORE.search(before) is not None


def letter_sizes(text: str) -> str:
    """`text` with "d40 h20" written "d=40 h=20", the form the parser reads as named sizes."""
    def named(m: re.Match[str]) -> str:
        if is_fit(text, m.group(1), m.group(2), m.start()):
            return m.group(0)
        return f"{m.group(1)}={m.group(2)}"
    text = _GLUED.sub(named, text)
    # "disc d60 t10": a lower-case t glued to a number right after another lettered size is the thickness
    # (a capital T alone stays a belt or screw name: T5, T10)
    return _THICK_AFTER.sub(lambda m: f"{m.group(1)}t={m.group(2)}", text)


_THICK_AFTER = re.compile(r"((?<![A-Za-z])[dDlLwWhH]=\d+(?:[.,]\d+)?\s*,?\s*(?:x\s*)?)t\s?(\d+(?:[.,]\d+)?)(?![\d.,]*[A-Za-z])(?![.,]?\d)")


def glued_size(typed: str) -> str | None:
    """The size a glued letter names ("d40" -> "diameter"), or None when `typed` is not one."""
    m = re.fullmatch(r"([dDhHlLwW])\s?\d+(?:[.,]\d+)?", typed.strip())
    return {"d": "diameter", "h": "height", "l": "length", "w": "width"}[m.group(1).lower()] if m else None
