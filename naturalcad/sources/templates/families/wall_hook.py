"""Wall hook: a mounting plate with screw holes and an arm from its foot, bent up into a J
(the default) or straight out as an L.  Seen from the side (X out of the wall, Z up) the
strip is one thickness throughout; the wall is the plane X = 0.

A peg ("Ø8 peg 40 long", "round peg Ø12 x 50", a coat peg) is a round arm straight out of the
plate's middle instead, the screw holes above and below it ("40 apart" is their spacing).
A plate given as three sizes ("back plate 60x20x4") is height x width x thickness, largest first."""

from __future__ import annotations

import re

from ..iso import metric
from ..parse import PartSpec
from ..script import P
from .base import Example, Family, Impossible, Match, Notes, dim, mentions, r4
from .blocks import ALIGN_MIN_Z
from .phrasing import noun_sizes
from .pieces import placed_holes
from .wording import count_before, length_after, length_before, length_named

VOCABULARY = ("hook", "hooks", "j-hook", "j-shaped", "l-shaped", "coat", "towel", "hanger", "reach", "plate", "peg", "pegs",
              "robe", "straight", "round", "base", "disc", "rosette",
              "sticking", "projecting", "arm", "screw", "countersunk")


def match(spec: PartSpec) -> Match | None:
    if spec.has("hook", "hooks", "j-hook") and not mentions(spec, r"\bcrane\b"):
        return Match(86, "it names a wall hook")
    if spec.has("peg", "pegs") and spec.has("coat", "hat", "towel", "robe", "wall", "plate", "hanger", "back"):
        return Match(86, "it names a wall peg (a hook with a round arm)")   # above a flange's bolt circle (~80)
    return None


_PEG_WORDS = {"peg", "pin", "dowel", "rod", "knob"}


def _peg(spec: PartSpec) -> tuple[float | None, float | None] | None:
    """(diameter, length) of a round peg ("Ø8 peg 40 long", "peg Ø12 x 50"), or None when the arm is a strip."""
    found = noun_sizes(spec, _PEG_WORDS, skip={"mm", "round", "straight", "dia", "diameter"})
    if found is None:
        return None
    d = found.role("diameter")
    length = found.role("length")
    rest = [v for v in ([found.before] if found.before is not None and found.before_role is None else []) +
            [v for v, r in zip(found.after, found.after_roles, strict=True) if r is None]]
    if d is None and rest:
        d = rest.pop(0)
    if length is None and rest:
        length = rest.pop(0)
    return d, length


def _plate_group(spec: PartSpec) -> list[float] | None:
    group = next((g for g in spec.groups if len(g) >= 3), None)
    return sorted(group[:3], reverse=True) if group else None


# "round base 40 dia 6 thick", "50 mm round base plate", "a Ø45 round back plate", "disc base 40 dia": a round rosette
_ROUND_BASE = re.compile(r"\b(?:round|circular|disc|disk)\s+(?:base|back|plate|rosette|mount)(?:\s+plate)?\s*(?:of\s+)?[øØ⌀]?\s*"
                         r"(\d+(?:\.\d+)?)\s*(?:mm\s*)?(?:dia\w*|diameter|across|od)?"
                         r"|(?:[øØ⌀]\s*)?(\d+(?:\.\d+)?)\s*(?:mm\s*)?(?:dia\w*\s*|diameter\s*)?(?:round|circular|disc|disk)\s+"
                         r"(?:base|back|plate|rosette|mount)\b", re.I)


def _round_base(spec: PartSpec) -> float | None:
    found = _ROUND_BASE.search(spec.source_text or spec.text)
    return float(found.group(1) or found.group(2)) if found else None


def hook_params(spec: PartSpec, notes: Notes, output_type: str) -> list[P]:
    t = (spec.source_text or spec.text).lower()
    peg = _peg(spec)
    base_d = _round_base(spec) if peg is not None else None
    if base_d is not None and peg is not None:  # a round base: the peg stands out of a disc, its size is the plate's
        spec.dims.setdefault("width", base_d)
        spec.dims.setdefault("height", base_d)
        if peg[1] is None or peg[1] == base_d:
            peg = (peg[0], length_before(spec, r"long|length"))
    plate_sizes = _plate_group(spec)
    width = dim(spec, "width")
    if plate_sizes and width is None:
        width = plate_sizes[1]
    if width is None:
        width = 20.0
        notes.assume("width", width)
    thick = dim(spec, "thickness", "wall")
    if plate_sizes and thick is None:
        thick = plate_sizes[2]
    if thick is None:
        thick = r4(max(3.0, round(width * 0.2)))
        notes.assume("thickness", thick)
    plate = length_before(spec, r"tall|high|plate height") or length_after(spec, r"plate(?: height)?|back plate") \
        or dim(spec, "height")
    if plate_sizes and (plate is None or plate == width):
        plate = plate_sizes[0]
    if plate is None:
        plate = r4(max(3 * width, 50.0))
        notes.assume("plate height", plate)
    off_wall = _OFF_WALL.search(spec.source_text or spec.text)
    reach = (float(off_wall.group(1).replace(",", ".")) if off_wall else None) \
        or length_named(spec, r"reach|projection|sticking out|projecting|standing out|out from the wall|deep|depth") \
        or (peg[1] if peg else None) or dim(spec, "depth", "length")
    if reach is None:
        reach = 40.0
        notes.assume("reach from the wall", reach, main=True)
    if base_d is not None:  # the disc is as tall and wide as its diameter; "6 thick" is its thickness
        plate = width = base_d
        thick = length_before(spec, r"thick|thk") or thick
    if peg is not None:
        made = _peg_params(spec, notes, plate, width, thick, reach, peg[0])
        if base_d is not None:
            made.insert(0, P("base_diameter", r4(base_d), "mm, round base (the plate is a disc this size)"))
        return made
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


