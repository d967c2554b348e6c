"""Hinge leaf: one leaf of a butt hinge, a flat plate with knuckles along one long edge (every
other knuckle of the hinge; the mating leaf's knuckles fit the gaps), a pin hole through
them, and screw holes, countersunk if asked.  X runs along the pin; the leaf's width is
measured from the outside of the knuckle.

Alternate knuckles by default (a count, or 5 / 3 assumed and said). "Knuckle centred on that edge" /
"axis on the edge" describes a leaf drawn as a plate: one knuckle the whole length (unless counted),
its axis on the plate's edge and mid-plane, so the plate keeps its width and the knuckle stands out
half its diameter."""

from __future__ import annotations

import math
import re

from ....prompt.promises import counts_said
from ..parse import PartSpec
from ..script import P
from .base import Example, Family, Match, Notes, dim, dimension_group, r4
from .blocks import ALIGN_MIN_Z
from .phrasing import noun_sizes
from .pieces import piece, pieces
from .wording import count_before, length_after, length_before, length_named, negated

VOCABULARY = ("hinge", "hinges", "leaf", "leaves", "knuckle", "knuckles", "butt", "half", "pin", "countersunk", "axis", "running", "runs", "reaching", "reaches", "flush", "underside", "full-length", "flat", "sticking",
              "mid-thickness", "mid-plane", "midplane", "plate's", "leaf's", "measured", "overall", "including")


def match(spec: PartSpec) -> Match | None:
    return Match(88, "it names a hinge leaf") if spec.has("hinge", "hinges") else None


