"""Revolve, sweep and sketch-on-a-face prose: the sketches people give by coordinates, not by points.

"On the XZ plane, draw a rectangle whose corners are at X = 10 and X = 25 and at Z = 0 and Z = 15",
"a rectangle from X = 30 to X = 70 and from Z = 0 to Z = 10": a profile named by its bounds, read
for a revolve. "A circle 8 mm in diameter on the XZ plane, centred at X = 40": a sweep's section.
"Sketch a circle of diameter 30 on the top face, concentric. Extrude it 20 mm upward and join":
a boss on the part so far. Each reader returns plain values; read.py turns them into operations.
"""

from __future__ import annotations

import re

from .text import NUM

_SIGNED = r"([+-]?\d+(?:\.\d+)?)"
_DIA = r"(?:" + NUM + r"\s*(?:mm)?\s*(?:in\s+)?diameter|diameter\s*(?:of\s*|is\s*)?" + NUM + r")"


def _coords(axis: str, text: str) -> list[float]:
    """Every value given for one axis: 'X = 10 and X = 25', 'from X = 30 to X = 70', 'X = 30 to 70'."""
    out: list[float] = []
    for m in re.finditer(rf"\b{axis}\s*=\s*{_SIGNED}(?:\s*mm)?(?:\s*(?:to|and|-|–)\s*(?!\s*[A-Za-z]\s*=){_SIGNED}(?!\s*,\s*\d))?", text, re.I):
        for g in m.groups():
            if g is not None and float(g) not in out:
                out.append(float(g))
    return out


def bounded_rectangle(text: str) -> list[tuple[float, float]] | None:
    """A rectangle in the XZ plane named by its two X and two Z bounds, as (radius, height) corners."""
    if not re.search(r"\brectangle\b", text, re.I):
        return None
    xs, zs = _coords("X", text), _coords("Z", text)
    if len(xs) != 2 or len(zs) != 2:
        return None
    (x1, x2), (z1, z2) = sorted(xs), sorted(zs)
    if x1 < 0 or x2 <= x1 or z2 <= z1:
        return None
    return [(x1, z1), (x2, z1), (x2, z2), (x1, z2)]


def sweep_circle(text: str) -> float | None:
    """The diameter of a circular section to sweep: 'a circle 10 mm in diameter', 'a circle of diameter 10'."""
    m = re.search(r"\bcircle\b(?:(?!\bpath\b|\barc\b)[^.;]){0,30}?" + _DIA, text, re.I) or re.search(
        NUM + r"\s*mm\s*(?:diameter\s*)?circle\b", text, re.I)
    if not m:
        return None
    return next(float(g) for g in m.groups() if g is not None)


def face_boss(text: str) -> tuple[float, float, tuple[float, float]] | None:
    """(diameter, height, centre) of a circle sketched on the top face and extruded up into the part (a boss)."""
    if not re.search(r"\bon\s+(?:the\s+)?top\s+(?:face|surface)\b", text, re.I) or not re.search(r"\bcircle\b", text, re.I):
        return None
    if re.search(r"\b(?:cut|remove|subtract|pocket|hole|down(?:ward)?s?\s+into)\b", text, re.I):
        return None
    d = re.search(r"\bcircle\b[^.;]{0,30}?" + _DIA, text, re.I) or re.search(NUM + r"\s*mm\s*(?:diameter\s*)?circle\b", text, re.I)
    h = re.search(r"\bextrude[ds]?\b[^.;]*?(?:by\s+|to\s+a\s+height\s+of\s+)?" + NUM + r"\s*(?:mm)?\s*(?:up(?:ward)?s?|high|tall|above)?", text, re.I)
    if not d or not h:
        return None
    dia = next(float(g) for g in d.groups() if g is not None)
    centre = (0.0, 0.0)
    at = re.search(r"cent(?:re|er)d?\s+at\s*\(\s*" + _SIGNED + r"\s*,\s*" + _SIGNED + r"\s*\)", text, re.I)
    if at:
        centre = (float(at.group(1)), float(at.group(2)))
    elif not re.search(r"\b(?:concentric|centred|centered|coaxial|on the axis|at the centre|at the center)\b", text, re.I):
        return None
    return dia, float(h.group(1)), centre
