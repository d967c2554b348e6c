"""Polygon parts: prisms (hex, triangular, n-gon), pyramid, hex nut, hex standoff, spur gear."""

from __future__ import annotations

import math
import re

from ..iso import metric
from ..parse import PartSpec
from ..script import P
from .base import Family, Notes, dim, positive, r4, take_loose
from .blocks import ALIGN_MIN_Z

SIDE_WORDS = {
    "triangle": 3, "triangular": 3, "tri": 3, "square": 4, "quad": 4, "pentagon": 5,
    "pentagonal": 5, "hexagon": 6, "hexagonal": 6, "hex": 6, "heptagon": 7, "heptagonal": 7,
    "octagon": 8, "octagonal": 8, "octo": 8, "nonagon": 9, "decagon": 10, "decagonal": 10,
    "dodecagon": 12, "dodecagonal": 12,
}


def sides_from(spec: PartSpec, default: int) -> int:
    if "sides" in spec.counts and spec.counts["sides"] >= 3:
        return spec.counts["sides"]
    for w, n in SIDE_WORDS.items():
        if w in spec.words:
            return n
    return default


def _size_params(spec: PartSpec, notes: Notes, sides: int, default: float) -> list[P]:
    """The polygon size in the terms the person used: across flats, side or diameter."""
    af = dim(spec, "across_flats")
    side = dim(spec, "side", "base")
    ac = dim(spec, "across_corners")
    d = dim(spec, "diameter", "outer_diameter", "width")
    if af is None and side is None and ac is None and d is None:
        v = take_loose(spec)
        if v is not None:
            if sides % 2 == 0:
                af = v
            else:
                side = v
    if af is not None:
        return [P("across_flats", r4(af), "mm, width across flats")]
    if side is not None:
        return [P("side_length", r4(side), "mm, length of each side")]
    if ac is not None or d is not None:
        return [P("across_corners", r4(ac or d), "mm, circumscribed diameter (corner to corner)")]
    if sides % 2 == 0:
        notes.assume("across flats", default)
        return [P("across_flats", default, "mm, width across flats")]
    notes.assume("side length", default)
    return [P("side_length", default, "mm, length of each side")]


CIRCUMRADIUS_CODE = {
    "across_flats": "circumradius = across_flats / 2 / math.cos(math.pi / sides)",
    "side_length": "circumradius = side_length / 2 / math.sin(math.pi / sides)",
    "across_corners": "circumradius = across_corners / 2",
}


def _circumradius_line(values: dict) -> str:
    for key, line in CIRCUMRADIUS_CODE.items():
        if key in values:
            return line
    return CIRCUMRADIUS_CODE["across_flats"]


# ---------------------------------------------------------------- prism

def prism_params(spec: PartSpec, notes: Notes, output_type: str) -> list[P]:
    sides = sides_from(spec, 6)
    size = _size_params(spec, notes, sides, 20.0)
    h = dim(spec, "height", "length", "thickness", "depth")
    if h is None:
        h = take_loose(spec)
    h = positive(h, 20.0, "height", notes)
    return [P("sides", int(sides), "number of sides of the cross-section")] + size + [
        P("height", r4(h), "mm, prism length along Z")]


def prism_body(values: dict, output_type: str, spec: PartSpec | None = None) -> str:
    profile = "profile = RegularPolygon(circumradius, sides)"
    if output_type == "2d_vector":
        return f"{_circumradius_line(values)}\nresult = RegularPolygon(circumradius, sides)\n"
    return f"""
{_circumradius_line(values)}
{profile}
result = extrude(profile, height)
"""


# ---------------------------------------------------------------- pyramid

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
    return [P("sides", int(sides), "number of sides of the base")] + size + [P("height", r4(h), "mm, apex height")]


def pyramid_body(values: dict, output_type: str, spec: PartSpec | None = None) -> str:
    if "base_length" in values:
        base = "base = Rectangle(base_length, base_width)"
    else:
        base = f"{_circumradius_line(values)}\nbase = RegularPolygon(circumradius, sides)"
    return f"""
{base}
# loft the base outline up to a single apex point
result = loft([base, Vertex(0, 0, height)])
"""


# ---------------------------------------------------------------- hex nut and standoff

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
    if "across_flats" not in spec.dims or "height" not in spec.dims and "thickness" not in spec.dims:
        notes.add("M%g nut to ISO 4032: %g mm across flats, %g mm high, %g mm bore (tap drill)" % (
            size, af, h, hole))
    hole = min(hole, r4(af * 0.8))
    return [P("thread_size", r4(size), "mm, nominal thread diameter (M size)"),
            P("across_flats", r4(af), "mm, spanner size"),
            P("height", r4(h), "mm, nut height"),
            P("hole_diameter", r4(hole), "mm, bore (thread minor / tap drill)"),
            P("chamfer_corners", True, "30 degree chamfer on both faces, like a real nut")]


def nut_body(values: dict, output_type: str, spec: PartSpec | None = None) -> str:
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


def standoff_params(spec: PartSpec, notes: Notes, output_type: str) -> list[P]:
    size = spec.metric if spec.metric is not None else dim(spec, "hole_metric")
    if size is None:
        size = 3.0
        notes.assume("thread size", "M3", "")
    row = metric(size)
    af = dim(spec, "across_flats")
    if af is None:
        af = row.standoff_af
        notes.add("M%g standoff: %g mm across flats" % (size, af))
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


