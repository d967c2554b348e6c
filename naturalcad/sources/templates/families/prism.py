"""Regular prism: hex, triangular, any n-gon."""

from __future__ import annotations

import math

from ..parse import PartSpec
from ..script import P
from .base import (
    Example,
    Family,
    Match,
    Notes,
    best,
    dim,
    positive,
    r4,
    take_loose,
)
from .polygons import _circumradius_line, _size_params, sides_from

VOCABULARY = ('prism', 'hexagon', 'hexagonal', 'hex', 'pentagon', 'pentagonal', 'octagon', 'octagonal', 'triangular', 'triangle', 'heptagon', 'decagon', 'prismatic')


def match(spec: PartSpec) -> Match | None:
    return best([
        Match(54, "it names a prism") if spec.has(*VOCABULARY) else None,
        Match(26, "no part named; an across-flats size makes a hex prism") if "across_flats" in spec.dims else None,
    ])


def prism_params(spec: PartSpec, notes: Notes, output_type: str) -> list[P]:
    sides = sides_from(spec, 6)
    size = _size_params(spec, notes, sides, 20.0)
    h = dim(spec, "height", "length", "thickness", "depth")
    if h is None:
        h = take_loose(spec)
    h = positive(h, 20.0, "height", notes)
    return [P("sides", int(sides), "number of sides of the cross-section"), *size, P("height", r4(h), "mm, prism length along Z")]

def prism_body(values: dict[str, float | int | bool], output_type: str, spec: PartSpec | None = None) -> str:
    profile = "profile = RegularPolygon(circumradius, sides)"
    if output_type == "2d_vector":
        return f"{_circumradius_line(values)}\nresult = RegularPolygon(circumradius, sides)\n"
    return f"""
{_circumradius_line(values)}
{profile}
result = extrude(profile, height)
"""


EXAMPLES = (
    Example("hex prism 17 mm across flats, 12 mm high", (12, 17, 17 / math.cos(math.pi / 6)), 6 * 8.5 ** 2 * math.tan(math.pi / 6) * 12, 0),
    Example("triangular prism with 40 mm sides, 20 mm long", (20, 20 * math.sqrt(3), 40), math.sqrt(3) / 4 * 1600 * 20, 0),
)

FAMILY = Family("prism", "regular prism: hex, triangular, any n-gon", ("3d_solid", "2d_vector"), prism_params, prism_body, uses_math=True, vocabulary=VOCABULARY, match=match, examples=EXAMPLES)