def hinge_params(spec: PartSpec, notes: Notes, output_type: str) -> list[P]:
    t = (spec.source_text or spec.text).lower()
    group = dimension_group(spec, "size")
    length, width, thick = dim(spec, "length"), dim(spec, "width"), dim(spec, "thickness")
    if group and len(group) >= 3:
        length, width, thick = sorted(group[:3], reverse=True)
    elif group and len(group) == 2:
        length, width = max(group), min(group)
    run = _FULL_RUN.search(t)
    knuckle_piece = piece(spec, r"knuckles?|barrel", role="length")
    knuckle_round = piece(spec, r"knuckles?|barrel", role="diameter")
    along = _ALONG_PIN.search(t)
    if length is None and along is not None:
        length = float(along.group(1))   # "45 along the pin": the leaf's length
    if length is None and knuckle_piece is not None and knuckle_piece.get("length"):
        length = knuckle_piece.get("length")   # "knuckle Ø10 x 80 long", "50 long knuckle Ø6": the leaf's length too
    if length is None and run is not None and run.group(1):
        length = float(run.group(1))   # "knuckle running the full 50 mm": the leaf's length along the pin
    if length is None:
        length = 40.0
        notes.assume("leaf length (along the pin)", length, main=True)
    reach_m, overall_m = _REACH.search(t), _OVERALL.search(t)
    reach = float(reach_m.group(1) or reach_m.group(2)) if reach_m else None   # "reaches 20 out from the pin axis"
    overall = float(next(g for g in overall_m.groups() if g)) if overall_m else None   # "30 wide overall incl. the knuckle"
    if width is None and reach is None and overall is None:
        width = r4(round(length * 0.6))
        notes.assume("leaf width", width)
    if thick is None:
        thick = r4(max(1.5, round(length * 0.05, 1)))
        notes.assume("leaf thickness", thick)
    knuckle = _sized(spec, {"knuckle", "knuckles", "barrel"}) \
        or (knuckle_round.get("diameter") if knuckle_round is not None else None) \
        or length_named(spec, r"knuckle(?: dia\w*| diameter)?")   # "the knuckle is a 7 OD cylinder"
    if knuckle is None:
        knuckle = r4(round(2.5 * thick + 1, 1))
        notes.assume("knuckle diameter", knuckle)
    knuckle = max(knuckle, r4(thick + 1))
    on_edge = _axis_on_edge(spec)
    if reach is not None:
        width = r4(reach + knuckle / 2)   # "reaching 25 from the pin centre": plus the knuckle's radius
    elif overall is not None:
        width = overall
    assert width is not None
    pin = _sized(spec, {"pin"}) or length_named(spec, r"pin(?: hole| dia\w*| diameter)?|pin hole")
    if pin is None:
        pin = r4(round(knuckle * 0.5, 1))
        notes.assume("pin hole", pin)
    pin = min(pin, r4(knuckle - 1))
    knuckles = count_before(spec, r"knuckles?")
    if knuckles is None and run is not None and spec.has("knuckle", "barrel"):
        knuckles = 1   # "a knuckle running the full length": one, the leaf's whole length
        notes.add("one knuckle the whole length of the leaf")
    if knuckles is None and not spec.has("knuckles", "butt") and spec.has("knuckle") and _axis_on_edge(spec):
        knuckles = 1   # "a knuckle along one edge": one, the leaf's whole length
        notes.add("one knuckle the whole length of the edge")
    if knuckles is None:
        knuckles = 5 if length >= 40 else 3
        notes.assume("knuckles in the hinge (this leaf every other one)", knuckles, "")
    knuckles = max(1, knuckles)
    holes: int = 0
    if not negated(spec, r"(?:screw |mounting |fixing )?holes?"):
        # the screw holes' own count first: "a 3 pin hole" is the pin's size, not three holes
        said = [c.count for c in counts_said(spec.source_text or spec.text) if "pin" not in c.text.lower()]
        given = (said[0] if said else None) or spec.counts.get("holes") \
            or count_before(spec, r"(?:countersunk |csk |screw |mounting |fixing )*holes?")
        holes = given if given is not None else (3 if length >= 40 else 2)
        if given is None:
            notes.assume("screw holes", holes, "")
    screw = next((p for p in pieces(spec, r"(?:countersunk |csk |screw |mounting |fixing )*holes?")
                  if "pin" not in p.clause and p.get("diameter")), None)
    before = length_before(spec, r"(?:countersunk |csk |screw |mounting |fixing )*holes?")
    hole = screw.get("diameter") if screw is not None else None   # "2 holes 4 dia", "4 screw holes Ø4.5": their own size
    if hole is None and before is not None and before != holes:
        hole = before  # "3.5 mm screw holes" ("2 screw holes": a count)
    if hole is None and not _HOLE_PLACE.search(t):  # "holes 15 from the axis": a place, not a size
        hole = length_after(spec, r"(?:screw |mounting |fixing )?holes?")
    if hole is None and dim(spec, "hole_diameter") != pin:
        hole = dim(spec, "hole_diameter")  # "3 mm pin hole" sizes the pin, not the screws
    if hole is None and holes:
        hole = 3.5 if length >= 30 else 2.5
        notes.assume("screw hole", hole)
    land = width - knuckle - 0.3
    hole = min(hole or 0.0, r4(max(1.0, land - 2)))
    csk = re.search(r"countersunk|\bcsk\b|countersink", t) is not None
    if on_edge and (reach is not None or overall is not None):
        width = r4(width - knuckle / 2)   # the plate runs from the pin axis: its width excludes the knuckle's radius
    if on_edge:
        notes.add(f"knuckle axis on the plate's edge, on its mid-plane: {r4(width + knuckle / 2):g} mm over the knuckle")
    at_axis, at_end = _hole_places(t)
    places = ([P("hole_from_axis", r4(at_axis), "mm, screw hole centres from the pin axis")] if at_axis else []) + \
        ([P("hole_from_end", r4(at_end), "mm, end screw holes from each end of the leaf")] if at_end else [])
    return [*places, P("leaf_length", r4(length), "mm, leaf length along the pin (X)"),
            _width_param(on_edge, width, reach, overall),
            P("leaf_thickness", r4(thick), "mm, leaf thickness"),
            P("knuckle_diameter", r4(knuckle), "mm, knuckle outside diameter"),
            P("pin_diameter", r4(pin), "mm, pin hole diameter"),
            P("hinge_knuckles", int(knuckles), "knuckles in the whole hinge (this leaf: 1st, 3rd, ...)"),
            P("knuckle_clearance", 0.3, "mm, gap to the mating leaf's knuckles"),
            P("screw_holes", int(holes), "screw holes in the leaf"),
            P("hole_diameter", r4(hole), "mm, screw hole diameter"),
            P("countersinks", bool(csk), "True = 90° countersinks on the top face"),
            *([P("knuckle_on_edge", True, "True = knuckle axis on the plate's edge (plate width excludes it)")]
              if on_edge else [])]


