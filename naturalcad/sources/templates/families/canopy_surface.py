"""Smooth doubly curved roof canopy (a surface, or thickened)."""

from __future__ import annotations

from ....prompt.output_type import names_surface_part
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
from .structures import _surface_finish

VOCABULARY = ('canopy', 'awning', 'roof', 'membrane', 'surface')


def match(spec: PartSpec) -> Match | None:
    named = spec.has(*(w for w in VOCABULARY if w != "surface")) or (spec.has("surface") and names_surface_part(spec.text))
    return Match(84, "it names a canopy / roof surface") if named else None


def canopy_params(spec: PartSpec, notes: Notes, output_type: str) -> list[P]:
    # "a canopy 300 mm across": across reads as a diameter, but a canopy has no diameter but its span
    span = dim(spec, "span", "length", "width", "diameter")
    if span is None:
        span = take_loose(spec)
    span = positive(span, 200.0, "span", notes)
    rise = dim(spec, "rise", "height")
    if rise is None:
        ratio = 0.08 if spec.has("shallow", "low", "flat", "gentle") else 0.3 if spec.has("steep", "tall", "high") else 0.15
        rise = r4(span * ratio)
        notes.assume("rise", rise)
    depth = dim(spec, "depth", "width" if "span" in spec.dims else "_")
    if depth is None:
        depth = r4(span * 0.6)
        notes.assume("depth", depth)
    params = [P("span", r4(span), "mm, span along X"),
              P("depth", r4(depth), "mm, depth along Y"),
              P("rise", r4(rise), "mm, crown height above the supports"),
              P("sag", 0.3, "fraction the front and back edges drop below the crown line")]
    if output_type != "surface":
        params.append(P("thickness", r4(dim(spec, "thickness") or max(1.0, span * 0.01)), "mm, shell thickness"))
    return params

def canopy_body(values: dict[str, float | int | bool], output_type: str, spec: PartSpec | None = None) -> str:
    finish = _surface_finish(output_type)
    return f"""
# a smooth doubly curved roof: parabolic arch across the span, edges sagging front and back
rows, cols = 7, 9
points = []
for j in range(rows):
    v = -1 + 2 * j / (rows - 1)
    row = []
    for i in range(cols):
        u = -1 + 2 * i / (cols - 1)
        row.append((u * span / 2, v * depth / 2, rise * (1 - u * u) * (1 - sag * v * v)))
    points.append(row)
surface = Face.make_surface_from_array_of_points(points)
{finish}
"""


EXAMPLES = (
    Example("Smooth roof canopy surface, 200 mm span, shallow rise"),
    Example("canopy"),
)

FAMILY = Family("canopy_surface", "smooth doubly curved roof canopy", ("surface", "3d_solid"), canopy_params, canopy_body, vocabulary=VOCABULARY, match=match, examples=EXAMPLES)
