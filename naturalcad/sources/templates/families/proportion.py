"""Assumed sizes that keep their proportion on a part of any size.

A family's defaults were written for parts in millimetres: "a hole of 8 % of the plate, at
least 3 mm, rounded to a whole mm". On a 0.6 x 0.6 plate (Text2CAD's normalised units) that
floor is five times the plate and the rounding makes every fraction 0, so the part is refused
for a size the person never gave. Here the floor and the rounding hold only while the part is
big enough for them; below that the default is the same fraction of the part, to two
significant figures, and says so.
"""

from __future__ import annotations

import math

# the mm floor holds while it is at most this share of the part it is a default for
ROOM = 0.3


def significant(x: float, digits: int = 2) -> float:
    """`x` to `digits` significant figures: 0.048, 0.0075, 4.8."""
    if x <= 0 or not math.isfinite(x):
        return x
    return round(x, digits - 1 - math.floor(math.log10(x)))


def floor_fits(part: float, floor: float) -> bool:
    """Whether a mm floor (3 mm, 0.5 mm) is a sensible size on a part whose governing size is `part`."""
    return floor <= part * ROOM


def scaled(part: float, fraction: float, floor: float, step: float = 1.0) -> float:
    """`fraction` of `part`: at least `floor` and rounded to `step` mm when the part is big enough for
    them (the default every family had), else the bare fraction to two significant figures."""
    if floor_fits(part, floor):
        return max(floor, round(part * fraction / step) * step)
    return significant(part * fraction)


def rounded(value: float, part: float, step: float = 0.5) -> float:
    """`value` on the `step` mm grid for a part that is many steps large; to two significant figures
    on one that is not (0.5 mm steps on a 0.6 part round everything to 0)."""
    if floor_fits(part, step * 10):
        return round(value / step) * step
    return significant(value)
