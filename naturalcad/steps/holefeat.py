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


# ISO coarse tap drills: "an M8 tapped hole" is drilled 6.8 mm; the thread itself is not modelled
TAP_DRILL = {1.6: 1.25, 2.0: 1.6, 2.5: 2.05, 3.0: 2.5, 4.0: 3.3, 5.0: 4.2, 6.0: 5.0, 8.0: 6.8, 10.0: 8.5, 12.0: 10.2,
             14.0: 12.0, 16.0: 14.0, 20.0: 17.5, 24.0: 21.0}
_TAPPED = re.compile(r"\b(?:tapped|threaded)\b", re.I)
_M_SIZE = re.compile(r"\bM(\d+(?:\.\d+)?)(?:\s*x\s*\d+(?:\.\d+)?)?\b(?!\s*mm)")


def tap_drilled(text: str) -> tuple[str, float | None] | None:
    """'Drill an M8 tapped hole in the centre' -> ('Drill an 6.8 mm hole in the centre', 6.8): the hole as drilled,
    or None when the step taps no hole (a threaded rod, a thread on a boss)."""
    if not _TAPPED.search(text) or not re.search(r"\bholes?\b", text, re.I):
        return None
    plain = text
    drill = None
    m = _M_SIZE.search(text)
    if m:
        drill = TAP_DRILL.get(float(m.group(1)))
        if drill is None:
            return None
        plain = plain[: m.start()] + f"{drill:g} mm" + plain[m.end():]
    plain = _TAPPED.sub(" ", plain)
    plain = re.sub(r"\b(?:an|a)\s+(?=\d)", "a ", plain)
    return re.sub(r"\s{2,}", " ", plain), drill
