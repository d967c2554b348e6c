"""Steps, rebates and notches: a cut from the top face that runs out at an end or a side of a block.

"Extrude-cut a step 30 mm long and 15 mm deep off one end of the top face, across the full
width", "cut a rebate 10 mm wide and 5 mm deep along one long edge", "mill a 20 mm x 8 mm deep
notch at the right end". The cut is a pocket whose centre sits on the edge it runs out at, so the
part keeps its extents and loses exactly the step.
"""

from __future__ import annotations

import re

from . import ops
from .text import NUM, first

_WHAT = re.compile(r"\b(?:an?|the)\s+(?:(?:square|rectangular|\d+(?:\.\d+)?\s*mm)\s+)?(step|rebate|rabbet|notch|shoulder)\b", re.I)
_VERB = re.compile(r"\b(?:cut|remove|mill|machine|take)\w*\b", re.I)
_AT_END = re.compile(r"\b(?:off|at|on|from|along|across)\s+(?:one of (?:its|the)\s+|one|the|either|each|its)?\s*"
                     r"(?:(\d+(?:\.\d+)?)\s*mm\s+)?(?:top\s+|upper\s+)?(left|right|front|back|rear)?\s*"
                     r"(?:short\s+|long\s+)?(?:top\s+)?(end|edge|side)s?\b", re.I)


def _fmt(v: float) -> str:
    return f"{round(v, 3):g}"


def step_cut(text: str, length: float, width: float) -> tuple[ops.Pocket, str, dict[float, str]] | None:
    """The pocket a step or rebate cut makes on a block `length` (X) by `width` (Y), or None when not one."""
    what = _WHAT.search(text)
    if not what or not _VERB.search(text) or length <= 0 or width <= 0:
        return None
    at = _AT_END.search(text[what.end():])
    if not at:
        return None
    depth = first(NUM + r"\s*mm\s*deep", text) or first(r"\bdepth\s*(?:of\s*)?" + NUM, text)
    if not depth:
        return None
    side, noun = (at.group(2) or "").lower(), at.group(3).lower()
    named = float(at.group(1)) if at.group(1) else None  # "along one of its 60 mm top edges": the edge by its length
    long_edge = bool(re.search(r"\blong\s+(?:edge|side)", at.group(0), re.I)) or side in ("front", "back", "rear") or (
        named is not None and named == length and length != width)
    across_x = noun == "end" or (not long_edge and side in ("left", "right")) or (noun != "end" and re.search(r"short", at.group(0), re.I)) or (
        named is not None and named == width and length != width)
    size = first(NUM + r"\s*mm\s*(?:long|in length|wide|in width)\b", text) or first(r"\b(?:length|width)\s*(?:of\s*)?" + NUM, text)
    if not size or size == depth:
        return None
    sign = -1.0 if side in ("left", "front") else 1.0
    if across_x:
        if size >= length:
            return None
        pocket = ops.Pocket("rect", (2 * size, width + 2), depth, centre=(sign * length / 2, 0.0))
        where = f"the {side} end" if side else "one end"
    else:
        if size >= width:
            return None
        pocket = ops.Pocket("rect", (length + 2, 2 * size), depth, centre=(0.0, sign * width / 2))
        where = f"the {side} long edge" if side else "one long edge"
    summary = f"{what.group(1).lower()} {_fmt(size)} mm × {_fmt(depth)} mm deep cut off {where}"
    roles = {size: f"{what.group(1).lower()} length", depth: f"{what.group(1).lower()} depth"}
    if named is not None:
        roles[named] = "total (agrees with the part)"
    return pocket, summary, roles
