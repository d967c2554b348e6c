"""ISO hex nut (M2 to M20), sized from ISO 4032."""

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
    r4,
)
from .blocks import ALIGN_MIN_Z

VOCABULARY = ('nut', 'locknut')


def match(spec: PartSpec) -> Match | None:
    return Match(98, "it names a nut") if spec.has(*VOCABULARY) else None


def nut_params(spec: PartSpec, notes: Notes, output_type: str) -> list[P]:
    size = spec.metric
    if size is None:
        size = dim(spec, "hole_metric")
    if size is None:
        d = dim(spec, "inner_diameter", "bore", "hole_diameter", "diameter")
        size = min((6.0, 3.0, 4.0, 5.0, 8.0, 10.0, 12.0), key=lambda s: abs(s - d)) if d else None
    if size is None:
        size = 6.0
        notes.assume("thread size", "M6", "")
    row = metric(size)
    af = dim(spec, "across_flats") or row.nut_af
    h = dim(spec, "height", "thickness", "length") or row.nut_height
    hole = dim(spec, "inner_diameter", "bore", "hole_diameter") or row.tap_drill
    if "across_flats" not in spec.dims or ("height" not in spec.dims and "thickness" not in spec.dims):
        notes.add(f"M{size:g} nut to ISO 4032: {af:g} mm across flats, {h:g} mm high, {hole:g} mm bore (tap drill)")
    hole = min(hole, r4(af * 0.8))
    return [P("thread_size", r4(size), "mm, nominal thread diameter (M size)"),
            P("across_flats", r4(af), "mm, spanner size"),
            P("height", r4(h), "mm, nut height"),
            P("hole_diameter", r4(hole), "mm, bore (thread minor / tap drill)"),
            P("chamfer_corners", True, "30 degree chamfer on both faces, like a real nut")]

def nut_body(values: dict[str, float | int | bool], output_type: str, spec: PartSpec | None = None) -> str:
    return f"""
circumradius = across_flats / 2 / math.cos(math.pi / 6)
result = extrude(RegularPolygon(circumradius, 6), height)

if chamfer_corners:
    # a double cone clips the corners at 30 degrees, as on ISO nuts
    drop = (circumradius - 0.95 * across_flats / 2) * math.tan(math.radians(30))
    outline = [(0, 0), (0.95 * across_flats / 2, 0), (circumradius, drop), (circumradius, height - drop),
               (0.95 * across_flats / 2, height), (0, height)]
    crown = revolve(Plane.XZ * Polygon(*outline, align=None), Axis.Z)
    result = result & crown

result -= Cylinder(hole_diameter / 2, height, {ALIGN_MIN_Z})
"""


EXAMPLES = (
    Example("M6 hex nut", (5.2, 10, 11.547), holes=1),
    Example("M8 nut"),
)

FAMILY = Family("hex_nut", "ISO hex nut (M2 to M20)", ("3d_solid",), nut_params, nut_body, uses_math=True, vocabulary=VOCABULARY, match=match, examples=EXAMPLES)
