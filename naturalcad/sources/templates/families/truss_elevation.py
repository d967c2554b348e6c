"""Pitched roof truss elevation (triangular, with web members)."""

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
from .structures import INSET_TRIANGLE

VOCABULARY = ('truss', 'roof', 'pitched', 'elevation', 'gable', 'king', 'queen', 'fink', 'triangular', 'apex', 'rise')


def match(spec: PartSpec) -> Match | None:
    pitched = spec.has("truss") and spec.has(
        "roof", "pitched", "elevation", "gable", "king", "queen", "fink", "triangular", "apex", "rise")
    return Match(88, "it names a pitched (roof) truss") if pitched else None


def truss_elevation_params(spec: PartSpec, notes: Notes, output_type: str) -> list[P]:
    span = dim(spec, "span", "length", "width", "diameter")
    if span is None:
        span = take_loose(spec)
    span = positive(span, 240.0, "span", notes)
    rise = dim(spec, "rise", "height", "depth")
    if rise is None:
        rise = r4(span * (0.15 if spec.has("shallow", "low", "flat") else 0.3 if spec.has("steep") else 0.22))
        notes.assume("rise", rise)
    panels = spec.counts.get("panels")
    if panels is None:
        panels = 6
        notes.assume("panel count", panels, "")
    panels = max(2, int(panels) + int(panels) % 2)
    member = r4(max(1.0, min(rise * 0.12, span / panels * 0.12)))
    thickness = dim(spec, "thickness") or r4(max(2.0, member * 1.5))
    return [P("span", r4(span), "mm, overall length of the bottom chord (X)"),
            P("rise", r4(rise), "mm, apex height (Z)"),
            P("panels", int(panels), "number of panels (even, symmetric about the apex)"),
            P("member_width", r4(member), "mm, member width"),
            P("thickness", r4(thickness), "mm, out-of-plane thickness (Y)")]

def truss_elevation_body(values: dict[str, float | int | bool], output_type: str, spec: PartSpec | None = None) -> str:
    return INSET_TRIANGLE + """

# member centre lines: the outline shrunk by half a member, so the outer chords are full width
(left, base), (right, _), (_, apex) = inset_triangle((-span / 2, 0), (span / 2, 0), (0, rise), member_width / 2)


def top_chord(x):
    \"\"\"Height of the top chord centre line at position x.\"\"\"
    return base + (apex - base) * (1 - abs(2 * x / (right - left)))


panel = (right - left) / panels
openings = []
for i in range(panels):
    x0 = left + i * panel
    x1 = x0 + panel
    a, b = (x0, base), (x1, base)
    c, d = (x1, top_chord(x1)), (x0, top_chord(x0))
    # diagonals run from the bottom chord up towards the apex
    if x0 + panel / 2 < 0:
        triangles = [(a, b, c)] + ([(a, c, d)] if d[1] > base + 1e-9 else [])
    else:
        triangles = [(a, b, d)] + ([(b, c, d)] if c[1] > base + 1e-9 else [])
    for p, q, r in triangles:
        hole = inset_triangle(p, q, r, member_width / 2)
        if hole:
            openings.append(Polygon(*hole, align=None))

outline = Polygon((-span / 2, 0), (span / 2, 0), (0, rise), align=None)
if openings:
    outline -= openings
result = Rot(90, 0, 0) * extrude(outline, thickness / 2, both=True)
"""


EXAMPLES = (
    Example("pitched roof truss, 240 mm span, 60 mm rise, 6 panels"),
    Example("roof truss elevation"),
)

FAMILY = Family("truss_elevation", "pitched roof truss elevation (triangular, with web members)", ("3d_solid",), truss_elevation_params, truss_elevation_body, uses_math=True, vocabulary=VOCABULARY, match=match, examples=EXAMPLES)
