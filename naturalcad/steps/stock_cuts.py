"""Cuts a turner, a saw or a ball-end cutter makes on the stock itself: a slab sliced off a face, an end
turned down, a half-round groove across a face.

"slice 5 mm off the bottom so it sits flat", "cut 8 mm off the bottom of the ball", "face 2 mm
off the top"; "turn one end down to 8 dia for 15 mm", "reduce one end to 6 mm diameter over a
length of 8 mm". Both are plain pockets (ops.Pocket): a slab as wide as the part from the named
face, and a ring round the end with the turned diameter left standing as its island.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import ops
from .text import NUM

_OFF = re.compile(r"\b(?:cut|cuts|slice|slices|saw|saws|trim|trims|take|takes|mill|mills|face|faces|machine|machines|shave|remove)"
                  r"\s+(?:off\s+)?(?:the\s+)?" + NUM + r"\s*(?:mm\s*)?off\s+(?:of\s+)?(?:the\s+)?(bottom|base|underside|top)\b", re.I)
_OFF_AFTER = re.compile(r"\b(?:cut|slice|saw|trim|take|mill|face)\s+off\s+(?:the\s+)?(bottom|base|underside|top)\s+" + NUM + r"\s*mm\b",
                        re.I)
_TURN = re.compile(r"\b(?:turn|turns|reduce|reduces|neck|necks|step|steps)\s+(?:one|the|an?)\s+end\s+(?:down\s+)?(?:to\s+)?"
                   + NUM + r"\s*(?:mm\s*)?(?:dia\w*|diameter)?\s*(?:for|over|along)\s+(?:a\s+length\s+of\s+)?(?:the\s+last\s+)?"
                   + NUM + r"\s*mm\b", re.I)


@dataclass(frozen=True)
class StockCut:
    op: ops.Pocket
    summary: str
    roles: dict[float, str]


def slice_off(text: str, across: float) -> StockCut | None:
    """A slab `depth` thick taken off the bottom or the top of a part `across` mm wide at most."""
    m = _OFF.search(text)
    if m is not None:
        depth, face = float(m.group(1)), m.group(2).lower()
    elif (m := _OFF_AFTER.search(text)) is not None:
        face, depth = m.group(1).lower(), float(m.group(2))
    else:
        return None
    face = "top" if face == "top" else "bottom"
    size = round(across * 2 + 2, 4)
    return StockCut(ops.Pocket("rect", (size, size), depth, face=face), f"slice {depth:g} mm off the {face}",
                    {depth: "slice thickness"})


def turn_down(text: str, diameter: float) -> StockCut | None:
    """The top end of a round part turned down to a smaller diameter over a length."""
    m = _TURN.search(text)
    if m is None:
        return None
    small, length = float(m.group(1)), float(m.group(2))
    if small >= diameter:
        return None
    return StockCut(ops.Pocket("circle", (round(diameter + 2, 4), 0.0), length, island=small),
                    f"one end turned down to Ø{small:g} mm for {length:g} mm", {small: "turned diameter", length: "turned length"})


# "R4", "radius 4", and "4 mm radius" (the step reader's spelling of "R4")
_R = r"(?:(?:r\s*|radius\s*)" + NUM + r"\s*(?:mm\s*)?|" + NUM + r"\s*(?:mm\s*)?radius\s+)"
_ROUND_GROOVE = re.compile(r"\b" + _R + r"(?:half[- ]round|semi[- ]?circular|round[- ]bottom(?:ed)?)\s+(?:groove|channel|flute|cut)\b|"
                           r"\b(?:half[- ]round|semi[- ]?circular)\s+(?:groove|channel)\s+(?:of\s+)?" + _R, re.I)
_ALONG_SIZE = re.compile(r"\balong\s+the\s+" + NUM + r"\s*(?:mm\s*)?(?:direction|side|way|edge)s?\b", re.I)


@dataclass(frozen=True)
class RoundGroove:
    radius: float
    axis: str        # X or Y: the way it runs, open at both ends
    face: str        # top | bottom: the face whose edge line is its axis


def round_groove(text: str, x: float, y: float) -> RoundGroove | None:
    """'an R4 half-round groove across the underside (along the 12 direction)': a half cylinder taken out of a face."""
    m = _ROUND_GROOVE.search(text)
    if m is None:
        return None
    radius = float(next(g for g in m.groups() if g))
    face = "bottom" if re.search(r"\b(?:underside|bottom|base|below)\b", text, re.I) else "top"
    along = _ALONG_SIZE.search(text)
    if along is not None and float(along.group(1)) in (x, y):
        axis = "Y" if float(along.group(1)) == y and x != y else "X"
    elif re.search(r"\b(?:along|lengthwise|the long way)\b", text, re.I):
        axis = "X" if x >= y else "Y"
    else:  # "across": the short way over the part
        axis = "Y" if x >= y else "X"
    return RoundGroove(radius, axis, face)
