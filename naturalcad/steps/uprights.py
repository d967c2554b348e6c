"""Upright walls or plates added at the ends of a base plate: Text2CAD's wording of an L or U bracket.

"At each short end of the base, add an upright wall 0.05 units thick that spans the full 0.3 unit
width, flush with the end of the base, so that the overall height of the bracket is 0.25 units",
"at one short end, add a vertical plate 0.05 units thick spanning the full 0.4 unit width, rising to
an overall height of 0.35 units". Each wall is a block standing on the base, flush with its end; its
thickness is the size said thick, its height the overall height less the base (or the height said of
the wall). Anything else about it (a width short of the base's, a place other than the end) declines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import ops
from .text import NUM, first

_WALL = re.compile(r"\b(?:add|attach|raise|build|extrude|place)\w*\b[^.;]*?\b(?:upright|vertical)\s+(?:walls?|plates?|legs?|flanges?|sides?)\b|"
                   r"\b(?:legs?|walls?|uprights?|sides?)\s+(?:goes|go|going|rises?|rising|stands?|standing|comes?|coming)\s+up\b|\blegs?\s+(?:rises?|rising)\b", re.I)
# "at each short end", "at both 25 mm wide ends": the end named by its width is the width of the base
_END_SIZE = r"(?:short\s+|(\d+(?:\.\d+)?)\s*mm\s*(?:wide\s+)?)?"
_EACH_END = re.compile(r"\b(?:at|on)\s+(?:each|both|either)\s+" + _END_SIZE + r"ends?\b|\bat\s+both\s+(?:short\s+)?ends\b", re.I)
_ONE_END = re.compile(r"\b(?:at|on)\s+one\s+" + _END_SIZE + r"end\b", re.I)


@dataclass
class Walls:
    bodies: list[ops.Operation]
    summary: str
    roles: dict[float, str]


def _fmt(v: float) -> str:
    return f"{round(v, 3):g}"


def end_walls(text: str, length: float, width: float, top: float) -> Walls | None:
    """The walls standing at one or both short ends of a base plate `length` (X) × `width` (Y) whose top is at `top`."""
    if not _WALL.search(text) or length <= 0 or width <= 0:
        return None
    both, one = bool(_EACH_END.search(text)), bool(_ONE_END.search(text))
    if both == one or re.search(r"\b(?:hole|bore|cut|slot|fillet|chamfer)\w*\b", text, re.I):
        return None
    t = first(NUM + r"\s*mm\s*thick\b", text) or first(r"\bthickness\s+of\s+" + NUM, text)
    overall = first(r"\b(?:overall|total)\s+height\s+(?:of\s+(?:the\s+\w+\s+)?(?:is\s+)?)?" + NUM, text) or first(
        r"\bto\s+(?:an?\s+)?" + NUM + r"\s*mm\s*(?:total|overall)\s+height\b", text) or first(
        r"\b(?:rising|rises|rise)\s+to\s+(?:an?\s+)?(?:overall\s+)?(?:height\s+of\s+)?" + NUM, text)
    tall = first(NUM + r"\s*mm\s*(?:tall|high)\b", text) or first(r"\b(?:rising|rises|standing)\s+" + NUM + r"\s*mm\s*above\b", text)
    span = first(r"\b(?:full|whole|entire)\s+" + NUM + r"\s*mm\s*width\b", text)
    if t is None or (overall is None) == (tall is None) or (span is not None and abs(span - width) > 1e-9):
        return None
    end = _EACH_END.search(text) or _ONE_END.search(text)
    named = float(end.group(1)) if end and end.group(1) else None
    if named is not None and abs(named - width) > 1e-9:
        return None  # "at both 40 mm ends" of a base whose ends are not 40 wide
    if named is None and not re.search(r"\b(?:full|whole|entire)\s+(?:\d+(?:\.\d+)?\s*mm\s*)?width\b", text, re.I):
        return None  # a wall narrower than the base: where it stands across the width is not said
    if named is not None:
        span = named
    h = (overall - top) if overall is not None else float(tall or 0.0)
    if h <= 0 or 2 * t >= length:
        return None
    ends = [1.0, -1.0] if both else [1.0]
    bodies: list[ops.Operation] = [ops.Boss(ops.Box(t, width, h, z0=top, centre=(s * (length / 2 - t / 2), 0.0), what="wall"), "wall")
                                   for s in ends]
    roles = {t: "wall thickness", **({overall: "overall height (the walls' top)"} if overall is not None else {h: "wall height"})}
    if span is not None:
        roles[span] = "the base's width (agrees)"
    where = "at each short end" if both else "at one short end"
    return Walls(bodies, f"{len(ends)} upright wall{'s' if both else ''} {_fmt(t)} × {_fmt(width)} × {_fmt(h)} mm {where}, flush with the end", roles)
