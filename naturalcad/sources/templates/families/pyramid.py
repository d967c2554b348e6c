"""Pyramid on a square or n-gon base."""

from __future__ import annotations

from ..parse import PartSpec
from ..script import P
from .base import (
    Example,
    Family,
    Match,
    Notes,
    dim,
    positive,
    r4,
    take_loose,
)
from .polygons import _circumradius_line, _size_params, sides_from

VOCABULARY = ('pyramid', 'pyramidal')


def match(spec: PartSpec) -> Match | None:
    return Match(76, "it names a pyramid") if spec.has(*VOCABULARY) else None


def pyramid_params(spec: PartSpec, notes: Notes, output_type: str) -> list[P]:
    sides = sides_from(spec, 4)
    if "sides" not in spec.counts and sides == 6 and "hex" in spec.words:
        sides = 6
    h = dim(spec, "height")
    group = spec.groups[0] if spec.groups else None
    if sides == 4:
        base = dim(spec, "base", "side", "width", "length", "square")
        if group and base is None:
            base = group[0]
        if base is None:
            base = take_loose(spec)
        if h is None:
            h = take_loose(spec)
        base = positive(base, 40.0, "base size", notes)
        h = positive(h, base, "height", notes)
        base_width = dim(spec, "depth") or (group[1] if group and len(group) > 1 else base)
        return [P("base_length", r4(base), "mm, base size along X"),
                P("base_width", r4(base_width), "mm, base size along Y"),
                P("height", r4(h), "mm, apex height")]
    size = _size_params(spec, notes, sides, 40.0)
    if h is None:
        h = take_loose(spec)
    h = positive(h, 40.0, "height", notes)
    return [P("sides", int(sides), "number of sides of the base"), *size, P("height", r4(h), "mm, apex height")]

def pyramid_body(values: dict[str, float | int | bool], output_type: str, spec: PartSpec | None = None) -> str:
    if "base_length" in values:
        base = "base = Rectangle(base_length, base_width)"
    else:
        base = f"{_circumradius_line(values)}\nbase = RegularPolygon(circumradius, sides)"
    return f"""
{base}
# loft the base outline up to a single apex point
result = loft([base, Vertex(0, 0, height)])
"""


EXAMPLES = (
    Example("pyramid with a 30 mm square base, 30 mm tall", (30, 30, 30), 9000, 0),
    Example("pyramid"),
)

FAMILY = Family("pyramid", "pyramid on a square or n-gon base", ("3d_solid",), pyramid_params, pyramid_body, uses_math=True, vocabulary=VOCABULARY, match=match, examples=EXAMPLES)
