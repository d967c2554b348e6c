"""Cable clip (saddle clip): a strap bent round a cable of diameter d, with one or two screw
tabs, screwed flat to a wall.  The cable touches the wall; the loop's inside is the cable
diameter (a snug fit), so the open underside makes no through-hole: the holes are the tabs'."""

from __future__ import annotations

import re

from ..iso import metric
from ..parse import PartSpec
from ..script import P
from .base import Example, Family, Impossible, Match, Notes, dim, r4
from .blocks import ALIGN_MIN_Z
from .wording import count_before, half_round_strap, length_before, negated, tab_length

VOCABULARY = ("clip", "clips", "saddle", "arch", "cable", "cables", "wire", "wires", "cord", "conduit", "hose", "tab", "tabs",
              "p-clip", "ear", "ears", "snap-in", "snap", "ring", "gap", "opening", "push", "base", "sinks", "holder",
              "clip-on")
_CABLE = r"cables?|wires?|cords?|leads?|conduits?|(?:cable|wire|conduit) diameter"
_HELD = r"cables?|wires?|cords?|conduits?|pipes?|tubes?|hoses?|leads?|(?:cable|wire|pipe|conduit) diameter"


def match(spec: PartSpec) -> Match | None:
    clip = spec.has("clip", "clips", "saddle", "clip-on") or _snap_clip(spec)
    held = re.search(rf"\b({_HELD})\b", (spec.source_text or spec.text).lower()) is not None
    cable = re.search(rf"\b({_CABLE})\b", (spec.source_text or spec.text).lower()) is not None
    if clip and cable:
        return Match(88, "it names a cable clip")
    if clip and held:  # a clip for a pipe or hose: the pipe clamp family (86) knows those better
        return Match(84, "it names a clip for a pipe or hose")
    return Match(64, "it names a clip") if clip else None


# a snap-in clip: a ring with an opening to push the cable in, standing on a screw-down base
_N = r"(\d+(?:\.\d+)?)\s*(?:mm\s*)?"
_BASE = re.compile(r"\bbase\s+(?:plate\s+)?(?:of\s+|is\s+)?" + _N + r"[x×]\s*" + _N + r"[x×]\s*" + _N, re.I)
_GAP = re.compile(_N + r"(?:wide\s+)?(?:gap|opening|slot|mouth)\b|\b(?:gap|opening|mouth)\s+(?:of\s+|is\s+)?" + _N, re.I)
_RING = re.compile(_N + r"id\s*(?:/|,|and|x)?\s*" + _N + r"od\b|\bring\s+(?:of\s+)?" + _N + r"id\s*(?:/|,|and|x)?\s*" + _N + r"od\b"
                   r"|" + _N + r"od\s*(?:/|,|and|x)?\s*" + _N + r"id\b", re.I)
_CENTRE_UP = re.compile(r"\bcent(?:re|er)\s+(?:is\s+|at\s+)?" + _N + r"(?:above|over|up\s+from)\s+the\s+(?:base|top)", re.I)
_APART = re.compile(_N + r"(?:apart|centres|centers|spacing)\b", re.I)


def _snap_clip(spec: PartSpec) -> bool:
    t = spec.source_text or spec.text
    # a plate's "14 mm wide slot" is no clip's opening: a snap clip names what it holds or its ring
    holds = re.search(r"\bring\b|\bcables?\b|\bwires?\b|\bhoses?\b|\bcords?\b", t, re.I) is not None or _RING.search(t) is not None
    return holds and _BASE.search(t) is not None and (_GAP.search(t) is not None or re.search(r"\bsnap|\bpush", t, re.I) is not None)


