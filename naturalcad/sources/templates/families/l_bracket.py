"""L / angle bracket, optional holes in each leg."""

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
    dim,
    dimension_group,
    mentions,
    positive,
    r4,
    take_loose,
)
from .blocks import (
    hole_diameter_from,
)

VOCABULARY = ('bracket', 'angle', 'corner', 'legs', 'leg', 'steel', 'equal', 'unequal', 'structural')


def match(spec: PartSpec) -> Match | None:
    named = mentions(spec, r"\bl[- ]?(bracket|shape|shaped|angle|profile|section)\b|\bangle[- ]?(bracket|iron|section|plate)\b|"
                           r"\bcorner bracket\b|\bangle\b.*\blegs?\b|\blegs?\b.*\bbracket\b|"
                           r"^\W*(?:an? )?(?:(?:steel|alu\w*|equal|unequal) )?angle\s*:?\s*\d|"
                           r"\b(?:steel|alu\w*|equal|unequal|structural) angles?\b")
    return Match(66, "it names an L / angle bracket") if named else None


def l_bracket_params(spec: PartSpec, notes: Notes, output_type: str) -> list[P]:
    legs = spec.group_roles.get("legs")
    group = dimension_group(spec, "size")
    width = dim(spec, "width", "length", "depth")
    thickness = dim(spec, "thickness")
    if not legs:
        if group and len(group) >= 4:
            legs = group[:2]   # steel angle "40 x 40 x 4 x 60": legs, thickness, length
            thickness = thickness if thickness is not None else group[2]
            width = width if width is not None else group[3]
        elif group and len(group) >= 2:
            legs = group[:2]
            if len(group) >= 3 and width is None:
                width = group[2]
            elif len(group) >= 3 and thickness is None:
                thickness = group[2]   # "angle 50 x 50 x 6, 200 long": legs and thickness
        else:
            leg = dim(spec, "legs", "height", "side")
            legs = [leg, leg] if leg else []
    if not legs:
        a = take_loose(spec)
        b = take_loose(spec)
        legs = [a, b or a] if a else []
    if len(legs) == 1:
        legs = [legs[0], legs[0]]
    if not legs:
        legs = [40.0, 40.0]
        notes.assume("leg lengths", "40 x 40", "mm")
    if width is None:
        width = take_loose(spec)
    width = positive(width, r4(max(legs) * 1.0), "width", notes)
    thickness = positive(thickness if thickness is not None else take_loose(spec), r4(max(2.0, round(min(legs) * 0.1, 1))), "thickness", notes)
    thickness = min(thickness, r4(min(legs) * 0.5))
    params = [P("width", r4(width), "mm, bracket width (along the bend, Y)"),
              P("leg_a", r4(legs[0]), "mm, horizontal leg length, outside (X)"),
              P("leg_b", r4(legs[1]), "mm, vertical leg length, outside (Z)"),
              P("thickness", r4(thickness), "mm, material thickness")]
    per_leg = 0
    count = spec.counts.get("holes")
    if count is not None or spec.has("hole", "holes"):
        if spec.hole_pattern == "per_leg" or spec.phrase(r"each leg|per leg|both legs"):
            per_leg = count or 1
        elif count is not None:
            per_leg = max(1, math.ceil(count / 2))
            if count % 2:
                notes.add(f"{count} holes cannot split evenly over two legs, used {per_leg} per leg")
        else:
            per_leg = 1
            notes.assume("holes per leg", 1, "")
        hole_d = hole_diameter_from(spec, notes, r4(max(3.0, round(min(legs) * 0.15))))
        hole_d = min(hole_d, r4(min(min(legs) - thickness, width / max(per_leg, 1)) * 0.6))
        params += [P("holes_per_leg", int(per_leg), "holes in each leg, spread across the width"),
                   P("hole_diameter", r4(hole_d), "mm, hole diameter"),
                   *hole_params(spec.hole_callout, hole_d, notes, dim(spec, "hole_metric") or spec.metric)]
    params.append(P("inner_fillet", 0.0, "mm, radius in the inside corner (0 = sharp)"))
    return params

def l_bracket_body(values: dict[str, float | int | bool], output_type: str, spec: PartSpec | None = None) -> str:
    body = """
base = Box(leg_a, width, thickness, align=(Align.MIN, Align.CENTER, Align.MIN))
upright = Box(thickness, width, leg_b, align=(Align.MIN, Align.CENTER, Align.MIN))
result = base + upright
if inner_fillet > 0:
    inside_corner = result.edges().filter_by(Axis.Y).sort_by_distance((thickness, 0, thickness))[0]
    result = fillet(inside_corner, min(inner_fillet, leg_a - thickness, leg_b - thickness) * 0.9)
"""
    if "holes_per_leg" in values:
        body += "\n" + "\n".join(tool_lines(values, "thickness")) + """
# holes centred on each leg's flat, spread evenly across the width
if holes_per_leg > 0:
    pitch = width / holes_per_leg
    for i in range(holes_per_leg):
        y = -width / 2 + pitch * (i + 0.5)
        result -= Pos(thickness + (leg_a - thickness) / 2, y, 0) * hole_tool
        result -= Pos(0, y, thickness + (leg_b - thickness) / 2) * Rot(0, 90, 0) * hole_tool
"""
    return body


EXAMPLES = (
    Example("L bracket, 40 mm wide, legs 30 mm and 25 mm, 3 mm thick", (25, 30, 40), 6240, 0),
    Example("angle bracket 50 wide, 30 x 30 legs, 5 thick, one 5 mm hole in each leg", (30, 30, 50), 50 * 5 * 55 - 2 * math.pi * 6.25 * 5, 2),
)

FAMILY = Family("l_bracket", "L / angle bracket, optional holes in each leg", ("3d_solid",), l_bracket_params, l_bracket_body, vocabulary=VOCABULARY, match=match, examples=EXAMPLES)
