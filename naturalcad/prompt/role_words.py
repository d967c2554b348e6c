"""What a number is from the role word beside it, the same for every reader.

A number followed by "deep", "DP" or "depth" is a depth, by "long" a length, by "from the edge" or
"apart" a distance: never a hole's diameter, whichever reader looks for one ("a blind hole 45 deep"
is a hole 45 deep, not a Ø45 hole). A container's sizes said "inside" or "internal" keep that role
for the sizes listed with them ("internal size 120 x 80, 15 deep": the depth is inside too).
The template parser (`sources/templates`) and the step reader (`steps/read.py`) both take these
patterns from here, so a role word means one thing in both.
"""

from __future__ import annotations

import re

# the word after a number that gives it a role other than a diameter
NOT_DIAMETER_WORDS = ("deep", "depth", "dp", "long", "length", "from", "apart", "pitch", "spacing", "centres", "centers",
                      "c/c", "wide", "thick", "tall", "high", "in from", "below", "above", "down")
# a lookahead for right after a number (and its unit): the number is not a diameter
NOT_A_DIAMETER = r"(?!\s*(?:mm\s*)?(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in NOT_DIAMETER_WORDS) + r")\b)"

_N = r"\d+(?:[.,]\d+)?"
# "internal size 120 x 80, 15 deep", "inside 200 x 150 and 25 deep", "the inside has to be 200 x 150 and 25 deep",
# "internal 140 wide x 90 ... x 40 tall inside": a depth listed with inside sizes is inside too
_INSIDE_LIST = re.compile(
    r"\b(?:inside|internal|inner|interior|innen)\b(?:\s+(?:size|sizes|dimensions?|dims|measurements?|space|footprint))?"
    r"(?:\s+(?:has\s+to\s+be|must\s+be|should\s+be|is|of|=|:))?\s*:?\s*"
    r"(?P<list>" + _N + r"(?:\s*mm)?(?:\s*(?:wide|long|deep|front-to-back|high|tall|back))*"
    r"(?:\s*(?:x|×|by)\s*" + _N + r"(?:\s*mm)?(?:\s*(?:wide|long|deep|front-to-back|high|tall|back|inside))*)+)"
    r"(?:\s*(?:,|and)\s*(?P<depth>" + _N + r")\s*(?:mm\s*)?(?:deep|depth|high|tall)\b)?", re.I)


def inside_depth(text: str) -> float | None:
    """The depth listed with a container's inside sizes ("internal size 120 x 80, 15 deep" -> 15), or None."""
    m = _INSIDE_LIST.search(text)
    if m is None or m.group("depth") is None:
        return None
    return float(m.group("depth").replace(",", "."))


def is_depth_after(text: str, end: int) -> bool:
    """The number that ends at `end` is followed by a depth word ("45 deep", "20 DP", "7 mm deep")."""
    return re.match(r"\s*(?:mm\s*)?(?:deep|depth|dp)\b", text[end:], re.I) is not None


_ITEM = re.compile(r"(?P<n>" + _N + r")\s*(?:mm\s*)?(?P<role>wide|long|deep|high|tall|front-to-back|back)?", re.I)


def inside_list(text: str) -> list[tuple[float, str | None]] | None:
    """The inside sizes with the role word each carries ("internal 140 wide x 90 front-to-back x 40 tall inside" ->
    [(140, "wide"), (90, "front-to-back"), (40, "tall")]), or None when no inside list is written."""
    m = _INSIDE_LIST.search(text)
    if m is None:
        return None
    items = [(float(i.group("n").replace(",", ".")), (i.group("role") or "").lower() or None)
             for i in _ITEM.finditer(m.group("list"))]
    if m.group("depth") is not None:
        items.append((float(m.group("depth").replace(",", ".")), "deep"))
    return items