def _width_param(on_edge: bool, width: float, reach: float | None, overall: float | None) -> P:
    """The leaf's width by the role it was given in: from the pin axis, overall over the knuckle, or the plate's own."""
    if reach is not None:
        return P("leaf_from_axis" if on_edge else "leaf_reach", r4(reach), "mm, plate width measured from the pin axis")
    if on_edge and overall is not None:
        return P("leaf_overall", r4(overall), "mm, leaf width overall, over the knuckle")
    return P("leaf_width", r4(width), "mm, plate width to the pin axis (the knuckle stands out half its diameter)"
             if on_edge else "mm, leaf width from the outside of the knuckle")


# "two 4mm screw holes 15 from the axis, 10 in from each end", "2 screw holes 3.5 dia through the plate, 15 from the pin
# axis": where the screw holes sit (a reach verb or "wide" before the number makes it the plate's reach instead)
_HOLE_PLACE = re.compile(r"(?<!pin )\bholes?\b(?:\s+[\w.øØ⌀]+){0,5}?,?\s+(?<!wide )(\d+(?:\.\d+)?)\s*(?:mm\s*)?(?:in\s+)?from\s+the\s+"
                         r"(?:pin\s+|knuckle\s+|hinge\s+)?(?:axis|pin|knuckle|centre\s*line|centerline)", re.I)
# "45 along the pin", "60 mm along the knuckle": the leaf's length
_ALONG_PIN = re.compile(r"\b(\d+(?:\.\d+)?)\s*(?:mm\s*)?(?:long\s+)?along\s+the\s+(?:pin|axis|knuckle|hinge\s+line)\b", re.I)
# "30 wide overall including the knuckle", "30 overall over the knuckle": the leaf's width over the knuckle
_OVERALL = re.compile(r"\b(\d+(?:\.\d+)?)\s*(?:mm\s*)?wide\s+overall\b|\b(?:overall|total)\s+width\s+(?:of\s+)?"
                      r"(\d+(?:\.\d+)?)|\b(\d+(?:\.\d+)?)\s*(?:mm\s*)?(?:wide\s+)?(?:overall|in\s+total)\s+(?:including|incl\.?|over|"
                      r"with)\s+the\s+(?:knuckle|barrel)", re.I)
_HOLE_END = re.compile(r"\b(\d+(?:\.\d+)?)\s*(?:mm\s*)?(?:in\s+)?from\s+(?:each|both|either|the)\s+ends?\b", re.I)


def _hole_places(t: str) -> tuple[float | None, float | None]:
    axis, end = _HOLE_PLACE.search(t), _HOLE_END.search(t)
    return (float(axis.group(1)) if axis else None, float(end.group(1)) if end else None)


def _sized(spec: PartSpec, nouns: set[str]) -> float | None:
    """"knuckle Ø6", "Ø5 knuckle", "6 mm knuckle": the size written at the noun (tokens read Ø)."""
    found = noun_sizes(spec, nouns, skip={"mm", "dia", "diameter", "hole"})
    if found is None:
        return None
    if found.before is not None and found.before_role in (None, "diameter"):
        return found.before
    return found.after[0] if found.after and found.after_roles[0] in (None, "diameter") else None


# "knuckle running the full 50 mm", "along the whole length", "full-length knuckle", "pin hole through the full 40":
# one knuckle, end to end
_FULL_RUN = re.compile(r"\b(?:running|runs|run|along|over|for|extending|covering|through|thru)\s+(?:the\s+)?(?:full|whole|entire)"
                       r"(?:\s+(\d+(?:\.\d+)?)\s*(?:mm)?)?(?:\s+length)?\b|\b(?:full|whole|entire)[- ]length\s+(?:knuckle|barrel)\b")