def _snap_params(spec: PartSpec, notes: Notes) -> list[P]:
    """"ring 10 ID 14 OD, 8 wide, with a 7mm gap at the top ... base 24 x 8 x 3, ring centre 6mm above the base top"."""
    t = spec.source_text or spec.text
    ring = _RING.search(t)
    if ring is not None:
        g = [float(v) for v in ring.groups() if v is not None]
        ring_id, ring_od = (g[0], g[1]) if ring.group(5) is None else (g[1], g[0])
    else:
        ring_id = length_before(spec, _HELD) or dim(spec, "inner_diameter") or 6.0
        ring_od = dim(spec, "outer_diameter") or r4(ring_id + 4)
        notes.assume("ring", f"{ring_id:g} ID / {ring_od:g} OD", "mm")
    base = _BASE.search(t)
    assert base is not None
    bl, bw, bt = (float(v) for v in base.groups())
    width = length_before(spec, r"wide(?!\s+(?:gap|opening|slot))") or bw
    gap_m = _GAP.search(t)
    gap = float(gap_m.group(1) or gap_m.group(2)) if gap_m else r4(ring_id * 0.7)
    if gap_m is None:
        notes.assume("opening at the top", gap)
    up = _CENTRE_UP.search(t)
    centre = float(up.group(1)) if up else r4(ring_od / 2 - 1)
    if up is None:
        notes.assume("ring centre above the base top (the ring sinks 1 mm into the base)", centre)
    if gap >= ring_id:
        raise Impossible(f"a {gap:g} mm opening is as wide as the {ring_id:g} mm ring: nothing would hold the cable")
    hole = dim(spec, "hole_diameter") or length_before(spec, r"(?:screw |fixing |mounting )?holes?")
    if hole is None:
        hole = 3.0
        notes.assume("screw hole", hole)
    holes = spec.counts.get("holes") or count_before(spec, r"(?:screw |fixing |mounting )?holes?") or 2
    apart = _APART.search(t)
    spacing = float(apart.group(1)) if apart else r4((bl + ring_od) / 2)
    if apart is None:
        notes.assume("screw hole spacing", spacing)
    if spacing / 2 - hole / 2 < ring_od / 2 and holes > 1:
        raise Impossible(f"screw holes {spacing:g} mm apart sit under the Ø{ring_od:g} ring")
    return [P("ring_inner_diameter", r4(ring_id), "mm, ring bore (the cable)"),
            P("ring_outer_diameter", r4(ring_od), "mm, ring outside"),
            P("clip_width", r4(width), "mm, ring width along the cable"),
            P("opening", r4(gap), "mm, opening at the top to push the cable in"),
            P("base_length", r4(bl), "mm, base length (X)"),
            P("base_width", r4(bw), "mm, base width (Y, along the cable)"),
            P("base_thickness", r4(bt), "mm, base thickness"),
            P("ring_centre_height", r4(centre), "mm, ring centre above the base top"),
            P("screw_holes", 2 if holes >= 2 else 1, "screw holes in the base, either side of the ring"),
            P("hole_diameter", r4(hole), "mm, screw hole diameter"),
            P("hole_spacing", r4(spacing), "mm, screw hole centres apart")]


def _snap_body() -> str:
    return f"""
# the base, flat on the wall, and the ring standing on it (its axis along Y, the cable's)
result = Box(base_length, base_width, base_thickness, {ALIGN_MIN_Z})
centre_z = base_thickness + ring_centre_height
ring = Rot(90, 0, 0) * (Cylinder(ring_outer_diameter / 2, clip_width) - Cylinder(ring_inner_diameter / 2, clip_width + 2))
result += Pos(0, 0, centre_z) * ring
# the opening at the top, to push the cable in
result -= Pos(0, 0, centre_z) * Box(opening, max(base_width, clip_width) + 2, ring_outer_diameter, {ALIGN_MIN_Z})
for x in ((-hole_spacing / 2, hole_spacing / 2) if screw_holes >= 2 else (hole_spacing / 2,)):
    result -= Pos(x, 0, 0) * Cylinder(hole_diameter / 2, base_thickness, {ALIGN_MIN_Z})
"""


def clip_params(spec: PartSpec, notes: Notes, output_type: str) -> list[P]:
    if _snap_clip(spec):
        return _snap_params(spec, notes)
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
    if "opening" in values:
        return _snap_body()
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
