"""Polygon parts: prisms (hex, triangular, n-gon), pyramid, hex nut, hex standoff, spur gear."""

from __future__ import annotations

from ..parse import PartSpec
from ..script import P
from .base import Notes, dim, r4, take_loose

SIDE_WORDS = {
    "triangle": 3, "triangular": 3, "tri": 3, "square": 4, "quad": 4, "pentagon": 5,
    "pentagonal": 5, "hexagon": 6, "hexagonal": 6, "hex": 6, "heptagon": 7, "heptagonal": 7,
    "octagon": 8, "octagonal": 8, "octo": 8, "nonagon": 9, "decagon": 10, "decagonal": 10,
    "dodecagon": 12, "dodecagonal": 12,
}


def sides_from(spec: PartSpec, default: int) -> int:
    if "sides" in spec.counts and spec.counts["sides"] >= 3:
        return spec.counts["sides"]
    for w, n in SIDE_WORDS.items():
        if w in spec.words:
            return n
    return default


def _size_params(spec: PartSpec, notes: Notes, sides: int, default: float) -> list[P]:
    """The polygon size in the terms the person used: across flats, side or diameter."""
    af = dim(spec, "across_flats")
    side = dim(spec, "side", "base")
    ac = dim(spec, "across_corners")
    d = dim(spec, "diameter", "outer_diameter", "width")
    if af is None and side is None and ac is None and d is None:
        v = take_loose(spec)
        if v is not None:
            if sides % 2 == 0:
                af = v
            else:
                side = v
    if af is not None:
        return [P("across_flats", r4(af), "mm, width across flats")]
    if side is not None:
        return [P("side_length", r4(side), "mm, length of each side")]
    corners = ac or d
    if corners is not None:
        return [P("across_corners", r4(corners), "mm, circumscribed diameter (corner to corner)")]
    if sides % 2 == 0:
        notes.assume("across flats", default)
        return [P("across_flats", default, "mm, width across flats")]
    notes.assume("side length", default)
    return [P("side_length", default, "mm, length of each side")]


CIRCUMRADIUS_CODE = {
    "across_flats": "circumradius = across_flats / 2 / math.cos(math.pi / sides)",
    "side_length": "circumradius = side_length / 2 / math.sin(math.pi / sides)",
    "across_corners": "circumradius = across_corners / 2",
}


def _circumradius_line(values: dict[str, float | int | bool]) -> str:
    for key, line in CIRCUMRADIUS_CODE.items():
        if key in values:
            return line
    return CIRCUMRADIUS_CODE["across_flats"]


# ---------------------------------------------------------------- prism


# ---------------------------------------------------------------- pyramid


# ---------------------------------------------------------------- hex nut and standoff


# ---------------------------------------------------------------- spur gear