# "leaf reaching 25 from the pin centre": the plate's reach from the knuckle's axis
_REACH = re.compile(r"(?:\b(?:reaching|reaches|reach|extending|extends|sticking out|sticks out|out)\s+(?:to\s+)?(\d+(?:\.\d+)?)\s*(?:mm\s*)?"
                    r"(?:out\s+)?"  # "reaches 20 out from the pin axis"
                    r"|\b(\d+(?:\.\d+)?)\s*(?:mm\s*)?wide\s+(?:measured\s+)?)"  # "25 wide (measured) from the pin axis": the same reach
                    r"from\s+the\s+(?:pin|knuckle|hinge|axis)(?:\s+(?:centre|center|axis|line|centreline|centerline))?"
                    r"(?:\s+of\s+the\s+(?:pin|knuckle))?\b")


def _axis_on_edge(spec: PartSpec) -> bool:
    """The plate sits on the knuckle's mid-plane: "knuckle centred on that edge", "the leaf is centred on the knuckle",
    "a 6 OD cylinder centred on the plate mid-thickness", "runs the whole length on the plate's mid-plane"."""
    return spec.phrase(r"\b(?:knuckle )?(?:centred|centered|axis) on (?:that|the|this|one) (?:\w+ )?edge\b|"
                       r"\baxis (?:along|at) (?:that|the) edge\b") or \
        re.search(r"\b(?:centred|centered)\s+on\s+the\s+(?:knuckle|barrel|pin(?:\s+axis)?)\b|"
                  r"\b(?:centred|centered)\s+on\s+the\s+(?:plate(?:'s)?\s+|leaf(?:'s)?\s+)?(?:mid[- ]?(?:thickness|plane)|thickness)\b|"
                  r"\bon\s+the\s+(?:plate|leaf)(?:'s)?\s+mid[- ]?(?:plane|thickness)\b", (spec.source_text or spec.text).lower()) is not None


def hinge_body(values: dict[str, float | int | bool], output_type: str, spec: PartSpec | None = None) -> str:
    if values.get("knuckle_on_edge"):
        return _on_edge_body(values)
    reach = "leaf_width = leaf_reach + knuckle_diameter / 2  # overall, from the outside of the knuckle\n" \
        if "leaf_reach" in values else ""
    return "\n" + reach + f"""r = knuckle_diameter / 2
segment = leaf_length / hinge_knuckles
# the plate: from the knuckle's axis out to the far edge, on Z = 0
result = Pos(leaf_length / 2, (r + leaf_width) / 2, 0) * Box(leaf_length, leaf_width - r, leaf_thickness, {ALIGN_MIN_Z})
for k in range(hinge_knuckles):
    start = k * segment + (knuckle_clearance if k > 0 else 0)
    end = (k + 1) * segment - (knuckle_clearance if k < hinge_knuckles - 1 else 0)
    if k % 2 == 0:  # this leaf's knuckle
        result += Pos(start, r, r) * Rot(0, 90, 0) * Cylinder(r, end - start, {ALIGN_MIN_Z})
    else:  # room for the mating leaf's knuckle
        gap = (k + 1) * segment - k * segment + 2 * knuckle_clearance
        result -= Pos((k + 0.5) * segment, 0, 0) * Box(gap, 2 * (knuckle_diameter + knuckle_clearance), 4 * r, {ALIGN_MIN_Z})
result -= Pos(0, r, r) * Rot(0, 90, 0) * Cylinder(pin_diameter / 2, leaf_length, {ALIGN_MIN_Z})
# screw holes along the middle of the plate beyond the knuckles (or where the prompt puts them)
land_middle = {"r + hole_from_axis" if "hole_from_axis" in values else "(knuckle_diameter + knuckle_clearance + leaf_width) / 2"}
for k in range(screw_holes):
    {"x = hole_from_end + (leaf_length - 2 * hole_from_end) * k / (screw_holes - 1) if screw_holes > 1 else leaf_length / 2"
     if "hole_from_end" in values else
     "x = leaf_length * (0.15 + 0.7 * (k + 0.5) / screw_holes) if screw_holes > 1 else leaf_length / 2"}
    result -= Pos(x, land_middle, 0) * Cylinder(hole_diameter / 2, leaf_thickness, {ALIGN_MIN_Z})
    if countersinks:
        depth = min(leaf_thickness * 0.6, hole_diameter / 2)
        result -= Pos(x, land_middle, leaf_thickness) * Rot(180, 0, 0) * Cone(hole_diameter / 2 + depth, hole_diameter / 2,
                                                                              depth, {ALIGN_MIN_Z})
"""


