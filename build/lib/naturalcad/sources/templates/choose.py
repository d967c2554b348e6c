"""Which family a prompt asks for, which output type it wants, and why.

Nouns decide first ("gear", "washer", "L bracket"), in an order where the more specific
noun wins ("hex nut" before "hex prism", "square tube" before "tube").  When no noun
matches, the dimensions decide (an OD and ID make a tube, a diameter a cylinder, three
sizes a box), and the reason says so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from .parse import PartSpec

OUTPUT_TYPES = ("3d_solid", "surface", "2d_vector", "1d_path")

_PATH_RE = re.compile(r"\b(center ?line|centre ?line|path|route|routing|polyline|single[- ]line|trajectory|"
                      r"tool ?path|wire ?path|1d|1-d)\b")
_VECTOR_RE = re.compile(r"\b(dxf|svg|laser[- ]?cut\w*|laser|water ?jet|plasma[- ]cut\w*|profile|sketch|outline|"
                        r"2d|2-d|two[- ]dimensional|flat pattern|cut file|vector|drawing)\b")
_SURFACE_RE = re.compile(r"\b(surface|canopy|membrane|awning)\b")


def infer_output_type(prompt: str, mode: str = "part") -> tuple[str, str | None]:
    """The output type the words ask for, and the word that decided it (None = default)."""
    low = prompt.lower()
    for regex, kind in ((_PATH_RE, "1d_path"), (_VECTOR_RE, "2d_vector"), (_SURFACE_RE, "surface")):
        m = regex.search(low)
        if m and not (kind == "2d_vector" and re.search(r"low[- ]profile", low) and m.group(0) == "profile"):
            return kind, m.group(0)
    if mode == "sketch":
        return "2d_vector", "sketch mode"
    return "3d_solid", None


@dataclass
class Rule:
    family: str
    test: Callable[[PartSpec], bool]
    why: str


def _words(*ws: str) -> Callable[[PartSpec], bool]:
    return lambda s: s.has(*ws)


def _re(pattern: str) -> Callable[[PartSpec], bool]:
    rx = re.compile(pattern)
    return lambda s: rx.search(s.text.lower()) is not None


def _round_body(s: PartSpec) -> bool:
    return s.has("cylinder", "rod", "disc", "disk", "shaft", "pin", "dowel", "axle", "puck", "coin", "peg",
                 "cylindrical", "round")


RULES: list[Rule] = [
    Rule("spur_gear", _words("gear", "cog", "cogwheel", "sprocket", "pinion", "spur", "gearwheel"), "it names a gear"),
    Rule("hex_nut", _words("nut", "locknut"), "it names a nut"),
    Rule("tube", lambda s: s.has("standoff", "stand-off", "standoffs") and not s.has("hex", "hexagonal") and (
        s.has("round", "cylindrical", "circular") or "outer_diameter" in s.dims or "diameter" in s.dims),
         "it names a round standoff"),
    Rule("hex_standoff", lambda s: s.has("standoff", "stand-off", "standoffs") or (
        s.has("hex", "hexagonal") and s.has("spacer", "spacers")), "it names a hex standoff"),
    Rule("route_centerline", _re(r"\b(center ?line|centre ?line|route|routing|polyline|single[- ]line|trajectory)\b"),
         "it asks for a route / centreline"),
    Rule("lofted_panel", _re(r"\blofted?\b|\bloft\b"), "it asks for a lofted panel"),
    Rule("truss_elevation", lambda s: s.has("truss") and s.has(
        "roof", "pitched", "elevation", "gable", "king", "queen", "fink", "triangular", "apex", "rise"),
        "it names a pitched (roof) truss"),
    Rule("truss_beam", _words("truss", "lattice", "girder", "joist"), "it names a truss beam"),
    Rule("canopy_surface", _words("canopy", "awning", "roof", "membrane", "surface"), "it names a canopy / roof surface"),
    Rule("tower_block", _words("tower", "skyscraper", "building", "highrise", "high-rise", "tower-block"),
         "it names a tower block"),
    Rule("torus", lambda s: s.has("torus", "donut", "doughnut", "o-ring", "oring", "toroid", "toroidal") or (
        s.has("ring") and ("major_radius" in s.dims or "minor_radius" in s.dims or "minor_diameter" in s.dims)),
        "it names a torus"),
    Rule("flange", _words("flange", "flanged"), "it names a flange"),
    Rule("pyramid", _words("pyramid", "pyramidal"), "it names a pyramid"),
    Rule("cone", _words("cone", "conical", "frustum", "frustrum", "taper", "tapered"), "it names a cone"),
    Rule("sphere", _words("sphere", "ball", "globe", "orb", "bead", "hemisphere", "dome", "spherical", "marble"),
         "it names a sphere"),
    Rule("rect_tube", lambda s: s.phrase(r"\b(square|rectangular|rect|box)[- ](tube|tubing|pipe|section|hollow section)\b|"
                                         r"\b(rhs|shs)\b|\bhollow section\b"),
         "it names a square / rectangular tube"),
    Rule("cup", lambda s: s.has("cup", "mug", "beaker", "tumbler", "bucket", "jar", "pot", "can", "vase",
                                "planter", "bowl") and not s.groups, "it names a cup / pot"),
    Rule("l_bracket", _re(r"\bl[- ]?(bracket|shape|shaped|angle|profile|section)\b|\bangle[- ]?(bracket|iron|section|plate)\b|"
                          r"\bcorner bracket\b|\bangle\b.*\blegs?\b|\blegs?\b.*\bbracket\b|"
                          r"^\W*(?:an? )?(?:(?:steel|alu\w*|equal|unequal) )?angle\s*:?\s*\d|"
                          r"\b(?:steel|alu\w*|equal|unequal|structural) angles?\b"),
         "it names an L / angle bracket"),
    Rule("tube", lambda s: s.has("washer", "spacer", "bushing", "bush", "sleeve", "collar", "ring", "tube",
                                 "pipe", "tubing", "grommet", "ferrule", "shim", "annulus", "bearing"),
         "it names a tube / washer / ring"),
    Rule("cylinder", lambda s: _round_body(s) and ("inner_diameter" in s.dims and "outer_diameter" in s.dims),
         "a round part with an inside and outside diameter"),
    Rule("flange", lambda s: _round_body(s) and (s.counts.get("holes", 0) > 1 or s.hole_pattern == "circle"),
         "a round part with a bolt circle of holes"),
    Rule("open_box", lambda s: (s.has("tray", "enclosure", "container", "bin", "housing", "case", "crate") or (
        s.has("box", "block", "cube") and (s.hollow or s.open_top))), "it names an open box / enclosure"),
    Rule("cup", lambda s: s.has("cup", "mug", "beaker", "tumbler", "bucket", "jar", "pot", "can"),
         "it names a cup / pot"),
    Rule("prism", _words("prism", "hexagon", "hexagonal", "hex", "pentagon", "pentagonal", "octagon",
                         "octagonal", "triangular", "triangle", "heptagon", "decagon", "prismatic"),
         "it names a prism"),
    Rule("bracket_plate", _words("bracket", "brackets", "gusset"), "it names a bracket plate"),
    Rule("cylinder", lambda s: s.has("bar", "stock", "billet") and (
        s.has("round", "circular") or "diameter" in s.dims or "radius" in s.dims) and not (
        "width" in s.dims or "thickness" in s.dims or any(len(g) >= 3 for g in s.groups)),
         "it names a round bar"),
    Rule("plate_with_holes", _words("plate", "sheet", "strip", "slab", "tile", "baseplate", "panel", "flat",
                                    "bar", "plank", "board", "lid", "cover", "shim", "spacer-plate"),
         "it names a plate"),
    Rule("cylinder", lambda s: _round_body(s) or s.has("column", "post", "pillar", "cylinder", "round"),
         "it names a cylinder / rod / disc"),
    Rule("plate_with_holes", lambda s: s.has("box", "block", "cube", "cuboid", "brick") and (
        s.counts.get("holes") or s.has("hole", "holes")), "a block with holes"),
    Rule("box", _words("box", "block", "cube", "cuboid", "brick", "rectangular", "square", "stock"),
         "it names a box / block / cube"),
]


def choose_family(spec: PartSpec) -> tuple[str, str]:
    """(family, reason) for a parsed prompt."""
    for rule in RULES:
        if rule.test(spec):
            return rule.family, rule.why
    d = spec.dims
    if "outer_diameter" in d and ("inner_diameter" in d or "wall" in d or "bore" in d):
        return "tube", "no part named; an outside and inside diameter make a tube"
    if "teeth" in spec.counts or "module" in d:
        return "spur_gear", "no part named; teeth / module make a gear"
    if "across_flats" in d:
        return "prism", "no part named; an across-flats size makes a hex prism"
    if "major_radius" in d or "minor_radius" in d:
        return "torus", "no part named; ring and tube radii make a torus"
    if "diameter" in d or "radius" in d or "outer_diameter" in d:
        return "cylinder", "no part named; a diameter makes a cylinder"
    if spec.counts.get("holes") or spec.has("hole", "holes"):
        return "plate_with_holes", "no part named; holes suggest a plate"
    if "span" in d or "panels" in spec.counts:
        return "truss_beam", "no part named; a span and panels suggest a truss"
    if spec.groups and len(spec.groups[0]) == 2 and "thickness" in d:
        return "plate_with_holes", "no part named; two sizes and a thickness make a plate"
    return "box", "no part type recognised, so a box of the sizes given"


# families that cannot make an output type, and the nearest family that can
_2D_FALLBACK = {
    "box": "plate_profile", "open_box": "plate_profile", "rect_tube": "plate_profile",
    "l_bracket": "plate_profile", "plate_with_holes": "plate_profile", "cup": "cylinder",
    "sphere": "cylinder", "cone": "cylinder", "torus": "tube", "pyramid": "prism",
    "hex_nut": "prism", "hex_standoff": "prism", "tower_block": "plate_profile",
    "truss_beam": "plate_profile", "truss_elevation": "plate_profile",
    "canopy_surface": "plate_profile", "lofted_panel": "plate_profile",
    "route_centerline": "plate_profile",
}
