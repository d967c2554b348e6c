"""Flat truss beam with chords, verticals and diagonals."""

from __future__ import annotations

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
from .structures import INSET_TRIANGLE

VOCABULARY = ('truss', 'lattice', 'girder', 'joist')


def match(spec: PartSpec) -> Match | None:
    return best([
        Match(86, "it names a truss beam") if spec.has(*VOCABULARY) else None,
        Match(18, "no part named; a span and panels suggest a truss") if "span" in spec.dims or "panels" in spec.counts else None,
    ])


def truss_beam_params(spec: PartSpec, notes: Notes, output_type: str) -> list[P]:
    span = dim(spec, "span", "length", "width", "diameter")   # "a truss 240 mm across"
    if span is None:
        span = take_loose(spec)
    span = positive(span, 200.0, "span", notes)
    panels = spec.counts.get("panels")
    if panels is None:
        panels = max(2, round(span / 20))
        notes.assume("panel count", panels, "")
    panels = max(1, int(panels))
    depth = dim(spec, "height", "depth", "rise")
    light = spec.has("light", "lightweight", "slender")
    if depth is None:
        depth = r4(span / (10 if light else 8))
        notes.assume("truss depth", depth)
    member = dim(spec, "member", "chord")
    if member is None:
        member = r4(max(1.0, min(depth, span / panels) * (0.1 if light else 0.14)))
    thickness = dim(spec, "thickness")
    thickness = positive(thickness, r4(max(2.0, member * 1.5)), "member thickness", notes) if thickness is None else thickness
    return [P("span", r4(span), "mm, overall length (X)"),
            P("depth", r4(depth), "mm, overall truss height (Z)"),
            P("panels", int(panels), "number of panels between verticals"),
            P("member_width", r4(member), "mm, width of chords, verticals and diagonals"),
            P("thickness", r4(thickness), "mm, out-of-plane thickness (Y)")]

def truss_beam_body(values: dict[str, float | int | bool], output_type: str, spec: PartSpec | None = None) -> str:
    return INSET_TRIANGLE + """

# node points on the member centre lines; each panel is split by one diagonal,
# sloping down towards mid-span on both halves (Pratt pattern)
bottom = member_width / 2
top = depth - member_width / 2
panel = (span - member_width) / panels
openings = []
for i in range(panels):
    x0 = -span / 2 + member_width / 2 + i * panel
    x1 = x0 + panel
    if x0 + panel / 2 < 0:
        triangles = [((x0, bottom), (x1, bottom), (x0, top)), ((x1, bottom), (x1, top), (x0, top))]
    else:
        triangles = [((x0, bottom), (x1, bottom), (x1, top)), ((x0, bottom), (x1, top), (x0, top))]
    for a, b, c in triangles:
        hole = inset_triangle(a, b, c, member_width / 2)
        if hole:
            openings.append(Polygon(*hole, align=None))

elevation = Rectangle(span, depth, align=(Align.CENTER, Align.MIN))
if openings:
    elevation -= openings
# stand the flat elevation up in the XZ plane
result = Rot(90, 0, 0) * extrude(elevation, thickness / 2, both=True)
"""


EXAMPLES = (
    Example("Light structural truss beam with 9 panels and a 180 mm span", holes=18),
    Example("truss"),
)

FAMILY = Family("truss_beam", "flat truss beam with chords, verticals and diagonals", ("3d_solid",), truss_beam_params, truss_beam_body, uses_math=True, vocabulary=VOCABULARY, match=match, examples=EXAMPLES)
