"""Curved panel lofted through arched sections, with a twist."""

from __future__ import annotations

from ..parse import PartSpec
from ..script import P
from .base import (
    Example,
    Family,
    Match,
    Notes,
    dim,
    mentions,
    positive,
    r4,
    take_loose,
)
from .structures import _surface_finish

VOCABULARY = ('lofted', 'loft')


def match(spec: PartSpec) -> Match | None:
    return Match(90, "it asks for a lofted panel") if mentions(spec, r"\blofted?\b|\bloft\b") else None


def lofted_panel_params(spec: PartSpec, notes: Notes, output_type: str) -> list[P]:
    group = spec.groups[0] if spec.groups else None
    length = dim(spec, "length", "span") or (group[0] if group else None) or take_loose(spec)
    width = dim(spec, "width", "depth") or (group[1] if group and len(group) > 1 else None) or take_loose(spec)
    length = positive(length, 160.0, "length", notes)
    width = positive(width, r4(length * 0.5), "width", notes)
    rise = dim(spec, "rise", "height")
    if rise is None:
        rise = r4(length * 0.12)
        notes.assume("curvature rise", rise)
    params = [P("length", r4(length), "mm, panel length (X)"),
              P("width", r4(width), "mm, panel width (Y)"),
              P("rise_start", r4(rise), "mm, bulge of the first section"),
              P("rise_end", r4(rise * 0.4), "mm, bulge of the last section"),
              P("twist", 8.0, "degrees the last section turns relative to the first")]
    if output_type != "surface":
        params.append(P("thickness", r4(dim(spec, "thickness") or max(1.0, length * 0.015)), "mm, panel thickness"))
    return params

def lofted_panel_body(values: dict[str, float | int | bool], output_type: str, spec: PartSpec | None = None) -> str:
    finish = _surface_finish(output_type)
    return f"""
# five arched sections across the width, blending from one bulge to the other with a twist
sections = 5
points = []
for j in range(sections):
    t = j / (sections - 1)
    y = -width / 2 + width * t
    bulge = rise_start + (rise_end - rise_start) * t
    turn = math.radians(twist * (t - 0.5))
    row = []
    for i in range(9):
        u = -1 + 2 * i / 8
        x, z = u * length / 2, bulge * (1 - u * u)
        row.append((x * math.cos(turn), y + x * math.sin(turn), z))
    points.append(row)
surface = Face.make_surface_from_array_of_points(points)
{finish}
"""


EXAMPLES = (
    Example("lofted panel 160 x 80 mm"),
)

FAMILY = Family("lofted_panel", "curved panel lofted through arched sections, with a twist", ("surface", "3d_solid"), lofted_panel_params, lofted_panel_body, uses_math=True, vocabulary=VOCABULARY, match=match, examples=EXAMPLES)
