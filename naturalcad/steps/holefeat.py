"""A counterbore or countersink added in its own step to holes made before.

People drill the holes in one step and finish them in the next: "Counterbore each hole from
the top face to 14 mm diameter, 5 mm deep", "Countersink both holes: 90 degree included
angle, 13 mm diameter at the surface", "Counterbore each of them 14 mm diameter, 4 mm deep",
"Add a 16 mm counterbore, 6 mm deep, to all four holes". The step names no new holes: it
refers back to the last hole pattern, and its sizes are the seat's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .text import NUM, first

_BORE = r"(?:counter-?bor\w*|c'?bore\w*|spot-?fac\w*)"
_SINK = r"(?:counter-?sink\w*|counter-?sunk|c'?sink\w*)"
_BACK = r"(?:each|every|all|both|the|these|those|them|it|all\s+(?:the\s+)?(?:\w+\s+)?)"
# "Counterbore each hole ...", "Countersink both holes ...", "Counterbore each of them ...", "Finally counterbore the four holes"
_VERB_FIRST = re.compile(r"^\s*(?:then\s*,?\s*|next\s*,?\s*|finally\s*,?\s*|now\s+)?(" + _BORE + "|" + _SINK + r")\s+" + _BACK + r"\b", re.I)
# "Add a 16 mm counterbore, 6 mm deep, to each hole", "Give all four holes a 90 degree countersink"
_ADD_TO = re.compile(r"^\s*(?:then\s+|finally\s+)?(?:add|give|put|cut|machine)\b[^.;]*?\b(" + _BORE + "|" + _SINK + r")\b[^.;]*?"
                     r"\b(?:to|on|in|into|at)\s+(?:each|every|all|both|the|these|those|them)\b"
                     r"|^\s*(?:then\s+|finally\s+)?(?:give|add)\s+(?:each|every|all|both|the|these|those)\b[^.;]*?\b(" + _BORE + "|" + _SINK + r")\b", re.I)


@dataclass(frozen=True)
class Seat:
    """The counterbore (diameter, depth) or countersink (diameter at the face, included angle) of earlier holes."""

    kind: str  # counterbore | countersink
    diameter: float
    depth_or_angle: float


def refers_back(text: str) -> str | None:
    """'counterbore' or 'countersink' when the step finishes earlier holes, else None."""
    m = _VERB_FIRST.match(text) or _ADD_TO.match(text)
    if not m:
        return None
    word = next(g for g in m.groups() if g).lower()
    return "countersink" if re.match(_SINK, word, re.I) else "counterbore"


def _diameter(text: str) -> float | None:
    return (first(NUM + r"\s*mm\s*(?:in\s+)?(?:diameter|dia\b|across)", text)
            or first(r"\b(?:diameter|dia\.?)\s*(?:of\s*|=\s*|:\s*)?" + NUM, text)
            or first(r"\bto\s*(?:an?\s*)?" + NUM + r"\s*mm\b(?!\s*deep)", text)
            or first(NUM + r"\s*mm\s*(?:" + _BORE + "|" + _SINK + ")", text))


def seat_of(text: str, hole_diameter: float) -> Seat | None:
    """The seat a referring step gives, or None when its sizes are missing or do not fit the holes."""
    kind = refers_back(text)
    if kind is None:
        return None
    d = _diameter(text)
    if kind == "counterbore":
        depth = first(NUM + r"\s*mm\s*deep", text) or first(r"\bdepth\s*(?:of\s*)?" + NUM, text) or first(
            r"\d\s*(?:mm)?\s*(?:diameter\s*|dia\.?\s*)?x\s*" + NUM, text)
        if d is None or depth is None or d <= hole_diameter:
            return None
        return Seat(kind, d, depth)
    angle = first(NUM + r"\s*degrees?", text) or 90.0
    if d is None or d <= hole_diameter or not 30.0 <= angle <= 150.0:
        return None
    return Seat(kind, d, angle)
