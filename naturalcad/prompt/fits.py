"""Fit and grade words ("close fit", "loose-fitting", "free fit", "tight", "H7", "press fit").

A fit word changes a hole without a number of its own: "spacer for an M6 bolt, close fit hole"
is a 6.4 mm bore (ISO 273 fine), not the 6.6 of a normal fit. Every fit word the prompt holds is
found here, once, so a family can apply it and the check after the build (`part_promises.py`)
can tell whether the part has it: a clearance fit with a screw size is held to the ISO 273 (or
ASME B18.2.8) hole of that fit; a tolerance grade (H7, press / sliding / transition fit) is
modelled at the nominal size, which the reading says, because a tolerance belongs on the drawing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .tables import metric_fasteners as _mf

# clearance fits: the word, then "fit"/"fitting" (a bare "close" is too often "close to the edge")
_CLEARANCE = {"close": "close", "tight": "close", "fine": "close", "snug": "close", "medium": "medium",
              "normal": "medium", "standard": "medium", "loose": "loose", "free": "loose", "coarse": "loose"}
_CLEARANCE_RX = re.compile(r"\b(?P<word>close|tight|fine|snug|medium|normal|standard|loose|free|coarse)"
                           r"(?:[\s-]*(?:fit(?:ting)?|clearance|series)\b|(?=\s+(?:on|over|around)\s+(?:the|a|an)\s+"
                           r"(?:bolt|screw|shaft|rod|pin)\b))", re.I)
# tolerance grades and interference / location fits: modelled at the nominal size
_GRADE_RX = re.compile(r"(?<![\w.])(?P<grade>H(?:6|7|8|9|11)|G[67]|F[78]|h(?:6|7|8|9)|g6|f7|js6|k6|n6|p6)(?![\w.])"
                       r"|\b(?P<kind>press|interference|push|sliding|slide|slip|running|transition|location|shrink)"
                       r"[\s-]*fit(?:ted|ting)?\b", re.I)
METRIC_RX = re.compile(r"(?<![\w.])M(?P<size>\d+(?:\.\d+)?)(?![\w.])")


@dataclass(frozen=True)
class FitSaid:
    text: str           # as typed
    kind: str           # "clearance" | "grade"
    fit: str            # close | medium | loose for a clearance fit; the grade or fit word otherwise
    start: int
    end: int


def fits_said(prompt: str) -> list[FitSaid]:
    """Every fit or grade word in the prompt, in order ("close fit hole": clearance, close)."""
    out = [FitSaid(m.group(0).strip(), "clearance", _CLEARANCE[m.group("word").lower()], m.start(), m.end())
           for m in _CLEARANCE_RX.finditer(prompt)]
    for m in _GRADE_RX.finditer(prompt):
        word = m.group("grade") or (m.group("kind") or "").lower()
        out.append(FitSaid(m.group(0).strip(), "grade", word, m.start(), m.end()))
    return sorted(out, key=lambda f: f.start)


def clearance_fit(prompt: str) -> str | None:
    """The one clearance fit the prompt names (None when none, or two different ones)."""
    fits = {f.fit for f in fits_said(prompt) if f.kind == "clearance"}
    return fits.pop() if len(fits) == 1 else None


def metric_clearance(size: float, fit: str) -> float | None:
    """The ISO 273 clearance hole of M`size` for `fit` (None for a size not in the table)."""
    row = _mf.METRIC.get(float(size))
    return _mf.clearance(row, fit) if row is not None else None
