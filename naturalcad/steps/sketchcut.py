"""A profile sketched on the top face and cut into the part: Text2CAD's intermediate wording of a pocket.

"Then sketch a centred rectangle 0.54 units by 0.34 units on the top face and cut it 0.27 units deep",
"sketch a rectangle 0.3 units wide on the top face, centred across the width, and cut it 0.3 units deep
along the full length", "on the top face, sketch a square with 0.2 unit sides centred on the axis and cut
it 0.15 units deep", "at one end of the block, remove a rectangular region 0.3 units long, spanning the
full width, to a depth of 0.1 units": no pocket is named, a sketch is cut. Each size is bound by its role
word (by / long / wide / sides / diameter / deep); a place other than the centre or one end declines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import ops
from .text import NUM, first

_SKETCHED = re.compile(r"\b(?:sketch\w*|draw\w*)\b[^.;]*?\b(rectangle|square|circle)\b|\bremov\w*\s+an?\s+(?:(rectangular|square|circular)\s+)?"
                       r"(?:region|area|portion|block|section|piece)\b", re.I)
_CUT = re.compile(r"\b(?:cut|remov\w*|subtract\w*|extrude-cut)\b", re.I)
_NOT_MINE = re.compile(r"\b(?:holes?|bores?|slots?|grooves?|pockets?|recess\w*|notch\w*|steps?|rebates?|chamfer\w*|fillet\w*|"
                       r"pattern\w*|mirror\w*|through\s+all|extrude\s+(?:it|them)\s+\S+\s+(?:mm\s+)?(?:up|upward|outward))\b", re.I)
_FULL_LENGTH = re.compile(r"\b(?:along|over|across|spanning|for|through)\s+(?:the\s+)?(?:full|whole|entire)\s+length\b|\bend\s+to\s+end\b", re.I)
_FULL_WIDTH = re.compile(r"\b(?:along|over|across|spanning|for|through)\s+(?:the\s+)?(?:full|whole|entire)\s+width\b|\bside\s+to\s+side\b", re.I)
_AT_END = re.compile(r"\bat\s+one\s+(?:short\s+)?end\b|\bat\s+the\s+(?:right|left)\s+end\b", re.I)
_CENTRED = re.compile(r"\bcent(?:re|er)(?:e?d)?\b|\bcentral\b|\bmiddle\b|\bon\s+the\s+axis\b|\bconcentric\b", re.I)
_ELSEWHERE = re.compile(r"\b(?:corner|off[- ]cent\w*|offset|near|from\s+the\s+(?:left|right|front|back|edge|end))\b", re.I)


@dataclass
class SketchCut:
    pocket: ops.Pocket
    summary: str
    roles: dict[float, str]


def _fmt(v: float) -> str:
    return f"{round(v, 3):g}"


def sketch_cut(text: str, length: float, width: float, height: float) -> SketchCut | None:
    """The pocket a profile sketched on the top face and cut makes on a part `length` (X) × `width` (Y), or None."""
    # '... and cut it 0.15 deep to form a square pocket': the result's name, not another feature
    core = re.sub(r"\b(?:to\s+(?:form|make|create|leave|give|produce)|forming|making|creating|leaving|giving)\b(?:[^.;]|\.(?=\d))*$", "", text, flags=re.I)
    shape = _SKETCHED.search(core)
    if not shape or not _CUT.search(core) or _NOT_MINE.search(core) or length <= 0 or width <= 0:
        return None
    if re.search(r"\b(?:bottom|underside|side|front|back|end)\s+face\b", text, re.I):
        return None  # cut from another face: not this rule's
    kind = (shape.group(1) or shape.group(2) or "rectangle").lower()
    depth = (first(NUM + r"\s*mm\s*deep\b", text) or first(r"\bdepth\s+of\s+" + NUM, text)
             or first(r"\bcut\s+(?:it|them|the\s+\w+)\s+(?:by\s+)?" + NUM + r"\s*mm\b(?!\s*(?:long|wide|by|x))", text))
    if depth is None or depth >= height - 1e-9:
        return None  # no depth read, or a cut through the part (read as an opening elsewhere)
    roles: dict[float, str] = {depth: "cut depth"}
    floor = re.search(r"\b(?:leav\w*|remain\w*)\b[^;]*?\b(?:floor|base|bottom|material)\b[^;]*?" + NUM + r"\s*mm\b", text, re.I)
    if floor and abs(float(floor.group(1)) - (height - depth)) < 1e-6:
        roles[float(floor.group(1))] = "floor left (agrees with the depth)"  # 'leaving a floor 0.1 thick under the pocket'
    elif floor:
        return None  # a floor that disagrees with the depth: not this rule's to settle
    if kind in ("circle", "circular"):
        d = first(r"\bdiameter\s+(?:of\s+)?" + NUM, text) or first(NUM + r"\s*mm\s*(?:in\s+)?diameter", text)
        if d is None or _ELSEWHERE.search(text) or d >= min(length, width):
            return None
        roles[d] = "diameter"
        return SketchCut(ops.Pocket("circle", (d, d), depth), f"circular pocket Ø{_fmt(d)} mm, {_fmt(depth)} mm deep", roles)
    a: float | None
    b: float | None
    if kind in ("square",):
        side = (first(NUM + r"\s*mm\s*(?:-?units?\s+)?sides?\b", text) or first(r"\bsides?\s+(?:of\s+)?" + NUM, text)
                or first(NUM + r"\s*mm\s*on\s+(?:each|a|every)\s+side\b", text) or first(NUM + r"\s*mm\s*square\b", text))
        a = b = side
        if side is not None:
            roles[side] = "square side"
    else:
        by = re.search(NUM + r"\s*mm\s*(?:by|x)\s*" + NUM, text, re.I)
        a = float(by.group(1)) if by else first(NUM + r"\s*mm\s*(?:long|in\s+length)\b", text)
        b = float(by.group(2)) if by else first(NUM + r"\s*mm\s*(?:wide|in\s+width)\b", text)
        if by and a is not None and b is not None and (length >= width) != (a >= b):
            a, b = b, a  # 'a by b' names no axis: the longer side along the part's longer side ('long' / 'wide' are kept as said)
        for v, r in ((a, "cut length"), (b, "cut width")):
            if v is not None:
                roles[v] = r
    full_x, full_y = bool(_FULL_LENGTH.search(text)), bool(_FULL_WIDTH.search(text))
    if a is None and full_x:
        a = length + 2 * height  # run out past both ends
    if b is None and full_y:
        b = width + 2 * height
    if a is None or b is None:
        return None
    end = bool(_AT_END.search(text))
    if _ELSEWHERE.search(text) or (not end and not _CENTRED.search(text) and not (full_x or full_y)):
        return None  # a place not read (not the centre, not one end): not put in the middle by guess
    if (not full_x and a >= length) or (not full_y and b >= width):
        return None
    centre = (0.0, 0.0)
    where = "centred"
    if end:
        if full_x:
            return None
        centre, a = (length / 2, 0.0), 2 * a  # the cut runs out at the +X end
        where = "at one end"
    pocket = ops.Pocket("rect", (a, b), depth, centre=centre)
    shown = "the full length" if full_x else _fmt(a / 2 if end else a)
    return SketchCut(pocket, f"sketched rectangle {shown} × {'the full width' if full_y else _fmt(b)} mm cut {_fmt(depth)} mm deep, {where}", roles)