# "reaching 45 mm from the wall", "stands 30 off the wall", "out to 35 mm from the wall": the hook's reach
_OFF_WALL = re.compile(r"(\d+(?:[.,]\d+)?)\s*(?:mm\s*)?(?:out\s+)?(?:from|off|proud\s+of)\s+the\s+(?:wall|back\s*plate|plate)\b", re.I)


def _peg_params(spec: PartSpec, notes: Notes, plate: float, width: float, thick: float, reach: float,
                peg_d: float | None) -> list[P]:
    if peg_d is None:
        peg_d = r4(max(6.0, round(width * 0.4)))
        notes.assume("peg diameter", peg_d, main=True)
    if peg_d > width:
        raise Impossible(f"a Ø{peg_d:g} peg is wider than the {width:g} mm plate")
    # "one 4.5 screw hole above and one below the peg", "a hole above the peg and another below it": counted by place
    holes = placed_holes(spec) or spec.counts.get("holes") \
        or count_before(spec, r"(?:countersunk |csk |screw |fixing |mounting )*holes?")
    if holes is None:
        holes = 2
        notes.assume("screw holes", holes, "")
    hole = dim(spec, "hole_diameter") or (metric(spec.metric).clearance if spec.metric is not None else None)
    if hole is None:
        hole = 4.5
        notes.assume("screw hole", hole)
    spacing = dim(spec, "pitch") or length_before(spec, r"apart|centres|centers|between centres")
    if spacing is None:
        spacing = r4(plate * 0.7)
        notes.assume("screw hole spacing (above and below the peg)", spacing)
    if spacing / 2 < peg_d / 2 + hole / 2 and holes > 1:
        raise Impossible(f"screw holes {spacing:g} mm apart would run into the Ø{peg_d:g} peg between them")
    if spacing / 2 + hole / 2 > plate / 2:
        raise Impossible(f"screw holes {spacing:g} mm apart do not fit on a {plate:g} mm plate")
    notes.add(f"a round peg Ø{peg_d:g} x {reach:g} mm straight out of the plate's middle")
    csk = re.search(r"countersunk|\bcsk\b|countersink", (spec.source_text or spec.text).lower()) is not None
    return [P("plate_height", r4(plate), "mm, mounting plate height"),
            P("width", r4(width), "mm, plate width"),
            P("thickness", r4(thick), "mm, plate thickness"),
            P("hook_reach", r4(reach), "mm, how far the peg stands off the plate"),
            P("peg_diameter", r4(peg_d), "mm, peg diameter"),
            P("screw_holes", int(holes), "screw holes in the plate, above and below the peg"),
            P("hole_spacing", r4(spacing), "mm, screw hole spacing (top to bottom)"),
            P("hole_diameter", r4(min(hole, width * 0.6)), "mm, screw hole diameter"),
            P("countersinks", bool(csk), "True = 90° countersinks on the front")]


def _peg_body(round_base: bool = False) -> str:
    plate = ("Pos(0, 0, plate_height / 2) * Rot(0, 90, 0) * Cylinder(base_diameter / 2, thickness, align=(Align.CENTER, Align.CENTER, Align.MIN))"
             if round_base else f"Pos(thickness / 2, 0, 0) * Box(thickness, width, plate_height, {ALIGN_MIN_Z})")
    return f"""
# the plate against the wall (X = 0), the peg straight out of its middle
result = {plate}
result += Pos(thickness, 0, plate_height / 2) * Rot(0, 90, 0) * Cylinder(peg_diameter / 2, hook_reach, {ALIGN_MIN_Z})
# screw holes: half above and half below the peg; an odd one out goes beside the peg's row
spots = []
for k in range(screw_holes):
    side = 1 if k % 2 == 0 else -1
    row = k // 2
    spots.append(((row * width / 4) * (1 if row % 2 else -1) if row else 0.0, plate_height / 2 + side * hole_spacing / 2))
for y, z in spots:
    result -= Pos(thickness / 2, y, z) * Rot(0, 90, 0) * Cylinder(hole_diameter / 2, thickness)
    if countersinks:
        depth = min(thickness * 0.6, hole_diameter / 2)
        result -= Pos(thickness, y, z) * Rot(0, -90, 0) * Cone(hole_diameter / 2 + depth, hole_diameter / 2, depth,
                                                                align=(Align.CENTER, Align.CENTER, Align.MIN))
"""


def hook_body(values: dict[str, float | int | bool], output_type: str, spec: PartSpec | None = None) -> str:
    if "peg_diameter" in values:
        return _peg_body("base_diameter" in values)
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
    # a round peg straight out of the plate's middle, the screw holes above and below it
    Example("coat hook: back plate 60x20x4, two 4 mm screw holes 40 apart, Ø8 peg 40 long straight out of the middle",
            (20, 44, 60), 60 * 20 * 4 - 2 * 3.14159265 * 4 * 4 + 3.14159265 * 16 * 40, 2),
    Example("coat peg on an 80x30x6 plate with three 4.5 screw holes, round peg Ø12 x 50", (30, 56, 80),
            80 * 30 * 6 - 3 * 3.14159265 * 2.25 ** 2 * 6 + 3.14159265 * 36 * 50, 3),
)

FAMILY = Family("wall_hook", "wall hook: mounting plate with screw holes, J or L arm", ("3d_solid",),
                hook_params, hook_body, vocabulary=VOCABULARY, match=match, examples=EXAMPLES)
