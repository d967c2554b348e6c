"""Wall hook: a mounting plate with screw holes and an arm from its foot, bent up into a J
(the default) or straight out as an L.  Seen from the side (X out of the wall, Z up) the
strip is one thickness throughout; the wall is the plane X = 0."""

from __future__ import annotations

import re

from ..iso import metric
from ..parse import PartSpec
from ..script import P
from .base import Example, Family, Match, Notes, dim, mentions, r4
from .blocks import ALIGN_MIN_Z
from .wording import count_before, length_after, length_before, length_named

VOCABULARY = ("hook", "hooks", "j-hook", "j-shaped", "l-shaped", "coat", "towel", "hanger", "reach", "plate",
              "sticking", "projecting", "arm", "screw", "countersunk")


def match(spec: PartSpec) -> Match | None:
    if spec.has("hook", "hooks", "j-hook") and not mentions(spec, r"\bcrane\b"):
        return Match(86, "it names a wall hook")
    return None


def hook_params(spec: PartSpec, notes: Notes, output_type: str) -> list[P]:
    t = (spec.source_text or spec.text).lower()
    width = dim(spec, "width")
    if width is None:
        width = 20.0
        notes.assume("width", width)
    thick = dim(spec, "thickness", "wall")
    if thick is None:
        thick = r4(max(3.0, round(width * 0.2)))
        notes.assume("thickness", thick)
    plate = length_before(spec, r"tall|high|plate height") or length_after(spec, r"plate(?: height)?|back plate") \
        or dim(spec, "height")
    if plate is None:
        plate = r4(max(3 * width, 50.0))
        notes.assume("plate height", plate)
    reach = length_named(spec, r"reach|projection|sticking out|projecting|standing out|out from the wall|deep|depth") \
        or dim(spec, "depth", "length")
    if reach is None:
        reach = 40.0
        notes.assume("reach from the wall", reach, main=True)
    l_shape = re.search(r"\bl[- ]?(shaped|hook|shape)\b|\bl\b", t) is not None
    radius = length_before(spec, r"(?:hook |bend |inner )?radius") or dim(spec, "radius")
    if radius is None and not l_shape:
        radius = r4(max(6.0, round(reach * 0.25)))
        notes.assume("hook radius (inside of the bend)", radius)
    radius = radius or 0.0
    if not l_shape and reach < radius + 2 * thick:
        radius = r4(max(1.0, reach - 2 * thick))
        notes.add(f"hook radius too big for a {reach:g} mm reach, used {radius:g} mm")
    holes = spec.counts.get("holes") or count_before(spec, r"(?:countersunk |csk |screw |fixing |mounting )*holes?")
    if holes is None:
        holes = 2
        notes.assume("screw holes", holes, "")
    hole = dim(spec, "hole_diameter")
    if hole is None and spec.metric is not None:
        hole = metric(spec.metric).clearance
    if hole is None:
        hole = 4.5
        notes.assume("screw hole", hole)
    hole = min(hole, r4(width * 0.6))
    csk = re.search(r"countersunk|\bcsk\b|countersink", t) is not None
    return [P("plate_height", r4(plate), "mm, mounting plate height"),
            P("width", r4(width), "mm, hook width"),
            P("thickness", r4(thick), "mm, strip thickness"),
            P("hook_reach", r4(reach), "mm, how far the hook stands off the wall"),
            P("hook_radius", r4(radius), "mm, inside radius of the J bend (0 = L hook, straight arm)"),
            P("screw_holes", int(holes), "screw holes in the plate"),
            P("hole_diameter", r4(hole), "mm, screw hole diameter"),
            P("countersinks", bool(csk), "True = 90° countersinks on the front")]


def hook_body(values: dict[str, float | int | bool], output_type: str, spec: PartSpec | None = None) -> str:
    return f"""
# the plate against the wall (X = 0), the arm along its foot
result = Pos(thickness / 2, 0, 0) * Box(thickness, width, plate_height, {ALIGN_MIN_Z})
if hook_radius > 0:
    outer = hook_radius + thickness
    bend_x = hook_reach - outer  # where the arm starts to bend up
    result += Pos(bend_x / 2, 0, 0) * Box(bend_x, width, thickness, {ALIGN_MIN_Z})
    ring = Pos(bend_x, 0, outer) * Rot(90, 0, 0) * (Cylinder(outer, width) - Cylinder(hook_radius, width))
    result += ring & Pos(bend_x + outer / 2, 0, 0) * Box(outer, width, outer, {ALIGN_MIN_Z})
    # the tip rises one bend radius above the bend
    result += Pos(hook_reach - thickness / 2, 0, outer) * Box(thickness, width, hook_radius, {ALIGN_MIN_Z})
else:
    result += Pos(hook_reach / 2, 0, 0) * Box(hook_reach, width, thickness, {ALIGN_MIN_Z})
# screw holes through the plate, evenly up it above the arm
for k in range(screw_holes):
    z = thickness + (plate_height - thickness) * (k + 0.5) / screw_holes
    result -= Pos(thickness / 2, 0, z) * Rot(0, 90, 0) * Cylinder(hole_diameter / 2, thickness)
    if countersinks:
        depth = min(thickness * 0.6, hole_diameter / 2)
        result -= Pos(thickness, 0, z) * Rot(0, -90, 0) * Cone(hole_diameter / 2 + depth, hole_diameter / 2, depth,
                                                                align=(Align.CENTER, Align.CENTER, Align.MIN))
"""


EXAMPLES = (
    Example("wall hook, L shaped, back plate 60 tall 25 wide 4 thick, arm sticking out 50 mm, 2 screw holes 4.5 mm",
            (25, 50, 60), 60 * 25 * 4 + 46 * 25 * 4 - 2 * 3.14159265 * 2.25 ** 2 * 4, 2),
)

FAMILY = Family("wall_hook", "wall hook: mounting plate with screw holes, J or L arm", ("3d_solid",),
                hook_params, hook_body, vocabulary=VOCABULARY, match=match, examples=EXAMPLES)
