"""Flange with a bore, a bolt circle and an optional hub."""

from __future__ import annotations

import math

from ..hole_features import hole_params, tool_lines
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
    round_body,
    take_loose,
)
from .blocks import ALIGN_MIN_Z, hole_diameter_from
from .proportion import scaled

VOCABULARY = ('flange', 'flanged')


def match(spec: PartSpec) -> Match | None:
    bolt_circle = round_body(spec) and (spec.counts.get("holes", 0) > 1 or spec.hole_pattern == "circle")
    return best([
        Match(78, "it names a flange") if spec.has(*VOCABULARY) else None,
        Match(60, "a round part with a bolt circle of holes") if bolt_circle else None,
        Match(70, "a ring with a bolt circle of holes in its face") if _ring_with_bolt_circle(spec) else None,
    ])


def _ring_with_bolt_circle(spec: PartSpec) -> bool:
    """"gasket ID 60, OD 100, 4 holes of 8 on an 80 circle": a ring whose face carries a bolt circle is a flange's shape."""
    ring = spec.has("ring", "gasket", "washer", "annulus", "shim", "spacer")
    holes = spec.counts.get("holes", 0) > 1 and ("pcd" in spec.dims or spec.hole_pattern == "circle")
    return ring and holes and "outer_diameter" in spec.dims


def flange_params(spec: PartSpec, notes: Notes, output_type: str) -> list[P]:
    od = dim(spec, "outer_diameter", "diameter")
    if od is None and "radius" in spec.dims:
        od = spec.dims["radius"] * 2
    if od is None:
        od = take_loose(spec)
    od = positive(od, 100.0, "outer diameter", notes)
    t = dim(spec, "thickness", "height", "length")
    if t is None:
        t = take_loose(spec)
    t = positive(t, r4(scaled(od, 0.12, 3.0)), "thickness", notes)
    bore = dim(spec, "bore", "inner_diameter", "centre_hole")
    # "flange disc Ø90 x 10 with 4 holes on a 65 PCD": a disc or plate with a bolt circle has no bore unless asked
    if bore is None and spec.has("flange", "flanged", "hub") and not spec.has("disc", "disk", "plate", "blank", "blind"):
        bore = r4(od * 0.35)
        notes.assume("bore", bore, main=True)  # a hole nobody asked for ("blind flange"?): not `high`
    bore = bore or 0.0  # a plain disc with a bolt circle has no centre bore
    bore = min(bore, r4(od * 0.8))
    count = spec.counts.get("holes")
    if count is None:
        count = 4 if spec.hole_pattern != "centre" else 0
        if count:
            notes.assume("bolt holes", count, "")
    pcd = dim(spec, "pcd")
    if pcd is None:
        pcd = r4((od + bore) / 2)
        notes.assume("bolt circle diameter", pcd)
    hole_d = hole_diameter_from(spec, notes, r4(scaled(od - bore, 0.12, 3.0, 0.1))) if count else 0.0
    ring = (od - bore) / 2
    if hole_d >= ring * 0.9:
        hole_d = r4(ring * 0.5)
        notes.add(f"bolt holes too big for the flange ring, used {hole_d:g} mm")
    hub_d = dim(spec, "hub_diameter") or 0.0
    callout = hole_params(spec.hole_callout, hole_d, notes, dim(spec, "hole_metric") or spec.metric) \
        if count and output_type != "2d_vector" else []
    return [P("outer_diameter", r4(od), "mm, flange outside diameter"),
            P("thickness", r4(t), "mm, flange thickness"),
            P("bore_diameter", r4(bore), "mm, centre bore"),
            P("hole_count", int(count), "number of bolt holes"),
            P("hole_diameter", r4(hole_d), "mm, bolt hole diameter"),
            P("bolt_circle", r4(pcd), "mm, bolt circle (PCD) diameter"),
            P("hub_diameter", r4(hub_d), "mm, raised hub diameter (0 = no hub)"),
            P("hub_height", r4((dim(spec, "hub_height") or t) if hub_d else 0.0), "mm, hub height above the flange"), *callout]

def flange_body(values: dict[str, float | int | bool], output_type: str, spec: PartSpec | None = None) -> str:
    if output_type == "2d_vector":
        return """
result = Circle(outer_diameter / 2) - Circle(bore_diameter / 2)
if hole_count > 0:
    result -= PolarLocations(bolt_circle / 2, hole_count) * Circle(hole_diameter / 2)
"""
    tool = "\n".join(tool_lines(values, "thickness"))
    return tool + f"""
result = Cylinder(outer_diameter / 2, thickness, {ALIGN_MIN_Z})
if hub_diameter > 0 and hub_height > 0:
    result += Cylinder(hub_diameter / 2, thickness + hub_height, {ALIGN_MIN_Z})
total_height = thickness + (hub_height if hub_diameter > 0 else 0)
if bore_diameter > 0:
    result -= Cylinder(bore_diameter / 2, total_height, {ALIGN_MIN_Z})
if hole_count > 0:
    result -= PolarLocations(bolt_circle / 2, hole_count) * hole_tool
"""


EXAMPLES = (
    Example("flange: 80 mm OD, 10 mm thick, 30 mm bore, 4 holes 6.5 mm on a 60 mm PCD", (10, 80, 80), math.pi * 10 * (1600 - 225 - 4 * 3.25 ** 2), 5),
    Example("flange 80 OD"),
)

FAMILY = Family("flange", "flange with bore, bolt circle and optional hub", ("3d_solid", "2d_vector"), flange_params, flange_body, vocabulary=VOCABULARY, match=match, examples=EXAMPLES)
