"""The unit of a number nobody gave a unit: US drawing decimals.

A drawing dimensioned in inches leaves the unit off and writes its sizes the way ASME Y14.5
asks for inches: no leading zero (".250", "Ø.500"), and a fixed number of places ("6.00",
"2.000"). A millimetre drawing writes the leading zero (ISO 129: "0.5") and mostly whole
numbers or one place ("Ø6.6", "120 x 80 x 6"). So a callout with no unit typed anywhere,
whose every size is written in the inch style, is read as inches, and the reading says so;
one metric mark (a unit word, an M thread, a metric-style size) keeps the whole callout in mm.

This module only decides; the three unit readers (`numbers.apply_default_unit` for the part
families, `scan` for the size check, `steps.text` for the step reader) ask it, so they agree.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

NOTE = "read as inches: US drawing decimals"

# any unit typed anywhere: the person gave the units, nothing to infer
_UNIT_TYPED = re.compile(r"\d\s*(?:mm|cm|m|in|inch|inches|ft|feet|\"|''|\u2033|\u201d)(?![a-z])"
                         r"|\b(?:millimet|centimet|met(?:re|er)s?\b|inch|inches|metric|imperial)", re.I)
_UNITS_WORD = re.compile(r"\bunits?\b", re.I)  # "0.75 units": normalised CAD units, not a drawing
_THREAD = re.compile(r"(?<![A-Za-z])M\d", re.I)  # "M6": a metric screw, a metric drawing
# a number as typed, with a sign or a leading dot kept; "4X", "90°", "45 deg" are not sizes
_NUMBER = re.compile(r"(?<![A-QS-Za-qs-z0-9_.])(\d*\.\d+|\d+)(?![0-9_.]|[A-Za-z](?<![xX]))(?!\s*(?:°|deg\b|degrees?\b|%|plcs\b|places\b))", re.I)
_COUNT_AFTER = re.compile(r"\s*[xX]\s*(?:[Øø⌀∅MR]|dia\b)|\s*(?:holes?|plcs|places)\b|[xX]\b", re.I)  # "4X Ø.281", "4 holes"


@dataclass(frozen=True)
class DrawingInches:
    """A callout read as inches: `strong` when it writes a leading-dot decimal (never metric style)."""

    strong: bool
    sizes: tuple[str, ...]  # the sizes as typed that decided it

    @property
    def note(self) -> str:
        return NOTE


def _inch_style(number: str) -> bool:
    """'.250', '2.000', '6.00', '1.25': the inch drawing's spelling (two or more places, or no leading zero)."""
    return number.startswith(".") or re.fullmatch(r"\d+\.\d{2,}", number) is not None


def sizes_typed(text: str) -> list[str]:
    """The sizes of the prompt as typed: numbers that are not counts ("4X"), angles, or step numbers."""
    out = []
    for m in _NUMBER.finditer(text):
        if "." not in m.group(1) and _COUNT_AFTER.match(text, m.end()):
            continue
        out.append(m.group(1))
    return out


def drawing_inches(text: str) -> DrawingInches | None:
    """The callout's unit is inches by US drawing convention, or None (mm, or a unit was typed).

    Every size must be in the inch style, except small whole numbers a drawing may give bare
    ("6 x 4 x .375"); one size without its leading zero, or two to three places ("2.000 x 1.250"),
    among at least two sizes. No unit typed, no M thread, no "0.5" (ISO style),
    nothing over 48 (four feet).
    """
    if _UNIT_TYPED.search(text) or _THREAD.search(text) or _UNITS_WORD.search(text):
        return None
    sizes = sizes_typed(text)
    inch = [s for s in sizes if _inch_style(s)]
    dots = [s for s in inch if s.startswith(".")]
    if len(sizes) < 2 or not (dots or (len(inch) >= 2 and sum(1 for s in inch if re.fullmatch(r"\d+\.\d{3}", s)) >= 2)):
        return None  # "Ø12.70", "25.40": two places alone may be millimetres
    for s in sizes:
        if re.match(r"0\.\d", s) or float(s) > 48:  # "0.5": the leading zero of a metric drawing; 120.00 in is 3 m
            return None
        if not _inch_style(s) and ("." in s or float(s) > 12):  # "Ø6.6", "120": a metric size
            return None
    strong = any(s.startswith(".") for s in inch) and all(_inch_style(s) for s in sizes)
    return DrawingInches(strong, tuple(inch))
