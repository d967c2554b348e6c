"""An open round cup by its outside sizes: 'outside diameter 50 mm, overall height 30 mm, 3 mm side wall and a
4 mm thick bottom; the top is open'.

People size a cup, pot or housing from the outside and give the wall and the bottom separately; the body is the
outside cylinder and the cavity a round pocket from the open top, down to the bottom's thickness.
"""

from __future__ import annotations

import re

from . import ops
from .text import NUM

_MM = r"\s*(?:mm\s*)?"
_CUP = re.compile(r"\b(?:cup|cups|pot|can|beaker|housing|canister|container|tub|cylindrical|round)\b", re.I)
_OPEN = re.compile(r"\bopen[- ](?:top|topped|ended)\b|\b(?:top|upper end)\s+(?:is\s+)?(?:left\s+)?open\b|\bopen\s+(?:at|on)\s+the\s+top\b", re.I)


def _f(pattern: str, text: str) -> float | None:
    m = re.search(pattern, text, re.I)
    return float(m.group(1)) if m else None


def cup(text: str) -> tuple[list[ops.Operation], str, dict[float, str]] | None:
    """The cup's body and cavity, or None unless the outside diameter, the height, the wall, the bottom and the
    open top are all said."""
    if not _CUP.search(text) or not _OPEN.search(text):
        return None
    d = _f(r"\b(?:outside|outer) diameter\s*(?:of\s*|is\s*)?" + NUM, text) or _f(NUM + _MM + r"(?:OD|outside diameter|outer diameter)\b", text) \
        or _f(r"\bOD\s*(?:of\s*)?" + NUM, text)
    h = _f(r"\b(?:overall|total|outside)\s+height\s*(?:of\s*|is\s*)?" + NUM, text) or _f(NUM + _MM + r"(?:tall|high)\s*(?:overall)?\b", text) \
        or _f(r"\bheight\s*(?:of\s*|is\s*)?" + NUM, text)
    wall = _f(NUM + _MM + r"(?:thick\s+)?(?:side\s*)?walls?\b", text) or _f(r"\b(?:side\s*)?walls?\s*(?:are\s*|is\s*|of\s*)?" + NUM + _MM + r"thick", text) \
        or _f(r"\bwall(?:\s*thickness)?\s*(?:of\s*|is\s*)?" + NUM, text)
    bottom = _f(NUM + _MM + r"(?:thick\s+)?(?:bottom|base|floor)\b", text) or _f(r"\b(?:bottom|base|floor)\s*(?:is\s*|of\s*)?" + NUM + _MM + r"thick", text)
    if not (d and h and wall and bottom) or 2 * wall >= d or bottom >= h:
        return None
    inner = d - 2 * wall
    made: list[ops.Operation] = [ops.Cylinder(d, h, what="cup"), ops.Pocket("circle", (inner, inner), h - bottom)]
    roles = {d: "outside diameter", h: "overall height", wall: "wall", bottom: "bottom thickness"}
    return made, f"open cup Ø{d:g} × {h:g} mm, {wall:g} mm wall, {bottom:g} mm bottom", roles
