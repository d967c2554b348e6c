"""Square or rectangular hollow section (RHS / SHS)."""

from __future__ import annotations

from ..parse import PartSpec
from ..script import P
from .base import (
    Example,
    Family,
    Match,
    Notes,
    dim,
    dimension_group,
    mentions,
    positive,
    r4,
    take_loose,
)

VOCABULARY = ('rhs', 'shs', 'hollow', 'section', 'square', 'rectangular', 'tube')


def match(spec: PartSpec) -> Match | None:
    # "square section" alone is the section of a solid bar or a ring ("bar 12x12 square section"): hollow needs its word
    named = mentions(spec, r"\b(square|rectangular|rect|box)[- ](?:hollow[- ])?(?:section\s+)?(tube|tubing|pipe|hollow section)\b|"
                           r"\bbox[- ]section\b|\b(rhs|shs)\b|\bhollow section\b")
    return Match(70, "it names a square / rectangular tube") if named else None


def rect_tube_params(spec: PartSpec, notes: Notes, output_type: str) -> list[P]:
    group = dimension_group(spec, "outer_diameter", "size")
    length = dim(spec, "length", "height")
    side = dim(spec, "side", "square", "width", "outer_diameter", "size")
    first: float | None
    second: float | None
    stock_wall = None
    if group and len(group) == 3 and group[2] * 2 < min(group[0], group[1]):
        stock_wall = group[2]   # "40x40x2": a stockholder's section, outside x outside x wall (the length apart)
    if stock_wall is not None and group:
        first, second = group[0], group[1]
    elif group and len(group) >= 3 and length is None:
        first, second, length = group[0], group[1], group[2]
    elif group and len(group) >= 2:
        first, second = group[0], group[1]
    elif side is not None:
        first = side
        second = dim(spec, "depth", "thickness") if spec.has("rectangular") else side
        second = second or side
    else:
        first = take_loose(spec)
        second = first if spec.has("square") or first is None else take_loose(spec) or first
    a = positive(first, 40.0, "outside width", notes)
    b = positive(second, a, "outside height", notes)
    if length is None:
        length = take_loose(spec)
    length = positive(length, r4(max(a, b) * 5), "length", notes)
    wall = dim(spec, "wall", "thickness" if "wall" not in spec.dims and group else "_") or stock_wall
    wall = positive(wall, r4(max(1.0, round(min(a, b) * 0.08, 1))), "wall thickness", notes)
    if wall * 2 >= min(a, b):
        wall = r4(min(a, b) * 0.25)
        notes.add(f"wall too thick for the section, used {wall:g} mm")
    return [P("outer_width", r4(max(a, b)), "mm, outside size along X"),
            P("outer_height", r4(min(a, b)), "mm, outside size along Y"),
            P("wall", r4(wall), "mm, wall thickness"),
            P("length", r4(length), "mm, tube length (Z)")]

def rect_tube_body(values: dict[str, float | int | bool], output_type: str, spec: PartSpec | None = None) -> str:
    return """
section = Rectangle(outer_width, outer_height) - Rectangle(outer_width - 2 * wall, outer_height - 2 * wall)
result = extrude(section, length)
"""


EXAMPLES = (
    Example("rectangular tube 60 x 30 mm outside, 3 mm wall, 200 mm long", (30, 60, 200), 100800, 1),
    Example("square tube 40 mm, 3 wall"),
    Example("square tube 40x40x2, 500 long", (40, 40, 500), 152000, 1),
)

FAMILY = Family("rect_tube", "square or rectangular hollow section", ("3d_solid",), rect_tube_params, rect_tube_body, vocabulary=VOCABULARY, match=match, examples=EXAMPLES)
