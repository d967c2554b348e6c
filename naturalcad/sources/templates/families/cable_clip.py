"""Cable clip (saddle clip): a strap bent round a cable of diameter d, with one or two screw
tabs, screwed flat to a wall.  The cable touches the wall; the loop's inside is the cable
diameter (a snug fit), so the open underside makes no through-hole: the holes are the tabs'."""

from __future__ import annotations

import re

from ..iso import metric
from ..parse import PartSpec
from ..script import P
from .base import Example, Family, Match, Notes, dim, r4
from .blocks import ALIGN_MIN_Z
from .wording import count_before, half_round_strap, length_before, negated, tab_length

VOCABULARY = ("clip", "clips", "saddle", "arch", "cable", "cables", "wire", "wires", "cord", "conduit", "hose", "tab", "tabs",
              "p-clip", "ear", "ears")
_CABLE = r"cables?|wires?|cords?|leads?|conduits?|(?:cable|wire|conduit) diameter"
_HELD = r"cables?|wires?|cords?|conduits?|pipes?|tubes?|hoses?|leads?|(?:cable|wire|pipe|conduit) diameter"


def match(spec: PartSpec) -> Match | None:
    clip = spec.has("clip", "clips", "saddle")
    held = re.search(rf"\b({_HELD})\b", (spec.source_text or spec.text).lower()) is not None
    cable = re.search(rf"\b({_CABLE})\b", (spec.source_text or spec.text).lower()) is not None
    if clip and cable:
        return Match(88, "it names a cable clip")
    if clip and held:  # a clip for a pipe or hose: the pipe clamp family (86) knows those better
        return Match(84, "it names a clip for a pipe or hose")
    return Match(64, "it names a clip") if clip else None


def clip_params(spec: PartSpec, notes: Notes, output_type: str) -> list[P]:
    t = (spec.source_text or spec.text).lower()
    cable = length_before(spec, _HELD) or dim(spec, "diameter", "outer_diameter")
    if cable is None and spec.loose:
        cable = spec.loose.pop(0)
    if cable is None:
        cable = 6.0
        notes.assume("cable diameter", cable, main=True)
    tabs = spec.counts.get("holes") or count_before(spec, r"(?:screw |fixing |mounting )?(?:tabs?|holes?|ears?)")
    if tabs is None:
        tabs = 2 if re.search(r"\b(double|two[- ]sided|saddle|two[- ]hole|both sides)\b", t) else 1
        if not re.search(r"\b(single|one)\b", t):
            notes.assume("screw tabs", tabs, "")
    tabs = 2 if tabs >= 2 else 1
    thickness = dim(spec, "thickness", "wall")
    strap = length_before(spec, r"strap|band|sheet|steel|strip")
    if thickness is None and strap is not None and strap < cable:
        thickness = strap   # "3 mm strap": the strap's thickness
    if thickness is None:
        thickness = r4(max(1.5, round(cable * 0.2 * 2) / 2))
        notes.assume("strap thickness", thickness)
    width = dim(spec, "width", "length")
    if width is None:
        width = r4(max(8.0, round(cable + 4)))
        notes.assume("clip width", width)
    hole = dim(spec, "hole_diameter")
    if hole is None and spec.metric is not None:
        hole = metric(spec.metric).clearance
    if hole is None:
        hole = 3.5 if cable <= 12 else 4.5
        notes.assume("screw hole", hole)
    if negated(spec, r"holes?|screw holes?"):
        hole = 0.0
    tab = tab_length(spec) or r4(max(8.0, round(hole * 2.5, 1)))
    hole = min(hole, r4(width - 2), r4(tab - 2))
    legs = [P("leg_height", 0.0, "mm, straight legs under the arch (0 = a half-round strap, its ends on the wall)")] \
        if half_round_strap(spec) else []
    return [P("cable_diameter", r4(cable), "mm, cable (the loop's inside diameter)"),
            P("clip_thickness", r4(thickness), "mm, strap thickness"),
            P("clip_width", r4(width), "mm, strap width along the cable"),
            P("tabs", int(tabs), "screw tabs: 1 or 2 (one each side)"),
            P("tab_length", tab, "mm, tab length beyond the loop"),
            P("hole_diameter", r4(hole), "mm, screw hole in each tab (0 = none)"), *legs]


def clip_body(values: dict[str, float | int | bool], output_type: str, spec: PartSpec | None = None) -> str:
    legs = "" if "leg_height" in values else "leg_height = inner  # the cable touches the wall: its centre is one radius up\n"
    return f"""
inner = cable_diameter / 2
outer = inner + clip_thickness
{legs}# the loop: the top half of a ring round the cable, and two legs down to the wall
ring = Pos(0, 0, leg_height) * Rot(90, 0, 0) * (Cylinder(outer, clip_width) - Cylinder(inner, clip_width))
result = ring & Pos(0, 0, leg_height) * Box(2 * outer, clip_width, outer, {ALIGN_MIN_Z})
if leg_height > 0:
    for side in (1, -1):
        result += Pos(side * (inner + outer) / 2, 0, 0) * Box(clip_thickness, clip_width, leg_height, {ALIGN_MIN_Z})
# screw tabs flat on the wall, one or one each side
# a half-round strap's tab runs under the arch's end (one solid); otherwise it starts at the leg
tab_start = inner if leg_height == 0 else outer
for side in ((1, -1) if tabs >= 2 else (1,)):
    x = side * (outer + tab_length / 2)
    tab = outer + tab_length - tab_start
    result += Pos(side * (tab_start + tab / 2), 0, 0) * Box(tab, clip_width, clip_thickness, {ALIGN_MIN_Z})
    if hole_diameter > 0:
        result -= Pos(x, 0, 0) * Cylinder(hole_diameter / 2, clip_thickness, {ALIGN_MIN_Z})
"""


EXAMPLES = (
    Example("cable clip 8 mm, one hole for an M4 screw, 3 mm thick, 15 wide", (11, 15, 25.2), holes=1),
    # a half-round strap: the arch's ends on the wall, feet as long as written
    Example("saddle clip for a 10mm cable: 3 mm strap, 12 wide, half-round over the cable with flat feet sticking out "
            "10 mm past the arch on both sides, 4 mm screw hole in each foot", (8, 12, 36), holes=2),
)

FAMILY = Family("cable_clip", "cable clip / saddle: loop for a cable of diameter d, one or two screw tabs",
                ("3d_solid",), clip_params, clip_body, vocabulary=VOCABULARY, match=match, examples=EXAMPLES)
