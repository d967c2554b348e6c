"""Signed numbers: a position ("holes at x = -12 and +12", "(-20, 15)", "offset -5") or a size.

A minus sign on a size makes no part ("plate 100 x 50 x -5" is refused with the reason); on a
coordinate or an offset it says which side of the origin a feature stands. The sign alone does not
say which: the words around it do. A signed number is a size only when it sits where a size is
written (in an "A x B" group, beside a size word, or before a part noun, "a -20mm cube"); every
other signed number is a position, never refused as a size.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_SIGNED = re.compile(r"(?<![\w.)\]])([-+−±])(\d*\.?\d+)")  # glued: "flat washer - 10.5 ID" is a dash
_UNIT = r"(?:\s*(?:mm|cm|m|in|inch|inches|\"))?"
_GROUP_AFTER = re.compile(_UNIT + r"\s*(?:[x×*]|by)\s*[-+]?\s*\d", re.I)
_GROUP_BEFORE = re.compile(r"\d(?:\s*(?:mm|cm|in))?\s*(?:[x×*]|by)\s*$", re.I)
_SIZE_WORDS = (r"thick|thickness|thk|long|length|wide|width|tall|high|height|deep|depth|dia|diameter|radius|"
               r"across|od|id|wall|side|sides|square|cube|plate|block|bar|disc|disk|cylinder|rod|tube|box|sphere|ball")
_SIZE_AFTER = re.compile(_UNIT + r"\s*(?:" + _SIZE_WORDS + r")\b", re.I)
_SIZE_BEFORE = re.compile(r"\b(?:thickness|thick|length|width|height|depth|diameter|dia|radius|wall|side|size)"
                          r"\s*(?:of|is|=|:|to)?\s*$", re.I)


@dataclass(frozen=True)
class Signed:
    """One signed number as typed, and whether it is a size (else a position)."""

    text: str
    start: int
    end: int
    value: float
    size: bool


def signed_numbers(text: str) -> list[Signed]:
    """Every number written with a sign ("-12", "+25", "±35"), read as a size or a position."""
    out = []
    for m in _SIGNED.finditer(text):
        sign, digits = m.group(1), m.group(2)
        value = float(digits) * (-1 if sign in "-−" else 1)
        before, after = text[max(0, m.start() - 24):m.start()], text[m.end():m.end() + 24]
        size = sign in "-−" and bool(_GROUP_AFTER.match(after) or _GROUP_BEFORE.search(before)
                                     or _SIZE_AFTER.match(after) or _SIZE_BEFORE.search(before))
        out.append(Signed(m.group(0), m.start(), m.end(), value, size))
    return out


# "(-20, 15)", "(22, 0)", "(0, ±35)": a point; "x = -12", "at z=10", "y: 15": a coordinate on one axis
_POINT = re.compile(r"\(\s*[-+−±]?\d*\.?\d+\s*(?:mm)?\s*,\s*[-+−±]?\d*\.?\d+\s*(?:mm)?(?:\s*,\s*[-+−±]?\d*\.?\d+\s*(?:mm)?)?\s*\)")
_AXIS = re.compile(r"(?<![A-Za-z])[xyzXYZ]\s*(?:=|:)\s*[-+−±]?\d*\.?\d+(?:\s*(?:,|and|or)\s*[-+−±]?\d*\.?\d+)*")
_DIGITS = re.compile(r"[-+−±]?\d*\.?\d+")


def coordinates(text: str) -> list[tuple[int, int]]:
    """Spans (start, end) of the numbers that place something: every signed number not written as a
    size, and the other numbers of a point in brackets or of an axis's values that carries one
    ("(-22, 0)", "x = -50, -25, 0, +25, +50")."""
    signed = [s for s in signed_numbers(text) if not s.size]
    spans = {(s.start, s.end) for s in signed}
    for m in (*_POINT.finditer(text), *_AXIS.finditer(text)):
        if not any(m.start() <= s.start < m.end() for s in signed):
            continue  # "line from (0, 0) to (40, 0)": a sketch's points stay lengths the size check can find
        head = 0 if m.re is _POINT else re.match(r"[xyzXYZ]\s*(?:=|:)\s*", m.group(0)).end()  # type: ignore[union-attr]
        for n in _DIGITS.finditer(m.group(0), head):
            spans.add((m.start() + n.start(), m.start() + n.end()))
    return sorted(spans)


def negative_sizes(text: str) -> list[Signed]:
    """The signed numbers written where a size goes with a minus sign: these make no part."""
    return [s for s in signed_numbers(text) if s.size]


def positions(text: str) -> list[Signed]:
    """The signed numbers that place something (coordinates, offsets), never sizes."""
    return [s for s in signed_numbers(text) if not s.size]
