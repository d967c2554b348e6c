"""Which family a prompt asks for, and why: the highest `match` score of the registry.

Each family scores the prompt itself (families/<name>.py): a specific noun outranks a general
one ("hex nut" over "hex prism", "square tube" over "tube"); with no noun, the sizes decide
(an OD and ID make a tube, a diameter a cylinder) and the reason says so; a box of the sizes
given is the last resort.
"""

from __future__ import annotations

from ...prompt import infer_output_type as infer
from .parse import PartSpec


def infer_output_type(prompt: str, mode: str = "part") -> tuple[str, str | None]:
    """The output type the words ask for, and the word that decided it (see prompt.output_type)."""
    guess = infer(prompt, mode)
    return guess.kind, guess.word


def choose_family(spec: PartSpec) -> tuple[str, str]:
    """(family, reason): the family whose `match` scores the prompt highest (see families.base.Match)."""
    from .families import REGISTRY

    scored = []
    for name, family in REGISTRY.items():
        found = family.match(spec)
        if found is not None:
            scored.append((found.score, name, found.reason))
    _score, name, reason = max(scored)
    return name, reason


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


# Every noun or adjective the rules above recognise: the families' vocabulary, which the
# typo-tolerant lexicon mends towards ("cylindar" -> "cylinder", "angel bracket" -> "angle").
PART_WORDS = frozenset(["gear", "cog", "cogwheel", "sprocket", "pinion", "spur", "gearwheel", "nut", "locknut", "standoff", "stand-off", "standoffs", "hex", "hexagonal", "spacer", "spacers", "centerline", "centreline", "route", "routing", "polyline", "trajectory", "lofted", "loft", "truss", "roof", "pitched", "elevation", "gable", "king", "queen", "fink", "triangular", "apex", "rise", "lattice", "girder", "joist", "canopy", "awning", "membrane", "surface", "tower", "skyscraper", "building", "highrise", "high-rise", "torus", "donut", "doughnut", "o-ring", "oring", "toroid", "toroidal", "ring", "flange", "flanged", "pyramid", "pyramidal", "cone", "conical", "frustum", "frustrum", "taper", "tapered", "sphere", "ball", "globe", "orb", "bead", "hemisphere", "dome", "spherical", "marble", "square", "rectangular", "rect", "tube", "tubing", "pipe", "section", "hollow", "rhs", "shs", "cup", "mug", "beaker", "tumbler", "bucket", "jar", "pot", "can", "vase", "planter", "bowl", "bracket", "shape", "shaped", "angle", "iron", "corner", "legs", "leg", "steel", "aluminium", "equal", "unequal", "structural", "angles", "washer", "bushing", "bush", "sleeve", "collar", "grommet", "ferrule", "shim", "annulus", "bearing", "cylinder", "rod", "disc", "disk", "shaft", "pin", "dowel", "axle", "puck", "coin", "peg", "cylindrical", "round", "tray", "enclosure", "container", "bin", "housing", "case", "crate", "box", "block", "cube", "prism", "hexagon", "pentagon", "pentagonal", "octagon", "octagonal", "triangle", "heptagon", "decagon", "prismatic", "brackets", "gusset", "bar", "stock", "billet", "circular", "plate", "sheet", "strip", "slab", "tile", "baseplate", "panel", "flat", "plank", "board", "lid", "cover", "column", "post", "pillar", "cuboid", "brick", "teeth", "tooth", "module", "profile", "wheel", "spokes", "hub", "bore", "spacer-plate", "rectangle", "circle", "laser", "dxf", "svg", "outline", "sketch", "drawing", "waterjet", "plasma", "vector", "path", "polygon"])
