"""Architectural / structural families: truss beam, pitched truss elevation, tower block,
canopy surface, lofted panel, and the 1D route centreline."""

from __future__ import annotations

from ..parse import PartSpec
from ..script import P
from .base import Family, Notes, dim, positive, r4, take_loose
from .blocks import ALIGN_MIN_Z

# Openings are the truss triangles shrunk about their incentre, which leaves members of
# the same width on every side: exact, and far more robust than offsetting.
INSET_TRIANGLE = '''

def inset_triangle(a, b, c, d):
    """Shrink triangle abc so each side moves inwards by d (scale about the incentre)."""
    la = math.dist(b, c)
    lb = math.dist(c, a)
    lc = math.dist(a, b)
    perimeter = la + lb + lc
    ix = (la * a[0] + lb * b[0] + lc * c[0]) / perimeter
    iy = (la * a[1] + lb * b[1] + lc * c[1]) / perimeter
    area = abs((b[0] - a[0]) * (c[1] - a[1]) - (c[0] - a[0]) * (b[1] - a[1])) / 2
    k = (2 * area / perimeter - d) / (2 * area / perimeter)
    if k < 0.05:
        return None  # too small to open up
    return [(ix + (x - ix) * k, iy + (y - iy) * k) for x, y in (a, b, c)]
'''


# ---------------------------------------------------------------- truss beam

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


def truss_beam_body(values: dict, output_type: str, spec: PartSpec | None = None) -> str:
    return INSET_TRIANGLE + f"""

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


# ---------------------------------------------------------------- pitched truss elevation

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


def truss_elevation_body(values: dict, output_type: str, spec: PartSpec | None = None) -> str:
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


# ---------------------------------------------------------------- tower block

def tower_params(spec: PartSpec, notes: Notes, output_type: str) -> list[P]:
    height = dim(spec, "height", "length")
    if height is None:
        height = take_loose(spec)
    height = positive(height, 150.0, "height", notes)
    group = spec.groups[0] if spec.groups else None
    width = dim(spec, "width") or (group[0] if group else None)
    depth = dim(spec, "depth") or (group[1] if group and len(group) > 1 else None)
    if width is None:
        width = r4(height * 0.3)
        notes.assume("footprint width", width)
    if depth is None:
        depth = width
    tiers = spec.counts.get("tiers", 3)
    notched = spec.has("notched", "notch", "notches", "stepped", "setback", "setbacks", "industrial")
    return [P("height", r4(height), "mm, total height (Z)"),
            P("width", r4(width), "mm, footprint along X"),
            P("depth", r4(depth), "mm, footprint along Y"),
            P("tiers", int(max(1, tiers)), "number of stacked tiers"),
            P("setback", 0.12, "fraction each tier steps in from the one below"),
            P("notch_size", r4(min(width, depth) * (0.15 if notched else 0.0)),
              "mm, square notch cut into each vertical corner (0 = none)")]


def tower_body(values: dict, output_type: str, spec: PartSpec | None = None) -> str:
    return f"""
tier_height = height / tiers
result = None
for i in range(tiers):
    scale = max(0.2, 1 - setback * i)
    tier_width, tier_depth = width * scale, depth * scale
    tier = Box(tier_width, tier_depth, tier_height, {ALIGN_MIN_Z})
    if 0 < notch_size < min(tier_width, tier_depth) / 3:
        # cut a square notch out of each vertical corner
        tier -= GridLocations(tier_width, tier_depth, 2, 2) * Box(notch_size * 2, notch_size * 2, tier_height, {ALIGN_MIN_Z})
    tier = Pos(0, 0, i * tier_height) * tier
    result = tier if result is None else result + tier
"""


# ---------------------------------------------------------------- canopy surface

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


def _surface_finish(output_type: str) -> str:
    """The last lines of a surface family: the surface itself, or thickened and sat on Z = 0."""
    if output_type == "surface":
        return "result = surface"
    return ("result = thicken(surface, thickness)\n"
            "result = Pos(0, 0, -result.bounding_box().min.Z) * result  # sit on Z = 0")


def canopy_body(values: dict, output_type: str, spec: PartSpec | None = None) -> str:
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


# ---------------------------------------------------------------- lofted panel

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


def lofted_panel_body(values: dict, output_type: str, spec: PartSpec | None = None) -> str:
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


# ---------------------------------------------------------------- route centreline

def route_params(spec: PartSpec, notes: Notes, output_type: str) -> list[P]:
    length = dim(spec, "length", "span", "width")
    if length is None:
        length = take_loose(spec)
    length = positive(length, 120.0, "length", notes)
    jogs = spec.counts.get("jogs")
    if jogs is None:
        jogs = 2
        notes.assume("jog count", jogs, "")
    offset = dim(spec, "jog", "offset", "depth")
    if offset is None:
        offset = r4(length * 0.12)
        notes.assume("jog offset", offset)
    return [P("length", r4(length), "mm, overall run along X"),
            P("jogs", int(max(0, jogs)), "number of sideways jogs"),
            P("jog_offset", r4(offset), "mm, sideways shift of each jog (Y)"),
            P("jog_run", r4(min(offset, length / (2 * max(jogs, 1) + 2))), "mm, X distance taken by each jog"),
            P("corner_radius", 0.0, "mm, bend radius at the corners (0 = sharp)")]


def route_body(values: dict, output_type: str, spec: PartSpec | None = None) -> str:
    return """
# a single centreline running along X, stepping sideways at evenly spaced jogs
step = length / (jogs + 1)
points = [(-length / 2, 0)]
y = 0.0
for i in range(1, jogs + 1):
    x = -length / 2 + i * step
    points.append((x - jog_run / 2, y))
    y = jog_offset if y == 0 else 0.0
    points.append((x + jog_run / 2, y))
points.append((length / 2, y))

if corner_radius > 0 and len(points) > 2:
    result = FilletPolyline(*points, radius=corner_radius)
else:
    result = Polyline(*points)
"""


FAMILIES = [
    Family("truss_beam", "flat truss beam with chords, verticals and diagonals", ("3d_solid",),
           truss_beam_params, truss_beam_body, uses_math=True),
    Family("truss_elevation", "pitched roof truss elevation (triangular, with web members)",
           ("3d_solid",), truss_elevation_params, truss_elevation_body, uses_math=True),
    Family("tower_block", "stepped tower block with notched corners", ("3d_solid",), tower_params, tower_body),
    Family("canopy_surface", "smooth doubly curved roof canopy", ("surface", "3d_solid"),
           canopy_params, canopy_body),
    Family("lofted_panel", "curved panel lofted through arched sections, with a twist",
           ("surface", "3d_solid"), lofted_panel_params, lofted_panel_body, uses_math=True),
    Family("route_centerline", "single-line route centreline with jogs (1D path)", ("1d_path",),
           route_params, route_body),
]