def standoff_body(values: dict, output_type: str, spec: PartSpec | None = None) -> str:
    return f"""
circumradius = across_flats / 2 / math.cos(math.pi / 6)
body = extrude(RegularPolygon(circumradius, 6), length)
result = body - Cylinder(hole_diameter / 2, length, {ALIGN_MIN_Z})
"""


# ---------------------------------------------------------------- spur gear

def gear_params(spec: PartSpec, notes: Notes, output_type: str) -> list[P]:
    teeth = spec.counts.get("teeth")
    module = dim(spec, "module")
    # gear shorthand: "24T" is the tooth count, "m1.5" the module (not a thread size)
    if teeth is None:
        m = re.search(r"\b(\d+)\s*t\b", spec.text.lower())
        teeth = int(m.group(1)) if m else None
    if module is None and spec.metric is not None and not spec.has("bore", "hole", "shaft", "screw", "bolt"):
        module = spec.metric
    od = dim(spec, "outer_diameter", "diameter")
    pitch_d = dim(spec, "pcd")
    if teeth is None and module is not None and od is not None:
        teeth = max(6, round(od / module - 2))
    if module is None and teeth is not None and od is not None:
        module = od / (teeth + 2)
    if module is None and teeth is not None and pitch_d is not None:
        module = pitch_d / teeth
    if teeth is None:
        teeth = 20
        notes.assume("tooth count", teeth, "")
    if module is None:
        module = 2.0 if od is None else od / (teeth + 2)
        if od is None:
            notes.assume("module", module, "")
    teeth = max(6, int(teeth))
    face = dim(spec, "face_width", "thickness", "width", "height", "length")
    if face is None:
        face = take_loose(spec)
    face = positive(face, r4(max(3.0, module * 5)), "face width", notes)
    root = module * (teeth - 2.5)
    bore = dim(spec, "bore", "inner_diameter", "hole_diameter")
    if bore is None:
        bore = r4(max(2.0, round(root * 0.25)))
        notes.assume("bore", bore)
    if bore >= root * 0.8:
        bore = r4(root * 0.4)
        notes.add("bore too big for the gear, used %g mm" % bore)
    notes.add("involute spur gear: outside diameter %g mm = module x (teeth + 2)" % r4(module * (teeth + 2)))
    return [P("teeth", int(teeth), "number of teeth"),
            P("module", r4(module), "mm, gear module (pitch diameter / teeth)"),
            P("pressure_angle", 20.0, "degrees, involute pressure angle"),
            P("face_width", r4(face), "mm, gear thickness"),
            P("bore_diameter", r4(bore), "mm, centre bore (0 = none)")]


GEAR_PROFILE = """
pitch_radius = module * teeth / 2
base_radius = pitch_radius * math.cos(math.radians(pressure_angle))
tip_radius = pitch_radius + module
root_radius = pitch_radius - 1.25 * module


def involute(r):
    \"\"\"Involute polar angle at radius r: tan(a) - a, with cos(a) = base_radius / r.\"\"\"
    a = math.acos(min(1.0, base_radius / r))
    return math.tan(a) - a


# half the angular thickness of a tooth at radius r
half_pitch_angle = math.pi / (2 * teeth) + involute(pitch_radius)
flank_start = max(base_radius, root_radius)
steps = 8
outline = []
for i in range(teeth):
    centre = 2 * math.pi * i / teeth
    radii = [flank_start + (tip_radius - flank_start) * k / steps for k in range(steps + 1)]
    left = [(r, centre - (half_pitch_angle - involute(r))) for r in radii]
    right = [(r, centre + (half_pitch_angle - involute(r))) for r in reversed(radii)]
    flank = [(root_radius, left[0][1])] + left + right + [(root_radius, right[-1][1])]
    outline += [(r * math.cos(t), r * math.sin(t)) for r, t in flank]

profile = Polygon(*outline, align=None)
"""


def gear_body(values: dict, output_type: str, spec: PartSpec | None = None) -> str:
    if output_type == "2d_vector":
        return GEAR_PROFILE + """
result = profile - Circle(bore_diameter / 2) if bore_diameter > 0 else profile
"""
    return GEAR_PROFILE + f"""
result = extrude(profile, face_width)
if bore_diameter > 0:
    result -= Cylinder(bore_diameter / 2, face_width, {ALIGN_MIN_Z})
"""


FAMILIES = [
    Family("prism", "regular prism: hex, triangular, any n-gon", ("3d_solid", "2d_vector"),
           prism_params, prism_body, uses_math=True),
    Family("pyramid", "pyramid on a square or n-gon base", ("3d_solid",), pyramid_params, pyramid_body,
           uses_math=True),
    Family("hex_nut", "ISO hex nut (M2 to M20)", ("3d_solid",), nut_params, nut_body, uses_math=True),
    Family("hex_standoff", "hex standoff / spacer with a through bore", ("3d_solid",),
           standoff_params, standoff_body, uses_math=True),
    Family("spur_gear", "involute spur gear: module, teeth, face width, bore", ("3d_solid", "2d_vector"),
           gear_params, gear_body, uses_math=True),
]