def _strip_in_circle(r: float, half: float) -> float:
    """Area of a circle of radius r inside the band |z| <= half, on one side of its centre line (the plate's
    overlap with a knuckle centred on its edge)."""
    return half * math.sqrt(r * r - half * half) + r * r * math.asin(half / r)


def _on_edge_body(values: dict[str, float | int | bool]) -> str:
    width = "leaf_width = leaf_from_axis  # the plate, from the pin axis\n" if "leaf_from_axis" in values else \
        "leaf_width = leaf_overall - knuckle_diameter / 2  # the plate, to the pin axis\n" if "leaf_overall" in values else ""
    return "\n" + width + f"""r = knuckle_diameter / 2
segment = leaf_length / hinge_knuckles
# the plate on Z = 0, the knuckle's axis on its far edge (Y = leaf_width), on the plate's mid-plane
axis = (leaf_width, r)
result = Pos(leaf_length / 2, leaf_width / 2, r - leaf_thickness / 2) * Box(leaf_length, leaf_width, leaf_thickness, {ALIGN_MIN_Z})
for k in range(0, hinge_knuckles, 2):  # this leaf's knuckles: 1st, 3rd, ...
    start = k * segment + (knuckle_clearance if k > 0 else 0)
    end = (k + 1) * segment - (knuckle_clearance if k < hinge_knuckles - 1 else 0)
    result += Pos(start, *axis) * Rot(0, 90, 0) * Cylinder(r, end - start, {ALIGN_MIN_Z})
for k in range(1, hinge_knuckles, 2):  # room for the mating leaf's knuckles
    result -= Pos((k + 0.5) * segment, leaf_width, 0) * Box(segment + 2 * knuckle_clearance,
                                                            2 * (r + knuckle_clearance), 4 * r, {ALIGN_MIN_Z})
result -= Pos(0, *axis) * Rot(0, 90, 0) * Cylinder(pin_diameter / 2, leaf_length, {ALIGN_MIN_Z})
# screw holes along the middle of the plate clear of the knuckle (or where the prompt puts them)
land_middle = {"leaf_width - hole_from_axis" if "hole_from_axis" in values else "(leaf_width - r - knuckle_clearance) / 2"}
for k in range(screw_holes):
    {"x = hole_from_end + (leaf_length - 2 * hole_from_end) * k / (screw_holes - 1) if screw_holes > 1 else leaf_length / 2"
     if "hole_from_end" in values else
     "x = leaf_length * (0.15 + 0.7 * (k + 0.5) / screw_holes) if screw_holes > 1 else leaf_length / 2"}
    result -= Pos(x, land_middle, 0) * Cylinder(hole_diameter / 2, 2 * r, {ALIGN_MIN_Z})
    if countersinks:
        depth = min(leaf_thickness * 0.6, hole_diameter / 2)
        result -= Pos(x, land_middle, r + leaf_thickness / 2) * Rot(180, 0, 0) * Cone(hole_diameter / 2 + depth,
                                                                                      hole_diameter / 2, depth, {ALIGN_MIN_Z})
"""


EXAMPLES = (
    Example("hinge leaf 40 x 30 x 2 with a 5 mm knuckle along one long edge and three 3.5 countersunk holes",
            (5, 30, 40), holes=6),
    Example("hinge leaf 40 x 30 x 2 with 5 knuckles of 5 mm along one long edge, three 3.5 holes", (5, 30, 40), holes=6),
    Example("hinge leaf: 50 x 20 x 2 plate, knuckle Ø6 with Ø3 pin hole along one 50 edge (knuckle centred on that "
            "edge), two 3.5 holes", (6, 23, 50),
            50 * 20 * 2 + 50 * math.pi * (9 - 2.25) - 50 * _strip_in_circle(3.0, 1.0) - 2 * math.pi * 1.75 ** 2 * 2, 3),
)

FAMILY = Family("hinge_leaf", "hinge leaf: plate, knuckles with a pin hole, screw holes (countersunk optional)",
                ("3d_solid",), hinge_params, hinge_body, uses_math=False, vocabulary=VOCABULARY, match=match,
                examples=EXAMPLES)
