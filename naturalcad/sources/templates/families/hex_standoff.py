"""Hex standoff / spacer with a through bore."""

from __future__ import annotations

from ....prompt.standards import metric
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
from .blocks import ALIGN_MIN_Z

VOCABULARY = ('standoff', 'stand-off', 'standoffs', 'hex', 'hexagonal', 'spacer', 'spacers')


def match(spec: PartSpec) -> Match | None:
    named = spec.has("standoff", "stand-off", "standoffs") or (
        spec.has("hex", "hexagonal") and spec.has("spacer", "spacers"))
    return Match(94, "it names a hex standoff") if named else None


def standoff_params(spec: PartSpec, notes: Notes, output_type: str) -> list[P]:
    size = spec.metric if spec.metric is not None else dim(spec, "hole_metric")
    if size is None:
        size = 3.0
        notes.assume("thread size", "M3", "")
    row = metric(size)
    af = dim(spec, "across_flats")
    if af is None:
        af = row.standoff_af
        notes.add(f"M{size:g} standoff: {af:g} mm across flats")
    length = dim(spec, "length", "height")
    if length is None:
        length = take_loose(spec)
    length = positive(length, 10.0, "length", notes)
    hole = dim(spec, "inner_diameter", "bore", "hole_diameter") or row.tap_drill
    hole = min(hole, r4(af * 0.8))
    return [P("thread_size", r4(size), "mm, nominal thread diameter (M size)"),
            P("across_flats", r4(af), "mm, hex across flats"),
            P("length", r4(length), "mm, standoff length"),
            P("hole_diameter", r4(hole), "mm, through bore (tap drill for female threads)")]

def standoff_body(values: dict[str, float | int | bool], output_type: str, spec: PartSpec | None = None) -> str:
    return f"""
circumradius = across_flats / 2 / math.cos(math.pi / 6)
body = extrude(RegularPolygon(circumradius, 6), length)
result = body - Cylinder(hole_diameter / 2, length, {ALIGN_MIN_Z})
"""


EXAMPLES = (
    Example("hex standoff M3, 5.5 mm across flats, 15 mm long", (5.5, 6.351, 15), holes=1),
    Example("M3 standoff"),
)

FAMILY = Family("hex_standoff", "hex standoff / spacer with a through bore", ("3d_solid",), standoff_params, standoff_body, uses_math=True, vocabulary=VOCABULARY, match=match, examples=EXAMPLES)
